/**
 * Where a run came from. `workflow_run` fires for runs of fork pull requests too, and a fork's
 * author controls its branch name, its workflow file and its log: such a run must never act
 * on the base repository (resolve or close an issue, delete a branch, re-run), and never
 * count in the history of the base repository's branch of the same name. Pure.
 */
import type { RunInfo } from '../types.js'

/**
 * True when the run's head commit comes from a repository other than `repository`
 * (`owner/name`). A run whose head repository the API did not name is treated as foreign:
 * what cannot be placed is not trusted. A run without the field at all (built by hand, not
 * read from the API) is taken as the repository's own.
 */
export function isFromOtherRepository(run: Pick<RunInfo, 'headRepository'>, repository: string): boolean {
  if (run.headRepository === undefined) return false
  return run.headRepository === null || run.headRepository.toLowerCase() !== repository.toLowerCase()
}

/** The runs of `repository` itself: what a branch's history and a workflow's health are made of. */
export function ownRuns<T extends Pick<RunInfo, 'headRepository'>>(
  runs: readonly T[],
  repository: string
): T[] {
  return runs.filter(run => !isFromOtherRepository(run, repository))
}
