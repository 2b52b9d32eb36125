/**
 * The GitHub port's contract, run against both implementations on the same repository: the
 * Octokit gateway over HTTP to the stand-in, and the in-memory port the pipeline tests use.
 * Every operation must give the same answer, cost the same requests and leave the same state,
 * so a pipeline test in memory says what the action would do against the stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_ARTIFACT_LIMITS } from '../../src/github/artifacts.js'
import { describeError } from '../../src/github/errors.js'
import { GitHubGateway } from '../../src/github/gateway.js'
import type { GitHubPort } from '../../src/github/port.js'
import { startGitHubStandin } from '../../testkit/github/index.js'
import { createInMemoryGitHub } from '../../testkit/github/memory.js'
import { sampleRepository } from '../../testkit/github/sample.js'
import type { ScenarioRepository, ScenarioResult } from '../../testkit/scenario/types.js'

const NOW = '2026-03-03T00:00:00Z'

function repositories(): ScenarioRepository[] {
  const gadgets: ScenarioRepository = {
    owner: 'acme',
    name: 'gadgets',
    defaultBranch: 'trunk',
    workflows: [],
    runs: [],
    branches: []
  }
  const sample = sampleRepository()
  // A bot branch 150 commits ahead, the last one a person's: read over two pages of compare.
  const longBranch = {
    name: 'automated/long',
    commits: Array.from({ length: 150 }, (_, index) => ({
      sha: index.toString(16).padStart(40, 'c'),
      message: `chore: bump ${index}`,
      author: index === 149 ? 'alice' : 'github-actions[bot]',
      date: '2026-03-01T00:00:00Z'
    }))
  }
  return [{ ...sample, branches: [...(sample.branches ?? []), longBranch] }, gadgets]
}

interface Subject {
  port: GitHubPort
  snapshot(): Pick<ScenarioResult, 'issues' | 'deletedRefs' | 'reruns'>
  writes(): { method: string; path: string; body: unknown }[]
  violations: string[]
  close(): Promise<void>
}

async function overHttp(): Promise<Subject> {
  const standin = await startGitHubStandin(repositories(), { now: NOW })
  const port = new GitHubGateway('ghs_contract', 'acme', 'widgets', { baseUrl: standin.url })
  return { ...standin, port, snapshot: () => standin.snapshot(), writes: () => standin.writes() }
}

async function inMemory(): Promise<Subject> {
  const github = createInMemoryGitHub(repositories(), { now: NOW })
  return { ...github, violations: [], close: async () => {} }
}

type Outcome = { value: unknown } | { error: string; status: unknown }

/** Every operation of the port, reads, failures, then writes and what they changed. */
async function exercise(port: GitHubPort): Promise<Record<string, Outcome>> {
  const outcomes: Record<string, Outcome> = {}
  const record = async (name: string, operation: () => Promise<unknown>) => {
    try {
      const value = await operation()
      outcomes[name] = { value: value instanceof Set ? [...value].sort() : value }
    } catch (error) {
      outcomes[name] = { error: describeError(error), status: (error as { status?: unknown }).status }
    }
  }
  await record('defaultBranch', () => port.defaultBranch())
  await record('run', () => port.run(9001))
  await record('missing run', () => port.run(1))
  await record('jobs of the latest attempt', () => port.jobsForAttempt(9001, 2))
  await record('jobs of the first attempt', () => port.jobsForAttempt(9001, 1))
  await record('jobs, limited', () => port.jobsForAttempt(9001, 2, 1))
  await record('log tail', () => port.logTail(71, 10_000))
  await record('truncated generated log', () => port.logTail(72, 1_000))
  await record('expired log', () => port.logTail(73, 1_000))
  await record('annotations', () => port.annotations(71))
  await record('run artifacts', () => port.runArtifacts(9001))
  await record('run artifacts by name', () => port.runArtifacts(9001, { name: 'coverage' }))
  await record('run artifacts, limited', () => port.runArtifacts(9001, { limit: 1 }))
  await record('artifacts of the repository by name', () => port.artifactsNamed('test-results'))
  await record('artifact files', async () => {
    const [reports] = await port.runArtifacts(9001, { name: 'test-results' })
    return port.artifactFiles(reports, DEFAULT_ARTIFACT_LIMITS)
  })
  await record('expired artifact', async () => {
    const [coverage] = await port.runArtifacts(9001, { name: 'coverage' })
    return port.artifactFiles({ ...coverage, expired: false }, DEFAULT_ARTIFACT_LIMITS)
  })
  await record('artifact over the size limit', async () => {
    const [reports] = await port.runArtifacts(9001, { name: 'test-results' })
    return port.artifactFiles(reports, { ...DEFAULT_ARTIFACT_LIMITS, maxZipBytes: 100 })
  })
  await record('artifact larger than its listing says', async () => {
    const [reports] = await port.runArtifacts(9001, { name: 'test-results' })
    return port.artifactFiles(
      { ...reports, sizeInBytes: 10 },
      { ...DEFAULT_ARTIFACT_LIMITS, maxZipBytes: 100 }
    )
  })
  await record('workflow file', () => port.fileContent('.github/workflows/ci.yml'))
  await record('workflow file at a sha', () =>
    port.fileContent('.github/workflows/ci.yml', 'f00dbabe00000000000000000000000000000002')
  )
  await record('missing file', () => port.fileContent('.github/workflows/none.yml'))
  await record('directory', () => port.directory('.github/workflows'))
  await record('workflows', () => port.workflows())
  await record('newest runs', () => port.workflowRuns(101, { perPage: 5 }))
  await record('runs of a branch', () => port.workflowRuns(101, { branch: 'feature/parser', perPage: 30 }))
  await record('failed runs', () => port.workflowRuns(101, { status: 'failure', perPage: 10 }))
  await record('runs since', () =>
    port.workflowRuns(101, { perPage: 100, createdSince: '2026-03-02T00:00:00Z' })
  )
  await record('queued runs', () => port.runsWithStatus('queued'))
  await record('branch', () => port.branch('main'))
  await record('missing branch', () => port.branch('nope'))
  await record('branches with dates', () => port.branchesWithDates())
  await record('protected branches', () => port.protectedBranches())
  await record('commits ahead', () => port.commitsAhead('main', 'automated/deps-update'))
  await record('commits ahead over two pages', () => port.commitsAhead('main', 'automated/long'))
  await record('pull requests of a branch', () => port.openPullRequestsFor('feature/parser'))
  await record('pull request refs', () => port.openPullRequestRefs())
  await record('triage issues', () => port.issuesWithLabel('triage', 'all'))
  await record('open triage issues', () => port.issuesWithLabel('triage', 'open'))
  await record('issue', () => port.issue(3))
  await record('missing issue', () => port.issue(999))
  await record('comments', () => port.comments(3))
  await record('label events', () => port.labelEvents(3))
  await record('permission', () => port.permission('alice'))
  await record('permission of a stranger', () => port.permission('mallory'))
  await record('missing labels', () => port.missingLabels(['Triage', 'flaky']))

  await record('create label', () => port.createLabel({ name: 'flaky', color: 'cccccc', description: 'x' }))
  await record('create it again', () =>
    port.createLabel({ name: 'flaky', color: 'cccccc', description: 'x' })
  )
  await record('missing labels after', () => port.missingLabels(['flaky']))
  await record('create issue', () =>
    port.createIssue({ title: 'CI broke', body: 'body', labels: ['triage', 'flaky'], assignees: ['alice'] })
  )
  await record('comment', () => port.comment(3, 'Seen again'))
  await record('edit that comment', async () => {
    const { id } = await port.comment(3, 'first words')
    return port.updateComment(id, 'second words')
  })
  await record('comment on a pull request', () => port.comment(7, 'Failed on this pull request'))
  await record('colour a label', () => port.colourLabel({ name: 'flaky', color: 'ff0000', description: 'y' }))
  await record('colour a missing label', () =>
    port.colourLabel({ name: 'no-such-label', color: 'ff0000', description: 'y' })
  )
  await record('close issue', () => port.updateIssue(3, { state: 'closed', stateReason: 'completed' }))
  await record('relabel issue', () => port.updateIssue(4, { labels: ['triage', 'priority:P1'], title: 'T' }))
  await record('comment on a missing issue', () => port.comment(999, 'lost'))
  await record('re-run failed jobs', () => port.rerunFailedJobs(9001))
  await record('run after the re-run', () => port.run(9001))
  await record('re-run a running run', () => port.rerunFailedJobs(9001))
  await record('delete branch', () => port.deleteBranch('automated/deps-update'))
  await record('deleted branch', () => port.branch('automated/deps-update'))
  await record('issue after the writes', () => port.issue(3))
  await record('events after the writes', () => port.labelEvents(4))

  const other = port.forRepository('acme', 'gadgets')
  await record('other repository', async () => [other.owner, other.repo, await other.defaultBranch()])
  await record('unknown repository', () => port.forRepository('acme', 'nothing').defaultBranch())
  return outcomes
}

