/**
 * The one safety gate every write passes (DESIGN 8). It re-derives each verdict from
 * facts the shell read from the API and the policy, never from what decide() proposed
 * or why: nothing in a log or an LLM answer can widen what is allowed.
 */
import type { Policy } from '../config/policy.js'
import type { Category } from '../types.js'
import { matchesAny } from '../text/glob.js'

/** Failed jobs in these categories veto any re-run of the run (mixed-failure veto). */
export const RERUN_VETO_CATEGORIES: readonly Category[] = ['code_failure', 'security_scan', 'authentication']

export interface BranchFacts {
  name: string
  exists: boolean
  protected: boolean
  isDefault: boolean
  /** Open pull requests from or into the branch. */
  openPrs: number
  headSha: string
  /** Authors of commits not on the default branch who are not allowed bot authors. */
  foreignAuthors: string[]
  /**
   * Commits ahead of the default branch whose authors were not read (a branch too far
   * ahead to page through): any of them may be a person's, so the branch is not bot-only.
   */
  uncheckedCommits?: number
}

/** A remediation that waits for `/triage approve <id>` instead of running. */
interface ApprovalGate {
  requiresApproval?: true
  /** The id of `/triage approve <id>`. */
  approvalId?: string
}

export type RerunAction = { kind: 'rerun-failed-jobs'; runId: number; reason: string } & ApprovalGate
export type DeleteBranchAction = {
  kind: 'delete-branch'
  branch: string
  sha: string
  restoreCommand: string
  reason: string
} & ApprovalGate

export type ProposedWrite =
  | { kind: 'delete-branch'; branch: string; sha: string }
  | { kind: 'rerun'; runId: number }
  | { kind: 'create-issue'; title: string }
  | { kind: 'update-issue'; issueNumber: number }
  | { kind: 'comment'; issueNumber: number }
  | { kind: 'add-labels'; issueNumber: number; labels: string[] }
  | { kind: 'create-label'; name: string }
  | { kind: 'close-issue'; issueNumber: number }

export interface GateContext {
  dryRun: boolean
  writesUsed: number
  maxWrites: number
  defaultBranch: string
  branchPatterns: readonly string[]
  /** The branch a deletion targets, as the API describes it now. */
  branch?: BranchFacts
  /**
   * Set when the run this action responds to comes from another repository (a fork's pull
   * request): it never leads to a re-run, a deletion or a closed issue, and to issue writes
   * only when the maintainer chose `fork-runs: escalate`.
   */
  foreignRun?: { repository: string; mayWriteIssues: boolean }
  /** The run a re-run targets, as the API describes it now. */
  run?: {
    id: number
    attempt: number
    maxAttempts: number
    maxFailedJobs: number
    /**
     * One entry per failed job from every source that classified it (rules and AI):
     * a veto category from any source blocks the re-run.
     */
    failedJobCategories: Category[]
  }
}

/**
 * The facts a re-run of `run` is checked against: its attempt, the policy's limits, and
 * the categories of its failed jobs.
 */
export function rerunFacts(
  run: { id: number; runAttempt: number },
  limits: Policy['limits'],
  failedJobCategories: Category[]
): NonNullable<GateContext['run']> {
  return {
    id: run.id,
    attempt: run.runAttempt,
    maxAttempts: limits.maxAttempts,
    maxFailedJobs: Math.max(limits.maxFailedJobsForRerun, 0),
    failedJobCategories
  }
}

interface GateCheck {
  name: string
  passed: boolean
  detail: string
}

interface GateVerdict {
  /** The write may be sent now. */
  allowed: boolean
  /** Every check except dry-run passed: what a dry run reports as "would have". */
  wouldAllow: boolean
  checks: GateCheck[]
}

/** The write a proposed remediation asks for: what the shell passes to checkWrite before sending it. */
export function remediationWrite(action: RerunAction | DeleteBranchAction): ProposedWrite {
  return action.kind === 'rerun-failed-jobs'
    ? { kind: 'rerun', runId: action.runId }
    : { kind: 'delete-branch', branch: action.branch, sha: action.sha }
}

const check = (name: string, passed: boolean, detail: string): GateCheck => ({ name, passed, detail })

export function checkWrite(write: ProposedWrite, ctx: GateContext): GateVerdict {
  const checks = [...writeChecks(write, ctx), provenanceCheck(write, ctx), ...budgetChecks(ctx)]
  const wouldAllow = checks.every(c => c.passed)
  const dryRun = check(
    'dry-run',
    !ctx.dryRun,
    ctx.dryRun ? `dry-run: would have sent ${write.kind}` : 'live run'
  )
  return { allowed: wouldAllow && !ctx.dryRun, wouldAllow, checks: [...checks, dryRun] }
}

