import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { startGitHubStandin, type GitHubStandin } from '../../testkit/github/index.js'
import {
  SAMPLE_CI_WORKFLOW,
  SAMPLE_JUNIT_REPORT,
  SAMPLE_TEST_LOG,
  sampleRepository
} from '../../testkit/github/sample.js'
import { readZip } from '../../testkit/artifacts.js'

const owner = 'acme'
const repo = 'widgets'
let standin: GitHubStandin
let octokit: ReturnType<typeof getOctokit>

beforeEach(async () => {
  standin = await startGitHubStandin(sampleRepository(), { now: '2026-03-02T12:00:00Z' })
  octokit = getOctokit('ghs_test', { baseUrl: standin.url })
})

afterEach(async () => {
  const violations = [...standin.violations]
  await standin.close()
  // Correct traffic must never produce a violation: every test checks it on the way out.
  expect(violations).toEqual([])
})

describe('GitHub stand-in: actions', () => {
  it('paginates runs with Link headers that octokit.paginate follows', async () => {
    const first = await octokit.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: 'ci.yml',
      per_page: 10
    })
    expect(first.data.total_count).toBe(46)
    expect(first.headers.link).toContain('rel="next"')
    expect(first.headers.link).toMatch(/page=5>; rel="last"/)

    const runs = await octokit.paginate(octokit.rest.actions.listWorkflowRuns, {
      owner,
      repo,
      workflow_id: 101,
      branch: 'main',
      per_page: 10
    })
    expect(runs).toHaveLength(45)
    expect(new Set(runs.map(run => run.id)).size).toBe(45)
    // Newest first, as on GitHub.
    expect(runs[0].id).toBe(5044)
    expect(runs.at(-1)?.id).toBe(5000)
    const pageRequests = standin.requests.filter(request => request.path.endsWith('/workflows/101/runs'))
    expect(pageRequests.map(request => request.query.page ?? '1')).toEqual(['1', '2', '3', '4', '5'])
  })

  it('filters runs by status (a conclusion too), event and created range', async () => {
    const failed = await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, status: 'failure' })
    expect(failed.data.workflow_runs.map(run => run.id)).toEqual([9001])
    const pulls = await octokit.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: 101,
      event: 'pull_request'
    })
    expect(pulls.data.total_count).toBe(1)
    const firstDay = await octokit.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: 101,
      created: '2026-03-01..2026-03-01',
      per_page: 100
    })
    expect(firstDay.data.total_count).toBe(24)
    const after = await octokit.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: 101,
      created: '>=2026-03-02T18:00:00Z'
    })
    expect(after.data.workflow_runs.map(run => run.id)).toEqual([5044, 5043, 5042])
  })

  it('serves a run, its attempts and their jobs, the latest by default', async () => {
    const run = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 9001 })
    expect(run.data).toMatchObject({
      run_attempt: 2,
      conclusion: 'failure',
      head_branch: 'feature/parser',
      path: '.github/workflows/ci.yml'
    })
    expect(run.data.pull_requests?.map(pull => pull.number)).toEqual([7])
    expect(run.data.html_url).toBe('https://github.com/acme/widgets/actions/runs/9001')

    const firstAttempt = await octokit.rest.actions.getWorkflowRunAttempt({
      owner,
      repo,
      run_id: 9001,
      attempt_number: 1
    })
    expect(firstAttempt.data).toMatchObject({
      run_attempt: 1,
      conclusion: 'failure',
      previous_attempt_url: null
    })

    const latest = await octokit.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: 9001 })
    expect(latest.data.jobs.map(job => job.id)).toEqual([71, 72, 73])
    const all = await octokit.rest.actions.listJobsForWorkflowRun({
      owner,
      repo,
      run_id: 9001,
      filter: 'all'
    })
    expect(all.data.jobs.map(job => [job.id, job.run_attempt])).toEqual([
      [71, 2],
      [72, 2],
      [73, 2],
      [61, 1]
    ])
    const attemptJobs = await octokit.rest.actions.listJobsForWorkflowRunAttempt({
      owner,
      repo,
      run_id: 9001,
      attempt_number: 1
    })
    expect(attemptJobs.data.jobs.map(job => job.name)).toEqual(['test (20)'])

    const job = await octokit.rest.actions.getJobForWorkflowRun({ owner, repo, job_id: 71 })
    expect(job.data.steps?.find(step => step.conclusion === 'failure')?.name).toBe('Run npm test')
    await expect(octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 404404 })).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Not Found' } }
    })
  })

  it('gets a workflow by id or by file name, and check-run annotations by job id', async () => {
    const byFile = await octokit.rest.actions.getWorkflow({ owner, repo, workflow_id: 'release.yml' })
    expect(byFile.data).toMatchObject({ id: 102, state: 'disabled_manually' })
    const workflows = await octokit.rest.actions.listRepoWorkflows({ owner, repo })
    expect(workflows.data.workflows.map(workflow => workflow.path)).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/release.yml'
    ])
    const annotations = await octokit.rest.checks.listAnnotations({ owner, repo, check_run_id: 71 })
    expect(
      annotations.data.map(annotation => [
        annotation.annotation_level,
        annotation.path,
        annotation.start_line
      ])
    ).toEqual([
      ['failure', '.github', 1],
      ['warning', 'src/parser.test.ts', 12]
    ])
  })

  it('answers the job log endpoint with a 302 that Octokit follows to a text blob', async () => {
    const log = await octokit.rest.actions.downloadJobLogsForWorkflowRun({ owner, repo, job_id: 71 })
    expect(log.data).toBe(SAMPLE_TEST_LOG)
    const [redirect, blob] = standin.requests.slice(-2)
    expect(redirect).toMatchObject({ path: '/repos/acme/widgets/actions/jobs/71/logs', status: 302 })
    expect(blob).toMatchObject({ path: '/_blob/job-logs/71', status: 200 })
  })

  it('serves an octet-stream log, which Octokit hands back as an ArrayBuffer', async () => {
    const log = await octokit.rest.actions.downloadJobLogsForWorkflowRun({ owner, repo, job_id: 72 })
    expect(log.data).toBeInstanceOf(ArrayBuffer)
    const text = Buffer.from(log.data as unknown as ArrayBuffer).toString('utf8')
    expect(text).toHaveLength(200_000)
    expect(text.endsWith('##[error]The runner has received a shutdown signal.\n')).toBe(true)
  })

  it('serves byte ranges and suffix ranges of the blob with 206 and Content-Range', async () => {
    const response = await fetch(`${standin.url}/repos/${owner}/${repo}/actions/jobs/71/logs`, {
      redirect: 'manual'
    })
    expect(response.status).toBe(302)
    const location = response.headers.get('location') ?? ''
    expect(location).toMatch(/\/_blob\/job-logs\/71\?.*sig=/)
    const size = Buffer.byteLength(SAMPLE_TEST_LOG)

    const head = await fetch(location, { headers: { range: 'bytes=0-9' } })
    expect(head.status).toBe(206)
    expect(head.headers.get('content-range')).toBe(`bytes 0-9/${size}`)
    expect(head.headers.get('content-length')).toBe('10')
    expect(await head.text()).toBe(SAMPLE_TEST_LOG.slice(0, 10))

    const tail = await fetch(location, { headers: { range: 'bytes=-40' } })
    expect(tail.status).toBe(206)
    expect(tail.headers.get('content-range')).toBe(`bytes ${size - 40}-${size - 1}/${size}`)
    expect(await tail.text()).toBe(SAMPLE_TEST_LOG.slice(-40))

    const whole = await fetch(location, { headers: { range: `bytes=-${size + 100}` } })
    expect(whole.status).toBe(206)
    expect(await whole.text()).toBe(SAMPLE_TEST_LOG)

    const beyond = await fetch(location, { headers: { range: `bytes=${size}-` } })
    expect(beyond.status).toBe(416)
    expect(beyond.headers.get('content-range')).toBe(`bytes */${size}`)

    const forged = await fetch(location.replace(/sig=[^&]+/, 'sig=forged'))
    expect(forged.status).toBe(403)
  })

  it('answers 410 for an expired log, and 404 for a job without a log', async () => {
    await expect(
      octokit.rest.actions.downloadJobLogsForWorkflowRun({ owner, repo, job_id: 73 })
    ).rejects.toMatchObject({
      status: 410
    })
    await expect(
      octokit.rest.actions.downloadJobLogsForWorkflowRun({ owner, repo, job_id: 999 })
    ).rejects.toMatchObject({
      status: 404
    })
  })

  it("lists a run's artifacts, paged and by name, and the repository's newest first", async () => {
    const all = await octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: 9001 })
    expect(all.data.total_count).toBe(2)
    expect(all.data.artifacts.map(artifact => [artifact.name, artifact.expired])).toEqual([
      ['test-results', false],
      ['coverage', true]
    ])
    expect(all.data.artifacts[0]).toMatchObject({
      id: 9001001,
      archive_download_url: `${standin.url}/repos/acme/widgets/actions/artifacts/9001001/zip`,
      workflow_run: { id: 9001, head_branch: 'feature/parser' }
    })
    const paged = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
      owner,
      repo,
      run_id: 9001,
      per_page: 1
    })
    expect(paged.map(artifact => artifact.name)).toEqual(['test-results', 'coverage'])
    const named = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner,
      repo,
      run_id: 9001,
      name: 'coverage'
    })
    expect(named.data.artifacts.map(artifact => artifact.name)).toEqual(['coverage'])
    const repository = await octokit.rest.actions.listArtifactsForRepo({ owner, repo, name: 'test-results' })
    expect(repository.data.artifacts.map(artifact => artifact.workflow_run?.id)).toEqual([5044, 9001])
    await expect(
      octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: 1 })
    ).rejects.toMatchObject({ status: 404 })
  })

  it('answers an artifact download with a 302 to a zip blob, and 410 once it expired', async () => {
    const response = await fetch(`${standin.url}/repos/${owner}/${repo}/actions/artifacts/9001001/zip`, {
      redirect: 'manual'
    })
    expect(response.status).toBe(302)
    await response.body?.cancel()
    const location = response.headers.get('location') ?? ''
    expect(location).toMatch(/\/_blob\/artifacts\/9001001\?.*sig=/)
    const blob = await fetch(location)
    expect(blob.headers.get('content-type')).toBe('application/zip')
    const files = readZip(Buffer.from(await blob.arrayBuffer()))
    expect(files.get('reports/junit.xml')?.toString()).toBe(SAMPLE_JUNIT_REPORT)
    const forged = await fetch(location.replace(/sig=[^&]+/, 'sig=forged'))
    expect(forged.status).toBe(403)
    await forged.body?.cancel()
    await expect(
      octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id: 9001002, archive_format: 'zip' })
    ).rejects.toMatchObject({ status: 410 })
    await expect(
      octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id: 1, archive_format: 'zip' })
    ).rejects.toMatchObject({ status: 404 })
  })

  it('records re-runs and starts a new attempt with fresh job ids, as GitHub does', async () => {
    const response = await octokit.rest.actions.reRunWorkflowFailedJobs({ owner, repo, run_id: 9001 })
    expect(response.status).toBe(201)
    const run = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 9001 })
    expect(run.data).toMatchObject({ run_attempt: 3, status: 'queued', conclusion: null })
    const jobs = await octokit.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: 9001 })
    expect(jobs.data.jobs.map(job => [job.name, job.status, job.conclusion])).toEqual([
      ['test (20)', 'queued', null],
      ['test (22)', 'queued', null],
      ['lint', 'completed', 'success']
    ])
    expect(Math.min(...jobs.data.jobs.map(job => job.id))).toBeGreaterThan(73)
    // A running workflow cannot be re-run.
    await expect(octokit.rest.actions.reRunWorkflow({ owner, repo, run_id: 9001 })).rejects.toMatchObject({
      status: 403
    })
    await octokit.rest.actions.reRunWorkflow({ owner, repo, run_id: 5000 })
    expect(standin.snapshot().reruns).toEqual([
      { runId: 9001, kind: 'rerun-failed-jobs' },
      { runId: 5000, kind: 'rerun' }
    ])
  })
})

