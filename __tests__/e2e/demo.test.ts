/**
 * The bundled sample repository (examples/sample-repo, `npm run demo`) end to end on the real
 * bundles: the health check finds the statuses, lint findings and stale branches the sample
 * was designed with (SAMPLE_DESIGN), and a triage of each workflow's newest failed run finds
 * its designed category.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  PLANTED_TOKEN,
  SAMPLE_DESIGN,
  SAMPLE_SCENARIO_FILE,
  renderSampleScenario
} from '../../examples/build-sample.js'
import { newestFailures, triageScenario, workflowRunEvent } from '../../examples/triage-events.js'
import { loadScenario, runScenario } from '../../testkit/scenario/runner.js'
import type { Scenario, ScenarioResult } from '../../testkit/scenario/types.js'

const TRIAGE_BUNDLE = fileURLToPath(new URL('../../dist/index.js', import.meta.url))
const scenarioDir = dirname(SAMPLE_SCENARIO_FILE)

interface HealthReport {
  repositories: {
    workflows: { workflow: { path: string; state: string }; status: string; flakyRunIds: number[] }[]
    lint: { findings: { file: string; rule: string }[] }
    pruned: { name: string; sha: string }[]
    stuckRuns: { path: string; status: string }[]
    alerts: { id: string }[]
  }[]
}

describe('the sample scenario', () => {
  it('is the build of its sources (examples/build-sample.ts)', () => {
    expect(readFileSync(SAMPLE_SCENARIO_FILE, 'utf8')).toBe(renderSampleScenario())
  })

  it('triages the newest failure of every workflow that failed, one category each', () => {
    const scenario = loadScenario(SAMPLE_SCENARIO_FILE)
    const paths = newestFailures(scenario.repository).map(run => workflowPath(scenario, run.workflowId))
    expect(paths.sort()).toEqual(Object.keys(SAMPLE_DESIGN.triage).sort())
    expect(new Set(Object.values(SAMPLE_DESIGN.triage)).size).toBe(8)
  })

  it('builds workflow_run events from the trusted run data', () => {
    const scenario = loadScenario(SAMPLE_SCENARIO_FILE)
    const run = newestFailures(scenario.repository)[0]
    const { name, payload } = workflowRunEvent(scenario.repository, run)
    expect(name).toBe('workflow_run')
    expect(payload).toMatchObject({
      action: 'completed',
      workflow_run: {
        id: run.id,
        head_branch: run.headBranch,
        head_sha: run.headSha,
        run_attempt: run.runAttempt ?? 1,
        conclusion: run.conclusion,
        path: workflowPath(scenario, run.workflowId)
      },
      repository: { full_name: 'harborlight/beacon', default_branch: 'main' }
    })
  })
})

describe('health check on the sample repository', () => {
  let result: ScenarioResult
  let report: HealthReport['repositories'][number]

  beforeAll(async () => {
    result = await runScenario(loadScenario(SAMPLE_SCENARIO_FILE), { action: 'health-check', scenarioDir })
    const json = result.artifacts['health-report']?.['health-report.json']
    if (!json) throw new Error(`no health-report.json was uploaded; stderr: ${result.stderr.slice(-2000)}`)
    report = (JSON.parse(json) as HealthReport).repositories[0]
  })

  it('speaks GitHub’s API as GitHub describes it', () => {
    expect(result.violations).toEqual([])
  })

  it('gives every workflow its designed status (DESIGN 7)', () => {
    const statuses = Object.fromEntries(report.workflows.map(health => [health.workflow.path, health.status]))
    expect(statuses).toEqual(SAMPLE_DESIGN.statuses)
    // Two critical workflows and fail-on: critical.
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('critical')
  })

  it('sees the flaky re-run, the stuck run, the run awaiting approval and the disabled workflow', () => {
    const byPath = new Map(report.workflows.map(health => [health.workflow.path, health]))
    expect(byPath.get(SAMPLE_DESIGN.flakyWorkflow)?.flakyRunIds).toHaveLength(1)
    expect(byPath.get(SAMPLE_DESIGN.disabledWorkflow)?.workflow.state).toBe('disabled_inactivity')
    expect(report.stuckRuns.map(run => [run.path, run.status])).toEqual([
      [SAMPLE_DESIGN.stuckRunWorkflow, 'queued']
    ])
    expect(report.alerts.map(alert => alert.id)).toContain(
      `awaiting-approval:${SAMPLE_DESIGN.awaitingApprovalWorkflow}`
    )
  })

  it('prunes the stale automation branches and only those', () => {
    const deleted = result.deletedRefs.map(ref => ref.ref.replace(/^heads\//, '')).sort()
    expect(deleted).toEqual([...SAMPLE_DESIGN.pruned].sort())
    expect(report.pruned.map(entry => entry.name).sort()).toEqual([...SAMPLE_DESIGN.pruned].sort())
    for (const kept of SAMPLE_DESIGN.kept) expect(deleted).not.toContain(kept)
    expect(result.outputs.pruned.split(',').sort()).toEqual([...SAMPLE_DESIGN.pruned].sort())
  })

  it('finds the planted workflow flaws and nothing in the clean workflows', () => {
    const rulesByFile = new Map<string, Set<string>>()
    for (const finding of report.lint.findings) {
      rulesByFile.set(finding.file, (rulesByFile.get(finding.file) ?? new Set()).add(finding.rule))
    }
    for (const [file, rules] of Object.entries(SAMPLE_DESIGN.lintFlaws)) {
      expect([...(rulesByFile.get(file) ?? [])]).toEqual(expect.arrayContaining(rules))
    }
    for (const file of SAMPLE_DESIGN.lintClean)
      expect([file, [...(rulesByFile.get(file) ?? [])]]).toEqual([file, []])
  })

  it('uploads the report as JSON, Markdown and HTML', () => {
    expect(Object.keys(result.artifacts['health-report'] ?? {}).sort()).toEqual([
      'health-report.html',
      'health-report.json',
      'health-report.md'
    ])
    expect(result.artifacts['health-report']['health-report.html']).toMatch(/^<!DOCTYPE html>/i)
  })
})

const triageBuilt = existsSync(TRIAGE_BUNDLE)
if (!triageBuilt) {
  console.warn(
    `demo.test.ts: ${TRIAGE_BUNDLE} does not exist yet (npm run bundle); the sample's triage test is skipped`
  )
}

describe('triage of the sample repository’s failures', () => {
  const scenario = loadScenario(SAMPLE_SCENARIO_FILE)
  const cases = newestFailures(scenario.repository).map(run => ({
    path: workflowPath(scenario, run.workflowId),
    run
  }))

  // Each triage runs on its own fresh copy of the repository, as in the demo.
  ;(triageBuilt ? it.each(cases) : it.skip.each(cases))(
    '$path: the designed category, no API violation, no secret',
    async ({ path, run }) => {
      const result = await runScenario(triageScenario(scenario, run), { action: 'triage', scenarioDir })
      expect(result.violations).toEqual([])
      expect(result.outputs.category).toBe(SAMPLE_DESIGN.triage[path])
      expect(JSON.stringify(result)).not.toContain(PLANTED_TOKEN)
    }
  )
})

function workflowPath(scenario: Scenario, workflowId: number): string {
  const workflow = scenario.repository.workflows.find(candidate => candidate.id === workflowId)
  if (!workflow) throw new Error(`no workflow ${workflowId}`)
  return workflow.path
}
