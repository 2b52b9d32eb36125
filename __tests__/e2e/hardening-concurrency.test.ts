/**
 * Concurrent runs against one GitHub: ten triage runs of failures with the same fingerprint
 * start at once (several create an issue before any sees the others'), with a health check
 * running at the same time. They must converge on one open triage issue recording all ten
 * runs, and the two actions must not touch each other's issues.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { GitHubStandin } from '../../testkit/github/index.js'
import { runScenario } from '../../testkit/scenario/runner.js'
import type { ScenarioResult } from '../../testkit/scenario/types.js'
import { sharedStandin } from './support/hardening.js'
import { CODE_FAILURE_LOG } from './support/logs.js'
import { failingRun, NOW, repoWith, triageScenario, workflowRunEvent } from './support/scenario.js'

const RUNS = 10
const runs = Array.from({ length: RUNS }, (_, index) => {
  const run = failingRun({ id: 3000 + index, log: CODE_FAILURE_LOG, step: 'Run npm run build' })
  run.jobs!.forEach((job, jobIndex) => (job.id = 80000 + index * 10 + jobIndex))
  return run
})
const repository = repoWith({ runs })

let standin: GitHubStandin
let triaged: ScenarioResult[] = []
let health: ScenarioResult

beforeAll(async () => {
  const shared = await sharedStandin([repository], NOW)
  standin = shared.standin
  const healthRun = runScenario(
    {
      action: 'health-check',
      now: NOW,
      repository,
      event: { name: 'schedule', payload: { schedule: '0 */4 * * *' } },
      inputs: { 'fail-on': 'never', prune: 'false' }
    },
    { action: 'health-check', standins: { github: shared.factory } }
  )
  triaged = await Promise.all(
    runs.map(run =>
      runScenario(triageScenario(repository, workflowRunEvent(run)), {
        action: 'triage',
        standins: { github: shared.factory }
      })
    )
  )
  health = await healthRun
})

afterAll(async () => {
  await standin?.close()
})

/** Run ids in the occurrence table of an issue body. */
function occurrences(body: string): number[] {
  return [...body.matchAll(/^\| \[run (\d+)\]/gm)].map(match => Number(match[1])).sort()
}

const triageIssues = () => standin.snapshot().issues.filter(issue => issue.labels.includes('triage'))

describe('ten triage runs of one failure at once', () => {
  it('all succeed and report the same surviving issue', () => {
    expect(standin.violations).toEqual([])
    expect(triaged.map(result => result.exitCode)).toEqual(Array(RUNS).fill(0))
    const open = triageIssues().filter(issue => issue.state === 'open')
    expect(open).toHaveLength(1)
    expect(new Set(triaged.map(result => result.outputs['issue-number']))).toEqual(
      new Set([String(open[0].number)])
    )
  })

  it('record every run exactly once in the surviving issue', () => {
    const [survivor] = triageIssues().filter(issue => issue.state === 'open')
    expect(occurrences(survivor.body)).toEqual(runs.map(run => run.id))
    expect(survivor.body).toContain(`Seen ${RUNS} time(s).`)
  })

  it('close every issue that lost the race as a duplicate of the survivor, older than it', () => {
    const issues = triageIssues()
    const survivor = issues.find(issue => issue.state === 'open')!
    const duplicates = issues.filter(issue => issue.state === 'closed')
    expect(issues).toHaveLength(1 + duplicates.length)
    for (const duplicate of duplicates) {
      expect(duplicate.number).toBeGreaterThan(survivor.number)
      expect(duplicate.comments.map(comment => comment.body)).toEqual([
        `Duplicate of #${survivor.number}, opened at the same time by a concurrent triage run.`
      ])
    }
  })

  it('stay bounded: at most 12 API writes per run', () => {
    for (const result of triaged) {
      const report = JSON.parse(result.artifacts['triage-report']['triage-report.json']) as {
        api: { writes: number }
      }
      expect(report.api.writes).toBeLessThanOrEqual(12)
    }
  })
})

describe('a health check running at the same time', () => {
  const healthIssues = () => standin.snapshot().issues.filter(issue => !issue.labels.includes('triage'))

  it('opens its own issue for the critical workflow, and touches only that one', () => {
    expect(health.exitCode).toBe(0)
    expect(healthIssues().map(issue => [issue.title, issue.state])).toEqual([
      ['Workflow health: CI (.github/workflows/ci.yml) is critical', 'open']
    ])
    const report = JSON.parse(health.artifacts['health-report']['health-report.json']) as {
      repositories: { issues: { number: number }[] }[]
    }
    expect(report.repositories[0].issues.map(issue => issue.number)).toEqual([healthIssues()[0].number])
  })

  it('is never taken for a triage issue, nor the other way round', () => {
    const healthNumber = String(healthIssues()[0].number)
    expect(triaged.map(result => result.outputs['issue-number'])).not.toContain(healthNumber)
    expect(healthIssues()[0].body).not.toMatch(/fingerprint/)
    for (const issue of triageIssues()) expect(issue.labels.filter(label => /health/.test(label))).toEqual([])
  })
})
