/** The typed remediations of SPEC 4: a closed list. */
export const REMEDIATIONS = ['rerun-failed-jobs', 'delete-branch', 'escalate']
export const DEFAULT_POLICY = {
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
  owners: {}
}
