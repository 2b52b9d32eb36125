/**
 * Small repositories for the health-check e2e tests, written for them: workflows whose
 * last runs put them in each status, branches for pruning, failed runs with logs for
 * auto-fix and triage-missed. Everything is relative to NOW, so ages are exact.
 */
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { mkdtempSync } from 'node:fs'
import { runScenario } from '../../../testkit/scenario/runner.js'
import type {
  Scenario,
  ScenarioBranch,
  ScenarioIssue,
  ScenarioJob,
  ScenarioRepository,
  ScenarioResult,
  ScenarioRun,
  ScenarioWorkflow
} from '../../../testkit/scenario/types.js'
import type { HealthReport } from '../../../src/health/report.js'

export const NOW = '2026-11-20T12:00:00Z'
export const BOT = 'github-actions[bot]'
const HOUR = 3600_000
const DAY = 24 * HOUR

export function hoursAgo(hours: number): string {
  return new Date(Date.parse(NOW) - hours * HOUR).toISOString()
}

function sha(seed: string): string {
  let hex = ''
  for (let index = 0; hex.length < 40; index++) {
    hex += ((seed.charCodeAt(index % seed.length) * 31 + index * 7) % 256).toString(16).padStart(2, '0')
  }
  return hex.slice(0, 40)
}

export const MAIN_SHA = sha('main-head')

/** A workflow file that lints clean: pinned permissions, a timeout, a first-party action. */
export function workflowYaml(name: string): string {
  return `name: ${name}
on:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - run: npm ci
      - run: npm test
`
}

export function workflow(
  id: number,
  name: string,
  state: ScenarioWorkflow['state'] = 'active'
): ScenarioWorkflow {
  const file = name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  return { id, name, path: `.github/workflows/${file}.yml`, state, content: workflowYaml(name) }
}

const CONCLUSIONS: Record<string, ScenarioRun['conclusion']> = {
  S: 'success',
  F: 'failure',
  T: 'timed_out',
  C: 'cancelled',
  A: 'action_required'
}

export interface RunOptions {
  id: number
  workflowId: number
  conclusion: ScenarioRun['conclusion']
  hoursAgo: number
  branch?: string
  attempt?: number
  status?: ScenarioRun['status']
  durationMinutes?: number
  jobs?: ScenarioJob[]
}

export function run(options: RunOptions): ScenarioRun {
  const created = Date.parse(NOW) - options.hoursAgo * HOUR
  const started = created + 60_000
  const duration = (options.durationMinutes ?? 5) * 60_000
  const branchName = options.branch ?? 'main'
  return {
    id: options.id,
    workflowId: options.workflowId,
    headBranch: branchName,
    headSha: branchName === 'main' && options.hoursAgo < 1 ? MAIN_SHA : sha(`${options.id}`),
    event: 'push',
    status: options.status ?? 'completed',
    conclusion: options.status && options.status !== 'completed' ? null : options.conclusion,
    runAttempt: options.attempt ?? 1,
    runNumber: options.id % 1000,
    createdAt: new Date(created).toISOString(),
    runStartedAt: new Date(started).toISOString(),
    updatedAt: new Date(started + duration).toISOString(),
    actor: 'alice',
    jobs: options.jobs
  }
}

/**
 * Runs newest first from a pattern (S success, F failure, T timed out, C cancelled,
 * A awaiting approval), one every `spacingHours` from `startHoursAgo` back.
 * Durations grow a little with age, so the durations chart has a shape.
 */
export function runsFrom(
  workflowId: number,
  pattern: string,
  options: { startHoursAgo?: number; spacingHours?: number; idBase?: number; branch?: string } = {}
): ScenarioRun[] {
  const start = options.startHoursAgo ?? 1
  const spacing = options.spacingHours ?? 3
  const idBase = options.idBase ?? workflowId * 1000
  return [...pattern].map((letter, index) =>
    run({
      id: idBase + index + 1,
      workflowId,
      conclusion: CONCLUSIONS[letter],
      hoursAgo: start + index * spacing,
      branch: options.branch,
      durationMinutes: 4 + ((index * 7) % 5)
    })
  )
}

