/**
 * Stale automation branch selection (DESIGN 7 pruning). Pure: it decides, the shell deletes.
 * A branch is pruned only when every condition holds; each kept branch says which one failed.
 */
import type { BranchWithDate } from '../github/gateway.js'
import { matchesAny } from '../text/glob.js'
import { restoreCommand } from '../text/shell.js'

/** A branch as listed; a null `lastCommitDate` (unknown) is never pruned. */
export type PrunableBranch = Pick<BranchWithDate, 'name' | 'protected' | 'sha' | 'lastCommitDate'>

interface PruneInput {
  branches: PrunableBranch[]
  defaultBranch: string
  /** Automation branch patterns; branches outside them are not considered at all. */
  patterns: string[]
  /** Head and base branch names of open pull requests. */
  openPrRefs: Set<string>
  staleDays: number
  maxPrunes: number
  now: Date
}

export interface PrunePlanEntry {
  name: string
  sha: string
  ageDays: number
  /** Recreates the branch at the deleted sha. */
  restoreCommand: string
}

interface PrunePlan {
  /** Oldest first, at most `maxPrunes`. */
  prune: PrunePlanEntry[]
  /** Automation branches that stay, with the condition that kept them. */
  kept: { name: string; reason: string }[]
  /** Stale branches over the per-run limit, left for the next run. */
  deferred: string[]
}

const DAY_MS = 24 * 3600 * 1000
function ageInDays(lastCommitDate: string | null, now: Date): number | null {
  if (lastCommitDate === null) return null
  const ms = now.getTime() - Date.parse(lastCommitDate)
  return Number.isFinite(ms) ? ms / DAY_MS : null
}

/** The first safety condition the branch fails, or how long it has been stale. */
function verdict(branch: PrunableBranch, input: PruneInput): { keep: string } | { staleDays: number } {
  if (branch.name === input.defaultBranch) return { keep: 'default branch' }
  if (branch.protected) return { keep: 'protected' }
  if (input.openPrRefs.has(branch.name)) return { keep: 'open pull request from or into it' }
  const age = ageInDays(branch.lastCommitDate, input.now)
  if (age === null) return { keep: 'last commit date unknown' }
  if (age <= input.staleDays) {
    return { keep: `last commit ${Math.floor(age)} days ago (stale after ${input.staleDays})` }
  }
  return { staleDays: age }
}

export function selectStaleBranches(input: PruneInput): PrunePlan {
  const kept: PrunePlan['kept'] = []
  const stale: { entry: PrunePlanEntry; age: number }[] = []
  for (const branch of input.branches) {
    if (!matchesAny(branch.name, input.patterns)) continue
    const result = verdict(branch, input)
    if ('keep' in result) {
      kept.push({ name: branch.name, reason: result.keep })
      continue
    }
    const entry = {
      name: branch.name,
      sha: branch.sha,
      ageDays: Math.floor(result.staleDays),
      restoreCommand: restoreCommand(branch.name, branch.sha)
    }
    stale.push({ entry, age: result.staleDays })
  }
  const oldestFirst = stale.sort((a, b) => b.age - a.age || a.entry.name.localeCompare(b.entry.name))
  const limit = Math.max(0, input.maxPrunes)
  return {
    prune: oldestFirst.slice(0, limit).map(({ entry }) => entry),
    kept,
    deferred: oldestFirst.slice(limit).map(({ entry }) => entry.name)
  }
}
