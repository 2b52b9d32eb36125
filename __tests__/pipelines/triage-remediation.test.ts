/**
 * DESIGN 4 and 8 in-process (runTriage on the in-memory GitHub port): the remediations the
 * action may run on its own, and the ones the safety gate refuses (branch deletion guards,
 * the attempt limit), plus the flaky loop (a re-run that passes leaves no false alarm open).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { runScenarioInProcess } from '../../testkit/scenario/in-process.js'
import type { Scenario, ScenarioResult } from '../../testkit/scenario/types.js'
import {
  CODE_FAILURE_LOG,
  INFRASTRUCTURE_LOG,
  pushRejectedLog,
  TEST_FAILURE_LOG
} from '../e2e/support/logs.js'
import {
  branch,
  carryIssues,
  failingRun,
  failureScenario,
  greenRun,
  MAIN_SHA,
  repoWith,
  reportOf,
  triageScenario,
  workflowRunEvent,
  writesTo
} from '../e2e/support/scenario.js'

const triage = (scenario: Scenario) => runScenarioInProcess(scenario, { action: 'triage' })

const BOT = 'github-actions[bot]'
const AUTOMATED = 'automated/deps-update'

/** The push to `target` was rejected; the run ran on `runBranch`. */
function conflictRun(target: string, runBranch = target) {
  return failingRun({
    log: pushRejectedLog(target),
    branch: runBranch,
    step: `Run git push origin ${target}`,
    sha: runBranch === 'main' ? MAIN_SHA : undefined
  })
}

/** A run whose `legs` matrix legs all lost their runner. */
function infrastructureRun(legs: number) {
  const leg = (index: number) => ({ jobName: `test (node ${18 + 2 * index})`, log: INFRASTRUCTURE_LOG })
  return failingRun({
    ...leg(0),
    moreFailedJobs: Array.from({ length: legs - 1 }, (_, index) => leg(index + 1))
  })
}

const results: Record<string, ScenarioResult> = {}

beforeAll(async () => {
  const scenarios = {
    botOnly: failureScenario(conflictRun(AUTOMATED), {
      branches: [branch(AUTOMATED, [BOT, 'renovate[bot]'])]
    }),
    humanCommit: failureScenario(conflictRun(AUTOMATED), { branches: [branch(AUTOMATED, [BOT, 'mallory'])] }),
    protectedBranch: failureScenario(conflictRun(AUTOMATED), {
      branches: [branch(AUTOMATED, [BOT], { protected: true })]
    }),
    openPr: failureScenario(conflictRun(AUTOMATED), {
      branches: [branch(AUTOMATED, [BOT])],
      pullRequests: [{ number: 12, title: 'Update deps', head: AUTOMATED, base: 'main', state: 'open' }]
    }),
    // The default branch matching the automation patterns must still never be touched.
    defaultBranch: failureScenario(
      conflictRun('main'),
      {},
      { inputs: { 'automation-branches': 'automated/**, main' } }
    ),
    attemptLimit: failureScenario(
      failingRun({ log: TEST_FAILURE_LOG, attempt: 3 }),
      {},
      { inputs: { 'max-attempts': '3' } }
    ),
    flakyAttempt1: failureScenario(failingRun({ log: TEST_FAILURE_LOG, attempt: 1 })),
    threeLostRunners: failureScenario(infrastructureRun(3)),
    sixLostRunners: failureScenario(infrastructureRun(6)),
    mixedFailure: failureScenario(
      failingRun({
        log: INFRASTRUCTURE_LOG,
        jobName: 'test',
        moreFailedJobs: [{ jobName: 'build', log: CODE_FAILURE_LOG, step: 'Run npm run build' }]
      })
    )
  }
  await Promise.all(
    Object.entries(scenarios).map(async ([name, scenario]) => {
      results[name] = await triage(scenario)
    })
  )
})

