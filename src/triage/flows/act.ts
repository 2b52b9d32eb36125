/** The writes and notifications the flows share, each through the one gated writer. */
import type { Classification, RunInfo } from '../../types.js'
import { notify, type Notification, type NotifyResult } from '../../report/notify.js'
import { branchFacts } from '../../safety/branch-facts.js'
import type { BranchFacts } from '../../safety/gate.js'
import { parseMarker } from '../../text/markdown.js'
import type { ProposedAction } from '../decide.js'
import { PULL_REQUEST_MARKER } from '../issues.js'
import type { TriageAction } from '../report.js'
import { sendRemediation } from '../remediation.js'
import { shownRun, type FlowContext } from './context.js'

export function branchFactsOf(ctx: FlowContext, name: string, defaultBranch: string): Promise<BranchFacts> {
  return branchFacts(ctx.deps.gateway, name, defaultBranch, ctx.deps.policy.automation.botAuthors)
}

/** Sends one remediation through the gate with facts read from the API now. */
export async function executeRemediation(
  ctx: FlowContext,
  run: RunInfo,
  action: ProposedAction,
  /** `categories`: one per failed job of the run (the gate counts them and vetoes by them). */
  facts: { branch?: BranchFacts; categories: Classification['category'][] }
): Promise<boolean> {
  if (action.kind === 'escalate') return true
  const { gateway, policy } = ctx.deps
  return sendRemediation(ctx.writer, gateway, action, { ...facts, run, limits: policy.limits })
}

/**
 * Writes the workflow's one comment on a pull request: updates the comment its marker finds
 * (when the text changed), or, when `create`, adds it. Returns whether the comment says `body` now.
 */
export async function writePullRequestComment(
  ctx: FlowContext,
  pullRequest: number,
  markerId: string,
  body: string,
  create: boolean
): Promise<boolean> {
  const { gateway, options } = ctx.deps
  const botLogin = options.botLogin.toLowerCase()
  const existing = (await gateway.comments(pullRequest)).find(
    comment =>
      comment.user.toLowerCase() === botLogin &&
      parseMarker(comment.body, PULL_REQUEST_MARKER)?.id === markerId
  )
  if (existing?.body === body) return true
  if (!existing && !create) return true
  const written = await ctx.writer.write(
    { kind: 'comment', issueNumber: pullRequest },
    `pull request #${pullRequest}`,
    {},
    () => (existing ? gateway.updateComment(existing.id, body) : gateway.comment(pullRequest, body)),
    () => (existing ? 'comment updated in place' : 'commented')
  )
  return written !== null
}

/** What a notification says beyond the run: the flow's own account of it. */
interface NotificationFacts {
  action: TriageAction
  category?: string
  priority?: string
  issueUrl?: string
  /** One line: the lead job's category and masked line, or else the action. */
  summary: string
}

/** Sends the team's notification of what the flow did; failures become problems of the report. */
export async function sendNotification(
  ctx: FlowContext,
  run: RunInfo,
  kind: Notification['kind'],
  facts: NotificationFacts
): Promise<NotifyResult[] | undefined> {
  const { options } = ctx.deps
  if ((!options.slackWebhookUrl && !options.webhookUrl) || options.dryRun) return undefined
  // A pull request's own failure is the author's to see in the comment, not a team alert.
  if (facts.action === 'none' || facts.action === 'ignored' || facts.action === 'commented') return undefined
  const shown = shownRun(run)
  const results = await notify(
    { slackWebhookUrl: options.slackWebhookUrl, webhookUrl: options.webhookUrl },
    {
      kind,
      repository: ctx.repository,
      workflow: shown.name,
      branch: shown.headBranch,
      runUrl: run.htmlUrl,
      category: facts.category,
      priority: facts.priority,
      issueUrl: facts.issueUrl,
      summary: facts.summary
    }
  )
  for (const result of results)
    if (!result.ok) ctx.problems.push(`${result.target} notification ${result.detail}`)
  return results
}
