/**
 * Workflow health scoring (DESIGN 7): statuses, score, durations, flakiness, repair times,
 * stuck runs and repository alerts. Pure: runs in, plain data out.
 */
import type { FailOn } from '../config/inputs.js'
import { formatDuration } from '../text/format.js'
import { DEFAULT_POLICY, type AlertThresholds } from '../config/policy.js'
import { isFailedConclusion, type RunInfo } from '../types.js'

export const HEALTH_STATUSES = ['critical', 'degraded', 'warning', 'healthy', 'no-data'] as const
export type HealthStatus = (typeof HEALTH_STATUSES)[number]

const DEFAULT_RUN_WINDOW = 10
/** Fewer counted runs than this says nothing about a workflow's health. */
const MIN_COUNTED_RUNS = 3
/** A workflow whose recent successful runs take over this multiple of the earlier ones is slow. */
const SLOW_TREND_RATIO = 2
const TREND_GROUP = 5
/** The earlier trend group may be partial, but a median of one or two runs is noise. */
const MIN_TREND_PREVIOUS = 3

export interface WorkflowRef {
  id: number
  name: string
  path: string
  /** `active`, `disabled_inactivity`, `disabled_manually`, ... as GitHub reports it. */
  state: string
}

/** One run as the report draws it (strip of squares, durations chart). */
export interface RunSample {
  id: number
  conclusion: string | null
  runAttempt: number
  headBranch: string
  createdAt: string
  /** Run start to last update, for runs that started. */
  durationSeconds: number | null
  htmlUrl: string
}

interface DurationTrend {
  recentMedianSeconds: number
  previousMedianSeconds: number
  /** recent / previous */
  ratio: number
  slow: boolean
}

interface TimeToRepair {
  /** Repairs seen in the window: failure streaks that ended with a success. */
  repairs: number
  meanMinutes: number
  lastMinutes: number
}

interface RunCounts {
  success: number
  failure: number
  cancelled: number
  skipped: number
  actionRequired: number
  /** success + failure: the runs the rate and status are computed from. */
  counted: number
}

export interface WorkflowHealth {
  workflow: WorkflowRef
  status: HealthStatus
  /** Why the status, in words, e.g. "3 most recent runs failed". */
  reason: string
  /** 0-100, recency-weighted success rate; null without enough data. */
  score: number | null
  /** 0..1 over counted runs; null when nothing was counted. */
  successRate: number | null
  counts: RunCounts
  /** No runs on the default branch, so runs of all branches were scored. */
  usedFallbackBranch: boolean
  durationMedianSeconds: number | null
  durationP95Seconds: number | null
  trend: DurationTrend | null
  queueMedianSeconds: number | null
  /** Successful runs that needed a re-run or whose commit also failed. */
  flakyRunIds: number[]
  /** Counted failures since the newest success. */
  consecutiveFailures: number
  timeToRepair: TimeToRepair | null
  /** Minutes since the first failure of the current, unrepaired streak; null when the newest run passed. */
  brokenForMinutes: number | null
  lastSuccessAt: string | null
  /** The window's runs, newest first. */
  recentRuns: RunSample[]
  /** Runs from other repositories (fork pull requests) the listing held: never scored. */
  forkRunsLeftOut?: number
}

function isFailedRun(run: RunInfo): boolean {
  return isFailedConclusion(run.conclusion)
}

function isCounted(run: RunInfo): boolean {
  return run.conclusion === 'success' || isFailedRun(run)
}

function secondsBetween(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null
  const seconds = (Date.parse(to) - Date.parse(from)) / 1000
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Nearest-rank percentile: always a value that was observed. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]
}

function runDuration(run: RunInfo): number | null {
  return secondsBetween(run.runStartedAt, run.updatedAt)
}

function countRuns(runs: RunInfo[]): RunCounts {
  const count = (predicate: (run: RunInfo) => boolean) => runs.filter(predicate).length
  const success = count(run => run.conclusion === 'success')
  const failure = count(isFailedRun)
  return {
    success,
    failure,
    cancelled: count(run => run.conclusion === 'cancelled'),
    skipped: count(run => run.conclusion === 'skipped'),
    actionRequired: count(run => run.conclusion === 'action_required'),
    counted: success + failure
  }
}

function percent(part: number, whole: number): string {
  return `${Math.round((100 * part) / whole)}% (${part} of ${whole})`
}

/**
 * DESIGN 7 status, first match wins. Rates are compared as integer products so that
 * 2 of 10 is exactly 20%, never 0.19999.
 */
