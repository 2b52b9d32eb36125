/**
 * The trust invariants as properties: a fork's run never reaches a remediation or a closed
 * issue, an AI answer only ever moves a failure towards escalation, and a branch whose
 * authors were not all read is never deleted.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { DEFAULT_POLICY, type Policy } from '../../src/config/policy.js'
import { decide, type TriageFacts } from '../../src/triage/decide.js'
import { checkWrite, type GateContext, type ProposedWrite, type BranchFacts } from '../../src/safety/gate.js'
import { CATEGORIES, type Category } from '../../src/types.js'
import { makeClassification, makeJob, makeRun } from './facts.js'

const RUNS = 3000
const category = fc.constantFrom(...CATEGORIES)

const anyWrite: fc.Arbitrary<ProposedWrite> = fc.oneof(
  fc.record({
    kind: fc.constant('delete-branch' as const),
    branch: fc.constant('automated/x'),
    sha: fc.constant('a'.repeat(40))
  }),
  fc.record({ kind: fc.constant('rerun' as const), runId: fc.constant(1) }),
  fc.record({ kind: fc.constant('create-issue' as const), title: fc.constant('CI failed') }),
  fc.record({ kind: fc.constant('update-issue' as const), issueNumber: fc.constant(3) }),
  fc.record({ kind: fc.constant('comment' as const), issueNumber: fc.constant(3) }),
  fc.record({
    kind: fc.constant('add-labels' as const),
    issueNumber: fc.constant(3),
    labels: fc.constant<string[]>(['triage'])
  }),
  fc.record({ kind: fc.constant('create-label' as const), name: fc.constant('triage') }),
  fc.record({ kind: fc.constant('close-issue' as const), issueNumber: fc.constant(3) })
)

/** A branch the gate would delete, but for the facts the case varies. */
const deletableBranch = (overrides: Partial<BranchFacts> = {}): BranchFacts => ({
  name: 'automated/x',
  exists: true,
  protected: false,
  isDefault: false,
  openPrs: 0,
  headSha: 'a'.repeat(40),
  foreignAuthors: [],
  ...overrides
})

/** A context in which every write is allowed unless the case's own fact forbids it. */
const permissive = (overrides: Partial<GateContext>): GateContext => ({
  dryRun: false,
  writesUsed: 0,
  maxWrites: 30,
  defaultBranch: 'main',
  branchPatterns: ['automated/**'],
  branch: deletableBranch(),
  run: { id: 1, attempt: 1, maxAttempts: 3, maxFailedJobs: 5, failedJobCategories: ['infrastructure'] },
  ...overrides
})

describe('the gate and a run from another repository', () => {
  it('allows no re-run, deletion or closed issue, and issue text only with fork-runs: escalate', () => {
    let issueWritesAllowed = 0
    fc.assert(
      fc.property(anyWrite, fc.boolean(), (write, mayWriteIssues) => {
        const foreign = checkWrite(
          write,
          permissive({ foreignRun: { repository: 'mallory/app', mayWriteIssues } })
        )
        const own = checkWrite(write, permissive({}))
        expect(own.allowed).toBe(true)
        if (['rerun', 'delete-branch', 'close-issue'].includes(write.kind))
          expect(foreign.allowed).toBe(false)
        else {
          expect(foreign.allowed).toBe(mayWriteIssues)
          if (foreign.allowed) issueWritesAllowed++
        }
      }),
      { numRuns: RUNS }
    )
    expect(issueWritesAllowed).toBeGreaterThan(100)
  })

  it('deletes no branch with commits whose authors were not read', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), unchecked => {
        const verdict = checkWrite(
          { kind: 'delete-branch', branch: 'automated/x', sha: 'a'.repeat(40) },
          permissive({ branch: deletableBranch({ uncheckedCommits: unchecked }) })
        )
        expect(verdict.allowed).toBe(false)
        expect(verdict.checks.find(check => check.name === 'only-bot-commits')?.passed).toBe(false)
      }),
      { numRuns: 200 }
    )
  })
})

describe('decide() and the AI', () => {
  /** Mostly what the rules may re-run, so that worlds the rules remediate are common. */
  const rulesCategory = fc.oneof(
    { arbitrary: fc.constantFrom<Category>('infrastructure', 'test_failure', 'dependency'), weight: 3 },
    { arbitrary: category, weight: 1 }
  )
  const job = fc.record({
    rules: rulesCategory,
    ai: fc.option(category, { nil: null }),
    transient: fc.boolean()
  })
  const world = fc.record({
    jobs: fc.array(job, { minLength: 1, maxLength: 4 }),
    attempt: fc.integer({ min: 1, max: 4 }),
    fork: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 })
  })
  type World = {
    jobs: { rules: Category; ai: Category | null; transient: boolean }[]
    attempt: number
    fork: boolean
  }
  const policy: Policy = DEFAULT_POLICY
  const branch = deletableBranch()

  function facts(w: World, withAi: boolean): TriageFacts {
    return {
      run: makeRun({ runAttempt: w.attempt }),
      defaultBranch: 'main',
      failedJobs: w.jobs.map((j, index) => {
        const rules = makeClassification(j.rules, { transient: j.transient })
        const shown =
          withAi && j.ai ? makeClassification(j.ai, { source: 'ai', transient: !j.transient }) : rules
        return { job: makeJob(`job ${index}`, index + 1), classification: shown, rulesClassification: rules }
      }),
      history: {
        flaky: false,
        broken: false,
        consecutiveFailures: 1,
        failuresLast24h: 1,
        flakyCountLast7d: 0
      },
      isRerunAttempt: w.attempt > 1,
      branchConflict: { targetRef: branch.name, branch },
      fromOtherRepository: w.fork
    }
  }
  const remediations = (f: TriageFacts): string[] =>
    decide(f, policy, { dryRun: false, requireApproval: [] })
      .actions.filter(action => action.kind !== 'escalate')
      .map(action => action.kind)

  it('never remediates more with the AI than the rules alone allow, and never a fork run', () => {
    let rulesRemediated = 0
    let aiChanged = 0
    fc.assert(
      fc.property(world, w => {
        const byRules = remediations(facts(w, false))
        const withAi = remediations(facts(w, true))
        if (byRules.length > 0) rulesRemediated++
        if (w.jobs.some(j => j.ai !== null && j.ai !== j.rules)) aiChanged++
        for (const kind of withAi) expect(byRules).toContain(kind)
        if (w.fork) expect(withAi).toEqual([])
      }),
      { numRuns: RUNS }
    )
    // The property bites: the rules did remediate often, and the AI often disagreed.
    expect(rulesRemediated).toBeGreaterThan(100)
    expect(aiChanged).toBeGreaterThan(500)
  })

  it('lets an AI category add a veto the rules did not see', () => {
    const w = {
      jobs: [{ rules: 'infrastructure' as Category, ai: 'code_failure' as Category, transient: false }],
      attempt: 1,
      fork: false
    }
    expect(remediations(facts(w, false))).toEqual(['rerun-failed-jobs'])
    expect(remediations(facts(w, true))).toEqual([])
  })
})
