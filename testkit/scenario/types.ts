/**
 * The scenario format: one repository as the local GitHub stand-in serves it, the
 * event that starts the action, the action's inputs, and the faults to inject.
 * docs/scenarios.md documents it; testkit/scenario/schema.json is the JSON Schema
 * (kept in step with these types by a test).
 *
 * Times are ISO-8601 strings. Ids are numbers chosen by the author; the stand-in
 * assigns ids for anything created at run time (issues, comments, labels).
 */

export interface Scenario {
  /** Human description shown by the runner. */
  description?: string
  /** Which bundle to run when the command line does not say. */
  action: 'triage' | 'health-check'
  /** The repository, or several for the health check's `repositories` input. */
  repository: ScenarioRepository
  extraRepositories?: ScenarioRepository[]
  /** The event that starts the action: name and payload (GITHUB_EVENT_NAME / _PATH). */
  event: { name: string; payload: Record<string, unknown> }
  /** Action inputs by their action.yml names (with hyphens); unset inputs take action.yml defaults. */
  inputs?: Record<string, string>
  /** Extra environment for the action process (e.g. GITHUB_RUN_ID of the triage run itself). */
  env?: Record<string, string>
  /** Fixed "now" for the action (WORKFLOW_TRIAGE_NOW), so ages and durations are reproducible. */
  now?: string
  /** Files present in the workspace checkout (GITHUB_WORKSPACE), path -> content. */
  workspace?: Record<string, string>
  /** Faults the GitHub stand-in injects. */
  faults?: FaultRule[]
  /** Latency the GitHub stand-in adds to every response, in milliseconds. */
  latencyMs?: number
  /** How the OpenAI stand-in answers, when the scenario turns AI on. */
  openai?: OpenAiScript
  /** Webhook receivers to start (Slack-style and generic); their URLs are passed as inputs. */
  webhooks?: { slack?: boolean; generic?: boolean; failWith?: number }
  /** The artifact backend answers every CreateArtifact with this status (use a 4xx: 5xx is retried for 30 s). */
  artifacts?: { failWith?: number }
}

export interface ScenarioRepository {
  owner: string
  name: string
  defaultBranch: string
  private?: boolean
  workflows: ScenarioWorkflow[]
  runs: ScenarioRun[]
  branches: ScenarioBranch[]
  pullRequests?: ScenarioPullRequest[]
  issues?: ScenarioIssue[]
  labels?: { name: string; color: string; description?: string }[]
  /** login -> permission, for the approval command. */
  collaborators?: Record<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'>
}

export interface ScenarioWorkflow {
  id: number
  name: string
  /** `.github/workflows/<file>` */
  path: string
  state?: 'active' | 'disabled_inactivity' | 'disabled_manually'
  /** The YAML served at the default branch (and at every sha unless `contentAt` says otherwise). */
  content: string
  /** Content at specific commit shas. */
  contentAt?: Record<string, string>
}

export interface ScenarioRun {
  id: number
  workflowId: number
  headBranch: string
  headSha: string
  event: string
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
  conclusion:
    | 'success'
    | 'failure'
    | 'cancelled'
    | 'skipped'
    | 'timed_out'
    | 'action_required'
    | 'startup_failure'
    | 'neutral'
    | 'stale'
    | null
  runAttempt?: number
  runNumber?: number
  createdAt: string
  runStartedAt?: string
  updatedAt: string
  actor?: string
  /**
   * `owner/name` of the repository the run's head commit comes from; default the repository
   * itself. Another repository is a fork: served as `head_repository` with `fork: true` and,
   * as GitHub does, with no `pull_requests`.
   */
  headRepository?: string
  /** Numbers of pull requests GitHub associates with the run. */
  pullRequests?: number[]
  jobs?: ScenarioJob[]
  /** Earlier attempts' jobs, by attempt number (the top-level `jobs` are the latest attempt). */
  previousAttempts?: Record<string, ScenarioJob[]>
  /** Artifacts the run uploaded (listed and downloaded as zip archives). */
  artifacts?: ScenarioArtifact[]
}

export interface ScenarioArtifact {
  /** Default: the run id times 1000 plus the artifact's position (from 1). */
  id?: number
  name: string
  /** The archive's files, path -> text; the stand-in zips them. */
  files?: Record<string, string>
  /** Or the archive's bytes as given, in base64 (a malformed or hostile archive). */
  zipBase64?: string
  /** The size the listings report; default the archive's real size. */
  sizeInBytes?: number
  /** Listed with `expired: true`; its download answers 410. */
  expired?: boolean
  /** Default: the run's `updatedAt`. */
  createdAt?: string
}

