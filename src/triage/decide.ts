/**
 * The policy decision (DESIGN 4): from the facts of one failed run to a closed list of
 * typed actions. Pure; the I/O shell gathers the facts and passes every action it
 * takes through the safety gate (gate.ts), which re-checks them independently.
 */
import { BROKEN_AFTER, type HistoryEvidence as RunHistory } from '../classify/history.js'
import type { Policy, Remediation } from '../config/policy.js'
import type { Category, Classification, JobInfo, RunInfo } from '../types.js'
import { matchesAny } from '../text/glob.js'
import { restoreCommand } from '../text/shell.js'
import {
  RERUN_VETO_CATEGORIES,
  type BranchFacts,
  type DeleteBranchAction,
  type RerunAction
} from '../safety/gate.js'

/** The history facts the decision reads; classify/history.ts computes them. */
export type HistoryEvidence = Pick<
  RunHistory,
  'flaky' | 'broken' | 'consecutiveFailures' | 'failuresLast24h' | 'flakyCountLast7d'
>

export interface FailedJob {
  job: JobInfo
  /** The answer shown, routed and prioritised: the AI's when it answered. */
  classification: Classification
  /**
   * The deterministic rules' answer, the only basis of a remediation (absent: the shown
   * answer is the rules' own). An AI answer may add a veto, never allow what the rules did not.
   */
  rulesClassification?: Classification
}

function rulesAnswer(failed: FailedJob): Classification {
  return failed.rulesClassification ?? failed.classification
}

export interface TriageFacts {
  run: RunInfo
  defaultBranch: string
  failedJobs: FailedJob[]
  history: HistoryEvidence
  /** The failed attempt was itself a re-run (attempt > 1). */
  isRerunAttempt: boolean
  /** The run comes from another repository (a fork's pull request): never remediated. */
  fromOtherRepository?: boolean
  /**
   * Most of a matrix or of a test suite failed at once: the platform (infrastructure, which a
   * re-run may fix) or a breaking change (broken), never flaky tests worth re-running.
   */
  massFailure?: boolean
  /** For branch conflicts: the rejected target parsed from the log and that branch's facts from the API. */
  branchConflict?: { targetRef: string | null; branch: BranchFacts | null }
}

type EscalateAction = { kind: 'escalate'; reason: string }
export type ProposedAction = RerunAction | DeleteBranchAction | EscalateAction

export interface Decision {
  /** The category the decision rests on: the most serious among the failed jobs. */
  category: Category
  /** In order of execution; a delete-branch is followed by its re-run. */
  actions: ProposedAction[]
  dryRun: boolean
}

interface DecideOptions {
  dryRun: boolean
  /** Remediations to propose for approval instead of running (added to the policy's list). */
  requireApproval: readonly Remediation[]
}

/** Most serious first: the category an issue is filed and routed under. */
const SEVERITY: readonly Category[] = [
  'authentication',
  'security_scan',
  'code_failure',
  'dependency',
  'test_failure',
  'branch_conflict',
  'infrastructure',
  'unknown'
]

export function dominantCategory(categories: readonly Category[]): Category {
  return SEVERITY.find(category => categories.includes(category)) ?? 'unknown'
}

export function decide(facts: TriageFacts, policy: Policy, options: DecideOptions): Decision {
  const categories = facts.failedJobs.map(failed => failed.classification.category)
  const category = dominantCategory(categories)
  const needsApproval = new Set<Remediation>([...policy.requireApproval, ...options.requireApproval])
  const decision = (actions: ProposedAction[]): Decision => ({ category, actions, dryRun: options.dryRun })
  const escalate = (reason: string): Decision => decision([{ kind: 'escalate', reason }])

  if (facts.failedJobs.length === 0) return escalate('the run failed without a failed job to examine')
  if (facts.fromOtherRepository)
    return escalate('the run comes from another repository (a fork): it is never remediated')

  const branchConflict = facts.failedJobs.some(failed => rulesAnswer(failed).category === 'branch_conflict')
  const rerun = rerunVerdict(facts, policy, branchConflict)
  if (branchConflict) {
    if (policy.remediation.branch_conflict !== 'delete-branch') {
      return escalate('the policy escalates branch conflicts')
    }
    const deletion = deletionVerdict(facts, policy)
    if (!deletion.ok) return escalate(deletion.reason)
    if (!rerun.ok) return escalate(`the conflicting branch could be deleted, but ${rerun.reason}`)
    const branch = deletion.branch
    const actions: ProposedAction[] = [
      withApproval(needsApproval, facts, {
        kind: 'delete-branch',
        branch: branch.name,
        sha: branch.headSha,
        restoreCommand: restoreCommand(branch.name, branch.headSha),
        reason: `the push to ${branch.name} was rejected; the branch holds only bot commits and no open pull request`
      }),
      withApproval(needsApproval, facts, {
        kind: 'rerun-failed-jobs',
        runId: facts.run.id,
        reason: `re-run after deleting ${branch.name}`
      })
    ]
    return decision(withApprovalEscalation(actions))
  }

  if (!rerun.ok) return escalate(rerun.reason)
  const action = withApproval(needsApproval, facts, {
    kind: 'rerun-failed-jobs',
    runId: facts.run.id,
    reason: rerun.reason
  })
  return decision(withApprovalEscalation([action]))
}

