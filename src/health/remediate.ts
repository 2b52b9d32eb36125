/**
 * Remediation on schedule (issue 5, DESIGN 7): `auto-fix` re-runs recent failed runs whose
 * failure the classifier calls transient infrastructure, and `triage-missed` triages failed
 * runs no triage has recorded. Both reuse the triage pipeline's parts (collect, analyse,
 * decide, the safety gate through a GatedWriter, runTriage) rather than deciding anything
 * of their own; this module only chooses which runs, and keeps within the budgets.
 */
import { isFromOtherRepository, ownRuns } from '../safety/provenance.js'
import type { HealthOptions, TriageOptions } from '../config/inputs.js'
import type { Policy } from '../config/policy.js'
import { historyEvidence } from '../classify/history.js'
import type { WorkflowInfo } from '../github/gateway.js'
import type { GitHubPort } from '../github/port.js'
import { allReads } from '../github/reads.js'
import { linesWithFenceState } from '../text/markdown.js'
import { rerunFacts } from '../safety/gate.js'
import type { GatedWriter } from '../safety/writer.js'
import { isFailedConclusion, type Category, type Classification, type RunInfo } from '../types.js'
import type { RequestBudget } from './budget.js'
import type { RemediationRecord } from './report.js'
import { type WriteAllowance } from '../safety/budget.js'
import {
  analyseJobs,
  gateCategory,
  runReference,
  collectEvidence,
  decide,
  runTriage
} from '../triage/index.js'

/** Failed runs created this long ago at most are "recent". */
export const REMEDIATION_WINDOW_HOURS = 24
/** Runs auto-fix examines per repository and check; the rest wait for the next check. */
export const MAX_AUTO_FIX_PER_RUN = 10
/** Runs triage-missed triages per repository and check; the rest wait for the next check. */
export const MAX_TRIAGED_PER_RUN = 5
/** Requests one examination is estimated to take: jobs, history, workflow file, a few logs, the re-run. */
export const AUTO_FIX_COST = 8
/** A triage also reads the run, the triage issues and labels, and may write an issue. */
export const TRIAGE_COST = 15

const COLLECT = { maxFailedJobs: 10, maxLogBytes: 512 * 1024 }
const AI_OFF = {
  mode: 'off',
  baseUrl: '',
  model: '',
  apiKey: '',
  azureApiVersion: '',
  timeoutMs: 0
} as const satisfies TriageOptions['ai']

/**
 * Failed runs (latest attempt: the listing shows each run at its latest attempt) of the
 * active workflows, created in the last 24 hours on any branch, newest first. The
 * workflow the health check runs in is left out: it never acts on itself; and so are
 * runs from other repositories (forks).
 */
export async function recentFailedRuns(
  gateway: GitHubPort,
  workflows: readonly WorkflowInfo[],
  now: Date,
  selfWorkflowPath: string | null
): Promise<RunInfo[]> {
  const since = now.getTime() - REMEDIATION_WINDOW_HOURS * 3600_000
  const watched = workflows.filter(
    workflow => workflow.state === 'active' && workflow.path !== selfWorkflowPath
  )
  const lists = await allReads(
    watched.map(workflow =>
      // GitHub's `created` range filter is not in its OpenAPI description: filter the newest page here.
      gateway.workflowRuns(workflow.id, { status: 'completed', perPage: 100 })
    )
  )
  // A fork's runs are never re-run or triaged by the schedule: they are not the repository's.
  return ownRuns(lists.flat(), `${gateway.owner}/${gateway.repo}`)
    .filter(run => isFailedConclusion(run.conclusion) && Date.parse(run.createdAt) >= since)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
}

const OCCURRENCE_ROW = /^\| \[?run (\d+)\]?/

/**
 * Run ids a triage issue's occurrence table lists (src/triage/issues.ts writes the rows as
 * `| [run 123](url) | attempt | ...`); rows inside fenced blocks are quoted text, not records.
 */
export function recordedRunIds(issues: readonly { body: string }[]): Set<number> {
  const ids = new Set<number>()
  for (const issue of issues) {
    for (const { line, fenced } of linesWithFenceState(issue.body)) {
      const match = fenced ? null : OCCURRENCE_ROW.exec(line)
      if (match) ids.add(Number(match[1]))
    }
  }
  return ids
}

/** Failed runs no triage has recorded: in no triage issue, never re-run, not re-run by this check. */
export function untriagedRuns(
  runs: readonly RunInfo[],
  recorded: ReadonlySet<number>,
  rerunNow: ReadonlySet<number>
): RunInfo[] {
  return runs.filter(run => run.runAttempt === 1 && !recorded.has(run.id) && !rerunNow.has(run.id))
}

