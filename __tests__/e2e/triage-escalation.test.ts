/**
 * Escalation people can live with, end to end on the bundle: each failure routed on its own,
 * the new-issue quota filled by priority, the "CI widely broken" issue, mass failures, the
 * write budget (issue first, a stopped escalation visible), flaky counts, and the one comment
 * a failing pull-request run gets instead of an issue.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { ScenarioResult, ScenarioRun } from '../../testkit/scenario/types.js'
import { AUTHENTICATION_LOG, CODE_FAILURE_LOG, TEST_FAILURE_LOG } from './support/logs.js'
import {
  carryIssues,
  failingRun,
  greenRun,
  repoWith,
  reportOf,
  triage,
  triageScenario,
  workflowRunEvent,
  writesTo
} from './support/scenario.js'

const PULL_REQUEST = {
  number: 42,
  title: 'Add cart totals',
  head: 'feature/cart',
  base: 'main',
  state: 'open' as const
}

/** A run of pull request #42 (event `pull_request`) whose jobs failed as given. */
function pullRequestRun(options: Parameters<typeof failingRun>[0]): ScenarioRun {
  return {
    ...failingRun({ branch: 'feature/cart', sha: 'b2'.repeat(20), pullRequests: [42], ...options }),
    event: 'pull_request'
  }
}

const labelsOf = (result: ScenarioResult, title: RegExp): string[] =>
  result.issues.find(issue => title.test(issue.title))?.labels ?? []

describe('each failure routed on its own', () => {
  let result: ScenarioResult

  beforeAll(async () => {
    const run = pullRequestRun({
      jobName: 'lint',
      log: CODE_FAILURE_LOG,
      step: 'Run npm run build',
      moreFailedJobs: [{ jobName: 'deploy-preview', log: AUTHENTICATION_LOG }]
    })
    result = await triage(
      triageScenario(repoWith({ runs: [run], pullRequests: [PULL_REQUEST] }), workflowRunEvent(run), {
        inputs: { 'pull-request-failures': 'issue' }
      })
    )
  }, 60_000)

  it('gives the code failure its own owner and priority, not those of the 403 next to it', () => {
    expect(result.issues).toHaveLength(2)
    const code = labelsOf(result, /Code failure/)
    expect(code).toEqual(expect.arrayContaining(['triage:code_failure', 'owner:cto', 'priority:P2']))
    expect(code).not.toContain('owner:ciso')
    const auth = labelsOf(result, /Authentication failure/)
    expect(auth).toEqual(expect.arrayContaining(['triage:authentication', 'owner:ciso', 'priority:P1']))
  })
})

describe('the new-issue quota', () => {
  let result: ScenarioResult

  beforeAll(async () => {
    const run = failingRun({
      jobName: 'build',
      log: CODE_FAILURE_LOG,
      step: 'Run npm run build',
      moreFailedJobs: [
        { jobName: 'unit', log: TEST_FAILURE_LOG },
        { jobName: 'publish', log: AUTHENTICATION_LOG }
      ]
    })
    result = await triage(
      triageScenario(repoWith({ runs: [run] }), workflowRunEvent(run), { inputs: { 'max-new-issues': '1' } })
    )
  }, 60_000)

  it('goes to the security or authentication failure first, at equal priority', () => {
    const own = result.issues.filter(issue => !/widely broken/.test(issue.title))
    expect(own).toHaveLength(1)
    expect(own[0].labels).toEqual(expect.arrayContaining(['triage:authentication', 'owner:ciso']))
  })

  it('lists the rest in one widely-broken issue, each with its own category and owner', () => {
    const broad = result.issues.find(issue => /widely broken/.test(issue.title))
    expect(broad).toBeDefined()
    expect(broad!.labels).toContain('triage:widely-broken')
    expect(broad!.labels).not.toContain('triage:unknown')
    expect(broad!.body).toMatch(/\| Code failure \| \*\*cto\*\* \|/)
    expect(broad!.body).toMatch(/\| Test failure \| \*\*cto\*\* \|/)
    expect(broad!.body).not.toMatch(/widely-broken=widely-broken-\d{4}-\d\d-\d\d -->/)
  })
})

