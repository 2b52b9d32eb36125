/**
 * DESIGN 8 invariants as properties: whatever the branches, contexts, categories,
 * attempts and dry-run flag, the gate never allows a forbidden write, and decide()
 * followed by the gate never executes one even when the classification lies.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { DEFAULT_POLICY, type Policy } from '../../src/config/policy.js'
import { matchesAny } from '../../src/text/glob.js'
import { type FailedJob, type TriageFacts, decide } from '../../src/triage/decide.js'
import {
  type GateContext,
  type ProposedWrite,
  checkWrite,
  type BranchFacts,
  RERUN_VETO_CATEGORIES
} from '../../src/safety/gate.js'
import { sendRemediation } from '../../src/triage/remediation.js'
import { GatedWriter, WriteBudget } from '../../src/safety/writer.js'
import { CATEGORIES, type Category } from '../../src/types.js'
import { makeClassification, makeJob, makeRun } from '../triage/facts.js'

const RUNS = 2000

const branchName = fc.oneof(
  fc.constantFrom(
    'main',
    'Main',
    'master',
    'automated/x',
    'automated/deps/npm',
    'automatedx',
    'feature/y',
    'release/1'
  ),
  fc.stringMatching(/^[a-z]{1,8}(\/[a-z0-9*?.-]{1,8}){0,3}$/)
)
const patterns = fc.subarray(['automated/**', 'renovate/*', '**', 'main', 'release/*', '*'])
const category = fc.constantFrom(...CATEGORIES)
/** Mostly categories a re-run may follow, so allowed re-runs are common enough to test. */
const rerunnableMostly = fc.oneof(
  {
    arbitrary: fc.constantFrom<Category>('infrastructure', 'test_failure', 'dependency', 'branch_conflict'),
    weight: 3
  },
  { arbitrary: category, weight: 1 }
)
const sha = fc.constantFrom('a'.repeat(40), 'b'.repeat(40), '')

/** Usually `usual`, sometimes `other`: keeps enough allowed cases for the properties to bite. */
const mostly = <T>(usual: T, other: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: fc.constant(usual), weight: 3 }, { arbitrary: other, weight: 1 })

const branchFacts = (name: fc.Arbitrary<string>): fc.Arbitrary<BranchFacts> =>
  fc.record({
    name,
    exists: mostly(true, fc.boolean()),
    protected: mostly(false, fc.boolean()),
    isDefault: mostly(false, fc.boolean()),
    openPrs: mostly(0, fc.nat(3)),
    headSha: sha,
    foreignAuthors: mostly([], fc.subarray(['alice', 'mallory']))
  })

const runFacts = fc.record({
  id: fc.integer({ min: 1, max: 5 }),
  attempt: fc.integer({ min: 1, max: 6 }),
  maxAttempts: fc.integer({ min: 1, max: 5 }),
  maxFailedJobs: fc.integer({ min: 0, max: 6 }),
  failedJobCategories: fc.array(rerunnableMostly, { maxLength: 8 })
})

const gateContext: fc.Arbitrary<GateContext> = fc.record({
  dryRun: mostly(false, fc.boolean()),
  writesUsed: fc.integer({ min: 0, max: 40 }),
  maxWrites: fc.integer({ min: 0, max: 40 }),
  defaultBranch: branchName,
  branchPatterns: patterns,
  branch: fc.option(branchFacts(branchName), { nil: undefined }),
  run: fc.option(runFacts, { nil: undefined, freq: 5 })
})

/** Deletions whose branch is often the one the facts describe, so the other checks are exercised. */
const deletionCase = gateContext.chain(ctx =>
  fc.record({
    ctx: fc.constant(ctx),
    write: fc.record({
      kind: fc.constant('delete-branch' as const),
      branch: ctx.branch ? fc.oneof(fc.constant(ctx.branch.name), branchName) : branchName,
      sha: ctx.branch ? fc.oneof(fc.constant(ctx.branch.headSha), sha) : sha
    })
  })
)

