import { aiApiKey, type TriageOptions } from '../config/inputs.js'
import type { Policy, Remediation } from '../config/policy.js'
import { historyEvidence, isFailedConclusion, type HistoryEvidence } from '../classify/history.js'
import { NO_AI_USAGE } from '../classify/ai.js'
import { redactSecrets } from '../classify/redact.js'
import { describeError } from '../github/errors.js'
import type { GitHubPort } from '../github/port.js'
import { notify, type Notification } from '../report/notify.js'
import { hiddenMarker, parseMarker, linesWithFenceState } from '../text/markdown.js'
import { oneLine } from '../text/console.js'
import { isCategory, type Category, type Classification, type RunInfo } from '../types.js'
import { alertTests } from './failing-tests.js'
import { analyseJobs, gateCategory, type AnalysedJob, type Analysis } from './analyse.js'
import { collectEvidence, type Evidence } from './collect.js'
import {
  decide,
  dominantCategory,
  parseRejectedRef,
  restoreCommand,
  type BranchFacts,
  type Decision,
  type ProposedAction
} from './decide.js'
import { branchFacts } from './branch-facts.js'
import {
  fileFailure,
  fileWidelyBroken,
  isInScope,
  loadTriageIssues,
  openIssuesInScope,
  scopeId,
  type TriageIssues
} from './escalate.js'
import { routeConclusion, runReference, type RunReference, type TriageRoute } from './event.js'
import {
  FINGERPRINT_MARKER,
  PULL_REQUEST_MARKER,
  parseApprovalCommand,
  renderPullRequestComment,
  renderPullRequestPassed,
  renderApprovalResult,
  renderRefusal,
  renderResolution,
  type FailureAlert,
  type Occurrence
} from './issues.js'
import {
  actionRequired,
  assigneesFor,
  impactOf,
  ownerFor,
  priorityFor,
  quotaOrder,
  type Owners,
  type PriorityVerdict,
  type TriageContext
} from './priority.js'
import { massFailureOf } from './mass-failure.js'
import {
  TRIAGE_REPORT_SCHEMA_VERSION,
  type JobReport,
  type TriageAction,
  type TriageReport
} from './report.js'
import { isFromOtherRepository, ownRuns } from './provenance.js'
import { quarantineIssuesOnce, recordQuarantinedFailure } from './quarantine-flow.js'
import { sendRemediation } from './remediation.js'
import { GatedWriter } from './writer.js'

export interface TriageDependencies {
  options: TriageOptions
  policy: Policy
  /** The playbook's prose: category guidance for the AI. */
  guidance: string
  gateway: GitHubPort
  route: TriageRoute
  eventName: string
  now: Date
  log: (message: string) => void
}

export interface TriageOutcome {
  report: TriageReport
  outputs: {
    category: string
    confidence: string
    fingerprint: string
    action: string
    'issue-number': string
    'issue-url': string
    remediated: string
  }
  /** Set when the action could not do its job (the step fails). */
  failure: string | null
}

const PROPOSAL_MARKER = 'proposal'
const APPROVAL_DONE_MARKER = 'approved'
const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write'])

/** The triage pipeline (SPEC 3): route, collect, classify, decide, act through the gate, report. */
export async function runTriage(deps: TriageDependencies): Promise<TriageOutcome> {
  const started = Date.now()
  const state = new TriageState(deps)
  try {
    let route = deps.route
    if (route.kind === 'lookup') {
      route = routeConclusion(runReference(state.useRun(await deps.gateway.run(route.runId))))
    }
    state.report.route = route.kind
    await follow(state, route)
  } catch (error) {
    // The step fails, but the report still says what was done before, and what failed.
    state.failure = `The triage could not finish: ${describeError(error)}`
    state.report.problems.push(state.failure)
  }
  return state.finish(started)
}

async function follow(state: TriageState, route: TriageRoute): Promise<void> {
  const { deps } = state
  switch (route.kind) {
    case 'lookup':
      throw new Error('the run to triage was not looked up')
    case 'ignore':
      state.report.reason = route.reason
      state.action = 'ignored'
      break
    case 'waiting':
      state.report.reason = 'the run is waiting for a maintainer to approve it (action_required)'
      state.action = 'waiting'
      state.useRun(state.run ?? (await deps.gateway.run(route.run.runId)))
      break
    case 'triage':
      state.useRun(state.run ?? (await deps.gateway.run(route.run.runId)))
      await triageFailure(state, route.run)
      break
    case 'resolve':
      state.useRun(state.run ?? (await deps.gateway.run(route.run.runId)))
      await resolveRun(state)
      break
    case 'approval':
      await handleApproval(state, route)
      break
  }
}

/**
 * The run as people and the AI see it. Workflow, branch and path names are chosen by whoever
 * pushed (a fork, a bot) and may carry a pasted secret: they are redacted like log text
 * wherever they are shown or sent. API calls keep the real names.
 */
function shownRun(run: RunInfo): RunInfo {
  return {
    ...run,
    name: oneLine(redactSecrets(run.name)),
    headBranch: oneLine(redactSecrets(run.headBranch)),
    path: oneLine(redactSecrets(run.path)),
    headRepository: run.headRepository && oneLine(redactSecrets(run.headRepository))
  }
}

