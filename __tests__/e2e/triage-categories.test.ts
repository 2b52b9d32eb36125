/**
 * DESIGN 3-5 end to end on the real bundle: a category that escalates and one that re-runs, as
 * the `category` and `action` outputs and the write requests GitHub received. Every category
 * is covered in-process (__tests__/pipelines/triage-categories.test.ts).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { ScenarioResult } from '../../testkit/scenario/types.js'
import {
  AUTHENTICATION_LOG,
  CODE_FAILURE_LOG,
  DEPENDENCY_LOG,
  DEPENDENCY_NETWORK_LOG,
  INFRASTRUCTURE_LOG,
  SECURITY_SCAN_LOG,
  TEST_FAILURE_LOG,
  UNKNOWN_LOG
} from './support/logs.js'
import { failingRun, failureScenario, triage, writesTo } from './support/scenario.js'

interface Case {
  name: string
  log: string
  step: string
  category: string
  action: 'escalate' | 'rerun-failed-jobs'
  owner: string
  /** On the default branch: P1 (DESIGN 5). */
  priority: string
}

const ALL_CASES: Case[] = [
  {
    name: 'test failure (first attempt: re-run to confirm flakiness)',
    log: TEST_FAILURE_LOG,
    step: 'Run npm test',
    category: 'test_failure',
    action: 'rerun-failed-jobs',
    owner: 'cto',
    priority: 'P1'
  },
  {
    name: 'code failure',
    log: CODE_FAILURE_LOG,
    step: 'Run npm run build',
    category: 'code_failure',
    action: 'escalate',
    owner: 'cto',
    priority: 'P1'
  },
  {
    name: 'dependency resolution conflict',
    log: DEPENDENCY_LOG,
    step: 'Run npm ci',
    category: 'dependency',
    action: 'escalate',
    owner: 'cto',
    priority: 'P1'
  },
  {
    // DESIGN 2: network resets and timeouts from registries are infrastructure, transient, so re-run.
    name: 'dependency install lost to the network',
    log: DEPENDENCY_NETWORK_LOG,
    step: 'Run pip install -r requirements.txt',
    category: 'infrastructure',
    action: 'rerun-failed-jobs',
    owner: 'cto',
    priority: 'P1'
  },
  {
    name: 'security scan',
    log: SECURITY_SCAN_LOG,
    step: 'Run npm audit --audit-level=high',
    category: 'security_scan',
    action: 'escalate',
    owner: 'ciso',
    priority: 'P1'
  },
  {
    name: 'infrastructure',
    log: INFRASTRUCTURE_LOG,
    step: 'Run npm test',
    category: 'infrastructure',
    action: 'rerun-failed-jobs',
    owner: 'cto',
    priority: 'P1'
  },
  {
    name: 'authentication',
    log: AUTHENTICATION_LOG,
    step: 'Run git push origin HEAD:main',
    category: 'authentication',
    action: 'escalate',
    owner: 'ciso',
    priority: 'P1'
  },
  {
    name: 'unknown',
    log: UNKNOWN_LOG,
    step: 'Run ./scripts/release-check.sh',
    category: 'unknown',
    action: 'escalate',
    owner: 'cto',
    priority: 'P1'
  }
]

const CASES = ALL_CASES.filter(({ category }) => category === 'code_failure' || category === 'test_failure')
const results = new Map<string, ScenarioResult>()

beforeAll(async () => {
  // Independent scenarios: run them side by side (each write costs ~1 s of Octokit pacing).
  await Promise.all(
    CASES.map(async testCase => {
      const run = failingRun({ log: testCase.log, step: testCase.step })
      results.set(testCase.name, await triage(failureScenario(run)))
    })
  )
})

describe.each(CASES)('$name', testCase => {
  const result = (): ScenarioResult => results.get(testCase.name)!

  it(`is classified ${testCase.category} and the action is ${testCase.action}`, () => {
    expect(result().exitCode).toBe(0)
    expect(result().outputs.category).toBe(testCase.category)
    expect(result().outputs.action).toBe(testCase.action)
  })

  if (testCase.action === 'rerun-failed-jobs') {
    it('re-runs the failed jobs once and opens no issue', () => {
      expect(result().reruns).toEqual([{ runId: 1001, kind: 'rerun-failed-jobs' }])
      expect(result().writes.map(write => `${write.method} ${write.path}`)).toEqual([
        'POST /repos/acme/app/actions/runs/1001/rerun-failed-jobs'
      ])
      expect(result().outputs.remediated).toBe('true')
      expect(result().issues).toEqual([])
    })
  } else {
    it('opens one issue routed to its owner with its priority, and re-runs nothing', () => {
      expect(result().reruns).toEqual([])
      expect(writesTo(result(), 'POST', /\/rerun/)).toEqual([])
      expect(result().outputs.remediated).toBe('false')
      expect(result().issues).toHaveLength(1)
      const [issue] = result().issues
      expect(issue.state).toBe('open')
      expect(issue.labels.sort()).toEqual(
        [
          'triage',
          `triage:${testCase.category}`,
          `owner:${testCase.owner}`,
          `priority:${testCase.priority}`
        ].sort()
      )
      expect(result().outputs['issue-number']).toBe(String(issue.number))
      expect(writesTo(result(), 'POST', /^\/repos\/acme\/app\/issues$/)).toHaveLength(1)
      expect(issue.body).toContain(testCase.step.replace(/^Run /, ''))
    })
  }
})
