/** The failure flow's escalation: issues through the gate, or one comment on the pull request. */
import type { HistoryEvidence } from '../../classify/history.js'
import { isFailedConclusion, type RunInfo } from '../../types.js'
import { fileFailure, fileWidelyBroken, scopeId } from '../escalate.js'
import { alertTests } from '../failing-tests.js'
import { renderPullRequestComment, type FailureAlert, type Occurrence } from '../issues.js'
import { actionRequired, assigneesFor, impactOf } from '../priority.js'
import { quarantineIssuesOnce, recordQuarantinedFailure, type QuarantineCheck } from '../quarantine-flow.js'
import type { TriageReport } from '../report.js'
import { writePullRequestComment } from './act.js'
import { shownRun, type FlowContext } from './context.js'
import {
  evidenceOf,
  flakyVerdict,
  needsIssue,
  proposalMarker,
  targetOf,
  type EscalationPlan,
  type IssuePlan
} from './plan.js'

type IssueRef = { number: number; url: string }

/** What an escalation wrote: the issue of each fingerprint, the first one, and what stopped it. */
export interface Escalated {
  filed: Map<string, IssueRef>
  issue: TriageReport['issue']
  /** The problems of writes meant and not made (empty when every one was written). */
  stopped: string[]
}

function failureAlert(
  ctx: FlowContext,
  run: RunInfo,
  plan: EscalationPlan,
  issuePlan: IssuePlan
): FailureAlert {
  const { policy } = ctx.deps
  const lead = issuePlan.jobs[0]
  const { teams } = assigneesFor([issuePlan.owners.primary, ...issuePlan.owners.extra], policy.owners)
  return {
    workflow: { name: run.name, path: run.path },
    run: {
      id: run.id,
      number: run.runNumber,
      attempt: run.runAttempt,
      url: run.htmlUrl,
      event: run.event,
      at: run.createdAt
    },
    branch: run.headBranch,
    commit: { sha: run.headSha, message: null, url: null },
    category: issuePlan.category,
    confidence: lead.classification.confidence,
    classifiedBy: lead.classification.source,
    rootCause: lead.classification.rootCause,
    evidence: evidenceOf(lead),
    failedJobs: issuePlan.jobs.map(job => ({
      name: job.evidence.job.name,
      url: job.evidence.job.htmlUrl || null,
      failedSteps: job.evidence.job.steps
        .filter(step => isFailedConclusion(step.conclusion))
        .map(step => ({ name: step.name, number: step.number }))
    })),
    reproduce: lead.evidence.reproduce,
    actionRequired: actionRequired(issuePlan.category, plan.reasons, policy),
    impact: impactOf(run, ctx.knownDefaultBranch, policy),
    failingSince: plan.failingSince,
    massFailure: plan.massFailure,
    priority: issuePlan.priority.priority,
    priorityReasons: issuePlan.priority.reasons,
    owners: { primary: issuePlan.owners.primary, extra: issuePlan.owners.extra, teams },
    fingerprint: { id: issuePlan.fingerprint, maskedLine: lead.fingerprint.maskedLine },
    failingTests: alertTests(issuePlan.jobs, run),
    approvals: plan.approvals.flatMap(action =>
      action.approvalId
        ? [{ approvalId: action.approvalId, description: `${action.reason} (${targetOf(action)})` }]
        : []
    )
  }
}

/** Files the planned issues, at most `max-new-issues` new ones; the rest in one "CI widely broken" issue. */
export async function escalate(ctx: FlowContext, runInfo: RunInfo, plan: EscalationPlan): Promise<Escalated> {
  const { deps } = ctx
  const escalated: Escalated = { filed: new Map(), issue: null, stopped: [] }
  const run = shownRun(runInfo)
  const issues = await ctx.triageIssues()
  const occurrence: Occurrence = {
    runId: run.id,
    attempt: run.runAttempt,
    url: run.htmlUrl,
    at: run.createdAt,
    branch: run.headBranch,
    sha: run.headSha
  }
  const proposals = plan.approvals.map(action => proposalMarker(action, plan.categories))
  let newIssues = 0
  const overflow: IssuePlan[] = []
  const quarantine: QuarantineCheck = {
    gateway: deps.gateway,
    writer: ctx.writer,
    policy: deps.policy,
    botLogin: deps.options.botLogin,
    fromFork: ctx.fromFork(runInfo),
    openIssues: quarantineIssuesOnce(deps.gateway)
  }
  for (const [index, issuePlan] of plan.issues.entries()) {
    const alert = failureAlert(ctx, run, plan, issuePlan)
    const quarantined = await recordQuarantinedFailure(quarantine, alert.failingTests, occurrence)
    if (quarantined !== undefined) {
      if (quarantined === null) stop(ctx, escalated, 'the occurrence of the quarantined test was not written')
      else escalated.filed.set(issuePlan.fingerprint, quarantined)
      if (quarantined && !escalated.issue) escalated.issue = quarantined
      continue
    }
    const roles = [issuePlan.owners.primary, ...issuePlan.owners.extra]
    const { assignees } = assigneesFor(roles, deps.policy.owners)
    const result = await fileFailure(
      deps.gateway,
      ctx.writer,
      issues,
      alert,
      occurrence,
      assignees,
      newIssues < deps.policy.limits.maxNewIssues,
      proposals,
      // Keep a write for each issue still to file: labels are only coloured with what is spare.
      plan.issues.length - index - 1
    )
    if (result === 'over-quota') {
      overflow.push(issuePlan)
      continue
    }
    if (result === null)
      stop(ctx, escalated, `the issue for ${issuePlan.jobs[0].evidence.job.name} was not written`)
    if (result) escalated.filed.set(issuePlan.fingerprint, result)
    if (result?.action === 'opened') newIssues++
    if (result && !escalated.issue) escalated.issue = result
  }
  if (overflow.length > 0) await fileOverflow(ctx, run, overflow, escalated)
  return escalated
}

