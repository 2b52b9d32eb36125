/**
 * The triage side of the sample: which runs to triage and the `workflow_run` event GitHub
 * would send for each. Pure functions over the scenario, shared by `npm run demo` and the
 * end-to-end test.
 */
import type { Scenario, ScenarioRepository, ScenarioRun } from '../testkit/scenario/types.js'

const TRIAGED_CONCLUSIONS = new Set(['failure', 'timed_out', 'startup_failure'])

/** The newest failed run of every workflow, newest first: what a triage would be running on now. */
export function newestFailures(repository: ScenarioRepository): ScenarioRun[] {
  const newest = new Map<number, ScenarioRun>()
  for (const run of repository.runs) {
    if (run.status !== 'completed' || !TRIAGED_CONCLUSIONS.has(run.conclusion ?? '')) continue
    const seen = newest.get(run.workflowId)
    if (!seen || run.createdAt > seen.createdAt) newest.set(run.workflowId, run)
  }
  return [...newest.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/**
 * A `workflow_run` `completed` webhook payload for `run`, shaped like GitHub's (the fields
 * the triage action and a reader of the payload use; GitHub sends many more URLs).
 */
export function workflowRunEvent(
  repository: ScenarioRepository,
  run: ScenarioRun
): { name: 'workflow_run'; payload: Record<string, unknown> } {
  const workflow = repository.workflows.find(candidate => candidate.id === run.workflowId)
  if (!workflow) throw new Error(`run ${run.id} names workflow ${run.workflowId}, which the scenario lacks`)
  const fullName = `${repository.owner}/${repository.name}`
  const web = `https://github.com/${fullName}`
  const api = `https://api.github.com/repos/${fullName}`
  const owner = {
    login: repository.owner,
    type: 'Organization',
    html_url: `https://github.com/${repository.owner}`
  }
  const repositoryJson = {
    name: repository.name,
    full_name: fullName,
    owner,
    private: repository.private ?? false,
    html_url: web,
    url: api,
    default_branch: repository.defaultBranch
  }
  const actor = { login: run.actor ?? repository.owner, type: run.actor?.endsWith('[bot]') ? 'Bot' : 'User' }
  const commit = repository.branches
    .flatMap(branch => branch.commits)
    .find(candidate => candidate.sha === run.headSha)
  const attempt = run.runAttempt ?? 1
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: {
        id: run.id,
        name: workflow.name,
        display_title: commit?.message.split('\n')[0] ?? workflow.name,
        path: workflow.path,
        workflow_id: workflow.id,
        head_branch: run.headBranch,
        head_sha: run.headSha,
        run_number: run.runNumber ?? 1,
        run_attempt: attempt,
        event: run.event,
        status: run.status,
        conclusion: run.conclusion,
        created_at: run.createdAt,
        updated_at: run.updatedAt,
        run_started_at: run.runStartedAt ?? run.createdAt,
        html_url: `${web}/actions/runs/${run.id}`,
        url: `${api}/actions/runs/${run.id}`,
        jobs_url: `${api}/actions/runs/${run.id}/attempts/${attempt}/jobs`,
        logs_url: `${api}/actions/runs/${run.id}/logs`,
        workflow_url: `${api}/actions/workflows/${workflow.id}`,
        pull_requests: (run.pullRequests ?? []).map(number => ({ number, url: `${api}/pulls/${number}` })),
        actor,
        triggering_actor: actor,
        head_commit: commit
          ? {
              id: commit.sha,
              message: commit.message,
              timestamp: commit.date,
              author: { name: commit.author ?? '' }
            }
          : null,
        repository: repositoryJson,
        head_repository: repositoryJson
      },
      workflow: {
        id: workflow.id,
        name: workflow.name,
        path: workflow.path,
        state: workflow.state ?? 'active'
      },
      repository: repositoryJson,
      organization: owner,
      sender: actor
    }
  }
}

/** The sample scenario turned into a triage of `run`: same repository, its event, triage inputs. */
export function triageScenario(scenario: Scenario, run: ScenarioRun): Scenario {
  return {
    ...scenario,
    action: 'triage',
    description: `Triage of run ${run.id} (${run.headBranch})`,
    event: workflowRunEvent(scenario.repository, run),
    // The health check's inputs mean nothing to the triage action: it runs on its defaults.
    inputs: { 'dry-run': 'false' }
  }
}
