/**
 * The health-check bundle end to end on a repository with a workflow in every status:
 * statuses, scores and alerts in the report, the artifact's three files, outputs, the job
 * summary, `fail-on` exit codes, and a second repository through `repositories`.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  healthCheck,
  healthScenario,
  runsFrom,
  STATUS_WORKFLOWS,
  statusRepository,
  workflow,
  writesTo,
  type HealthRun
} from './support/health-scenarios.js'

const runs: Record<string, HealthRun> = {}

/** The status repository without its critical workflow: the worst left is degraded. */
function withoutCritical() {
  const repository = statusRepository()
  return {
    ...repository,
    workflows: repository.workflows.filter(entry => entry.id !== STATUS_WORKFLOWS.deploy.workflow.id),
    runs: repository.runs.filter(entry => entry.workflowId !== STATUS_WORKFLOWS.deploy.workflow.id)
  }
}

beforeAll(async () => {
  const library = {
    ...statusRepository('acme', 'lib'),
    workflows: [workflow(7, 'Release')],
    runs: runsFrom(7, 'TFFSS', { idBase: 70_000 })
  }
  const scenarios = {
    status: healthScenario(statusRepository()),
    never: healthScenario(statusRepository(), { inputs: { 'fail-on': 'never' } }),
    degradedOnly: healthScenario(withoutCritical()),
    failOnDegraded: healthScenario(withoutCritical(), { inputs: { 'fail-on': 'degraded' } }),
    twoRepositories: healthScenario(statusRepository(), {
      extraRepositories: [library],
      inputs: { repositories: 'acme/lib', 'report-name': 'fleet-health' }
    })
  }
  await Promise.all(
    Object.entries(scenarios).map(async ([name, scenario]) => {
      runs[name] = await healthCheck(scenario, name === 'twoRepositories' ? 'fleet-health' : 'health-report')
    })
  )
})

describe('health check on a repository with a workflow in every status', () => {
  it('scores each workflow into the status its runs call for', () => {
    const { report } = runs.status
    const statuses = Object.fromEntries(
      report.repositories[0].workflows.map(health => [health.workflow.name, health.status])
    )
    expect(statuses).toEqual(
      Object.fromEntries(Object.values(STATUS_WORKFLOWS).map(entry => [entry.workflow.name, entry.status]))
    )
    const deploy = report.repositories[0].workflows.find(health => health.workflow.name === 'Deploy')!
    expect(deploy.reason).toBe('3 most recent runs failed')
    expect(deploy.consecutiveFailures).toBe(3)
    expect(deploy.counts).toMatchObject({ success: 7, failure: 3, counted: 10 })
    // Recency-weighted: the three newest (weights 10, 9, 8 of 55) failed.
    expect(deploy.score).toBe(Math.round((100 * (55 - 27)) / 55))
    expect(report.status).toBe('critical')
  })

  it('raises the repository alerts: 3 failures in 24 hours, success rates, stuck, approval, inactivity', () => {
    const ids = runs.status.report.repositories[0].alerts.map(alert => alert.id)
    expect(ids).toEqual(
      expect.arrayContaining([
        'failures-24h:.github/workflows/deploy.yml',
        'success-rate:.github/workflows/deploy.yml',
        'success-rate:.github/workflows/lint.yml',
        'stuck:9001',
        'awaiting-approval:.github/workflows/deploy.yml',
        'disabled-inactivity:.github/workflows/nightly.yml'
      ])
    )
    expect(ids).not.toContain('success-rate:.github/workflows/ci.yml')
    expect(runs.status.report.repositories[0].stuckRuns.map(stuck => stuck.id)).toEqual([9001])
  })

  it('uploads health-report.json, .md and .html', () => {
    const files = runs.status.result.artifacts['health-report']
    expect(Object.keys(files).sort()).toEqual([
      'health-report.html',
      'health-report.json',
      'health-report.md'
    ])
    expect(files['health-report.md']).toContain('# Workflow health: 🔴 critical')
    expect(files['health-report.md']).toMatch(/\| 🟠 degraded \| Lint \|/)
    expect(files['health-report.html']).toContain('data-workflow=".github/workflows/deploy.yml"')
    expect(runs.status.report.schemaVersion).toBe(1)
  })

  it('sets the outputs and writes the job summary with a chart', () => {
    const { outputs, stepSummary } = runs.status.result
    expect(outputs).toMatchObject({
      status: 'critical',
      'critical-count': '1',
      'degraded-count': '1',
      'warning-count': '1',
      'healthy-count': '1',
      'no-data-count': '1',
      'lint-findings': '0',
      pruned: ''
    })
    expect(outputs['report-path']).toMatch(/health-report\.json$/)
    expect(stepSummary).toContain('```mermaid')
    expect(stepSummary).toContain('Deploy failed 3 times in the last 24 hours')
  })

  it('counts its API requests against the budget in the report', () => {
    const { report, result } = runs.status
    expect(report.budget).toEqual({ maxApiRequests: 1000, writes: 1, maxWrites: 30 })
    expect(report.apiRequests).toBeGreaterThan(5)
    // The stand-in saw every request the report counts (and the log blobs, none here).
    expect(report.apiRequests).toBe(result.requestCount)
    expect(report.budgetNotes).toEqual([])
  })

  it('makes no OpenAPI violation in any scenario', () => {
    for (const [name, { result }] of Object.entries(runs)) {
      expect({ name, violations: result.violations }).toEqual({ name, violations: [] })
    }
  })
})

describe('fail-on', () => {
  it('fails the step on a critical workflow by default', () => {
    expect(runs.status.result.exitCode).toBe(1)
    expect(runs.status.result.stdout).toContain('::error::Workflow health is critical (fail-on: critical)')
  })

  it('never fails with fail-on: never, whatever the status', () => {
    expect(runs.never.report.status).toBe('critical')
    expect(runs.never.result.exitCode).toBe(0)
  })

  it('passes a degraded repository at the default threshold and fails it at fail-on: degraded', () => {
    expect(runs.degradedOnly.report.status).toBe('degraded')
    expect(runs.degradedOnly.result.exitCode).toBe(0)
    expect(runs.failOnDegraded.result.exitCode).toBe(1)
  })
})

describe('repositories', () => {
  it('checks a second repository into the same report, under the configured artifact name', () => {
    const { report, result } = runs.twoRepositories
    expect(report.repositories.map(repository => repository.repo)).toEqual(['acme/app', 'acme/lib'])
    const release = report.repositories[1].workflows[0]
    expect(release.workflow.name).toBe('Release')
    expect(release.status).toBe('critical')
    expect(report.repositories[1].status).toBe('critical')
    expect(Object.keys(result.artifacts)).toEqual(['fleet-health'])
  })

  it("opens the critical workflow's issue in the repository it belongs to", () => {
    const { result } = runs.twoRepositories
    expect(writesTo(result, /^\/repos\/acme\/lib\/issues$/, 'POST')).toHaveLength(1)
    expect(writesTo(result, /^\/repos\/acme\/app\/issues$/, 'POST')).toHaveLength(1)
    expect(result.issues.map(issue => issue.title).sort()).toEqual([
      'Workflow health: Deploy (.github/workflows/deploy.yml) is critical',
      'Workflow health: Release (.github/workflows/release.yml) is critical'
    ])
  })
})
