import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  PRUNE_COST,
  PRUNE_READ_COST,
  SCORING_RESERVE,
  planReads,
  planScoring,
  shareReads
} from '../../src/health/plan.js'

const everything = { lintFiles: 14, issues: true, prune: true }

/** Requests the shares may spend at most: one deletion's worth is kept back when pruning. */
const spentAtMost = (shares: ReturnType<typeof shareReads>): number =>
  shares.lintFiles +
  (shares.issueListing ? 1 : 0) +
  (shares.branchPages === null ? 0 : shares.branchPages + PRUNE_READ_COST - 1 + PRUNE_COST)

describe('shareReads', () => {
  it('gives every read what it wants when the budget is ample, and the rest to branch pages', () => {
    expect(shareReads(500, everything)).toEqual({
      lintFiles: 14,
      issueListing: true,
      branchPages: 500 - 14 - 1 - (PRUNE_READ_COST - 1) - PRUNE_COST
    })
  })

  it('keeps SCORING_RESERVE back from lint for the issue listing and pruning', () => {
    const shares = shareReads(SCORING_RESERVE + 4, { ...everything, lintFiles: 300 })
    expect(shares.lintFiles).toBe(4)
    expect(shares.issueListing).toBe(true)
    expect(shares.branchPages).toBe(SCORING_RESERVE - 1 - (PRUNE_READ_COST - 1) - PRUNE_COST)
  })

  it('lists the issues before it prunes when only a few requests are left', () => {
    expect(shareReads(PRUNE_READ_COST + PRUNE_COST, everything)).toEqual({
      lintFiles: 0,
      issueListing: true,
      branchPages: null
    })
    expect(shareReads(0, everything)).toEqual({ lintFiles: 0, issueListing: false, branchPages: null })
  })

  it('prunes with the first page when exactly its reads and one deletion are left', () => {
    const shares = shareReads(PRUNE_READ_COST + PRUNE_COST, { lintFiles: 0, issues: false, prune: true })
    expect(shares.branchPages).toBe(1)
  })

  it('shares nothing with a read that is not wanted', () => {
    expect(shareReads(500, { lintFiles: 0, issues: false, prune: false })).toEqual({
      lintFiles: 0,
      issueListing: false,
      branchPages: null
    })
  })

  it('never shares out more than the requests left, whatever is wanted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.record({ lintFiles: fc.nat(400), issues: fc.boolean(), prune: fc.boolean() }),
        (remaining, wanted) => {
          const shares = shareReads(remaining, wanted)
          expect(spentAtMost(shares)).toBeLessThanOrEqual(remaining)
          expect(shares.lintFiles).toBeLessThanOrEqual(wanted.lintFiles)
          if (shares.branchPages !== null) expect(shares.branchPages).toBeGreaterThanOrEqual(1)
        }
      )
    )
  })
})

describe('planScoring', () => {
  it('scores what the budget affords past the reserve, and says what waits', () => {
    expect(planScoring('o/r', SCORING_RESERVE + 50, 20)).toEqual({ workflows: 20, notes: [] })
    expect(planScoring('o/r', SCORING_RESERVE + 5, 20)).toEqual({
      workflows: 5,
      notes: ['o/r: 15 of 20 workflows were left for the next run (API request budget)']
    })
    expect(planScoring('o/r', 3, 20).workflows).toBe(0)
  })
})

describe('planReads', () => {
  const paths = Array.from({ length: 14 }, (_, index) => `.github/workflows/w${index}.yml`)

  it('notes each read the budget leaves out', () => {
    const { shares, notes } = planReads('o/r', 1, {
      lintFiles: paths,
      maxLintFiles: 300,
      issues: true,
      prune: true
    })
    expect(shares).toEqual(shareReads(1, { lintFiles: 14, issues: true, prune: true }))
    expect(notes).toEqual([
      'o/r: 14 of 14 workflow files were not linted (API request budget)',
      'o/r: pruning was left for the next run (API request budget)'
    ])
    expect(
      planReads('o/r', 0, { lintFiles: null, maxLintFiles: 300, issues: true, prune: false }).notes
    ).toEqual(['o/r: issues were left for the next run (API request budget)'])
  })

  it('has nothing to say when everything fits, and reads at most maxLintFiles', () => {
    const { shares, notes } = planReads('o/r', 500, {
      lintFiles: paths,
      maxLintFiles: 10,
      issues: true,
      prune: true
    })
    expect(shares.lintFiles).toBe(10)
    expect(notes).toEqual(['o/r: 4 of 14 workflow files were not linted (API request budget)'])
    expect(
      planReads('o/r', 500, { lintFiles: null, maxLintFiles: 300, issues: true, prune: true }).notes
    ).toEqual([])
  })
})
