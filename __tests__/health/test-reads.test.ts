import { describe, expect, it } from '@jest/globals'
import { RequestBudget } from '../../src/health/budget.js'
import { runKey } from '../../src/health/test-history.js'
import { readWindowTests } from '../../src/health/test-reads.js'
import { createInMemoryGitHub } from '../../testkit/github/memory.js'
import {
  BROKEN_TEST,
  CI,
  FLAKY_TEST,
  brokenRun,
  flakyRepository,
  flakyRun,
  greenRuns
} from '../e2e/support/flaky-scenarios.js'
import { NOW } from '../e2e/support/health-scenarios.js'

async function window() {
  const github = createInMemoryGitHub(
    [flakyRepository([flakyRun(3001, 1), brokenRun(3002, 4), ...greenRuns([3003, 3004], 10)])],
    { now: NOW }
  )
  const runs = await github.port.workflowRuns(CI.id, { status: 'completed', perPage: 20 })
  const before = { ...github.port.stats.byRoute }
  const sent = () =>
    Object.fromEntries(
      Object.entries(github.port.stats.byRoute)
        .map(([route, count]) => [route, count - (before[route] ?? 0)])
        .filter(([, count]) => (count as number) > 0)
    )
  return { port: github.port, runs, sent }
}

describe('readWindowTests', () => {
  it('lists the failed attempts and reads the failed jobs logs only', async () => {
    const { port, runs, sent } = await window()
    const read = await readWindowTests(port, runs, new Set(), new RequestBudget(1000, port.stats), 0)
    expect(read.unread).toBe(0)
    const byRun = new Map(read.runs.map(run => [run.runId, run]))
    expect(byRun.get(3001)).toMatchObject({ attempt: 2, flaky: [{ test: FLAKY_TEST }], failed: [] })
    expect(byRun.get(3002)).toMatchObject({ attempt: 1, flaky: [], failed: [{ test: BROKEN_TEST }] })
    expect(byRun.get(3003)).toMatchObject({ flaky: [], failed: [] })
    const routes = sent()
    const listings = Object.entries(routes).filter(([route]) => route.includes('/attempts/'))
    const logs = Object.entries(routes).filter(([route]) => route.includes('/logs'))
    // Run 3001's attempt 1 and run 3002's attempt 1; the green runs and 3001's green attempt 2 are not listed.
    expect(listings.reduce((sum, [, count]) => sum + (count as number), 0)).toBe(2)
    expect(logs.reduce((sum, [, count]) => sum + (count as number), 0)).toBe(2)
  })

  it('does not read again a run and attempt the stored history has', async () => {
    const { port, runs, sent } = await window()
    const known = new Set([runKey({ workflow: CI.path, runId: 3001, attempt: 2 })])
    const read = await readWindowTests(port, runs, known, new RequestBudget(1000, port.stats), 0)
    expect(read.runs.map(run => run.runId).sort()).toEqual([3002, 3003, 3004])
    expect(Object.keys(sent()).filter(route => route.includes('/attempts/'))).toHaveLength(1)
  })

  it('leaves a run it cannot finish within the budget unread rather than half-read', async () => {
    const { port, runs } = await window()
    const budget = new RequestBudget(port.stats.requests + 3, port.stats)
    const read = await readWindowTests(port, runs, new Set(), budget, 0)
    expect(read.unread).toBeGreaterThanOrEqual(1)
    expect(read.runs.every(run => run.runId !== 3001 || run.flaky.length === 1)).toBe(true)
    expect(port.stats.requests).toBeLessThanOrEqual(budget.max)
  })
})