type Verdict = { ok: true; reason: string } | { ok: false; reason: string }

/**
 * Whether re-running the failed jobs is allowed and could help. After deleting a
 * conflicting branch a repeat failure is expected, not a sign of a broken branch.
 */
function rerunVerdict(facts: TriageFacts, policy: Policy, afterBranchDeletion: boolean): Verdict {
  const { run, failedJobs, history } = facts
  const vetoOf = (failed: FailedJob): Category | undefined =>
    [failed.classification.category, rulesAnswer(failed).category].find(category =>
      RERUN_VETO_CATEGORIES.includes(category)
    )
  const vetoed = failedJobs.filter(failed => vetoOf(failed) !== undefined)
  if (vetoed.length > 0) {
    const names = vetoed.map(failed => `${failed.job.name} (${vetoOf(failed)})`).join(', ')
    return { ok: false, reason: `a re-run cannot fix ${names}` }
  }
  if (run.runAttempt >= policy.limits.maxAttempts) {
    return {
      ok: false,
      reason: `attempt ${run.runAttempt} reached the limit of ${policy.limits.maxAttempts}`
    }
  }
  if (failedJobs.length > policy.limits.maxFailedJobsForRerun) {
    return {
      ok: false,
      reason: `${failedJobs.length} jobs failed, more than the ${policy.limits.maxFailedJobsForRerun} a re-run is allowed for`
    }
  }
  if (!afterBranchDeletion && (history.broken || history.consecutiveFailures >= BROKEN_AFTER)) {
    return {
      ok: false,
      reason: `the branch is broken (${history.consecutiveFailures} consecutive failures): a re-run will not fix it`
    }
  }
  if (facts.massFailure && failedJobs.some(failed => rulesAnswer(failed).category !== 'infrastructure')) {
    return { ok: false, reason: 'a mass failure is a breaking change or the platform, not flaky tests' }
  }
  const reasons: string[] = []
  for (const failed of failedJobs) {
    const { job, classification } = failed
    const rules = rulesAnswer(failed)
    if (classification.category !== rules.category) {
      return {
        ok: false,
        reason: `${job.name}: the AI answered ${classification.category} where the rules found ${rules.category}; only the rules' answer can allow a re-run`
      }
    }
    const jobVerdict = jobRerunVerdict(rules, facts, policy)
    if (!jobVerdict.ok) return { ok: false, reason: `${job.name}: ${jobVerdict.reason}` }
    reasons.push(jobVerdict.reason)
  }
  return { ok: true, reason: [...new Set(reasons)].join('; ') }
}

function jobRerunVerdict(classification: Classification, facts: TriageFacts, policy: Policy): Verdict {
  const { category } = classification
  // A branch conflict job is re-run by its own remediation once the branch is gone.
  if (category === 'branch_conflict') return { ok: true, reason: 'branch conflict' }
  if (policy.remediation[category] !== 'rerun-failed-jobs') {
    return { ok: false, reason: `the policy escalates ${category}` }
  }
  switch (category) {
    case 'infrastructure':
      return { ok: true, reason: 'runner or platform trouble' }
    case 'dependency':
      return classification.transient
        ? { ok: true, reason: 'transient network failure while installing dependencies' }
        : { ok: false, reason: 'the dependency failure is not transient' }
    case 'test_failure': {
      const rerunsDone = facts.run.runAttempt - 1
      if (rerunsDone >= policy.flakyReruns) {
        return {
          ok: false,
          reason: facts.isRerunAttempt
            ? `tests still fail after ${rerunsDone} re-run(s): not flaky`
            : 'flaky re-runs are disabled'
        }
      }
      return { ok: true, reason: 're-run to confirm whether the failing tests are flaky' }
    }
    default:
      return { ok: false, reason: `a re-run is not a remediation for ${category}` }
  }
}

