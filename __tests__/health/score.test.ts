import { describe, expect, it } from '@jest/globals'
import {
  exitCodeFor,
  findStuckRuns,
  median,
  overallStatus,
  percentile,
  repositoryAlerts,
  scoreWorkflow,
  type WorkflowHealth
} from '../../src/health/score.js'
import { CI, NOW, run, runsFrom } from './fixtures.js'

const score = (pattern: string, n?: number) =>
  scoreWorkflow({ workflow: CI, runs: runsFrom(pattern), n, now: NOW })

describe('status rules (DESIGN 7, first match wins)', () => {
  it.each([
    // [runs newest first, expected status, words the reason must contain]
    ['SS', 'no-data', '2 counted runs'],
    ['SCCSKA', 'no-data', '2 counted runs'],
    ['SSSSSF', 'healthy', '5 of 6 runs passed'],
    ['SSSSF', 'warning', 'failure rate 20% (1 of 5)'],
    ['SSSSFSSSFS', 'warning', 'failure rate 20% (2 of 10)'],
    ['SSFSSSSSSS', 'warning', 'a failure among the 3 most recent runs'],
    ['SSSFSFSFSF', 'warning', 'failure rate 40% (4 of 10)'],
    ['SSSFSFF', 'degraded', 'failure rate 43% (3 of 7)'],
    ['FFSSSSSSSS', 'degraded', '2 most recent runs failed'],
    ['SSSFFFFFSS', 'degraded', 'failure rate 50% (5 of 10)'],
    ['SSSFFFF', 'critical', 'failure rate 57% (4 of 7)'],
    ['SSSFFFFFFS', 'critical', 'failure rate 60% (6 of 10)'],
    ['FFFSSSSSSS', 'critical', '3 most recent runs failed'],
    ['TUFSSSSSSS', 'critical', '3 most recent runs failed'],
    ['FCFKFSSSSSSS', 'critical', '3 most recent runs failed'],
    ['SSSSSSSSSS', 'healthy', 'all 10 runs passed']
  ])('%s is %s', (pattern, status, reason) => {
    const health = score(pattern)
    expect(health.status).toBe(status)
    expect(health.reason).toContain(reason)
  })

  it('names every condition that holds at the matching level', () => {
    expect(score('FFFFFFSSSS').reason).toBe('3 most recent runs failed; failure rate 60% (6 of 10)')
  })

  it('scores only the newest n runs', () => {
    expect(score('SSSSSSSSSSFFFF').status).toBe('healthy')
    expect(score('SSSSFFFF', 4).counts.counted).toBe(4)
  })

  it('counts cancelled, skipped and approval runs apart from the rate', () => {
    const health = score('SCKAFS')
    expect(health.counts).toEqual({
      success: 2,
      failure: 1,
      cancelled: 1,
      skipped: 1,
      actionRequired: 1,
      counted: 3
    })
    expect(health.successRate).toBeCloseTo(2 / 3)
  })

  it('ignores runs that have not completed', () => {
    const runs = [run(null, 1, { status: 'in_progress' }), ...runsFrom('SSS')]
    expect(scoreWorkflow({ workflow: CI, runs, now: NOW }).counts.counted).toBe(3)
  })
})

describe('score', () => {
  it('weighs the newest counted run N and the oldest 1', () => {
    expect(score('SSSSSSSSSS').score).toBe(100)
    // weights 10..1 sum to 55; the newest (10) failed
    expect(score('FSSSSSSSSS').score).toBe(Math.round((100 * 45) / 55))
    // the oldest (1) failed
    expect(score('SSSSSSSSSF').score).toBe(Math.round((100 * 54) / 55))
    // counted [S, F, S] with weights 3, 2, 1; the cancelled run carries no weight
    expect(score('SCFS').score).toBe(67)
  })

  it('has no score without enough data', () => {
    expect(score('SF').score).toBeNull()
  })
})

