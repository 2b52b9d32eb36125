/**
 * A repository whose CI has a flaky test: runs whose attempt 1 failed on
 * `cart › totals include tax` and whose attempt 2 passed, a run that failed for good on
 * another test, and green runs. Shared by the in-process and the bundle tests.
 */
import type { ScenarioJob, ScenarioRepository, ScenarioRun } from '../../../testkit/scenario/types.js'
import { MAIN_BRANCH, failedJob, run, workflow } from './health-scenarios.js'
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
