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

/** How many workflows the budget lets scoring read, keeping SCORING_RESERVE; a note for the rest. */
export function planScoring(
  repo: string,
  remaining: number,
  workflows: number
): { workflows: number; notes: string[] } {
  const scored = Math.min(workflows, Math.max(0, remaining - SCORING_RESERVE))
  return {
    workflows: scored,
    notes:
      scored < workflows
        ? [
            `${repo}: ${workflows - scored} of ${workflows} workflows were left for the next run (API request budget)`
          ]
        : []
  }
}

/**
 * The shares of the reads after scoring (shareReads), and the budget notes for what they leave
 * out. `lintFiles`: the workflow files lint would read through the API (null: none, the
 * workspace has them), of which at most `maxLintFiles`.
 */
export function planReads(
  repo: string,
  remaining: number,
  wanted: { lintFiles: readonly string[] | null; maxLintFiles: number; issues: boolean; prune: boolean }
): { shares: ReadShares; notes: string[] } {
  const apiFiles = wanted.lintFiles?.length ?? 0
  const shares = shareReads(remaining, {
    lintFiles: Math.min(wanted.maxLintFiles, apiFiles),
    issues: wanted.issues,
    prune: wanted.prune
  })
  const notes: string[] = []
  if (wanted.lintFiles !== null && shares.lintFiles < apiFiles)
    notes.push(
      `${repo}: ${apiFiles - shares.lintFiles} of ${apiFiles} workflow files were not linted (API request budget)`
    )
  if (wanted.prune && shares.branchPages === null)
    notes.push(`${repo}: pruning was left for the next run (API request budget)`)
  if (wanted.issues && !shares.issueListing)
    notes.push(`${repo}: issues were left for the next run (API request budget)`)
  return { shares, notes }
}
