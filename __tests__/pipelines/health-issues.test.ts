/**
 * In-process (the pipeline on the in-memory GitHub port; the bundle runs in __tests__/e2e):
 * The critical-workflow issue across consecutive checks (DESIGN 7): opened on the first
 * check, untouched while nothing changed, updated in place (same number) when new runs
 * came in, closed with a recovery comment once the workflow is healthy, and reopened
 * (not duplicated) when it turns critical again. Each check starts from the issues the
 * previous one left in the stand-in.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { ScenarioRepository } from '../../testkit/scenario/types.js'
import {
  carryIssues,
  healthScenario,
  run,
  runsFrom,
  STATUS_WORKFLOWS,
  statusRepository,
  writesTo
} from '../e2e/support/health-scenarios.js'
import { healthCheck, type HealthRun } from './support.js'

const DEPLOY = STATUS_WORKFLOWS.deploy.workflow.id
const checks: Record<string, HealthRun> = {}

function withRuns(repository: ScenarioRepository, runs: ScenarioRepository['runs']): ScenarioRepository {
  return { ...repository, runs: [...repository.runs, ...runs] }
}

beforeAll(async () => {
  const initial = statusRepository()
  const check = (repository: ScenarioRepository, previous?: HealthRun) =>
    healthCheck(
      healthScenario(
        { ...repository, issues: previous ? carryIssues(previous.result) : [] },
        {
          inputs: { 'fail-on': 'never' }
        }
      )
    )
  checks.first = await check(initial)
  checks.unchanged = await check(initial, checks.first)
  const newFailure = withRuns(initial, [
    run({ id: 2900, workflowId: DEPLOY, conclusion: 'failure', hoursAgo: 0.5 })
  ])
  checks.newRun = await check(newFailure, checks.unchanged)
  // Ten green runs since: the window holds only successes.
  const recovered = withRuns(
    newFailure,
    runsFrom(DEPLOY, 'SSSSSSSSSS', { startHoursAgo: 0.05, spacingHours: 0.04, idBase: 2800 })
  )
  checks.recovered = await check(recovered, checks.newRun)
  checks.critical = await check(initial, checks.recovered)
})

describe('the critical workflow issue across consecutive checks', () => {
  it('opens one issue, labelled and marked, for the critical workflow only', () => {
    const { result, report } = checks.first
    expect(result.issues).toHaveLength(1)
    const [issue] = result.issues
    expect(issue).toMatchObject({
      title: 'Workflow health: Deploy (.github/workflows/deploy.yml) is critical',
      state: 'open'
    })
    expect(issue.labels).toEqual(['workflow-health'])
    expect(issue.body).toContain('3 most recent runs failed')
    expect(issue.body).toMatch(/<!-- workflow-triage:health=[0-9a-f]{16} -->/)
    expect(report.repositories[0].issues).toEqual([
      {
        number: issue.number,
        url: expect.stringMatching(/^https:\/\//),
        workflow: '.github/workflows/deploy.yml',
        action: 'opened'
      }
    ])
  })

  it('leaves the issue untouched on the next check when no run changed', () => {
    const { result, report } = checks.unchanged
    expect(writesTo(result, /\/issues/)).toEqual([])
    expect(result.issues).toEqual(checks.first.result.issues)
    expect(report.repositories[0].issues).toEqual([])
  })

  it('updates the same issue in place when new runs came in', () => {
    const { result, report } = checks.newRun
    const number = checks.first.result.issues[0].number
    expect(writesTo(result, /\/issues$/, 'POST')).toEqual([])
    const patches = writesTo(result, new RegExp(`/issues/${number}$`), 'PATCH')
    expect(patches).toHaveLength(1)
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0].body).not.toBe(checks.first.result.issues[0].body)
    expect(result.issues[0].body).toContain('run 2900')
    expect(result.issues[0].body).toContain('| Consecutive failures | 4 |')
    expect(report.repositories[0].issues.map(issue => [issue.number, issue.action])).toEqual([
      [number, 'updated']
    ])
  })

  it('closes the issue with a recovery comment once the workflow is healthy', () => {
    const { result, report } = checks.recovered
    const deploy = report.repositories[0].workflows.find(health => health.workflow.id === DEPLOY)!
    expect(deploy.status).toBe('healthy')
    const [issue] = result.issues
    expect(issue.state).toBe('closed')
    expect(issue.comments).toHaveLength(1)
    expect(issue.comments[0].body).toContain('Workflow restored')
    expect(issue.comments[0].body).toContain('Deploy is healthy again')
    const patch = writesTo(result, new RegExp(`/issues/${issue.number}$`), 'PATCH')[0]
    expect(patch.body).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(issue.title).toBe('Workflow health: Deploy (.github/workflows/deploy.yml) recovered (healthy)')
    expect(issue.body).not.toContain('is critical')
    expect(issue.body).toContain('| Status | healthy |')
    expect(report.repositories[0].issues.map(touched => touched.action)).toEqual(['closed'])
  })

  it('reopens the same issue, never a second one, when the workflow is critical again', () => {
    const { result, report } = checks.critical
    expect(writesTo(result, /\/issues$/, 'POST')).toEqual([])
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ number: checks.first.result.issues[0].number, state: 'open' })
    expect(report.repositories[0].issues.map(touched => touched.action)).toEqual(['reopened'])
  })

  it('makes no OpenAPI violation', () => {
    for (const [name, { result }] of Object.entries(checks)) {
      expect({ name, violations: result.violations }).toEqual({ name, violations: [] })
    }
  })
})

describe('a small request budget', () => {
  it('is accepted below 20: the check does what fits and says what it left', async () => {
    const { result, report } = await healthCheck(
      healthScenario(statusRepository(), { inputs: { 'fail-on': 'never', 'max-api-requests': '5' } })
    )
    expect(result.exitCode).toBe(0)
    expect(report.budget?.maxApiRequests).toBe(5)
    expect(report.budgetNotes.length).toBeGreaterThan(0)
  }, 60_000)
})
