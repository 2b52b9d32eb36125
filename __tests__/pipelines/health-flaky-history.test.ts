/**
 * In-process (the bundle runs in __tests__/e2e): the test history across health checks in
 * sequence, each starting from the report artifact and issues the one before left. A test
 * that failed on attempt 1 is flaky in the next check once attempt 2 passed; a flake out of
 * the next window still counts through the history; the quarantine issue opens, then closes
 * after a quiet period; a malformed stored history is ignored with a warning.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { continueFrom } from '../../testkit/scenario/continue.js'
import { CI, FLAKY_TEST, historyCheck } from '../e2e/support/flaky-scenarios.js'
import { healthCheck, type HealthRun } from './support.js'

const checks: Record<string, HealthRun> = {}

beforeAll(async () => {
  checks.first = await healthCheck(historyCheck('first'))
  checks.second = await healthCheck(historyCheck('second', checks.first.result))
  checks.third = await healthCheck(historyCheck('third', checks.second.result))
  checks.again = await healthCheck(historyCheck('second', checks.second.result))
  const poisoned = {
    ...checks.first.result,
    artifacts: {
      'health-report': {
        'health-report.json': JSON.stringify({
          repositories: [{ repo: 'acme/app', tests: { history: { version: 1, runs: [{ runId: -1 }] } } }]
        })
      }
    }
  }
  // The same report, uploaded by a run of another workflow (CI): not the check's own.
  const continued = historyCheck('second', checks.first.result)
  const uploader = continued.repository.runs.at(-1)!
  checks.foreign = await healthCheck({
    ...continued,
    repository: {
      ...continued.repository,
      runs: [...continued.repository.runs.slice(0, -1), { ...uploader, workflowId: CI.id }]
    }
  })
  checks.poisoned = await healthCheck(
    continueFrom(historyCheck('second'), poisoned, { runId: 77, at: '2026-11-20T06:00:00Z' })
  )
})

describe('the test history across health checks', () => {
  it('records the failure of attempt 1 as a failure, and the earlier flake', () => {
    const tests = checks.first.report.repositories[0].tests
    expect(tests?.history.runs.find(run => run.runId === 3001)).toMatchObject({
      attempt: 1,
      failed: [{ test: FLAKY_TEST }],
      flaky: []
    })
    expect(tests?.flaky).toEqual([expect.objectContaining({ test: FLAKY_TEST, flakes: 1 })])
  })

  it('lists the test as flaky in the next check once attempt 2 passed, counting the flake out of its window', () => {
    const tests = checks.second.report.repositories[0].tests
    const window = checks.second.report.repositories[0].workflows.find(
      health => health.workflow.name === 'CI'
    )
    expect(window?.recentRuns.map(run => run.id)).not.toContain(2990)
    expect(tests?.flaky).toEqual([
      expect.objectContaining({ test: FLAKY_TEST, flakes: 2, runsAffected: 2, runs: 5, flakeRate: 0.4 })
    ])
    const records = tests?.history.runs.filter(run => run.runId === 3001).map(run => run.attempt)
    expect(records?.sort()).toEqual([1, 2])
  })

  it('does not count again the runs a check already recorded', () => {
    expect(checks.again.report.repositories[0].tests?.flaky[0]).toMatchObject({ flakes: 2, runs: 5 })
    expect(checks.again.report.repositories[0].tests?.runsRead).toBe(0)
  })

  it('opens the quarantine issue at the second flake, and closes it after 14 quiet days', () => {
    const opened = checks.second.result.issues.filter(issue => issue.labels.includes('flaky-test'))
    expect(opened).toEqual([expect.objectContaining({ state: 'open' })])
    expect(checks.first.result.issues).toEqual([])
    const closed = checks.third.result.issues.find(issue => issue.number === opened[0].number)
    expect(closed?.state).toBe('closed')
    expect(checks.third.report.repositories[0].tests?.quarantine).toEqual([
      expect.objectContaining({ action: 'closed', test: FLAKY_TEST })
    ])
  })

  it('reads no report that another workflow uploaded under the same name', () => {
    const tests = checks.foreign.report.repositories[0].tests
    // The first check's records (2990, 2991, 3001 at attempt 1) are not carried over.
    const recorded = tests?.history.runs.map(run => run.runId) ?? []
    expect(recorded).not.toContain(2990)
    expect(recorded).not.toContain(2991)
    expect(recorded.length).toBeGreaterThan(0)
  })

  it('ignores a malformed stored history with a warning, and starts again from the window', () => {
    const { report } = checks.poisoned
    expect(report.warnings).toContain(
      'The test history of the previous report was ignored: acme/app: run 1 of the test history is malformed'
    )
    expect(report.repositories[0].tests?.flaky[0]).toMatchObject({ flakes: 1 })
  })
})
