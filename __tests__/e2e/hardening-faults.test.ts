/**
 * Fault injection on both bundles: the GitHub stand-in answers 5xx bursts, secondary rate
 * limits and 429s with retry-after, resets connections (also halfway through a log or an
 * answer), expires logs, fails the blob storage a log redirects to; the artifact service and
 * the AI fail. Expected: retries where the API says to, graceful degradation, a report that
 * says what failed, no duplicated or half-done writes, and a failed step only when the action
 * could not do its job. Requests refused with a final status (403, 404) are covered in-process
 * (__tests__/pipelines/faults.test.ts).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { TriageReport } from '../../src/triage/report.js'
import { runScenario } from '../../testkit/scenario/runner.js'
import type { FaultRule, Scenario, ScenarioResult } from '../../testkit/scenario/types.js'
import {
  branch as healthBranch,
  carryIssues,
  healthCheck,
  healthScenario,
  MAIN_BRANCH,
  statusRepository,
  type HealthRun
} from './support/health-scenarios.js'
import { CODE_FAILURE_LOG, INFRASTRUCTURE_LOG, UNKNOWN_LOG } from './support/logs.js'
import { failingRun, failureScenario, reportOf, triage, writesTo } from './support/scenario.js'

/** GitHub keeps annotations after the log expires: the type error survives as one. */
const TYPE_ERROR_ANNOTATION = {
  path: 'src/cart.ts',
  startLine: 14,
  level: 'failure' as const,
  message: "src/cart.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'."
}

function codeFailure(faults: FaultRule[], change: (scenario: Scenario) => void = () => {}): Scenario {
  const scenario = failureScenario(failingRun({ log: CODE_FAILURE_LOG, step: 'Run npm run build' }))
  scenario.repository.runs[0].jobs![0].annotations = [TYPE_ERROR_ANNOTATION]
  change(scenario)
  return { ...scenario, faults }
}

function infrastructureFailure(faults: FaultRule[]): Scenario {
  return { ...failureScenario(failingRun({ log: INFRASTRUCTURE_LOG })), faults }
}

function aiFailure(mode: 'timeout' | 'error' | 'malformed'): Scenario {
  // Only the hanging model needs a short timeout; the others answer at once, and a short one
  // would let a loaded machine's slow retry turn "HTTP 500" into "timed out".
  const timeout = mode === 'timeout' ? '2' : '30'
  return {
    ...failureScenario(
      failingRun({ log: UNKNOWN_LOG, step: 'Run ./scripts/release-check.sh' }),
      {},
      { inputs: { ai: 'always', 'ai-api-key': 'sk-test-standin', 'ai-timeout-seconds': timeout } }
    ),
    openai: { mode }
  }
}

const TRIAGE: Record<string, Scenario> = {
  // Two 5xx answers cost Octokit's retry back-off (about 1 + 4 s); a third would add 9 s.
  jobs5xxBurst: codeFailure([{ method: 'GET', path: '/attempts/1/jobs$', status: 502, times: 2 }]),
  createSecondaryLimit: codeFailure([
    { method: 'POST', path: '/issues$', kind: 'secondary-rate-limit', retryAfter: 1, times: 1 }
  ]),
  rerun429: infrastructureFailure([
    { method: 'POST', path: '/rerun-failed-jobs$', status: 429, retryAfter: 1, times: 1 }
  ]),
  logResetMidBody: codeFailure([{ method: 'GET', path: '^/_blob/', kind: 'reset-mid-body' }]),
  logResetOnce: codeFailure([{ method: 'GET', path: '^/_blob/', kind: 'reset-mid-body', times: 1 }]),
  blobFails: codeFailure([{ method: 'GET', path: '^/_blob/', status: 503 }]),
  logGone410: codeFailure([], scenario => (scenario.repository.runs[0].jobs![0].logExpired = 410)),
  logGone404: codeFailure([], scenario => (scenario.repository.runs[0].jobs![0].logExpired = 404)),
  // GitHub stored the issue, but the answer was cut off halfway.
  createAnswerLost: codeFailure([{ method: 'POST', path: '/issues$', kind: 'reset-mid-body', times: 1 }]),
  artifactRefused: { ...codeFailure([]), artifacts: { failWith: 403 } },
  aiTimeout: aiFailure('timeout'),
  ai500: aiFailure('error'),
  aiMalformed: aiFailure('malformed'),
  // The jobs cannot be listed at all: the action cannot do its job.
  jobsDown: codeFailure([{ method: 'GET', path: '/attempts/1/jobs$', status: 404 }])
}

