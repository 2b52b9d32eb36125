/** The approval flow: `/triage approve <id>` from a writer runs the proposed remediation through the same gate. */
import type { IssueInfo } from '../../github/gateway.js'
import type { ActionRecord } from '../../safety/writer.js'
import { hiddenMarker, linesWithFenceState, parseMarker } from '../../text/markdown.js'
import { restoreCommand } from '../../text/shell.js'
import { isCategory, type Category, type RunInfo } from '../../types.js'
import type { TriageRoute } from '../event.js'
import { FINGERPRINT_MARKER, parseApprovalCommand, renderApprovalResult, renderRefusal } from '../issues.js'
import { branchFactsOf, executeRemediation } from './act.js'
import type { FlowContext, FlowResult } from './context.js'
import { PROPOSAL_MARKER } from './plan.js'

const APPROVAL_DONE_MARKER = 'approved'
const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write'])

type ApprovalRoute = Extract<TriageRoute, { kind: 'approval' }>

interface Proposal {
  approvalId: string
  kind: 'rerun-failed-jobs' | 'delete-branch'
  runId: number
  /** The attempt the proposal was made for. */
  attempt: number
  branch: string | null
  sha: string | null
  /** The gate's category of each failed job when proposed; null when the marker has none. */
  categories: Category[] | null
}

export async function approvalFlow(ctx: FlowContext, route: ApprovalRoute): Promise<FlowResult> {
  const { deps } = ctx
  const found = await approvedProposal(ctx, route)
  if ('action' in found) return found
  const { issue, proposal, approvalId } = found
  const run = ctx.useRun(await deps.gateway.run(proposal.runId))
  const done = await runApproved(ctx, proposal, run, await ctx.defaultBranch())
  // The steps of this approval (a deletion and its re-run, or a re-run): the deletion's
  // record carries the deleted sha and the restore command, so the reply must show every step.
  const steps = ctx.writer.records.filter(
    record => record.kind === 'delete-branch' || record.kind === 'rerun'
  )
  const result = renderApprovalResult({
    approvalId,
    user: route.commenter,
    action:
      proposal.kind === 'delete-branch'
        ? `delete branch ${proposal.branch} and re-run`
        : `re-run run ${run.id}`,
    outcome: approvalOutcome(deps.options.dryRun, done, steps),
    detail: steps.map(step => step.detail).join('; '),
    checks: steps.flatMap(step =>
      (step.checks ?? []).map(check =>
        steps.length > 1 ? { ...check, name: `${step.kind}: ${check.name}` } : check
      )
    )
  })
  await ctx.writer.write({ kind: 'comment', issueNumber: issue.number }, `issue #${issue.number}`, {}, () =>
    deps.gateway.comment(
      issue.number,
      done ? `${result}\n\n${hiddenMarker(APPROVAL_DONE_MARKER, approvalId)}` : result
    )
  )
  return {
    action: deps.options.dryRun ? 'proposed' : done ? proposal.kind : 'refused',
    remediated: done && !deps.options.dryRun,
    issue: { number: issue.number, url: issue.htmlUrl, action: 'approval' }
  }
}

function approvalOutcome(
  dryRun: boolean,
  done: boolean,
  steps: ActionRecord[]
): 'dry-run' | 'done' | 'failed' | 'refused' {
  if (dryRun) return 'dry-run'
  if (done) return 'done'
  return steps.at(-1)?.result === 'failed' ? 'failed' : 'refused'
}

/**
 * The proposal a comment approves, when the command is valid, the issue is the action's own
 * and proposes it, the commenter may write, and it has not run yet; else what the flow did.
 */