/**
 * Whether auto-fix may consider a re-run at all: every failed job (by every source that
 * classified it) is infrastructure or a transient dependency failure. A test failure's
 * flakiness re-run stays with the triage action, where a person sees the outcome.
 */
export function transientVerdict(
  jobs: readonly { classification: Classification; rulesClassification: Classification }[]
): { ok: true } | { ok: false; reason: string } {
  if (jobs.length === 0) return { ok: false, reason: 'no failed job to examine' }
  const transient = (classification: Classification) =>
    classification.category === 'infrastructure' ||
    (classification.category === 'dependency' && classification.transient)
  const others = jobs
    .flatMap(job => [job.classification, job.rulesClassification])
    .filter(classification => !transient(classification))
    .map(classification => classification.category)
  if (others.length === 0) return { ok: true }
  return {
    ok: false,
    reason: `not a transient infrastructure failure (${[...new Set(others)].join(', ')}): left to triage`
  }
}

export interface SweepContext {
  gateway: GitHubPort
  policy: Policy
  options: HealthOptions
  defaultBranch: string
  now: Date
  requests: RequestBudget
  log: (message: string) => void
}

export interface SweepResult {
  records: RemediationRecord[]
  /** Run ids a re-run was requested (or, in a dry run, would be) for. */
  rerun: Set<number>
  /** Why some runs were left for the next check, in words. */
  left: string[]
}

function runOf(run: RunInfo): RemediationRecord['run'] {
  return { id: run.id, url: run.htmlUrl, workflow: run.name, branch: run.headBranch, attempt: run.runAttempt }
}

/** Auto-fix: examine recent failed runs, newest first, and re-run the transient ones through the gate. */
export async function autoFix(
  context: SweepContext,
  candidates: readonly RunInfo[],
  writer: GatedWriter
): Promise<SweepResult> {
  const result: SweepResult = { records: [], rerun: new Set(), left: [] }
  const queue = [...candidates]
  let examined = 0
  while (queue.length > 0) {
    if (examined >= MAX_AUTO_FIX_PER_RUN) {
      result.left.push(
        `auto-fix: ${queue.length} failed run(s) left for the next check (at most ${MAX_AUTO_FIX_PER_RUN} per check)`
      )
      break
    }
    if (!context.requests.affords(AUTO_FIX_COST)) {
      result.left.push(`auto-fix: ${queue.length} failed run(s) left for the next check (API request budget)`)
      break
    }
    const run = queue.shift()!
    examined++
    const record = await autoFixRun(context, run, writer).catch((error: unknown): RemediationRecord => ({
      kind: 'auto-fix',
      run: runOf(run),
      category: null,
      action: 'none',
      result: 'failed',
      detail: error instanceof Error ? error.message : String(error)
    }))
    if (record.action === 'rerun-failed-jobs' && (record.result === 'done' || record.result === 'would'))
      result.rerun.add(run.id)
    result.records.push(record)
  }
  return result
}

async function autoFixRun(
  context: SweepContext,
  run: RunInfo,
  writer: GatedWriter
): Promise<RemediationRecord> {
  const { gateway, policy, options } = context
  const record = (
    result: RemediationRecord['result'],
    detail: string,
    category: Category | null = null,
    action = 'none'
  ): RemediationRecord => ({ kind: 'auto-fix', run: runOf(run), category, action, result, detail })
  // Known from the listing: no need to read jobs and logs to learn the gate would refuse.
  if (run.runAttempt >= policy.limits.maxAttempts)
    return record('refused', `attempt ${run.runAttempt} reached the limit of ${policy.limits.maxAttempts}`)

  const evidence = await collectEvidence(gateway, run, { ...COLLECT, defaultBranch: context.defaultBranch })
  const analysis = await analyseJobs(evidence.failedJobs, {
    workflowPath: run.path,
    ai: AI_OFF,
    guidance: ''
  })
  const decision = decide(
    {
      run,
      defaultBranch: evidence.defaultBranch,
      failedJobs: analysis.jobs.map(job => ({
        job: job.evidence.job,
        classification: job.classification,
        rulesClassification: job.rulesClassification
      })),
      history: historyEvidence(run, evidence.history),
      isRerunAttempt: run.runAttempt > 1,
      fromOtherRepository: isFromOtherRepository(run, `${gateway.owner}/${gateway.repo}`)
    },
    policy,
    { dryRun: options.dryRun, requireApproval: [] }
  )
  const transient = transientVerdict(analysis.jobs)
  if (!transient.ok) return record('skipped', transient.reason, decision.category)
  const rerun = decision.actions.find(action => action.kind === 'rerun-failed-jobs')
  if (!rerun) {
    const reasons = decision.actions.map(action => action.reason).join('; ')
    return record('refused', reasons, decision.category)
  }
  if (rerun.requiresApproval)
    return record('skipped', 'the playbook requires approval for re-runs', decision.category)

  const failedJobCategories: Category[] = [
    ...analysis.jobs.map(gateCategory),
    // Failed jobs past the collection limit were not examined: they count, as unknowns.
    ...Array<Category>(evidence.skippedFailedJobs).fill('unknown')
  ]
  await writer.write(
    { kind: 'rerun', runId: run.id },
    `run ${run.id}`,
    { run: rerunFacts(run, policy.limits, failedJobCategories) },
    () => gateway.rerunFailedJobs(run.id),
    () => `re-run of the failed jobs requested (attempt ${run.runAttempt + 1}): ${rerun.reason}`
  )
  const audit = writer.records.at(-1)!
  const result = audit.result === 'proposed' ? 'skipped' : audit.result
  return record(result, audit.detail, decision.category, 'rerun-failed-jobs')
}