const healthRepository = () => {
  const repository = statusRepository()
  repository.branches = [MAIN_BRANCH, healthBranch('automated/stale-1', { ageDays: 30 })]
  return repository
}
const HEALTH_INPUTS = { 'fail-on': 'never' }

/** A health check of `repository` with one GitHub fault. */
const withFault = (fault: FaultRule, repository = healthRepository()): Scenario =>
  healthScenario(repository, { inputs: HEALTH_INPUTS, faults: [fault] })

const HEALTH: Record<string, Scenario> = {
  workflows5xxBurst: withFault({ method: 'GET', path: '/actions/workflows$', status: 503, times: 2 }),
  runs429: withFault({
    method: 'GET',
    path: '/actions/workflows/\\d+/runs$',
    status: 429,
    retryAfter: 1,
    times: 2
  }),
  deleteSecondaryLimit: withFault({
    method: 'DELETE',
    path: '/git/refs/',
    kind: 'secondary-rate-limit',
    retryAfter: 1,
    times: 1
  }),
  issueCreateReset: withFault({ method: 'POST', path: '/issues$', kind: 'reset-mid-body', times: 1 }),
  artifactRefused: healthScenario(healthRepository(), {
    inputs: HEALTH_INPUTS,
    artifacts: { failWith: 403 }
  })
}

const triaged: Record<string, ScenarioResult> = {}
const checked: Record<string, HealthRun | ScenarioResult> = {}

beforeAll(async () => {
  await Promise.all([
    ...Object.entries(TRIAGE).map(async ([name, scenario]) => {
      triaged[name] = await triage(scenario)
    }),
    ...Object.entries(HEALTH).map(async ([name, scenario]) => {
      const result = await runScenario(scenario, { action: 'health-check' })
      checked[name] = result
    })
  ])
  const lost = checked.issueCreateReset as ScenarioResult
  checked.afterIssueCreateReset = await healthCheck(
    healthScenario({ ...healthRepository(), issues: carryIssues(lost) }, { inputs: HEALTH_INPUTS })
  )
})

function healthReport(name: string): { result: ScenarioResult; report: HealthRun['report'] | null } {
  const result = checked[name] as ScenarioResult
  const json = result.artifacts['health-report']?.['health-report.json']
  return { result, report: json ? (JSON.parse(json) as HealthRun['report']) : null }
}

function report(result: ScenarioResult): TriageReport {
  return reportOf(result).json as unknown as TriageReport
}

function issueCreates(result: ScenarioResult): number {
  return new Set(result.issues.map(issue => issue.number)).size
}

