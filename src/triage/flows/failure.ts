/** The failure flow: collect, classify, decide, remediate through the gate, escalate, notify. */
import { historyEvidence, type HistoryEvidence } from '../../classify/history.js'
import { aiApiKey, type TriageOptions } from '../../config/inputs.js'
import type { Remediation } from '../../config/policy.js'
import type { BranchFacts } from '../../safety/gate.js'
import type { Category, RunInfo } from '../../types.js'
import { analyseJobs, gateCategory, type AnalysedJob, type Analysis } from '../analyse.js'
import { collectEvidence, type Evidence } from '../collect.js'
import { decide, parseRejectedRef, type Decision } from '../decide.js'
import type { RunReference } from '../event.js'
import { massFailureOf } from '../mass-failure.js'
import { analysisWithTestReports } from '../test-reports.js'
import type { TriageAction } from '../report.js'
import { branchFactsOf, executeRemediation, sendNotification } from './act.js'
import { shownRun, type FlowContext, type FlowResult } from './context.js'
import { commentOnPullRequest, escalate, type Escalated } from './escalation.js'
import {
  decisionReport,
  leadJob,
  planIssues,
  pullRequestToComment,
  streakStart,
  targetOf,
  type EscalationPlan,
  type Remediating
} from './plan.js'

export async function failureFlow(
  ctx: FlowContext,
  run: RunInfo,
  reference: RunReference
): Promise<FlowResult> {
  const { deps } = ctx
  const analysisStarted = Date.now()
  const shown = shownRun(run)
  const fromFork = ctx.fromFork(run)
  if (fromFork && deps.policy.forkRuns === 'ignore') {
    return {
      action: 'ignored',
      reason: `the run comes from another repository (${shown.headRepository ?? 'unknown'}); fork-runs is ignore`
    }
  }
  deps.log(`Triaging ${shown.name} run ${run.id} attempt ${run.runAttempt} on ${shown.headBranch}`)
  const { evidence, analysis } = await analyseRun(ctx, run, reference)
  const judged = await judge(ctx, run, evidence, analysis)
  const analysisMs = Date.now() - analysisStarted
  const remediationStarted = Date.now()
  const remediation = await remediate(ctx, run, judged.decision, judged.facts)
  const timings = { analysisMs, remediationMs: Date.now() - remediationStarted }
  const escalation = escalationPlan(ctx, run, evidence, analysis, judged, remediation)
  const decision = decisionReport(judged.decision, escalation.issues[0], judged.massFailure)
  if (fromFork && deps.policy.forkRuns === 'report') {
    return {
      action: 'ignored',
      reason: `the run comes from another repository (${shown.headRepository ?? 'unknown'}): classified and reported here only (fork-runs: report)`,
      remediated: remediation.remediated,
      decision,
      timings
    }
  }
  const escalated = await escalateFailure(ctx, run, escalation, remediation, judged.history)
  // A dry run only proposes what it would have done: its remediations are reported as `proposed`.
  const action =
    deps.options.dryRun && (escalated.action === 'rerun-failed-jobs' || escalated.action === 'delete-branch')
      ? 'proposed'
      : escalated.action
  const lead = leadJob(analysis.jobs, judged.decision)
  const notifications = await sendNotification(
    ctx,
    run,
    ['escalate', 'proposed', 'stopped'].includes(action) ? 'escalation' : 'remediation',
    {
      action,
      category: judged.decision.category,
      priority: decision.priority ?? undefined,
      issueUrl: escalated.issue?.url,
      summary: lead ? `${lead.classification.category}: ${lead.fingerprint.maskedLine}` : action
    }
  )
  return {
    action,
    remediated: remediation.remediated,
    issue: escalated.issue,
    failure: escalated.stopped[0],
    decision,
    notifications,
    timings
  }
}

