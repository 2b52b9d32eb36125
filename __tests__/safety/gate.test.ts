import { describe, expect, it } from '@jest/globals'
import {
  type GateContext,
  type ProposedWrite,
  checkWrite,
  remediationWrite,
  rerunFacts
} from '../../src/safety/gate.js'
import { makeBranch } from '../triage/facts.js'
import { WriteBudget } from '../../src/safety/writer.js'

const branch = makeBranch()
const baseContext: GateContext = {
  dryRun: false,
  writesUsed: 0,
  maxWrites: 30,
  defaultBranch: 'main',
  branchPatterns: ['automated/**'],
  branch,
  run: { id: 9001, attempt: 1, maxAttempts: 3, maxFailedJobs: 5, failedJobCategories: ['infrastructure'] }
}
const deletion: ProposedWrite = { kind: 'delete-branch', branch: branch.name, sha: branch.headSha }
const rerun: ProposedWrite = { kind: 'rerun', runId: 9001 }
const failedChecks = (write: ProposedWrite, ctx: GateContext): string[] =>
  checkWrite(write, ctx)
    .checks.filter(c => !c.passed)
    .map(c => c.name)

describe('checkWrite: branch deletion', () => {
  it('allows deleting a stale automation branch', () => {
    const verdict = checkWrite(deletion, baseContext)
    expect(verdict.allowed).toBe(true)
    expect(verdict.checks.every(c => c.passed)).toBe(true)
  })

  it.each([
    ['default branch by name', { ...baseContext, defaultBranch: branch.name }, 'not-default'],
    [
      'default branch by a different case',
      { ...baseContext, defaultBranch: branch.name.toUpperCase() },
      'not-default'
    ],
    [
      'default branch by the facts',
      { ...baseContext, branch: makeBranch({ isDefault: true }) },
      'not-default'
    ],
    ['unknown default branch', { ...baseContext, defaultBranch: '' }, 'not-default'],
    ['outside the patterns', { ...baseContext, branchPatterns: ['renovate/**'] }, 'automation-pattern'],
    ['protected', { ...baseContext, branch: makeBranch({ protected: true }) }, 'not-protected'],
    ['open pull request', { ...baseContext, branch: makeBranch({ openPrs: 2 }) }, 'no-open-pr'],
    [
      'foreign authors',
      { ...baseContext, branch: makeBranch({ foreignAuthors: ['eve'] }) },
      'only-bot-commits'
    ],
    ['moved since', { ...baseContext, branch: makeBranch({ headSha: '0'.repeat(40) }) }, 'sha-unchanged'],
    ['no facts', { ...baseContext, branch: undefined }, 'branch-facts'],
    [
      'facts of another branch',
      { ...baseContext, branch: makeBranch({ name: 'automated/other' }) },
      'branch-facts'
    ],
    ['budget spent', { ...baseContext, writesUsed: 30 }, 'write-budget']
  ])('refuses a branch that is %s', (_, ctx, failing) => {
    expect(checkWrite(deletion, ctx).allowed).toBe(false)
    expect(failedChecks(deletion, ctx)).toContain(failing)
  })
})

describe('checkWrite: re-runs', () => {
  it('allows a re-run below the attempt limit', () => {
    expect(checkWrite(rerun, baseContext).allowed).toBe(true)
  })

  const refusals: [string, Partial<NonNullable<GateContext['run']>>, string][] = [
    ['at the attempt limit', { attempt: 3 }, 'attempt-limit'],
    [
      'after a code failure',
      { failedJobCategories: ['infrastructure', 'code_failure'] },
      'no-vetoed-category'
    ],
    ['after a security failure', { failedJobCategories: ['security_scan'] }, 'no-vetoed-category'],
    ['after an authentication failure', { failedJobCategories: ['authentication'] }, 'no-vetoed-category'],
    ['with too many failed jobs', { failedJobCategories: Array(6).fill('infrastructure') }, 'failed-jobs'],
    ['with no failed job', { failedJobCategories: [] }, 'failed-jobs'],
    ['of another run', { id: 1 }, 'run-facts']
  ]
  it.each(refusals)('refuses a re-run %s', (_, runOverrides, failing) => {
    const ctx = { ...baseContext, run: { ...baseContext.run!, ...runOverrides } }
    expect(checkWrite(rerun, ctx).allowed).toBe(false)
    expect(failedChecks(rerun, ctx)).toContain(failing)
  })

  it('refuses a re-run without facts about the run', () => {
    expect(failedChecks(rerun, { ...baseContext, run: undefined })).toEqual(['run-facts'])
  })
})