/** The mutable state of one triage run, and its rendering into the report and outputs. */
class TriageState {
  readonly report: TriageReport
  readonly writer: GatedWriter
  run: RunInfo | null = null
  evidence: Evidence | null = null
  analysis: Analysis | null = null
  decision: Decision | null = null
  action: TriageAction = 'none'
  remediated = false
  failure: string | null = null
  analysisMs = 0
  remediationMs = 0
  defaultBranch: string | null
  issues: TriageIssues | null = null

  constructor(readonly deps: TriageDependencies) {
    const route = deps.route
    this.defaultBranch = 'run' in route && route.run ? route.run.defaultBranch : null
    this.writer = new GatedWriter(
      {
        dryRun: deps.options.dryRun,
        defaultBranch: '',
        branchPatterns: deps.policy.automation.branchPatterns
      },
      deps.policy.limits.maxWrites
    )
    this.report = {
      schemaVersion: TRIAGE_REPORT_SCHEMA_VERSION,
      generatedAt: deps.now.toISOString(),
      repository: `${deps.gateway.owner}/${deps.gateway.repo}`,
      event: deps.eventName,
      route: route.kind,
      reason: null,
      dryRun: deps.options.dryRun,
      run: null,
      jobs: [],
      skippedFailedJobs: 0,
      decision: null,
      actions: [],
      issue: null,
      notifications: [],
      timings: { detectionDelayMs: null, analysisMs: 0, remediationMs: 0, totalMs: 0 },
      api: { requests: 0, writes: 0, rateLimited: 0, byRoute: {} },
      ai: {
        ...NO_AI_USAGE,
        mode: deps.options.ai.mode,
        model: deps.options.ai.mode === 'off' ? null : deps.options.ai.model
      },
      problems: []
    }
  }

  /**
   * The run this triage answers to, as the API describes it. Its origin bounds what the gate
   * lets any later write do: a fork's run never re-runs, deletes or closes anything.
   */
  useRun(run: RunInfo): RunInfo {
    this.run = run
    const repository = this.report.repository
    this.writer.knowRunOrigin(
      isFromOtherRepository(run, repository)
        ? {
            repository: run.headRepository ?? 'an unknown repository',
            mayWriteIssues: this.deps.policy.forkRuns === 'escalate'
          }
        : undefined
    )
    return run
  }

  /** The run comes from another repository (a fork's pull request). */
  get fromFork(): boolean {
    return this.run !== null && isFromOtherRepository(this.run, this.report.repository)
  }

  /**
   * An issue the triage meant to write was not written (the write budget ran out, or GitHub
   * refused it): the outputs say `stopped` and the step fails, so that nobody reads the run
   * as escalated when no one was told.
   */
  stopEscalation(what: string): void {
    if (this.deps.options.dryRun) return
    const why = this.writer.records.findLast(
      record => record.result === 'refused' || record.result === 'failed'
    )?.detail
    const problem = `The escalation stopped: ${what}${why ? ` (${why})` : ''}.`
    this.report.problems.push(problem)
    this.failure ??= problem
    this.action = 'stopped'
  }

  async defaultBranchName(): Promise<string> {
    this.defaultBranch ??= await this.deps.gateway.defaultBranch()
    return this.defaultBranch
  }

  async triageIssues(): Promise<TriageIssues> {
    this.issues ??= await loadTriageIssues(this.deps.gateway)
    return this.issues
  }

  /** The writer for this run, now that the default branch is known (the gate re-checks it). */
  gatedWriter(defaultBranch: string): GatedWriter {
    this.writer.knowDefaultBranch(defaultBranch)
    return this.writer
  }

  finish(started: number): TriageOutcome {
    const { report, analysis, decision } = this
    const run = this.run && shownRun(this.run)
    const stats = this.deps.gateway.stats
    if (run) {
      report.run = {
        id: run.id,
        name: run.name,
        path: run.path,
        branch: run.headBranch,
        sha: run.headSha,
        attempt: run.runAttempt,
        conclusion: run.conclusion,
        url: run.htmlUrl,
        event: run.event
      }
      if (run.conclusion) {
        const delay = this.deps.now.getTime() - Date.parse(run.updatedAt)
        report.timings.detectionDelayMs = Number.isFinite(delay) && delay >= 0 ? delay : null
      }
    }
    if (analysis) {
      report.jobs = analysis.jobs.map(jobReport)
      report.ai = { ...report.ai, ...analysis.aiUsage, errors: analysis.aiErrors }
      report.problems.push(...analysis.aiErrors.map(error => `AI fell back to the rules: ${error}`))
    }
    report.actions = this.writer.records
    report.timings.analysisMs = this.analysisMs
    report.timings.remediationMs = this.remediationMs
    report.timings.totalMs = Date.now() - started
    report.api = {
      requests: stats.requests,
      writes: stats.writes,
      rateLimited: stats.rateLimited,
      byRoute: stats.byRoute
    }
    const lead = analysis ? leadJob(analysis.jobs, decision) : null
    if (decision && lead) {
      report.decision = {
        ...report.decision!,
        category: decision.category,
        confidence: lead.classification.confidence,
        action: this.action
      }
    }
    return {
      report,
      outputs: {
        category: decision?.category ?? '',
        confidence: lead ? lead.classification.confidence.toFixed(2) : '',
        fingerprint: lead?.fingerprint.id ?? '',
        action: this.action,
        'issue-number': report.issue ? String(report.issue.number) : '',
        'issue-url': report.issue?.url ?? '',
        remediated: String(this.remediated)
      },
      failure: this.failure
    }
  }
}

