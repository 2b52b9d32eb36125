import { describe, expect, it } from '@jest/globals'
import { selectStaleBranches, type PrunableBranch } from '../../src/health/prune.js'

const NOW = new Date('2026-11-20T12:00:00Z')
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 3600_000).toISOString()

const branch = (name: string, ageDays: number, extra: Partial<PrunableBranch> = {}): PrunableBranch => ({
  name,
  protected: false,
  sha: `${name.length}`.padStart(40, 'a'),
  lastCommitDate: daysAgo(ageDays),
  ...extra
})

const select = (
  branches: PrunableBranch[],
  overrides: Partial<Parameters<typeof selectStaleBranches>[0]> = {}
) =>
  selectStaleBranches({
    branches,
    defaultBranch: 'main',
    patterns: ['automated/**'],
    openPrRefs: new Set(),
    staleDays: 14,
    maxPrunes: 10,
    now: NOW,
    ...overrides
  })

describe('selectStaleBranches', () => {
  it('prunes a stale automation branch and records how to restore it', () => {
    const plan = select([branch('automated/update', 20)])
    expect(plan.prune).toEqual([
      {
        name: 'automated/update',
        sha: branch('automated/update', 20).sha,
        ageDays: 20,
        restoreCommand: `git push origin ${branch('automated/update', 20).sha}:refs/heads/automated/update`
      }
    ])
    expect(plan.kept).toEqual([])
    expect(plan.deferred).toEqual([])
  })

  it('keeps each branch that fails a condition, saying which', () => {
    const plan = select(
      [
        branch('automated/main', 30),
        branch('automated/locked', 30, { protected: true }),
        branch('automated/pr-head', 30),
        branch('automated/pr-base', 30),
        branch('automated/fresh', 14),
        branch('automated/unknown', 30, { lastCommitDate: null }),
        branch('feature/old', 300)
      ],
      { defaultBranch: 'automated/main', openPrRefs: new Set(['automated/pr-head', 'automated/pr-base']) }
    )
    expect(plan.prune).toEqual([])
    expect(plan.kept).toEqual([
      { name: 'automated/main', reason: 'default branch' },
      { name: 'automated/locked', reason: 'protected' },
      { name: 'automated/pr-head', reason: 'open pull request from or into it' },
      { name: 'automated/pr-base', reason: 'open pull request from or into it' },
      { name: 'automated/fresh', reason: 'last commit 14 days ago (stale after 14)' },
      { name: 'automated/unknown', reason: 'last commit date unknown' }
    ])
  })

  it('matches automation patterns with * inside a segment and ** across segments', () => {
    const branches = [
      branch('automated/deps/npm', 30),
      branch('automated', 30),
      branch('bot/x', 30),
      branch('bot/x/y', 30)
    ]
    const plan = select(branches, { patterns: ['automated/**', 'bot/*'] })
    expect(plan.prune.map(entry => entry.name).sort()).toEqual(['automated/deps/npm', 'bot/x'])
  })

  it('prunes the oldest first and defers the rest past the limit', () => {
    const plan = select([branch('automated/b', 20), branch('automated/a', 40), branch('automated/c', 15)], {
      maxPrunes: 2
    })
    expect(plan.prune.map(entry => entry.name)).toEqual(['automated/a', 'automated/b'])
    expect(plan.deferred).toEqual(['automated/c'])
    expect(select([branch('automated/a', 40)], { maxPrunes: 0 }).deferred).toEqual(['automated/a'])
  })

  it('never selects a branch that breaks a safety invariant, whatever the mix', () => {
    const branches = Array.from({ length: 60 }, (_, index) =>
      branch(
        index % 3 === 0 ? `automated/${index}` : index % 3 === 1 ? `feature/${index}` : `main${index}`,
        index,
        {
          protected: index % 7 === 0
        }
      )
    )
    const openPrRefs = new Set(['automated/30', 'automated/33'])
    const plan = select(branches, { openPrRefs, patterns: ['automated/**'], defaultBranch: 'automated/57' })
    for (const entry of plan.prune) {
      const source = branches.find(candidate => candidate.name === entry.name) as PrunableBranch
      expect(entry.name.startsWith('automated/')).toBe(true)
      expect(entry.name).not.toBe('automated/57')
      expect(source.protected).toBe(false)
      expect(openPrRefs.has(entry.name)).toBe(false)
      expect(entry.ageDays).toBeGreaterThan(14)
    }
    expect(plan.prune.length).toBeGreaterThan(0)
  })
})
