import type { AnnotationInfo, JobInfo, RunInfo } from '../types.js'
import {
  downloadArtifactFiles,
  toArtifactInfo,
  type ArtifactFilesResult,
  type ArtifactInfo,
  type ArtifactLimits
} from './artifacts.js'
import { createClient, type ApiStats, type ClientOptions, type Octokit, type ReadQuery } from './client.js'
import { downloadLogTail, httpStatus, type LogResult } from './logs.js'
import type { GitHubPort, IssueChange, IssueComment, NewIssue, RunFilter } from './port.js'

export interface BranchInfo {
  name: string
  protected: boolean
  sha: string
}

export interface BranchWithDate extends BranchInfo {
  lastCommitDate: string | null
  lastCommitAuthor: string | null
}

/** Commits ahead of the default branch that the bot-only check reads at most (three pages). */
export const MAX_COMMITS_AHEAD = 250

export interface CommitAuthor {
  sha: string
  login: string | null
  email: string | null
  date: string | null
}

export interface IssueInfo {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  labels: string[]
  assignees: string[]
  htmlUrl: string
  createdAt: string
  closedAt: string | null
  /** Login of whoever opened the issue (approvals trust only the action's own issues). */
  author: string
}

export interface WorkflowInfo {
  id: number
  name: string
  path: string
  state: string
}

export interface LabelEvent {
  event: 'labeled' | 'unlabeled'
  label: string
  actor: string
  actorType: string
  createdAt: string
}

type ApiRun = Awaited<ReturnType<Octokit['rest']['actions']['getWorkflowRun']>>['data']
type ApiJob = Awaited<
  ReturnType<Octokit['rest']['actions']['listJobsForWorkflowRun']>
>['data']['jobs'][number]
type ApiIssue = Awaited<ReturnType<Octokit['rest']['issues']['get']>>['data']

export function toRunInfo(run: ApiRun): RunInfo {
  return {
    id: run.id,
    name: run.name ?? run.display_title ?? '',
    workflowId: run.workflow_id,
    path: run.path.split('@')[0],
    headBranch: run.head_branch ?? '',
    headSha: run.head_sha,
    event: run.event,
    status: run.status ?? '',
    conclusion: run.conclusion ?? null,
    runAttempt: run.run_attempt ?? 1,
    runNumber: run.run_number,
    createdAt: run.created_at,
    updatedAt: run.updated_at,
    runStartedAt: run.run_started_at ?? null,
    htmlUrl: run.html_url,
    pullRequests: (run.pull_requests ?? []).map(pr => pr.number),
    actor: run.actor?.login,
    headRepository: run.head_repository?.full_name ?? null
  }
}

/** A commit of a comparison, as the bot-only check reads it. */
export function toCommitAuthor(commit: {
  sha: string
  author: { login?: string } | null
  commit: { author: { email?: string; date?: string } | null }
}): CommitAuthor {
  return {
    sha: commit.sha,
    login: commit.author?.login ?? null,
    email: commit.commit.author?.email ?? null,
    date: commit.commit.author?.date ?? null
  }
}

export function toJobInfo(job: ApiJob): JobInfo {
  return {
    id: job.id,
    runId: job.run_id,
    name: job.name,
    status: job.status,
    conclusion: job.conclusion ?? null,
    startedAt: job.started_at ?? null,
    completedAt: job.completed_at ?? null,
    htmlUrl: job.html_url ?? '',
    steps: (job.steps ?? []).map(step => ({
      name: step.name,
      number: step.number,
      status: step.status,
      conclusion: step.conclusion ?? null
    })),
    labels: job.labels ?? []
  }
}

export function toIssueInfo(issue: ApiIssue): IssueInfo {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'closed' ? 'closed' : 'open',
    labels: issue.labels
      .map(label => (typeof label === 'string' ? label : (label.name ?? '')))
      .filter(Boolean),
    assignees: (issue.assignees ?? []).map(user => user.login),
    htmlUrl: issue.html_url,
    createdAt: issue.created_at,
    closedAt: issue.closed_at ?? null,
    author: issue.user?.login ?? ''
  }
}

