/**
 * Remediation on schedule through the bundle: `auto-fix` and `triage-missed` in one check,
 * re-running the transient failures and triaging the rest. Each rule of both (windows,
 * limits, dry run, the budget) is covered in-process (__tests__/pipelines/health-remediation.test.ts).
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
} from './support/logs.js'
import {
  failedJob,
  healthCheck,
  healthScenario,
  MAIN_BRANCH,
  run,
  runsFrom,
  workflow,
  type HealthRun
} from './support/health-scenarios.js'

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

const checks: Record<string, HealthRun> = {}

beforeAll(async () => {
  checks.both = await healthCheck(
    healthScenario(remediationRepository(), {
      inputs: { 'fail-on': 'never', 'auto-fix': 'true', 'triage-missed': 'true' }
    })
  )
})

function records(check: HealthRun): Map<number, RemediationRecord> {
  return new Map((check.report.repositories[0].remediations ?? []).map(record => [record.run.id, record]))
}

describe('auto-fix and triage-missed in one check', () => {
  it('re-runs the transient failures, triages the rest, and never triages what it re-ran', () => {
    const byRun = records(checks.both)
    const kinds = (runId: number) =>
      (checks.both.report.repositories[0].remediations ?? []).filter(r => r.run.id === runId).map(r => r.kind)
    expect(kinds(RUN.infrastructure)).toEqual(['auto-fix'])
    expect(kinds(RUN.code)).toEqual(['auto-fix', 'triage-missed'])
    expect(byRun.get(RUN.attemptLimit)?.kind).toBe('auto-fix')
    expect(kinds(RUN.tests)).toEqual(['auto-fix', 'triage-missed'])
    expect(checks.both.result.reruns.map(rerun => rerun.runId)).toEqual([
      RUN.infrastructure,
      RUN.network,
      RUN.tests
    ])
  })

  it('files the escalations as triage issues, with no OpenAPI violation', () => {
    const { result } = checks.both
    expect(result.violations).toEqual([])
    const bodies = result.issues
      .filter(issue => issue.labels.includes('triage'))
      .map(issue => issue.body)
      .join('\n')
    expect(bodies).toContain(`run ${RUN.code}`)
  })
})
