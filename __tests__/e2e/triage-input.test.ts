/**
 * Bad input end to end: the action fails the step with a message that names the problem,
 * and changes nothing in the repository (DESIGN 6: "nothing is changed").
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Scenario, ScenarioResult } from '../../testkit/scenario/types.js'
import { CODE_FAILURE_LOG } from './support/logs.js'
import { failingRun, failureScenario, repoWith, triage, triageScenario } from './support/scenario.js'

const failure = failingRun({ log: CODE_FAILURE_LOG, step: 'Run npm run build' })

const PLAYBOOK_WITH_BAD_KEY = `---
version: 1
limits:
  max-attempts: 3
  max-retries: 5
---

# Operations playbook

Escalate everything we do not know.
`

interface Case {
  name: string
  scenario: Scenario
  /** What the error message must say. */
  message: RegExp
}

const CASES: Case[] = [
  {
    name: 'missing token',
    scenario: failureScenario(failure, {}, { inputs: { 'github-token': '' } }),
    message: /github-token/
  },
  {
    name: 'malformed event payload',
    scenario: triageScenario(repoWith({ runs: [failure] }), {
      name: 'workflow_run',
      payload: { action: 'completed', workflow_run: { id: 'one thousand and one', conclusion: 'failure' } }
    }),
    message: /workflow_run\.id/
  },
  {
    name: 'unsupported event',
    scenario: triageScenario(repoWith({ runs: [failure] }), {
      name: 'push',
      payload: { ref: 'refs/heads/main', after: 'a1'.repeat(20) }
    }),
    message: /'push' event.*workflow_run/
  },
  {
    name: 'invalid input value',
    scenario: failureScenario(failure, {}, { inputs: { 'max-attempts': 'three' } }),
    message: /max-attempts.*'three'/
  },
  {
    name: 'invalid playbook',
    scenario: failureScenario(failure, {}, { workspace: { 'playbook.md': PLAYBOOK_WITH_BAD_KEY } }),
    message: /playbook\.md:5:.*max-retries/
  }
]

const results = new Map<string, ScenarioResult>()

beforeAll(async () => {
  await Promise.all(CASES.map(async c => results.set(c.name, await triage(c.scenario))))
})

describe.each(CASES)('$name', ({ name, message }) => {
  it('fails the step with a clear message and makes zero write requests', () => {
    const result = results.get(name)!
    expect(result.exitCode).not.toBe(0)
    const errors = result.annotations.filter(annotation => annotation.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(message)
    expect(result.writes).toEqual([])
    expect(result.issues).toEqual([])
  })
})