function statusOf(counted: RunInfo[]): { status: HealthStatus; reason: string } {
  const total = counted.length
  if (total < MIN_COUNTED_RUNS) {
    return {
      status: 'no-data',
      reason: `${total} counted run${total === 1 ? '' : 's'} (${MIN_COUNTED_RUNS} needed)`
    }
  }
  const failures = counted.filter(isFailedRun).length
  const rate = `failure rate ${percent(failures, total)}`
  const newestFailed = (k: number) => counted.slice(0, k).every(isFailedRun)
  const levels: { status: HealthStatus; reasons: [boolean, string][] }[] = [
    {
      status: 'critical',
      reasons: [
        [newestFailed(3), '3 most recent runs failed'],
        [failures * 2 > total, rate]
      ]
    },
    {
      status: 'degraded',
      reasons: [
        [newestFailed(2), '2 most recent runs failed'],
        [failures * 5 > total * 2, rate]
      ]
    },
    {
      status: 'warning',
      reasons: [
        [counted.slice(0, 3).some(isFailedRun), 'a failure among the 3 most recent runs'],
        [failures * 5 >= total, rate]
      ]
    }
  ]
  for (const level of levels) {
    const held = level.reasons.filter(([holds]) => holds).map(([, words]) => words)
    if (held.length > 0) return { status: level.status, reason: held.join('; ') }
  }
  return {
    status: 'healthy',
    reason: failures === 0 ? `all ${total} runs passed` : `${total - failures} of ${total} runs passed`
  }
}

/** Success rate weighted by recency: the newest counted run weighs N, the oldest 1. */
function recencyWeightedScore(counted: RunInfo[]): number {
  const n = counted.length
  let earned = 0
  let possible = 0
  counted.forEach((run, index) => {
    const weight = n - index
    possible += weight
    if (run.conclusion === 'success') earned += weight
  })
  return Math.round((100 * earned) / possible)
}

function durationTrend(successDurations: number[]): DurationTrend | null {
  const recent = successDurations.slice(0, TREND_GROUP)
  const previous = successDurations.slice(TREND_GROUP, 2 * TREND_GROUP)
  if (recent.length < TREND_GROUP || previous.length < MIN_TREND_PREVIOUS) return null
  const recentMedianSeconds = median(recent) as number
  const previousMedianSeconds = median(previous) as number
  if (previousMedianSeconds === 0) return null
  const ratio = recentMedianSeconds / previousMedianSeconds
  return { recentMedianSeconds, previousMedianSeconds, ratio, slow: ratio > SLOW_TREND_RATIO }
}

/** Successes after a re-run, and successes of a commit that also failed (DESIGN 2 "flaky"). */
function flakyRunIds(runs: RunInfo[]): number[] {
  const failedShas = new Set(runs.filter(isFailedRun).map(run => run.headSha))
  return runs
    .filter(run => run.conclusion === 'success' && (run.runAttempt > 1 || failedShas.has(run.headSha)))
    .map(run => run.id)
}

function consecutiveFailures(counted: RunInfo[]): number {
  const firstSuccess = counted.findIndex(run => run.conclusion === 'success')
  return firstSuccess === -1 ? counted.length : firstSuccess
}

/**
 * Minutes from the first failure of each streak to the success that ended it, measured
 * from when each run completed: the failure was visible then, and the fix was proven then.
 */
function timeToRepair(counted: RunInfo[]): TimeToRepair | null {
  const repairs: number[] = []
  let brokenSince: string | null = null
  for (const run of [...counted].reverse()) {
    if (isFailedRun(run)) {
      brokenSince ??= run.updatedAt
    } else if (brokenSince !== null) {
      const seconds = secondsBetween(brokenSince, run.updatedAt)
      if (seconds !== null) repairs.push(seconds / 60)
      brokenSince = null
    }
  }
  if (repairs.length === 0) return null
  const mean = repairs.reduce((sum, minutes) => sum + minutes, 0) / repairs.length
  return {
    repairs: repairs.length,
    meanMinutes: Math.round(mean),
    lastMinutes: Math.round(repairs[repairs.length - 1])
  }
}

function brokenForMinutes(counted: RunInfo[], now: Date): number | null {
  const streak = consecutiveFailures(counted)
  if (streak === 0) return null
  const seconds = secondsBetween(counted[streak - 1].updatedAt, now.toISOString())
  return seconds === null ? null : Math.round(seconds / 60)
}

function sampleOf(run: RunInfo): RunSample {
  return {
    id: run.id,
    conclusion: run.conclusion,
    runAttempt: run.runAttempt,
    headBranch: run.headBranch,
    createdAt: run.createdAt,
    durationSeconds: runDuration(run),
    htmlUrl: run.htmlUrl
  }
}