function jobReport(job: AnalysedJob): JobReport {
  const { evidence, classification } = job
  return {
    name: evidence.job.name,
    url: evidence.job.htmlUrl,
    failedStep: evidence.failedStep,
    category: classification.category,
    confidence: classification.confidence,
    source: classification.source,
    rules: classification.rules,
    rootCause: classification.rootCause,
    evidence: evidenceOf(job),
    fingerprint: job.fingerprint.id,
    maskedLine: job.fingerprint.maskedLine,
    excerptFrom: job.source,
    logProblem: evidence.logProblem,
    reproduce: evidence.reproduce,
    suggestedFix: job.suggestedFix,
    tests: job.excerpt.failingTests.tests,
    testTotals: job.excerpt.failingTests.totals
  }
}

/**
 * The evidence people see: the lines the rules matched, or, for a failure no rule knows,
 * the redacted excerpt itself (its root cause tells the reader to read the excerpt).
 */
function evidenceOf(job: AnalysedJob): string[] {
  const { classification, excerpt } = job
  return classification.category === 'unknown' || classification.evidence.length === 0
    ? excerpt.lines
    : classification.evidence
}

/** The job whose category the decision rests on (the first of that category). */
function leadJob(jobs: AnalysedJob[], decision: Decision | null): AnalysedJob | null {
  if (jobs.length === 0) return null
  return jobs.find(job => job.classification.category === decision?.category) ?? jobs[0]
}

async function triageFailure(state: TriageState, reference: RunReference): Promise<void> {
  const { deps } = state
  const run = state.run!
  const analysisStarted = Date.now()
  const shown = shownRun(run)
  if (state.fromFork && deps.policy.forkRuns === 'ignore') {
    state.action = 'ignored'
    state.report.reason = `the run comes from another repository (${shown.headRepository ?? 'unknown'}); fork-runs is ignore`
    return
  }
  deps.log(`Triaging ${shown.name} run ${run.id} attempt ${run.runAttempt} on ${shown.headBranch}`)
  const evidence = await collectEvidence(deps.gateway, run, {
    maxFailedJobs: deps.options.maxFailedJobs,
    maxLogBytes: deps.options.maxLogKb * 1024,
    defaultBranch: reference.defaultBranch
  })
  state.evidence = evidence
  state.defaultBranch = evidence.defaultBranch
  state.report.skippedFailedJobs = evidence.skippedFailedJobs
  state.report.problems.push(...evidence.problems)
  deps.log(`Collected ${evidence.failedJobs.length} failed jobs of ${evidence.jobs.length}`)

  const analysis = await analyseJobs(evidence.failedJobs, {
    workflowPath: run.path,
    ai: aiSettings(state),
    guidance: deps.guidance
  })
  state.analysis = analysis
  const history = historyEvidence(run, evidence.history)
  const branchConflict = analysis.jobs.some(job => job.rulesClassification.category === 'branch_conflict')
    ? await branchConflictFacts(state, analysis.jobs, evidence.defaultBranch)
    : undefined
  const mass = massFailureOf(
    evidence.jobs,
    evidence.failedJobs.map(job => job.log)
  )
  const remediations: Remediation[] = deps.options.requireApproval
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
      fromOtherRepository: state.fromFork,
      massFailure: mass !== null
    },
    deps.policy,
    { dryRun: deps.options.dryRun, requireApproval: remediations }
  )
  state.decision = decision
  state.analysisMs = Date.now() - analysisStarted
  for (const job of analysis.jobs) {
    deps.log(
      `  ${job.evidence.job.name}: ${job.classification.category} (${job.classification.confidence.toFixed(2)}, ${job.classification.source})`
    )
  }

  const remediationStarted = Date.now()
  const writer = state.gatedWriter(evidence.defaultBranch)
  // One category per failed job for the gate, which counts the jobs: the most serious that any
  // source saw (the AI, the rules' answer, or any rule that fired on the job's lines), so that a
  // veto from either source blocks the re-run, and a faked "runner lost" line cannot outvote
  // the type error printed next to it.
  const jobCategories = analysis.jobs.map(gateCategory)
  const escalations: string[] = []
  const approvals: Remediating[] = []
  let remediationFailed = false
  for (const action of decision.actions) {
    if (action.kind === 'escalate') {
      escalations.push(action.reason)
      continue
    }
    if (action.requiresApproval) {
      approvals.push(action)
      writer.note({
        kind: action.kind,
        target: targetOf(action),
        result: 'proposed',
        detail: `/triage approve ${action.approvalId}`
      })
      continue
    }
    if (remediationFailed) {
      writer.note({
        kind: action.kind,
        target: targetOf(action),
        result: 'skipped',
        detail: 'an earlier remediation did not happen'
      })
      continue
    }
    const done = await executeRemediation(state, action, {
      branch: branchConflict?.branch ?? undefined,
      categories: jobCategories
    })
    if (!done) remediationFailed = true
  }
  const remediations_ = decision.actions.filter(
    action => action.kind !== 'escalate' && !action.requiresApproval
  )
  if (remediations_.length > 0 && !remediationFailed) {
    state.remediated = !deps.options.dryRun
    state.action = remediations_.map(action => action.kind).includes('delete-branch')
      ? 'delete-branch'
      : 'rerun-failed-jobs'
  }
  if (remediationFailed) escalations.push('the remediation was refused or failed')
  state.remediationMs = Date.now() - remediationStarted

  const runTime = Date.parse(run.runStartedAt ?? run.createdAt)
  const routingNow = new Date(Math.max(deps.now.getTime(), Number.isNaN(runTime) ? 0 : runTime)).toISOString()
  const routing = {
    run,
    defaultBranch: evidence.defaultBranch,
    // Priority is a judgement of now: a run triaged late (by the health check) counts the
    // failures of the last 24 hours up to now, not up to its own time.
    history: historyEvidence({ ...run, runStartedAt: routingNow, createdAt: routingNow }, evidence.history),
    failingSince: failingSince(run, evidence.history),
    now: routingNow
  }
  const plans = planIssues(analysis.jobs, routing, deps.policy, mass !== null)
  const first = plans[0]
  state.report.decision = {
    category: decision.category,
    confidence: 0,
    action: '',
    priority: first?.priority.priority ?? null,
    owner: first ? [first.owners.primary, ...first.owners.extra].join(', ') : null,
    reasons: [
      ...(mass ? [`mass failure: ${mass}`] : []),
      ...decision.actions.map(action => action.reason),
      ...(first?.priority.reasons ?? [])
    ]
  }
  if (state.fromFork && deps.policy.forkRuns === 'report') {
    state.action = 'ignored'
    state.report.reason = `the run comes from another repository (${shown.headRepository ?? 'unknown'}): classified and reported here only (fork-runs: report)`
    return
  }
  if (escalations.length > 0 || approvals.length > 0) {
    if (state.action === 'none') state.action = approvals.length > 0 ? 'proposed' : 'escalate'
    if (deps.options.createIssues) {
      const escalation = {
        issues: plans,
        approvals,
        reasons: escalations,
        categories: [...jobCategories, ...Array<Category>(evidence.skippedFailedJobs).fill('unknown')],
        failingSince: routing.failingSince,
        massFailure: mass
      }
      const pullRequest = approvals.length === 0 ? pullRequestToComment(state) : null
      if (pullRequest === null) await escalate(state, escalation)
      else await commentOnPullRequest(state, pullRequest, escalation, history)
    } else {
      writer.note({ kind: 'escalate', target: 'issues', result: 'skipped', detail: 'create-issues is false' })
    }
  }
  // A dry run only proposes what it would have done: its remediations are reported as `proposed`.
  if (deps.options.dryRun && (state.action === 'rerun-failed-jobs' || state.action === 'delete-branch'))
    state.action = 'proposed'
  await sendNotification(
    state,
    ['escalate', 'proposed', 'stopped'].includes(state.action) ? 'escalation' : 'remediation'
  )
}

