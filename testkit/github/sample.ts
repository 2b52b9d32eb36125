/**
 * A small but complete scenario repository for tests of the stand-in (and of code that talks
 * to it): two workflows, enough runs to paginate, a failed run with a re-run history, logs
 * (inline, generated, expired), artifacts (a JUnit report, an expired one), branches with bot and human commits, a pull request, issues
 * with label events, labels and collaborators.
 */
import type { ScenarioRepository, ScenarioRun } from '../scenario/types.js'

export const SAMPLE_CI_WORKFLOW = `name: CI
on:
  push:
    branches: [main]
  pull_request:
jobs:
  test:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: npm test
`

export const SAMPLE_TEST_LOG = [
  '2026-03-02T10:00:01.0000000Z ##[group]Run npm test',
  '2026-03-02T10:00:02.0000000Z > jest',
  '2026-03-02T10:00:09.0000000Z FAIL src/parser.test.ts',
  '2026-03-02T10:00:09.1000000Z   ● parser › rejects empty input',
  '2026-03-02T10:00:09.2000000Z     expect(received).toThrow()',
  '2026-03-02T10:00:10.0000000Z Tests: 1 failed, 41 passed, 42 total',
  '2026-03-02T10:00:10.1000000Z ##[error]Process completed with exit code 1.',
  ''
].join('\n')

export const SAMPLE_JUNIT_REPORT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="42" failures="1">
  <testsuite name="parser" tests="42" failures="1">
    <testcase classname="parser" name="rejects empty input" file="src/parser.test.ts" line="12">
      <failure message="expect(received).toThrow()">Expected the parser to throw</failure>
    </testcase>
    <testcase classname="parser" name="accepts a number"/>
  </testsuite>