describe('the write budget', () => {
  it('writes the issue before colouring labels, so three writes still open it', async () => {
    const run = failingRun({ log: CODE_FAILURE_LOG, step: 'Run npm run build' })
    const repository = { ...repoWith({ runs: [run] }), labels: [] }
    const result = await triage(
      triageScenario(repository, workflowRunEvent(run), { inputs: { 'max-writes': '3' } })
    )
    expect(result.exitCode).toBe(0)
    expect(result.outputs.action).toBe('escalate')
    expect(result.issues).toHaveLength(1)
    expect(result.writes[0]).toMatchObject({ method: 'POST', path: '/repos/acme/app/issues' })
  }, 60_000)

  it('says so and fails when the budget stops the escalation', async () => {
    const run = failingRun({ log: CODE_FAILURE_LOG, step: 'Run npm run build' })
    const result = await triage(
      triageScenario(repoWith({ runs: [run] }), workflowRunEvent(run), { inputs: { 'max-writes': '0' } })
    )
    expect(result.issues).toHaveLength(0)
    expect(result.outputs.action).toBe('stopped')
    expect(result.exitCode).not.toBe(0)
  }, 60_000)
})

describe('a mass failure', () => {
  it('is not re-run as flaky and becomes one issue', async () => {
    const legs = ['test (node 18)', 'test (node 20)', 'test (node 22)']
    const base = failingRun({
      jobName: legs[0],
      log: TEST_FAILURE_LOG,
      moreFailedJobs: legs.slice(1).map(jobName => ({ jobName, log: TEST_FAILURE_LOG }))
    })
    const passing = {
      ...base.jobs![0],
      id: 5900,
      name: 'test (node 24)',
      conclusion: 'success' as const,
      log: undefined
    }
    const run: ScenarioRun = { ...base, jobs: [...base.jobs!, passing] }
    const result = await triage(triageScenario(repoWith({ runs: [run] }), workflowRunEvent(run)))
    expect(result.reruns).toEqual([])
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0].body).toContain('Mass failure')
    expect(result.outputs.action).toBe('escalate')
  }, 60_000)
})

describe('a flaky pass', () => {
  it('counts itself among the flaky runs of the last 7 days', async () => {
    const run = greenRun({ afterFailedAttempt: TEST_FAILURE_LOG })
    const result = await triage(triageScenario(repoWith({ runs: [run] }), workflowRunEvent(run)))
    expect(result.outputs.action).toBe('flaky')
    const decision = reportOf(result).json.decision as { reasons: string[] }
    expect(decision.reasons).toContain('flaky 1 time(s) in the last 7 days')
  }, 60_000)
})

