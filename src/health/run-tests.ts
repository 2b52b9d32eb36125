/**
 * Flaky or failed, for one run (pure). A test that failed in a job is flaky in that run when
 * the same job passed on a later attempt, or when another run of the same workflow at the
 * same commit passed: a passing job ran the test and it passed, so no green job's log is read.
 */
import { isFailedConclusion, type RunInfo } from '../types.js'
import type { HistoryRun, TestInJob } from './test-history.js'

/** Earlier attempts read besides the latest: a run re-run more often is read from its last tries. */
export const MAX_EARLIER_ATTEMPTS = 2

export function isFailedJob(job: { conclusion: string | null }): boolean {
  return job.conclusion === 'failure' || job.conclusion === 'timed_out'
}

/**
 * The attempts whose jobs tell which tests failed: none for a run that passed at once; the
 * earlier attempts of a run that passed on a re-run (its latest attempt passed whole); the
 * latest and the earlier ones of a run that did not pass.
 */
export function attemptsToRead(run: Pick<RunInfo, 'conclusion' | 'runAttempt'>): number[] {
  const latest = run.runAttempt
  const earlier: number[] = []
  for (let attempt = Math.max(1, latest - MAX_EARLIER_ATTEMPTS); attempt < latest; attempt++)
    earlier.push(attempt)
  if (run.conclusion === 'success') return earlier
  return isFailedConclusion(run.conclusion) || earlier.length > 0 ? [...earlier, latest] : []
}

/** A job of one attempt; `tests`: the failing tests its log named (failed jobs only). */
export interface AttemptJob {
  name: string
  conclusion: string | null
  tests: string[]
}

export interface AttemptJobs {
  attempt: number
  jobs: AttemptJob[]
}

/**
 * The run's history record from the jobs of the attempts read. `commitPassed`: another run
 * of the workflow at the run's commit passed.
 */
export function testsOfRun(
  run: { workflow: string; runId: number; attempt: number; at: string; conclusion: string | null },
  attempts: readonly AttemptJobs[],
  commitPassed: boolean
): HistoryRun {
  /** The latest attempt in which each job passed; a run that passed passed every job at its latest. */
  const passedAt = new Map<string, number>()
  for (const { attempt, jobs } of attempts)
    for (const job of jobs)
      if (job.conclusion === 'success') passedAt.set(job.name, Math.max(attempt, passedAt.get(job.name) ?? 0))
  const passedLater = (job: string, attempt: number): boolean =>
    (run.conclusion === 'success' && attempt < run.attempt) || (passedAt.get(job) ?? 0) > attempt

  const flaky: TestInJob[] = []
  const failed: TestInJob[] = []
  for (const { attempt, jobs } of attempts)
    for (const job of jobs) {
      if (!isFailedJob(job)) continue
      const into = commitPassed || passedLater(job.name, attempt) ? flaky : failed
      for (const test of job.tests) into.push({ test, job: job.name })
    }
  const flakyTests = new Set(flaky.map(outcome => outcome.test))
  return {
    workflow: run.workflow,
    runId: run.runId,
    attempt: run.attempt,
    at: run.at,
    flaky,
    failed: failed.filter(outcome => !flakyTests.has(outcome.test))
  }
}

/**
 * Run ids whose commit passed in another run of the same workflow: their failing tests are
 * flaky. The runs are the repository's own (a fork's green run says nothing of our commit).
 */
export function commitsPassedElsewhere(runs: readonly RunInfo[]): Set<number> {
  const passed = new Map<string, Set<number>>()
  for (const run of runs) {
    if (run.conclusion !== 'success') continue
    const key = `${run.workflowId}\n${run.headSha}`
    passed.set(key, (passed.get(key) ?? new Set()).add(run.id))
  }
  const result = new Set<number>()
  for (const run of runs) {
    const green = passed.get(`${run.workflowId}\n${run.headSha}`)
    if (green && [...green].some(id => id !== run.id)) result.add(run.id)
  }
  return result
}
