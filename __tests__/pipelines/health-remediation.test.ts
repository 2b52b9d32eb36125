/**
 * In-process (the pipeline on the in-memory GitHub port; the bundle runs in __tests__/e2e):
 * Remediation on schedule: `auto-fix` re-runs only the transient failures
 * (infrastructure, a network error while installing) through the triage safety gate, and
 * `triage-missed` runs the triage pipeline on failed runs no triage recorded, at most 5 per
 * check, saying what it left. Runs outside the window, recorded ones, re-run ones and the
 * health check's own workflow are never touched. Also: the API request budget.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { addOccurrence } from '../../src/triage/issues.js'
import type { RemediationRecord } from '../../src/health/report.js'
import type { ScenarioRepository, ScenarioRun } from '../../testkit/scenario/types.js'
import {
  AUTHENTICATION_LOG,
  CODE_FAILURE_LOG,
  DEPENDENCY_NETWORK_LOG,
  INFRASTRUCTURE_LOG,
  TEST_FAILURE_LOG
} from '../e2e/support/logs.js'
import {
  carryIssues,
  failedJob,
  healthScenario,
  MAIN_BRANCH,
  run,
  runsFrom,
  workflow,
  writesTo
} from '../e2e/support/health-scenarios.js'
import { healthCheck, type HealthRun } from './support.js'

const CI = workflow(1, 'CI')
const LINT = workflow(3, 'Lint')
const DOCS = workflow(4, 'Docs')
/** The workflow the health check runs in (the runner's GITHUB_WORKFLOW_REF). */
const SELF = { ...workflow(6, 'Health'), path: '.github/workflows/health-check.yml' }

function failed(
  id: number,
  workflowId: number,
  hoursAgo: number,
  logs: string[],
  options: { branch?: string; attempt?: number } = {}
): ScenarioRun {
  return run({
    id,
    workflowId,
    conclusion: 'failure',
    hoursAgo,
    ...options,
    jobs: logs.map((log, index) => failedJob(id * 10 + index, index === 0 ? 'test' : `check-${index}`, log))
  })
}

const RUN = {
  infrastructure: 101,
  code: 102,
  attemptLimit: 103,
  mixed: 104,
  recorded: 105,
  old: 106,
  network: 107,
  tests: 108,
  own: 109
}

function recordedIssue(runId: number) {
  const body = addOccurrence(
    'Earlier triage of a Docs failure.\n\n<!-- workflow-triage:fingerprint=0123456789abcdef -->',
    {
      runId,
      attempt: 1,
      url: `https://github.com/acme/app/actions/runs/${runId}`,
      at: '2026-11-20T09:30:00Z',
      branch: 'main',
      sha: 'a'.repeat(40)
    }
  )
  return {
    number: 7,
    title: 'Docs: code failure',
    body,
    state: 'open' as const,
    labels: ['triage', 'triage:code_failure']
  }
}

function remediationRepository(): ScenarioRepository {
  return {
    owner: 'acme',
    name: 'app',
    defaultBranch: 'main',
    workflows: [CI, LINT, DOCS, SELF],
    runs: [
      failed(RUN.infrastructure, CI.id, 1, [INFRASTRUCTURE_LOG]),
      failed(RUN.attemptLimit, CI.id, 2, [INFRASTRUCTURE_LOG], { attempt: 3 }),
      failed(RUN.code, CI.id, 3, [CODE_FAILURE_LOG], { branch: 'feature/x' }),
      failed(RUN.tests, CI.id, 4, [TEST_FAILURE_LOG], { branch: 'feature/y' }),
      failed(RUN.old, CI.id, 30, [INFRASTRUCTURE_LOG]),
      ...runsFrom(CI.id, 'SSSSSS', { startHoursAgo: 6 }),
      failed(RUN.mixed, LINT.id, 1.5, [INFRASTRUCTURE_LOG, AUTHENTICATION_LOG]),
      failed(RUN.network, LINT.id, 5, [DEPENDENCY_NETWORK_LOG]),
      ...runsFrom(LINT.id, 'SSSSSS', { startHoursAgo: 6 }),
      failed(RUN.recorded, DOCS.id, 2.5, [INFRASTRUCTURE_LOG]),
      ...runsFrom(DOCS.id, 'SSSSSS', { startHoursAgo: 6 }),
      failed(RUN.own, SELF.id, 1, [INFRASTRUCTURE_LOG]),
      ...runsFrom(SELF.id, 'SSSSSS', { startHoursAgo: 6 })
    ],
    branches: [MAIN_BRANCH],
    issues: [recordedIssue(RUN.recorded)]
  }
}