describe('durations and queue times', () => {
  it('computes median and nearest-rank p95 of successful runs only', () => {
    const minutes = [4, 6, 5, 100, 7]
    const runs = minutes.map((duration, index) => run('success', index + 1, {}, duration))
    runs.push(run('failure', 9, {}, 500))
    const health = scoreWorkflow({ workflow: CI, runs, now: NOW })
    expect(health.durationMedianSeconds).toBe(6 * 60)
    expect(health.durationP95Seconds).toBe(100 * 60)
    expect(health.queueMedianSeconds).toBe(60)
  })

  it('flags a slow trend when the last 5 successes take over twice the previous 5', () => {
    const durations = [25, 22, 21, 30, 21, 10, 10, 10, 10, 10]
    const runs = durations.map((duration, index) => run('success', index + 1, {}, duration))
    const trend = scoreWorkflow({ workflow: CI, runs, now: NOW }).trend
    expect(trend).toEqual({
      recentMedianSeconds: 22 * 60,
      previousMedianSeconds: 600,
      ratio: 2.2,
      slow: true
    })
  })

  it('does not flag exactly twice as slow, and needs enough earlier runs', () => {
    const twice = [20, 20, 20, 20, 20, 10, 10, 10, 10, 10].map((d, i) => run('success', i + 1, {}, d))
    expect(scoreWorkflow({ workflow: CI, runs: twice, now: NOW }).trend?.slow).toBe(false)
    const short = twice.slice(0, 7)
    expect(scoreWorkflow({ workflow: CI, runs: short, now: NOW }).trend).toBeNull()
  })

  it('median and percentile handle even counts and empty input', () => {
    expect(median([3, 1, 4, 2])).toBe(2.5)
    expect(median([])).toBeNull()
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5)
  })
})

describe('history', () => {
  it('finds flaky runs: success on a re-run, or a commit that both failed and passed', () => {
    const runs = [
      run('success', 1, { id: 1, runAttempt: 2 }),
      run('success', 2, { id: 2, headSha: 'abc' }),
      run('failure', 3, { id: 3, headSha: 'abc' }),
      run('success', 4, { id: 4 })
    ]
    expect(scoreWorkflow({ workflow: CI, runs, now: NOW }).flakyRunIds).toEqual([1, 2])
  })

  it('counts consecutive failures from the newest, skipping cancelled runs', () => {
    expect(score('FCFSF').consecutiveFailures).toBe(2)
    expect(score('SFFF').consecutiveFailures).toBe(0)
    expect(score('FFF').consecutiveFailures).toBe(3)
  })

  it('measures time to repair from the first failure of a streak to the next success', () => {
    // oldest first: fail (10h ago), fail (9h), success (8h); fail (4h), success (3.5h)
    const runs = [
      run('success', 3.5, { id: 5 }),
      run('failure', 4, { id: 4 }),
      run('success', 8, { id: 3 }),
      run('failure', 9, { id: 2 }),
      run('failure', 10, { id: 1 })
    ]
    const health = scoreWorkflow({ workflow: CI, runs, now: NOW })
    expect(health.timeToRepair).toEqual({ repairs: 2, meanMinutes: (120 + 30) / 2, lastMinutes: 30 })
    expect(health.brokenForMinutes).toBeNull()
    expect(health.lastSuccessAt).toBe(runs[0].updatedAt)
  })

  it('reports how long a workflow has been broken when the newest run failed', () => {
    const runs = [run('failure', 1), run('failure', 2), run('success', 3)]
    // the streak began when the run created 2 hours ago finished, 6 minutes after creation
    expect(scoreWorkflow({ workflow: CI, runs, now: NOW }).brokenForMinutes).toBe(114)
  })

  it('keeps the window as run samples for the charts, newest first', () => {
    const health = score('SFC')
    expect(health.recentRuns.map(sample => sample.conclusion)).toEqual(['success', 'failure', 'cancelled'])
    expect(health.recentRuns[0].durationSeconds).toBe(300)
  })
})

describe('findStuckRuns', () => {
  it('finds runs queued or in progress for over 6 hours', () => {
    const runs = [
      run(null, 7, { id: 1, status: 'queued' }),
      run(null, 6, {
        id: 2,
        status: 'queued',
        createdAt: new Date(NOW.getTime() - 6 * 3600_000).toISOString()
      }),
      run(null, 8, {
        id: 3,
        status: 'in_progress',
        runStartedAt: new Date(NOW.getTime() - 5 * 3600_000).toISOString()
      }),
      run(null, 9, { id: 4, status: 'in_progress' }),
      run('success', 30, { id: 5 })
    ]
    const stuck = findStuckRuns(runs, NOW)
    expect(stuck.map(entry => [entry.id, entry.hours])).toEqual([
      [1, 7],
      [4, 9]
    ])
    expect(findStuckRuns(runs, NOW, 8).map(entry => entry.id)).toEqual([4])
  })
})

