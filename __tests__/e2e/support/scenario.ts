/**
 * A small builder for triage scenarios, so that each end-to-end test states only what
 * differs from an ordinary repository: one `CI` workflow with a `test` job on `main`,
 * failing runs built from a log, and the `workflow_run` / `issue_comment` events GitHub
 * would send. Runs go through the real bundle (`dist/index.js`) and the GitHub stand-in.
 */
import { expect } from '@jest/globals'
import { createHash } from 'node:crypto'
import { runScenario } from '../../../testkit/scenario/runner.js'
import type {
  Scenario,
  ScenarioBranch,
  ScenarioIssue,
  ScenarioJob,
  ScenarioPullRequest,
  ScenarioRepository,
  ScenarioResult,
  ScenarioRun
} from '../../../testkit/scenario/types.js'
import { TRIAGE_LABEL_NAMES } from '../../../src/triage/issues.js'

export const NOW = '2026-11-20T10:05:00Z'
export const MAIN_SHA = 'a1'.repeat(20)
export const WORKFLOW = { id: 11, name: 'CI', path: '.github/workflows/ci.yml' }
const RUN_STARTED = '2026-11-20T10:00:00Z'
const RUN_FINISHED = '2026-11-20T10:01:00Z'

/** The labels a triage issue carries, already in the repository so tests spend no write on them. */
const TRIAGE_LABELS = TRIAGE_LABEL_NAMES.map(name => ({ name, color: 'ededed' }))

/** The CI workflow, with a `run:` step for every command the scenario's jobs ran (for "reproduce locally"). */
function workflowYaml(runs: readonly ScenarioRun[]): string {
  const commands = new Set(
    runs.flatMap(run =>
      (run.jobs ?? []).flatMap(job =>
        (job.steps ?? []).flatMap(step => /^Run (?!actions\/)(.+)$/.exec(step.name)?.slice(1) ?? [])
      )
    )
  )
  return [
    'name: CI',
    'on: [push, pull_request]',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 15',
    '    steps:',
    '      - uses: actions/checkout@v5',
    ...[...commands].map(command => `      - run: ${command}`),
    ''
  ].join('\n')
}

export interface FailingRunOptions {
  log: string
  id?: number
  attempt?: number
  branch?: string
  sha?: string
  jobName?: string
  /** The failed step's name (GitHub names a `run:` step `Run <command>`). */
  step?: string
  conclusion?: 'failure' | 'timed_out' | 'startup_failure'
  pullRequests?: number[]
  createdAt?: string
  /** More failed jobs of the same run (a matrix, or unrelated jobs). */
  moreFailedJobs?: { jobName: string; log: string; step?: string }[]
}

/** A completed, failed run of CI whose one job failed with `log`. */
export function failingRun(options: FailingRunOptions): ScenarioRun {
  const attempt = options.attempt ?? 1
  return {
    id: options.id ?? 1001,
    workflowId: WORKFLOW.id,
    headBranch: options.branch ?? 'main',
    headSha: options.sha ?? MAIN_SHA,
    event: 'push',
    status: 'completed',
    conclusion: options.conclusion ?? 'failure',
    runAttempt: attempt,
    runNumber: 7,
    createdAt: options.createdAt ?? RUN_STARTED,
    runStartedAt: options.createdAt ?? RUN_STARTED,
    updatedAt: RUN_FINISHED,
    pullRequests: options.pullRequests,
    jobs: [options, ...(options.moreFailedJobs ?? [])].map((job, index) =>
      failedJob(5000 + attempt + index * 10, job)
    )
  }
}

function failedJob(id: number, options: Pick<FailingRunOptions, 'log' | 'jobName' | 'step'>): ScenarioJob {
  return {
    id,
    name: options.jobName ?? 'test',
    status: 'completed',
    conclusion: 'failure',
    startedAt: RUN_STARTED,
    completedAt: RUN_FINISHED,
    steps: [
      { name: 'Run actions/checkout@v5', number: 1, status: 'completed', conclusion: 'success' },
      { name: options.step ?? 'Run npm test', number: 2, status: 'completed', conclusion: 'failure' }
    ],
    log: options.log
  }
}

/**
 * A green run. With `afterFailedAttempt`, it is attempt 2 of a run whose attempt 1 failed
 * with that log (what GitHub shows after a successful re-run).
 */
export function greenRun(
  options: { id?: number; branch?: string; afterFailedAttempt?: string; updatedAt?: string } = {}
): ScenarioRun {
  const attempt = options.afterFailedAttempt ? 2 : 1
  return {
    id: options.id ?? 1001,
    workflowId: WORKFLOW.id,
    headBranch: options.branch ?? 'main',
    headSha: MAIN_SHA,
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    runAttempt: attempt,
    runNumber: 8,
    createdAt: '2026-11-20T10:02:00Z',
    runStartedAt: '2026-11-20T10:02:00Z',
    updatedAt: options.updatedAt ?? '2026-11-20T10:04:00Z',
    jobs: [
      {
        id: 6000 + attempt,
        name: 'test',
        status: 'completed',
        conclusion: 'success',
        startedAt: '2026-11-20T10:02:00Z',
        completedAt: '2026-11-20T10:04:00Z',
        steps: [{ name: 'Run npm test', number: 1, status: 'completed', conclusion: 'success' }]
      }
    ],
    previousAttempts: options.afterFailedAttempt
      ? { '1': [failedJob(6000, { log: options.afterFailedAttempt })] }
      : undefined
  }
}

