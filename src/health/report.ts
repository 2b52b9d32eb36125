/**
 * The health report (DESIGN 7): one versioned, serialisable shape that the JSON, Markdown,
 * job summary and HTML renderings are all drawn from. Renderers live next to this file:
 * report-markdown.ts (renderMarkdown, renderJobSummary) and report-html.ts (renderHtml).
 */
import { formatDuration } from '../text/format.js'
import type { Alert, HealthStatus, StuckRun, WorkflowHealth } from './score.js'
import type { PrunePlanEntry } from './prune.js'
import type { Finding, LintLevel } from '../lint/rules.js'
import type { Category } from '../types.js'
import type { FlakyTest, TestHistory } from './test-history.js'

/** Bump on any change a consumer of health-report.json could notice. */
export const REPORT_SCHEMA_VERSION = 1

const LINT_LEVELS: readonly LintLevel[] = ['error', 'warning', 'notice']

/** The linter's own finding type: the report only counts and displays findings. */
export type LintFinding = Finding
export type { LintLevel }

export interface LintSection {
  counts: Record<LintLevel, number>
  findings: LintFinding[]
}

export interface IssueTouched {
  number: number
  url: string
  /** Path of the workflow the issue is about. */
  workflow: string
  action: 'opened' | 'updated' | 'reopened' | 'closed'
}

export interface RepositoryReport {
  /** `owner/name` */
  repo: string
  defaultBranch: string
  status: HealthStatus
  score: number | null
  workflows: WorkflowHealth[]
  alerts: Alert[]
  stuckRuns: StuckRun[]
  lint: LintSection
  /** Branches deleted by this run. */
  pruned: PrunePlanEntry[]
  /** Branches a dry run would have deleted. */
  prunePlanned: PrunePlanEntry[]
  /** Stale branches over the per-run limit, left for the next run. */
  deferred: string[]
  issues: IssueTouched[]
  /** Failed runs of the window that auto-fix or triage-missed looked at (absent when both are off). */
  remediations?: RemediationRecord[]
  /** Failing and flaky tests across runs (absent when the check read no test history). */
  tests?: TestSection
}

/** A row of the "Flaky tests" table. */
export type FlakyTestRow = Omit<FlakyTest, 'flakyRuns'>

export interface QuarantineTouched {
  number: number
  url: string
  test: string
  workflow: string
  action: 'opened' | 'updated' | 'reopened' | 'closed'
}

export interface TestSection {
  /** Tests that flaked in the history, most flakes first (at most MAX_FLAKY_ROWS). */
  flaky: FlakyTestRow[]
  /** Flakes per day (UTC) over the history, oldest first. */
  flakesPerDay: { day: string; flakes: number }[]
  /** Failed runs of this check's window whose tests were read now; the others were read before. */
  runsRead: number
  /** The rolling history the next check starts from. */
  history: TestHistory
  quarantine: QuarantineTouched[]
}

/** Rows of the flaky tests table the report keeps (the history has them all). */
export const MAX_FLAKY_ROWS = 100

/** One failed run handled on schedule: re-run by auto-fix, or triaged because no triage had recorded it. */
export interface RemediationRecord {
  kind: 'auto-fix' | 'triage-missed'
  run: { id: number; url: string; workflow: string; branch: string; attempt: number }
  /** The category the decision rests on; null when nothing was classified. */
  category: Category | null
  /** What was done or decided: `rerun-failed-jobs`, `escalate`, `none`, ... */
  action: string
  /** done: sent; would: dry run; refused: the policy or the safety gate said no; failed: the API said no; skipped: not for this pass. */
  result: 'done' | 'would' | 'refused' | 'failed' | 'skipped'
  detail: string
  issue?: { number: number; url: string }
}

export interface HealthReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION
  generatedAt: string
  dryRun: boolean
  status: HealthStatus
  score: number | null
  repositories: RepositoryReport[]
  /** REST requests this run made. */
  apiRequests: number
  /** The operations budget: `max-api-requests`, and the writes sent of the most allowed. */
  budget?: { maxApiRequests: number; writes: number; maxWrites: number }
  /** What the request or write budget cut short, in words. */
  budgetNotes: string[]
  errors: string[]
  warnings: string[]
}

export function lintSection(findings: LintFinding[]): LintSection {
  const counts: Record<LintLevel, number> = { error: 0, warning: 0, notice: 0 }
  for (const finding of findings) counts[finding.level] += 1
  return { counts, findings }
}

/** Findings worst first, then by file and position: the order every rendering shows them in. */
export function lintFindingsBySeverity(findings: LintFinding[]): LintFinding[] {
  const rank = (level: LintLevel) => LINT_LEVELS.indexOf(level)
  return [...findings].sort(
    (a, b) =>
      rank(a.level) - rank(b.level) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
  )
}

export function renderJson(report: HealthReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

export const STATUS_EMOJI: Record<HealthStatus, string> = {
  critical: '🔴',
  degraded: '🟠',
  warning: '🟡',
  healthy: '🟢',
  'no-data': '⚪'
}

/** `5m ago`, `3h ago`, `2d ago`, relative to the report's own time so renderings are reproducible. */
export function formatAge(time: string | null, now: string): string {
  if (time === null) return 'none in window'
  const minutes = Math.max(0, Math.round((Date.parse(now) - Date.parse(time)) / 60_000))
  if (minutes < 60) return `${minutes}m ago`
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)}h ago`
  return `${Math.round(minutes / (24 * 60))}d ago`
}

export function formatPercent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`
}

/** The median duration with its trend, e.g. `4m 12s (2.2× earlier runs: slower)`. */
export function formatDurationWithTrend(health: WorkflowHealth): string {
  const duration = formatDuration(health.durationMedianSeconds)
  const trend = health.trend
  if (trend === null) return duration
  const ratio = `${trend.ratio.toFixed(1)}× earlier runs`
  if (trend.slow) return `${duration} (${ratio}: slower)`
  return `${duration} (${ratio})`
}

/** Where a workflow's score came from, when that is not the obvious. */
export function workflowNotes(health: WorkflowHealth): string[] {
  const notes: string[] = []
  if (health.usedFallbackBranch) notes.push('all branches: none on the default branch')
  const state = health.workflow.state
  if (state === 'disabled_inactivity') notes.push('disabled for inactivity')
  else if (state.startsWith('disabled')) notes.push(state.replaceAll('_', ' '))
  return notes
}

export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`
}
