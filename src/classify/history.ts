/**
 * Evidence from run history (DESIGN 2): what one log cannot say. A failure whose commit also
 * passed is flaky; a job failing 4+ times in a row on a branch is broken (never flaky);
 * a failure across most of a matrix or test suite is a mass failure.
 */
import { normaliseJobName } from './fingerprint.js'
import { isFailedConclusion, type JobInfo, type RunInfo } from '../types.js'

export interface HistoryEvidence {
  /** The same commit both failed and passed (e.g. succeeded on a re-run). Never set when broken. */
  flaky: boolean
  /** At least BROKEN_AFTER consecutive failures on the branch, the current run included. */
  broken: boolean
  /** Consecutive failures on the branch ending with the current run (the current one included when failed). */
  consecutiveFailures: number
  /** Another run or attempt of the same workflow at the same sha succeeded. */
  sameShaPassed: boolean
  /** Failures of the same workflow in the 24 hours before the current run (the current one included). */
  failuresLast24h: number
  /** Commits of the same workflow that both failed and passed within the last 7 days. */
  flakyCountLast7d: number
}

export const BROKEN_AFTER = 4
const HOUR_MS = 3_600_000

function runTime(run: RunInfo): number {
  return Date.parse(run.runStartedAt ?? run.createdAt)
}

/** Newest first; for the same run id, the latest attempt first. */
function byRecency(a: RunInfo, b: RunInfo): number {
  return runTime(b) - runTime(a) || b.runNumber - a.runNumber || b.runAttempt - a.runAttempt
}

function sameWorkflow(a: RunInfo, b: RunInfo): boolean {
  return a.workflowId === b.workflowId || (a.path !== '' && a.path === b.path)
}

/** Distinct shas, within `runs`, that have both a failed and a successful run or attempt. */
function flakyShas(runs: RunInfo[]): Set<string> {
  const failed = new Set(runs.filter(r => isFailedConclusion(r.conclusion)).map(r => r.headSha))
  return new Set(runs.filter(r => r.conclusion === 'success' && failed.has(r.headSha)).map(r => r.headSha))
}

/**
 * `history` holds other runs (and other attempts) of any workflow; only those of the
 * current run's workflow count. The current run may appear in it: it is de-duplicated.
 */
export function historyEvidence(current: RunInfo, history: RunInfo[]): HistoryEvidence {
  const others = history.filter(
    r => sameWorkflow(r, current) && !(r.id === current.id && r.runAttempt === current.runAttempt)
  )
  const all = [current, ...others]
  const now = runTime(current)

  const sameSha = all.filter(r => r.headSha === current.headSha)
  const sameShaPassed = sameSha.some(r => r.conclusion === 'success')
  const sameShaFailed = sameSha.some(r => isFailedConclusion(r.conclusion))

  // One entry per run (its latest attempt): a re-run that succeeded ends the streak.
  const latestAttempt = new Map<number, RunInfo>()
  for (const run of all.filter(r => r.headBranch === current.headBranch && runTime(r) <= now)) {
    const seen = latestAttempt.get(run.id)
    if (!seen || run.runAttempt > seen.runAttempt) latestAttempt.set(run.id, run)
  }
  let consecutiveFailures = 0
  for (const run of [...latestAttempt.values()].sort(byRecency)) {
    if (run.conclusion === 'cancelled' || run.conclusion === 'skipped' || run.conclusion === null) continue
    if (!isFailedConclusion(run.conclusion)) break
    consecutiveFailures++
  }
  const broken = consecutiveFailures >= BROKEN_AFTER

  const failuresLast24h = all.filter(
    r => isFailedConclusion(r.conclusion) && runTime(r) <= now && now - runTime(r) < 24 * HOUR_MS
  ).length
  const lastWeek = all.filter(r => runTime(r) <= now && now - runTime(r) < 7 * 24 * HOUR_MS)

  return {
    flaky: !broken && sameShaPassed && sameShaFailed,
    broken,
    consecutiveFailures,
    sameShaPassed,
    failuresLast24h,
    flakyCountLast7d: flakyShas(lastWeek).size
  }
}

/**
 * A mass failure (DESIGN 2): more than a quarter of the legs of one matrix failed, or more
 * than 80% of the tests. Legs are jobs sharing a name once the matrix suffix is stripped;
 * cancelled and skipped legs count neither way.
 */
export function massFailure(jobs: JobInfo[], testsFailedRatio?: number): boolean {
  if (testsFailedRatio !== undefined && testsFailedRatio > 0.8) return true
  const matrices = new Map<string, JobInfo[]>()
  for (const job of jobs.filter(j => j.conclusion === 'success' || isFailedConclusion(j.conclusion))) {
    const name = normaliseJobName(job.name)
    matrices.set(name, [...(matrices.get(name) ?? []), job])
  }
  return [...matrices.values()].some(
    legs => legs.length >= 2 && legs.filter(j => isFailedConclusion(j.conclusion)).length / legs.length > 0.25
  )
}

/**
 * When the current failure streak began: the oldest failed run before which nothing passed
 * (cancelled and skipped runs neither break nor start a streak). Runs newest first.
 */
export function failingSince(
  newestFirst: readonly Pick<RunInfo, 'conclusion' | 'createdAt'>[]
): string | null {
  let since: string | null = null
  for (const run of newestFirst) {
    if (run.conclusion === 'success') break
    if (isFailedConclusion(run.conclusion)) since = run.createdAt
  }
  return since
}