describe('repositoryAlerts', () => {
  const health = (pattern: string, state = 'active'): WorkflowHealth =>
    scoreWorkflow({ workflow: { ...CI, state }, runs: runsFrom(pattern), now: NOW })

  it('raises nothing for a healthy repository', () => {
    expect(repositoryAlerts([health('SSSSSSSSSS')], [], runsFrom('SSSSSSSSSS'), NOW)).toEqual([])
  })

  it('alerts on success rate below 95%, failures in 24 hours and stuck runs, worst first', () => {
    const runs = runsFrom('FFFSSSSSSS')
    const stuck = findStuckRuns([run(null, 7, { id: 77, status: 'queued' })], NOW)
    const alerts = repositoryAlerts([health('FFFSSSSSSS')], stuck, runs, NOW)
    expect(alerts.map(alert => [alert.id, alert.level])).toEqual([
      ['failures-24h:.github/workflows/ci.yml', 'critical'],
      ['success-rate:.github/workflows/ci.yml', 'critical'],
      ['stuck:77', 'warning']
    ])
    expect(alerts[0].message).toBe('CI failed 3 times in the last 24 hours')
  })

  it('does not count failures older than 24 hours', () => {
    const old = [run('failure', 25), run('failure', 26), run('failure', 27), run('failure', 2)]
    expect(repositoryAlerts([], [], old, NOW).map(alert => alert.id)).toEqual([])
  })

  it('alerts on a mean time to repair over 30 minutes', () => {
    // the failure finished 2h ago (+6 min), the fix 1h ago (+6 min): a 60-minute repair
    const runs = [run('success', 1), run('failure', 2), run('success', 3)]
    const slowRepair = scoreWorkflow({ workflow: CI, runs, now: NOW })
    expect(slowRepair.timeToRepair?.meanMinutes).toBe(60)
    const ids = repositoryAlerts([slowRepair], [], [], NOW).map(alert => alert.id)
    expect(ids).toContain('time-to-repair:.github/workflows/ci.yml')
  })

  it('notes workflows disabled for inactivity and runs awaiting approval', () => {
    const alerts = repositoryAlerts([health('SSS', 'disabled_inactivity')], [], runsFrom('AAS'), NOW)
    expect(alerts.map(alert => [alert.id, alert.level])).toEqual([
      ['disabled-inactivity:.github/workflows/ci.yml', 'notice'],
      ['awaiting-approval:.github/workflows/ci.yml', 'notice']
    ])
    expect(alerts[1].message).toContain('2 runs awaiting approval')
  })
})

describe('overallStatus and exitCodeFor', () => {
  const critical = score('FFFSSSSSSS')
  const warning = score('SSFSSSSSSS')
  const healthy = score('SSSSSSSSSS')
  const noData = score('S')

  it('takes the worst status and the mean of scored workflows', () => {
    expect(overallStatus([healthy, warning, noData])).toEqual({
      status: 'warning',
      score: Math.round(((healthy.score as number) + (warning.score as number)) / 2)
    })
    expect(overallStatus([noData])).toEqual({ status: 'no-data', score: null })
    expect(overallStatus([])).toEqual({ status: 'no-data', score: null })
    expect(overallStatus([warning, critical]).status).toBe('critical')
  })

  it('fails at or above the fail-on status and never for no-data', () => {
    expect(exitCodeFor('critical', [warning, healthy])).toBe(0)
    expect(exitCodeFor('critical', [critical])).toBe(1)
    expect(exitCodeFor('warning', [warning])).toBe(1)
    expect(exitCodeFor('degraded', [warning])).toBe(0)
    expect(exitCodeFor('warning', [noData])).toBe(0)
    expect(exitCodeFor('never', [critical])).toBe(0)
  })
})
