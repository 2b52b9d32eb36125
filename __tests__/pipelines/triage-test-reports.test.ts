/**
 * In-process (the pipeline on the in-memory GitHub port; the bundle runs in __tests__/e2e):
 * a test failure's tests come from the JUnit reports the run uploaded when they can be read,
 * and from its logs when they cannot; the report and the job summary say which.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { JobReport, TriageReport } from '../../src/triage/report.js'
import type { ScenarioIssue, ScenarioResult, ScenarioRun } from '../../testkit/scenario/types.js'
import { CODE_FAILURE_LOG } from '../e2e/support/logs.js'
import { junitReport, runWithReports } from '../e2e/support/junit.js'
import {
  carryIssues,
  failingRun,
  MAIN_SHA,
  repoWith,
  reportOf,
  triageScenario,
  workflowRunEvent
} from '../e2e/support/scenario.js'
import { triage } from './support.js'

function triageRun(
  run: ScenarioRun,
  options: { issues?: ScenarioIssue[]; inputs?: Record<string, string> } = {}
): Promise<ScenarioResult> {
  return triage(
    triageScenario(repoWith({ runs: [run], issues: options.issues }), workflowRunEvent(run), {
      inputs: { 'max-attempts': '3', ...options.inputs }
    })
  )
}

function reportJson(result: ScenarioResult): TriageReport {
  return reportOf(result).json as unknown as TriageReport
}

function artifactRequests(result: ScenarioResult): Record<string, number> {
  const { byRoute } = reportJson(result).api
  return Object.fromEntries(Object.entries(byRoute).filter(([route]) => route.includes('/artifacts')))
}

const REPORT_TESTS = ['totals include tax', 'applies coupons']

describe('a test failure whose run uploaded a JUnit report', () => {
  let result: ScenarioResult
  let job: JobReport

  beforeAll(async () => {
    // The log's tail named one of the two failing tests; the report names both.
    const run = runWithReports(
      3001,
      ['totals include tax'],
      [{ name: 'test-results', files: { 'reports/TEST-cart.xml': junitReport('cart', REPORT_TESTS) } }]
    )
    result = await triageRun(run)
    job = reportJson(result).jobs[0]!
  })

  it("takes the job's failing tests from the report, not from the log", () => {
    expect(result.outputs.category).toBe('test_failure')
    expect(job.testsFrom).toBe('junit')
    expect(job.tests).toEqual([
      { framework: 'junit', name: 'cart.totals include tax', file: 'src/cart.test.ts', line: 12 },
      { framework: 'junit', name: 'cart.applies coupons', file: 'src/cart.test.ts', line: 12 }
    ])
    expect(job.testTotals).toEqual({ failed: 2, total: 42 })
    expect(job.maskedLine).toBe('failing tests: cart.applies coupons, cart.totals include tax')
  })

  it("lists the report's tests in the issue, linked to their files at the run's sha", () => {
    expect(result.issues).toHaveLength(1)
    const body = result.issues[0]?.body ?? ''
    expect(body).toContain('cart.applies coupons (junit)')
    expect(body).toContain(`/blob/${MAIN_SHA}/src/cart.test.ts#L12)`)
    const section = body.slice(body.indexOf('### Failing tests'), body.indexOf('<!-- workflow-triage:tests='))
    expect(section).not.toContain('(jest)')
  })

  it('says in the report and the job summary that the names come from the JUnit report', () => {
    expect(reportJson(result).testReports).toEqual({
      testsFrom: 'junit',
      artifacts: [{ name: 'test-results', files: 1, failingTests: 2 }],
      runTests: [],
      notes: []
    })
    expect(result.stepSummary).toContain('### Test reports')
    expect(result.stepSummary).toContain('Failing test names come from the JUnit reports in `test\\-results`')
    expect(result.stepSummary).toContain('Failing tests (from the JUnit report):')
  })

  it('costs one listing, and the redirect and the blob of the archive', () => {
    expect(artifactRequests(result)).toEqual({
      'GET /repos/{owner}/{repo}/actions/runs/{id}/artifacts': 1,
      'GET /repos/{owner}/{repo}/actions/artifacts/{id}/zip': 1
    })
    // The job's log and the archive.
    expect(reportJson(result).api.byRoute['GET {blob}']).toBe(2)
  })
})

describe('a test failure whose report cannot be used', () => {
  it('names the tests from the log when the artifact expired, and says so', async () => {
    const run = runWithReports(
      3002,
      ['totals include tax'],
      [{ name: 'junit', expired: true, files: { 'a.xml': junitReport('cart', REPORT_TESTS) } }]
    )
    const result = await triageRun(run)
    const report = reportJson(result)
    expect(report.jobs[0]).toMatchObject({
      testsFrom: 'log',
      tests: [{ framework: 'jest', name: 'cart › totals include tax' }]
    })
    expect(report.testReports).toMatchObject({
      testsFrom: 'log',
      notes: ["artifact 'junit' not read: the artifact has expired"]
    })
    expect(result.stepSummary).toContain('Failing test names come from the logs')
    expect(result.stepSummary).toContain('Failing tests (from the log):')
    expect(result.exitCode).toBe(0)
  })

  it('names the tests from the log when the download answers 410', async () => {
    const run = runWithReports(
      3003,
      ['totals include tax'],
      [{ name: 'junit', files: { 'a.xml': junitReport('cart', REPORT_TESTS) } }]
    )
    const result = await triage({
      ...triageScenario(repoWith({ runs: [run] }), workflowRunEvent(run), {
        inputs: { 'max-attempts': '3' }
      }),
      faults: [{ path: '/actions/artifacts/\\d+/zip$', status: 410 }]
    })
    expect(reportJson(result).testReports?.notes).toEqual([
      "artifact 'junit' not read: the artifact is no longer available (HTTP 410)"
    ])
    expect(reportJson(result).jobs[0]?.testsFrom).toBe('log')
  })

  it('names the tests from the log when the report is malformed', async () => {
    const run = runWithReports(
      3004,
      ['totals include tax'],
      [{ name: 'junit', files: { 'a.xml': '<?xml version="1.0"?><testsuite><testcase name="x">' } }]
    )
    const result = await triageRun(run)
    expect(reportJson(result).testReports?.notes).toEqual([
      "'junit/a.xml' is not a readable JUnit report: <testcase> is never closed"
    ])
    expect(reportJson(result).jobs[0]?.testsFrom).toBe('log')
  })

  it('reads no artifact when test-report-artifacts is none', async () => {
    const run = runWithReports(
      3005,
      ['totals include tax'],
      [{ name: 'junit', files: { 'a.xml': junitReport('cart', REPORT_TESTS) } }]
    )
    const result = await triageRun(run, { inputs: { 'test-report-artifacts': 'none' } })
    expect(artifactRequests(result)).toEqual({})
    expect(reportJson(result).testReports).toBeNull()
    expect(reportJson(result).jobs[0]?.testsFrom).toBe('log')
  })
})

describe('test reports and the rest of the triage', () => {
  it('looks for no artifact when no job failed its tests', async () => {
    const run = {
      ...failingRun({ id: 3006, log: CODE_FAILURE_LOG, step: 'Run npm run build' }),
      artifacts: []
    }
    const result = await triageRun(run)
    expect(artifactRequests(result)).toEqual({})
    expect(reportJson(result).testReports).toBeNull()
  })

  it('gives one issue for the same test failing in two matrix legs, each leg tied to its own report', async () => {
    const run = runWithReports(
      3007,
      [],
      [
        { name: 'junit-ubuntu-latest-22', files: { 'a.xml': junitReport('cart', ['totals include tax']) } },
        { name: 'junit-ubuntu-latest-20', files: { 'a.xml': junitReport('cart', ['totals include tax']) } }
      ],
      [{ jobName: 'test (ubuntu-latest, 22)', logTests: [] }]
    )
    const result = await triageRun(run)
    const report = reportJson(result)
    expect(report.jobs.map(job => [job.name, job.testsFrom, job.tests.map(test => test.name)])).toEqual([
      ['test (ubuntu-latest, 20)', 'junit', ['cart.totals include tax']],
      ['test (ubuntu-latest, 22)', 'junit', ['cart.totals include tax']]
    ])
    expect(result.issues).toHaveLength(1)
  })

  it('joins the open issue of the same reported tests on the next failure', async () => {
    const artifact = { name: 'test-results', files: { 'a.xml': junitReport('cart', REPORT_TESTS) } }
    const first = await triageRun(runWithReports(3008, [], [artifact]))
    const again = await triageRun(runWithReports(3009, [], [artifact]), { issues: carryIssues(first) })
    expect(first.issues).toHaveLength(1)
    expect(again.issues).toHaveLength(1)
    expect(again.outputs['issue-number']).toBe(String(first.issues[0]?.number))
  })
})
