/** Builders for triage facts in tests: realistic defaults, overridden per case. */
import type { Category, Classification, JobInfo, RunInfo } from '../../src/types.js'
import type { FailedJob, HistoryEvidence, TriageFacts } from '../../src/triage/decide.js'
import { type BranchFacts } from '../../src/safety/gate.js'

export function makeRun(overrides: Partial<RunInfo> = {}): RunInfo {
  return {
    id: 9001,
    name: 'CI',
    workflowId: 11,
    path: '.github/workflows/ci.yml',
    headBranch: 'main',
    headSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    event: 'push',
    status: 'completed',
    conclusion: 'failure',
    runAttempt: 1,
    runNumber: 42,
    createdAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:05:00Z',
    runStartedAt: '2026-11-20T10:00:05Z',
    htmlUrl: 'https://github.com/acme/app/actions/runs/9001',
    pullRequests: [],
    ...overrides
  }
}

export function makeClassification(
  category: Category,
  overrides: Partial<Classification> = {}
): Classification {
  return {
    category,
    confidence: 0.9,
    evidence: [],
    rules: [],
    source: 'rules',
    transient: false,
    rootCause: `${category} detected`,
    primaryLine: null,
    ...overrides
  }
}

export function makeJob(name: string, id = 1): JobInfo {
  return {
    id,
    runId: 9001,
    name,
    status: 'completed',
    conclusion: 'failure',
    startedAt: '2026-11-20T10:00:10Z',
    completedAt: '2026-11-20T10:04:00Z',
    htmlUrl: `https://github.com/acme/app/actions/runs/9001/job/${id}`,
    steps: [],
    labels: ['ubuntu-latest']
  }
}

export function failed(
  category: Category,
  overrides: Partial<Classification> = {},
  name: string = category
): FailedJob {
  return { job: makeJob(name), classification: makeClassification(category, overrides) }
}

export const quietHistory: HistoryEvidence = {
  flaky: false,
  broken: false,
  consecutiveFailures: 1,
  failuresLast24h: 1,
  flakyCountLast7d: 0
}

export function makeBranch(overrides: Partial<BranchFacts> = {}): BranchFacts {
  return {
    name: 'automated/update-deps',
    exists: true,
    protected: false,
    isDefault: false,
    openPrs: 0,
    headSha: 'feedfacefeedfacefeedfacefeedfacefeedface',
    foreignAuthors: [],
    ...overrides
  }
}

export function makeFacts(overrides: Partial<TriageFacts> = {}): TriageFacts {
  return {
    run: makeRun(),
    defaultBranch: 'main',
    failedJobs: [failed('infrastructure')],
    history: quietHistory,
    isRerunAttempt: false,
    ...overrides
  }
}
