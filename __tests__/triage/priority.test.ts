import { describe, expect, it } from '@jest/globals'
import { DEFAULT_POLICY, type Policy } from '../../src/config/policy.js'
import {
  type TriageContext,
  actionRequired,
  assigneesFor,
  impactOf,
  ownerFor,
  priorityFor,
  quotaOrder
} from '../../src/triage/priority.js'
import { makeRun, quietHistory } from './facts.js'

const context = (
  overrides: Partial<TriageContext> = {},
  run: Partial<TriageContext['run']> = {}
): TriageContext => ({
  run: { ...makeRun({ headBranch: 'feature/x' }), ...run },
  defaultBranch: 'main',
  categories: ['test_failure'],
  history: quietHistory,
  failingSince: null,
  now: '2026-11-20T12:00:00Z',
  quotaOrBilling: false,
  ...overrides
})
const priority = (ctx: TriageContext, policy: Policy = DEFAULT_POLICY) => priorityFor(ctx, policy).priority

describe('priorityFor', () => {
  it('is P3 for an ordinary branch', () => {
    expect(priorityFor(context(), DEFAULT_POLICY)).toEqual({ priority: 'P3', reasons: ['default priority'] })
  })

  it('is P1 for a broken default branch and P0 once it has been broken for over an hour', () => {
    expect(priority(context({ failingSince: '2026-11-20T11:30:00Z' }, { headBranch: 'main' }))).toBe('P1')
    expect(priority(context({ failingSince: '2026-11-20T10:59:00Z' }, { headBranch: 'main' }))).toBe('P0')
  })

  it('does not treat a pull request from the default branch name as the default branch', () => {
    expect(priority(context({}, { headBranch: 'main', event: 'pull_request', pullRequests: [5] }))).toBe('P2')
  })

  it('is P1 for any security or authentication failure', () => {
    expect(priority(context({ categories: ['test_failure', 'security_scan'] }))).toBe('P1')
    expect(priority(context({ categories: ['authentication'] }))).toBe('P1')
  })

  it('is P0 for a failing production deploy, by workflow name or file', () => {
    expect(priority(context({}, { name: 'Deploy to production', headBranch: 'main' }))).toBe('P0')
    expect(priority(context({}, { name: 'Ship', path: '.github/workflows/release.yml' }))).toBe('P0')
  })

  it('does not count a deploy workflow checking a pull request, or release notes, as production', () => {
    expect(priority(context({}, { name: 'Deploy', event: 'pull_request', pullRequests: [1] }))).toBe('P2')
    expect(
      priority(context({}, { name: 'Release notes', path: '.github/workflows/release-notes.yml' }))
    ).toBe('P3')
  })

  it('is P2 for pull requests, automation branches and often-flaky tests', () => {
    expect(priority(context({}, { event: 'pull_request' }))).toBe('P2')
    expect(priority(context({}, { headBranch: 'automated/deps' }))).toBe('P2')
    expect(priority(context({ history: { ...quietHistory, flakyCountLast7d: 3 } }))).toBe('P2')
    expect(priority(context({ history: { ...quietHistory, flakyCountLast7d: 2 } }))).toBe('P3')
  })

  it('raises one level after 3 failures in 24 hours, never past P0', () => {
    const busy = { ...quietHistory, failuresLast24h: 3 }
    const raised = priorityFor(context({ history: busy }), DEFAULT_POLICY)
    expect(raised.priority).toBe('P2')
    expect(raised.reasons).toContain('raised one level: 3 failures in 24 hours')
    expect(priority(context({ history: busy }, { name: 'deploy' }))).toBe('P0')
    expect(priority(context({ history: { ...quietHistory, failuresLast24h: 2 } }))).toBe('P3')
  })

  it('follows the priorities the policy sets', () => {
    const policy = { ...DEFAULT_POLICY, priorities: { ...DEFAULT_POLICY.priorities, other: 'P2' as const } }
    expect(priority(context(), policy)).toBe('P2')
  })
})