describe('GitHub stand-in: repository, branches and refs', () => {
  it('serves the repository and the workflow files, by branch and by sha', async () => {
    const repository = await octokit.rest.repos.get({ owner, repo })
    expect(repository.data).toMatchObject({
      full_name: 'acme/widgets',
      default_branch: 'main',
      open_issues_count: 1
    })

    const listing = await octokit.rest.repos.getContent({ owner, repo, path: '.github/workflows' })
    expect(Array.isArray(listing.data) && listing.data.map(entry => entry.name)).toEqual([
      'ci.yml',
      'release.yml'
    ])
    const file = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: '.github/workflows/ci.yml',
      ref: 'main'
    })
    if (Array.isArray(file.data) || file.data.type !== 'file') throw new Error('expected a file')
    expect(Buffer.from(file.data.content, 'base64').toString('utf8')).toBe(SAMPLE_CI_WORKFLOW)
    await expect(octokit.rest.repos.getContent({ owner, repo, path: 'missing.txt' })).rejects.toMatchObject({
      status: 404
    })
  })

  it('lists branches with the protected filter and compares a branch with the default branch', async () => {
    const unprotected = await octokit.paginate(octokit.rest.repos.listBranches, {
      owner,
      repo,
      protected: false,
      per_page: 1
    })
    expect(unprotected.map(branch => branch.name)).toEqual(['automated/deps-update', 'feature/parser'])
    const branch = await octokit.rest.repos.getBranch({ owner, repo, branch: 'automated/deps-update' })
    expect(branch.data.commit.sha).toBe('dddddddddddddddddddddddddddddddddddddd02')

    const comparison = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: 'main...automated/deps-update'
    })
    expect(comparison.data).toMatchObject({ status: 'ahead', ahead_by: 2, total_commits: 2 })
    expect(
      comparison.data.commits.map(commit => [commit.author?.login ?? null, commit.commit.author?.email])
    ).toEqual([
      ['dependabot[bot]', 'dependabot[bot]@users.noreply.github.com'],
      [null, 'bot@example.com']
    ])
    const commit = await octokit.rest.repos.getCommit({
      owner,
      repo,
      ref: 'dddddddddddddddddddddddddddddddddddddd02'
    })
    expect(commit.data.parents.map(parent => parent.sha)).toEqual([
      'dddddddddddddddddddddddddddddddddddddd01'
    ])
  })

  it('deletes a branch ref, records its sha, and answers 422 for a missing ref', async () => {
    const response = await octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/automated/deps-update' })
    expect(response.status).toBe(204)
    await expect(
      octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/automated/deps-update' })
    ).rejects.toMatchObject({
      status: 422
    })
    await expect(
      octokit.rest.repos.getBranch({ owner, repo, branch: 'automated/deps-update' })
    ).rejects.toMatchObject({
      status: 404
    })
    expect(standin.snapshot().deletedRefs).toEqual([
      { ref: 'heads/automated/deps-update', sha: 'dddddddddddddddddddddddddddddddddddddd02' }
    ])
    expect(standin.writes().map(write => `${write.method} ${write.path}`)).toEqual([
      'DELETE /repos/acme/widgets/git/refs/heads%2Fautomated%2Fdeps-update',
      'DELETE /repos/acme/widgets/git/refs/heads%2Fautomated%2Fdeps-update'
    ])
  })

  it('finds open pull requests by head and base, and collaborator permissions', async () => {
    const open = await octokit.rest.pulls.list({ owner, repo, head: 'acme:feature/parser', base: 'main' })
    expect(open.data.map(pull => pull.number)).toEqual([7])
    const none = await octokit.rest.pulls.list({ owner, repo, head: 'acme:experiment' })
    expect(none.data).toEqual([])
    const closed = await octokit.rest.pulls.list({ owner, repo, head: 'acme:experiment', state: 'closed' })
    expect(closed.data.map(pull => pull.number)).toEqual([5])

    const alice = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'alice' })
    expect(alice.data).toMatchObject({ permission: 'write', role_name: 'write' })
    const bob = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'bob' })
    expect(bob.data).toMatchObject({ permission: 'read', role_name: 'triage' })
    const stranger = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'mallory'
    })
    expect(stranger.data.permission).toBe('none')
  })

  it('answers the GraphQL branch refs query with cursor pagination', async () => {
    const query = `query($owner: String!, $name: String!, $cursor: String) {
      repository(owner: $owner, name: $name) {
        refs(refPrefix: "refs/heads/", first: 2, after: $cursor) {
          pageInfo { hasNextPage endCursor }
          nodes { name target { ... on Commit { oid committedDate author { user { login } email } } } }
        }
      }
    }`
    interface RefsPage {
      repository: {
        refs: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null }
          nodes: {
            name: string
            target: { committedDate: string; author: { user: { login: string } | null } }
          }[]
        }
      }
    }
    const first = await octokit.graphql<RefsPage>(query, { owner, name: repo })
    expect(first.repository.refs.nodes.map(node => node.name)).toEqual([
      'automated/deps-update',
      'feature/parser'
    ])
    expect(first.repository.refs.nodes[0].target.author.user).toBeNull()
    expect(first.repository.refs.pageInfo.hasNextPage).toBe(true)
    const second = await octokit.graphql<RefsPage>(query, {
      owner,
      name: repo,
      cursor: first.repository.refs.pageInfo.endCursor
    })
    expect(second.repository.refs.nodes.map(node => node.name)).toEqual(['main'])
    expect(second.repository.refs.pageInfo.hasNextPage).toBe(false)
    // Reads are not writes, even over POST.
    expect(standin.writes()).toEqual([])
  })
})

