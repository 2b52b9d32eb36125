/**
 * The e2e helpers' in-process twins: the same scenarios and results, with runTriage and
 * runHealthCheck on the in-memory GitHub port instead of the bundles.
 */
import type { HealthReport } from '../../src/health/report.js'
import { runScenarioInProcess } from '../../testkit/scenario/in-process.js'
import type { Scenario, ScenarioResult } from '../../testkit/scenario/types.js'

export function triage(scenario: Scenario): Promise<ScenarioResult> {
  return runScenarioInProcess(scenario, { action: 'triage' })
}

export interface HealthRun {
  result: ScenarioResult
  report: HealthReport
}

export async function healthCheck(scenario: Scenario, artifactName = 'health-report'): Promise<HealthRun> {
  const result = await runScenarioInProcess(scenario, { action: 'health-check' })
  const json = result.artifacts[artifactName]?.['health-report.json']
  if (!json)
    throw new Error(`no health-report.json in ${artifactName} (exit ${result.exitCode}):\n${result.stdout}`)
  return { result, report: JSON.parse(json) as HealthReport }
}
