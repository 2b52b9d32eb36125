/**
 * In-process (the bundle runs in __tests__/e2e): the health check's flaky tests. A test that
 * failed on attempt 1 and passed on attempt 2 is in the report's flaky table; a test that
 * failed for good is not; three flakes in 7 days open the quarantine issue; a request budget
 * too small for the logs says what it left unread.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  BROKEN_TEST,
  FLAKY_TEST,
  brokenRun,
  flakyRepository,
  flakyRun,
  greenRuns
} from '../e2e/support/flaky-scenarios.js'
import { healthScenario } from '../e2e/support/health-scenarios.js'
import { healthCheck, type HealthRun } from './support.js'

const checks: Record<string, HealthRun> = {}
const INPUTS = { 'fail-on': 'never', prune: 'false', lint: 'false' }

beforeAll(async () => {
  const twoFlakes = flakyRepository([
    flakyRun(3001, 1),
    brokenRun(3002, 4),
    flakyRun(3003, 30),
    ...greenRuns([3004, 3005, 3006], 40)
  ])
  checks.two = await healthCheck(healthScenario(twoFlakes, { inputs: INPUTS }))
  const threeFlakes = flakyRepository([...twoFlakes.runs, flakyRun(3007, 60)])
  checks.three = await healthCheck(healthScenario(threeFlakes, { inputs: INPUTS }))
  checks.dryRun = await healthCheck(healthScenario(threeFlakes, { inputs: { ...INPUTS, 'dry-run': 'true' } }))
  checks.starved = await healthCheck(
    healthScenario(threeFlakes, { inputs: { ...INPUTS, 'max-api-requests': '22' } })
  )
})

describe('flaky tests in the health report', () => {
  it('lists the test that failed on attempt 1 and passed on attempt 2, not the one that failed for good', () => {
    const tests = checks.two.report.repositories[0].tests
    expect(tests?.flaky).toEqual([
      {
        test: FLAKY_TEST,
        workflow: '.github/workflows/ci.yml',
        flakes: 2,
        runsAffected: 2,
        runs: 6,
        flakeRate: 2 / 6,
        firstSeen: expect.any(String),
        lastSeen: expect.any(String),
        jobs: ['test (node 22)']
      }
    ])
    const broken = tests?.history.runs.find(run => run.runId === 3002)
    expect(broken?.failed).toEqual([{ test: BROKEN_TEST, job: 'test (node 22)' }])
    expect(tests?.flakesPerDay.reduce((sum, day) => sum + day.flakes, 0)).toBe(2)
  })

  it('records every run of the window, read or not needing a read', () => {
    const history = checks.two.report.repositories[0].tests?.history.runs ?? []
    expect(history.map(run => run.runId).sort()).toEqual([3001, 3002, 3003, 3004, 3005, 3006])
  })

  it('shows the table in the job summary and the chart in the HTML report', () => {
    const { result } = checks.two
    expect(result.stepSummary).toContain('**Flaky tests (1):**')
    expect(result.stepSummary).toContain('cart › totals include tax')
    expect(result.artifacts['health-report']['health-report.html']).toContain('data-chart="flakes"')
  })

  it('opens no quarantine issue for two flakes, and one for the third within 7 days', () => {
    expect(checks.two.result.issues.filter(issue => issue.labels.includes('flaky-test'))).toEqual([])
    const opened = checks.three.result.issues.filter(issue => issue.labels.includes('flaky-test'))
    expect(opened).toHaveLength(1)
    expect(opened[0].title).toBe(`Flaky test: ${FLAKY_TEST} (.github/workflows/ci.yml)`)
    expect(checks.three.report.repositories[0].tests?.quarantine).toEqual([
      expect.objectContaining({ test: FLAKY_TEST, action: 'opened', number: opened[0].number })
    ])
  })

  it('writes nothing in a dry run', () => {
    expect(checks.dryRun.result.issues).toEqual([])
    expect(checks.dryRun.result.writes).toEqual([])
  })

  it('says in the budget notes what the request budget left unread', () => {
    const { report } = checks.starved
    expect(report.budgetNotes.join('\n')).toMatch(
      /acme\/app: the failing tests of \d+ failed run\(s\) were left unread for the next run \(API request budget\)/
    )
    expect(report.apiRequests).toBeLessThanOrEqual(22)
  })
})
