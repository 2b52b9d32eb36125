import { describe, expect, it } from '@jest/globals'
import { DEFAULT_POLICY } from '../../src/config/policy.js'
import { keepOccurrences, planQuarantine, renderQuarantineIssue } from '../../src/health/quarantine.js'
import type { FlakyTest } from '../../src/health/test-history.js'
import { addOccurrence } from '../../src/triage/issues.js'
import { quarantineIssueFor, quarantinedTestOf } from '../../src/triage/quarantine.js'

const NOW = new Date('2026-11-20T12:00:00Z')
const SETTINGS = DEFAULT_POLICY.flakyTests
const WORKFLOW = '.github/workflows/ci.yml'
const REPO_URL = 'https://github.com/acme/app'

function flaky(test: string, flakeTimes: string[]): FlakyTest {
  const sorted = [...flakeTimes].sort().reverse()
  return {
    test,
    workflow: WORKFLOW,
    flakes: flakeTimes.length,
    runsAffected: flakeTimes.length,
    runs: 20,
    flakeRate: flakeTimes.length / 20,
    firstSeen: sorted.at(-1)!,
    lastSeen: sorted[0],
    jobs: ['test'],
    flakyRuns: sorted.map((at, index) => ({ runId: 100 + index, attempt: 2, at, job: 'test' }))
  }
}

const OFTEN = flaky('api › retries', ['2026-11-19T10:00:00Z', '2026-11-18T10:00:00Z', '2026-11-15T10:00:00Z'])

function issue(test: FlakyTest, state: 'open' | 'closed' = 'open', number = 5) {
  const { title, body } = renderQuarantineIssue(test, SETTINGS, REPO_URL)
  return { number, title, body, state, htmlUrl: `${REPO_URL}/issues/${number}` }
}

describe('planQuarantine', () => {
  it('opens one issue for a test that flaked quarantine-after times in 7 days', () => {
    const rare = flaky('db › reconnects', [
      '2026-11-19T10:00:00Z',
      '2026-11-01T10:00:00Z',
      '2026-11-02T10:00:00Z'
    ])
    const actions = planQuarantine([OFTEN, rare], [], SETTINGS, NOW, REPO_URL)
    expect(actions.map(action => [action.kind, action.test])).toEqual([['open', 'api › retries']])
    const [open] = actions
    expect(open.kind === 'open' && open.title).toBe(`Flaky test: api › retries (${WORKFLOW})`)
    expect(open.kind === 'open' && quarantinedTestOf(open.body)).toEqual({
      workflow: WORKFLOW,
      test: 'api › retries',
      lastFlakeAt: '2026-11-19T10:00:00Z'
    })
  })

  it('does nothing when quarantine is off, or when the issue already says it all', () => {
    expect(planQuarantine([OFTEN], [], { ...SETTINGS, quarantineAfter: 0 }, NOW, REPO_URL)).toEqual([])
    expect(planQuarantine([OFTEN], [issue(OFTEN)], SETTINGS, NOW, REPO_URL)).toEqual([])
  })

  it('updates the open issue in place when the test flaked again, keeping the occurrences triage added', () => {
    const withOccurrence = {
      ...issue(OFTEN),
      body: addOccurrence(issue(OFTEN).body, {
        runId: 77,
        attempt: 1,
        url: `${REPO_URL}/actions/runs/77`,
        at: '2026-11-19T11:00:00Z',
        branch: 'main',
        sha: 'a'.repeat(40)
      })
    }
    const again = flaky('api › retries', ['2026-11-20T10:00:00Z', ...OFTEN.flakyRuns.map(run => run.at)])
    const [action] = planQuarantine([again], [withOccurrence], SETTINGS, NOW, REPO_URL)
    expect(action.kind).toBe('update')
    const body = action.kind === 'update' ? action.body : ''
    expect(body).toContain('run 77')
    expect(body).toContain('2026-11-20T10:00:00Z')
    expect(quarantinedTestOf(body)?.lastFlakeAt).toBe('2026-11-20T10:00:00Z')
  })

  it('closes the issue after quarantine-clear-days without a flake, also once the test left the history', () => {
    const later = new Date('2026-12-04T10:00:00Z')
    expect(
      planQuarantine([OFTEN], [issue(OFTEN)], SETTINGS, later, REPO_URL).map(action => action.kind)
    ).toEqual(['close'])
    expect(planQuarantine([], [issue(OFTEN)], SETTINGS, later, REPO_URL).map(action => action.kind)).toEqual([
      'close'
    ])
    expect(planQuarantine([], [issue(OFTEN)], SETTINGS, NOW, REPO_URL)).toEqual([])
  })

  it('reopens a closed issue when the test flakes often again', () => {
    const [action] = planQuarantine([OFTEN], [issue(OFTEN, 'closed')], SETTINGS, NOW, REPO_URL)
    expect(action).toMatchObject({ kind: 'update', reopen: true })
  })
})

describe('quarantineIssueFor', () => {
  const open = issue(OFTEN)

  it('takes a failure of only the quarantined test of that workflow', () => {
    expect(quarantineIssueFor([open], WORKFLOW, ['api › retries'])?.number).toBe(5)
    expect(quarantineIssueFor([open], WORKFLOW, ['api › retries', 'db › other'])).toBeUndefined()
    expect(quarantineIssueFor([open], '.github/workflows/e2e.yml', ['api › retries'])).toBeUndefined()
    expect(quarantineIssueFor([{ ...open, state: 'closed' }], WORKFLOW, ['api › retries'])).toBeUndefined()
  })

  it('does not trust a marker whose data was edited to name another test', () => {
    const edited = open.body.replace(
      /flaky-test-data=([A-Za-z0-9_-]+)/,
      () =>
        `flaky-test-data=${Buffer.from(JSON.stringify({ workflow: WORKFLOW, test: 'other', lastFlakeAt: '2026-11-19T10:00:00Z' })).toString('base64url')}`
    )
    expect(quarantinedTestOf(edited)).toBeNull()
    expect(quarantineIssueFor([{ ...open, body: edited }], WORKFLOW, ['other'])).toBeUndefined()
  })
})

describe('keepOccurrences', () => {
  it('leaves a body without occurrences as rendered', () => {
    expect(keepOccurrences('new', 'old body')).toBe('new')
  })
})