/**
 * The only place that talks to the GitHub REST API. Each method is one endpoint
 * (or one paginated listing) returning plain core types; the request count is in
 * `stats` for the reports.
 */
export class GitHubGateway implements GitHubPort {
  readonly octokit: Octokit
  readonly stats: ApiStats
  /**
   * Lower-cased names of labels this run saw in the repository (looked up, created, or on an
   * issue it listed or wrote): each issue of a run carries the same few labels, and asking
   * again would cost one request per label per issue.
   */
  private knownLabels = new Set<string>()
  private labelsListed = false
  private readonly readQuery: ReadQuery

  constructor(
    token: string,
    readonly owner: string,
    readonly repo: string,
    options: ClientOptions = {}
  ) {
    const client = createClient(token, options)
    this.octokit = client.octokit
    this.stats = client.stats
    this.readQuery = client.readQuery
  }

  /** Another repository through the same client and counters (health-check `repositories`). */
  forRepository(owner: string, repo: string): GitHubGateway {
    const other = Object.create(GitHubGateway.prototype) as GitHubGateway
    Object.assign(other, {
      octokit: this.octokit,
      stats: this.stats,
      readQuery: this.readQuery,
      owner,
      repo,
      knownLabels: new Set(),
      labelsListed: false
    })
    return other
  }

  private get base(): { owner: string; repo: string } {
    return { owner: this.owner, repo: this.repo }
  }

  async defaultBranch(): Promise<string> {
    const { data } = await this.octokit.rest.repos.get(this.base)
    return data.default_branch
  }

  async run(runId: number): Promise<RunInfo> {
    const { data } = await this.octokit.rest.actions.getWorkflowRun({ ...this.base, run_id: runId })
    return toRunInfo(data)
  }

  /** Jobs of one attempt, at most `limit` (a run can have hundreds; we never need them all). */
  async jobsForAttempt(runId: number, attempt: number, limit = 300): Promise<JobInfo[]> {
    const jobs: JobInfo[] = []
    for await (const page of this.octokit.paginate.iterator(
      this.octokit.rest.actions.listJobsForWorkflowRunAttempt,
      {
        ...this.base,
        run_id: runId,
        attempt_number: attempt,
        per_page: 100
      }
    )) {
      jobs.push(...page.data.map(toJobInfo))
      if (jobs.length >= limit) break
    }
    return jobs.slice(0, limit)
  }

  async logTail(jobId: number, maxBytes: number): Promise<LogResult> {
    return downloadLogTail(this.octokit, this.stats, { ...this.base, jobId, maxBytes })
  }

  /** Check-run annotations of a job (a job id is its check-run id); they outlive the logs. */
  async annotations(jobId: number): Promise<AnnotationInfo[]> {
    const { data } = await this.octokit.rest.checks.listAnnotations({
      ...this.base,
      check_run_id: jobId,
      per_page: 50
    })
    return data.map(annotation => ({
      path: annotation.path,
      startLine: annotation.start_line,
      level: (annotation.annotation_level ?? 'notice') as AnnotationInfo['level'],
      message: annotation.message ?? '',
      title: annotation.title ?? undefined
    }))
  }