type Remediating = Exclude<ProposedAction, { kind: 'escalate' }>

/** The AI settings with the key it may be sent: without one, the AI is off and the report says why. */
function aiSettings(state: TriageState): TriageOptions['ai'] {
  const { ai, token } = state.deps.options
  if (ai.mode === 'off') return ai
  const credentials = aiApiKey({ apiKey: ai.apiKey, baseUrl: ai.baseUrl, token })
  if ('key' in credentials) return { ...ai, apiKey: credentials.key }
  state.report.problems.push(credentials.problem)
  return { ...ai, mode: 'off' }
}

function targetOf(action: ProposedAction): string {
  if (action.kind === 'delete-branch') return `branch ${action.branch}`
  if (action.kind === 'rerun-failed-jobs') return `run ${action.runId}`
  return 'issue'
}

/** The rejected branch from the log, and that branch's facts from the API (never from the log). */
async function branchConflictFacts(
  state: TriageState,
  jobs: AnalysedJob[],
  defaultBranch: string
): Promise<{ targetRef: string | null; branch: BranchFacts | null }> {
  const lines = jobs
    .filter(job => job.rulesClassification.category === 'branch_conflict')
    .flatMap(job => job.excerpt.lines)
  const targetRef = parseRejectedRef(lines)
  if (!targetRef) return { targetRef: null, branch: null }
  return { targetRef, branch: await branchFactsOf(state, targetRef, defaultBranch) }
}

function branchFactsOf(state: TriageState, name: string, defaultBranch: string): Promise<BranchFacts> {
  return branchFacts(state.deps.gateway, name, defaultBranch, state.deps.policy.automation.botAuthors)
}

/** Sends one remediation through the gate with facts read from the API now. */
async function executeRemediation(
  state: TriageState,
  action: ProposedAction,
  /** `categories`: one per failed job of the run (the gate counts them and vetoes by them). */
  facts: { branch?: BranchFacts; categories: Classification['category'][] }
): Promise<boolean> {
  if (action.kind === 'escalate') return true
  const { gateway, policy } = state.deps
  return sendRemediation(state.writer, gateway, action, {
    ...facts,
    run: state.run!,
    limits: policy.limits
  })
}

