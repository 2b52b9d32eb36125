/**
 * The health-check bundle end to end on flaky tests: a test that failed on attempt 1 and
 * passed on attempt 2 is in the report's flaky table, the job summary and the HTML chart;
 * three flakes in 7 days open its quarantine issue; an open quarantine issue whose test has
 * been quiet for quarantine-clear-days is closed; a small request budget says what it left
 * unread.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_POLICY } from '../../src/config/policy.js'
import { renderQuarantineIssue } from '../../src/health/quarantine.js'
import type { ScenarioIssue } from '../../testkit/scenario/types.js'
import { CI, FLAKY_TEST, brokenRun, flakyRepository, flakyRun, greenRuns } from './support/flaky-scenarios.js'
import { BOT, healthCheck, healthScenario, writesTo, type HealthRun } from './support/health-scenarios.js'

const checks: Record<string, HealthRun> = {}
const INPUTS = { 'fail-on': 'never', prune: 'false', lint: 'false' }

function quietIssue(): ScenarioIssue {
  const { title, body } = renderQuarantineIssue(
    {
      test: 'cart › old flake',
      workflow: CI.path,
      flakes: 3,
      runsAffected: 3,
      runs: 10,
      flakeRate: 0.3,
      firstSeen: '2026-10-20T10:00:00Z',
      lastSeen: '2026-10-22T10:00:00Z',
      jobs: ['test (node 22)'],
      flakyRuns: [{ runId: 100, attempt: 2, at: '2026-10-22T10:00:00Z', job: 'test (node 22)' }]
    },
    DEFAULT_POLICY.flakyTests,
    'https://github.com/acme/app'
  )
  return { number: 31, title, body, state: 'open', labels: ['flaky-test'], user: BOT }
}

beforeAll(async () => {
  const repository = flakyRepository([
    flakyRun(3001, 1),
    brokenRun(3002, 4),
    flakyRun(3003, 30),
    flakyRun(3007, 60),
    ...greenRuns([3004, 3005, 3006], 40)
  ])
  const scenarios = {
    flaky: healthScenario({ ...repository, issues: [quietIssue()] }, { inputs: INPUTS }),
    starved: healthScenario(repository, { inputs: { ...INPUTS, 'max-api-requests': '22' } })
  }
  await Promise.all(
    Object.entries(scenarios).map(async ([name, scenario]) => {
      checks[name] = await healthCheck(scenario)
    })
  )
})

describe('flaky tests in the health check', () => {
  it('lists the test that failed on attempt 1 and passed on attempt 2 in the report, summary and HTML', () => {
    const { report, result } = checks.flaky
    expect(result.violations).toEqual([])
    expect(report.repositories[0].tests?.flaky).toEqual([
      expect.objectContaining({ test: FLAKY_TEST, flakes: 3, runs: 7, jobs: ['test (node 22)'] })
    ])
    expect(result.stepSummary).toContain('**Flaky tests (1):**')
    expect(result.stepSummary).toContain(`\`${FLAKY_TEST}\``)
    const html = result.artifacts['health-report']['health-report.html']
    expect(html).toContain('data-chart="flakes"')
  })

  it('opens one quarantine issue for three flakes in 7 days, and closes the one quiet for 14 days', () => {
    const { result, report } = checks.flaky
    const quarantine = result.issues.filter(issue => issue.labels.includes('flaky-test'))
    const opened = quarantine.find(issue => issue.number !== 31)
    expect(opened).toMatchObject({ state: 'open', title: `Flaky test: ${FLAKY_TEST} (${CI.path})` })
    const closed = quarantine.find(issue => issue.number === 31)
    expect(closed?.state).toBe('closed')
    expect(closed?.comments.map(comment => comment.body)).toEqual([
      expect.stringContaining('No flake in 14 days')
    ])
    expect(report.repositories[0].tests?.quarantine.map(issue => issue.action).sort()).toEqual([
      'closed',
      'opened'
    ])
    // One issue opened; the close is a comment and an update.
    expect(writesTo(result, /\/issues/)).toHaveLength(3)
  })

  it('says in the budget notes what the request budget left unread, within the budget', () => {
    const { report, result } = checks.starved
    expect(report.budgetNotes.join('\n')).toMatch(
      /acme\/app: the failing tests of \d+ failed run\(s\) were left unread for the next run \(API request budget\)/
    )
    expect(result.requestCount).toBeLessThanOrEqual(22)
  })
})