async function approvedProposal(
  ctx: FlowContext,
  route: ApprovalRoute
): Promise<FlowResult | { issue: IssueInfo; proposal: Proposal; approvalId: string }> {
  const { deps } = ctx
  const { gateway } = deps
  const approvalId = parseApprovalCommand(route.body)
  if (!approvalId) return { action: 'ignored', reason: 'the comment has no valid /triage approve command' }
  const issue = await gateway.issue(route.issueNumber)
  const botLogin = deps.options.botLogin.toLowerCase()
  if (issue.author.toLowerCase() !== botLogin)
    return {
      action: 'ignored',
      reason: `issue #${issue.number} was not opened by ${deps.options.botLogin}: only the action's own proposals can be approved`
    }
  const proposal = proposalsOf(issue.body).find(candidate => candidate.approvalId === approvalId)
  if (!parseMarker(issue.body, FINGERPRINT_MARKER) || !proposal)
    return { action: 'ignored', reason: `issue #${issue.number} proposes no remediation '${approvalId}'` }
  const writer = ctx.gatedWriter(await ctx.defaultBranch())
  const permission = await gateway.permission(route.commenter)
  if (!WRITE_PERMISSIONS.has(permission)) {
    await writer.write({ kind: 'comment', issueNumber: issue.number }, `issue #${issue.number}`, {}, () =>
      gateway.comment(issue.number, renderRefusal(route.commenter))
    )
    return {
      action: 'refused',
      reason: `${route.commenter} has ${permission} access; approving takes write access`
    }
  }
  const alreadyDone = (await gateway.comments(issue.number)).some(
    comment =>
      comment.user.toLowerCase() === botLogin &&
      parseMarker(comment.body, APPROVAL_DONE_MARKER)?.id === approvalId
  )
  if (alreadyDone) return { action: 'ignored', reason: `the remediation ${approvalId} was already run` }
  return { issue, proposal, approvalId }
}

/** Runs the approved remediation through the gate: a deletion (if the branch did not move) and its re-run, or a re-run. */
async function runApproved(
  ctx: FlowContext,
  proposal: Proposal,
  run: RunInfo,
  defaultBranch: string
): Promise<boolean> {
  const refusal = approvalRefusal(ctx, proposal, run)
  const rerun = () =>
    executeRemediation(
      ctx,
      run,
      { kind: 'rerun-failed-jobs', runId: run.id, reason: 'approved' },
      { categories: proposal.categories ?? [] }
    )
  if (refusal) {
    ctx.writer.note({
      kind: proposal.kind === 'delete-branch' ? 'delete-branch' : 'rerun',
      target: `run ${run.id}`,
      result: 'refused',
      detail: refusal
    })
    return false
  }
  if (proposal.kind === 'rerun-failed-jobs') return rerun()
  if (!proposal.branch) return false
  const facts = await branchFactsOf(ctx, proposal.branch, defaultBranch)
  if (facts?.headSha !== proposal.sha) {
    ctx.writer.note({
      kind: 'delete-branch',
      target: `branch ${proposal.branch}`,
      result: 'refused',
      detail: 'the branch moved since the proposal'
    })
    return false
  }
  const deleted = await executeRemediation(
    ctx,
    run,
    {
      kind: 'delete-branch',
      branch: proposal.branch,
      sha: proposal.sha ?? '',
      restoreCommand: restoreCommand(proposal.branch, proposal.sha ?? ''),
      reason: 'approved'
    },
    { branch: facts ?? undefined, categories: [] }
  )
  return deleted && rerun()
}

/**
 * Why an approved proposal must not run, whatever the gate says: the run is a fork's, it was
 * re-run since the proposal (its attempt moved on: approving again must not re-run it
 * again), or the proposal carries no record of what failed.
 */
function approvalRefusal(ctx: FlowContext, proposal: Proposal, run: RunInfo): string | null {
  if (ctx.fromFork(run)) return 'the run comes from another repository'
  if (run.runAttempt !== proposal.attempt)
    return `the proposal was made for attempt ${proposal.attempt}; the run is at attempt ${run.runAttempt} now`
  if (proposal.categories === null || proposal.categories.length === 0)
    return 'the proposal carries no record of the failed jobs; triage the run again'
  return null
}

/** The proposals an issue carries, from its hidden markers (outside fences). */
function proposalsOf(body: string): Proposal[] {
  const proposals: Proposal[] = []
  for (const { line, fenced } of linesWithFenceState(body)) {
    if (fenced) continue
    const marker = parseMarker(line, PROPOSAL_MARKER)
    if (!marker) continue
    const [approvalId, branch, sha, categories] = marker.id.split('.')
    const match = /^(rerun-failed-jobs|delete-branch)-(\d+)-(\d+)$/.exec(approvalId)
    if (!match) continue
    const recorded = categories ? categories.split(':') : []
    proposals.push({
      approvalId,
      kind: match[1] as Proposal['kind'],
      runId: Number(match[2]),
      attempt: Number(match[3]),
      branch: branch ? Buffer.from(branch, 'base64url').toString('utf8') : null,
      sha: sha || null,
      categories: recorded.length > 0 && recorded.every(isCategory) ? recorded : null
    })
  }
  return proposals
}
