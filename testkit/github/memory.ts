/**
 * The GitHub port in memory: the same repository state and route handlers the HTTP stand-in
 * serves, called in-process, and the same mapping to core types the Octokit gateway applies.
 * Pipelines run against it in milliseconds, with no socket, process, retry or write pacing.
 *
 * Each call builds the REST path the gateway would request, so request counts, `byRoute` and
 * scenario fault rules read the same. Only faults that end an operation (an HTTP status the
 * Octokit client does not retry) can be expressed here: resets, rate limits and 5xx are the
 * HTTP layer's business and stay with the stand-in.
 */
import {
  filesOfArchive,
  refusedBeforeDownload,
  toArtifactInfo,
  type ApiArtifact,
  type ArtifactFilesResult,
  type ArtifactInfo,
  type ArtifactLimits
} from '../../src/github/artifacts.js'
import { newApiStats, routeOf, type ApiStats } from '../../src/github/client.js'
import {
  MAX_COMMITS_AHEAD,
  toCommitAuthor,
  toIssueInfo,
  toJobInfo,
  toRunInfo
} from '../../src/github/gateway.js'
import type {
  BranchInfo,
  BranchWithDate,
  CommitAuthor,
  IssueInfo,
  LabelEvent,
  WorkflowInfo
} from '../../src/github/gateway.js'
import { decodeTail, type LogResult } from '../../src/github/logs.js'
import type { GitHubPort, IssueChange, IssueComment, NewIssue, RunFilter } from '../../src/github/port.js'
import type { AnnotationInfo, JobInfo, RunInfo } from '../../src/types.js'
import type { FaultRule, ScenarioRepository } from '../scenario/types.js'
import { createFaultPlan, faultReply, type FaultPlan } from './faults.js'
import type { Site } from './model.js'
import { notFound, type Reply, type Route, type RouteContext } from './reply.js'
import { actionsRoutes } from './routes/actions.js'
import { serveArtifact, serveJobLog } from './routes/blob.js'
import { answerGraphql } from './routes/graphql.js'
import { issuesRoutes } from './routes/issues.js'
import { reposRoutes } from './routes/repos.js'
import { createState, findRepo, snapshotOf, type StandinState } from './state.js'

const ROUTES: Record<string, Route> = { ...actionsRoutes, ...reposRoutes, ...issuesRoutes }
const SITE: Site = { api: 'https://api.github.com', web: 'https://github.com' }
/** Statuses the gateway's client gives up on at once (its retry plugin's `doNotRetry`). */
const FINAL_STATUSES = new Set([400, 401, 403, 404, 410, 422, 451])
const PAGE_SIZE = 100

/** What the in-memory port throws: the shape of Octokit's RequestError that the shell reads. */
export class PortRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly request: { method: string; url: string },
    readonly response: { status: number; data: unknown; headers: Record<string, string> }
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

export interface InMemoryGitHubOptions {
  /** Fixed time stamped on what is created or changed (the scenario's `now`). */
  now?: string
  /** Scenario fault rules; each must be a status the client does not retry (see FINAL_STATUSES). */
  faults?: FaultRule[]
}

export interface InMemoryGitHub {
  /** The port of the first repository (others through `forRepository`). */
  port: GitHubPort
  state: StandinState
  /** Every write, in order, as the stand-in records them. */
  writes(): { method: string; path: string; body: unknown }[]
  snapshot: () => ReturnType<typeof snapshotOf>
}

export function createInMemoryGitHub(
  repositories: ScenarioRepository[],
  options: InMemoryGitHubOptions = {}
): InMemoryGitHub {
  for (const rule of options.faults ?? []) {
    const kind = rule.kind ?? 'status'
    if (kind !== 'status' || !FINAL_STATUSES.has(rule.status ?? 500))
      throw new Error(
        `the in-memory port cannot express fault ${JSON.stringify(rule)}: it is retried over HTTP (use the stand-in)`
      )
  }
  const state = createState(repositories, options.now)
  const shared: Shared = {
    state,
    stats: newApiStats(),
    faults: createFaultPlan(options.faults ?? []),
    writes: []
  }
  const [first] = repositories
  return {
    port: new InMemoryPort(shared, first.owner, first.name),
    state,
    writes: () => shared.writes.map(write => ({ ...write })),
    snapshot: () => snapshotOf(state)
  }
}

