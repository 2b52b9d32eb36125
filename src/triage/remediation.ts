import type { Policy } from '../config/policy.js'
import type { GitHubPort } from '../github/port.js'
import type { Category, RunInfo } from '../types.js'
import {
  remediationWrite,
  rerunFacts,
  type BranchFacts,
  type DeleteBranchAction,
  type RerunAction
} from '../safety/gate.js'
import type { GatedWriter } from '../safety/writer.js'

interface RemediationFacts {
  /** The branch a deletion targets, as read from the API now. */
  branch?: BranchFacts
  run: Pick<RunInfo, 'id' | 'runAttempt'>
  limits: Policy['limits']
  /** One per failed job of the run: the gate counts them and vetoes by them. */
  categories: Category[]
}

/**
 * Sends one remediation through the safety gate: the only way triage re-runs a workflow or
 * deletes a branch. True when it was sent (or, in a dry run, would have been).
 */
export async function sendRemediation(
  writer: GatedWriter,
  github: Pick<GitHubPort, 'deleteBranch' | 'rerunFailedJobs'>,
  action: RerunAction | DeleteBranchAction,
  facts: RemediationFacts
): Promise<boolean> {
  const write = remediationWrite(action)
  const sent =
    action.kind === 'delete-branch'
      ? await writer.write(
          write,
          `branch ${action.branch} at ${action.sha.slice(0, 12)}`,
          { branch: facts.branch },
          async () => {
            await github.deleteBranch(action.branch)
            return true
          },
          () => `deleted; restore with: ${action.restoreCommand}`
        )
      : await writer.write(
          write,
          `run ${action.runId}`,
          { run: rerunFacts(facts.run, facts.limits, facts.categories) },
          async () => {
            await github.rerunFailedJobs(action.runId)
            return true
          },
          () => `re-run of the failed jobs requested (attempt ${facts.run.runAttempt + 1})`
        )
  return sent === true || (writer.dryRun && writer.records.at(-1)?.result === 'would')
}