/** Seven untriaged code failures on feature branches: more than one check triages. */
function backlogRepository(): ScenarioRepository {
  const runs = Array.from({ length: 7 }, (_, index) =>
    failed(200 + index, CI.id, 1 + index, [CODE_FAILURE_LOG], { branch: `feature/f${index}` })
  )
  return {
    ...remediationRepository(),
    runs: [...runs, ...runsFrom(CI.id, 'SSSSSS', { startHoursAgo: 9 })],
    issues: []
  }
}

const checks: Record<string, HealthRun> = {}
const NEVER_FAIL = { 'fail-on': 'never' }

beforeAll(async () => {
  const scenarios = {
    autoFix: healthScenario(remediationRepository(), { inputs: { ...NEVER_FAIL, 'auto-fix': 'true' } }),
    triageMissed: healthScenario(remediationRepository(), {
      inputs: { ...NEVER_FAIL, 'triage-missed': 'true' }
    }),
    both: healthScenario(remediationRepository(), {
      inputs: { ...NEVER_FAIL, 'auto-fix': 'true', 'triage-missed': 'true' }
    }),
    backlog: healthScenario(backlogRepository(), { inputs: { ...NEVER_FAIL, 'triage-missed': 'true' } }),
    dryRun: healthScenario(remediationRepository(), {
      inputs: { ...NEVER_FAIL, 'auto-fix': 'true', 'triage-missed': 'true', 'dry-run': 'true' }
    }),
    budget: healthScenario(remediationRepository(), {
      inputs: { ...NEVER_FAIL, 'auto-fix': 'true', 'max-api-requests': '40' }
    })
  }
  await Promise.all(
    Object.entries(scenarios).map(async ([name, scenario]) => {
      checks[name] = await healthCheck(scenario)
    })
  )
  checks.backlogNext = await healthCheck(
    healthScenario(
      { ...backlogRepository(), issues: carryIssues(checks.backlog.result) },
      {
        inputs: { ...NEVER_FAIL, 'triage-missed': 'true' }
      }
    )
  )
})

function records(check: HealthRun): Map<number, RemediationRecord> {
  return new Map((check.report.repositories[0].remediations ?? []).map(record => [record.run.id, record]))
}

describe('auto-fix', () => {
  it('re-runs the infrastructure failure and the network failure while installing, nothing else', () => {
    const { result } = checks.autoFix
    expect(result.reruns).toEqual([
      { runId: RUN.infrastructure, kind: 'rerun-failed-jobs' },
      { runId: RUN.network, kind: 'rerun-failed-jobs' }
    ])
    expect(writesTo(result, /\/rerun/).map(write => write.path)).toEqual([
      `/repos/acme/app/actions/runs/${RUN.infrastructure}/rerun-failed-jobs`,
      `/repos/acme/app/actions/runs/${RUN.network}/rerun-failed-jobs`
    ])
  })

  it('records each examined run with its category and why', () => {
    const byRun = records(checks.autoFix)
    expect(byRun.get(RUN.infrastructure)).toMatchObject({
      kind: 'auto-fix',
      category: 'infrastructure',
      action: 'rerun-failed-jobs',
      result: 'done'
    })
    // pip's read timeouts against the index are network trouble: the classifier calls them infrastructure.
    expect(byRun.get(RUN.network)).toMatchObject({ category: 'infrastructure', result: 'done' })
    expect(byRun.get(RUN.code)).toMatchObject({ category: 'code_failure', result: 'skipped' })
    expect(byRun.get(RUN.tests)).toMatchObject({ category: 'test_failure', result: 'skipped' })
    // Infrastructure next to an authentication failure: a re-run cannot fix the run.
    expect(byRun.get(RUN.mixed)).toMatchObject({ category: 'authentication', result: 'skipped' })
    expect(byRun.get(RUN.mixed)?.detail).toContain('authentication')
    expect(byRun.get(RUN.attemptLimit)).toMatchObject({
      result: 'refused',
      detail: 'attempt 3 reached the limit of 3'
    })
  })

  it('leaves alone runs outside the 24-hour window, runs a triage issue records, and its own workflow', () => {
    const examined = [...records(checks.autoFix).keys()]
    expect(examined).not.toContain(RUN.old)
    expect(examined).not.toContain(RUN.recorded)
    expect(examined).not.toContain(RUN.own)
    expect(examined.sort()).toEqual(
      [RUN.infrastructure, RUN.attemptLimit, RUN.code, RUN.tests, RUN.mixed, RUN.network].sort()
    )
  })

  it('shows the re-runs in the Markdown and HTML reports', () => {
    const files = checks.autoFix.result.artifacts['health-report']
    expect(files['health-report.md']).toContain('**Failed runs handled on schedule (6):**')
    expect(files['health-report.md']).toContain(
      `[${RUN.infrastructure}](https://github.com/acme/app/actions/runs/${RUN.infrastructure})`
    )
    expect(files['health-report.html']).toContain('Failed runs handled on schedule')
    expect(checks.autoFix.report.budget?.writes).toBe(2)
  })
})

