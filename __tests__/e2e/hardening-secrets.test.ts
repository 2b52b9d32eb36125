/**
 * Secret leakage (DESIGN 9): a fake token of every format planted in each place a repository's
 * users control (log, job name, step name, workflow name, branch name, commit message), with
 * the AI and both webhooks on. Every request body the stand-ins received (GitHub, OpenAI,
 * Slack, generic webhook), every artifact file, the job summary, outputs and the action's own
 * log are scanned: zero occurrences.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { runScenario } from '../../testkit/scenario/runner.js'
import type { Scenario, ScenarioResult } from '../../testkit/scenario/types.js'
import {
  branch as healthBranch,
  healthScenario,
  MAIN_BRANCH,
  runsFrom,
  workflow as healthWorkflow
} from './support/health-scenarios.js'
import { contextualSecrets, everythingSent, fakeSecrets, placesHolding } from './support/hardening.js'
import { stepLog } from './support/logs.js'
import { failingRun, repoWith, triageScenario, workflowRunEvent } from './support/scenario.js'

type Place = 'log' | 'job name' | 'step name' | 'workflow name' | 'branch name' | 'commit message'

/** Tokens and contextual secrets planted in one place, each fake unique to that place. */
function plantedIn(place: Place): { secrets: string[]; text: string[] } {
  const tokens = fakeSecrets(place)
  // Git refuses `:` in a branch name: a webhook URL cannot be one.
  const usable = Object.entries(tokens)
    .filter(([name]) => place !== 'branch name' || name !== 'slackWebhook')
    .map(([, value]) => value)
  const contextual = place === 'branch name' ? [] : contextualSecrets(place)
  return {
    secrets: [...usable, ...contextual.map(secret => secret.value)],
    text: [...usable, ...contextual.map(secret => secret.line)]
  }
}

/** A deploy that failed in a way no rule knows, so the excerpt itself becomes the evidence. */
function triageWithSecretsIn(place: Place): Scenario {
  const { text } = plantedIn(place)
  const inline = text.map(line => line.replace(/\n/g, ' ')).join(' ')
  const log =
    place === 'log'
      ? stepLog(
          './scripts/deploy.sh',
          ['deploy: configuration follows', ...text.map(line => `##[error]${line}`)],
          3
        )
      : stepLog('./scripts/deploy.sh', ['deploy: target refused the release', 'deploy: giving up'], 3)
  const branchName = place === 'branch name' ? `feature/${text.join('/')}` : 'main'
  const run = failingRun({
    log,
    branch: branchName,
    jobName: place === 'job name' ? `deploy ${inline}` : 'deploy',
    step: place === 'step name' ? `Run ./scripts/deploy.sh ${inline}` : 'Run ./scripts/deploy.sh'
  })
  const repository = repoWith({ runs: [run] })
  if (place === 'workflow name') repository.workflows[0].name = `CI ${inline}`
  if (place === 'commit message')
    repository.branches[0].commits[0].message = `feat: rotate keys\n\n${text.join('\n')}`
  if (place === 'branch name')
    repository.branches.push({ name: branchName, commits: repository.branches[0].commits })
  const event = workflowRunEvent(run)
  const payload = event.payload.workflow_run as Record<string, unknown>
  if (place === 'workflow name') payload.name = repository.workflows[0].name
  return {
    ...triageScenario(repository, event, { inputs: { ai: 'always', 'ai-api-key': 'sk-test-standin' } }),
    openai: { mode: 'echo-log' },
    webhooks: { slack: true, generic: true }
  }
}

/** Stale automation branches and workflows whose names, and commits whose messages, carry secrets. */
function healthWithSecretsIn(place: Place): Scenario {
  const { text } = plantedIn(place)
  const inline = text.map(line => line.replace(/\n/g, ' ')).join(' ')
  const deploy = healthWorkflow(2, place === 'workflow name' ? `Deploy ${inline}` : 'Deploy')
  const stale = healthBranch(place === 'branch name' ? `automated/${text.join('/')}` : 'automated/stale', {
    ageDays: 30
  })
  if (place === 'commit message') stale.commits[0].message = `chore: bump\n\n${text.join('\n')}`
  return healthScenario(
    {
      owner: 'acme',
      name: 'app',
      defaultBranch: 'main',
      workflows: [healthWorkflow(1, 'CI'), deploy],
      runs: [...runsFrom(1, 'SSSSSSSSSS'), ...runsFrom(2, 'FFFSSSSSSS')],
      branches: [MAIN_BRANCH, stale]
    },
    { inputs: { 'fail-on': 'never' } }
  )
}

const TRIAGE_PLACES: Place[] = [
  'log',
  'job name',
  'step name',
  'workflow name',
  'branch name',
  'commit message'
]
const HEALTH_PLACES: Place[] = ['workflow name', 'branch name', 'commit message']

const triaged = new Map<Place, ScenarioResult>()
const checked = new Map<Place, ScenarioResult>()

beforeAll(async () => {
  await Promise.all([
    ...TRIAGE_PLACES.map(async place =>
      triaged.set(place, await runScenario(triageWithSecretsIn(place), { action: 'triage' }))
    ),
    ...HEALTH_PLACES.map(async place =>
      checked.set(place, await runScenario(healthWithSecretsIn(place), { action: 'health-check' }))
    )
  ])
})

describe.each(TRIAGE_PLACES)('triage with secrets in the %s', place => {
  const result = () => triaged.get(place)!

  it('still triages: escalated with the AI asked and both webhooks notified', () => {
    expect(result().violations).toEqual([])
    expect(result().exitCode).toBe(0)
    expect(result().issues).toHaveLength(1)
    expect(result().openaiRequests.length).toBeGreaterThan(0)
    expect(result().webhookRequests).toHaveLength(2)
    expect(Object.keys(result().artifacts)).toEqual(['triage-report'])
  })

  it('sends none of the secrets anywhere', () => {
    const { secrets } = plantedIn(place)
    expect(everythingSent(result()).length).toBeGreaterThan(8)
    const leaks = secrets.flatMap(secret =>
      placesHolding(result(), secret).map(where => `${secret} -> ${where}`)
    )
    expect(leaks).toEqual([])
  })
})

describe.each(HEALTH_PLACES)('health check with secrets in the %s', place => {
  const result = () => checked.get(place)!

  it('still checks, prunes the stale branch and reports', () => {
    expect(result().violations).toEqual([])
    expect(result().exitCode).toBe(0)
    expect(result().deletedRefs).toHaveLength(1)
    expect(Object.keys(result().artifacts)).toEqual(['health-report'])
  })

  it('sends none of the secrets anywhere', () => {
    const { secrets } = plantedIn(place)
    const leaks = secrets.flatMap(secret =>
      placesHolding(result(), secret).map(where => `${secret} -> ${where}`)
    )
    expect(leaks).toEqual([])
  })
})
