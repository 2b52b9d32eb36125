/**
 * Markdown renderings of the health report: the `health-report.md` artifact and the job
 * summary. Workflow names, messages and branch names are untrusted: every one is escaped,
 * and GitHub renders HTML inside Markdown, so `<` and `>` become entities too.
 */
import type { Alert, AlertLevel, HealthStatus, WorkflowHealth } from './score.js'
import type { PrunePlanEntry } from './prune.js'
import { restoreCommandApi } from '../text/shell.js'
import { codeCell, codeSpan, escapeMarkdownInline } from '../text/markdown.js'
import {
  formatAge,
  formatDurationWithTrend,
  formatPercent,
  lintFindingsBySeverity,
  plural,
  STATUS_EMOJI,
  workflowNotes,
  type HealthReport,
  type IssueTouched,
  type LintLevel,
  type RemediationRecord,
  type RepositoryReport
} from './report.js'
import { shortSha } from '../text/format.js'

/** GitHub refuses step summaries over 1 MiB; leave room for anything else the step appends. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024

interface MarkdownLimits {
  findings: number
  alerts: number
  flakyTests: number
}

const ARTIFACT_LIMITS: MarkdownLimits = { findings: 100, alerts: 200, flakyTests: 100 }
const SUMMARY_LIMITS: MarkdownLimits = { findings: 10, alerts: 50, flakyTests: 10 }

const ALERT_EMOJI: Record<AlertLevel, string> = { critical: '🚨', warning: '⚠️', notice: 'ℹ️' }
const LINT_EMOJI: Record<LintLevel, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' }

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

function statusCell(status: HealthStatus): string {
  return `${STATUS_EMOJI[status]} ${status}`
}

function workflowCell(health: WorkflowHealth): string {
  const notes = workflowNotes(health)
  const name = escapeMarkdownInline(health.workflow.name)
  return notes.length === 0 ? name : `${name} _(${escapeMarkdownInline(notes.join('; '))})_`
}

function statusTable(repository: RepositoryReport, now: string): string {
  const rows = repository.workflows.map(health => [
    statusCell(health.status),
    workflowCell(health),
    health.score === null ? '–' : String(health.score),
    formatPercent(health.successRate),
    formatDurationWithTrend(health),
    formatAge(health.lastSuccessAt, now),
    escapeMarkdownInline(health.reason)
  ])
  return table(['Status', 'Workflow', 'Score', 'Success', 'Median duration', 'Last success', 'Reason'], rows)
}

/** Mermaid labels are quoted strings without an escape syntax: keep only what cannot break out. */
function mermaidLabel(text: string): string {
  const safe = text.replace(/[^\p{L}\p{N} ._\-/]/gu, '').trim()
  return (safe.length > 24 ? `${safe.slice(0, 23)}…` : safe) || '?'
}

function scoresChart(workflows: WorkflowHealth[]): string | null {
  const scored = workflows.filter(health => health.score !== null)
  if (scored.length === 0) return null
  const labels = scored.map(health => `"${mermaidLabel(health.workflow.name)}"`).join(', ')
  const scores = scored.map(health => health.score).join(', ')
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Workflow scores"',
    `  x-axis [${labels}]`,
    '  y-axis "Score" 0 --> 100',
    `  bar [${scores}]`,
    '```'
  ].join('\n')
}

function alertLines(alerts: Alert[], limit: number): string | null {
  if (alerts.length === 0) return null
  const lines = alerts
    .slice(0, limit)
    .map(alert => `- ${ALERT_EMOJI[alert.level]} ${escapeMarkdownInline(alert.message)}`)
  if (alerts.length > limit) lines.push(`- … and ${alerts.length - limit} more in health-report.json`)
  return lines.join('\n')
}