interface Shared {
  state: StandinState
  stats: ApiStats
  faults: FaultPlan
  writes: { method: string; path: string; body: unknown }[]
}

type Query = Record<string, string | number | boolean | undefined>

interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** Below /repos/{owner}/{repo}. */
  path: string
  operation: string
  params?: Record<string, string | number>
  query?: Query
  body?: unknown
}

class InMemoryPort implements GitHubPort {
  /** Lower-cased label names this port saw, like the gateway's cache (one listing per run). */
  private readonly knownLabels = new Set<string>()
  private labelsListed = false

  constructor(
    private readonly shared: Shared,
    readonly owner: string,
    readonly repo: string
  ) {}

  get stats(): ApiStats {
    return this.shared.stats
  }

  forRepository(owner: string, repo: string): GitHubPort {
    return new InMemoryPort(this.shared, owner, repo)
  }

  async defaultBranch(): Promise<string> {
    return this.get<{ default_branch: string }>('', 'repos/get').default_branch
  }

  async run(runId: number): Promise<RunInfo> {
    return toRunInfo(this.get(`/actions/runs/${runId}`, 'actions/get-workflow-run', { run_id: runId }))
  }

  async jobsForAttempt(runId: number, attempt: number, limit = 300): Promise<JobInfo[]> {
    const jobs = this.pages(
      {
        method: 'GET',
        path: `/actions/runs/${runId}/attempts/${attempt}/jobs`,
        operation: 'actions/list-jobs-for-workflow-run-attempt',
        params: { run_id: runId, attempt_number: attempt }
      },
      'jobs',
      limit
    )
    return jobs.map(job => toJobInfo(job as never)).slice(0, limit)
  }

  async logTail(jobId: number, maxBytes: number): Promise<LogResult> {
    let redirect: Reply
    try {
      redirect = this.send({
        method: 'GET',
        path: `/actions/jobs/${jobId}/logs`,
        operation: 'actions/download-job-logs-for-workflow-run',
        params: { job_id: jobId }
      })
    } catch (error) {
      const status = (error as PortRequestError).status
      if (status === 410 || status === 404)
        return { ok: false, reason: 'expired', detail: `the log is no longer available (HTTP ${status})` }
      return { ok: false, reason: 'unavailable', detail: `the log request failed (HTTP ${status})` }
    }
    this.count('GET', '{blob}')
    const blob = serveJobLog(
      this.shared.state,
      new URL(redirect.headers?.location ?? '', SITE.api),
      `bytes=-${maxBytes}`,
      false
    )
    if (blob.status >= 400 || !blob.raw) {
      const detail = `the log download failed twice: the log storage answered HTTP ${blob.status}`
      return { ok: false, reason: 'unavailable', detail }
    }
    const total = Number(/\/(\d+)$/.exec(blob.headers?.['content-range'] ?? '')?.[1] ?? blob.raw.length)
    return { ok: true, tail: decodeTail(blob.raw, blob.raw.length, total > blob.raw.length) }
  }

  async annotations(jobId: number): Promise<AnnotationInfo[]> {
    const annotations = this.get<
      {
        path: string
        start_line: number
        annotation_level: string | null
        message: string | null
        title: string | null
      }[]
    >(
      `/check-runs/${jobId}/annotations`,
      'checks/list-annotations',
      { check_run_id: jobId },
      { per_page: 50 }
    )
    return annotations.map(annotation => ({
      path: annotation.path,
      startLine: annotation.start_line,
      level: (annotation.annotation_level ?? 'notice') as AnnotationInfo['level'],
      message: annotation.message ?? '',
      title: annotation.title ?? undefined
    }))
  }

  async fileContent(path: string, ref?: string): Promise<string | null> {
    const content = this.orNullOn404(() =>
      this.get<{ type: string; content?: string } | unknown[]>(
        `/contents/${path}`,
        'repos/get-content',
        { path },
        { ref }
      )
    )
    if (!content || Array.isArray(content) || content.type !== 'file' || content.content === undefined)
      return null
    return Buffer.from(content.content, 'base64').toString('utf8')
  }