describe('GitHub stand-in: issues and labels', () => {
  it('creates issues numbered after the highest issue or pull request, creating unknown labels', async () => {
    const created = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'CI broken on main',
      body: 'details',
      labels: ['triage', 'triage:test_failure'],
      assignees: ['alice']
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({ number: 8, state: 'open', user: { login: 'github-actions[bot]' } })
    expect(created.data.labels.map(label => (typeof label === 'string' ? label : label.name))).toEqual([
      'triage',
      'triage:test_failure'
    ])
    const label = await octokit.rest.issues.getLabel({ owner, repo, name: 'triage:test_failure' })
    expect(label.data.color).toBe('ededed')
    await expect(octokit.rest.issues.getLabel({ owner, repo, name: 'nope' })).rejects.toMatchObject({
      status: 404
    })
  })

  it('updates, comments, labels and lists issues, keeping label events', async () => {
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: 3, labels: ['priority:P1'] })
    const removed = await octokit.rest.issues.removeLabel({
      owner,
      repo,
      issue_number: 3,
      name: 'priority:P2'
    })
    expect(removed.data.map(label => label.name)).toEqual(['triage', 'priority:P1'])
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 3, body: 'Seen again in run 9001' })
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 3,
      state: 'closed',
      state_reason: 'completed'
    })

    const issue = await octokit.rest.issues.get({ owner, repo, issue_number: 3 })
    expect(issue.data).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      comments: 2,
      closed_at: '2026-03-02T12:00:00Z'
    })
    const comments = await octokit.rest.issues.listComments({ owner, repo, issue_number: 3 })
    expect(comments.data.map(comment => comment.user?.login)).toEqual(['bob', 'github-actions[bot]'])
    const events = await octokit.rest.issues.listEvents({ owner, repo, issue_number: 3 })
    expect(
      events.data.map(event => [
        event.event,
        'label' in event ? event.label?.name : undefined,
        event.actor?.login
      ])
    ).toEqual([
      ['labeled', 'priority:P2', 'github-actions[bot]'],
      ['unlabeled', 'priority:P3', 'bob'],
      ['labeled', 'priority:P1', 'github-actions[bot]'],
      ['unlabeled', 'priority:P2', 'github-actions[bot]']
    ])

    const open = await octokit.rest.issues.listForRepo({ owner, repo, labels: 'triage' })
    expect(open.data).toEqual([])
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      state: 'all',
      labels: 'triage',
      per_page: 1
    })
    expect(all.map(each => each.number)).toEqual([3, 4])
    expect(standin.snapshot().issues[0]).toEqual({
      number: 3,
      title: 'CI: test (20) fails in parser',
      body: 'Failing since yesterday.\n<!-- workflow-triage:fingerprint=abc123 -->',
      state: 'closed',
      labels: ['triage', 'priority:P1'],
      assignees: [],
      comments: [
        { user: 'bob', body: 'Looking into it' },
        { user: 'github-actions[bot]', body: 'Seen again in run 9001' }
      ]
    })
  })

  it('creates a label once and refuses a duplicate', async () => {
    const created = await octokit.rest.issues.createLabel({ owner, repo, name: 'owner:cto', color: '0e8a16' })
    expect(created.status).toBe(201)
    await expect(
      octokit.rest.issues.createLabel({ owner, repo, name: 'owner:cto', color: '0e8a16' })
    ).rejects.toMatchObject({
      status: 422
    })
  })
})