function stop(ctx: FlowContext, escalated: Escalated, what: string): void {
  const problem = ctx.stoppedEscalation(what)
  if (problem) escalated.stopped.push(problem)
}

async function fileOverflow(
  ctx: FlowContext,
  run: RunInfo,
  overflow: IssuePlan[],
  escalated: Escalated
): Promise<void> {
  const { deps } = ctx
  const result = await fileWidelyBroken(
    deps.gateway,
    ctx.writer,
    await ctx.triageIssues(),
    {
      workflowPath: run.path,
      workflow: run.name,
      branch: run.headBranch,
      day: deps.now.toISOString().slice(0, 10)
    },
    overflow.map(issuePlan => {
      const job = issuePlan.jobs[0]
      return {
        workflow: run.name,
        job: job.evidence.job.name,
        category: issuePlan.category,
        owner: issuePlan.owners.primary,
        priority: issuePlan.priority.priority,
        maskedLine: job.fingerprint.maskedLine,
        runUrl: job.evidence.job.htmlUrl || run.htmlUrl,
        assignees: assigneesFor([issuePlan.owners.primary], deps.policy.owners).assignees
      }
    })
  )
  if (result === null) stop(ctx, escalated, 'the "CI widely broken" issue was not written')
  if (result && !escalated.issue) escalated.issue = result
  if (result) for (const issuePlan of overflow) escalated.filed.set(issuePlan.fingerprint, result)
}

/**
 * A failed pull-request run: one comment on the pull request, found again by its marker and
 * updated in place on each new run, so a busy repository gets no issue per red pull request.
 * Only a failure already open as an issue on the default branch, or a security or
 * authentication failure, is filed as an issue as well.
 */
export async function commentOnPullRequest(
  ctx: FlowContext,
  runInfo: RunInfo,
  pullRequest: number,
  plan: EscalationPlan,
  history: HistoryEvidence
): Promise<Escalated> {
  const run = shownRun(runInfo)
  const issues = await ctx.triageIssues()
  const defaultBranch = await ctx.defaultBranch()
  const filedPlans = plan.issues.filter(issuePlan =>
    needsIssue(issuePlan, issues, runInfo.path, defaultBranch)
  )
  const escalated: Escalated =
    filedPlans.length > 0
      ? await escalate(ctx, runInfo, { ...plan, issues: filedPlans })
      : { filed: new Map(), issue: null, stopped: [] }
  const markerId = scopeId(runInfo.path, 'pull-request')
  const body = renderPullRequestComment({
    markerId,
    workflow: run.name,
    run: { id: run.id, number: run.runNumber, attempt: run.runAttempt, url: run.htmlUrl },
    sha: run.headSha,
    failures: plan.issues.map(issuePlan => {
      const lead = issuePlan.jobs[0]
      return {
        job: issuePlan.jobs.map(job => job.evidence.job.name).join(', '),
        jobUrl: lead.evidence.job.htmlUrl || null,
        category: issuePlan.category,
        confidence: lead.classification.confidence,
        rootCause: lead.classification.rootCause,
        evidence: evidenceOf(lead),
        reproduce: lead.evidence.reproduce,
        issue: escalated.filed.get(issuePlan.fingerprint) ?? null
      }
    }),
    flaky: flakyVerdict(run, history, plan.massFailure),
    done: [
      ...ctx.writer.records
        .filter(record => record.kind === 'rerun' || record.kind === 'delete-branch')
        .map(
          record =>
            `${record.kind} ${record.target}: ${record.result}${record.detail ? ` (${record.detail})` : ''}`
        ),
      ...plan.reasons.map(reason => `not remediated: ${reason}`)
    ]
  })
  const written = await writePullRequestComment(ctx, pullRequest, markerId, body, true)
  if (!written && !ctx.deps.options.dryRun)
    stop(ctx, escalated, `the comment on pull request #${pullRequest} was not written`)
  return escalated
}
