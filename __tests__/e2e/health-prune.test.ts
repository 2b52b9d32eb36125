/**
 * Pruning end to end (DESIGN 7, DESIGN 8): exactly the stale automation branches go, each
 * recorded with its sha and restore command; the default, protected, fresh, pull-request,
 * human-authored and non-automation branches stay. The dry run and `max-prunes` are covered
 * in-process (__tests__/pipelines/health-prune.test.ts).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { ScenarioRepository } from '../../testkit/scenario/types.js'
import {
  BOT,
  branch,
  healthCheck,
  healthScenario,
  statusRepository,
  type HealthRun
} from './support/health-scenarios.js'

const STALE = ['automated/deps-2026-10', 'automated/release-notes/v1.2']
const KEPT = {
  fresh: 'automated/deps-fresh',
  openPr: 'automated/pr-open',
  prBase: 'automated/pr-base',
  protected: 'automated/protected',
  human: 'automated/hand-edited',
  feature: 'feature/old-work'
}

function pruneRepository(): ScenarioRepository {
  const repository = statusRepository()
  return {
    ...repository,
    branches: [
      ...repository.branches,
      branch(STALE[0], { ageDays: 40, authors: [BOT, 'renovate[bot]'] }),
      branch(STALE[1], { ageDays: 20 }),
      branch(KEPT.fresh, { ageDays: 3 }),
      branch(KEPT.openPr, { ageDays: 60 }),
      branch(KEPT.prBase, { ageDays: 60 }),
      branch(KEPT.protected, { ageDays: 60, protected: true }),
      branch(KEPT.human, { ageDays: 60, authors: [BOT, 'mallory'] }),
      branch(KEPT.feature, { ageDays: 90, authors: ['alice'] })
    ],
    pullRequests: [
      { number: 41, title: 'Update deps', head: KEPT.openPr, base: 'main', state: 'open' },
      { number: 42, title: 'Into an automation branch', head: KEPT.feature, base: KEPT.prBase, state: 'open' }
    ]
  }
}

const runs: Record<string, HealthRun> = {}

beforeAll(async () => {
  runs.live = await healthCheck(healthScenario(pruneRepository(), { inputs: { 'fail-on': 'never' } }))
})

describe('pruning stale automation branches', () => {
  it('deletes exactly the stale automation branches', () => {
    const { result } = runs.live
    expect(result.deletedRefs.map(ref => ref.ref).sort()).toEqual(STALE.map(name => `heads/${name}`).sort())
    const deletes = result.writes.filter(write => write.method === 'DELETE')
    expect(deletes.map(write => decodeURIComponent(write.path)).sort()).toEqual(
      STALE.map(name => `/repos/acme/app/git/refs/heads/${name}`).sort()
    )
  })

  it('never deletes the default, a protected, a fresh, a pull-request or a human-authored branch', () => {
    const deleted = runs.live.result.deletedRefs.map(ref => ref.ref)
    for (const name of ['main', ...Object.values(KEPT)]) expect(deleted).not.toContain(`heads/${name}`)
  })

  it('says why the re-check before deleting kept the branch with foreign commits', () => {
    expect(runs.live.report.warnings).toEqual([
      expect.stringMatching(/^acme\/app: automated\/hand-edited was not deleted: commits by mallory$/)
    ])
  })

  it('records each deletion with its sha and the command that restores it', () => {
    const { report, result } = runs.live
    const pruned = report.repositories[0].pruned
    expect(pruned.map(entry => entry.name)).toEqual(STALE)
    for (const entry of pruned) {
      const deleted = result.deletedRefs.find(ref => ref.ref === `heads/${entry.name}`)!
      expect(entry.sha).toBe(deleted.sha)
      expect(entry.restoreCommand).toBe(`git push origin ${entry.sha}:refs/heads/${entry.name}`)
    }
    expect(result.outputs.pruned).toBe(STALE.join(','))
    const markdown = result.artifacts['health-report']['health-report.md']
    expect(markdown).toContain('**Pruned 2 stale branches:**')
    expect(markdown).toContain(`git push origin ${pruned[0].sha}:refs/heads/${pruned[0].name}`)
  })

  it('makes no OpenAPI violation', () => {
    for (const [name, { result }] of Object.entries(runs)) {
      expect({ name, violations: result.violations }).toEqual({ name, violations: [] })
    }
  })
})