describe('a failing pull-request run', () => {
  let first: ScenarioResult
  let second: ScenarioResult

  beforeAll(async () => {
    const run = pullRequestRun({ id: 2001, log: TEST_FAILURE_LOG, attempt: 2 })
    first = await triage(
      triageScenario(repoWith({ runs: [run], pullRequests: [PULL_REQUEST] }), workflowRunEvent(run))
    )
    const comments = first.pullRequests.find(pull => pull.number === 42)?.comments ?? []
    const again = pullRequestRun({ id: 2002, log: CODE_FAILURE_LOG, step: 'Run npm run build' })
    second = await triage(
      triageScenario(
        repoWith({
          runs: [again],
          pullRequests: [{ ...PULL_REQUEST, comments: comments.map(({ user, body }) => ({ user, body })) }]
        }),
        workflowRunEvent(again)
      )
    )
  }, 90_000)

  it('gets one comment on the pull request instead of an issue', () => {
    expect(first.outputs.action).toBe('commented')
    expect(first.issues).toEqual([])
    const comments = first.pullRequests.find(pull => pull.number === 42)?.comments ?? []
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('Test failure')
    expect(comments[0].body).toContain('npm test')
    expect(comments[0].body).toMatch(/Flaky\?/)
    expect(comments[0].body).toMatch(/<!-- workflow-triage:pull-request=/)
  })

  it('updates that comment in place on the next run', () => {
    expect(second.outputs.action).toBe('commented')
    expect(writesTo(second, 'POST', /\/issues\/42\/comments$/)).toEqual([])
    expect(writesTo(second, 'PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1)
    const comments = second.pullRequests.find(pull => pull.number === 42)?.comments ?? []
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('Code failure')
  })

  it('says so in that comment once the workflow passes on the pull request', async () => {
    const comments = second.pullRequests.find(pull => pull.number === 42)?.comments ?? []
    const green: ScenarioRun = {
      ...greenRun({ id: 2004, branch: 'feature/cart' }),
      event: 'pull_request',
      pullRequests: [42]
    }
    const result = await triage(
      triageScenario(
        repoWith({
          runs: [green],
          pullRequests: [{ ...PULL_REQUEST, comments: comments.map(({ user, body }) => ({ user, body })) }]
        }),
        workflowRunEvent(green)
      )
    )
    const after = result.pullRequests.find(pull => pull.number === 42)?.comments ?? []
    expect(after).toHaveLength(1)
    expect(after[0].body).toContain('passes again')
  }, 60_000)

  it('files an issue too for an authentication failure', async () => {
    const run = pullRequestRun({ log: AUTHENTICATION_LOG })
    const result = await triage(
      triageScenario(repoWith({ runs: [run], pullRequests: [PULL_REQUEST] }), workflowRunEvent(run))
    )
    expect(result.outputs.action).toBe('escalate')
    expect(result.issues).toHaveLength(1)
    expect(result.pullRequests.find(pull => pull.number === 42)?.comments).toHaveLength(1)
  }, 60_000)

  it('adds to the open issue of the same failure on the default branch', async () => {
    const onMain = failingRun({ id: 1001, log: TEST_FAILURE_LOG, attempt: 2 })
    const opened = await triage(triageScenario(repoWith({ runs: [onMain] }), workflowRunEvent(onMain)))
    expect(opened.issues).toHaveLength(1)
    const run = pullRequestRun({ id: 2003, log: TEST_FAILURE_LOG, attempt: 2 })
    const result = await triage(
      triageScenario(
        repoWith({ runs: [onMain, run], pullRequests: [PULL_REQUEST], issues: carryIssues(opened) }),
        workflowRunEvent(run)
      )
    )
    expect(result.outputs.action).toBe('escalate')
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0].body).toContain('run 2003')
  }, 90_000)
})

describe('a priority judged late', () => {
  it('is computed as of now and never lowers the open issue', async () => {
    const failure = (id: number, createdAt: string): ScenarioRun =>
      failingRun({ id, log: CODE_FAILURE_LOG, step: 'Run npm run build', branch: 'feature/x', createdAt })
    const older = failure(3000, '2026-11-19T14:00:00Z')
    const recent = [1, 2, 3, 4, 5, 6].map(hour => failure(3000 + hour, `2026-11-20T0${hour + 2}:00:00Z`))
    const runs = [older, ...recent]
    const latest = recent.at(-1)!
    const opened = await triage(triageScenario(repoWith({ runs }), workflowRunEvent(latest)))
    expect(opened.issues[0].labels).toContain('priority:P2')
    const late = await triage(
      triageScenario(repoWith({ runs, issues: carryIssues(opened) }), workflowRunEvent(older))
    )
    expect(late.issues).toHaveLength(1)
    expect(late.issues[0].labels).toContain('priority:P2')
    expect(late.issues[0].labels).not.toContain('priority:P3')
  }, 90_000)
})