describe('triage-missed', () => {
  it('triages the failed runs no triage recorded, with the triage pipeline', () => {
    const byRun = records(checks.triageMissed)
    expect([...byRun.keys()].sort()).toEqual(
      [RUN.infrastructure, RUN.code, RUN.tests, RUN.mixed, RUN.network].sort()
    )
    for (const record of byRun.values()) expect(record.kind).toBe('triage-missed')
    expect(byRun.get(RUN.code)).toMatchObject({
      category: 'code_failure',
      action: 'escalate',
      result: 'done'
    })
    expect(byRun.get(RUN.mixed)).toMatchObject({ category: 'authentication', action: 'escalate' })
    // The triage policy re-runs an infrastructure failure itself.
    expect(byRun.get(RUN.infrastructure)).toMatchObject({ action: 'rerun-failed-jobs' })
  })

  it('files the escalations as triage issues whose occurrence tables record the runs', () => {
    const triageIssues = checks.triageMissed.result.issues.filter(issue => issue.labels.includes('triage'))
    const bodies = triageIssues.map(issue => issue.body).join('\n')
    expect(bodies).toContain(`run ${RUN.code}`)
    expect(bodies).toContain(`run ${RUN.mixed}`)
    expect(triageIssues.some(issue => issue.labels.includes('owner:ciso'))).toBe(true)
    expect(records(checks.triageMissed).get(RUN.code)?.issue?.number).toEqual(expect.any(Number))
  })

  it('does not triage again what auto-fix re-ran in the same check', () => {
    const byRun = records(checks.both)
    const kinds = (runId: number) =>
      (checks.both.report.repositories[0].remediations ?? []).filter(r => r.run.id === runId).map(r => r.kind)
    expect(kinds(RUN.infrastructure)).toEqual(['auto-fix'])
    expect(kinds(RUN.code)).toEqual(['auto-fix', 'triage-missed'])
    expect(byRun.get(RUN.attemptLimit)?.kind).toBe('auto-fix')
    // The test failure auto-fix left is triaged, and the triage policy re-runs it once to confirm flakiness.
    expect(kinds(RUN.tests)).toEqual(['auto-fix', 'triage-missed'])
    expect(checks.both.result.reruns.map(rerun => rerun.runId)).toEqual([
      RUN.infrastructure,
      RUN.network,
      RUN.tests
    ])
  })

  it('triages at most 5 runs per check and says which were left; the next check takes them', () => {
    const first = checks.backlog.report.repositories[0].remediations ?? []
    expect(first).toHaveLength(5)
    expect(first.map(record => record.run.id)).toEqual([200, 201, 202, 203, 204])
    expect(checks.backlog.report.budgetNotes).toEqual([
      'acme/app: triage-missed: 2 untriaged failed run(s) left for the next check (at most 5 per check): 205, 206'
    ])
    const next = checks.backlogNext.report.repositories[0].remediations ?? []
    expect(next.map(record => record.run.id)).toEqual([205, 206])
    expect(checks.backlogNext.report.budgetNotes).toEqual([])
  })
})

describe('dry run', () => {
  it('sends no write request, and reports what auto-fix and triage would have done', () => {
    const { result } = checks.dryRun
    expect(result.writes).toEqual([])
    expect(result.reruns).toEqual([])
    const byKind = (kind: RemediationRecord['kind']) =>
      (checks.dryRun.report.repositories[0].remediations ?? []).filter(record => record.kind === kind)
    expect(
      byKind('auto-fix')
        .filter(record => record.result === 'would')
        .map(record => record.run.id)
    ).toEqual([RUN.infrastructure, RUN.network])
    expect(byKind('triage-missed').map(record => [record.run.id, record.result])).toEqual([
      [RUN.mixed, 'would'],
      [RUN.code, 'would'],
      [RUN.tests, 'would']
    ])
  })
})

describe('operations budget', () => {
  it('stops starting new work near max-api-requests and says what it left for the next run', () => {
    const { report } = checks.budget
    expect(report.budget?.maxApiRequests).toBe(40)
    expect(report.apiRequests).toBeLessThanOrEqual(40)
    expect(report.budgetNotes.join('\n')).toMatch(/left for the next (run|check) \(API request budget\)/)
  })
})

describe('every remediation scenario', () => {
  it('makes no OpenAPI violation', () => {
    for (const [name, { result }] of Object.entries(checks)) {
      expect({ name, violations: result.violations }).toEqual({ name, violations: [] })
    }
  })
})
