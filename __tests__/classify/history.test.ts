import { describe, expect, it } from '@jest/globals'
import { historyEvidence, massFailure } from '../../src/classify/history.js'
import type { JobInfo, RunInfo } from '../../src/types.js'

const HOUR = 3_600_000
const T0 = Date.parse('2026-05-10T12:00:00Z')

let nextId = 1
function run(overrides: Partial<RunInfo> & { hoursAgo: number }): RunInfo {
  const { hoursAgo, ...rest } = overrides
  const at = new Date(T0 - hoursAgo * HOUR).toISOString()
  const id = rest.id ?? nextId++
  return {
    id,
    name: 'CI',
    workflowId: 7,
    path: '.github/workflows/ci.yml',
    headBranch: 'main',
    headSha: `sha-${id}`,
    event: 'push',
    status: 'completed',
    conclusion: 'failure',
    runAttempt: 1,
    runNumber: id,
    createdAt: at,
    updatedAt: at,
    runStartedAt: at,
    htmlUrl: `https://github.com/acme/cart/actions/runs/${id}`,
    pullRequests: [],
    ...rest
  }
}

function job(name: string, conclusion: string | null): JobInfo {
  return {
    id: nextId++,
    runId: 1,
    name,
    status: 'completed',
    conclusion,
    startedAt: null,
    completedAt: null,
    htmlUrl: '',
    steps: [],
    labels: []
  }
}

describe('historyEvidence', () => {
  it('calls a failure flaky when the same sha passed on a re-run', () => {
    const current = run({ id: 100, hoursAgo: 0, headSha: 'abc', runAttempt: 1 })
    const rerun = run({ id: 100, hoursAgo: 0, headSha: 'abc', runAttempt: 2, conclusion: 'success' })
    const evidence = historyEvidence(current, [run({ hoursAgo: 5, conclusion: 'success' }), rerun])
    expect(evidence.sameShaPassed).toBe(true)
    expect(evidence.flaky).toBe(true)
    expect(evidence.broken).toBe(false)
  })

  it('counts consecutive failures on the branch and calls 4 of them broken, never flaky', () => {
    const current = run({ hoursAgo: 0, headSha: 'd' })
    const history = [
      run({ hoursAgo: 1, headSha: 'c' }),
      run({ hoursAgo: 2, headSha: 'b' }),
      run({ hoursAgo: 3, headSha: 'd', conclusion: 'success' }),
      run({ hoursAgo: 3.5, headSha: 'a' }),
      run({ hoursAgo: 4, headSha: 'z', conclusion: 'success' })
    ]
    // The success at 3h ends the streak: current, c, b.
    expect(historyEvidence(current, history).consecutiveFailures).toBe(3)
    const longer = [
      run({ hoursAgo: 1 }),
      run({ hoursAgo: 2 }),
      run({ hoursAgo: 3 }),
      run({ hoursAgo: 10, headSha: current.headSha, conclusion: 'success' })
    ]
    const evidence = historyEvidence(current, longer)
    expect(evidence.consecutiveFailures).toBe(4)
    expect(evidence.broken).toBe(true)
    expect(evidence.sameShaPassed).toBe(true)
    expect(evidence.flaky).toBe(false)
  })

  it('ignores other branches, other workflows, cancelled and skipped runs in the streak', () => {
    const current = run({ hoursAgo: 0 })
    const history = [
      run({ hoursAgo: 1, conclusion: 'cancelled' }),
      run({ hoursAgo: 2 }),
      run({ hoursAgo: 2.5, headBranch: 'feature', conclusion: 'success' }),
      run({ hoursAgo: 2.7, workflowId: 8, path: '.github/workflows/docs.yml', conclusion: 'success' }),
      run({ hoursAgo: 3, conclusion: 'skipped' }),
      run({ hoursAgo: 4, conclusion: 'success' })
    ]
    expect(historyEvidence(current, history).consecutiveFailures).toBe(2)
  })

  it('counts failures in the last 24 hours and flaky commits in the last 7 days', () => {
    const current = run({ hoursAgo: 0 })
    const history = [
      run({ hoursAgo: 3 }),
      run({ hoursAgo: 23, conclusion: 'timed_out' }),
      run({ hoursAgo: 30 }),
      run({ id: 500, hoursAgo: 48, headSha: 'f1' }),
      run({ id: 500, hoursAgo: 47, headSha: 'f1', runAttempt: 2, conclusion: 'success' }),
      run({ id: 501, hoursAgo: 24 * 8, headSha: 'old' }),
      run({ id: 501, hoursAgo: 24 * 8 - 1, headSha: 'old', runAttempt: 2, conclusion: 'success' })
    ]
    const evidence = historyEvidence(current, history)
    expect(evidence.failuresLast24h).toBe(3)
    expect(evidence.flakyCountLast7d).toBe(1)
  })

  it('does not count the current run twice when history contains it', () => {
    const current = run({ hoursAgo: 0 })
    expect(historyEvidence(current, [current]).failuresLast24h).toBe(1)
    expect(historyEvidence(current, [current]).consecutiveFailures).toBe(1)
  })
})

describe('massFailure', () => {
  it('is true when more than a quarter of one matrix failed', () => {
    const jobs = ['ubuntu', 'windows', 'macos', 'ubuntu-arm'].map((os, i) =>
      job(`test (${os}, 20)`, i < 2 ? 'failure' : 'success')
    )
    expect(massFailure(jobs)).toBe(true)
  })

  it('is false for exactly a quarter, for unrelated single jobs, and ignores cancelled legs', () => {
    const quarter = ['a', 'b', 'c', 'd'].map((leg, i) =>
      job(`test (${leg})`, i === 0 ? 'failure' : 'success')
    )
    expect(massFailure(quarter)).toBe(false)
    expect(massFailure([job('lint', 'failure'), job('test', 'success'), job('build', 'success')])).toBe(false)
    const cancelled = [
      job('test (a)', 'failure'),
      job('test (b)', 'cancelled'),
      job('test (c)', 'success'),
      job('test (d)', 'success'),
      job('test (e)', 'success')
    ]
    expect(massFailure(cancelled)).toBe(false)
  })

  it('is true when more than 80% of the tests failed', () => {
    expect(massFailure([job('test', 'failure')], 0.85)).toBe(true)
    expect(massFailure([job('test', 'failure')], 0.8)).toBe(false)
  })
})
