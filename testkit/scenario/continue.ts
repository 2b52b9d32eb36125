/**
 * A scenario that starts where an earlier one ended: the issues the earlier run left, and
 * the artifacts it uploaded (through the artifact backend, as `@actions/artifact` does)
 * attached to a completed run of the action's own workflow, so that the stand-in lists and
 * serves them through its REST artifact routes. Two health checks in sequence share their
 * test history this way, as they do on GitHub through the report artifact.
 */
import type { Scenario, ScenarioIssue, ScenarioResult, ScenarioRun, ScenarioWorkflow } from './types.js'

/** The workflow file each action runs in, as both runners describe it to the action. */
export const OWN_WORKFLOW_PATHS = {
  triage: '.github/workflows/triage.yml',
  'health-check': '.github/workflows/health-check.yml'
} as const

const BOT = 'github-actions[bot]'

export interface Continuation {
  /** The id of the earlier run of the action's workflow that uploaded the artifacts. */
  runId: number
  /** When that run was created (ISO 8601); it must be before the next scenario's `now`. */
  at: string
  /** The id of the action's own workflow in the repository, when the scenario does not have it. */
  workflowId?: number
}

function ownWorkflow(action: Scenario['action'], id: number): ScenarioWorkflow {
  const path = OWN_WORKFLOW_PATHS[action]
  const name = action === 'triage' ? 'Workflow triage' : 'Workflow health'
  return {
    id,
    name,
    path,
    content: [
      `name: ${name}`,
      'on:',
      '  schedule:',
      "    - cron: '17 */4 * * *'",
      'permissions:',
      '  actions: read',
      'jobs:',
      '  health:',
      '    runs-on: ubuntu-latest',
      '    timeout-minutes: 15',
      '    steps:',
      '      - run: echo checked',
      ''
    ].join('\n')
  }
}

/** The issues a run left behind, as the next scenario's starting state. */
export function issuesLeft(result: ScenarioResult): ScenarioIssue[] {
  return result.issues.map(issue => ({
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state === 'closed' ? 'closed' : 'open',
    labels: issue.labels,
    assignees: issue.assignees,
    comments: issue.comments,
    user: BOT
  }))
}

/**
 * `next`, starting from what `earlier` left: its issues replace the repository's, and its
 * uploaded artifacts become those of a completed run `runId` of the action's own workflow.
 */
export function continueFrom(next: Scenario, earlier: ScenarioResult, continuation: Continuation): Scenario {
  const repository = next.repository
  const path = OWN_WORKFLOW_PATHS[earlier.action]
  const existing = repository.workflows.find(workflow => workflow.path === path)
  const workflow = existing ?? ownWorkflow(earlier.action, continuation.workflowId ?? 990_001)
  const defaultBranch = repository.branches.find(branch => branch.name === repository.defaultBranch)
  const run: ScenarioRun = {
    id: continuation.runId,
    workflowId: workflow.id,
    headBranch: repository.defaultBranch,
    headSha: defaultBranch?.sha ?? defaultBranch?.commits.at(-1)?.sha ?? '0'.repeat(40),
    event: 'schedule',
    status: 'completed',
    conclusion: earlier.exitCode === 0 ? 'success' : 'failure',
    runAttempt: 1,
    createdAt: continuation.at,
    runStartedAt: continuation.at,
    updatedAt: continuation.at,
    artifacts: Object.entries(earlier.artifacts).map(([name, files]) => ({ name, files }))
  }
  return {
    ...next,
    repository: {
      ...repository,
      workflows: existing ? repository.workflows : [...repository.workflows, workflow],
      runs: [...repository.runs.filter(other => other.id !== run.id), run],
      issues: issuesLeft(earlier)
    }
  }
}