</testsuites>
`

/** Successful CI runs on main, one an hour before the failure, newest last. */
function greenHistory(count: number): ScenarioRun[] {
  return Array.from({ length: count }, (_, index) => {
    const created = new Date(Date.UTC(2026, 2, 1, 0, 0) + index * 3_600_000).toISOString()
    const updated = new Date(Date.parse(created) + 300_000).toISOString()
    const newest = index === count - 1
    return {
      id: 5000 + index,
      workflowId: 101,
      headBranch: 'main',
      headSha: (index + 1).toString(16).padStart(40, 'a'),
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      runNumber: 100 + index,
      createdAt: created,
      updatedAt: updated,
      actor: 'alice',
      ...(newest
        ? { artifacts: [{ name: 'test-results', files: { 'junit.xml': '<testsuites tests="42"/>\n' } }] }
        : {})
    }
  })
}

export function sampleRepository(): ScenarioRepository {
  return {
    owner: 'acme',
    name: 'widgets',
    defaultBranch: 'main',
    workflows: [
      { id: 101, name: 'CI', path: '.github/workflows/ci.yml', content: SAMPLE_CI_WORKFLOW },
      {
        id: 102,
        name: 'Release',
        path: '.github/workflows/release.yml',
        state: 'disabled_manually',
        content: 'name: Release\non: workflow_dispatch\njobs: {}\n'
      }
    ],
    runs: [
      ...greenHistory(45),
      {
        id: 9001,
        workflowId: 101,
        headBranch: 'feature/parser',
        headSha: 'f00dbabe00000000000000000000000000000002',
        event: 'pull_request',
        status: 'completed',
        conclusion: 'failure',
        runAttempt: 2,
        runNumber: 146,
        createdAt: '2026-03-02T09:59:00Z',
        runStartedAt: '2026-03-02T10:00:00Z',
        updatedAt: '2026-03-02T10:05:00Z',
        actor: 'alice',
        pullRequests: [7],
        jobs: [
          {
            id: 71,
            name: 'test (20)',
            status: 'completed',
            conclusion: 'failure',
            startedAt: '2026-03-02T10:00:00Z',
            completedAt: '2026-03-02T10:00:11Z',
            steps: [
              { name: 'Set up job', number: 1, status: 'completed', conclusion: 'success' },
              { name: 'Run npm test', number: 2, status: 'completed', conclusion: 'failure' }
            ],
            log: SAMPLE_TEST_LOG,
            annotations: [
              {
                path: '.github',
                startLine: 1,
                level: 'failure',
                message: 'Process completed with exit code 1.'
              },
              {
                path: 'src/parser.test.ts',
                startLine: 12,
                level: 'warning',
                message: 'Slow test',
                title: 'jest'
              }
            ]
          },
          {
            id: 72,
            name: 'test (22)',
            status: 'completed',
            conclusion: 'failure',
            logGenerated: { sizeBytes: 200_000, tail: '##[error]The runner has received a shutdown signal.' },
            logContentType: 'application/octet-stream'
          },
          { id: 73, name: 'lint', status: 'completed', conclusion: 'success', logExpired: 410 }
        ],
        artifacts: [
          {
            name: 'test-results',
            files: {
              'reports/junit.xml': SAMPLE_JUNIT_REPORT,
              'reports/summary.txt': '1 failed, 41 passed\n'
            }
          },
          { name: 'coverage', expired: true, files: { 'lcov.info': 'TN:\n' } }
        ],
        previousAttempts: {
          '1': [
            {
              id: 61,
              name: 'test (20)',
              status: 'completed',
              conclusion: 'failure',
              log: 'attempt 1 failed\n'
            }
          ]
        }
      }
    ],
    branches: [
      { name: 'main', protected: true, commits: [], sha: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2d' },
      {
        name: 'automated/deps-update',
        commits: [
          {
            sha: 'dddddddddddddddddddddddddddddddddddddd01',
            message: 'chore(deps): bump yaml',
            author: 'dependabot[bot]',
            date: '2026-02-20T08:00:00Z'
          },
          {
            sha: 'dddddddddddddddddddddddddddddddddddddd02',
            message: 'chore(deps): bump jest',
            author: null,
            authorEmail: 'bot@example.com',
            date: '2026-02-21T08:00:00Z'
          }
        ]
      },
      {
        name: 'feature/parser',
        commits: [
          {
            sha: 'f00dbabe00000000000000000000000000000002',
            message: 'Parser: reject empty input',
            author: 'alice',
            date: '2026-03-02T09:58:00Z'
          }
        ]
      }
    ],
    pullRequests: [
      {
        number: 7,
        title: 'Parser: reject empty input',
        head: 'feature/parser',
        base: 'main',
        state: 'open',
        user: 'alice'
      },
      { number: 5, title: 'Old experiment', head: 'experiment', base: 'main', state: 'closed' }
    ],
    issues: [
      {
        number: 3,
        title: 'CI: test (20) fails in parser',
        body: 'Failing since yesterday.\n<!-- workflow-triage:fingerprint=abc123 -->',
        state: 'open',
        labels: ['triage', 'priority:P2'],
        createdAt: '2026-03-01T12:00:00Z',
        comments: [{ user: 'bob', body: 'Looking into it', createdAt: '2026-03-01T13:00:00Z' }],
        labelEvents: [
          {
            event: 'labeled',
            label: 'priority:P2',
            actor: 'github-actions[bot]',
            createdAt: '2026-03-01T12:00:00Z'
          },
          { event: 'unlabeled', label: 'priority:P3', actor: 'bob', createdAt: '2026-03-01T12:30:00Z' }
        ]
      },
      {
        number: 4,
        title: 'Old flake',
        body: 'fixed',
        state: 'closed',
        labels: ['triage'],
        createdAt: '2026-02-01T00:00:00Z'
      }
    ],
    labels: [
      { name: 'triage', color: 'd73a4a', description: 'Opened by workflow-triage' },
      { name: 'priority:P2', color: 'fbca04' }
    ],
    collaborators: { alice: 'write', bob: 'triage', carol: 'admin' }
  }
}
