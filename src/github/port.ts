import type { AnnotationInfo, JobInfo, RunInfo } from '../types.js'
import type { ArtifactFilesResult, ArtifactInfo, ArtifactLimits } from './artifacts.js'
import type { ApiStats } from './client.js'
import type {
  BranchInfo,
  BranchWithDate,
  CommitAuthor,
  IssueInfo,
  LabelEvent,
  WorkflowInfo
} from './gateway.js'
import type { LogResult } from './logs.js'

export interface NewIssue {
  title: string
  body: string
  labels: string[]
  assignees: string[]
}

export interface IssueChange {
  title?: string
  body?: string
  state?: 'open' | 'closed'
  labels?: string[]
  stateReason?: 'completed' | 'not_planned'
}

export interface RunFilter {
  branch?: string
  status?: 'completed' | 'success' | 'failure'
  perPage: number
  createdSince?: string
}

export interface IssueComment {
  id: number
  user: string
  body: string
  createdAt: string
}

/**
 * The GitHub operations the triage and health-check pipelines use, and nothing else. The
 * actions and the CLI pass the Octokit gateway; tests pass an in-memory repository, so the
 * pipelines run in-process. Failures are thrown as errors carrying the HTTP `status`.
 */
export interface GitHubPort {
  readonly owner: string
  readonly repo: string
  /** Requests made so far (retries, pages and the log download included), for budgets and reports. */
  readonly stats: ApiStats
  /** Another repository through the same connection and counters. */
  forRepository(owner: string, repo: string): GitHubPort

  defaultBranch(): Promise<string>
  run(runId: number): Promise<RunInfo>
  jobsForAttempt(runId: number, attempt: number, limit?: number): Promise<JobInfo[]>
  /** An expired or unreadable log is a result, not an error. */
  logTail(jobId: number, maxBytes: number): Promise<LogResult>
  annotations(jobId: number): Promise<AnnotationInfo[]>
  /** null when the file does not exist at the ref. */
  fileContent(path: string, ref?: string): Promise<string | null>
  directory(path: string, ref?: string): Promise<{ path: string; size: number }[]>
  workflows(): Promise<WorkflowInfo[]>
  workflowRuns(workflowId: number | string, filter: RunFilter): Promise<RunInfo[]>
  runsWithStatus(status: 'queued' | 'in_progress' | 'action_required', perPage?: number): Promise<RunInfo[]>
  rerunFailedJobs(runId: number): Promise<void>
  /** A run's artifacts (at most `limit`, default 100), only those named `name` when given. */
  runArtifacts(runId: number, options?: { name?: string; limit?: number }): Promise<ArtifactInfo[]>
  /** The repository's artifacts named `name` (exactly), newest first, each with the run that uploaded it. */
  artifactsNamed(name: string, limit?: number): Promise<ArtifactInfo[]>
  /**
   * The files of an artifact whose base names match `limits.fileNames`, read within `limits`
   * (nothing is downloaded when the listing's size is over them). Expired, oversized or
   * malformed archives are a result, not an error.
   */
  artifactFiles(artifact: ArtifactInfo, limits: ArtifactLimits): Promise<ArtifactFilesResult>

  /** null when there is no such branch. */
  branch(name: string): Promise<BranchInfo | null>
  branchesWithDates(limit?: number): Promise<BranchWithDate[]>
  protectedBranches(): Promise<Set<string>>
  /** Authors of the commits ahead, paged, and how many there are (reading stops past MAX_COMMITS_AHEAD). */
  commitsAhead(base: string, head: string): Promise<{ commits: CommitAuthor[]; total: number }>
  openPullRequestsFor(branch: string): Promise<number[]>
  openPullRequestRefs(): Promise<Set<string>>
  deleteBranch(name: string): Promise<void>

  issuesWithLabel(label: string, state: 'open' | 'closed' | 'all', limit?: number): Promise<IssueInfo[]>
  issue(number: number): Promise<IssueInfo>
  createIssue(issue: NewIssue): Promise<IssueInfo>
  updateIssue(number: number, change: IssueChange): Promise<IssueInfo>
  comment(number: number, body: string): Promise<{ id: number; htmlUrl: string }>
  /** Edits a comment the token wrote (the pull-request comment, updated in place). */
  updateComment(commentId: number, body: string): Promise<{ id: number; htmlUrl: string }>
  comments(number: number): Promise<IssueComment[]>
  labelEvents(number: number): Promise<LabelEvent[]>
  /** Names among `names` that are not labels of the repository. */
  missingLabels(names: string[]): Promise<string[]>
  /** Creating a label that exists already is not an error. */
  createLabel(label: { name: string; color: string; description: string }): Promise<void>
  /** Gives a label GitHub created grey (on first use) its colour and description. */
  colourLabel(label: { name: string; color: string; description: string }): Promise<void>
  /** `admin`, `maintain`, `write`, `triage`, `read` or `none`. */
  permission(username: string): Promise<string>
}