describe('ownerFor', () => {
  it('routes by the most serious category', () => {
    expect(ownerFor(context({ categories: ['test_failure'] }), DEFAULT_POLICY)).toEqual({
      primary: 'cto',
      extra: []
    })
    expect(ownerFor(context({ categories: ['infrastructure', 'authentication'] }), DEFAULT_POLICY)).toEqual({
      primary: 'ciso',
      extra: []
    })
  })

  it('gives a failing production deploy to the cpo, with the ceo for the P0 and the routed role', () => {
    expect(ownerFor(context({ categories: ['security_scan'] }, { name: 'deploy' }), DEFAULT_POLICY)).toEqual({
      primary: 'cpo',
      extra: ['ciso', 'ceo']
    })
  })

  it('gives marketing workflows to the cmo', () => {
    expect(
      ownerFor(context({}, { name: 'Publish docs', path: '.github/workflows/docs.yml' }), DEFAULT_POLICY)
    ).toEqual({ primary: 'cmo', extra: ['cto'] })
  })

  it('adds the ceo for quota and billing limits', () => {
    const ctx = context({ categories: ['infrastructure'], quotaOrBilling: true })
    expect(ownerFor(ctx, DEFAULT_POLICY)).toEqual({ primary: 'cto', extra: ['ceo'] })
  })
})

describe('assigneesFor', () => {
  it('assigns logins and returns teams apart, dropping malformed entries and duplicates', () => {
    const owners = { cto: ['alice', '@bob', 'acme/platform'], ciso: ['alice', 'not a login', 'acme/sec'] }
    expect(assigneesFor(['cto', 'ciso', 'ceo'], owners)).toEqual({
      assignees: ['alice', 'bob'],
      teams: ['acme/platform', 'acme/sec']
    })
  })

  it('caps assignees at GitHub’s limit of 10', () => {
    const owners = { cto: Array.from({ length: 12 }, (_, i) => `user${i}`) }
    expect(assigneesFor(['cto'], owners).assignees).toHaveLength(10)
  })
})

describe('quotaOrder', () => {
  it('puts P0 first and, at equal priority, security and authentication before the rest', () => {
    const failures = [
      { id: 'lint', priority: 'P2' as const, category: 'code_failure' as const },
      { id: 'deploy', priority: 'P0' as const, category: 'infrastructure' as const },
      { id: 'tests', priority: 'P1' as const, category: 'test_failure' as const },
      { id: 'token', priority: 'P1' as const, category: 'authentication' as const },
      { id: 'audit', priority: 'P2' as const, category: 'security_scan' as const }
    ]
    expect(quotaOrder(failures).map(failure => failure.id)).toEqual([
      'deploy',
      'token',
      'tests',
      'audit',
      'lint'
    ])
  })
})

describe('actionRequired', () => {
  it('does not blame the attempt limit for a failure the policy never re-runs', () => {
    const text = actionRequired('unknown', ['attempt 3 reached the limit of 3'], DEFAULT_POLICY)
    expect(text).not.toContain('attempt')
    expect(text).toBe('Read the evidence and the run log to find the cause.')
  })

  it('says why a failure the policy would re-run was not re-run', () => {
    expect(actionRequired('infrastructure', ['attempt 3 reached the limit of 3'], DEFAULT_POLICY)).toContain(
      'not remediated automatically: attempt 3 reached the limit of 3'
    )
  })
})

describe('impactOf', () => {
  it('says a production deploy did not ship, not that merges are blocked', () => {
    const deploy = {
      ...makeRun({ headBranch: 'main' }),
      name: 'Deploy',
      path: '.github/workflows/deploy.yml'
    }
    const impact = impactOf(deploy, 'main', DEFAULT_POLICY)
    expect(impact).toMatch(/production deploy or release did not complete/)
    expect(impact).not.toMatch(/merges/)
  })

  it('says the default branch blocks merges, and a pull request cannot merge', () => {
    expect(impactOf(makeRun({ headBranch: 'main' }), 'main', DEFAULT_POLICY)).toMatch(/merges and releases/)
    expect(
      impactOf(
        { ...makeRun({ headBranch: 'feature/x' }), event: 'pull_request', pullRequests: [7] },
        'main',
        DEFAULT_POLICY
      )
    ).toMatch(/cannot merge/)
  })
})