/** The time the current streak of failures began: the oldest failure since the last success. */
function failingSince(run: RunInfo, history: RunInfo[]): string | null {
  const ordered = [run, ...history.filter(other => other.id !== run.id)]
    .filter(other => other.headBranch === run.headBranch)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  let since: string | null = null
  for (const other of ordered) {
    if (other.conclusion === 'success') break
    if (isFailedConclusion(other.conclusion)) since = other.createdAt
  }
  return since
}

/**
 * A remediation waiting for `/triage approve`: its id (kind, run and attempt), for a deletion
 * the branch and sha, and the gate's category of every failed job as this triage found them,
 * which the approval's re-run veto reads (never the issue's labels, which anyone with triage
 * access can change).
 */
function proposalMarker(action: Remediating, categories: readonly Category[]): string {
  const deletion = action.kind === 'delete-branch'
  return hiddenMarker(
    PROPOSAL_MARKER,
    [
      action.approvalId,
      deletion ? Buffer.from(action.branch).toString('base64url') : '',
      deletion ? action.sha : '',
      categories.join(':')
    ].join('.')
  )
}

/** One issue to file: a fingerprint's failed jobs, routed and prioritised on their own. */
interface IssuePlan {
  fingerprint: string
  jobs: AnalysedJob[]
  category: Category
  priority: PriorityVerdict
  owners: Owners
}

/**
 * The run's failed jobs as the issues they become, most urgent first: one per fingerprint,
 * or one for them all in a mass failure (a shared cause, not many problems). Each is routed
 * and prioritised from its own failure, never from the worst of the run.
 */
function planIssues(
  jobs: readonly AnalysedJob[],
  context: Omit<TriageContext, 'categories' | 'quotaOrBilling'>,
  policy: Policy,
  mass: boolean
): IssuePlan[] {
  const groups = new Map<string, AnalysedJob[]>()
  if (mass) {
    const lead = dominantCategory(jobs.map(job => job.classification.category))
    const ordered = [...jobs].sort(
      (a, b) => Number(b.classification.category === lead) - Number(a.classification.category === lead)
    )
    if (ordered.length > 0) groups.set(ordered[0].fingerprint.id, ordered)
  } else {
    for (const job of jobs) groups.set(job.fingerprint.id, [...(groups.get(job.fingerprint.id) ?? []), job])
  }
  const plans = [...groups].map(([fingerprint, group]): IssuePlan => {
    const categories = group.map(job => job.classification.category)
    const routed: TriageContext = {
      ...context,
      categories,
      quotaOrBilling: group.some(job =>
        job.classification.rules.some(rule => /quota|billing|spending/i.test(rule))
      )
    }
    return {
      fingerprint,
      jobs: group,
      category: group[0].classification.category,
      priority: priorityFor(routed, policy),
      owners: ownerFor(routed, policy)
    }
  })
  return quotaOrder(plans.map(plan => ({ ...plan, priority: plan.priority.priority, plan }))).map(
    ({ plan }) => plan
  )
}

async function escalate(
  state: TriageState,
  plan: {
    issues: IssuePlan[]
    approvals: Remediating[]
    reasons: string[]
    /** The gate's category of every failed job, recorded with each proposal. */
    categories: Category[]
    failingSince: string | null
    /** Why the run is a mass failure, when it is one. */
    massFailure: string | null
  }
): Promise<Map<string, { number: number; url: string }>> {
  const { deps } = state
  const filed = new Map<string, { number: number; url: string }>()
  const run = shownRun(state.run!)
  const issues = await state.triageIssues()
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
  const quarantine = {
    gateway: deps.gateway,
    writer: state.writer,
    policy: deps.policy,
    fromFork: state.fromFork,
    openIssues: quarantineIssuesOnce(deps.gateway)
  }
  for (const [index, issuePlan] of plan.issues.entries()) {
    const lead = issuePlan.jobs[0]
    const roles = [issuePlan.owners.primary, ...issuePlan.owners.extra]
    const { assignees, teams } = assigneesFor(roles, deps.policy.owners)
    const alert: FailureAlert = {
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
          .filter(step => step.conclusion === 'failure' || step.conclusion === 'timed_out')
          .map(step => ({ name: step.name, number: step.number }))
      })),
      reproduce: lead.evidence.reproduce,
      actionRequired: actionRequired(issuePlan.category, plan.reasons, deps.policy),
      impact: impactOf(run, state.defaultBranch ?? '', deps.policy),
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
    const quarantined = await recordQuarantinedFailure(quarantine, alert.failingTests, occurrence)
    if (quarantined !== undefined) {
      if (quarantined === null) state.stopEscalation(`the occurrence of the quarantined test was not written`)
      else filed.set(issuePlan.fingerprint, quarantined)
      if (quarantined && !state.report.issue) state.report.issue = quarantined
      continue
    }
    const result = await fileFailure(
      deps.gateway,
      state.writer,
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
    if (result === null) state.stopEscalation(`the issue for ${lead.evidence.job.name} was not written`)
    if (result) filed.set(issuePlan.fingerprint, result)
    if (result?.action === 'opened') newIssues++
    if (result && !state.report.issue) state.report.issue = result
  }
  if (overflow.length > 0) {
    const result = await fileWidelyBroken(
      deps.gateway,
      state.writer,
      issues,
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
    if (result === null) state.stopEscalation('the "CI widely broken" issue was not written')
    if (result && !state.report.issue) state.report.issue = result
    if (result) for (const issuePlan of overflow) filed.set(issuePlan.fingerprint, result)
  }
  return filed
}