const rerunCase = gateContext.chain(ctx =>
  fc.record({
    ctx: fc.constant(ctx),
    write: fc.record({
      kind: fc.constant('rerun' as const),
      runId: ctx.run
        ? fc.oneof(fc.constant(ctx.run.id), fc.integer({ min: 1, max: 5 }))
        : fc.integer({ min: 1, max: 5 })
    })
  })
)

const anyWrite: fc.Arbitrary<ProposedWrite> = fc.oneof(
  fc.record({ kind: fc.constant('delete-branch' as const), branch: branchName, sha }),
  fc.record({ kind: fc.constant('rerun' as const), runId: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('create-issue' as const), title: fc.string({ maxLength: 300 }) }),
  fc.record({ kind: fc.constant('update-issue' as const), issueNumber: fc.integer({ min: -1, max: 99 }) }),
  fc.record({ kind: fc.constant('comment' as const), issueNumber: fc.integer({ min: -1, max: 99 }) }),
  fc.record({
    kind: fc.constant('add-labels' as const),
    issueNumber: fc.integer({ min: -1, max: 99 }),
    labels: fc.array(fc.string(), { maxLength: 3 })
  }),
  fc.record({ kind: fc.constant('create-label' as const), name: fc.string({ maxLength: 60 }) }),
  fc.record({ kind: fc.constant('close-issue' as const), issueNumber: fc.integer({ min: -1, max: 99 }) })
)

/** Runs a property and returns how many cases it counted, so a vacuous property can be caught. */
function assertCounting<T>(
  arbitrary: fc.Arbitrary<T>,
  numRuns: number,
  property: (value: T) => boolean
): number {
  let counted = 0
  fc.assert(
    fc.property(arbitrary, value => {
      if (property(value)) counted++
    }),
    { numRuns }
  )
  return counted
}

describe('DESIGN 8: branch deletion', () => {
  it('never deletes the default branch', () => {
    const allowed = assertCounting(deletionCase, RUNS, ({ write, ctx }) => {
      const verdict = checkWrite(write, ctx)
      if (verdict.allowed) {
        expect(write.branch.toLowerCase()).not.toBe(ctx.defaultBranch.toLowerCase())
        expect(ctx.branch?.isDefault).toBe(false)
      }
      return verdict.allowed
    })
    expect(allowed).toBeGreaterThan(20)
  })

  it('never deletes a protected branch, one with an open PR or one with foreign commits', () => {
    const allowed = assertCounting(deletionCase, RUNS, ({ write, ctx }) => {
      const verdict = checkWrite(write, ctx)
      if (verdict.allowed) {
        expect(ctx.branch!.name).toBe(write.branch)
        expect(ctx.branch!.protected).toBe(false)
        expect(ctx.branch!.openPrs).toBe(0)
        expect(ctx.branch!.foreignAuthors).toEqual([])
        expect(write.sha).toBe(ctx.branch!.headSha)
      }
      return verdict.allowed
    })
    expect(allowed).toBeGreaterThan(20)
  })

  it('never deletes a branch outside the automation patterns', () => {
    const allowed = assertCounting(deletionCase, RUNS, ({ write, ctx }) => {
      const verdict = checkWrite(write, ctx)
      if (verdict.allowed) expect(matchesAny(write.branch, ctx.branchPatterns)).toBe(true)
      return verdict.allowed
    })
    expect(allowed).toBeGreaterThan(20)
  })

  it('does delete when every condition holds (the gate is not simply closed)', () => {
    const safeCase = fc.record({
      name: fc.stringMatching(/^automated\/[a-z0-9-]{1,12}(\/[a-z0-9-]{1,8})?$/),
      defaultBranch: fc.constantFrom('main', 'master', 'trunk'),
      used: fc.integer({ min: 0, max: 20 })
    })
    const allowed = assertCounting(safeCase, RUNS, ({ name, defaultBranch, used }) => {
      const headSha = 'c'.repeat(40)
      const ctx: GateContext = {
        dryRun: false,
        writesUsed: used,
        maxWrites: used + 1,
        defaultBranch,
        branchPatterns: ['automated/**'],
        branch: {
          name,
          exists: true,
          protected: false,
          isDefault: false,
          openPrs: 0,
          headSha,
          foreignAuthors: []
        }
      }
      return checkWrite({ kind: 'delete-branch', branch: name, sha: headSha }, ctx).allowed
    })
    expect(allowed).toBe(RUNS)
  })
})