/** The triage action's options for a triage started by the health check: no AI, no notifications. */
export function triageOptionsFor(options: HealthOptions): TriageOptions {
  return {
    token: options.token,
    playbookPath: options.playbookPath,
    dryRun: options.dryRun,
    createIssues: options.createIssues,
    uploadReport: false,
    reportName: 'triage-report',
    retentionDays: options.retentionDays,
    overrides: options.overrides,
    ai: AI_OFF,
    maxFailedJobs: COLLECT.maxFailedJobs,
    maxLogKb: COLLECT.maxLogBytes / 1024,
    requireApproval: false,
    slackWebhookUrl: '',
    webhookUrl: '',
    runId: null,
    ignoreWorkflows: [],
    botLogin: 'github-actions[bot]'
  }
}

/**
 * Triage-missed: run the triage pipeline (runTriage) on failed runs no triage recorded,
 * newest first, at most MAX_TRIAGED_PER_RUN. Each triage gets what is left of the write
 * budget and of the new-issue quota, so the check as a whole stays within both.
 */
export async function triageMissed(
  context: SweepContext & { guidance: string },
  untriaged: readonly RunInfo[],
  writes: WriteAllowance
): Promise<SweepResult> {
  const result: SweepResult = { records: [], rerun: new Set(), left: [] }
  let newIssuesLeft = context.policy.limits.maxNewIssues
  const queue = [...untriaged]
  let triaged = 0
  while (queue.length > 0) {
    const reason =
      triaged >= MAX_TRIAGED_PER_RUN
        ? `at most ${MAX_TRIAGED_PER_RUN} per check`
        : !context.requests.affords(TRIAGE_COST)
          ? 'API request budget'
          : !context.options.dryRun && writes.remaining === 0
            ? 'write budget'
            : null
    if (reason) {
      const ids = queue.map(run => run.id).join(', ')
      result.left.push(
        `triage-missed: ${queue.length} untriaged failed run(s) left for the next check (${reason}): ${ids}`
      )
      break
    }
    const run = queue.shift()!
    triaged++
    const { record, opened } = await triageOne(context, run, writes, newIssuesLeft)
    if (opened) newIssuesLeft--
    if (record.action === 'rerun-failed-jobs') result.rerun.add(run.id)
    result.records.push(record)
  }
  return result
}

async function triageOne(
  context: SweepContext & { guidance: string },
  run: RunInfo,
  writes: WriteAllowance,
  newIssuesLeft: number
): Promise<{ record: RemediationRecord; opened: boolean }> {
  const policy: Policy = {
    ...context.policy,
    limits: {
      ...context.policy.limits,
      maxWrites: writes.remaining,
      maxNewIssues: Math.max(0, newIssuesLeft)
    }
  }
  const base = { kind: 'triage-missed' as const, run: runOf(run) }
  try {
    const outcome = await runTriage({
      options: triageOptionsFor(context.options),
      policy,
      guidance: context.guidance,
      gateway: context.gateway,
      route: {
        kind: 'triage',
        run: runReference(run, context.defaultBranch)
      },
      eventName: 'schedule',
      now: context.now,
      log: context.log
    })
    writes.record(outcome.report.actions)
    const { report } = outcome
    const detail = outcome.failure ?? report.decision?.reasons.join('; ') ?? report.reason ?? ''
    const record: RemediationRecord = {
      ...base,
      category: report.decision?.category ?? null,
      action: outcome.outputs.action,
      result: outcome.failure ? 'failed' : context.options.dryRun ? 'would' : 'done',
      detail,
      ...(report.issue ? { issue: { number: report.issue.number, url: report.issue.url } } : {})
    }
    return { record, opened: report.issue?.action === 'opened' }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { record: { ...base, category: null, action: 'none', result: 'failed', detail }, opened: false }
  }
}
