/**
 * Pruning stale automation branches (DESIGN 7), the shell around selectStaleBranches: list
 * the branches, select, then for each selected branch read its facts again from the API
 * and delete it only through the safety gate, which re-checks every DESIGN 8 condition
 * (default, pattern, protection, open pull requests, foreign commits, unchanged sha).
 */
import type { Policy } from '../config/policy.js'
import type { BranchWithDate } from '../github/gateway.js'
import type { GitHubPort } from '../github/port.js'
import { allReads } from '../github/reads.js'
import type { GatedWriter } from '../safety/writer.js'
import type { RequestBudget } from './budget.js'
import { branchFacts } from '../safety/branch-facts.js'
import { selectStaleBranches, type PrunePlanEntry } from './prune.js'
import { PRUNE_COST } from './plan.js'

const BRANCHES_PER_PAGE = 100

interface PruneContext {
  gateway: GitHubPort
  policy: Policy
  defaultBranch: string
  staleDays: number
  maxPrunes: number
  now: Date
  requests: RequestBudget
  log: (message: string) => void
}

/** What pruning reads before it selects: branches with their head commit, protection, open pull requests. */
export interface BranchListing {
  branches: BranchWithDate[]
  protectedNames: Set<string>
  openPrRefs: Set<string>
  /** Set when the page limit (the request budget's share) stopped the branch listing: how many were listed. */
  listedOnly?: number
}

export interface PruneResult {
  pruned: PrunePlanEntry[]
  /** What a dry run would have deleted (the gate passed every check but dry-run). */
  planned: PrunePlanEntry[]
  /** Stale branches left for the next run (per-run limit, request or write budget). */
  deferred: string[]
  /** Selected branches the re-check kept, with the reason. */
  kept: string[]
}

/**
 * The three listings pruning selects from, read together. The branch listing takes a request
 * per 100 branches: it stops after `pages`, so thousands of branches cannot overrun the budget.
 */
export async function listBranches(gateway: GitHubPort, pages: number): Promise<BranchListing> {
  const listable = Math.max(1, pages) * BRANCHES_PER_PAGE
  const [branches, protectedNames, openPrRefs] = await allReads([
    gateway.branchesWithDates(listable),
    gateway.protectedBranches(),
    gateway.openPullRequestRefs()
  ])
  return {
    branches,
    protectedNames,
    openPrRefs,
    ...(branches.length >= listable ? { listedOnly: branches.length } : {})
  }
}

/** Selects from `listing`, then re-checks and deletes each selected branch through the gate. */
export async function pruneBranches(
  context: PruneContext,
  writer: GatedWriter,
  listing: BranchListing
): Promise<PruneResult> {
  const { gateway, policy, defaultBranch } = context
  const { branches, protectedNames, openPrRefs } = listing
  const plan = selectStaleBranches({
    branches: branches.map(branch => ({ ...branch, protected: protectedNames.has(branch.name) })),
    defaultBranch,
    patterns: policy.automation.branchPatterns,
    openPrRefs,
    staleDays: context.staleDays,
    // The limit counts deletions: a branch the re-check keeps must not take the place of one it would not.
    maxPrunes: Number.MAX_SAFE_INTEGER,
    now: context.now
  })
  const result: PruneResult = { pruned: [], planned: [], deferred: [], kept: [] }
  for (const [index, entry] of plan.prune.entries()) {
    if (
      result.pruned.length + result.planned.length >= context.maxPrunes ||
      !context.requests.affords(PRUNE_COST)
    ) {
      result.deferred.push(...plan.prune.slice(index).map(rest => rest.name))
      break
    }
    const facts = await branchFacts(gateway, entry.name, defaultBranch, policy.automation.botAuthors)
    await writer.write(
      { kind: 'delete-branch', branch: entry.name, sha: entry.sha },
      `branch ${entry.name} at ${entry.sha}`,
      { branch: facts },
      () => gateway.deleteBranch(entry.name),
      () => `deleted; restore with: ${entry.restoreCommand}`
    )
    const audit = writer.records.at(-1)!
    const failedChecks = (audit.checks ?? []).filter(check => !check.passed && check.name !== 'dry-run')
    if (audit.result === 'done') {
      result.pruned.push(entry)
      context.log(`Deleted stale branch ${entry.name} at ${entry.sha}; restore: ${entry.restoreCommand}`)
    } else if (audit.result === 'would') {
      result.planned.push(entry)
    } else if (failedChecks.length > 0 && failedChecks.every(check => check.name === 'write-budget')) {
      result.deferred.push(entry.name)
    } else {
      result.kept.push(`${entry.name} was not deleted: ${audit.detail}`)
    }
  }
  return result
}
