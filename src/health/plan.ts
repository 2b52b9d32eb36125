/**
 * The health check's plan for its request budget (pure): what the reads after scoring may
 * spend, decided before any of them is sent.
 */

/** Requests of one deletion: the branch, its commits ahead, its pull requests (2), the delete. */
export const PRUNE_COST = 5
/** Requests of the reads before any deletion: a page of branches, the protected ones, the open pull requests. */
export const PRUNE_READ_COST = 3

/** Requests kept back from scoring and from lint's file reads, so pruning and issues can still start. */
export const SCORING_RESERVE = 10

/** What each of the reads that follow scoring may spend. */
interface ReadShares {
  /** Workflow files lint may read through the API. */
  lintFiles: number
  /** Whether the health issues may be listed. */
  issueListing: boolean
  /** Pages of branches pruning may list, or null when pruning waits for the next run. */
  branchPages: number | null
}

/**
 * Shares the requests left after scoring among the reads that then go out together, in
 * order of priority: lint's file reads (keeping SCORING_RESERVE for the others), the issue
 * listing, then pruning's listings, which keep enough back for one deletion. The shares
 * are fixed before any read is sent and count one request per listing besides the branch
 * pages; a listing of more pages, or a retry, comes out of the deletion's reserve, and the
 * deletions check the live count before each one.
 */
export function shareReads(
  remaining: number,
  wanted: { lintFiles: number; issues: boolean; prune: boolean }
): ReadShares {
  const lintFiles = Math.min(wanted.lintFiles, Math.max(0, remaining - SCORING_RESERVE))
  let left = remaining - lintFiles
  const issueListing = wanted.issues && left >= 1
  if (issueListing) left -= 1
  const pruneAffordable = wanted.prune && left >= PRUNE_READ_COST + PRUNE_COST
  // The protected-branch and pull-request listings take one request each; the rest is pages.
  const branchPages = pruneAffordable ? left - (PRUNE_READ_COST - 1) - PRUNE_COST : null
  return { lintFiles, issueListing, branchPages }
}
