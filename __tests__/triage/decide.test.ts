import { describe, expect, it } from '@jest/globals'
import { DEFAULT_POLICY, type Policy } from '../../src/config/policy.js'
import { decide, dominantCategory, parseRejectedRef } from '../../src/triage/decide.js'
import { failed, makeBranch, makeFacts, makeRun, quietHistory } from './facts.js'

const live = { dryRun: false, requireApproval: [] }
const kinds = (decision: ReturnType<typeof decide>): string[] => decision.actions.map(action => action.kind)

describe('decide: re-runs', () => {
  it('re-runs an infrastructure failure below the attempt limit', () => {
    const decision = decide(makeFacts(), DEFAULT_POLICY, live)
    expect(decision.actions).toEqual([
      { kind: 'rerun-failed-jobs', runId: 9001, reason: 'runner or platform trouble' }
    ])
    expect(decision.category).toBe('infrastructure')
  })

  it('re-runs a transient dependency failure but escalates a resolution conflict', () => {
    const transient = makeFacts({ failedJobs: [failed('dependency', { transient: true })] })
    expect(kinds(decide(transient, DEFAULT_POLICY, live))).toEqual(['rerun-failed-jobs'])
    const conflict = makeFacts({ failedJobs: [failed('dependency')] })
    const decision = decide(conflict, DEFAULT_POLICY, live)
    expect(kinds(decision)).toEqual(['escalate'])
    expect(decision.actions[0].reason).toContain('not transient')
  })

  it('re-runs a test failure to confirm flakiness only within policy.flakyReruns', () => {
    const first = makeFacts({ failedJobs: [failed('test_failure')] })
    expect(kinds(decide(first, DEFAULT_POLICY, live))).toEqual(['rerun-failed-jobs'])
    const second = makeFacts({
      failedJobs: [failed('test_failure')],
      run: makeRun({ runAttempt: 2 }),
      isRerunAttempt: true
    })
    const decision = decide(second, DEFAULT_POLICY, live)
    expect(kinds(decision)).toEqual(['escalate'])
    expect(decision.actions[0].reason).toContain('still fail after 1 re-run')
    const two = { ...DEFAULT_POLICY, flakyReruns: 2 }
    expect(kinds(decide(second, two, live))).toEqual(['rerun-failed-jobs'])
    const none = { ...DEFAULT_POLICY, flakyReruns: 0 }
    expect(kinds(decide(first, none, live))).toEqual(['escalate'])
  })

  it('never re-runs at or past the attempt limit', () => {
    const facts = makeFacts({ run: makeRun({ runAttempt: 3 }) })
    const decision = decide(facts, DEFAULT_POLICY, live)
    expect(kinds(decision)).toEqual(['escalate'])
    expect(decision.actions[0].reason).toContain('limit of 3')
  })

  it('refuses a re-run when more jobs failed than allowed', () => {
    const facts = makeFacts({ failedJobs: Array.from({ length: 6 }, () => failed('infrastructure')) })
    expect(kinds(decide(facts, DEFAULT_POLICY, live))).toEqual(['escalate'])
  })

  it.each(['code_failure', 'security_scan', 'authentication'] as const)(
    'vetoes a re-run when any failed job is %s',
    category => {
      const facts = makeFacts({ failedJobs: [failed('infrastructure'), failed(category, {}, 'lint')] })
      const decision = decide(facts, DEFAULT_POLICY, live)
      expect(kinds(decision)).toEqual(['escalate'])
      expect(decision.actions[0].reason).toContain(`lint (${category})`)
      expect(decision.category).toBe(category)
    }
  )

  it('never re-runs a broken branch as flaky', () => {
    const broken = { ...quietHistory, broken: true, consecutiveFailures: 5, flaky: true }
    const facts = makeFacts({ failedJobs: [failed('test_failure')], history: broken })
    const decision = decide(facts, DEFAULT_POLICY, live)
    expect(kinds(decision)).toEqual(['escalate'])
    expect(decision.actions[0].reason).toContain('broken')
    const fourInARow = makeFacts({ history: { ...quietHistory, consecutiveFailures: 4 } })
    expect(kinds(decide(fourInARow, DEFAULT_POLICY, live))).toEqual(['escalate'])
  })

  it('escalates what the policy says to escalate, and unknown failures', () => {
    const policy: Policy = {
      ...DEFAULT_POLICY,
      remediation: { ...DEFAULT_POLICY.remediation, infrastructure: 'escalate' }
    }
    expect(kinds(decide(makeFacts(), policy, live))).toEqual(['escalate'])
    expect(kinds(decide(makeFacts({ failedJobs: [failed('unknown')] }), DEFAULT_POLICY, live))).toEqual([
      'escalate'
    ])
    expect(kinds(decide(makeFacts({ failedJobs: [] }), DEFAULT_POLICY, live))).toEqual(['escalate'])
  })

  it('proposes approval-gated re-runs with an approval id and escalates so the issue carries it', () => {
    const decision = decide(makeFacts(), DEFAULT_POLICY, {
      dryRun: true,
      requireApproval: ['rerun-failed-jobs']
    })
    expect(decision.dryRun).toBe(true)
    expect(decision.actions[0]).toMatchObject({
      kind: 'rerun-failed-jobs',
      requiresApproval: true,
      approvalId: 'rerun-failed-jobs-9001-1'
    })
    expect(kinds(decision)).toEqual(['rerun-failed-jobs', 'escalate'])
  })
})