/** The evidence of the run's failed jobs and their classification. */
async function analyseRun(
  ctx: FlowContext,
  run: RunInfo,
  reference: RunReference
): Promise<{ evidence: Evidence; analysis: Analysis }> {
  const { deps } = ctx
  const evidence = await collectEvidence(deps.gateway, run, {
    maxFailedJobs: deps.options.maxFailedJobs,
    maxLogBytes: deps.options.maxLogKb * 1024,
    defaultBranch: reference.defaultBranch
  })
  ctx.knowDefaultBranch(evidence.defaultBranch)
  ctx.found.skippedFailedJobs = evidence.skippedFailedJobs
  ctx.problems.push(...evidence.problems)
  deps.log(`Collected ${evidence.failedJobs.length} failed jobs of ${evidence.jobs.length}`)
  const analysed = await analyseJobs(evidence.failedJobs, {
    workflowPath: run.path,
    ai: aiSettings(ctx),
    guidance: deps.guidance
  })
  const { analysis, summary } = await analysisWithTestReports(
    deps.gateway,
    run,
    analysed,
    deps.policy.testReportArtifacts
  )
  ctx.found.testReports = summary
  ctx.found.analysis = analysis
  return { evidence, analysis }
}

/** The AI settings with the key it may be sent: without one, the AI is off and the report says why. */
function aiSettings(ctx: FlowContext): TriageOptions['ai'] {
  const { ai, token } = ctx.deps.options
  if (ai.mode === 'off') return ai
  const credentials = aiApiKey({ apiKey: ai.apiKey, baseUrl: ai.baseUrl, token })
  if ('key' in credentials) return { ...ai, apiKey: credentials.key }
  ctx.problems.push(credentials.problem)
  return { ...ai, mode: 'off' }
}

interface Judgement {
  decision: Decision
  history: HistoryEvidence
  massFailure: string | null
  /** What each remediation is checked against: the conflicting branch, and one category per failed job. */
  facts: { branch?: BranchFacts; categories: Category[] }
}

/** The decision on the run, from its analysis, history and (for a rejected push) the branch's facts. */
async function judge(
  ctx: FlowContext,
  run: RunInfo,
  evidence: Evidence,
  analysis: Analysis
): Promise<Judgement> {
  const { deps } = ctx
  const history = historyEvidence(run, evidence.history)
  const branchConflict = analysis.jobs.some(job => job.rulesClassification.category === 'branch_conflict')
    ? await branchConflictFacts(ctx, analysis.jobs, evidence.defaultBranch)
    : undefined
  const massFailure = massFailureOf(
    evidence.jobs,
    evidence.failedJobs.map(job => job.log)
  )
  const requireApproval: Remediation[] = deps.options.requireApproval
    ? ['rerun-failed-jobs', 'delete-branch']
    : []
  const decision = decide(
    {
      run,
      defaultBranch: evidence.defaultBranch,
      failedJobs: analysis.jobs.map(job => ({
        job: job.evidence.job,
        classification: job.classification,
        rulesClassification: job.rulesClassification
      })),
      history,
      isRerunAttempt: run.runAttempt > 1,
      branchConflict,
      fromOtherRepository: ctx.fromFork(run),
      massFailure: massFailure !== null
    },
    deps.policy,
    { dryRun: deps.options.dryRun, requireApproval }
  )
  ctx.found.decision = decision
  for (const job of analysis.jobs) {
    deps.log(
      `  ${job.evidence.job.name}: ${job.classification.category} (${job.classification.confidence.toFixed(2)}, ${job.classification.source})`
    )
  }
  // One category per failed job for the gate, which counts the jobs: the most serious that any
  // source saw (the AI, the rules' answer, or any rule that fired on the job's lines), so that a
  // veto from either source blocks the re-run, and a faked "runner lost" line cannot outvote
  // the type error printed next to it.
  const categories = analysis.jobs.map(gateCategory)
  return {
    decision,
    history,
    massFailure,
    facts: { branch: branchConflict?.branch ?? undefined, categories }
  }
}

/** The rejected branch from the log, and that branch's facts from the API (never from the log). */
async function branchConflictFacts(
  ctx: FlowContext,
  jobs: AnalysedJob[],
  defaultBranch: string
): Promise<{ targetRef: string | null; branch: BranchFacts | null }> {
  const lines = jobs
    .filter(job => job.rulesClassification.category === 'branch_conflict')
    .flatMap(job => job.excerpt.lines)
  const targetRef = parseRejectedRef(lines)
  if (!targetRef) return { targetRef: null, branch: null }
  return { targetRef, branch: await branchFactsOf(ctx, targetRef, defaultBranch) }
}

interface Remediated {
  action: TriageAction
  remediated: boolean
  approvals: Remediating[]
  /** Why the run is escalated: the decision's escalations, and a remediation that did not happen. */
  escalations: string[]
}