describe('GitHub stand-in: what every answer carries', () => {
  it('sends request ids and a rate limit budget that goes down', async () => {
    const first = await octokit.rest.repos.get({ owner, repo })
    const second = await octokit.rest.repos.get({ owner, repo })
    expect(first.headers['x-github-request-id']).toBeTruthy()
    expect(first.headers['x-github-request-id']).not.toBe(second.headers['x-github-request-id'])
    expect(first.headers['x-ratelimit-limit']).toBe('5000')
    expect(first.headers['x-ratelimit-resource']).toBe('core')
    expect(Number(second.headers['x-ratelimit-remaining'])).toBe(
      Number(first.headers['x-ratelimit-remaining']) - 1
    )
    expect(Number(second.headers['x-ratelimit-used'])).toBe(2)
    expect(Number(first.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)
    const limits = await octokit.rest.rateLimit.get()
    expect(limits.data.resources.core.used).toBe(2)
    expect(limits.headers['x-ratelimit-used']).toBe('2')
  })

  it('serves several repositories and 404s unknown ones', async () => {
    await standin.close()
    standin = await startGitHubStandin([
      sampleRepository(),
      { ...sampleRepository(), name: 'gadgets', issues: [] }
    ])
    octokit = getOctokit('ghs_test', { baseUrl: standin.url })
    const gadgets = await octokit.rest.issues.listForRepo({ owner, repo: 'gadgets' })
    expect(gadgets.data).toEqual([])
    await expect(octokit.rest.repos.get({ owner, repo: 'unknown' })).rejects.toMatchObject({
      status: 404,
      response: {
        data: { message: 'Not Found', documentation_url: expect.stringContaining('docs.github.com') }
      }
    })
  })
})