/**
 * The pull request whose run this is, when its failure goes to a comment there: a run of the
 * repository's own pull request (a fork's run follows `fork-runs`), with
 * `pull-request-failures: comment`.
 */
function pullRequestToComment(state: TriageState): number | null {
  const run = state.run
  if (!run || state.fromFork || state.deps.policy.pullRequestFailures !== 'comment') return null
  if (run.event !== 'pull_request' && run.event !== 'pull_request_target') return null
  return run.pullRequests[0] ?? null
}

/** A failure of a pull-request run is an issue too when it concerns more than the pull request. */
function needsIssue(
  issuePlan: IssuePlan,
  issues: TriageIssues,
  path: string,
  defaultBranch: string
): boolean {
  if (issuePlan.category === 'security_scan' || issuePlan.category === 'authentication') return true
  const known = issues.byFingerprint.get(issuePlan.fingerprint)
  return known !== undefined && known.state === 'open' && isInScope(known, path, defaultBranch)
}

/**
 * A failed pull-request run: one comment on the pull request, found again by its marker and
 * updated in place on each new run, so a busy repository gets no issue per red pull request.
 * Only a failure already open as an issue on the default branch, or a security or
 * authentication failure, is filed as an issue as well.
 */
async function commentOnPullRequest(
  state: TriageState,
  pullRequest: number,
  escalation: Parameters<typeof escalate>[1],
  history: HistoryEvidence
): Promise<void> {
  const { deps } = state
  const run = shownRun(state.run!)
  const issues = await state.triageIssues()
  const defaultBranch = await state.defaultBranchName()
  const filedPlans = escalation.issues.filter(plan =>
    needsIssue(plan, issues, state.run!.path, defaultBranch)
  )
  const filed =
    filedPlans.length > 0 ? await escalate(state, { ...escalation, issues: filedPlans }) : new Map()
  const markerId = scopeId(state.run!.path, 'pull-request')
  const body = renderPullRequestComment({
    markerId,
    workflow: run.name,
    run: { id: run.id, number: run.runNumber, attempt: run.runAttempt, url: run.htmlUrl },
    sha: run.headSha,
    failures: escalation.issues.map(plan => {
      const lead = plan.jobs[0]
      return {
        job: plan.jobs.map(job => job.evidence.job.name).join(', '),
        jobUrl: lead.evidence.job.htmlUrl || null,
        category: plan.category,
        confidence: lead.classification.confidence,
        rootCause: lead.classification.rootCause,
        evidence: evidenceOf(lead),
        reproduce: lead.evidence.reproduce,
        issue: filed.get(plan.fingerprint) ?? null
      }
    }),
    flaky: flakyVerdict(run, history, escalation.massFailure),
    done: [
      ...state.writer.records
        .filter(record => record.kind === 'rerun' || record.kind === 'delete-branch')
        .map(
          record =>
            `${record.kind} ${record.target}: ${record.result}${record.detail ? ` (${record.detail})` : ''}`
        ),
      ...escalation.reasons.map(reason => `not remediated: ${reason}`)
    ]
  })
  const written = await writePullRequestComment(state, pullRequest, markerId, body, true)
  if (!written && !deps.options.dryRun)
    state.stopEscalation(`the comment on pull request #${pullRequest} was not written`)
  if (state.action === 'escalate' && filed.size === 0) state.action = 'commented'
}

/**
 * Writes the workflow's one comment on a pull request: updates the comment its marker finds
 * (when the text changed), or, when `create`, adds it. Returns whether the comment says `body` now.
 */
async function writePullRequestComment(
  state: TriageState,
  pullRequest: number,
  markerId: string,
  body: string,
  create: boolean
): Promise<boolean> {
  const { gateway, options } = state.deps
  const botLogin = options.botLogin.toLowerCase()
  const existing = (await gateway.comments(pullRequest)).find(
    comment =>
      comment.user.toLowerCase() === botLogin &&
      parseMarker(comment.body, PULL_REQUEST_MARKER)?.id === markerId
  )
  if (existing?.body === body) return true
  if (!existing && !create) return true
  const written = await state.writer.write(
    { kind: 'comment', issueNumber: pullRequest },
    `pull request #${pullRequest}`,
    {},
    () => (existing ? gateway.updateComment(existing.id, body) : gateway.comment(pullRequest, body)),
    () => (existing ? 'comment updated in place' : 'commented')
  )
  return written !== null
}

function flakyVerdict(run: RunInfo, history: HistoryEvidence, massFailure: string | null): string {
  if (massFailure) return `no: ${massFailure}`
  if (history.flaky)
    return `likely: this commit also passed (${history.flakyCountLast7d} flaky commit(s) in 7 days)`
  if (history.broken) return `no: ${history.consecutiveFailures} failures in a row on this branch`
  if (run.runAttempt > 1) return `no: it failed again on attempt ${run.runAttempt}`
  return 'no sign of it: this commit has not passed'
}

