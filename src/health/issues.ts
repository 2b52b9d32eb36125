import { createHash } from 'node:crypto'
import { capBody, escapeMarkdownInline, hiddenMarker, issueTitle, markdownLink } from '../text/markdown.js'
import { formatDuration, formatPercent } from './report.js'
import type { WorkflowHealth } from './score.js'

/** Label of the issues the health check owns (one per critical workflow). */
export const HEALTH_ISSUE_LABEL = 'workflow-health'

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
 * The issue of a critical workflow. The body depends only on the scored data (not on
 * the time of the check), so an unchanged workflow does not cause an edit every 4 hours.
 */
export function renderHealthIssue(repo: string, health: WorkflowHealth): { title: string; body: string } {
  const { workflow } = health
  const runs = health.recentRuns
    .map(
      run =>
        `| ${markdownLink(`#${run.id}`, run.htmlUrl)} | ${CONCLUSION_MARK[run.conclusion ?? ''] ?? '❔'} ${escapeMarkdownInline(run.conclusion ?? 'pending')} | ${escapeMarkdownInline(run.headBranch)} | ${run.createdAt} |`
    )
    .join('\n')
  const body = [
    `## Workflow \`${escapeMarkdownInline(workflow.name).replace(/`/g, '')}\` is critical`,
    '',
    `**Why:** ${escapeMarkdownInline(health.reason)}.`,
    '',
    '| | |',
    '|---|---|',
    `| Workflow file | ${escapeMarkdownInline(workflow.path)} |`,
    `| Score | ${health.score ?? 'n/a'} / 100 |`,
    `| Success rate | ${formatPercent(health.successRate)} (${health.counts.success} of ${health.counts.counted} counted runs) |`,
    `| Consecutive failures | ${health.consecutiveFailures} |`,
    `| Broken for | ${health.brokenForMinutes === null ? 'n/a' : formatDuration(health.brokenForMinutes * 60)} |`,
    `| Last success | ${health.lastSuccessAt ?? 'none in the window'} |`,
    `| Runs scored | ${health.usedFallbackBranch ? 'all branches (none on the default branch)' : 'default branch'} |`,
    '',
    '### Recent runs (newest first)',
    '',
    '| Run | Result | Branch | Created |',
    '|---|---|---|---|',
    runs,
    '',
    '_Updated in place by the workflow health check; closed automatically once the workflow is healthy again._',
    '',
    hiddenMarker('health', healthMarkerId(repo, workflow.path))
  ].join('\n')
  return { title: issueTitle([`Workflow health: ${workflow.name} is critical`]), body: capBody(body) }
}

export function renderRecoveryComment(health: WorkflowHealth): string {
  return [
    `Workflow restored: **${escapeMarkdownInline(health.workflow.name)}** is ${health.status} again`,
    `(score ${health.score ?? 'n/a'}, success rate ${formatPercent(health.successRate)}).`,
    health.timeToRepair
      ? `Time to repair of the last failure streak: ${health.timeToRepair.lastMinutes} minutes.`
      : ''
  ]
    .filter(Boolean)
    .join(' ')
}
