/**
 * Reads the failing tests of the health check's window (shell): the jobs of the attempts
 * that failed, and the log tail of each failed job, within the check's request budget. A
 * run already in the stored history (same run and attempt) is not read again, and a run the
 * budget cannot finish is left for the next check rather than recorded half-read.
 */
import { extractExcerptFromText } from '../classify/extract.js'
import type { GitHubPort } from '../github/port.js'
import { allReads, settle } from '../github/reads.js'
import { testId } from '../triage/index.js'
import type { RunInfo } from '../types.js'
import type { RequestBudget } from './budget.js'
import {
  attemptsToRead,
  commitsPassedElsewhere,
  isFailedJob,
  testsOfRun,
  type AttemptJobs
} from './run-tests.js'
import { runKey, type HistoryRun } from './test-history.js'

/** Failed jobs whose logs are read per run: the rest of a run that broke everywhere adds little. */
export const MAX_LOGS_PER_RUN = 5
/** A job log costs the API request and the download of the blob it redirects to. */
const LOG_COST = 2
const MAX_LOG_BYTES = 256 * 1024
/** Runs read at once. */
const CONCURRENT_RUNS = 4

export interface WindowTests {
  /** Records of the window's runs that were read, or needed no read. */
  runs: HistoryRun[]
  /** Runs with failures the request budget left unread. */
  unread: number
  /** Runs whose reads failed (the check goes on without them). */
  failed: { runId: number; error: unknown }[]
}

/**
 * The test records of `runs` (the repository's own, the window of every scored workflow).
 * `known`: keys of records the stored history has; `reserve`: requests kept for what follows.
 */
export async function readWindowTests(
  gateway: GitHubPort,
  runs: readonly RunInfo[],
  known: ReadonlySet<string>,
  budget: RequestBudget,
  reserve: number
): Promise<WindowTests> {
  const commitPassed = commitsPassedElsewhere(runs)
  const result: WindowTests = { runs: [], unread: 0, failed: [] }
  const toRead: RunInfo[] = []
  for (const run of runs) {
    const record = { workflow: run.path, runId: run.id, attempt: run.runAttempt, at: run.createdAt }
    if (known.has(runKey(record))) continue
    if (attemptsToRead(run).length === 0) result.runs.push({ ...record, failed: [], flaky: [] })
    else toRead.push(run)
  }
  // Requests promised to reads in flight: the live counter only sees those already sent.
  let promised = 0
  const claim = (cost: number): boolean => {
    if (!budget.affords(promised + cost, reserve)) return false
    promised += cost
    return true
  }
  const readOne = async (run: RunInfo): Promise<HistoryRun | null> => {
    const attempts = attemptsToRead(run)
    if (!claim(attempts.length)) return null
    let jobs: Awaited<ReturnType<GitHubPort['jobsForAttempt']>>[]
    try {
      jobs = await allReads(attempts.map(attempt => gateway.jobsForAttempt(run.id, attempt)))
    } finally {
      promised -= attempts.length
    }
    const failedJobs = jobs.flatMap(list => list.filter(isFailedJob)).slice(0, MAX_LOGS_PER_RUN)
    const logCost = failedJobs.length * LOG_COST
    if (!claim(logCost)) return null
    let logs
    try {
      logs = await Promise.all(failedJobs.map(job => gateway.logTail(job.id, MAX_LOG_BYTES)))
    } finally {
      promised -= logCost
    }
    const testsOfJob = new Map<number, string[]>()
    failedJobs.forEach((job, index) => {
      const log = logs[index]
      if (!log.ok) return
      const excerpt = extractExcerptFromText(log.tail.text, { startsMidway: log.tail.truncated })
      testsOfJob.set(job.id, [...new Set(excerpt.failingTests.tests.map(testId))])
    })
    const attemptJobs: AttemptJobs[] = attempts.map((attempt, index) => ({
      attempt,
      jobs: jobs[index].map(job => ({
        name: job.name,
        conclusion: job.conclusion,
        tests: testsOfJob.get(job.id) ?? []
      }))
    }))
    return testsOfRun(
      {
        workflow: run.path,
        runId: run.id,
        attempt: run.runAttempt,
        at: run.createdAt,
        conclusion: run.conclusion
      },
      attemptJobs,
      commitPassed.has(run.id)
    )
  }
  for (let start = 0; start < toRead.length; start += CONCURRENT_RUNS) {
    const batch = toRead.slice(start, start + CONCURRENT_RUNS)
    const reads = await Promise.all(batch.map(run => settle(readOne(run))))
    reads.forEach((read, index) => {
      if ('error' in read) result.failed.push({ runId: batch[index].id, error: read.error })
      else if (read.value === null) result.unread += 1
      else result.runs.push(read.value)
    })
  }
  return result
}
