/**
 * The pure half of the failure flow: which issues a failed run becomes, how each is routed and
 * prioritised, and how its pieces read in issues, comments and the report.
 */
import { failingSince, type HistoryEvidence } from '../../classify/history.js'
import type { Policy } from '../../config/policy.js'
import { hiddenMarker } from '../../text/markdown.js'
import type { Category, RunInfo } from '../../types.js'
import type { AnalysedJob } from '../analyse.js'
import { dominantCategory, type Decision, type ProposedAction } from '../decide.js'
import { isInScope, type TriageIssues } from '../escalate.js'
import {
  ownerFor,
  priorityFor,
  quotaOrder,
  type Owners,
  type PriorityVerdict,
  type TriageContext
} from '../priority.js'
import type { TriageReport } from '../report.js'

export const PROPOSAL_MARKER = 'proposal'

export type Remediating = Exclude<ProposedAction, { kind: 'escalate' }>

/** One issue to file: a fingerprint's failed jobs, routed and prioritised on their own. */
export interface IssuePlan {
  fingerprint: string
  jobs: AnalysedJob[]
  category: Category
  priority: PriorityVerdict
  owners: Owners
}

/** What the failure flow escalates: the issues, the proposals awaiting approval and why. */
export interface EscalationPlan {
  issues: IssuePlan[]
  approvals: Remediating[]
  reasons: string[]
  /** The gate's category of every failed job, recorded with each proposal. */
  categories: Category[]
  failingSince: string | null
  /** Why the run is a mass failure, when it is one. */
  massFailure: string | null
}

/**
 * The run's failed jobs as the issues they become, most urgent first: one per fingerprint,
 * or one for them all in a mass failure (a shared cause, not many problems). Each is routed
 * and prioritised from its own failure, never from the worst of the run.
 */
export function planIssues(
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

/** The report's decision: the category, and the first issue's priority, owner and reasons. */
export function decisionReport(
  decision: Decision,
  first: IssuePlan | undefined,
  massFailure: string | null
): NonNullable<TriageReport['decision']> {
  return {
    category: decision.category,
    confidence: 0,
    action: '',
    priority: first?.priority.priority ?? null,
    owner: first ? [first.owners.primary, ...first.owners.extra].join(', ') : null,
    reasons: [
      ...(massFailure ? [`mass failure: ${massFailure}`] : []),
      ...decision.actions.map(action => action.reason),
      ...(first?.priority.reasons ?? [])
    ]
  }
}

/**
 * The evidence people see: the lines the rules matched, or, for a failure no rule knows,
 * the redacted excerpt itself (its root cause tells the reader to read the excerpt).
 */
export function evidenceOf(job: AnalysedJob): string[] {
  const { classification, excerpt } = job
  return classification.category === 'unknown' || classification.evidence.length === 0
    ? excerpt.lines
    : classification.evidence
}

/** The job whose category the decision rests on (the first of that category). */
export function leadJob(jobs: AnalysedJob[], decision: Decision | undefined): AnalysedJob | null {
  if (jobs.length === 0) return null
  return jobs.find(job => job.classification.category === decision?.category) ?? jobs[0]
}

export function targetOf(action: ProposedAction): string {
  if (action.kind === 'delete-branch') return `branch ${action.branch}`
  if (action.kind === 'rerun-failed-jobs') return `run ${action.runId}`
  return 'issue'
}

/**
 * A remediation waiting for `/triage approve`: its id (kind, run and attempt), for a deletion
 * the branch and sha, and the gate's category of every failed job as this triage found them,
 * which the approval's re-run veto reads (never the issue's labels, which anyone with triage
 * access can change).
 */
export function proposalMarker(action: Remediating, categories: readonly Category[]): string {
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

/** A failure of a pull-request run is an issue too when it concerns more than the pull request. */
export function needsIssue(
  issuePlan: IssuePlan,
  issues: TriageIssues,
  path: string,
  defaultBranch: string
): boolean {
  if (issuePlan.category === 'security_scan' || issuePlan.category === 'authentication') return true
  const known = issues.byFingerprint.get(issuePlan.fingerprint)
  return known !== undefined && known.state === 'open' && isInScope(known, path, defaultBranch)
}

export function flakyVerdict(run: RunInfo, history: HistoryEvidence, massFailure: string | null): string {
  if (massFailure) return `no: ${massFailure}`
  if (history.flaky)
    return `likely: this commit also passed (${history.flakyCountLast7d} flaky commit(s) in 7 days)`
  if (history.broken) return `no: ${history.consecutiveFailures} failures in a row on this branch`
  if (run.runAttempt > 1) return `no: it failed again on attempt ${run.runAttempt}`
  return 'no sign of it: this commit has not passed'
}

/**
 * The pull request whose run this is, when its failure goes to a comment there: a run of the
 * repository's own pull request (a fork's run follows `fork-runs`), with
 * `pull-request-failures: comment`.
 */
export function pullRequestToComment(run: RunInfo, fromFork: boolean, policy: Policy): number | null {
  if (fromFork || policy.pullRequestFailures !== 'comment') return null
  if (run.event !== 'pull_request' && run.event !== 'pull_request_target') return null
  return run.pullRequests[0] ?? null
}

/** The time the current streak of failures on the run's branch began. */
export function streakStart(run: RunInfo, history: readonly RunInfo[]): string | null {
  return failingSince(
    [run, ...history.filter(other => other.id !== run.id)]
      .filter(other => other.headBranch === run.headBranch)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  )
}