describe('DESIGN 8: re-runs', () => {
  it('never re-runs at or past the attempt limit', () => {
    const allowed = assertCounting(rerunCase, RUNS, ({ write, ctx }) => {
      const verdict = checkWrite(write, ctx)
      if (verdict.allowed) {
        expect(ctx.run!.id).toBe(write.runId)
        expect(ctx.run!.attempt).toBeLessThan(ctx.run!.maxAttempts)
      }
      return verdict.allowed
    })
    expect(allowed).toBeGreaterThan(20)
  })

  it('never re-runs after a code, security or authentication failure', () => {
    const allowed = assertCounting(rerunCase, RUNS, ({ write, ctx }) => {
      const verdict = checkWrite(write, ctx)
      if (verdict.allowed) {
        for (const failed of ctx.run!.failedJobCategories) expect(RERUN_VETO_CATEGORIES).not.toContain(failed)
      }
      return verdict.allowed
    })
    expect(allowed).toBeGreaterThan(20)
  })
})

describe('DESIGN 8: dry-run and the write limit', () => {
  it('allows no write of any kind in dry-run, yet says what would have been allowed', () => {
    const wouldHave = assertCounting(fc.tuple(anyWrite, gateContext), RUNS, ([write, ctx]) => {
      const verdict = checkWrite(write, { ...ctx, dryRun: true })
      expect(verdict.allowed).toBe(false)
      expect(verdict.wouldAllow).toBe(checkWrite(write, { ...ctx, dryRun: false }).allowed)
      return verdict.wouldAllow
    })
    expect(wouldHave).toBeGreaterThan(20)
  })

  it('never allows more than maxWrites writes in one run', () => {
    const cases = fc.tuple(
      fc.array(anyWrite, { maxLength: 60 }),
      gateContext,
      fc.integer({ min: 0, max: 10 })
    )
    const saturated = assertCounting(cases, RUNS, ([writes, ctx, max]) => {
      const budget = new WriteBudget(max)
      for (const write of writes) {
        if (checkWrite(write, { ...ctx, ...budget.context() }).allowed) budget.record()
      }
      expect(budget.used).toBeLessThanOrEqual(max)
      return max > 0 && budget.used === max
    })
    expect(saturated).toBeGreaterThan(20)
  })
})

/**
 * decide() sees classifications that may lie (an LLM calling a code failure
 * infrastructure) and a rejected ref read from a hostile log; the gate sees what
 * the shell read from the API: every source's categories and the branch's facts.
 */