describe('decide: branch conflicts', () => {
  const conflict = (branch = makeBranch(), targetRef: string | null = branch.name) =>
    makeFacts({ failedJobs: [failed('branch_conflict')], branchConflict: { targetRef, branch } })

  it('deletes a stale automation branch and re-runs', () => {
    const decision = decide(conflict(), DEFAULT_POLICY, live)
    expect(kinds(decision)).toEqual(['delete-branch', 'rerun-failed-jobs'])
    expect(decision.actions[0]).toMatchObject({
      branch: 'automated/update-deps',
      sha: 'feedfacefeedfacefeedfacefeedfacefeedface',
      restoreCommand:
        'git push origin feedfacefeedfacefeedfacefeedfacefeedface:refs/heads/automated/update-deps'
    })
  })

  it.each([
    ['no target in the log', conflict(makeBranch(), null), 'could not be read'],
    ['the default branch', conflict(makeBranch({ name: 'main', isDefault: true })), 'default branch'],
    [
      'a branch outside the patterns',
      conflict(makeBranch({ name: 'feature/x' })),
      'not an automation branch'
    ],
    ['a protected branch', conflict(makeBranch({ protected: true })), 'protected'],
    ['a branch with an open PR', conflict(makeBranch({ openPrs: 1 })), 'open pull request'],
    ['a branch with human commits', conflict(makeBranch({ foreignAuthors: ['alice'] })), 'commits by alice'],
    ['a missing branch', conflict(makeBranch({ exists: false })), 'does not exist'],
    ['facts for another branch', conflict(makeBranch(), 'automated/other'), 'does not exist']
  ])('escalates instead of deleting %s', (_, facts, reason) => {
    const decision = decide(facts, DEFAULT_POLICY, live)
    expect(kinds(decision)).toEqual(['escalate'])
    expect(decision.actions[0].reason).toContain(reason)
  })

  it('does not delete when the re-run that must follow is not allowed', () => {
    const facts = { ...conflict(), run: makeRun({ runAttempt: 3 }) }
    expect(kinds(decide(facts, DEFAULT_POLICY, live))).toEqual(['escalate'])
    const mixed = { ...conflict(), failedJobs: [failed('branch_conflict'), failed('code_failure')] }
    expect(kinds(decide(mixed, DEFAULT_POLICY, live))).toEqual(['escalate'])
  })

  it('gates deletion behind approval when configured', () => {
    const decision = decide(conflict(), DEFAULT_POLICY, { dryRun: false, requireApproval: ['delete-branch'] })
    expect(kinds(decision)).toEqual(['delete-branch', 'rerun-failed-jobs', 'escalate'])
    expect(decision.actions[0]).toMatchObject({ requiresApproval: true, approvalId: 'delete-branch-9001-1' })
    expect(decision.actions[1]).not.toHaveProperty('requiresApproval')
  })
})

describe('dominantCategory', () => {
  it('picks the most serious category and unknown for none', () => {
    expect(dominantCategory(['infrastructure', 'test_failure', 'code_failure'])).toBe('code_failure')
    expect(dominantCategory(['unknown', 'infrastructure'])).toBe('infrastructure')
    expect(dominantCategory([])).toBe('unknown')
  })
})

describe('parseRejectedRef', () => {
  it.each([
    [[' ! [rejected]        automated/x -> automated/x (fetch first)'], 'automated/x'],
    [[' ! [rejected]        HEAD -> refs/heads/automated/y (non-fast-forward)'], 'automated/y'],
    [
      [
        " ! [remote rejected] automated/a -> automated/b (cannot lock ref 'refs/heads/automated/b': is at 1 but expected 2)"
      ],
      'automated/b'
    ],
    [["error: cannot lock ref 'refs/heads/automated/z': reference already exists"], 'automated/z'],
    [['!\trefs/heads/automated/p:refs/heads/automated/p\t[rejected] (fetch first)'], 'automated/p'],
    [['##[error] ! [rejected] main -> main (non-fast-forward)'], 'main'],
    [
      [
        "error: failed to push some refs to 'https://github.com/acme/app'",
        'hint: Updates were rejected because the tip of your current branch is behind',
        ' ! [rejected]        automated/late -> automated/late (non-fast-forward)'
      ],
      'automated/late'
    ]
  ])('reads the target of %j', (lines, expected) => {
    expect(parseRejectedRef(lines)).toBe(expected)
  })

  it.each([
    [["error: failed to push some refs to 'https://github.com/acme/app'"]],
    [['hint: Updates were rejected because the tip of your current branch is behind']],
    [[' ! [rejected]        v1.0 -> refs/tags/v1.0 (already exists)']],
    [[' ! [rejected]        x -> bad..name (fetch first)']],
    [[' ! [rejected]        x -> -rf (fetch first)']],
    [['all good']]
  ])('finds no branch in %j', lines => {
    expect(parseRejectedRef(lines)).toBeNull()
  })
})
