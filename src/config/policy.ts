import type { Category, Priority, Role } from '../types.js'

/** The typed remediations of DESIGN 4: a closed list. */
export const REMEDIATIONS = ['rerun-failed-jobs', 'delete-branch', 'escalate'] as const
export type Remediation = (typeof REMEDIATIONS)[number]

/**
 * What a failure of a run from another repository (a fork's pull request) gets: nothing,
 * a place in the summary and report, or issues too. Never a remediation, whatever is chosen.
 */
export const FORK_RUN_HANDLING = ['ignore', 'report', 'escalate'] as const
export type ForkRunHandling = (typeof FORK_RUN_HANDLING)[number]

/**
 * What a failed pull-request run of the repository's own gets: one comment on the pull request,
 * updated in place (an issue only for a failure that is already an open issue on the default
 * branch, or a security or authentication failure), or an issue as for any other branch.
 */
export const PULL_REQUEST_FAILURE_HANDLING = ['comment', 'issue'] as const
export type PullRequestFailureHandling = (typeof PULL_REQUEST_FAILURE_HANDLING)[number]

/**
 * The machine-readable policy: built-in defaults, overlaid by the repository's
 * playbook front matter, overlaid by action inputs (DESIGN 6).
 */
export interface Policy {
  /** Owner role per category. */
  routing: Record<Category, Role>
  /** What to do first for each category; `escalate` always follows a failed or refused remediation. */
  remediation: Record<Category, Remediation>
  /** Re-runs of a failing test job to confirm flakiness (0 disables). */
  flakyReruns: number
  /** Remediations that are only proposed, run by `/triage approve <id>`. */
  requireApproval: Remediation[]
  automation: {
    /** Glob patterns (`*` within a segment, `**` across) of branches automation owns. */
    branchPatterns: string[]
    /** Commit author logins or emails allowed on automation branches. */
    botAuthors: string[]
  }
  limits: {
    /** A run is never re-run at or beyond this attempt. */
    maxAttempts: number
    /** Re-runs are refused when more jobs than this failed. */
    maxFailedJobsForRerun: number
    /** New issues per triage run before one "CI widely broken" issue replaces the rest. */
    maxNewIssues: number
    /** Writes (issues, comments, labels, deletions, re-runs) per action run. */
    maxWrites: number
  }
  /** Workflow name/path globs with a special owner and priority. */
  workflows: {
    production: string[]
    marketing: string[]
  }
  priorities: {
    defaultBranch: Priority
    defaultBranchOverAnHour: Priority
    production: Priority
    securityOrAuth: Priority
    pullRequestOrAutomation: Priority
    flaky: Priority
    other: Priority
    /** Failures of one workflow in 24 hours that raise the priority one level. */
    bumpAfterFailuresIn24h: number
  }
  /** GitHub logins or `org/team` slugs per role, for assignees. */
  owners: Partial<Record<Role, string[]>>
  /** Failures of runs from other repositories (forks): see FORK_RUN_HANDLING. */
  forkRuns: ForkRunHandling
  /** Failures of pull-request runs: see PULL_REQUEST_FAILURE_HANDLING. */
  pullRequestFailures: PullRequestFailureHandling
  /**
   * Globs (case aside) of the artifact names whose JUnit XML files name a failed run's failing
   * tests in preference to its logs; empty: the logs alone.
   */
  testReportArtifacts: string[]
  /** When the health check raises a repository alert. */
  alerts: AlertThresholds
  /** The per-test history the health check keeps in its report, and quarantine issues. */
  flakyTests: FlakyTestSettings
}

/** Bounds of the test history's settings: the report that carries it stays a few megabytes at most. */
export const MIN_HISTORY_RUNS = 5
export const MAX_HISTORY_RUNS = 200
export const MIN_HISTORY_TESTS = 10
export const MAX_HISTORY_TESTS = 2000

export interface FlakyTestSettings {
  /** Flakes of one test within 7 days that open its quarantine issue (0 disables quarantine). */
  quarantineAfter: number
  /** Days without a flake after which a quarantine issue is closed. */
  quarantineClearDays: number
  /** Most recent runs per workflow the test history keeps. */
  historyRuns: number
  /** Tests the test history keeps at most (the most recently failed ones). */
  historyTests: number
}

export interface AlertThresholds {
  /** A workflow whose success rate (percent) is below this gets an alert. */
  minSuccessRatePercent: number
  /** A workflow whose mean time to repair (minutes) is over this gets an alert. */
  maxTimeToRepairMinutes: number
  /** A workflow failing this many times within 24 hours gets a critical alert. */
  failuresIn24h: number
}

export const DEFAULT_POLICY: Policy = {
  routing: {
    branch_conflict: 'cto',
    test_failure: 'cto',
    code_failure: 'cto',
    dependency: 'cto',
    security_scan: 'ciso',
    infrastructure: 'cto',
    authentication: 'ciso',
    unknown: 'cto'
  },
  remediation: {
    branch_conflict: 'delete-branch',
    test_failure: 'rerun-failed-jobs',
    code_failure: 'escalate',
    dependency: 'rerun-failed-jobs',
    security_scan: 'escalate',
    infrastructure: 'rerun-failed-jobs',
    authentication: 'escalate',
    unknown: 'escalate'
  },
  flakyReruns: 1,
  requireApproval: [],
  automation: {
    branchPatterns: ['automated/**'],
    botAuthors: ['github-actions[bot]', 'dependabot[bot]', 'renovate[bot]']
  },
  limits: { maxAttempts: 3, maxFailedJobsForRerun: 5, maxNewIssues: 3, maxWrites: 30 },
  workflows: {
    production: ['deploy*', 'release*', '*production*'],
    marketing: ['release-notes*', 'changelog*', 'blog*', 'docs*', 'publish-docs*']
  },
  priorities: {
    defaultBranch: 'P1',
    defaultBranchOverAnHour: 'P0',
    production: 'P0',
    securityOrAuth: 'P1',
    pullRequestOrAutomation: 'P2',
    flaky: 'P2',
    other: 'P3',
    bumpAfterFailuresIn24h: 3
  },
  owners: {},
  forkRuns: 'report',
  alerts: { minSuccessRatePercent: 95, maxTimeToRepairMinutes: 30, failuresIn24h: 3 },
  pullRequestFailures: 'comment',
  testReportArtifacts: ['*test*', '*junit*', '*report*'],
  flakyTests: { quarantineAfter: 3, quarantineClearDays: 14, historyRuns: 50, historyTests: 500 }
}