describe('triage under GitHub faults', () => {
  it('retries a 5xx burst on the jobs listing and then triages as usual', () => {
    const result = triaged.jobs5xxBurst
    expect(result.exitCode).toBe(0)
    expect(result.outputs.category).toBe('code_failure')
    expect(result.issues).toHaveLength(1)
    expect(report(result).api).toMatchObject({ requests: expect.any(Number) })
  })

  it('waits out a secondary rate limit on the issue create: one request retried, one issue', () => {
    const result = triaged.createSecondaryLimit
    expect(result.exitCode).toBe(0)
    expect(writesTo(result, 'POST', /\/issues$/)).toHaveLength(2)
    expect(issueCreates(result)).toBe(1)
    expect(result.stdout).toMatch(/Secondary rate limit on POST .*retrying in 1s/)
    expect(report(result).api.rateLimited).toBe(1)
  })

  it('retries a re-run refused with 429 and retry-after: one re-run, nothing escalated', () => {
    const result = triaged.rerun429
    expect(result.exitCode).toBe(0)
    expect(result.outputs.action).toBe('rerun-failed-jobs')
    expect(result.reruns).toHaveLength(1)
    expect(result.issues).toEqual([])
  })

  it('reads a log again after a reset in the middle of the body', () => {
    const result = triaged.logResetOnce
    expect(result.exitCode).toBe(0)
    expect(result.outputs.category).toBe('code_failure')
    expect(report(result).jobs[0]).toMatchObject({ excerptFrom: 'log', logProblem: null })
  })

  it.each([
    ['logResetMidBody', /log download failed twice/],
    ['blobFails', /log storage answered HTTP 503/],
    ['logGone410', /no longer available \(HTTP 410\)/],
    ['logGone404', /no longer available \(HTTP 404\)/]
  ])('%s: classifies from the annotations and says the log was missing', (name, problem) => {
    const result = triaged[name]
    expect(result.exitCode).toBe(0)
    expect(result.outputs.category).toBe('code_failure')
    const json = report(result)
    expect(json.jobs[0]).toMatchObject({
      excerptFrom: 'annotations',
      logProblem: expect.stringMatching(problem)
    })
    expect(json.problems.join('\n')).toMatch(problem)
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(problem) })
    )
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0].body).toContain('TS2322')
  })

  it('finds the issue GitHub stored although the create answer was lost: one issue, reported', () => {
    const result = triaged.createAnswerLost
    expect(result.exitCode).toBe(0)
    expect(result.issues).toHaveLength(1)
    expect(writesTo(result, 'POST', /\/issues$/)).toHaveLength(1)
    expect(result.outputs['issue-number']).toBe(String(result.issues[0].number))
    const actions = report(result).actions.filter(action => action.kind === 'create-issue')
    expect(actions.map(action => action.result)).toEqual(['failed', 'done'])
    expect(actions[1].detail).toMatch(/exists although the create request failed/)
  })

  it('keeps the report in the job summary when the artifact service refuses the upload', () => {
    const result = triaged.artifactRefused
    expect(result.exitCode).toBe(0)
    expect(result.artifacts).toEqual({})
    expect(result.stepSummary).toContain('## Workflow triage')
    expect(result.stepSummary).toMatch(/report artifact could not be uploaded: .*403/)
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/the report is in this job summary/)
      })
    )
    expect(result.issues).toHaveLength(1)
  })

  it.each([
    ['aiTimeout', /timed out/],
    ['ai500', /HTTP 500/],
    ['aiMalformed', /not JSON/]
  ])('%s: the rules answer and the report says the AI fell back', (name, why) => {
    const result = triaged[name]
    expect(result.exitCode).toBe(0)
    expect(result.openaiRequests.length).toBeGreaterThan(0)
    expect(result.outputs.category).toBe('unknown')
    const json = report(result)
    expect(json.jobs[0]).toMatchObject({ source: 'rules' })
    expect(json.problems.join('\n')).toMatch(new RegExp(`AI fell back to the rules: .*${why.source}`))
    expect(result.stepSummary).toMatch(/AI fell back to the rules/)
    expect(result.issues).toHaveLength(1)
  })

  it('fails the step naming the request when the jobs cannot be listed, and writes nothing', () => {
    const result = triaged.jobsDown
    expect(result.exitCode).toBe(1)
    expect(result.writes).toEqual([])
    const errors = result.annotations.filter(annotation => annotation.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(
      /could not finish: GET \/repos\/acme\/app\/actions\/runs\/1001\/attempts\/1\/jobs answered HTTP 404/
    )
    expect(result.stepSummary).toContain('could not finish')
    expect(report(result).problems).toEqual([errors[0].message])
  })
})

describe('health check under GitHub faults', () => {
  it.each(['workflows5xxBurst', 'runs429', 'deleteSecondaryLimit'])(
    '%s: retried, then the check completes with every workflow scored and the stale branch pruned once',
    name => {
      const { result, report } = healthReport(name)
      expect(result.exitCode).toBe(0)
      expect(result.violations).toEqual([])
      expect(report!.errors).toEqual([])
      expect(report!.repositories[0].workflows).toHaveLength(5)
      expect(result.deletedRefs.map(ref => ref.ref)).toEqual(['heads/automated/stale-1'])
      expect(writesTo(result, 'POST', /\/issues$/)).toHaveLength(1)
      expect(result.issues.filter(issue => issue.state === 'open')).toHaveLength(1)
    }
  )

  it('an issue create whose answer was lost leaves one issue, which the next check updates in place', () => {
    const { result } = healthReport('issueCreateReset')
    expect(result.exitCode).toBe(0)
    expect(result.issues).toHaveLength(1)
    expect(writesTo(result, 'POST', /\/issues$/)).toHaveLength(1)
    const next = checked.afterIssueCreateReset as HealthRun
    expect(writesTo(next.result, 'POST', /\/issues$/)).toEqual([])
    expect(next.result.issues.map(issue => [issue.number, issue.state])).toEqual([[1, 'open']])
  })

  it('keeps the report in the job summary when the artifact service refuses the upload', () => {
    const { result } = healthReport('artifactRefused')
    expect(result.exitCode).toBe(0)
    expect(result.artifacts).toEqual({})
    expect(result.stepSummary).toMatch(/report artifact could not be uploaded: .*403/)
    expect(result.stepSummary).toMatch(/Deploy/)
  })
})