type DeletionVerdict = { ok: true; branch: BranchFacts } | { ok: false; reason: string }

function deletionVerdict(facts: TriageFacts, policy: Policy): DeletionVerdict {
  const conflict = facts.branchConflict
  const target = conflict?.targetRef
  if (!target) return { ok: false, reason: 'the rejected branch could not be read from the log' }
  const branch = conflict.branch
  if (!branch || branch.name !== target || !branch.exists) {
    return { ok: false, reason: `the rejected branch ${target} does not exist` }
  }
  if (branch.isDefault || target === facts.defaultBranch) {
    return { ok: false, reason: `${target} is the default branch` }
  }
  if (!matchesAny(target, policy.automation.branchPatterns)) {
    return { ok: false, reason: `${target} is not an automation branch` }
  }
  if (branch.protected) return { ok: false, reason: `${target} is protected` }
  if (branch.openPrs > 0) return { ok: false, reason: `${target} has an open pull request` }
  if (branch.foreignAuthors.length > 0) {
    return { ok: false, reason: `${target} carries commits by ${branch.foreignAuthors.join(', ')}` }
  }
  if ((branch.uncheckedCommits ?? 0) > 0) {
    return {
      ok: false,
      reason: `${target} is too far ahead of ${facts.defaultBranch} to check every commit's author`
    }
  }
  return { ok: true, branch }
}

function withApproval<A extends RerunAction | DeleteBranchAction>(
  needsApproval: ReadonlySet<Remediation>,
  facts: TriageFacts,
  action: A
): A {
  if (!needsApproval.has(action.kind)) return action
  return {
    ...action,
    requiresApproval: true,
    approvalId: `${action.kind}-${facts.run.id}-${facts.run.runAttempt}`
  }
}

/** Approval-gated actions wait for a person, so the failure is also escalated (the issue carries the command). */
function withApprovalEscalation(actions: ProposedAction[]): ProposedAction[] {
  const waiting = actions.filter(action => action.kind !== 'escalate' && action.requiresApproval)
  if (waiting.length === 0) return actions
  return [
    ...actions,
    { kind: 'escalate', reason: `awaiting approval: ${waiting.map(a => a.kind).join(', ')}` }
  ]
}

const GIT_REJECTION = /\[(?:remote )?rejected\]\s+(\S+)(?:\s+->\s+(\S+))?/
const PORCELAIN_REJECTION = /^!\t[^:\t]*:(\S+)\t\[(?:remote )?rejected\]/
const CANNOT_LOCK = /cannot lock ref '([^']+)'/

/**
 * The branch a rejected `git push` targeted, from git's own messages: `! [rejected]
 * src -> dst (fetch first)`, `! [remote rejected] src -> dst (cannot lock ref ...)`, the
 * porcelain form, or `cannot lock ref 'refs/heads/dst'`. Returns null when no valid
 * branch name is there (`failed to push some refs` and hints name none).
 */
export function parseRejectedRef(lines: readonly string[]): string | null {
  for (const line of lines) {
    const porcelain = PORCELAIN_REJECTION.exec(line.trimStart())
    const rejected = porcelain ? null : GIT_REJECTION.exec(line)
    const ref = porcelain?.[1] ?? (rejected ? (rejected[2] ?? rejected[1]) : CANNOT_LOCK.exec(line)?.[1])
    const branch = ref === undefined ? null : branchName(ref)
    if (branch) return branch
  }
  return null
}

/** A branch name from a ref, or null for tags, other refs and names git would refuse. */
function branchName(ref: string): string | null {
  const name = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref
  if (name.startsWith('refs/') || name === 'HEAD') return null
  const invalid =
    name === '' ||
    /[\s~^:?*[\\\p{Cc}]/u.test(name) ||
    name.includes('..') ||
    name.includes('@{') ||
    name.includes('//') ||
    /(^|\/)\./.test(name) ||
    /(\.lock|\/|\.)$/.test(name) ||
    name.startsWith('/') ||
    name.startsWith('-')
  return invalid ? null : name
}