const subjects: Record<string, { subject: Subject; outcomes: Record<string, Outcome> }> = {}

beforeAll(async () => {
  // Octokit paces writes about a second apart: each implementation is exercised once, in parallel.
  await Promise.all(
    Object.entries({ http: overHttp, memory: inMemory }).map(async ([name, start]) => {
      const subject = await start()
      subjects[name] = { subject, outcomes: {} }
      subjects[name].outcomes = await exercise(subject.port)
    })
  )
})
afterAll(() => Promise.all(Object.values(subjects).map(({ subject }) => subject.close())))

describe.each([
  ['the Octokit gateway over HTTP', 'http'],
  ['the in-memory port', 'memory']
])('the GitHub port: %s', (_name, key) => {
  let subject: Subject
  let outcomes: Record<string, Outcome>
  beforeAll(() => {
    ;({ subject, outcomes } = subjects[key])
  })

  it('reads the repository as GitHub would answer', () => {
    expect(subject.violations).toEqual([])
    expect(outcomes.defaultBranch).toEqual({ value: 'main' })
    expect(outcomes.run).toMatchObject({ value: { id: 9001, runAttempt: 2, headBranch: 'feature/parser' } })
    expect(outcomes['jobs of the latest attempt']).toMatchObject({
      value: [{ id: 71 }, { id: 72 }, { id: 73 }]
    })
    expect(outcomes['jobs of the first attempt']).toMatchObject({ value: [{ id: 61 }] })
    expect(outcomes['jobs, limited']).toMatchObject({ value: [{ id: 71 }] })
    expect(outcomes['missing file']).toEqual({ value: null })
    expect(outcomes['missing branch']).toEqual({ value: null })
    expect(outcomes['protected branches']).toEqual({ value: ['main'] })
    expect(outcomes['permission']).toEqual({ value: 'write' })
    expect(outcomes['permission of a stranger']).toEqual({ value: 'none' })
    expect(outcomes['missing labels']).toEqual({ value: ['flaky'] })
  })

  it('gives logs as bounded tails, and an expired log as a result', () => {
    expect(outcomes['log tail']).toMatchObject({
      value: {
        ok: true,
        tail: { truncated: false, text: expect.stringContaining('FAIL src/parser.test.ts') }
      }
    })
    expect(outcomes['truncated generated log']).toMatchObject({
      value: { ok: true, tail: { truncated: true, text: expect.stringContaining('shutdown signal') } }
    })
    expect(outcomes['expired log']).toMatchObject({ value: { ok: false, reason: 'expired' } })
  })

  it('lists artifacts and reads their wanted files within the limits', () => {
    expect(outcomes['run artifacts']).toMatchObject({
      value: [
        { name: 'test-results', expired: false, workflowRun: { id: 9001, headBranch: 'feature/parser' } },
        { name: 'coverage', expired: true }
      ]
    })
    expect(outcomes['run artifacts by name']).toMatchObject({ value: [{ name: 'coverage' }] })
    expect(outcomes['run artifacts, limited']).toMatchObject({ value: [{ name: 'test-results' }] })
    expect(outcomes['artifacts of the repository by name']).toMatchObject({
      value: [{ workflowRun: { id: 5044 } }, { workflowRun: { id: 9001 } }]
    })
    expect(outcomes['artifact files']).toEqual({
      value: {
        ok: true,
        files: [{ path: 'reports/junit.xml', text: expect.stringContaining('rejects empty input') }],
        skipped: []
      }
    })
    expect(outcomes['expired artifact']).toMatchObject({ value: { ok: false, reason: 'expired' } })
    expect(outcomes['artifact over the size limit']).toMatchObject({
      value: { ok: false, reason: 'too-large' }
    })
    expect(outcomes['artifact larger than its listing says']).toMatchObject({
      value: { ok: false, reason: 'too-large' }
    })
  })

  it('throws what GitHub refuses, with its status', () => {
    expect(outcomes['missing run']).toMatchObject({ status: 404, error: expect.stringContaining('HTTP 404') })
    expect(outcomes['missing issue']).toMatchObject({ status: 404 })
    expect(outcomes['comment on a missing issue']).toMatchObject({ status: 404 })
    expect(outcomes['re-run a running run']).toMatchObject({ status: 403 })
    expect(outcomes['create it again']).toEqual({ value: undefined })
    expect(outcomes['unknown repository']).toMatchObject({ status: 404 })
  })

  it('changes the repository as GitHub would', () => {
    expect(outcomes['run after the re-run']).toMatchObject({ value: { runAttempt: 3 } })
    expect(outcomes['deleted branch']).toEqual({ value: null })
    expect(outcomes['issue after the writes']).toMatchObject({ value: { state: 'closed' } })
    const snapshot = subject.snapshot()
    expect(snapshot.deletedRefs).toEqual([
      { ref: 'heads/automated/deps-update', sha: 'dddddddddddddddddddddddddddddddddddddd02' }
    ])
    expect(snapshot.reruns).toEqual([{ runId: 9001, kind: 'rerun-failed-jobs' }])
    expect(snapshot.issues.find(issue => issue.title === 'CI broke')).toMatchObject({
      labels: ['triage', 'flaky'],
      assignees: ['alice']
    })
    expect(outcomes['other repository']).toEqual({ value: ['acme', 'gadgets', 'trunk'] })
  })
})

describe('both implementations of the GitHub port', () => {
  it('give the same answer to every operation', () => {
    const { http, memory } = subjects
    expect(Object.keys(memory.outcomes)).toEqual(Object.keys(http.outcomes))
    for (const name of Object.keys(http.outcomes)) {
      expect([name, memory.outcomes[name]]).toEqual([name, http.outcomes[name]])
    }
  })

  it('count the same requests, route by route', () => {
    expect(subjects.memory.subject.port.stats).toEqual(subjects.http.subject.port.stats)
  })

  it('leave the same state and send the same writes', () => {
    const { http, memory } = subjects
    expect(memory.subject.snapshot()).toEqual(http.subject.snapshot())
    expect(memory.subject.writes()).toEqual(http.subject.writes())
  })
})