  async directory(path: string, ref?: string): Promise<{ path: string; size: number }[]> {
    const entries = this.orNullOn404(() =>
      this.get<{ type: string; path: string; size: number }[] | object>(
        `/contents/${path}`,
        'repos/get-content',
        { path },
        { ref }
      )
    )
    if (!Array.isArray(entries)) return []
    return entries
      .filter(entry => entry.type === 'file')
      .map(entry => ({ path: entry.path, size: entry.size }))
  }

  async workflows(): Promise<WorkflowInfo[]> {
    const workflows = this.pages(
      { method: 'GET', path: '/actions/workflows', operation: 'actions/list-repo-workflows' },
      'workflows'
    ) as { id: number; name: string; path: string; state: string }[]
    return workflows.map(({ id, name, path, state }) => ({ id, name, path, state }))
  }

  async workflowRuns(workflowId: number | string, filter: RunFilter): Promise<RunInfo[]> {
    const { workflow_runs } = this.get<{ workflow_runs: unknown[] }>(
      `/actions/workflows/${workflowId}/runs`,
      'actions/list-workflow-runs',
      { workflow_id: workflowId },
      {
        branch: filter.branch,
        status: filter.status,
        created: filter.createdSince ? `>=${filter.createdSince}` : undefined,
        per_page: filter.perPage
      }
    )
    return workflow_runs.map(run => toRunInfo(run as never))
  }

  async runsWithStatus(
    status: 'queued' | 'in_progress' | 'action_required',
    perPage = 100
  ): Promise<RunInfo[]> {
    const { workflow_runs } = this.get<{ workflow_runs: unknown[] }>(
      '/actions/runs',
      'actions/list-workflow-runs-for-repo',
      {},
      { status, per_page: perPage }
    )
    return workflow_runs.map(run => toRunInfo(run as never))
  }

  async rerunFailedJobs(runId: number): Promise<void> {
    this.send({
      method: 'POST',
      path: `/actions/runs/${runId}/rerun-failed-jobs`,
      operation: 'actions/re-run-workflow-failed-jobs',
      params: { run_id: runId }
    })
  }

  async runArtifacts(
    runId: number,
    options: { name?: string; limit?: number } = {}
  ): Promise<ArtifactInfo[]> {
    const limit = options.limit ?? 100
    const artifacts = this.pages(
      {
        method: 'GET',
        path: `/actions/runs/${runId}/artifacts`,
        operation: 'actions/list-workflow-run-artifacts',
        params: { run_id: runId },
        query: { name: options.name }
      },
      'artifacts',
      limit
    ) as ApiArtifact[]
    return artifacts.map(toArtifactInfo).slice(0, limit)
  }

  async artifactsNamed(name: string, limit = 100): Promise<ArtifactInfo[]> {
    const artifacts = this.pages(
      {
        method: 'GET',
        path: '/actions/artifacts',
        operation: 'actions/list-artifacts-for-repo',
        query: { name }
      },
      'artifacts',
      limit
    ) as ApiArtifact[]
    return artifacts.map(toArtifactInfo).slice(0, limit)
  }

  async artifactFiles(artifact: ArtifactInfo, limits: ArtifactLimits): Promise<ArtifactFilesResult> {
    const refused = refusedBeforeDownload(artifact, limits)
    if (refused) return refused
    let redirect: Reply
    try {
      redirect = this.send({
        method: 'GET',
        path: `/actions/artifacts/${artifact.id}/zip`,
        operation: 'actions/download-artifact',
        params: { artifact_id: artifact.id, archive_format: 'zip' }
      })
    } catch (error) {
      const status = (error as PortRequestError).status
      if (status === 410 || status === 404)
        return {
          ok: false,
          reason: 'expired',
          detail: `the artifact is no longer available (HTTP ${status})`
        }
      return { ok: false, reason: 'unavailable', detail: `the artifact download failed: HTTP ${status}` }
    }
    this.count('GET', '{blob}')
    const blob = serveArtifact(this.shared.state, new URL(redirect.headers?.location ?? '', SITE.api))
    if (blob.status >= 400 || !blob.raw) {
      return {
        ok: false,
        reason: blob.status === 404 || blob.status === 410 ? 'expired' : 'unavailable',
        detail: `the artifact storage answered HTTP ${blob.status}`
      }
    }
    if (blob.raw.length > limits.maxZipBytes)
      return {
        ok: false,
        reason: 'too-large',
        detail: `the archive is over the ${limits.maxZipBytes}-byte limit`
      }
    return filesOfArchive(blob.raw, limits)
  }

