/**
 * Triage by test, end to end on the bundle: a test failure's issue is found by its failing
 * tests. The same tests failing in two matrix legs are one issue; a later failure whose tests
 * overlap an open issue's joins it (an occurrence row, the test list updated); unrelated tests
 * get an issue of their own. The issue lists the tests with links to their files at the sha.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type {
  Scenario,
  ScenarioArtifact,
  ScenarioIssue,
  ScenarioResult,
  ScenarioRun
} from '../../testkit/scenario/types.js'
import { jestLog, junitReport, lyingZipBomb, runWithReports } from './support/junit.js'
import {
  carryIssues,
  failingRun,
  MAIN_SHA,
  repoWith,
  triage,
  triageScenario,
  workflowRunEvent
} from './support/scenario.js'

/** Attempt 3 of 3: no re-run left to confirm flakiness, so the failure is escalated. */
function testRun(
  id: number,
  tests: readonly string[],
  more: { jobName: string; tests: string[] }[] = []
): ScenarioRun {
  return failingRun({
    id,
    attempt: 3,
    jobName: more.length > 0 ? 'test (ubuntu-latest, 20)' : 'test',
    log: jestLog(tests),
    step: 'Run npm test',
    createdAt: `2026-11-20T10:0${id % 10}:00Z`,
    moreFailedJobs: more.map(job => ({ jobName: job.jobName, log: jestLog(job.tests), step: 'Run npm test' }))
  })
}

/**
 * Triage of `run` in a repository holding only it (job ids repeat across the runs built here,
 * so an earlier run would lend its log) and the issues earlier triage left.
 */
function triageRun(run: ScenarioRun, issues: ScenarioIssue[]): Promise<ScenarioResult> {
  return triage(
    triageScenario(repoWith({ runs: [run], issues }), workflowRunEvent(run), {
      inputs: { 'max-attempts': '3' }
    })
  )
}

function occurrenceRows(body: string): string[] {
  return body.split('\n').filter(line => /^\| \[run \d+\]/.test(line))
}

describe('triage by test', () => {
  let matrix: ScenarioResult
  let both: ScenarioResult
  let thenA: ScenarioResult
  let onlyA: ScenarioResult
  let thenC: ScenarioResult

  beforeAll(async () => {
    const matrixRun = testRun(
      2001,
      ['totals include tax'],
      [{ jobName: 'test (ubuntu-latest, 22)', tests: ['totals include tax'] }]
    )
    const runAB = testRun(2002, ['totals include tax', 'applies coupons'])
    const runA = testRun(2003, ['totals include tax'])
    const runC = testRun(2004, ['ships abroad'])
    ;[matrix, both, onlyA] = await Promise.all([
      triageRun(matrixRun, []),
      triageRun(runAB, []),
      triageRun(runA, [])
    ])
    ;[thenA, thenC] = await Promise.all([
      triageRun(runA, carryIssues(both)),
      triageRun(runC, carryIssues(onlyA))
    ])
  }, 180_000)

  it('gives one issue for the same test failing in two matrix legs, listing it with a link at the sha', () => {
    expect(matrix.outputs.category).toBe('test_failure')
    expect(matrix.issues).toHaveLength(1)
    const body = matrix.issues[0]?.body ?? ''
    expect(body).toContain('### Failing tests')
    expect(body).toContain('cart › totals include tax (jest)')
    expect(body).toContain(`/blob/${MAIN_SHA}/src/cart.test.ts)`)
    expect(body).toContain('test \\(ubuntu\\-latest, 20\\)')
    expect(body).toContain('test \\(ubuntu\\-latest, 22\\)')
  })

  it('{A, B} failing then {A} failing is one issue, with a second occurrence row', () => {
    expect(both.issues).toHaveLength(1)
    expect(thenA.issues).toHaveLength(1)
    const issue = thenA.issues[0]
    expect(issue?.number).toBe(both.issues[0]?.number)
    expect(occurrenceRows(issue?.body ?? '')).toHaveLength(2)
    expect(issue?.body).toContain('cart › applies coupons')
    expect(thenA.outputs['issue-number']).toBe(String(both.issues[0]?.number))
  })

  it('{A} failing then {C} failing are two issues', () => {
    expect(onlyA.issues).toHaveLength(1)
    expect(thenC.issues).toHaveLength(2)
    const [first, second] = thenC.issues
    expect(first?.body).toContain('cart › totals include tax')
    expect(second?.body).toContain('cart › ships abroad')
    expect(second?.body).not.toContain('cart › totals include tax')
  })

  it('puts the failing tests in the triage report', () => {
    const files = matrix.artifacts['triage-report'] ?? {}
    const report = JSON.parse(files['triage-report.json'] ?? 'null') as {
      jobs: {
        tests: { name: string; file: string | null }[]
        testTotals: { failed: number; total: number } | null
      }[]
    }
    expect(report.jobs[0]?.tests).toEqual([
      { framework: 'jest', name: 'cart › totals include tax', file: 'src/cart.test.ts', line: null }
    ])
    expect(report.jobs[0]?.testTotals).toEqual({ failed: 1, total: 41 })
    expect(files['triage-report.md']).toContain('cart › totals include tax')
  })
})