/** A branch holding `commits` on top of the default branch, by the given authors. */
export function branch(
  name: string,
  authors: (string | null)[],
  options: { protected?: boolean } = {}
): ScenarioBranch {
  return {
    name,
    protected: options.protected,
    commits: authors.map((author, index) => ({
      sha: createHash('sha1').update(`${name}:${index}`).digest('hex'),
      message: `chore: update dependencies (${index + 1})`,
      author,
      date: '2026-11-19T08:00:00Z'
    }))
  }
}

export interface RepoOptions {
  runs: ScenarioRun[]
  branches?: ScenarioBranch[]
  pullRequests?: ScenarioPullRequest[]
  issues?: ScenarioIssue[]
  collaborators?: ScenarioRepository['collaborators']
}

/** `acme/app`: protected `main`, the CI workflow, the triage labels, and what the test adds. */
export function repoWith(options: RepoOptions): ScenarioRepository {
  return {
    owner: 'acme',
    name: 'app',
    defaultBranch: 'main',
    workflows: [{ ...WORKFLOW, content: workflowYaml(options.runs) }],
    runs: options.runs,
    branches: [
      {
        name: 'main',
        protected: true,
        commits: [
          { sha: MAIN_SHA, message: 'feat: cart totals', author: 'alice', date: '2026-11-19T00:00:00Z' }
        ]
      },
      ...(options.branches ?? [])
    ],
    pullRequests: options.pullRequests,
    issues: options.issues,
    labels: TRIAGE_LABELS,
    collaborators: options.collaborators
  }
}

/** The `workflow_run` `completed` event GitHub sends for `run` (the identifiers the action trusts). */
export function workflowRunEvent(run: ScenarioRun): Scenario['event'] {
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: {
        id: run.id,
        name: WORKFLOW.name,
        path: WORKFLOW.path,
        run_attempt: run.runAttempt ?? 1,
        conclusion: run.conclusion,
        head_branch: run.headBranch,
        head_sha: run.headSha
      },
      repository: { full_name: 'acme/app', default_branch: 'main' }
    }
  }
}

/** A new comment on an issue, as the `issue_comment` `created` event carries it. */
export function issueCommentEvent(issueNumber: number, body: string, login: string): Scenario['event'] {
  return {
    name: 'issue_comment',
    payload: {
      action: 'created',
      issue: { number: issueNumber, title: 'CI failure', state: 'open' },
      comment: { id: 777001, body, user: { login, type: 'User' } },
      repository: { full_name: 'acme/app', default_branch: 'main' }
    }
  }
}

export function triageScenario(
  repository: ScenarioRepository,
  event: Scenario['event'],
  extra: Pick<Scenario, 'inputs' | 'workspace' | 'env'> = {}
): Scenario {
  return { action: 'triage', now: NOW, repository, event, ...extra }
}

/** The usual case: `run` failed and the `workflow_run` event for it arrives. */
export function failureScenario(
  run: ScenarioRun,
  repo: Omit<RepoOptions, 'runs'> = {},
  extra: Pick<Scenario, 'inputs' | 'workspace' | 'env'> = {}
): Scenario {
  return triageScenario(repoWith({ ...repo, runs: [run] }), workflowRunEvent(run), extra)
}

/** Runs the triage bundle and checks what every run must satisfy: no OpenAPI violation. */
export async function triage(scenario: Scenario): Promise<ScenarioResult> {
  const result = await runScenario(scenario, { action: 'triage' })
  expect(result.violations).toEqual([])
  return result
}

/** The issues a run left behind, as the next scenario's starting state. */
export function carryIssues(result: ScenarioResult): ScenarioIssue[] {
  return result.issues.map(issue => ({
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state === 'closed' ? 'closed' : 'open',
    labels: issue.labels,
    assignees: issue.assignees,
    createdAt: '2026-11-20T10:01:30Z',
    user: 'github-actions[bot]',
    comments: issue.comments
  }))
}

/** The triage report the action uploaded as an artifact. */
export function reportOf(result: ScenarioResult): {
  json: Record<string, unknown> & { actions: { kind: string; result: string; detail: string }[] }
  markdown: string
} {
  const files = result.artifacts['triage-report'] ?? {}
  return {
    json: JSON.parse(files['triage-report.json'] ?? 'null') as ReturnType<typeof reportOf>['json'],
    markdown: files['triage-report.md'] ?? ''
  }
}

/** Every text the action produced or sent: where no secret and no raw injected markup may appear. */
export function everythingWritten(result: ScenarioResult): string[] {
  return [
    ...result.issues.flatMap(issue => [issue.title, issue.body, ...issue.comments.map(c => c.body)]),
    ...Object.values(result.artifacts).flatMap(files => Object.values(files)),
    result.stepSummary,
    ...Object.values(result.outputs),
    ...result.writes.map(write => JSON.stringify(write.body)),
    ...result.annotations.map(annotation => annotation.message)
  ]
}

/** Write requests of one kind: `POST .../issues`, `DELETE .../git/refs/...` and so on. */
export function writesTo(
  result: ScenarioResult,
  method: string,
  pathPattern: RegExp
): ScenarioResult['writes'] {
  return result.writes.filter(write => write.method === method && pathPattern.test(write.path))
}
