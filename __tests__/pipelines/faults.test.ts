/**
 * In-process: the faults the GitHub port can express (a request refused with a status the
 * client does not retry), on both pipelines. Retries, rate limits, resets and expired-log
 * redirects belong to the HTTP layer and are tested through the bundles (e2e/hardening-faults).
 */
import { describe, expect, it } from '@jest/globals'
import { createInMemoryGitHub } from '../../testkit/github/memory.js'
import { runScenarioInProcess } from '../../testkit/scenario/in-process.js'
import type { FaultRule, Scenario } from '../../testkit/scenario/types.js'
import {
  branch as healthBranch,
  healthScenario,
  MAIN_BRANCH,
  statusRepository
} from '../e2e/support/health-scenarios.js'
import { CODE_FAILURE_LOG } from '../e2e/support/logs.js'
import { failingRun, failureScenario, reportOf, writesTo } from '../e2e/support/scenario.js'
import { healthCheck, triage } from './support.js'

const healthRepository = () => {
  const repository = statusRepository()
  repository.branches = [MAIN_BRANCH, healthBranch('automated/stale-1', { ageDays: 30 })]
  return repository
}

/** The CI workflow lacks a job timeout: a lint finding, whichever other file cannot be read. */
const lintedRepository = () => {
  const repository = healthRepository()
  repository.workflows = repository.workflows.map(workflow =>
    workflow.name === 'CI'
      ? { ...workflow, content: workflow.content!.replace(/^\s*timeout-minutes: \d+\n/m, '') }
      : workflow
  )
  return repository
}

const withFault = (fault: FaultRule, repository = healthRepository()): Scenario =>
  healthScenario(repository, { inputs: { 'fail-on': 'never' }, faults: [fault] })

describe('the in-memory port', () => {
  it.each<FaultRule>([
    { path: '/issues$', status: 502 },
    { path: '/issues$', status: 429, retryAfter: 1 },
    { path: '/issues$', kind: 'reset' },
    { path: '/issues$', kind: 'secondary-rate-limit' }
  ])('refuses a fault only the HTTP layer can play: %j', fault => {
    expect(() => createInMemoryGitHub([healthRepository()], { faults: [fault] })).toThrow(
      /cannot express fault/
    )
  })
})

describe('triage when GitHub refuses a request', () => {
  it('fails naming the request when the jobs cannot be listed, and writes nothing', async () => {
    const scenario = failureScenario(failingRun({ log: CODE_FAILURE_LOG, step: 'Run npm run build' }))
    const result = await triage({
      ...scenario,
      faults: [{ method: 'GET', path: '/attempts/1/jobs$', status: 404 }]
    })
    expect(result.exitCode).toBe(1)
    expect(result.writes).toEqual([])
    expect(reportOf(result).json.problems).toEqual([
      expect.stringMatching(
        /could not finish: GET \/repos\/acme\/app\/actions\/runs\/1001\/attempts\/1\/jobs answered HTTP 404/
      )
    ])
    expect(result.stepSummary).toContain('could not finish')
  })
})

describe('health check when GitHub refuses a request', () => {
  it('goes on without lint, and says so, when the workflow files cannot be read', async () => {
    const { result, report } = await healthCheck(
      withFault({ method: 'GET', path: '/contents/', status: 403 })
    )
    expect(result.exitCode).toBe(0)
    expect(report.errors).toEqual([])
    expect(report.warnings).toContainEqual(
      expect.stringMatching(
        /^acme\/app: lint was skipped: the workflow files could not be listed: GET \/repos\/acme\/app\/contents\/\S+ answered HTTP 403: Forbidden$/
      )
    )
    expect(report.repositories[0].workflows).toHaveLength(5)
    expect(result.deletedRefs.map(ref => ref.ref)).toEqual(['heads/automated/stale-1'])
    expect(writesTo(result, 'POST', /\/issues$/)).toHaveLength(1)
  })

  it('lints the workflow files it could read and names the one it could not', async () => {
    const { result, report } = await healthCheck(
      withFault(
        { method: 'GET', path: '/contents/\\.github(%2F|/)workflows(%2F|/)deploy\\.yml$', status: 403 },
        lintedRepository()
      )
    )
    expect(result.exitCode).toBe(0)
    expect(report.warnings).toContainEqual(
      expect.stringMatching(
        /^acme\/app: 1 workflow file\(s\) were not linted: \.github\/workflows\/deploy\.yml could not be read: GET \S+ answered HTTP 403: Forbidden$/
      )
    )
    const findings = report.repositories[0].lint.findings
    expect(findings).toContainEqual(
      expect.objectContaining({ file: '.github/workflows/ci.yml', rule: 'missing-timeout' })
    )
    expect(findings.filter(finding => finding.file.endsWith('deploy.yml'))).toEqual([])
  })

  it('scores and opens issues, but deletes nothing, when the branches cannot be listed', async () => {
    const { result, report } = await healthCheck(
      withFault({ method: 'POST', path: '^/graphql$', status: 403 })
    )
    expect(result.exitCode).toBe(0)
    expect(report.warnings).toContainEqual(
      expect.stringMatching(/^acme\/app: pruning failed: POST \/graphql answered HTTP 403: Forbidden$/)
    )
    expect(result.deletedRefs).toEqual([])
    expect(report.repositories[0].workflows).toHaveLength(5)
    expect(writesTo(result, 'POST', /\/issues$/)).toHaveLength(1)
  })

  it('prunes, but writes no issue, when the health issues cannot be listed', async () => {
    const { result, report } = await healthCheck(withFault({ method: 'GET', path: '/issues$', status: 403 }))
    expect(result.exitCode).toBe(0)
    expect(report.warnings).toContainEqual(
      expect.stringMatching(
        /^acme\/app: issues were not updated: GET \/repos\/acme\/app\/issues answered HTTP 403/
      )
    )
    expect(result.writes.filter(write => /\/issues/.test(write.path))).toEqual([])
    expect(result.deletedRefs.map(ref => ref.ref)).toEqual(['heads/automated/stale-1'])
  })

  it('fails with the reason when the repository cannot be read at all', async () => {
    const { exitCode, writes, artifacts } = await runScenarioInProcess(
      withFault({ method: 'GET', path: '^/repos/acme/app$', status: 404 }),
      { action: 'health-check' }
    )
    expect(exitCode).toBe(1)
    expect(writes).toEqual([])
    const report = JSON.parse(artifacts['health-report']['health-report.json']) as { errors: string[] }
    expect(report.errors.join('\n')).toMatch(/acme\/app/)
  })
})