describe('rerunFacts', () => {
  it('takes the attempt from the run and the limits from the policy, a negative job limit as 0', () => {
    const limits = { maxAttempts: 3, maxFailedJobsForRerun: -1, maxNewIssues: 3, maxWrites: 30 }
    expect(rerunFacts({ id: 7, runAttempt: 2 }, limits, ['test_failure'])).toEqual({
      id: 7,
      attempt: 2,
      maxAttempts: 3,
      maxFailedJobs: 0,
      failedJobCategories: ['test_failure']
    })
  })
})

describe('checkWrite: every write', () => {
  const writes: ProposedWrite[] = [
    deletion,
    rerun,
    { kind: 'create-issue', title: 'CI · main · Test failure' },
    { kind: 'update-issue', issueNumber: 4 },
    { kind: 'comment', issueNumber: 4 },
    { kind: 'add-labels', issueNumber: 4, labels: ['triage'] },
    { kind: 'create-label', name: 'triage' },
    { kind: 'close-issue', issueNumber: 4 }
  ]

  it.each(writes.map(write => [write.kind, write] as const))(
    'dry-run refuses %s but says it would allow it',
    (_, write) => {
      const live = checkWrite(write, baseContext)
      const dry = checkWrite(write, { ...baseContext, dryRun: true })
      expect(live.allowed).toBe(true)
      expect(dry.allowed).toBe(false)
      expect(dry.wouldAllow).toBe(true)
      expect(dry.checks.find(c => c.name === 'dry-run')?.detail).toBe(
        `dry-run: would have sent ${write.kind}`
      )
    }
  )

  it('refuses malformed issue writes', () => {
    expect(checkWrite({ kind: 'comment', issueNumber: 0 }, baseContext).allowed).toBe(false)
    expect(checkWrite({ kind: 'create-issue', title: ' ' }, baseContext).allowed).toBe(false)
    expect(checkWrite({ kind: 'create-issue', title: 'x'.repeat(257) }, baseContext).allowed).toBe(false)
    // GitHub counts characters, not UTF-16 units: 256 emoji are a valid title.
    expect(checkWrite({ kind: 'create-issue', title: '😀'.repeat(256) }, baseContext).allowed).toBe(true)
    expect(checkWrite({ kind: 'add-labels', issueNumber: 1, labels: [] }, baseContext).allowed).toBe(false)
  })
})

describe('WriteBudget', () => {
  it('counts writes and feeds the gate until the limit', () => {
    const budget = new WriteBudget(2)
    const comment: ProposedWrite = { kind: 'comment', issueNumber: 1 }
    const sent: boolean[] = []
    for (let i = 0; i < 4; i++) {
      const verdict = checkWrite(comment, { ...baseContext, ...budget.context() })
      if (verdict.allowed) budget.record()
      sent.push(verdict.allowed)
    }
    expect(sent).toEqual([true, true, false, false])
    expect(budget.used).toBe(2)
    expect(budget.remaining).toBe(0)
  })
})

describe('remediationWrite', () => {
  it('maps proposed remediations to the writes the gate checks', () => {
    expect(remediationWrite({ kind: 'rerun-failed-jobs', runId: 5, reason: 'r' })).toEqual({
      kind: 'rerun',
      runId: 5
    })
    expect(
      remediationWrite({
        kind: 'delete-branch',
        branch: 'automated/x',
        sha: 'abc',
        restoreCommand: 'c',
        reason: 'r'
      })
    ).toEqual({ kind: 'delete-branch', branch: 'automated/x', sha: 'abc' })
  })
})
