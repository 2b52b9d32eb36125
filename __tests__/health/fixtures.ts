import type { RunInfo } from '../../src/types.js'
import { overallStatus, scoreWorkflow, type WorkflowRef } from '../../src/health/score.js'
import { lintSection, type HealthReport } from '../../src/health/report.js'

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

export const HOSTILE_NAME = '<script>alert(1)</script>'

/** One repository: a healthy workflow, a critical one with a hostile name, one without data; every section filled. */
export function sampleReport(overrides: Partial<HealthReport> = {}): HealthReport {
  const ci = scoreWorkflow({ workflow: CI, runs: runsFrom('SSSSSSSSSS'), now: NOW })
  const hostile = scoreWorkflow({
    workflow: { id: 2, name: HOSTILE_NAME, path: '.github/workflows/evil.yml', state: 'active' },
    runs: runsFrom('FFFSSCS').map(r => ({
      ...r,
      path: '.github/workflows/evil.yml',
      htmlUrl: 'javascript:alert(2)'
    })),
    now: NOW
  })
  const sparse = scoreWorkflow({
    workflow: { id: 3, name: 'Nightly', path: '.github/workflows/nightly.yml', state: 'disabled_inactivity' },
    runs: runsFrom('S'),
    usedFallbackBranch: true,
    now: NOW
  })
  const workflows = [ci, hostile, sparse]
  const branch = {
    name: 'automated/<b>x</b>',
    sha: 'a'.repeat(40),
    ageDays: 30,
    restoreCommand: `git push origin '${'a'.repeat(40)}:refs/heads/automated/<b>x</b>'`
  }
  return {
    schemaVersion: 1,
    generatedAt: NOW.toISOString(),
    dryRun: false,
    status: 'critical',
    score: overallStatus(workflows).score,
    repositories: [
      {
        repo: 'octo/repo',
        defaultBranch: 'main',
        status: 'critical',
        score: overallStatus(workflows).score,
        workflows,
        alerts: [{ id: 'failures-24h:evil', level: 'critical', message: `${HOSTILE_NAME} failed 3 times` }],
        stuckRuns: [],
        lint: lintSection([
          {
            file: '.github/workflows/ci.yml',
            line: 12,
            column: 9,
            rule: 'template-injection',
            level: 'error',
            message: 'github.event.issue.title flows into run: <img src=x onerror=alert(3)>',
            hint: 'Pass it through env'
          },
          {
            file: '.github/workflows/ci.yml',
            line: 3,
            column: 1,
            rule: 'missing-timeout',
            level: 'warning',
            message: 'job has no timeout-minutes',
            hint: 'Set timeout-minutes'
          }
        ]),
        pruned: [branch],
        prunePlanned: [],
        deferred: ['automated/later'],
        issues: [
          {
            number: 7,
            url: 'https://github.com/octo/repo/issues/7',
            workflow: '.github/workflows/evil.yml',
            action: 'opened'
          }
        ]
      }
    ],
    apiRequests: 42,
    budgetNotes: [],
    errors: [],
    warnings: [],
    ...overrides
  }
}