/**
 * The run's JUnit reports through the bundle and the stand-in: the artifact listing, the 302
 * to the archive, the bounded unzip. One run per case, each with the same log (naming one test)
 * and a report (naming two), so the outcome shows which of the two was used.
 */
describe('triage by test from the JUnit reports a run uploaded', () => {
  const reportTests = ['totals include tax', 'applies coupons']
  let fromReport: ScenarioResult
  let expired: ScenarioResult
  let bomb: ScenarioResult

  function reportRun(id: number, artifact: ScenarioArtifact): ScenarioRun {
    return runWithReports(id, ['totals include tax'], [artifact])
  }

  function triageReportRun(run: ScenarioRun, faults: Scenario['faults'] = []): Promise<ScenarioResult> {
    return triage({
      ...triageScenario(repoWith({ runs: [run] }), workflowRunEvent(run), {
        inputs: { 'max-attempts': '3' }
      }),
      faults
    })
  }

  function testsOf(result: ScenarioResult): { testsFrom: string; names: string[]; notes: string[] } {
    const report = JSON.parse(result.artifacts['triage-report']?.['triage-report.json'] ?? 'null') as {
      jobs: { testsFrom: string; tests: { name: string }[] }[]
      testReports: { notes: string[] } | null
    }
    return {
      testsFrom: report.jobs[0]?.testsFrom ?? '',
      names: report.jobs[0]?.tests.map(test => test.name) ?? [],
      notes: report.testReports?.notes ?? []
    }
  }

  beforeAll(async () => {
    const files = { 'reports/TEST-cart.xml': junitReport('cart', reportTests) }
    ;[fromReport, expired, bomb] = await Promise.all([
      triageReportRun(reportRun(2101, { name: 'test-results', files })),
      triageReportRun(reportRun(2102, { name: 'test-results', files }), [
        { method: 'GET', path: '/actions/artifacts/\\d+/zip$', status: 410 }
      ]),
      triageReportRun(reportRun(2103, { name: 'junit-report', zipBase64: lyingZipBomb() }))
    ])
  }, 180_000)

  it("names the report's failing tests, in the issue and the job summary", () => {
    expect(fromReport.exitCode).toBe(0)
    expect(testsOf(fromReport)).toEqual({
      testsFrom: 'junit',
      names: ['cart.totals include tax', 'cart.applies coupons'],
      notes: []
    })
    expect(fromReport.issues).toHaveLength(1)
    expect(fromReport.issues[0]?.body).toContain('cart.applies coupons (junit)')
    expect(fromReport.issues[0]?.body).toContain(`/blob/${MAIN_SHA}/src/cart.test.ts#L12`)
    expect(fromReport.stepSummary).toContain(
      'Failing test names come from the JUnit reports in `test\\-results`'
    )
  })

  it('falls back to the log when the artifact download answers 410, and says so', () => {
    expect(expired.exitCode).toBe(0)
    expect(testsOf(expired)).toEqual({
      testsFrom: 'log',
      names: ['cart › totals include tax'],
      notes: ["artifact 'test-results' not read: the artifact is no longer available (HTTP 410)"]
    })
    expect(expired.issues[0]?.body).toContain('cart › totals include tax (jest)')
    expect(expired.stepSummary).toContain('Failing test names come from the logs')
  })

  it('refuses a zip bomb whose header lies, and names the tests from the log', () => {
    expect(bomb.exitCode).toBe(0)
    expect(testsOf(bomb)).toEqual({
      testsFrom: 'log',
      names: ['cart › totals include tax'],
      notes: ["'junit-report/TEST-cart.xml' skipped: inflates past its declared 4096 bytes"]
    })
    expect(bomb.stepSummary).toContain('inflates past its declared 4096 bytes')
  })
})
