/**
 * The health-check bundle in sequence: each check uploads its report with @actions/artifact
 * to the local artifact backend, and the next starts from it, listed and downloaded through
 * the GitHub stand-in's REST artifact routes. A test that failed on attempt 1 and passed on
 * attempt 2 is in the next report's flaky table, a flake out of that check's window counts
 * through the history, and the quarantine issue opens, then closes after 14 quiet days.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { FLAKY_TEST, historyCheck } from './support/flaky-scenarios.js'
import { healthCheck, writesTo, type HealthRun } from './support/health-scenarios.js'

const checks: Record<string, HealthRun> = {}

beforeAll(async () => {
  checks.first = await healthCheck(historyCheck('first'))
  checks.second = await healthCheck(historyCheck('second', checks.first.result))
  checks.third = await healthCheck(historyCheck('third', checks.second.result))
})

describe('the test history through the report artifact', () => {
  it('uploads the history with the report, and reads it back through the REST artifact routes', () => {
    for (const check of Object.values(checks)) expect(check.result.violations).toEqual([])
    expect(checks.first.report.repositories[0].tests?.history.runs.length).toBeGreaterThan(0)
    expect(checks.second.result.stdout).toMatch(/Test history: read from the report of run \d+/)
  })

  it('lists the test that failed on attempt 1 and passed on attempt 2 in the next report', () => {
    expect(
      checks.first.report.repositories[0].tests?.history.runs.find(run => run.runId === 3001)
    ).toMatchObject({ attempt: 1, failed: [{ test: FLAKY_TEST }] })
    expect(checks.second.report.repositories[0].tests?.flaky).toEqual([
      expect.objectContaining({ test: FLAKY_TEST, flakes: 2, runs: 5 })
    ])
    expect(checks.second.result.stepSummary).toContain(`\`${FLAKY_TEST}\``)
  })

  it('opens the quarantine issue when the test flaked twice, and closes it after 14 days without a flake', () => {
    const [opened] = checks.second.result.issues.filter(issue => issue.labels.includes('flaky-test'))
    expect(opened).toMatchObject({
      state: 'open',
      title: `Flaky test: ${FLAKY_TEST} (.github/workflows/ci.yml)`
    })
    expect(writesTo(checks.first.result, /\/issues/)).toEqual([])
    const closed = checks.third.result.issues.find(issue => issue.number === opened.number)
    expect(closed).toMatchObject({ state: 'closed' })
    expect(closed?.comments.at(-1)?.body).toContain('No flake in 14 days')
  })
})
