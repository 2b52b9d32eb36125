/**
 * Stale automation branch selection (SPEC 7 pruning). Pure: it decides, the shell deletes.
 * A branch is pruned only when every condition holds; each kept branch says which one failed.
 */
import { matchesAny } from '../text/glob.js'

export interface BranchInfo {
  name: string
  protected: boolean
  sha: string
  /** ISO time of the branch head's commit; null when unknown (never pruned then). */
  lastCommitDate: string | null
}

export interface PruneInput {
  branches: BranchInfo[]
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

export interface PrunePlan {
  /** Oldest first, at most `maxPrunes`. */
  prune: PrunePlanEntry[]
  /** Automation branches that stay, with the condition that kept them. */
  kept: { name: string; reason: string }[]
  /** Stale branches over the per-run limit, left for the next run. */
  deferred: string[]
}

const DAY_MS = 24 * 3600 * 1000
const SAFE_SHELL_WORD = /^[A-Za-z0-9._/@%+=:,-]+$/

/** Branch names may hold `$`, `;` or backticks: quote what a person will paste into a shell. */
export function shellQuote(word: string): string {
  return SAFE_SHELL_WORD.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`
}

export function gitRestoreCommand(name: string, sha: string): string {
  return `git push origin ${shellQuote(`${sha}:refs/heads/${name}`)}`
}

/** The same restore through the REST API, for people without a clone at hand. */
export function ghRestoreCommand(repo: string, name: string, sha: string): string {
  return `gh api -X POST repos/${shellQuote(repo)}/git/refs -f ${shellQuote(`ref=refs/heads/${name}`)} -f sha=${shellQuote(sha)}`
}

function ageInDays(lastCommitDate: string | null, now: Date): number | null {
  if (lastCommitDate === null) return null
  const ms = now.getTime() - Date.parse(lastCommitDate)
  return Number.isFinite(ms) ? ms / DAY_MS : null
}

/** The first safety condition the branch fails, or how long it has been stale. */
function verdict(branch: BranchInfo, input: PruneInput): { keep: string } | { staleDays: number } {
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
      restoreCommand: gitRestoreCommand(branch.name, branch.sha)
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
