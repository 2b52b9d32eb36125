/**
 * The repositories the benchmark runs the real bundles against (through the GitHub stand-in):
 * a big failed run for triage, a busy repository for the health check, and the no-op
 * events that measure start-up time.
 */
import type {
  ScenarioResult,
  Scenario,
  ScenarioBranch,
  ScenarioJob,
  ScenarioRepository,
  ScenarioRun,
  ScenarioWorkflow
} from '../testkit/scenario/types.js'
import { continueFrom } from '../testkit/scenario/continue.js'
import { syntheticLogText } from './bench-scan.js'
import { TRIAGE_LABEL_NAMES } from '../src/triage/issues.js'

const NOW = '2026-11-20T12:00:00Z'
const HOUR = 3600_000
const DAY = 24 * HOUR
const BOT = 'github-actions[bot]'
const OWNER = 'acme'
const REPO = 'app'

function at(msBeforeNow: number): string {
  return new Date(Date.parse(NOW) - msBeforeNow).toISOString()
}

function sha(seed: string): string {
  let hash = 0x811c9dc5
  let hex = ''
  for (let round = 0; hex.length < 40; round++) {
    for (const char of `${seed}#${round}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
    hex += hash.toString(16).padStart(8, '0')
  }
  return hex.slice(0, 40)
}

const MAIN_SHA = sha('main')

function workflowYaml(name: string, command: string): string {
  return [
    `name: ${name}`,
    'on: [push, pull_request]',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 15',
    '    steps:',
    '      - uses: actions/checkout@v5',
    '        with:',
    '          persist-credentials: false',
    `      - run: ${command}`,
    ''
  ].join('\n')
}

function workflow(id: number, name: string, command = 'npm test'): ScenarioWorkflow {
  const file = name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  return { id, name, path: `.github/workflows/${file}.yml`, content: workflowYaml(name, command) }
}

const MAIN_BRANCH: ScenarioBranch = {
  name: 'main',
  protected: true,
  commits: [{ sha: MAIN_SHA, message: 'feat: cart totals', author: 'alice', date: at(30 * DAY) }]
}

/** The labels a triage issue carries: a repository that has been triaged before already has them. */
const TRIAGE_LABELS = TRIAGE_LABEL_NAMES.map(name => ({ name, color: 'ededed' }))

/** Three different failures, as the last lines of three job logs. */
const FAILURE_TAILS: { job: string; step: string; lines: string[] }[] = [
  {
    job: 'test (unit)',
    step: 'Run npm test',
    lines: [
      'FAIL src/cart.test.ts',
      '  ● cart › totals include tax',
      '    expect(received).toBe(expected) // Object.is equality',
      '    Expected: 108',
      '    Received: 100',
      'Tests:       1 failed, 41 passed, 42 total',
      '##[error]Process completed with exit code 1.'
    ]
  },
  {
    job: 'typecheck',
    step: 'Run npm run typecheck',
    lines: [
      "src/cart.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      'Found 1 error in src/cart.ts:14',
      '##[error]Process completed with exit code 2.'
    ]
  },
  {
    job: 'integration',
    step: 'Run npm run test:integration',
    lines: [
      'npm ERR! code ECONNRESET',
      'npm ERR! network aborted',
      'npm ERR! network This is a problem related to network connectivity.',
      '##[error]Process completed with exit code 1.'
    ]
  }
]

function job(id: number, name: string, conclusion: 'success' | 'failure', step: string): ScenarioJob {
  return {
    id,
    name,
    status: 'completed',
    conclusion,
    startedAt: at(2 * HOUR),
    completedAt: at(HOUR),
    labels: ['ubuntu-latest'],
    steps: [
      { name: 'Set up job', number: 1, status: 'completed', conclusion: 'success' },
      { name: 'Run actions/checkout@v5', number: 2, status: 'completed', conclusion: 'success' },
      { name: step, number: 3, status: 'completed', conclusion }
    ]
  }
}

export interface TriageBenchOptions {
  latencyMs: number
  /** Bytes of each failed job's log. */
  logBytes?: number
  /**
   * Three different failures (three fingerprints, so three issues) instead of the usual
   * case of one type error failing three matrix legs (one fingerprint, one escalation issue).
   */
  distinctFailures?: boolean
}

/**
 * Triage of one failed run of 20 jobs, 3 of which failed with 10 MB logs. The logs are given
 * as text (built once here) rather than `logGenerated`, so the stand-in does not spend the
 * action's wall time generating them.
 */
export function triageScenario(options: TriageBenchOptions): Scenario {
  const ci = workflow(11, 'CI')
  const runId = 9001
  const logBytes = options.logBytes ?? 10 * 1024 * 1024
  const failures = options.distinctFailures
    ? FAILURE_TAILS
    : ['node 20', 'node 22', 'node 24'].map(node => ({ ...FAILURE_TAILS[1], job: `typecheck (${node})` }))
  const logs = new Map<string, string>()
  const logOf = (lines: string[]): string => {
    const key = lines.join('\n')
    if (!logs.has(key)) logs.set(key, syntheticLogText(logBytes, lines))
    return logs.get(key) as string
  }
  const jobs: ScenarioJob[] = []
  for (let index = 0; index < 20; index++) {
    const failure = index >= 17 ? failures[index - 17] : undefined
    if (!failure) {
      jobs.push({ ...job(7000 + index, `build (${index + 1})`, 'success', 'Run npm run build'), log: 'ok\n' })
      continue
    }
    jobs.push({ ...job(7000 + index, failure.job, 'failure', failure.step), log: logOf(failure.lines) })
  }
  const run: ScenarioRun = {
    id: runId,
    workflowId: ci.id,
    headBranch: 'main',
    headSha: MAIN_SHA,
    event: 'push',
    status: 'completed',
    conclusion: 'failure',
    runAttempt: 1,
    runNumber: 412,
    createdAt: at(2 * HOUR),
    runStartedAt: at(2 * HOUR),
    updatedAt: at(HOUR),
    actor: 'alice',
    jobs
  }
  return {
    description: `bench: triage of a 20-job run with 3 failed jobs of ${logBytes} bytes of log`,
    action: 'triage',
    now: NOW,
    latencyMs: options.latencyMs,
    repository: repository([ci], [run], [MAIN_BRANCH]),
    event: workflowRunEvent(run, ci)
  }
}

/** A `workflow_run` that was cancelled: triage ignores it without a single request (the cold-start no-op). */
export function triageNoopScenario(): Scenario {
  const scenario = triageScenario({ latencyMs: 0, logBytes: 1024 })
  const run = { ...scenario.repository.runs[0], conclusion: 'cancelled' as const }
  return {
    ...scenario,
    description: 'bench: a cancelled workflow_run (no-op)',
    latencyMs: undefined,
    repository: { ...scenario.repository, runs: [run] },
    event: workflowRunEvent(run, scenario.repository.workflows[0])
  }
}

/**
 * Health check of a repository with 50 workflows of 10 runs each on main (a mix of health,
 * a few failures) and 200 branches, 60 of them automation branches. It is the steady state of
 * a check every 4 hours: no branch is stale yet (earlier checks pruned them), so the check
 * reads everything and deletes nothing. The workflow files are in the workspace, as the
 * documented workflow checks the repository out.
 */
export function healthScenario(latencyMs: number): Scenario {
  const workflows = Array.from({ length: 50 }, (_, index) => workflow(100 + index, `Workflow ${index + 1}`))
  const runs: ScenarioRun[] = []
  workflows.forEach((wf, w) => {
    for (let r = 0; r < 10; r++) {
      // One workflow in ten failed its two newest runs (degraded), one in five fails now and
      // then (warning). None is critical: each critical workflow would open an issue, a paced write.
      const failed = (w % 10 === 0 && r < 2) || (w % 5 === 1 && r === 3)
      const created = Date.parse(NOW) - (1 + r * 3 + w / 50) * HOUR
      runs.push({
        id: 100_000 + w * 100 + r,
        workflowId: wf.id,
        headBranch: 'main',
        headSha: r === 0 ? MAIN_SHA : sha(`run-${w}-${r}`),
        event: 'push',
        status: 'completed',
        conclusion: failed ? 'failure' : 'success',
        runAttempt: 1,
        runNumber: 1000 - r,
        createdAt: new Date(created).toISOString(),
        runStartedAt: new Date(created + 30_000).toISOString(),
        updatedAt: new Date(created + (4 + (r % 3)) * 60_000).toISOString(),
        actor: 'alice'
      })
    }
  })
  const branches: ScenarioBranch[] = [MAIN_BRANCH]
  for (let index = 0; index < 199; index++) {
    const automated = index < 60
    const name = automated ? `automated/deps-${index}` : `feature/topic-${index}`
    const ageDays = 2
    branches.push({
      name,
      commits: [
        {
          sha: sha(name),
          message: `update ${index}`,
          author: automated ? BOT : 'alice',
          date: at(ageDays * DAY)
        }
      ]
    })
  }
  return {
    description: 'bench: health check of 50 workflows x 10 runs and 200 branches',
    action: 'health-check',
    now: NOW,
    latencyMs,
    repository: repository(workflows, runs, branches),
    event: { name: 'schedule', payload: { schedule: '0 */4 * * *' } },
    workspace: Object.fromEntries(workflows.map(wf => [wf.path, wf.content]))
  }
}

/**
 * The same check four hours after another one: it starts from the report that check uploaded
 * (test history included) and the issues it left, as a scheduled check does.
 */
export function continuedHealthScenario(latencyMs: number, earlier: ScenarioResult): Scenario {
  const at = new Date(Date.parse(NOW) - 4 * HOUR).toISOString()
  return continueFrom(healthScenario(latencyMs), earlier, { runId: 99_000_001, at })
}

/**
 * The cheapest honest no-op of the health check: a scheduled check of a repository with no
 * workflows and only its default branch, report upload off (it has nothing to report).
 */
export function healthNoopScenario(): Scenario {
  return {
    description: 'bench: health check of an empty repository (no-op)',
    action: 'health-check',
    now: NOW,
    repository: repository([], [], [MAIN_BRANCH]),
    event: { name: 'schedule', payload: { schedule: '0 */4 * * *' } },
    inputs: { 'upload-report': 'false' }
  }
}

function repository(
  workflows: ScenarioWorkflow[],
  runs: ScenarioRun[],
  branches: ScenarioBranch[]
): ScenarioRepository {
  return { owner: OWNER, name: REPO, defaultBranch: 'main', workflows, runs, branches, labels: TRIAGE_LABELS }
}

function workflowRunEvent(run: ScenarioRun, wf: ScenarioWorkflow): Scenario['event'] {
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: {
        id: run.id,
        name: wf.name,
        path: wf.path,
        run_attempt: run.runAttempt ?? 1,
        conclusion: run.conclusion,
        head_branch: run.headBranch,
        head_sha: run.headSha
      },
      repository: { full_name: `${OWNER}/${REPO}`, default_branch: 'main' }
    }
  }
}
