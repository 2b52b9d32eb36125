/**
 * A repository whose CI has a flaky test: runs whose attempt 1 failed on
 * `cart › totals include tax` and whose attempt 2 passed, a run that failed for good on
 * another test, and green runs. Shared by the in-process and the bundle tests.
 */
import { continueFrom } from '../../../testkit/scenario/continue.js'
import type {
  Scenario,
  ScenarioJob,
  ScenarioRepository,
  ScenarioResult,
  ScenarioRun
} from '../../../testkit/scenario/types.js'
import { MAIN_BRANCH, NOW, failedJob, healthScenario, run, workflow } from './health-scenarios.js'
import { stepLog } from './logs.js'

export const CI = workflow(1, 'CI')
export const FLAKY_TEST = 'cart › totals include tax'
export const BROKEN_TEST = 'checkout › refuses an empty cart'

export function jestLog(test: string, file = 'src/cart.test.ts'): string {
  return stepLog('npm test', [
    '> app@1.0.0 test',
    '> jest',
    `FAIL ${file}`,
    `  ● ${test}`,
    '',
    '    expect(received).toBe(expected) // Object.is equality',
    '',
    'Tests:       1 failed, 41 passed, 42 total'
  ])
}

const greenJob = (id: number, name: string): ScenarioJob => ({
  ...failedJob(id, name, ''),
  conclusion: 'success'
})

/** Attempt 2 passed after attempt 1 failed on `test` in job `test (node 22)`. */
export function flakyRun(id: number, hoursAgo: number, test = FLAKY_TEST): ScenarioRun {
  return {
    ...run({ id, workflowId: CI.id, conclusion: 'success', hoursAgo, attempt: 2 }),
    jobs: [greenJob(id * 10 + 2, 'test (node 22)')],
    previousAttempts: { '1': [failedJob(id * 10 + 1, 'test (node 22)', jestLog(test))] }
  }
}

/** Failed, and stayed failed, on `test`. */
export function brokenRun(id: number, hoursAgo: number, test = BROKEN_TEST): ScenarioRun {
  return run({
    id,
    workflowId: CI.id,
    conclusion: 'failure',
    hoursAgo,
    jobs: [failedJob(id * 10 + 1, 'test (node 22)', jestLog(test, 'src/checkout.test.ts'))]
  })
}

export function greenRuns(ids: number[], startHoursAgo: number): ScenarioRun[] {
  return ids.map((id, index) =>
    run({ id, workflowId: CI.id, conclusion: 'success', hoursAgo: startHoursAgo + index * 3 })
  )
}

export function flakyRepository(runs: ScenarioRun[]): ScenarioRepository {
  return {
    owner: 'acme',
    name: 'app',
    defaultBranch: 'main',
    workflows: [CI],
    runs,
    branches: [MAIN_BRANCH]
  }
}

/** The playbook of the checks in sequence: quarantine after 2 flakes. */
const QUARANTINE_PLAYBOOK = '---\nquarantine-after: 2\n---\n\n# Playbook\n'
const DAY_MS = 24 * 3600_000

/**
 * Three health checks in sequence, each starting from the report artifact and the issues the
 * one before left (runs: 3 per workflow, so each window is small and the history reaches back):
 *
 * 1. six hours ago: run 2990 flaked on FLAKY_TEST, run 3001 failed on it at attempt 1;
 * 2. now: run 3001 passed on attempt 2, two green runs came after; 2990 is out of the window;
 * 3. fifteen days later, only green runs since.
 */
export const HISTORY_CHECKS = {
  first: {
    now: new Date(Date.parse(NOW) - 6 * 3600_000).toISOString(),
    runs: [flakyRun(2990, 56), ...greenRuns([2991], 53), brokenRun(3001, 7, FLAKY_TEST)]
  },
  second: {
    now: NOW,
    runs: [flakyRun(2990, 56), ...greenRuns([2991], 53), flakyRun(3001, 7), ...greenRuns([3011, 3010], 2)]
  },
  third: {
    now: new Date(Date.parse(NOW) + 15 * DAY_MS).toISOString(),
    runs: [
      flakyRun(2990, 56),
      ...greenRuns([2991], 53),
      flakyRun(3001, 7),
      ...greenRuns([3011, 3010], 2),
      ...greenRuns([3022, 3021, 3020], -15 * 24 + 1)
    ]
  }
} as const

export function historyCheck(step: keyof typeof HISTORY_CHECKS, earlier?: ScenarioResult): Scenario {
  const { now, runs } = HISTORY_CHECKS[step]
  const scenario = healthScenario(flakyRepository([...runs]), {
    now,
    inputs: { 'fail-on': 'never', prune: 'false', lint: 'false', runs: '3' },
    workspace: { 'playbook.md': QUARANTINE_PLAYBOOK }
  })
  if (!earlier) return scenario
  // The earlier check's run, which uploaded its report, started at that check's `now`.
  const at = HISTORY_CHECKS[step === 'second' ? 'first' : 'second'].now
  return continueFrom(scenario, earlier, { runId: Date.parse(at) / 1000, at })
}