interface ScoreInput {
  workflow: WorkflowRef
  /** Completed runs, newest first. Only the first `n` are scored. */
  runs: RunInfo[]
  n?: number
  usedFallbackBranch?: boolean
  now: Date
}

export function scoreWorkflow(input: ScoreInput): WorkflowHealth {
  const window = input.runs.filter(run => run.status === 'completed').slice(0, input.n ?? DEFAULT_RUN_WINDOW)
  const counted = window.filter(isCounted)
  const { status, reason } = statusOf(counted)
  const successes = window.filter(run => run.conclusion === 'success')
  const successDurations = successes.map(runDuration).filter(seconds => seconds !== null)
  const queueTimes = window
    .map(run => secondsBetween(run.createdAt, run.runStartedAt))
    .filter(seconds => seconds !== null)
  const counts = countRuns(window)
  return {
    workflow: input.workflow,
    status,
    reason,
    score: status === 'no-data' ? null : recencyWeightedScore(counted),
    successRate: counts.counted === 0 ? null : counts.success / counts.counted,
    counts,
    usedFallbackBranch: input.usedFallbackBranch ?? false,
    durationMedianSeconds: median(successDurations),
    durationP95Seconds: percentile(successDurations, 95),
    trend: durationTrend(successDurations),
    queueMedianSeconds: median(queueTimes),
    flakyRunIds: flakyRunIds(window),
    consecutiveFailures: consecutiveFailures(counted),
    timeToRepair: timeToRepair(counted),
    brokenForMinutes: brokenForMinutes(counted, input.now),
    lastSuccessAt: successes[0]?.updatedAt ?? null,
    recentRuns: window.map(sampleOf)
  }
}

export interface StuckRun {
  id: number
  workflowId: number
  /** The run's workflow name. */
  name: string
  path: string
  status: string
  /** When it was queued, or started for runs in progress. */
  since: string
  hours: number
  htmlUrl: string
}

const STUCK_STATUSES = new Set(['queued', 'in_progress'])

/** Runs queued or in progress for over `hours` (DESIGN 7). */
export function findStuckRuns(runs: RunInfo[], now: Date, hours = 6): StuckRun[] {
  const stuck: StuckRun[] = []
  for (const run of runs) {
    if (!STUCK_STATUSES.has(run.status)) continue
    const since = run.status === 'in_progress' ? (run.runStartedAt ?? run.createdAt) : run.createdAt
    const seconds = secondsBetween(since, now.toISOString())
    if (seconds === null || seconds <= hours * 3600) continue
    stuck.push({
      id: run.id,
      workflowId: run.workflowId,
      name: run.name,
      path: run.path,
      status: run.status,
      since,
      hours: Math.round((seconds / 3600) * 10) / 10,
      htmlUrl: run.htmlUrl
    })
  }
  return stuck
}

export type AlertLevel = 'critical' | 'warning' | 'notice'

export interface Alert {
  /** Stable across runs: kind and subject, e.g. `failures-24h:.github/workflows/ci.yml`. */
  id: string
  level: AlertLevel
  message: string
  /** Path of the workflow the alert is about. */
  workflow?: string
}

const DAY_MS = 24 * 3600 * 1000

function workflowAlerts(health: WorkflowHealth, thresholds: AlertThresholds): Alert[] {
  const { name, path } = health.workflow
  const alerts: Alert[] = []
  if (
    health.status !== 'no-data' &&
    health.successRate !== null &&
    health.successRate * 100 < thresholds.minSuccessRatePercent
  ) {
    alerts.push({
      id: `success-rate:${path}`,
      level: health.status === 'critical' ? 'critical' : 'warning',
      message: `${name}: success rate ${Math.round(health.successRate * 100)}% is below ${thresholds.minSuccessRatePercent}%`,
      workflow: path
    })
  }
  const repair = health.timeToRepair
  if (repair !== null && repair.meanMinutes > thresholds.maxTimeToRepairMinutes) {
    alerts.push({
      id: `time-to-repair:${path}`,
      level: 'warning',
      message: `${name}: mean time to repair ${formatDuration(repair.meanMinutes * 60)} is over ${formatDuration(thresholds.maxTimeToRepairMinutes * 60)}`,
      workflow: path
    })
  }
  if (health.workflow.state === 'disabled_inactivity') {
    alerts.push({
      id: `disabled-inactivity:${path}`,
      level: 'notice',
      message: `${name} was disabled by GitHub for inactivity; re-enable it if its schedule still matters`,
      workflow: path
    })
  }
  return alerts
}