export interface ScenarioJob {
  id: number
  name: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | null
  startedAt?: string
  completedAt?: string
  labels?: string[]
  steps?: { name: string; number: number; status: string; conclusion: string | null }[]
  /** Log text. */
  log?: string
  /** Or a log file path relative to the scenario file. */
  logFile?: string
  /** Or a generated log: `size` bytes of realistic filler ending with `tail`. */
  logGenerated?: { sizeBytes: number; tail: string }
  /** A log that has expired: the logs endpoint answers 410 (or 404). */
  logExpired?: 404 | 410
  /** The blob's Content-Type (default text/plain); octet-stream makes Octokit hand back an ArrayBuffer. */
  logContentType?: 'text/plain' | 'application/octet-stream'
  annotations?: {
    path: string
    startLine: number
    level: 'notice' | 'warning' | 'failure'
    message: string
    title?: string
  }[]
}

export interface ScenarioBranch {
  name: string
  protected?: boolean
  /** Commits on this branch that are not on the default branch, oldest first. */
  commits: ScenarioCommit[]
  /** The branch head sha; defaults to the last commit's sha. */
  sha?: string
}

export interface ScenarioCommit {
  sha: string
  message: string
  /** GitHub login of the author, or null for an unlinked email. */
  author: string | null
  authorEmail?: string
  date: string
}

export interface ScenarioPullRequest {
  number: number
  title: string
  head: string
  base: string
  state: 'open' | 'closed'
  user?: string
  /** Comments on the pull request's conversation (issue comments, as on GitHub). */
  comments?: { user: string; body: string; createdAt?: string }[]
}

export interface ScenarioIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  labels: string[]
  assignees?: string[]
  createdAt?: string
  comments?: { user: string; body: string; createdAt?: string }[]
  user?: string
  /** Label events by people (for "a human changed the priority"). */
  labelEvents?: { event: 'labeled' | 'unlabeled'; label: string; actor: string; createdAt: string }[]
}

/**
 * A fault: for requests whose method and path match, answer with `status` (and
 * `retryAfter` seconds), reset the connection, or fail the 302 blob target,
 * for the first `times` matches (default: every match).
 */
export interface FaultRule {
  /** HTTP method, or `*`. */
  method?: string
  /** Regular expression tested against the request path (without query). */
  path: string
  status?: number
  retryAfter?: number
  /** `reset`: destroy the socket; `reset-mid-body`: send half the body then destroy. */
  kind?: 'status' | 'reset' | 'reset-mid-body' | 'secondary-rate-limit'
  times?: number
  /** Only after this many matching requests went through. */
  after?: number
}

export interface OpenAiScript {
  /**
   * `answer`: reply with `answer` as the JSON content; `malformed`: reply with text
   * that is not JSON; `timeout`: never answer; `error`: HTTP 500; `refusal`: a
   * refusal message; `echo-log`: obey whatever the log asks (a hostile model).
   */
  mode: 'answer' | 'malformed' | 'timeout' | 'error' | 'refusal' | 'echo-log'
  answer?: Record<string, unknown>
}

/** What the runner writes to `<out>/state.json` after the action exits. */
export interface ScenarioResult {
  action: 'triage' | 'health-check'
  exitCode: number
  /** The runner killed the action at its time limit (exitCode is then 137). */
  timedOut?: boolean
  outputs: Record<string, string>
  stepSummary: string
  /** `::error file=...,line=...::msg` style annotations the action printed. */
  annotations: {
    level: string
    message: string
    file?: string
    line?: number
    col?: number
    title?: string
  }[]
  stdout: string
  stderr: string
  issues: {
    number: number
    title: string
    body: string
    state: string
    labels: string[]
    assignees: string[]
    comments: { user: string; body: string }[]
  }[]
  /** Pull requests of the scenario with the comments on their conversation after the run. */
  pullRequests: { number: number; comments: { id: number; user: string; body: string }[] }[]
  deletedRefs: { ref: string; sha: string }[]
  reruns: { runId: number; kind: 'rerun' | 'rerun-failed-jobs' }[]
  /** Every non-GET request the stand-in received, in order. */
  writes: { method: string; path: string; body: unknown }[]
  /** Every request, for counting. */
  requestCount: number
  /** OpenAPI violations the stand-in saw (a test fails on any). */
  violations: string[]
  /** Files of the uploaded artifact(s): name -> file path -> content (text) */
  artifacts: Record<string, Record<string, string>>
  /** Requests received by the OpenAI and webhook stand-ins. */
  openaiRequests: unknown[]
  webhookRequests: { url: string; body: unknown }[]
  durationMs: number
}