/** Runs the decided remediations through the gate, in order; one that does not happen stops the rest. */
async function remediate(
  ctx: FlowContext,
  run: RunInfo,
  decision: Decision,
  facts: Judgement['facts']
): Promise<Remediated> {
  const writer = ctx.gatedWriter(ctx.knownDefaultBranch)
  const escalations: string[] = []
  const approvals: Remediating[] = []
  let failed = false
  for (const action of decision.actions) {
    if (action.kind === 'escalate') {
      escalations.push(action.reason)
    } else if (action.requiresApproval) {
      approvals.push(action)
      writer.note({
        kind: action.kind,
        target: targetOf(action),
        result: 'proposed',
        detail: `/triage approve ${action.approvalId}`
      })
    } else if (failed) {
      writer.note({
        kind: action.kind,
        target: targetOf(action),
        result: 'skipped',
        detail: 'an earlier remediation did not happen'
      })
    } else if (!(await executeRemediation(ctx, run, action, facts))) {
      failed = true
    }
  }
  const sent = decision.actions.filter(action => action.kind !== 'escalate' && !action.requiresApproval)
  const done = sent.length > 0 && !failed
  const action: TriageAction = !done
    ? 'none'
    : sent.some(action => action.kind === 'delete-branch')
      ? 'delete-branch'
      : 'rerun-failed-jobs'
  if (failed) escalations.push('the remediation was refused or failed')
  const remediated = done && !ctx.deps.options.dryRun
  ctx.found.remediation = { action, remediated }
  return { action, remediated, approvals, escalations }
}

function escalationPlan(
  ctx: FlowContext,
  run: RunInfo,
  evidence: Evidence,
  analysis: Analysis,
  judged: Judgement,
  remediation: Remediated
): EscalationPlan {
  const { deps } = ctx
  const runTime = Date.parse(run.runStartedAt ?? run.createdAt)
  const routingNow = new Date(Math.max(deps.now.getTime(), Number.isNaN(runTime) ? 0 : runTime)).toISOString()
  const failingSince = streakStart(run, evidence.history)
  const routing = {
    run,
    defaultBranch: evidence.defaultBranch,
    // Priority is a judgement of now: a run triaged late (by the health check) counts the
    // failures of the last 24 hours up to now, not up to its own time.
    history: historyEvidence({ ...run, runStartedAt: routingNow, createdAt: routingNow }, evidence.history),
    failingSince,
    now: routingNow
  }
  return {
    issues: planIssues(analysis.jobs, routing, deps.policy, judged.massFailure !== null),
    approvals: remediation.approvals,
    reasons: remediation.escalations,
    categories: [...judged.facts.categories, ...Array<Category>(evidence.skippedFailedJobs).fill('unknown')],
    failingSince,
    massFailure: judged.massFailure
  }
}

/** Issues (or the pull request's comment) for what was not remediated; the action it comes to. */
async function escalateFailure(
  ctx: FlowContext,
  run: RunInfo,
  plan: EscalationPlan,
  remediation: Remediated,
  history: HistoryEvidence
): Promise<Escalated & { action: TriageAction }> {
  const { deps } = ctx
  const nothing = { filed: new Map(), issue: null, stopped: [] }
  if (plan.reasons.length === 0 && plan.approvals.length === 0)
    return { ...nothing, action: remediation.action }
  const action: TriageAction =
    remediation.action !== 'none' ? remediation.action : plan.approvals.length > 0 ? 'proposed' : 'escalate'
  if (!deps.options.createIssues) {
    ctx.writer.note({
      kind: 'escalate',
      target: 'issues',
      result: 'skipped',
      detail: 'create-issues is false'
    })
    return { ...nothing, action }
  }
  const pullRequest =
    plan.approvals.length === 0 ? pullRequestToComment(run, ctx.fromFork(run), deps.policy) : null
  const escalated =
    pullRequest === null
      ? await escalate(ctx, run, plan)
      : await commentOnPullRequest(ctx, run, pullRequest, plan, history)
  if (escalated.stopped.length > 0) return { ...escalated, action: 'stopped' }
  if (pullRequest !== null && action === 'escalate' && escalated.filed.size === 0)
    return { ...escalated, action: 'commented' }
  return { ...escalated, action }
}
