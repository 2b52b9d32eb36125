/**
 * Priority and owner routing of an escalated failure (DESIGN 5). Pure: the shell
 * supplies the run, its categories and the history it read from the API.
 */
import type { Policy } from '../config/policy.js'
import { type Category, type Priority, PRIORITIES, type Role, type RunInfo } from '../types.js'
import { matchesAny } from '../text/glob.js'
import { dominantCategory, type HistoryEvidence } from './decide.js'

const HOUR_MS = 60 * 60 * 1000

export interface TriageContext {
  run: Pick<RunInfo, 'name' | 'path' | 'headBranch' | 'event' | 'pullRequests'>
  defaultBranch: string
  /** The categories of the run's failed jobs. */
  categories: Category[]
  history: HistoryEvidence
  /** When the current streak of failures of this workflow on this branch began (ISO), if known. */
  failingSince: string | null
  /** ISO time of the decision. */
  now: string
  /** The classifier matched a quota or spending/billing limit. */
  quotaOrBilling: boolean
}

export interface PriorityVerdict {
  priority: Priority
  /** Why, for the issue body. */
  reasons: string[]
}

export interface Owners {
  primary: Role
  /** Also told, without being the owner. */
  extra: Role[]
}

function workflowMatches(run: TriageContext['run'], patterns: readonly string[]): boolean {
  const fileName = run.path.split('/').pop() ?? ''
  const stem = fileName.replace(/\.ya?ml$/i, '')
  const lowered = patterns.map(pattern => pattern.toLowerCase())
  return [run.name, fileName, stem].some(candidate => matchesAny(candidate.toLowerCase(), lowered))
}

function isPullRequestRun(run: TriageContext['run']): boolean {
  return run.event.startsWith('pull_request') || run.pullRequests.length > 0
}

/** Marketing patterns are the more specific (`release-notes*` against `release*`), so they win. */
function isMarketingWorkflow(run: TriageContext['run'], policy: Policy): boolean {
  return workflowMatches(run, policy.workflows.marketing)
}

/** A deploy or release to production: a matching workflow that is not checking a pull request. */
function isProductionWorkflow(run: TriageContext['run'], policy: Policy): boolean {
  return (
    !isPullRequestRun(run) &&
    !isMarketingWorkflow(run, policy) &&
    workflowMatches(run, policy.workflows.production)
  )
}

function onDefaultBranch(ctx: TriageContext): boolean {
  return ctx.run.headBranch === ctx.defaultBranch && !isPullRequestRun(ctx.run)
}

export function priorityFor(ctx: TriageContext, policy: Policy): PriorityVerdict {
  const { priorities } = policy
  const candidates: { priority: Priority; reason: string }[] = [
    { priority: priorities.other, reason: 'default priority' }
  ]
  if (isProductionWorkflow(ctx.run, policy)) {
    candidates.push({ priority: priorities.production, reason: 'a production deploy or release failed' })
  }
  if (onDefaultBranch(ctx)) {
    const brokenForMs = ctx.failingSince ? Date.parse(ctx.now) - Date.parse(ctx.failingSince) : 0
    candidates.push(
      brokenForMs > HOUR_MS
        ? {
            priority: priorities.defaultBranchOverAnHour,
            reason: 'the default branch has been broken for over an hour'
          }
        : { priority: priorities.defaultBranch, reason: 'the default branch is broken' }
    )
  }
  if (ctx.categories.some(category => category === 'security_scan' || category === 'authentication')) {
    candidates.push({ priority: priorities.securityOrAuth, reason: 'a security or authentication failure' })
  }
  if (isPullRequestRun(ctx.run) || matchesAny(ctx.run.headBranch, policy.automation.branchPatterns)) {
    candidates.push({
      priority: priorities.pullRequestOrAutomation,
      reason: 'a pull request or automation branch'
    })
  }
  if (ctx.history.flakyCountLast7d >= 3) {
    candidates.push({
      priority: priorities.flaky,
      reason: `flaky ${ctx.history.flakyCountLast7d} times in 7 days`
    })
  }

  const rank = (priority: Priority): number => PRIORITIES.indexOf(priority)
  const top = Math.min(...candidates.map(candidate => rank(candidate.priority)))
  const reasons = candidates
    .filter(candidate => rank(candidate.priority) === top)
    .map(candidate => candidate.reason)
  const bump = priorities.bumpAfterFailuresIn24h
  if (bump > 0 && ctx.history.failuresLast24h >= bump && top > 0) {
    reasons.push(`raised one level: ${ctx.history.failuresLast24h} failures in 24 hours`)
    return { priority: PRIORITIES[top - 1], reasons }
  }
  return { priority: PRIORITIES[top], reasons }
}