/** Writes a fork's run may cause: issue text at most, and only when the maintainer chose so. */
function provenanceCheck(write: ProposedWrite, ctx: GateContext): GateCheck {
  const foreign = ctx.foreignRun
  if (!foreign) return check('own-repository', true, "the run is the repository's own")
  const issueWrite = !['delete-branch', 'rerun', 'close-issue'].includes(write.kind)
  const allowed = issueWrite && foreign.mayWriteIssues
  return check(
    'own-repository',
    allowed,
    allowed
      ? `the run comes from ${foreign.repository}; fork-runs: escalate allows issues`
      : `the run comes from ${foreign.repository}: no ${write.kind} for another repository's run`
  )
}

function budgetChecks(ctx: GateContext): GateCheck[] {
  const withinBudget =
    Number.isInteger(ctx.writesUsed) && ctx.writesUsed >= 0 && ctx.writesUsed < ctx.maxWrites
  return [check('write-budget', withinBudget, `${ctx.writesUsed} of ${ctx.maxWrites} writes used`)]
}

function writeChecks(write: ProposedWrite, ctx: GateContext): GateCheck[] {
  switch (write.kind) {
    case 'delete-branch':
      return deletionChecks(write, ctx)
    case 'rerun':
      return rerunChecks(write, ctx)
    case 'create-issue':
      return [
        check(
          'title',
          write.title.trim() !== '' && Array.from(write.title).length <= 256,
          'issue title is 1-256 characters'
        )
      ]
    case 'add-labels':
      return [
        issueNumberCheck(write.issueNumber),
        check('labels', write.labels.length > 0, 'at least one label')
      ]
    case 'create-label':
      return [
        check(
          'label-name',
          write.name.trim() !== '' && write.name.length <= 50,
          'label name is 1-50 characters'
        )
      ]
    case 'update-issue':
    case 'comment':
    case 'close-issue':
      return [issueNumberCheck(write.issueNumber)]
  }
}

function issueNumberCheck(issueNumber: number): GateCheck {
  return check('issue-number', Number.isInteger(issueNumber) && issueNumber > 0, `issue #${issueNumber}`)
}

function deletionChecks(write: { branch: string; sha: string }, ctx: GateContext): GateCheck[] {
  const facts = ctx.branch
  const name = write.branch
  if (!facts || facts.name !== name || !facts.exists) {
    return [check('branch-facts', false, `no current facts for branch ${name}`)]
  }
  const isDefault =
    facts.isDefault || ctx.defaultBranch === '' || name.toLowerCase() === ctx.defaultBranch.toLowerCase()
  return [
    check('branch-facts', true, `facts for ${name}`),
    check(
      'not-default',
      !isDefault,
      isDefault ? `${name} is (or may be) the default branch` : 'not the default'
    ),
    check(
      'automation-pattern',
      matchesAny(name, ctx.branchPatterns),
      `matches ${ctx.branchPatterns.join(', ')}`
    ),
    check('not-protected', !facts.protected, facts.protected ? 'protected' : 'not protected'),
    check('no-open-pr', facts.openPrs === 0, `${facts.openPrs} open pull request(s)`),
    onlyBotCommits(facts),
    check(
      'sha-unchanged',
      write.sha !== '' && write.sha === facts.headSha,
      `head ${facts.headSha}, asked ${write.sha}`
    )
  ]
}

function onlyBotCommits(facts: BranchFacts): GateCheck {
  const unchecked = facts.uncheckedCommits ?? 0
  if (facts.foreignAuthors.length > 0)
    return check('only-bot-commits', false, `commits by ${facts.foreignAuthors.join(', ')}`)
  if (unchecked !== 0)
    return check('only-bot-commits', false, `${unchecked} commit(s) ahead whose authors were not read`)
  return check('only-bot-commits', true, 'only allowed bot authors')
}

function rerunChecks(write: { runId: number }, ctx: GateContext): GateCheck[] {
  const run = ctx.run
  if (!run || run.id !== write.runId)
    return [check('run-facts', false, `no current facts for run ${write.runId}`)]
  const vetoed = run.failedJobCategories.filter(category => RERUN_VETO_CATEGORIES.includes(category))
  const failedJobs = run.failedJobCategories.length
  return [
    check('run-facts', true, `facts for run ${run.id}`),
    check(
      'attempt-limit',
      run.attempt < run.maxAttempts,
      `attempt ${run.attempt} of at most ${run.maxAttempts}`
    ),
    check(
      'no-vetoed-category',
      vetoed.length === 0,
      vetoed.length === 0
        ? 'no code, security or authentication failure'
        : `failed jobs include ${vetoed.join(', ')}`
    ),
    check(
      'failed-jobs',
      failedJobs > 0 && failedJobs <= run.maxFailedJobs,
      `${failedJobs} failed job(s), at most ${run.maxFailedJobs}`
    )
  ]
}
