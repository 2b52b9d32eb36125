/** The resolution flow: a green run closes its open issues, and is flaky evidence after a failed attempt. */
import { historyEvidence } from '../../classify/history.js'
import type { IssueInfo } from '../../github/gateway.js'
import { ownRuns } from '../../safety/provenance.js'
import type { GatedWriter } from '../../safety/writer.js'
import { isFailedConclusion, type RunInfo } from '../../types.js'
import { openIssuesInScope, scopeId } from '../escalate.js'
import { renderPullRequestPassed, renderResolution } from '../issues.js'
import type { TriageReport } from '../report.js'
import { sendNotification, writePullRequestComment } from './act.js'
import { shownRun, type FlowContext, type FlowResult } from './context.js'
import { pullRequestToComment, streakStart } from './plan.js'

export async function resolutionFlow(ctx: FlowContext, run: RunInfo): Promise<FlowResult> {
  const { deps } = ctx
  const shown = shownRun(run)
  if (ctx.fromFork(run)) {
    // A fork's branch may be named like ours (`main`): its green run says nothing of ours.
    return {
      action: 'ignored',
      reason: `the run comes from another repository (${shown.headRepository ?? 'unknown'}): it resolves nothing here`
    }
  }
  const open = openIssuesInScope(await ctx.triageIssues(), shown.path, shown.headBranch)
  const writer = ctx.gatedWriter(await ctx.defaultBranch())
  const flaky = run.runAttempt > 1 && (await failedBefore(ctx, run))
  const history = ownRuns(
    await deps.gateway.workflowRuns(run.workflowId, { branch: run.headBranch, perPage: 30 }),
    ctx.repository
  )
  let issue: TriageReport['issue'] = null
  for (const openIssue of open) {
    await closeResolved(ctx, writer, run, openIssue, history, flaky)
    issue ??= { number: openIssue.number, url: openIssue.htmlUrl, action: 'closed' }
  }
  const pullRequest = pullRequestToComment(run, false, deps.policy)
  if (pullRequest !== null) {
    // The comment of an earlier red run says it passes now; a pull request that never failed gets none.
    const markerId = scopeId(run.path, 'pull-request')
    const passed = renderPullRequestPassed({
      markerId,
      workflow: shown.name,
      run: { id: run.id, number: run.runNumber, attempt: run.runAttempt, url: run.htmlUrl },
      sha: run.headSha
    })
    await writePullRequestComment(ctx, pullRequest, markerId, passed, false)
  }
  const action = flaky ? 'flaky' : open.length > 0 ? 'resolved' : 'none'
  const decision = flaky ? flakyDecision(run, history) : undefined
  const notifications =
    open.length > 0
      ? await sendNotification(ctx, run, 'resolution', {
          action,
          priority: decision?.priority ?? undefined,
          issueUrl: issue?.url,
          summary: action
        })
      : undefined
  return {
    action,
    reason: flaky
      ? `passed on attempt ${run.runAttempt} after attempt ${run.runAttempt - 1} failed: flaky`
      : undefined,
    issue,
    decision,
    notifications
  }
}

/** The attempt before this one failed: the run passed only on a re-run. */
async function failedBefore(ctx: FlowContext, run: RunInfo): Promise<boolean> {
  const previous = await ctx.deps.gateway.jobsForAttempt(run.id, run.runAttempt - 1)
  return previous.some(job => isFailedConclusion(job.conclusion))
}

/** Says the workflow is restored (or flaky) on the issue, then closes it. */
async function closeResolved(
  ctx: FlowContext,
  writer: GatedWriter,
  run: RunInfo,
  issue: IssueInfo,
  history: RunInfo[],
  flaky: boolean
): Promise<void> {
  const { gateway } = ctx.deps
  const shown = shownRun(run)
  const since =
    streakStart(
      { ...run, conclusion: 'failure' },
      history.filter(other => other.id !== run.id)
    ) ?? issue.createdAt
  const body = renderResolution({
    workflow: shown.name,
    branch: shown.headBranch,
    failingSince: since,
    restoredAt: run.updatedAt,
    run: { id: run.id, url: run.htmlUrl },
    sha: run.headSha
  })
  const note = flaky ? `${body}\n\nThe failure did not repeat on re-run: it is recorded as **flaky**.` : body
  await writer.write({ kind: 'comment', issueNumber: issue.number }, `issue #${issue.number}`, {}, () =>
    gateway.comment(issue.number, note)
  )
  await writer.write({ kind: 'close-issue', issueNumber: issue.number }, `issue #${issue.number}`, {}, () =>
    gateway.updateIssue(issue.number, { state: 'closed', stateReason: 'completed' })
  )
}

/**
 * The flaky pass as the report's decision. Run listings show a run's latest attempt only: the
 * failed attempt this run passed after is added, so that the count includes this flaky pass.
 */
function flakyDecision(run: RunInfo, history: RunInfo[]): NonNullable<TriageReport['decision']> {
  const failedAttempt: RunInfo = { ...run, runAttempt: run.runAttempt - 1, conclusion: 'failure' }
  const evidence = historyEvidence(run, [failedAttempt, ...history])
  return {
    category: 'test_failure',
    confidence: 1,
    action: 'flaky',
    priority: null,
    owner: null,
    reasons: [`flaky ${evidence.flakyCountLast7d} time(s) in the last 7 days`]
  }
}
