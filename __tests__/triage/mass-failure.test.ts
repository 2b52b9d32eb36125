import { describe, expect, it } from '@jest/globals'
import { massFailureOf, summaryTotals, testTotals } from '../../src/triage/mass-failure.js'
import type { JobInfo } from '../../src/types.js'

const job = (id: number, name: string, conclusion: string): JobInfo =>
  ({ id, name, conclusion, status: 'completed', steps: [], htmlUrl: '', runAttempt: 1 }) as unknown as JobInfo

describe('summaryTotals', () => {
  it.each([
    ['Tests:       9 failed, 1 passed, 10 total', { failed: 9, total: 10 }],
    [' Tests  9 failed | 1 passed (10)', { failed: 9, total: 10 }],
    ['=================== 9 failed, 1 passed in 2.10s ===================', { failed: 9, total: 10 }],
    ['Tests run: 10, Failures: 8, Errors: 1, Skipped: 0', { failed: 9, total: 10 }],
    ['10 examples, 9 failures', { failed: 9, total: 10 }]
  ])('reads %j', (line, totals) => {
    expect(summaryTotals(line)).toEqual(totals)
  })

  it('reads nothing from other lines', () => {
    expect(summaryTotals('error TS2322: Type string is not assignable')).toBeNull()
  })
})

describe('testTotals', () => {
  it('takes the last summary of a log, with timestamps', () => {
    const log = [
      '2026-11-20T10:00:00.0000000Z Tests:       1 failed, 9 passed, 10 total',
      '2026-11-20T10:05:00.0000000Z Tests:       19 failed, 1 passed, 20 total'
    ].join('\n')
    expect(testTotals(log)).toEqual({ failed: 19, total: 20 })
  })
})

describe('massFailureOf', () => {
  it('is a mass failure when more than a quarter of a matrix failed', () => {
    const jobs = [
      job(1, 'test (node 18)', 'failure'),
      job(2, 'test (node 20)', 'failure'),
      job(3, 'test (node 22)', 'success'),
      job(4, 'test (node 24)', 'success'),
      job(5, 'lint', 'success')
    ]
    expect(massFailureOf(jobs, [null, null])).toMatch(/^2 of 4 legs of the test matrix failed/)
  })

  it('is a mass failure when a summary says more than 80% of tests failed', () => {
    const jobs = [job(1, 'test', 'failure'), job(2, 'lint', 'success')]
    expect(massFailureOf(jobs, ['Tests:       9 failed, 1 passed, 10 total'])).toMatch(
      /^9 of 10 tests failed/
    )
  })

  it('is not one for a single failed job with a few failing tests', () => {
    const jobs = [job(1, 'test', 'failure'), job(2, 'lint', 'success')]
    expect(massFailureOf(jobs, ['Tests:       2 failed, 8 passed, 10 total'])).toBeNull()
    expect(massFailureOf(jobs, [null])).toBeNull()
  })
})
