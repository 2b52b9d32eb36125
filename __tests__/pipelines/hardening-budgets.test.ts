/**
 * In-process (the pipeline on the in-memory GitHub port; the bundle runs in __tests__/e2e):
 * Budgets on big repositories, generated: a health check of a repository with 300 workflows,
 * 5,000 branches and 2,000 open issues stays within `max-api-requests`, paginates every
 * listing, and says what it left for the next run; the triage of a run with 200 jobs lists
 * them with a cap, examines at most 10 failed jobs and makes a bounded number of requests.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { runScenarioInProcess as runScenario } from '../../testkit/scenario/in-process.js'
import type { ScenarioIssue, ScenarioJob, ScenarioResult } from '../../testkit/scenario/types.js'
import type { HealthReport } from '../../src/health/report.js'
import {
  BOT,
  branch,
  healthScenario,
  MAIN_BRANCH,
  runsFrom,
  workflow
} from '../e2e/support/health-scenarios.js'
import { CODE_FAILURE_LOG } from '../e2e/support/logs.js'
import { failingRun, failureScenario, reportOf } from '../e2e/support/scenario.js'

const WORKFLOWS = 300
const BRANCHES = 5000
const OPEN_ISSUES = 2000
const MAX_API_REQUESTS = 1000
const MAX_PRUNES = 5

function bigRepository() {
  const workflows = Array.from({ length: WORKFLOWS }, (_, index) =>
    workflow(index + 1, `Workflow ${index + 1}`)
  )
  // Workflow 1 fails its last three runs: the one critical workflow.
  const runs = workflows.flatMap(({ id }) =>
    runsFrom(id, id === 1 ? 'FFFS' : 'SSSS', { idBase: id * 10, spacingHours: 2 })
  )
  const branches = [
    MAIN_BRANCH,
    ...Array.from({ length: BRANCHES - 1 }, (_, index) =>
      index % 2 === 0
        ? branch(`automated/update-${index}`, { ageDays: 30, authors: [BOT] })
        : branch(`feature/topic-${index}`, { ageDays: 2, authors: ['alice'] })
    )
  ]
  const issues: ScenarioIssue[] = Array.from({ length: OPEN_ISSUES }, (_, index) => ({
    number: index + 1,
    title: `Bug report ${index + 1}`,
    body: 'Steps to reproduce: open the app.',
    state: 'open',
    labels: ['bug']
  }))
  return {
    owner: 'acme',
    name: 'app',
    defaultBranch: 'main',
    workflows,
    runs,
    branches,
    issues
  }
}

function twoHundredJobRun() {
  const run = failingRun({ log: CODE_FAILURE_LOG, step: 'Run npm run build' })
  const [template] = run.jobs!
  const jobs: ScenarioJob[] = Array.from({ length: 200 }, (_, index) => ({
    ...template,
    id: 90000 + index,
    name: `build (shard ${index + 1})`,
    // Every fifth job failed: 40 failed jobs.
    ...(index % 5 === 0
      ? {}
      : {
          conclusion: 'success' as const,
          steps: template.steps!.map(step => ({ ...step, conclusion: 'success' })),
          log: 'ok\n'
        })
  }))
  return { ...run, jobs }
}

const TIGHT_API_REQUESTS = 400

let health: ScenarioResult
let healthReport: HealthReport
let tight: ScenarioResult
let tightReport: HealthReport
let triaged: ScenarioResult

const bigCheck = (maxApiRequests: number) =>
  runScenario(
    healthScenario(bigRepository(), {
      inputs: {
        'fail-on': 'never',
        'max-api-requests': String(maxApiRequests),
        'max-prunes': String(MAX_PRUNES)
      }
    }),
    { action: 'health-check' }
  )
const reportOfCheck = (result: ScenarioResult) =>
  JSON.parse(result.artifacts['health-report']['health-report.json']) as HealthReport

beforeAll(async () => {
  ;[health, tight, triaged] = await Promise.all([
    bigCheck(MAX_API_REQUESTS),
    bigCheck(TIGHT_API_REQUESTS),
    runScenario(failureScenario(twoHundredJobRun()), { action: 'triage' })
  ])
  healthReport = reportOfCheck(health)
  tightReport = reportOfCheck(tight)
})

describe('a health check of 300 workflows, 5,000 branches and 2,000 open issues', () => {
  it('completes without OpenAPI violations and stays within max-api-requests', () => {
    expect(health.violations).toEqual([])
    expect(health.exitCode).toBe(0)
    expect(health.requestCount).toBeLessThanOrEqual(MAX_API_REQUESTS)
    expect(healthReport.apiRequests).toBe(health.requestCount)
    expect(healthReport.budget?.maxApiRequests).toBe(MAX_API_REQUESTS)
  })

  it('paginates: every workflow is listed, and the critical one found', () => {
    const scored = healthReport.repositories[0].workflows
    const left = healthReport.budgetNotes.join('\n')
    const leftWorkflows = Number(/(\d+) of 300 workflows were left/.exec(left)?.[1] ?? 0)
    expect(scored.length + leftWorkflows).toBe(WORKFLOWS)
    expect(scored.find(health => health.workflow.name === 'Workflow 1')?.status).toBe('critical')
    expect(health.issues.filter(issue => issue.title.startsWith('Workflow health:'))).toHaveLength(1)
  })

  it('prunes at most max-prunes stale branches, only automation ones, and says how many wait', () => {
    expect(health.deletedRefs).toHaveLength(MAX_PRUNES)
    for (const ref of health.deletedRefs) expect(ref.ref).toMatch(/^heads\/automated\/update-\d+$/)
    const stale = Math.ceil((BRANCHES - 1) / 2)
    expect(healthReport.budgetNotes).toContain(
      `acme/app: ${stale - MAX_PRUNES} stale branch(es) left for the next run`
    )
  })

  it('with a tighter budget, stays within it and says what it left for the next run', () => {
    expect(tight.violations).toEqual([])
    expect(tight.exitCode).toBe(0)
    expect(tight.requestCount).toBeLessThanOrEqual(TIGHT_API_REQUESTS)
    const notes = tightReport.budgetNotes.join('\n')
    expect(notes).toMatch(/left for the next run/)
    // 5,000 branches are 50 pages: the listing stops where the budget does, and says so.
    expect(notes).toMatch(
      /only the first \d+ branches were examined for pruning|pruning was left for the next run/
    )
    const scored = tightReport.repositories[0].workflows.length
    const leftWorkflows = Number(/(\d+) of 300 workflows were left/.exec(notes)?.[1] ?? 0)
    expect(scored + leftWorkflows).toBe(WORKFLOWS)
    const notLinted = Number(/(\d+) of 300 workflow files were not linted/.exec(notes)?.[1] ?? 0)
    expect(leftWorkflows > 0 || notLinted > 0).toBe(true)
    expect(
      tight.annotations.filter(annotation => annotation.level === 'warning').map(a => a.message)
    ).toEqual(expect.arrayContaining([expect.stringMatching(/\(API request budget\)|left for the next run/)]))
  })

  it('leaves the 2,000 other open issues alone', () => {
    expect(health.issues.filter(issue => issue.labels.includes('bug') && issue.state !== 'open')).toEqual([])
    expect(health.writes.filter(write => /\/issues\/\d+/.test(write.path))).toEqual([])
  })
})

describe('the triage of a run with 200 jobs, 40 of them failed', () => {
  it('examines 10 failed jobs and reports the other 30 as not examined', () => {
    expect(triaged.violations).toEqual([])
    expect(triaged.exitCode).toBe(0)
    const json = reportOf(triaged).json as unknown as { jobs: unknown[]; skippedFailedJobs: number }
    expect(json.jobs).toHaveLength(10)
    expect(json.skippedFailedJobs).toBe(30)
    expect(triaged.stepSummary).toContain('30 more failed jobs were not examined')
  })

  it('stays bounded: 2 job pages, 10 logs, at most 40 requests, one issue', () => {
    const { api } = reportOf(triaged).json as unknown as {
      api: { requests: number; byRoute: Record<string, number> }
    }
    expect(api.byRoute['GET /repos/{owner}/{repo}/actions/runs/{id}/attempts/{id}/jobs']).toBe(2)
    expect(api.byRoute['GET {blob}']).toBe(10)
    expect(triaged.requestCount).toBeLessThanOrEqual(40)
    expect(triaged.issues).toHaveLength(1)
  })
})
