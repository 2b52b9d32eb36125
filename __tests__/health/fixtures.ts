import type { RunInfo } from '../../src/types.js'
import type { WorkflowRef } from '../../src/health/score.js'

export const NOW = new Date('2026-11-20T12:00:00Z')
const MINUTE = 60_000

export const CI: WorkflowRef = { id: 1, name: 'CI', path: '.github/workflows/ci.yml', state: 'active' }

/** A completed run created `hoursAgo` before NOW that queued 1 minute and ran `durationMinutes`. */
export function run(
  conclusion: string | null,
  hoursAgo: number,
  overrides: Partial<RunInfo> = {},
  durationMinutes = 5
): RunInfo {
  const created = NOW.getTime() - hoursAgo * 3600_000
  return {
    id: Math.round(1000 + hoursAgo * 10),
    name: 'CI',
    workflowId: 1,
    path: '.github/workflows/ci.yml',
    headBranch: 'main',
    headSha: `sha${hoursAgo}`,
    event: 'push',
    status: 'completed',
    conclusion,
    runAttempt: 1,
    runNumber: 100 - hoursAgo,
    createdAt: new Date(created).toISOString(),
    runStartedAt: new Date(created + MINUTE).toISOString(),
    updatedAt: new Date(created + MINUTE + durationMinutes * MINUTE).toISOString(),
    htmlUrl: `https://github.com/o/r/actions/runs/${1000 + hoursAgo}`,
    pullRequests: [],
    ...overrides
  }
}

/** Runs newest first from a compact pattern: S success, F failure, T timed out, C cancelled, K skipped, A approval. */
export function runsFrom(pattern: string): RunInfo[] {
  const conclusions: Record<string, string> = {
    S: 'success',
    F: 'failure',
    T: 'timed_out',
    U: 'startup_failure',
    C: 'cancelled',
    K: 'skipped',
    A: 'action_required'
  }
  return [...pattern].map((letter, index) => run(conclusions[letter], index + 1, { id: index + 1 }))
}