describe('an automation branch whose push was rejected', () => {
  it('is deleted when it holds only bot commits and no PR, then the failed jobs re-run', () => {
    const result = results.botOnly
    expect(result.exitCode).toBe(0)
    expect(result.outputs.category).toBe('branch_conflict')
    expect(result.outputs.action).toBe('delete-branch')
    expect(result.outputs.remediated).toBe('true')
    const headSha = branch(AUTOMATED, [BOT, 'renovate[bot]']).commits.at(-1)!.sha
    expect(result.deletedRefs).toEqual([{ ref: `heads/${AUTOMATED}`, sha: headSha }])
    expect(result.reruns).toEqual([{ runId: 1001, kind: 'rerun-failed-jobs' }])
    expect(result.writes.map(write => write.method)).toEqual(['DELETE', 'POST'])
    expect(result.issues).toEqual([])
  })

  it('records the deleted sha and the command that restores it in the report and summary', () => {
    const result = results.botOnly
    const headSha = branch(AUTOMATED, [BOT, 'renovate[bot]']).commits.at(-1)!.sha
    const restore = `git push origin ${headSha}:refs/heads/${AUTOMATED}`
    const deletion = reportOf(result).json.actions.find(action => action.kind === 'delete-branch')
    expect(deletion).toMatchObject({ result: 'done' })
    expect(deletion?.detail).toContain(restore)
    expect(result.stepSummary).toContain(headSha)
  })

  it.each([
    ['carries a human commit', 'humanCommit', 'mallory'],
    ['is protected', 'protectedBranch', 'protected'],
    ['has an open pull request', 'openPr', 'open pull request']
  ])('is escalated and never deleted when it %s', (_, name, reason) => {
    const result = results[name]
    expect(result.exitCode).toBe(0)
    expect(result.outputs.category).toBe('branch_conflict')
    expect(result.outputs.action).toBe('escalate')
    expect(result.deletedRefs).toEqual([])
    expect(result.reruns).toEqual([])
    expect(writesTo(result, 'DELETE', /.*/)).toEqual([])
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0].labels).toContain('triage:branch_conflict')
    expect(result.issues[0].body).toContain(reason)
  })

  it('never deletes the default branch, even when the patterns match it', () => {
    const result = results.defaultBranch
    expect(result.outputs.category).toBe('branch_conflict')
    expect(result.outputs.action).toBe('escalate')
    expect(result.deletedRefs).toEqual([])
    expect(writesTo(result, 'DELETE', /.*/)).toEqual([])
    expect(result.issues[0].body).toContain('main is the default branch')
  })
})

describe('the attempt limit', () => {
  it('stops re-runs at attempt 3 of 3 and escalates instead', () => {
    const result = results.attemptLimit
    expect(result.exitCode).toBe(0)
    expect(result.outputs.category).toBe('test_failure')
    expect(result.outputs.action).toBe('escalate')
    expect(result.reruns).toEqual([])
    expect(writesTo(result, 'POST', /\/rerun/)).toEqual([])
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0].body).toContain('attempt 3')
  })
})

describe('a flaky test confirmed by a re-run', () => {
  let passed: ScenarioResult
  let passedWithIssue: ScenarioResult

  beforeAll(async () => {
    const green = greenRun({ afterFailedAttempt: TEST_FAILURE_LOG })
    passed = await triage(triageScenario(repoWith({ runs: [green] }), workflowRunEvent(green)))
    // The same, when an issue had been opened for the failure (e.g. by an earlier attempt).
    const escalated = results.attemptLimit
    passedWithIssue = await triage(
      triageScenario(repoWith({ runs: [green], issues: carryIssues(escalated) }), workflowRunEvent(green))
    )
  })

  it('re-runs the failed test job on attempt 1', () => {
    expect(results.flakyAttempt1.outputs.action).toBe('rerun-failed-jobs')
    expect(results.flakyAttempt1.reruns).toEqual([{ runId: 1001, kind: 'rerun-failed-jobs' }])
  })

  it('reports flaky when attempt 2 passes, with nothing to write when no issue was open', () => {
    expect(passed.exitCode).toBe(0)
    expect(passed.outputs.action).toBe('flaky')
    expect(passed.writes).toEqual([])
    expect(passed.stepSummary).toMatch(/flaky/i)
    expect(reportOf(passed).json.decision).toMatchObject({ category: 'test_failure', action: 'flaky' })
  })

  it('closes an open issue for it with the flaky note: no false alarm left open', () => {
    expect(passedWithIssue.exitCode).toBe(0)
    expect(passedWithIssue.outputs.action).toBe('flaky')
    const [issue] = passedWithIssue.issues
    expect(issue.state).toBe('closed')
    expect(issue.comments.at(-1)?.body).toMatch(/flaky/)
  })
})

describe('re-runs of several failed jobs', () => {
  it('re-runs a run whose 3 matrix legs lost their runners', () => {
    const result = results.threeLostRunners
    expect(result.outputs.category).toBe('infrastructure')
    expect(result.outputs.action).toBe('rerun-failed-jobs')
    expect(result.reruns).toEqual([{ runId: 1001, kind: 'rerun-failed-jobs' }])
  })

  it('escalates instead when more than 5 jobs failed', () => {
    const result = results.sixLostRunners
    expect(result.outputs.action).toBe('escalate')
    expect(result.reruns).toEqual([])
    expect(result.issues[0].body).toContain('6 jobs failed')
  })

  it('never re-runs a run with a code failure among its failed jobs (mixed-failure veto)', () => {
    const result = results.mixedFailure
    expect(result.outputs.category).toBe('code_failure')
    expect(result.outputs.action).toBe('escalate')
    expect(result.reruns).toEqual([])
    expect(writesTo(result, 'POST', /\/rerun/)).toEqual([])
  })
})
