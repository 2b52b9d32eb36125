/**
 * Whether a failed run is a mass failure (most of a matrix or of a test suite failed at once):
 * the platform or a breaking change, never flakiness. Pure: the shell passes the run's jobs and
 * the log tails it already read.
 */
import { massFailure } from '../classify/history.js'
import { normaliseJobName } from '../classify/fingerprint.js'
import { isFailedConclusion, type JobInfo } from '../types.js'

interface TestTotals {
  failed: number
  total: number
}

const count = (line: string, pattern: RegExp): number => Number(pattern.exec(line)?.[1] ?? 0)

/**
 * The totals of one test runner's summary line, when the line is one: jest
 * (`Tests: 9 failed, 1 passed, 10 total`), vitest (`Tests  9 failed | 1 passed (10)`), pytest
 * (`=== 9 failed, 1 passed in 2.1s ===`), Maven Surefire and Gradle (`Tests run: 10, Failures: 8,
 * Errors: 1`), RSpec (`10 examples, 9 failures`).
 */
export function summaryTotals(line: string): TestTotals | null {
  const jest = /\bTests:\s+(.*\b\d+ total)/.exec(line)
  if (jest) return { failed: count(jest[1], /(\d+) failed/), total: count(jest[1], /(\d+) total/) }
  const vitest = /\bTests\s+(\d+ failed.*)\((\d+)\)\s*$/.exec(line)
  if (vitest) return { failed: count(vitest[1], /(\d+) failed/), total: Number(vitest[2]) }
  const pytest = /={3,} (.*\b\d+ (?:failed|passed)\b.*) in [\d.]+m?s\b.*={3,}/.exec(line)
  if (pytest) {
    const failed = count(pytest[1], /(\d+) failed/) + count(pytest[1], /(\d+) errors?\b/)
    return { failed, total: failed + count(pytest[1], /(\d+) passed/) }
  }
  const surefire = /Tests run: (\d+), Failures: (\d+), Errors: (\d+)/.exec(line)
  if (surefire) return { failed: Number(surefire[2]) + Number(surefire[3]), total: Number(surefire[1]) }
  const rspec = /\b(\d+) examples?, (\d+) failures?\b/.exec(line)
  if (rspec) return { failed: Number(rspec[2]), total: Number(rspec[1]) }
  return null
}

/** Summary lines sit at the end of a log: only its last lines are read. */
const SUMMARY_LINES = 400

/** The totals of the last test summary in a log tail, or null when it prints none. */
export function testTotals(log: string): TestTotals | null {
  const lines = log.split('\n').slice(-SUMMARY_LINES).reverse()
  for (const line of lines) {
    const totals = summaryTotals(line)
    if (totals && totals.total > 0 && totals.failed <= totals.total) return totals
  }
  return null
}

const failed = (job: JobInfo): boolean => isFailedConclusion(job.conclusion)

/**
 * Why the run is a mass failure, for people to read, or null when it is not one: more than a
 * quarter of the legs of one matrix failed, or a failed job's summary line says more than 80%
 * of its tests failed.
 */
export function massFailureOf(jobs: readonly JobInfo[], logs: readonly (string | null)[]): string | null {
  const totals = logs.flatMap(log => (log === null ? [] : [testTotals(log)])).filter(t => t !== null)
  const worst = totals.sort((a, b) => b.failed / b.total - a.failed / a.total)[0]
  if (!massFailure([...jobs], worst ? worst.failed / worst.total : undefined)) return null
  if (worst && worst.failed / worst.total > 0.8)
    return `${worst.failed} of ${worst.total} tests failed: suspect the platform or a breaking change, not flaky tests`
  const legs = new Map<string, JobInfo[]>()
  for (const job of jobs.filter(j => j.conclusion === 'success' || failed(j))) {
    const name = normaliseJobName(job.name)
    legs.set(name, [...(legs.get(name) ?? []), job])
  }
  const [name, matrix] = [...legs].sort(
    ([, a], [, b]) => b.filter(failed).length / b.length - a.filter(failed).length / a.length
  )[0]
  return `${matrix.filter(failed).length} of ${matrix.length} legs of the ${name} matrix failed: suspect the platform or a breaking change, not flaky tests`
}