function groupByPath(runs: RunInfo[]): Map<string, RunInfo[]> {
  const groups = new Map<string, RunInfo[]>()
  for (const run of runs) groups.set(run.path, [...(groups.get(run.path) ?? []), run])
  return groups
}

function recentFailureAlerts(
  runs: RunInfo[],
  now: Date,
  nameOf: (path: string, fallback: string) => string,
  failuresIn24h: number
): Alert[] {
  const since = now.getTime() - DAY_MS
  const failedToday = runs.filter(run => isFailedRun(run) && Date.parse(run.createdAt) >= since)
  return [...groupByPath(failedToday)]
    .filter(([, failed]) => failed.length >= failuresIn24h)
    .map(([path, failed]) => ({
      id: `failures-24h:${path}`,
      level: 'critical' as const,
      message: `${nameOf(path, failed[0].name)} failed ${failed.length} times in the last 24 hours`,
      workflow: path
    }))
}

function approvalAlerts(runs: RunInfo[], nameOf: (path: string, fallback: string) => string): Alert[] {
  const waiting = runs.filter(run => run.conclusion === 'action_required')
  return [...groupByPath(waiting)].map(([path, awaiting]) => ({
    id: `awaiting-approval:${path}`,
    level: 'notice' as const,
    message: `${nameOf(path, awaiting[0].name)}: ${awaiting.length} run${awaiting.length === 1 ? '' : 's'} awaiting approval (newest: ${awaiting[0].htmlUrl})`,
    workflow: path
  }))
}

function stuckAlert(run: StuckRun): Alert {
  const state = run.status === 'queued' ? 'queued' : 'in progress'
  return {
    id: `stuck:${run.id}`,
    level: 'warning',
    message: `${run.name} run ${run.id} has been ${state} for ${run.hours} hours: ${run.htmlUrl}`,
    workflow: run.path
  }
}

const ALERT_ORDER: Record<AlertLevel, number> = { critical: 0, warning: 1, notice: 2 }

/**
 * Repository alerts (DESIGN 7). `recentRuns` are the repository's recent runs of every
 * branch and state, newest first: the 24-hour failure count and approvals come from them.
 * The thresholds are the playbook's `alerts` settings.
 */
export function repositoryAlerts(
  workflows: WorkflowHealth[],
  stuck: StuckRun[],
  recentRuns: RunInfo[],
  now: Date,
  thresholds: AlertThresholds = DEFAULT_POLICY.alerts
): Alert[] {
  const names = new Map(workflows.map(health => [health.workflow.path, health.workflow.name]))
  const nameOf = (path: string, fallback: string) => names.get(path) ?? fallback
  const alerts = [
    ...recentFailureAlerts(recentRuns, now, nameOf, thresholds.failuresIn24h),
    ...workflows.flatMap(health => workflowAlerts(health, thresholds)),
    ...stuck.map(stuckAlert),
    ...approvalAlerts(recentRuns, nameOf)
  ]
  // Stable sort: by level, keeping the kind order above within a level.
  return alerts.sort((a, b) => ALERT_ORDER[a.level] - ALERT_ORDER[b.level])
}

/** Severity, worst first; no-data ranks below healthy because it says nothing bad. */
const STATUS_SEVERITY: Record<HealthStatus, number> = {
  critical: 4,
  degraded: 3,
  warning: 2,
  healthy: 1,
  'no-data': 0
}

export function worseStatus(a: HealthStatus, b: HealthStatus): HealthStatus {
  return STATUS_SEVERITY[b] > STATUS_SEVERITY[a] ? b : a
}

/** The worst workflow status and the mean score of the workflows that have one. */
export function overallStatus(workflows: WorkflowHealth[]): { status: HealthStatus; score: number | null } {
  const status = workflows.map(health => health.status).reduce(worseStatus, 'no-data' as HealthStatus)
  const scores = workflows.map(health => health.score).filter(score => score !== null)
  const score =
    scores.length === 0 ? null : Math.round(scores.reduce((sum, value) => sum + value, 0) / scores.length)
  return { status, score }
}

/** The `fail-on` input: 1 when any workflow is at or worse than the threshold; no-data never fails. */
export function exitCodeFor(failOn: FailOn, workflows: WorkflowHealth[]): 0 | 1 {
  if (failOn === 'never') return 0
  const threshold = STATUS_SEVERITY[failOn]
  return workflows.some(health => STATUS_SEVERITY[health.status] >= threshold) ? 1 : 0
}