describe('DESIGN 8: decide() then the gate, with adversarial classifications', () => {
  /** The truth, and what a lying classifier claims: often infrastructure, whatever the truth. */
  const jobTruth = rerunnableMostly.chain(truth =>
    fc.record({
      truth: fc.constant(truth),
      claimed: fc.oneof(fc.constant(truth), fc.constant<Category>('infrastructure'), category),
      transient: fc.boolean()
    })
  )
  const world = fc
    .record({
      jobs: fc.array(jobTruth, { minLength: 1, maxLength: 3 }),
      attempt: mostly(1, fc.integer({ min: 1, max: 5 })),
      maxAttempts: fc.integer({ min: 1, max: 4 }),
      flakyReruns: fc.integer({ min: 0, max: 3 }),
      defaultBranch: fc.constantFrom('main', 'automated/main'),
      /** The API's facts per branch the log may name. */
      branches: fc.array(
        branchFacts(
          fc.oneof(
            { arbitrary: fc.constantFrom('automated/x', 'automated/y/z'), weight: 2 },
            { arbitrary: branchName, weight: 1 }
          )
        ),
        { minLength: 1, maxLength: 4 }
      ),
      broken: fc.boolean(),
      dryRun: mostly(false, fc.boolean()),
      patterns: fc.constantFrom<string[]>(['automated/**'], ['automated/**', 'renovate/*'])
    })
    .chain(w =>
      fc.record({
        w: fc.constant(w),
        /** What the log claims was rejected: attacker-chosen, often a branch that exists. */
        loggedRef: fc.oneof(
          fc.constantFrom(...w.branches.map(b => b.name)),
          fc.option(branchName, { nil: null })
        ),
        /** The facts decide() is handed: usually the logged branch's, sometimes another's. */
        handed: fc.nat(w.branches.length - 1)
      })
    )
  it('executes no forbidden write through the production write path', async () => {
    const executed = { rerun: 0, 'delete-branch': 0 }
    await fc.assert(
      fc.asyncProperty(world, async ({ w, loggedRef, handed }) => {
        const policy: Policy = {
          ...DEFAULT_POLICY,
          flakyReruns: w.flakyReruns,
          automation: { ...DEFAULT_POLICY.automation, branchPatterns: w.patterns },
          limits: { ...DEFAULT_POLICY.limits, maxAttempts: w.maxAttempts }
        }
        const failedJobs: FailedJob[] = w.jobs.map((job, i) => ({
          job: makeJob(`job ${i}`, i + 1),
          classification: makeClassification(job.claimed, { source: 'ai', transient: job.transient })
        }))
        const apiFacts = (name: string): BranchFacts | undefined => w.branches.find(b => b.name === name)
        const facts: TriageFacts = {
          run: makeRun({ runAttempt: w.attempt }),
          defaultBranch: w.defaultBranch,
          failedJobs,
          history: {
            flaky: false,
            broken: w.broken,
            consecutiveFailures: w.broken ? 4 : 1,
            failuresLast24h: 1,
            flakyCountLast7d: 0
          },
          isRerunAttempt: w.attempt > 1,
          branchConflict: {
            targetRef: loggedRef,
            branch: (loggedRef !== null && apiFacts(loggedRef)) || w.branches[handed]
          }
        }
        const decision = decide(facts, policy, { dryRun: w.dryRun, requireApproval: [] })
        // What the shell hands the writer: the API's facts and every source's categories.
        const writer = new GatedWriter(
          {
            dryRun: w.dryRun,
            defaultBranch: w.defaultBranch,
            branchPatterns: policy.automation.branchPatterns
          },
          policy.limits.maxWrites
        )
        const sent: { kind: 'rerun' | 'delete-branch'; target: string | number }[] = []
        const github = {
          rerunFailedJobs: async (runId: number) => void sent.push({ kind: 'rerun', target: runId }),
          deleteBranch: async (branch: string) => void sent.push({ kind: 'delete-branch', target: branch })
        }
        for (const action of decision.actions) {
          if (action.kind === 'escalate' || action.requiresApproval) continue
          await sendRemediation(writer, github, action, {
            branch: action.kind === 'delete-branch' ? apiFacts(action.branch) : undefined,
            run: { id: facts.run.id, runAttempt: w.attempt },
            limits: policy.limits,
            categories: w.jobs.flatMap(job => [job.truth, job.claimed])
          })
        }

        expect(sent.length).toBeLessThanOrEqual(policy.limits.maxWrites)
        for (const write of sent) {
          executed[write.kind] += 1
          expect(w.dryRun).toBe(false)
          if (write.kind === 'rerun') {
            expect(write.target).toBe(facts.run.id)
            expect(w.attempt).toBeLessThan(w.maxAttempts)
            for (const job of w.jobs) expect(RERUN_VETO_CATEGORIES).not.toContain(job.truth as Category)
          } else {
            const branch = String(write.target)
            const truth = apiFacts(branch)!
            expect(branch).not.toBe(w.defaultBranch)
            expect(truth.isDefault || truth.protected || truth.openPrs > 0).toBe(false)
            expect(truth.foreignAuthors).toEqual([])
            expect(matchesAny(branch, w.patterns)).toBe(true)
          }
        }
      }),
      { numRuns: 4000 }
    )
    // Both remediations really were sent in some worlds.
    expect(executed.rerun).toBeGreaterThan(20)
    expect(executed['delete-branch']).toBeGreaterThan(5)
  })
})
