/**
 * The health check's issues (DESIGN 7): one per critical workflow, found by a hidden marker,
 * updated in place, closed with a recovery comment once the workflow is healthy again.
 * Pure: the shell lists the issues, planHealthIssues decides, the shell writes through the gate.
 */
import { createHash } from 'node:crypto'
import { failingSince } from '../classify/history.js'
import {
  capBody,
  codeCell,
  escapeMarkdownInline,
  hiddenMarker,
  issuesByMarker,
  issueTitle,
  markdownLink
} from '../text/markdown.js'
import { formatPercent } from './report.js'
import { type HealthStatus, type WorkflowHealth } from './score.js'
import { formatDuration } from '../text/format.js'

/** Label of the issues the health check owns (one per critical workflow). */
export const HEALTH_ISSUE_LABEL = 'workflow-health'
export const HEALTH_MARKER = 'health'

/** Statuses that close a workflow's issue; degraded keeps it open (still failing often). */
const RECOVERED: ReadonlySet<HealthStatus> = new Set(['healthy', 'warning'])

/** Marker id of a workflow's health issue: stable, and safe inside an HTML comment. */
export function healthMarkerId(repo: string, workflowPath: string): string {
  return createHash('sha256').update(`${repo}\n${workflowPath}`).digest('hex').slice(0, 16)
}

const CONCLUSION_MARK: Record<string, string> = {
  success: '✅',
  failure: '❌',
  timed_out: '⏱️',
  startup_failure: '💥',
  cancelled: '⚪',
  skipped: '⚪',
  action_required: '⏸️'
}

/**
 * The title of a workflow's health issue. Two workflows may share a name: the file path
 * tells them apart, so each has a title of its own.
 */
function healthIssueTitle(health: WorkflowHealth): string {
  const { workflow } = health
  const state = health.status === 'critical' ? 'is critical' : `recovered (${health.status})`
  return issueTitle([`Workflow health: ${workflow.name} (${workflow.path}) ${state}`])
}

/**
 * The issue of a workflow: critical while it is open, and its last state once it recovered,
 * so a closed issue does not go on saying "critical". The body depends only on the scored
 * runs, never on the time of the check, so an unchanged workflow causes no edit every 4 hours.
 */
export function renderHealthIssue(repo: string, health: WorkflowHealth): { title: string; body: string } {
  const { workflow } = health
  const critical = health.status === 'critical'
  const runs = health.recentRuns.map(
    run =>
      `| ${markdownLink(`run ${run.id}`, run.htmlUrl)} | ${CONCLUSION_MARK[run.conclusion ?? ''] ?? '❔'} ${escapeMarkdownInline(run.conclusion ?? 'pending')} | ${run.runAttempt} | ${escapeMarkdownInline(run.headBranch)} | ${codeCell(run.createdAt)} |`
  )
  const since = failingSince(health.recentRuns)
  const body = [
    critical
      ? `## 🔴 Workflow ${escapeMarkdownInline(workflow.name)} is critical`
      : `## ✅ Workflow ${escapeMarkdownInline(workflow.name)} recovered: ${health.status}`,
    '',
    `**Why:** ${escapeMarkdownInline(health.reason)}.`,
    '',
    '| | |',
    '|---|---|',
    `| Workflow file | ${codeCell(workflow.path)} |`,
    `| Status | ${health.status} |`,
    `| Score | ${health.score ?? 'n/a'} / 100 |`,
    `| Success rate | ${formatPercent(health.successRate)} (${health.counts.success} of ${health.counts.counted} counted runs) |`,
    `| Consecutive failures | ${health.consecutiveFailures} |`,
    `| Failing since | ${since === null ? 'n/a' : codeCell(since)} |`,
    `| Median duration of successful runs | ${formatDuration(health.durationMedianSeconds)} |`,
    `| Last success | ${health.lastSuccessAt === null ? 'none in the window' : codeCell(health.lastSuccessAt)} |`,
    `| Runs scored | ${health.usedFallbackBranch ? 'all branches (none on the default branch)' : 'default branch'} |`,
    '',
    '### Recent runs (newest first)',
    '',
    '| Run | Result | Attempt | Branch | Created (UTC) |',
    '|---|---|---|---|---|',
    ...runs,
    '',
    critical
      ? '_Updated in place by the workflow health check; closed automatically once the workflow is healthy again._'
      : '_Closed by the workflow health check; reopened if the workflow turns critical again._',
    '',
    hiddenMarker(HEALTH_MARKER, healthMarkerId(repo, workflow.path))
  ].join('\n')
  return { title: healthIssueTitle(health), body: capBody(body) }
}

export function renderRecoveryComment(health: WorkflowHealth): string {
  const repair = health.timeToRepair
  return [
    `### ✅ Workflow restored`,
    '',
    `${escapeMarkdownInline(health.workflow.name)} is ${health.status} again: score ${health.score ?? 'n/a'}, success rate ${formatPercent(health.successRate)} over the last ${health.counts.counted} counted runs.`,
    repair ? `\nTime to repair of the last failure streak: ${formatDuration(repair.lastMinutes * 60)}.` : '',
    '',
    'Closing this issue; the health check reopens it if the workflow turns critical again.'
  ].join('\n')
}

/** What the health check needs to know of an existing issue. */
export interface ExistingIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
}

export type HealthIssueAction<Issue extends ExistingIssue = ExistingIssue> =
  | { kind: 'open'; health: WorkflowHealth; title: string; body: string }
  | { kind: 'update'; health: WorkflowHealth; issue: Issue; title: string; body: string; reopen: boolean }
  | { kind: 'close'; health: WorkflowHealth; issue: Issue; comment: string; title: string; body: string }

/**
 * The writes that bring the issues in line with the scores: open an issue for a new
 * critical workflow, update (or reopen) its issue only when the rendered text changed,
 * close it once the workflow is healthy or at warning. Workflows without data and
 * degraded ones leave their issue as it is.
 */
export function planHealthIssues<Issue extends ExistingIssue>(
  repo: string,
  workflows: readonly WorkflowHealth[],
  existing: readonly Issue[]
): HealthIssueAction<Issue>[] {
  const byMarker = issuesByMarker(existing, HEALTH_MARKER)
  const actions: HealthIssueAction<Issue>[] = []
  for (const health of workflows) {
    const issue = byMarker.get(healthMarkerId(repo, health.workflow.path))
    if (health.status === 'critical') {
      const { title, body } = renderHealthIssue(repo, health)
      if (!issue) actions.push({ kind: 'open', health, title, body })
      else if (issue.state === 'closed' || issue.body !== body || issue.title !== title)
        actions.push({ kind: 'update', health, issue, title, body, reopen: issue.state === 'closed' })
    } else if (issue?.state === 'open' && RECOVERED.has(health.status)) {
      const { title, body } = renderHealthIssue(repo, health)
      actions.push({ kind: 'close', health, issue, comment: renderRecoveryComment(health), title, body })
    }
  }
  return actions
}