  /** A file's text at a ref, or null when it does not exist there. */
  async fileContent(path: string, ref?: string): Promise<string | null> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({ ...this.base, path, ref })
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return null
      return Buffer.from(data.content, 'base64').toString('utf8')
    } catch (error) {
      if (httpStatus(error) === 404) return null
      throw error
    }
  }

  /** The files of a directory (e.g. `.github/workflows`) at a ref. */
  async directory(path: string, ref?: string): Promise<{ path: string; size: number }[]> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({ ...this.base, path, ref })
      if (!Array.isArray(data)) return []
      return data
        .filter(entry => entry.type === 'file')
        .map(entry => ({ path: entry.path, size: entry.size }))
    } catch (error) {
      if (httpStatus(error) === 404) return []
      throw error
    }
  }

  async workflows(): Promise<WorkflowInfo[]> {
    const workflows = await this.octokit.paginate(this.octokit.rest.actions.listRepoWorkflows, {
      ...this.base,
      per_page: 100
    })
    return workflows.map(workflow => ({
      id: workflow.id,
      name: workflow.name,
      path: workflow.path,
      state: workflow.state
    }))
  }

  /** The newest runs of a workflow (one page: `perPage` at most 100). */
  async workflowRuns(workflowId: number | string, filter: RunFilter): Promise<RunInfo[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRuns({
      ...this.base,
      workflow_id: workflowId,
      branch: filter.branch,
      status: filter.status,
      created: filter.createdSince ? `>=${filter.createdSince}` : undefined,
      per_page: filter.perPage
    })
    return data.workflow_runs.map(toRunInfo)
  }

  /** Repository runs in a given status (stuck queued/in-progress, awaiting approval). */
  async runsWithStatus(
    status: 'queued' | 'in_progress' | 'action_required',
    perPage = 100
  ): Promise<RunInfo[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({
      ...this.base,
      status,
      per_page: perPage
    })
    return data.workflow_runs.map(toRunInfo)
  }

  async rerunFailedJobs(runId: number): Promise<void> {
    await this.octokit.rest.actions.reRunWorkflowFailedJobs({ ...this.base, run_id: runId })
  }

  async runArtifacts(
    runId: number,
    options: { name?: string; limit?: number } = {}
  ): Promise<ArtifactInfo[]> {
    const limit = options.limit ?? 100
    const artifacts: ArtifactInfo[] = []
    for await (const page of this.octokit.paginate.iterator(
      this.octokit.rest.actions.listWorkflowRunArtifacts,
      {
        ...this.base,
        run_id: runId,
        name: options.name,
        per_page: 100
      }
    )) {
      artifacts.push(...page.data.map(toArtifactInfo))
      if (artifacts.length >= limit) break
    }
    return artifacts.slice(0, limit)
  }

  async artifactsNamed(name: string, limit = 100): Promise<ArtifactInfo[]> {
    const artifacts: ArtifactInfo[] = []
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.actions.listArtifactsForRepo, {
      ...this.base,
      name,
      per_page: 100
    })) {
      artifacts.push(...page.data.map(toArtifactInfo))
      if (artifacts.length >= limit) break
    }
    return artifacts.slice(0, limit)
  }

  async artifactFiles(artifact: ArtifactInfo, limits: ArtifactLimits): Promise<ArtifactFilesResult> {
    return downloadArtifactFiles(this.octokit, this.stats, { ...this.base, artifact, limits })
  }

  async branch(name: string): Promise<BranchInfo | null> {
    try {
      const { data } = await this.octokit.rest.repos.getBranch({ ...this.base, branch: name })
      return { name: data.name, protected: data.protected, sha: data.commit.sha }
    } catch (error) {
      if (httpStatus(error) === 404) return null
      throw error
    }
  }

  async branches(limit = 10000): Promise<BranchInfo[]> {
    const branches: BranchInfo[] = []
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.repos.listBranches, {
      ...this.base,
      per_page: 100
    })) {
      branches.push(
        ...page.data.map(branch => ({
          name: branch.name,
          protected: branch.protected,
          sha: branch.commit.sha
        }))
      )
      if (branches.length >= limit) break
    }
    return branches.slice(0, limit)
  }

  /**
   * Every branch with its head commit's date in one GraphQL query per 100 branches
   * (the REST branch list has no dates; asking per branch would cost one request each).
   */
  async branchesWithDates(limit = 10000): Promise<BranchWithDate[]> {
    const query = `query($owner: String!, $name: String!, $cursor: String) {
      repository(owner: $owner, name: $name) {
        refs(refPrefix: "refs/heads/", first: 100, after: $cursor) {
          pageInfo { hasNextPage endCursor }
          nodes { name target { ... on Commit { oid committedDate author { email user { login } } } } }
        }
      }
    }`
    interface RefsPage {
      repository: {
        refs: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null }
          nodes: {
            name: string
            target: {
              oid?: string
              committedDate?: string
              author?: { email?: string; user?: { login: string } | null }
            }
          }[]
        }
      }
    }
    const branches: BranchWithDate[] = []
    let cursor: string | null = null
    do {
      const page: RefsPage = await this.readQuery<RefsPage>(query, {
        owner: this.owner,
        name: this.repo,
        cursor
      })
      for (const node of page.repository.refs.nodes) {
        branches.push({
          name: node.name,
          protected: false,
          sha: node.target.oid ?? '',
          lastCommitDate: node.target.committedDate ?? null,
          lastCommitAuthor: node.target.author?.user?.login ?? node.target.author?.email ?? null
        })
      }
      cursor = page.repository.refs.pageInfo.hasNextPage ? page.repository.refs.pageInfo.endCursor : null
    } while (cursor && branches.length < limit)
    return branches.slice(0, limit)
  }

  /** Names of the protected branches (one filtered listing instead of a request per branch). */
  async protectedBranches(): Promise<Set<string>> {
    const branches = await this.octokit.paginate(this.octokit.rest.repos.listBranches, {
      ...this.base,
      protected: true,
      per_page: 100
    })
    return new Set(branches.map(branch => branch.name))
  }

  /**
   * Authors of the commits on `head` that are not on `base`, page by page, and how many
   * there are. Past `MAX_COMMITS_AHEAD` nothing more is read: the caller sees that `total`
   * exceeds what it got and must not treat the branch as checked.
   */
  async commitsAhead(base: string, head: string): Promise<{ commits: CommitAuthor[]; total: number }> {
    const commits: CommitAuthor[] = []
    for (let page = 1; ; page++) {
      const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({
        ...this.base,
        basehead: `${base}...${head}`,
        per_page: 100,
        page
      })
      commits.push(...data.commits.map(toCommitAuthor))
      const total = data.total_commits
      if (total > MAX_COMMITS_AHEAD || commits.length >= total || data.commits.length === 0)
        return { commits, total: Math.max(total, commits.length) }
    }
  }

  /** Open pull requests from or into a branch. */
  async openPullRequestsFor(branch: string): Promise<number[]> {
    const [from, into] = await Promise.all([
      this.octokit.rest.pulls.list({
        ...this.base,
        state: 'open',
        head: `${this.owner}:${branch}`,
        per_page: 100
      }),
      this.octokit.rest.pulls.list({ ...this.base, state: 'open', base: branch, per_page: 100 })
    ])
    return [...new Set([...from.data, ...into.data].map(pr => pr.number))]
  }

  /** Head and base branch names of every open pull request. */
  async openPullRequestRefs(): Promise<Set<string>> {
    const pulls = await this.octokit.paginate(this.octokit.rest.pulls.list, {
      ...this.base,
      state: 'open',
      per_page: 100
    })
    const refs = new Set<string>()
    for (const pull of pulls) {
      if (pull.head.repo?.full_name === `${this.owner}/${this.repo}`) refs.add(pull.head.ref)
      refs.add(pull.base.ref)
    }
    return refs
  }

  async deleteBranch(name: string): Promise<void> {
    await this.octokit.rest.git.deleteRef({ ...this.base, ref: `heads/${name}` })
  }

  /** Issues (not pull requests) carrying a label, open and closed, newest first. */
  async issuesWithLabel(label: string, state: 'open' | 'closed' | 'all', limit = 1000): Promise<IssueInfo[]> {
    const issues: IssueInfo[] = []
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.issues.listForRepo, {
      ...this.base,
      labels: label,
      state,
      sort: 'created',
      direction: 'desc',
      per_page: 100
    })) {
      issues.push(
        ...page.data
          .filter(issue => !issue.pull_request)
          .map(issue => this.sawLabels(toIssueInfo(issue as ApiIssue)))
      )
      if (issues.length >= limit) break
    }
    return issues.slice(0, limit)
  }

  async issue(number: number): Promise<IssueInfo> {
    const { data } = await this.octokit.rest.issues.get({ ...this.base, issue_number: number })
    return toIssueInfo(data)
  }

  async createIssue(issue: NewIssue): Promise<IssueInfo> {
    const { data } = await this.octokit.rest.issues.create({ ...this.base, ...issue })
    return this.sawLabels(toIssueInfo(data))
  }

  async updateIssue(number: number, change: IssueChange): Promise<IssueInfo> {
    const { stateReason, ...rest } = change
    const { data } = await this.octokit.rest.issues.update({
      ...this.base,
      issue_number: number,
      ...rest,
      state_reason: stateReason
    })
    return toIssueInfo(data)
  }

  async comment(number: number, body: string): Promise<{ id: number; htmlUrl: string }> {
    const { data } = await this.octokit.rest.issues.createComment({
      ...this.base,
      issue_number: number,
      body
    })
    return { id: data.id, htmlUrl: data.html_url }
  }

  async updateComment(commentId: number, body: string): Promise<{ id: number; htmlUrl: string }> {
    const { data } = await this.octokit.rest.issues.updateComment({
      ...this.base,
      comment_id: commentId,
      body
    })
    return { id: data.id, htmlUrl: data.html_url }
  }

  async comments(number: number): Promise<IssueComment[]> {
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.base,
      issue_number: number,
      per_page: 100
    })
    return comments.map(comment => ({
      id: comment.id,
      user: comment.user?.login ?? '',
      body: comment.body ?? '',
      createdAt: comment.created_at
    }))
  }

  async labelEvents(number: number): Promise<LabelEvent[]> {
    const events = await this.octokit.paginate(this.octokit.rest.issues.listEvents, {
      ...this.base,
      issue_number: number,
      per_page: 100
    })
    return events
      .filter(event => event.event === 'labeled' || event.event === 'unlabeled')
      .map(event => ({
        event: event.event as 'labeled' | 'unlabeled',
        label: (event as { label?: { name: string } }).label?.name ?? '',
        actor: event.actor?.login ?? '',
        actorType: event.actor?.type ?? 'User',
        createdAt: event.created_at
      }))
  }

  /**
   * Names among `names` that are not labels of the repository. The repository's labels are
   * listed once per run (usually one request) and remembered with what the run creates.
   */
  async missingLabels(names: string[]): Promise<string[]> {
    if (!this.labelsListed) {
      const labels = await this.octokit.paginate(this.octokit.rest.issues.listLabelsForRepo, {
        ...this.base,
        per_page: 100
      })
      for (const label of labels) this.knownLabels.add(label.name.toLowerCase())
      this.labelsListed = true
    }
    return names.filter(name => !this.knownLabels.has(name.toLowerCase()))
  }

  async createLabel(label: { name: string; color: string; description: string }): Promise<void> {
    try {
      await this.octokit.rest.issues.createLabel({ ...this.base, ...label })
    } catch (error) {
      // Another run created it first: that is the outcome we wanted.
      if (httpStatus(error) !== 422) throw error
    }
    this.knownLabels.add(label.name.toLowerCase())
  }

  /** Gives a label (created grey by GitHub when first put on an issue) our colour and description. */
  async colourLabel(label: { name: string; color: string; description: string }): Promise<void> {
    await this.octokit.rest.issues.updateLabel({ ...this.base, ...label })
    this.knownLabels.add(label.name.toLowerCase())
  }

  private sawLabels(issue: IssueInfo): IssueInfo {
    for (const label of issue.labels) this.knownLabels.add(label.toLowerCase())
    return issue
  }

  /** `admin`, `maintain`, `write`, `triage`, `read` or `none`. */
  async permission(username: string): Promise<string> {
    try {
      const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({
        ...this.base,
        username
      })
      return data.role_name ?? data.permission
    } catch (error) {
      if (httpStatus(error) === 404) return 'none'
      throw error
    }
  }
}