/** A green run: flaky evidence when it passed on a re-run, then close the loop on open issues. */
async function resolveRun(state: TriageState): Promise<void> {
  const { deps } = state
  const run = state.run!
  const shown = shownRun(run)
  if (state.fromFork) {
    // A fork's branch may be named like ours (`main`): its green run says nothing of ours.
    state.action = 'ignored'
    state.report.reason = `the run comes from another repository (${shown.headRepository ?? 'unknown'}): it resolves nothing here`
    return
  }
  const issues = await state.triageIssues()
  const open = openIssuesInScope(issues, shown.path, shown.headBranch)
  state.action = open.length > 0 ? 'resolved' : 'none'
  const defaultBranch = await state.defaultBranchName()
  const writer = state.gatedWriter(defaultBranch)
  let flaky = false
  if (run.runAttempt > 1) {
    const previous = await deps.gateway.jobsForAttempt(run.id, run.runAttempt - 1)
    flaky = previous.some(job => job.conclusion === 'failure' || job.conclusion === 'timed_out')
    if (flaky) {
      state.action = 'flaky'
      state.report.reason = `passed on attempt ${run.runAttempt} after attempt ${run.runAttempt - 1} failed: flaky`
    }
  }
  const history = ownRuns(
    await deps.gateway.workflowRuns(run.workflowId, { branch: run.headBranch, perPage: 30 }),
    state.report.repository
  )
  for (const issue of open) {
    const since =
      failingSince(
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
    const note = flaky
      ? `${body}\n\nThe failure did not repeat on re-run: it is recorded as **flaky**.`
      : body
    await writer.write({ kind: 'comment', issueNumber: issue.number }, `issue #${issue.number}`, {}, () =>
      deps.gateway.comment(issue.number, note)
    )
    await writer.write({ kind: 'close-issue', issueNumber: issue.number }, `issue #${issue.number}`, {}, () =>
      deps.gateway.updateIssue(issue.number, { state: 'closed', stateReason: 'completed' })
    )
    state.report.issue ??= { number: issue.number, url: issue.htmlUrl, action: 'closed' }
  }
  if (flaky) {
    // Run listings show a run's latest attempt only: the failed attempt this run passed after
    // is added, so that the count includes this flaky pass.
    const failedAttempt: RunInfo = { ...run, runAttempt: run.runAttempt - 1, conclusion: 'failure' }
    const evidence = historyEvidence(run, [failedAttempt, ...history])
    state.report.decision = {
      category: 'test_failure',
      confidence: 1,
      action: 'flaky',
      priority: null,
      owner: null,
      reasons: [`flaky ${evidence.flakyCountLast7d} time(s) in the last 7 days`]
    }
  }
  const pullRequest = pullRequestToComment(state)
  if (pullRequest !== null) {
    // The comment of an earlier red run says it passes now; a pull request that never failed gets none.
    const markerId = scopeId(run.path, 'pull-request')
    const passed = renderPullRequestPassed({
      markerId,
      workflow: shown.name,
      run: { id: run.id, number: run.runNumber, attempt: run.runAttempt, url: run.htmlUrl },
      sha: run.headSha
    })
    await writePullRequestComment(state, pullRequest, markerId, passed, false)
  }
  if (open.length > 0) await sendNotification(state, 'resolution')
}

/** `/triage approve <id>` from a writer runs the proposed remediation through the same gate. */
async function handleApproval(
  state: TriageState,
  route: Extract<TriageRoute, { kind: 'approval' }>
): Promise<void> {
  const { deps } = state
  const { gateway } = deps
  const approvalId = parseApprovalCommand(route.body)
  if (!approvalId) {
    state.report.reason = 'the comment has no valid /triage approve command'
    state.action = 'ignored'
    return
  }
  const issue = await gateway.issue(route.issueNumber)
  const botLogin = deps.options.botLogin.toLowerCase()
  if (issue.author.toLowerCase() !== botLogin) {
    state.report.reason = `issue #${issue.number} was not opened by ${deps.options.botLogin}: only the action's own proposals can be approved`
    state.action = 'ignored'
    return
  }
  const proposal = proposalsOf(issue.body).find(candidate => candidate.approvalId === approvalId)
  if (!parseMarker(issue.body, FINGERPRINT_MARKER) || !proposal) {
    state.report.reason = `issue #${issue.number} proposes no remediation '${approvalId}'`
    state.action = 'ignored'
    return
  }
  const defaultBranch = await state.defaultBranchName()
  const writer = state.gatedWriter(defaultBranch)
  const permission = await gateway.permission(route.commenter)
  if (!WRITE_PERMISSIONS.has(permission)) {
    state.action = 'refused'
    state.report.reason = `${route.commenter} has ${permission} access; approving takes write access`
    await writer.write({ kind: 'comment', issueNumber: issue.number }, `issue #${issue.number}`, {}, () =>
      gateway.comment(issue.number, renderRefusal(route.commenter))
    )
    return
  }
  const comments = await gateway.comments(issue.number)
  const alreadyDone = comments.some(
    comment =>
      comment.user.toLowerCase() === botLogin &&
      parseMarker(comment.body, APPROVAL_DONE_MARKER)?.id === approvalId
  )
  if (alreadyDone) {
    state.action = 'ignored'
    state.report.reason = `the remediation ${approvalId} was already run`
    return
  }
  const run = state.useRun(await gateway.run(proposal.runId))
  const refusal = approvalRefusal(state, proposal, run)
  let done = false
  if (refusal) {
    writer.note({
      kind: proposal.kind === 'delete-branch' ? 'delete-branch' : 'rerun',
      target: `run ${run.id}`,
      result: 'refused',
      detail: refusal
    })
  } else if (proposal.kind === 'delete-branch' && proposal.branch) {
    const facts = await branchFactsOf(state, proposal.branch, defaultBranch)
    const sameSha = facts?.headSha === proposal.sha
    if (!sameSha) {
      writer.note({
        kind: 'delete-branch',
        target: `branch ${proposal.branch}`,
        result: 'refused',
        detail: 'the branch moved since the proposal'
      })
    } else {
      done = await executeRemediation(
        state,
        {
          kind: 'delete-branch',
          branch: proposal.branch,
          sha: proposal.sha ?? '',
          restoreCommand: restoreCommand(proposal.branch, proposal.sha ?? ''),
          reason: 'approved'
        },
        { branch: facts ?? undefined, categories: [] }
      )
    }
    if (done) {
      done = await executeRemediation(
        state,
        { kind: 'rerun-failed-jobs', runId: run.id, reason: 'approved' },
        { categories: proposal.categories ?? [] }
      )
    }
  } else if (proposal.kind === 'rerun-failed-jobs') {
    done = await executeRemediation(
      state,
      { kind: 'rerun-failed-jobs', runId: run.id, reason: 'approved' },
      { categories: proposal.categories ?? [] }
    )
  }
  // The steps of this approval (a deletion and its re-run, or a re-run): the deletion's
  // record carries the deleted sha and the restore command, so the reply must show every step.
  const steps = writer.records.filter(record => record.kind === 'delete-branch' || record.kind === 'rerun')
  const last = steps.at(-1)
  const outcome = deps.options.dryRun
    ? 'dry-run'
    : done
      ? 'done'
      : last?.result === 'failed'
        ? 'failed'
        : 'refused'
  state.action = deps.options.dryRun ? 'proposed' : done ? proposal.kind : 'refused'
  state.remediated = done && !deps.options.dryRun
  const result = renderApprovalResult({
    approvalId,
    user: route.commenter,
    action:
      proposal.kind === 'delete-branch'
        ? `delete branch ${proposal.branch} and re-run`
        : `re-run run ${run.id}`,
    outcome,
    detail: steps.map(step => step.detail).join('; '),
    checks: steps.flatMap(step =>
      (step.checks ?? []).map(check =>
        steps.length > 1 ? { ...check, name: `${step.kind}: ${check.name}` } : check
      )
    )
  })
  await writer.write({ kind: 'comment', issueNumber: issue.number }, `issue #${issue.number}`, {}, () =>
    gateway.comment(
      issue.number,
      done ? `${result}\n\n${hiddenMarker(APPROVAL_DONE_MARKER, approvalId)}` : result
    )
  )
  state.report.issue = { number: issue.number, url: issue.htmlUrl, action: 'approval' }
}

/**
 * Why an approved proposal must not run, whatever the gate says: the run is a fork's, it was
 * re-run since the proposal (its attempt moved on: approving again must not re-run it
 * again), or the proposal carries no record of what failed.
 */
function approvalRefusal(state: TriageState, proposal: Proposal, run: RunInfo): string | null {
  if (state.fromFork) return 'the run comes from another repository'
  if (run.runAttempt !== proposal.attempt)
    return `the proposal was made for attempt ${proposal.attempt}; the run is at attempt ${run.runAttempt} now`
  if (proposal.categories === null || proposal.categories.length === 0)
    return 'the proposal carries no record of the failed jobs; triage the run again'
  return null
}

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

/** The proposals an issue carries, from its hidden markers (outside fences). */
export function proposalsOf(body: string): Proposal[] {
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

async function sendNotification(state: TriageState, kind: Notification['kind']): Promise<void> {
  const { options } = state.deps
  if ((!options.slackWebhookUrl && !options.webhookUrl) || options.dryRun || !state.run) return
  // A pull request's own failure is the author's to see in the comment, not a team alert.
  if (state.action === 'none' || state.action === 'ignored' || state.action === 'commented') return
  const lead = state.analysis ? leadJob(state.analysis.jobs, state.decision) : null
  const results = await notify(
    { slackWebhookUrl: options.slackWebhookUrl, webhookUrl: options.webhookUrl },
    {
      kind,
      repository: state.report.repository,
      workflow: shownRun(state.run).name,
      branch: shownRun(state.run).headBranch,
      runUrl: state.run.htmlUrl,
      category: state.decision?.category,
      priority: state.report.decision?.priority ?? undefined,
      issueUrl: state.report.issue?.url,
      summary: lead ? `${lead.classification.category}: ${lead.fingerprint.maskedLine}` : state.action
    }
  )
  state.report.notifications = results
  for (const result of results)
    if (!result.ok) state.report.problems.push(`${result.target} notification ${result.detail}`)
}
