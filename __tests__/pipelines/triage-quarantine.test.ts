/**
 * In-process (the bundle runs in __tests__/e2e): while a flaky test's quarantine issue is
 * open, a failure of that test alone adds an occurrence to it and opens no triage issue; a
 * failure of it with another test, a failure in another workflow, or a fork's run, take the
 * usual way.
 */
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_POLICY } from '../../src/config/policy.js'
import { renderQuarantineIssue } from '../../src/health/quarantine.js'
import type { ScenarioIssue, ScenarioRun } from '../../testkit/scenario/types.js'
import { FLAKY_TEST, jestLog } from '../e2e/support/flaky-scenarios.js'
import { stepLog } from '../e2e/support/logs.js'
import { WORKFLOW, failingRun, repoWith, triageScenario, workflowRunEvent } from '../e2e/support/scenario.js'
import { triage } from './support.js'

const QUARANTINED = 41

function quarantineIssue(state: 'open' | 'closed' = 'open', user = 'github-actions[bot]'): ScenarioIssue {
  const { title, body } = renderQuarantineIssue(
    {
      test: FLAKY_TEST,
      workflow: WORKFLOW.path,
      flakes: 3,
      runsAffected: 3,
      runs: 10,
      flakeRate: 0.3,
      firstSeen: '2026-11-17T10:00:00Z',
      lastSeen: '2026-11-19T10:00:00Z',
      jobs: ['test'],
      flakyRuns: [{ runId: 900, attempt: 2, at: '2026-11-19T10:00:00Z', job: 'test' }]
    },
    DEFAULT_POLICY.flakyTests,
    'https://github.com/acme/app'
  )
  return { number: QUARANTINED, title, body, state, labels: ['flaky-test'], user }
}

const twoTestsLog = stepLog('npm test', [
  'FAIL src/cart.test.ts',
  `  ● ${FLAKY_TEST}`,
  '  ● cart › applies discounts',
  'Tests:       2 failed, 40 passed, 42 total'
])

/** A test failure on attempt 2 (no re-run to confirm flakiness is left): escalated. */
function failure(log: string, extra: Partial<ScenarioRun> = {}): ScenarioRun {
  return { ...failingRun({ id: 1001, log, attempt: 2 }), ...extra }
}

async function triageWith(run: ScenarioRun, issues: ScenarioIssue[], inputs: Record<string, string> = {}) {
  return triage(triageScenario(repoWith({ runs: [run], issues }), workflowRunEvent(run), { inputs }))
}

describe('a failure of a quarantined test', () => {
  it('adds an occurrence to the open quarantine issue and opens no triage issue', async () => {
    const result = await triageWith(failure(jestLog(FLAKY_TEST)), [quarantineIssue()])
    expect(result.issues).toHaveLength(1)
    const [issue] = result.issues
    expect(issue.number).toBe(QUARANTINED)
    expect(issue.body).toContain('[run 1001]')
    expect(issue.body).toContain('<!-- workflow-triage:occurrences=1 -->')
    expect(result.outputs['issue-number']).toBe(String(QUARANTINED))
  })

  it('is triaged as usual with another failing test, or once the issue is closed', async () => {
    const both = await triageWith(failure(twoTestsLog), [quarantineIssue()])
    expect(both.issues.filter(issue => issue.labels.includes('triage'))).toHaveLength(1)
    expect(both.issues.find(issue => issue.number === QUARANTINED)?.body).not.toContain('run 1001')
    const closed = await triageWith(failure(jestLog(FLAKY_TEST)), [quarantineIssue('closed')])
    expect(closed.issues.filter(issue => issue.labels.includes('triage'))).toHaveLength(1)
  })

  it('counts only quarantine issues the action opened: a forged one swallows nothing', async () => {
    const forged = await triageWith(failure(jestLog(FLAKY_TEST)), [quarantineIssue('open', 'mallory')])
    expect(forged.issues.find(issue => issue.number === QUARANTINED)?.body).not.toContain('run 1001')
    expect(forged.issues.filter(issue => issue.labels.includes('triage'))).toHaveLength(1)
  })

  it('never counts a run from a fork', async () => {
    const fork = failure(jestLog(FLAKY_TEST), { headRepository: 'mallory/app' })
    const result = await triageWith(fork, [quarantineIssue()], { 'fork-runs': 'escalate' })
    expect(result.issues.find(issue => issue.number === QUARANTINED)?.body).not.toContain('run 1001')
  })
})