  async branch(name: string): Promise<BranchInfo | null> {
    const branch = this.orNullOn404(() =>
      this.get<{ name: string; protected: boolean; commit: { sha: string } }>(
        `/branches/${encodeURIComponent(name)}`,
        'repos/get-branch',
        { branch: name }
      )
    )
    return branch && { name: branch.name, protected: branch.protected, sha: branch.commit.sha }
  }

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
      data?: {
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
        } | null
      }
      errors?: { message: string }[]
    }
    const branches: BranchWithDate[] = []
    let cursor: string | null = null
    do {
      this.count('POST', '/graphql')
      const fault = this.shared.faults('POST', '/graphql')
      if (fault) throw requestError(faultReply(fault), 'POST', '/graphql')
      const body = { query, variables: { owner: this.owner, name: this.repo, cursor } }
      const page = answerGraphql(this.shared.state, body).reply.body as RefsPage
      if (!page.data?.repository) throw new Error(page.errors?.[0]?.message ?? 'GraphQL answered no data')
      const { refs } = page.data.repository
      for (const node of refs.nodes) {
        branches.push({
          name: node.name,
          protected: false,
          sha: node.target.oid ?? '',
          lastCommitDate: node.target.committedDate ?? null,
          lastCommitAuthor: node.target.author?.user?.login ?? node.target.author?.email ?? null
        })
      }
      cursor = refs.pageInfo.hasNextPage ? refs.pageInfo.endCursor : null
    } while (cursor && branches.length < limit)
    return branches.slice(0, limit)
  }

  async protectedBranches(): Promise<Set<string>> {
    const branches = this.pages({
      method: 'GET',
      path: '/branches',
      operation: 'repos/list-branches',
      query: { protected: true }
    }) as { name: string }[]
    return new Set(branches.map(branch => branch.name))
  }

  async commitsAhead(base: string, head: string): Promise<{ commits: CommitAuthor[]; total: number }> {
    const commits: CommitAuthor[] = []
    for (let page = 1; ; page++) {
      const data = this.get<{
        total_commits: number
        commits: {
          sha: string
          author: { login: string } | null
          commit: { author: { email?: string; date?: string } | null }
        }[]
      }>(
        `/compare/${base}...${head}`,
        'repos/compare-commits-with-basehead',
        { basehead: `${base}...${head}` },
        { per_page: 100, page }
      )
      commits.push(...data.commits.map(toCommitAuthor))
      const total = data.total_commits
      if (total > MAX_COMMITS_AHEAD || commits.length >= total || data.commits.length === 0)
        return { commits, total: Math.max(total, commits.length) }
    }
  }

  async openPullRequestsFor(branch: string): Promise<number[]> {
    const list = (query: Query) =>
      this.get<{ number: number }[]>('/pulls', 'pulls/list', {}, { state: 'open', per_page: 100, ...query })
    const from = list({ head: `${this.owner}:${branch}` })
    const into = list({ base: branch })
    return [...new Set([...from, ...into].map(pull => pull.number))]
  }

  async openPullRequestRefs(): Promise<Set<string>> {
    const pulls = this.pages({
      method: 'GET',
      path: '/pulls',
      operation: 'pulls/list',
      query: { state: 'open' }
    }) as { head: { ref: string; repo: { full_name: string } | null }; base: { ref: string } }[]
    const refs = new Set<string>()
    for (const pull of pulls) {
      if (pull.head.repo?.full_name === `${this.owner}/${this.repo}`) refs.add(pull.head.ref)
      refs.add(pull.base.ref)
    }
    return refs
  }

  async deleteBranch(name: string): Promise<void> {
    this.send({
      method: 'DELETE',
      path: `/git/refs/${encodeURIComponent(`heads/${name}`)}`,
      operation: 'git/delete-ref',
      params: { ref: `heads/${name}` }
    })
  }

  async issuesWithLabel(label: string, state: 'open' | 'closed' | 'all', limit = 1000): Promise<IssueInfo[]> {
    const issues = this.pages(
      {
        method: 'GET',
        path: '/issues',
        operation: 'issues/list-for-repo',
        query: { labels: label, state, sort: 'created', direction: 'desc' }
      },
      undefined,
      limit
    ) as { pull_request?: unknown }[]
    return issues
      .filter(issue => !issue.pull_request)
      .map(issue => this.sawLabels(toIssueInfo(issue as never)))
      .slice(0, limit)
  }

  async issue(number: number): Promise<IssueInfo> {
    return toIssueInfo(this.get(`/issues/${number}`, 'issues/get', { issue_number: number }))
  }

  async createIssue(issue: NewIssue): Promise<IssueInfo> {
    const created = this.send({ method: 'POST', path: '/issues', operation: 'issues/create', body: issue })
    return this.sawLabels(toIssueInfo(created.body as never))
  }

  async updateIssue(number: number, change: IssueChange): Promise<IssueInfo> {
    const { stateReason, ...rest } = change
    const updated = this.send({
      method: 'PATCH',
      path: `/issues/${number}`,
      operation: 'issues/update',
      params: { issue_number: number },
      body: { ...rest, ...(stateReason ? { state_reason: stateReason } : {}) }
    })
    return toIssueInfo(updated.body as never)
  }

  async comment(number: number, body: string): Promise<{ id: number; htmlUrl: string }> {
    const created = this.send({
      method: 'POST',
      path: `/issues/${number}/comments`,
      operation: 'issues/create-comment',
      params: { issue_number: number },
      body: { body }
    }).body as { id: number; html_url: string }
    return { id: created.id, htmlUrl: created.html_url }
  }

  async updateComment(commentId: number, body: string): Promise<{ id: number; htmlUrl: string }> {
    const updated = this.send({
      method: 'PATCH',
      path: `/issues/comments/${commentId}`,
      operation: 'issues/update-comment',
      params: { comment_id: commentId },
      body: { body }
    }).body as { id: number; html_url: string }
    return { id: updated.id, htmlUrl: updated.html_url }
  }

  async comments(number: number): Promise<IssueComment[]> {
    const comments = this.pages({
      method: 'GET',
      path: `/issues/${number}/comments`,
      operation: 'issues/list-comments',
      params: { issue_number: number }
    }) as { id: number; user: { login: string } | null; body?: string; created_at: string }[]
    return comments.map(comment => ({
      id: comment.id,
      user: comment.user?.login ?? '',
      body: comment.body ?? '',
      createdAt: comment.created_at
    }))
  }

  async labelEvents(number: number): Promise<LabelEvent[]> {
    const events = this.pages({
      method: 'GET',
      path: `/issues/${number}/events`,
      operation: 'issues/list-events',
      params: { issue_number: number }
    }) as {
      event: string
      label?: { name: string }
      actor: { login: string; type: string } | null
      created_at: string
    }[]
    return events
      .filter(event => event.event === 'labeled' || event.event === 'unlabeled')
      .map(event => ({
        event: event.event as 'labeled' | 'unlabeled',
        label: event.label?.name ?? '',
        actor: event.actor?.login ?? '',
        actorType: event.actor?.type ?? 'User',
        createdAt: event.created_at
      }))
  }

  async missingLabels(names: string[]): Promise<string[]> {
    if (!this.labelsListed) {
      const labels = this.pages({
        method: 'GET',
        path: '/labels',
        operation: 'issues/list-labels-for-repo'
      }) as { name: string }[]
      for (const label of labels) this.knownLabels.add(label.name.toLowerCase())
      this.labelsListed = true
    }
    return names.filter(name => !this.knownLabels.has(name.toLowerCase()))
  }

  async createLabel(label: { name: string; color: string; description: string }): Promise<void> {
    try {
      this.send({ method: 'POST', path: '/labels', operation: 'issues/create-label', body: label })
    } catch (error) {
      if ((error as PortRequestError).status !== 422) throw error
    }
    this.knownLabels.add(label.name.toLowerCase())
  }

  async colourLabel(label: { name: string; color: string; description: string }): Promise<void> {
    const { name, ...change } = label
    this.send({
      method: 'PATCH',
      path: `/labels/${encodeURIComponent(name)}`,
      operation: 'issues/update-label',
      params: { name },
      body: change
    })
    this.knownLabels.add(name.toLowerCase())
  }

  async permission(username: string): Promise<string> {
    const answer = this.orNullOn404(() =>
      this.get<{ role_name?: string; permission: string }>(
        `/collaborators/${encodeURIComponent(username)}/permission`,
        'repos/get-collaborator-permission-level',
        { username }
      )
    )
    return answer ? (answer.role_name ?? answer.permission) : 'none'
  }

  private sawLabels(issue: IssueInfo): IssueInfo {
    for (const label of issue.labels) this.knownLabels.add(label.toLowerCase())
    return issue
  }

  private get<T>(path: string, operation: string, params: Call['params'] = {}, query: Query = {}): T {
    return this.send({ method: 'GET', path, operation, params, query }).body as T
  }

  /** Every page of a listing (or until `limit` items), 100 at a time, as the gateway pages. */
  private pages(call: Call, key?: string, limit = Number.POSITIVE_INFINITY): unknown[] {
    const items: unknown[] = []
    for (let page = 1; ; page++) {
      const reply = this.send({ ...call, query: { ...call.query, per_page: PAGE_SIZE, page } })
      const body = reply.body as Record<string, unknown[]> | unknown[]
      items.push(...(key ? (body as Record<string, unknown[]>)[key] : (body as unknown[])))
      if (!/rel="next"/.test(reply.headers?.link ?? '') || items.length >= limit) return items
    }
  }

  private orNullOn404<T>(read: () => T): T | null {
    try {
      return read()
    } catch (error) {
      if ((error as PortRequestError).status === 404) return null
      throw error
    }
  }

  private count(method: string, route: string): void {
    const { stats } = this.shared
    stats.requests++
    if (method !== 'GET') stats.writes++
    const key = `${method} ${route}`
    stats.byRoute[key] = (stats.byRoute[key] ?? 0) + 1
  }

  /** One request through the stand-in's route handler; an error status is thrown like Octokit does. */
  private send(call: Call): Reply {
    const path = `/repos/${this.owner}/${this.repo}${call.path}`
    this.count(call.method, routeOf(path))
    if (call.method !== 'GET') this.shared.writes.push({ method: call.method, path, body: call.body })
    const fault = this.shared.faults(call.method, path)
    const repo = findRepo(this.shared.state, this.owner, this.repo)
    const handler = ROUTES[call.operation]
    if (!handler) throw new Error(`the stand-in serves no ${call.operation}`)
    const context: RouteContext = {
      state: this.shared.state,
      site: SITE,
      repo: repo!,
      params: stringValues({ owner: this.owner, repo: this.repo, ...call.params }),
      query: stringValues(call.query ?? {}),
      body: call.body === undefined ? undefined : structuredClone(call.body),
      path
    }
    const reply = fault ? faultReply(fault) : repo ? handler(context) : notFound()
    if (reply.status >= 400) throw requestError(reply, call.method, path)
    return reply
  }
}

/** Worded as Octokit words it: the message, then the documentation link. */
function requestError(reply: Reply, method: string, path: string): PortRequestError {
  const { message, documentation_url: docs } = (reply.body ?? {}) as {
    message?: string
    documentation_url?: string
  }
  return new PortRequestError(
    `${message ?? `HTTP ${reply.status}`}${docs ? ` - ${docs}` : ''}`,
    reply.status,
    { method, url: `${SITE.api}${path}` },
    { status: reply.status, data: reply.body, headers: reply.headers ?? {} }
  )
}

function stringValues(values: Record<string, string | number | boolean | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)])
  )
}