function lintBlocks(repository: RepositoryReport, limit: number): string[] {
  const { counts, findings } = repository.lint
  const summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`
  if (findings.length === 0) return [`**Lint:** ${summary}.`]
  const top = lintFindingsBySeverity(findings).slice(0, limit)
  const rows = top.map(finding => [
    `${LINT_EMOJI[finding.level]} ${finding.level}`,
    codeCell(`${finding.file}:${finding.line}:${finding.column}`),
    codeCell(finding.rule),
    escapeMarkdownInline(finding.message),
    escapeMarkdownInline(finding.hint)
  ])
  const shown = findings.length > limit ? ` (top ${limit} of ${findings.length})` : ''
  return [`**Lint:** ${summary}${shown}.`, table(['Level', 'Location', 'Rule', 'Message', 'Fix'], rows)]
}

function branchTable(repo: string, branches: PrunePlanEntry[]): string {
  const rows = branches.map(branch => [
    codeCell(branch.name),
    codeCell(shortSha(branch.sha)),
    `${branch.ageDays}d`,
    `${codeCell(branch.restoreCommand)}<br>${codeCell(restoreCommandApi(repo, branch.name, branch.sha))}`
  ])
  return table(['Branch', 'Commit', 'Age', 'Restore with'], rows)
}

function branchBlocks(repository: RepositoryReport): string[] {
  const blocks: string[] = []
  if (repository.pruned.length > 0) {
    blocks.push(`**Pruned ${plural(repository.pruned.length, 'stale branch', 'stale branches')}:**`)
    blocks.push(branchTable(repository.repo, repository.pruned))
  }
  if (repository.prunePlanned.length > 0) {
    blocks.push(
      `**Would prune ${plural(repository.prunePlanned.length, 'stale branch', 'stale branches')} (dry run):**`
    )
    blocks.push(branchTable(repository.repo, repository.prunePlanned))
  }
  if (repository.deferred.length > 0) {
    const names = repository.deferred.map(name => codeCell(name)).join(', ')
    blocks.push(
      `${plural(repository.deferred.length, 'more stale branch', 'more stale branches')} left for the next run: ${names}`
    )
  }
  return blocks
}

/** API URLs are trusted, but a link is only written for a URL that cannot break out of it. */
function issueLink(issue: Pick<IssueTouched, 'number' | 'url'>): string {
  return /^https:\/\/[^\s()<>]+$/.test(issue.url) ? `[#${issue.number}](${issue.url})` : `#${issue.number}`
}

function issueLines(repository: RepositoryReport): string | null {
  if (repository.issues.length === 0) return null
  return repository.issues
    .map(issue => `- ${issueLink(issue)} ${issue.action}: ${codeCell(issue.workflow)}`)
    .join('\n')
}

const REMEDIATION_EMOJI: Record<RemediationRecord['result'], string> = {
  done: '✅',
  would: '💭',
  refused: '⛔',
  failed: '❌',
  skipped: '➖'
}

function remediationBlocks(repository: RepositoryReport): string[] {
  const records = repository.remediations ?? []
  if (records.length === 0) return []
  const rows = records.map(record => [
    record.kind,
    /^https:\/\/[^\s()<>]+$/.test(record.run.url)
      ? `[${record.run.id}](${record.run.url})`
      : String(record.run.id),
    `${escapeMarkdownInline(record.run.workflow)} on ${codeCell(record.run.branch)} (attempt ${record.run.attempt})`,
    record.category ?? '–',
    `${REMEDIATION_EMOJI[record.result]} ${escapeMarkdownInline(record.action)}: ${record.result}`,
    `${escapeMarkdownInline(record.detail)}${record.issue ? ` #${record.issue.number}` : ''}`
  ])
  return [
    `**Failed runs handled on schedule (${records.length}):**`,
    table(['Pass', 'Run', 'Workflow', 'Category', 'Action', 'Detail'], rows)
  ]
}

function flakyTestBlocks(repository: RepositoryReport, limit: number): string[] {
  const section = repository.tests
  if (!section) return []
  const quarantine = section.quarantine.map(
    issue => `- ${issueLink(issue)} ${issue.action}: ${codeSpan(issue.test)} (${codeSpan(issue.workflow)})`
  )
  const quarantineBlock = quarantine.length > 0 ? [`**Quarantine issues:**\n${quarantine.join('\n')}`] : []
  if (section.flaky.length === 0)
    return [
      `**Flaky tests:** none in the ${plural(section.history.runs.length, 'run')} recorded.`,
      ...quarantineBlock
    ]
  const rows = section.flaky
    .slice(0, limit)
    .map(test => [
      codeCell(test.test),
      `${formatPercent(test.flakeRate)} (${test.flakes} of ${test.runs})`,
      String(test.runsAffected),
      codeCell(test.firstSeen.slice(0, 16).replace('T', ' ')),
      codeCell(test.lastSeen.slice(0, 16).replace('T', ' ')),
      test.jobs.map(escapeMarkdownInline).join(', ')
    ])
  const more =
    section.flaky.length > limit ? [`_… and ${section.flaky.length - limit} more in the health report._`] : []
  return [
    `**Flaky tests (${section.flaky.length}):**`,
    table(['Test', 'Flake rate', 'Runs affected', 'First seen (UTC)', 'Last seen (UTC)', 'Jobs'], rows),
    ...more,
    ...quarantineBlock
  ]
}

function repositoryBlocks(repository: RepositoryReport, now: string, limits: MarkdownLimits): string[] {
  const score = repository.score === null ? '' : `, score ${repository.score}`
  const heading = `## ${escapeMarkdownInline(repository.repo)}: ${statusCell(repository.status)}${score}`
  const workflows = repository.workflows.length === 0 ? '_No workflows._' : statusTable(repository, now)
  return [
    heading,
    workflows,
    scoresChart(repository.workflows),
    alertLines(repository.alerts, limits.alerts),
    ...lintBlocks(repository, limits.findings),
    ...branchBlocks(repository),
    issueLines(repository),
    ...remediationBlocks(repository),
    ...flakyTestBlocks(repository, limits.flakyTests)
  ].filter(block => block !== null)
}

function headerBlocks(report: HealthReport): string[] {
  const score = report.score === null ? '' : ` · score **${report.score}**`
  const dryRun = report.dryRun ? ' · dry run: nothing was changed' : ''
  const requests = report.budget
    ? `${report.apiRequests} of ${plural(report.budget.maxApiRequests, 'API request')} · ${report.budget.writes} of ${plural(report.budget.maxWrites, 'write')}`
    : plural(report.apiRequests, 'API request')
  return [
    `# Workflow health: ${statusCell(report.status)}${score}`,
    `${plural(report.repositories.length, 'repository', 'repositories')} · ` +
      `${requests} · generated ${report.generatedAt}${dryRun}`
  ]
}

function noteBlocks(report: HealthReport): string[] {
  const list = (title: string, items: string[]) =>
    items.length === 0
      ? null
      : `**${title}:**\n${items.map(item => `- ${escapeMarkdownInline(item)}`).join('\n')}`
  return [
    list('Errors', report.errors),
    list('Warnings', report.warnings),
    list('Budget', report.budgetNotes)
  ].filter(block => block !== null)
}

function reportBlocks(report: HealthReport, limits: MarkdownLimits): string[] {
  return [
    ...headerBlocks(report),
    ...report.repositories.flatMap(repository => repositoryBlocks(repository, report.generatedAt, limits)),
    ...noteBlocks(report)
  ]
}

export function renderMarkdown(report: HealthReport): string {
  return `${reportBlocks(report, ARTIFACT_LIMITS).join('\n\n')}\n`
}

/**
 * The job summary: the same content with fewer findings, cut at a block boundary (never
 * inside a table or a chart) when it would pass `maxBytes`.
 */
export function renderJobSummary(report: HealthReport, maxBytes = JOB_SUMMARY_MAX_BYTES): string {
  const cutNote = '_The summary was cut to fit; the full report is in the health-report artifact._'
  const budget = maxBytes - Buffer.byteLength(`${cutNote}\n\n\n`)
  const kept: string[] = []
  let bytes = 0
  const blocks = reportBlocks(report, SUMMARY_LIMITS)
  for (const block of blocks) {
    const size = Buffer.byteLength(block) + 2
    if (bytes + size > budget) break
    kept.push(block)
    bytes += size
  }
  if (kept.length < blocks.length) kept.push(cutNote)
  return `${kept.join('\n\n')}\n`
}