/** A failed job with its log, the way the runner records it. */
export function failedJob(id: number, name: string, log: string): ScenarioJob {
  return {
    id,
    name,
    status: 'completed',
    conclusion: 'failure',
    startedAt: hoursAgo(2),
    completedAt: hoursAgo(1.9),
    labels: ['ubuntu-latest'],
    steps: [
      { name: 'Set up job', number: 1, status: 'completed', conclusion: 'success' },
      { name: 'Run npm test', number: 2, status: 'completed', conclusion: 'failure' }
    ],
    log
  }
}

export function branch(
  name: string,
  options: { ageDays: number; authors?: (string | null)[]; protected?: boolean }
): ScenarioBranch {
  const authors = options.authors ?? [BOT]
  const date = new Date(Date.parse(NOW) - options.ageDays * DAY).toISOString()
  return {
    name,
    protected: options.protected,
    commits: authors.map((author, index) => ({
      sha: sha(`${name}#${index}`),
      message: `update ${index}`,
      author,
      date
    }))
  }
}

export const MAIN_BRANCH: ScenarioBranch = {
  name: 'main',
  protected: true,
  commits: [{ sha: MAIN_SHA, message: 'Initial commit', author: 'alice', date: hoursAgo(30 * 24) }]
}

/** The workflows of the status repository and the status each one's runs must give. */
export const STATUS_WORKFLOWS = {
  ci: { workflow: workflow(1, 'CI'), pattern: 'SSSSSSSSSS', status: 'healthy' },
  deploy: { workflow: workflow(2, 'Deploy'), pattern: 'FFFSSSSSSS', status: 'critical' },
  lint: { workflow: workflow(3, 'Lint'), pattern: 'FFSSSSSSSS', status: 'degraded' },
  docs: { workflow: workflow(4, 'Docs'), pattern: 'SFSSSCSSSS', status: 'warning' },
  nightly: { workflow: workflow(5, 'Nightly', 'disabled_inactivity'), pattern: 'SS', status: 'no-data' }
} as const

/**
 * One repository with a workflow in every status, a run stuck in the queue for 8 hours
 * and one awaiting approval. Runs are 3 hours apart, the newest an hour ago.
 */
export function statusRepository(owner = 'acme', name = 'app'): ScenarioRepository {
  const entries = Object.values(STATUS_WORKFLOWS)
  return {
    owner,
    name,
    defaultBranch: 'main',
    workflows: entries.map(entry => entry.workflow),
    runs: [
      ...entries.flatMap(entry => runsFrom(entry.workflow.id, entry.pattern)),
      run({ id: 9001, workflowId: 1, conclusion: null, status: 'queued', hoursAgo: 8 }),
      run({ id: 9002, workflowId: 2, conclusion: 'action_required', hoursAgo: 0.5, branch: 'fork-pr' })
    ],
    branches: [MAIN_BRANCH]
  }
}

export function healthScenario(repository: ScenarioRepository, extra: Partial<Scenario> = {}): Scenario {
  return {
    description: 'health check',
    action: 'health-check',
    repository,
    event: { name: 'schedule', payload: { schedule: '0 */4 * * *' } },
    now: NOW,
    ...extra,
    inputs: { ...extra.inputs }
  }
}

export interface HealthRun {
  result: ScenarioResult
  report: HealthReport
  outDir: string
}

/** Runs the real health-check bundle on a scenario; the report is read from the uploaded artifact. */
export async function healthCheck(scenario: Scenario, artifactName = 'health-report'): Promise<HealthRun> {
  const outDir = mkdtempSync(join(tmpdir(), 'wt-health-e2e-'))
  const result = await runScenario(scenario, { action: 'health-check', outDir })
  const json = result.artifacts[artifactName]?.['health-report.json']
  if (!json) {
    throw new Error(
      `no health-report.json in artifact ${artifactName} (exit ${result.exitCode}):\n${result.stdout}\n${result.stderr}`
    )
  }
  return { result, report: JSON.parse(json) as HealthReport, outDir }
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
    comments: issue.comments,
    user: BOT
  }))
}

/** Write requests to a path matching `pattern`. */
export function writesTo(result: ScenarioResult, pattern: RegExp, method?: string): ScenarioResult['writes'] {
  return result.writes.filter(write => pattern.test(write.path) && (!method || write.method === method))
}