export function ownerFor(ctx: TriageContext, policy: Policy): Owners {
  const routed = policy.routing[dominantCategory(ctx.categories)]
  const primary: Role = isMarketingWorkflow(ctx.run, policy)
    ? 'cmo'
    : isProductionWorkflow(ctx.run, policy)
      ? 'cpo'
      : routed
  const extra = new Set<Role>([routed])
  if (priorityFor(ctx, policy).priority === 'P0' || ctx.quotaOrBilling) extra.add('ceo')
  extra.delete(primary)
  return { primary, extra: [...extra] }
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const TEAM = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/
/** GitHub accepts at most 10 assignees per issue. */
const MAX_ASSIGNEES = 10

/**
 * Assignees for the owner roles. Teams (`org/team`) cannot be assigned: they come back
 * apart, to be @-mentioned in the body. Malformed entries are dropped.
 */
export function assigneesFor(
  roles: readonly Role[],
  owners: Policy['owners']
): { assignees: string[]; teams: string[] } {
  const entries = roles.flatMap(role => owners[role] ?? []).map(entry => entry.trim().replace(/^@/, ''))
  const unique = [...new Set(entries)]
  return {
    assignees: unique.filter(entry => LOGIN.test(entry)).slice(0, MAX_ASSIGNEES),
    teams: unique.filter(entry => TEAM.test(entry))
  }
}

/** Failures that reach the security owner whatever else failed in the run. */
const SECURITY_CATEGORIES: readonly Category[] = ['security_scan', 'authentication']

/**
 * The order in which a run's new failures claim its quota of new issues: the most urgent
 * first (P0 before P1...), and at equal priority security and authentication failures before
 * the rest, so that they reach their owner rather than a shared "widely broken" list.
 * Otherwise the order is kept (the jobs' order).
 */
export function quotaOrder<T extends { priority: Priority; category: Category }>(
  failures: readonly T[]
): T[] {
  const rank = (failure: T): number =>
    PRIORITIES.indexOf(failure.priority) * 2 + (SECURITY_CATEGORIES.includes(failure.category) ? 0 : 1)
  return failures
    .map((failure, index) => ({ failure, index }))
    .sort((a, b) => rank(a.failure) - rank(b.failure) || a.index - b.index)
    .map(({ failure }) => failure)
}

const NEXT_STEP: Record<Category, string> = {
  branch_conflict: 'Rebase or recreate the branch, then re-run',
  test_failure: 'Fix the failing tests or the code they test; quarantine a flaky test with a tracking issue',
  code_failure: 'Fix the compile, type or lint errors shown in the evidence',
  dependency: 'Fix the dependency specification or lockfile',
  security_scan:
    'Review the findings; upgrade or replace the vulnerable dependency, rotate any leaked secret',
  infrastructure: 'Check the runner, service status and limits, then re-run',
  authentication: 'Check the secret or token and the workflow permissions',
  unknown: 'Read the evidence and the run log to find the cause'
}

/**
 * The next step for one failure. Why it was not remediated is said only for a category the
 * policy would have remediated: a failure the policy always escalates (code, security, an
 * unknown cause) was never going to be re-run, whatever the attempt limit says.
 */
export function actionRequired(
  category: Category,
  whyNotRemediated: readonly string[],
  policy: Policy
): string {
  const remediable = policy.remediation[category] !== 'escalate'
  const why =
    remediable && whyNotRemediated.length > 0
      ? ` (not remediated automatically: ${whyNotRemediated.join('; ')})`
      : ''
  return `${NEXT_STEP[category]}${why}.`
}

/** What the failure blocks, in the words of whoever decides on it. */
export function impactOf(run: TriageContext['run'], defaultBranch: string, policy: Policy): string {
  if (isProductionWorkflow(run, policy))
    return `The production deploy or release did not complete: what it ships is not live; decide whether to roll back or fix forward.`
  if (isMarketingWorkflow(run, policy) && !isPullRequestRun(run))
    return `The publication did not go out: the release notes, changelog, blog or docs it publishes are not updated.`
  if (isPullRequestRun(run))
    return run.pullRequests.length > 0
      ? `Pull request(s) ${run.pullRequests.map(n => `#${n}`).join(', ')} cannot merge until this passes.`
      : `The pull request cannot merge until this passes.`
  if (run.headBranch === defaultBranch)
    return `The default branch ${defaultBranch} is red: merges and releases from it are blocked.`
  return `The ${run.headBranch} branch is red.`
}
