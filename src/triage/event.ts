/**
 * What the triage action should do for the event that started it (DESIGN 3).
 * Pure: it reads only the trusted event payload GitHub wrote, and takes from it
 * identifiers only (run id, attempt, workflow path, branch, issue and comment ids).
 */
import { isFailedConclusion, type RunInfo } from '../types.js'

export class EventError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EventError'
  }
}

export interface RunReference {
  runId: number
  attempt: number | null
  conclusion: string | null
  workflowPath: string | null
  workflowName: string | null
  headBranch: string | null
  defaultBranch: string | null
}

/** What the pipeline needs to know of `run`, as the API describes it. */
export function runReference(run: RunInfo, defaultBranch: string | null = null): RunReference {
  return {
    runId: run.id,
    attempt: run.runAttempt,
    conclusion: run.conclusion,
    workflowPath: run.path,
    workflowName: run.name,
    headBranch: run.headBranch,
    defaultBranch
  }
}

export type TriageRoute =
  | { kind: 'triage'; run: RunReference }
  | { kind: 'resolve'; run: RunReference }
  | { kind: 'waiting'; run: RunReference }
  | { kind: 'ignore'; reason: string; run?: RunReference }
  /** workflow_dispatch / CLI: the run's conclusion is looked up through the API. */
  | { kind: 'lookup'; runId: number }
  | { kind: 'approval'; issueNumber: number; commentId: number; commenter: string; body: string }

const SUPPORTED_EVENTS = ['workflow_run', 'workflow_dispatch', 'issue_comment'] as const

const IGNORED = new Set(['cancelled', 'skipped', 'neutral', 'stale'])

export interface Self {
  /** Path of the workflow this action runs in (from GITHUB_WORKFLOW_REF), to avoid loops. */
  workflowPath: string | null
  /** Workflow names or paths the user asked to ignore. */
  ignoreWorkflows: string[]
  /** The `run-id` input. */
  runIdInput: number | null
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EventError(`The event payload has no ${where} object`)
  }
  return value as Record<string, unknown>
}

function positiveInteger(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new EventError(`The event payload's ${where} is not a positive whole number`)
  }
  return value
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

/** Stops `@ref` suffixes and leading `./` from defeating the self-loop check. */
function normaliseWorkflowPath(path: string): string {
  return path.split('@')[0].replace(/^\.\//, '')
}

export function routeEvent(eventName: string, payload: unknown, self: Self): TriageRoute {
  switch (eventName) {
    case 'workflow_run':
      return routeWorkflowRun(object(payload, 'top-level'), self)
    case 'workflow_dispatch': {
      const inputs =
        typeof payload === 'object' && payload !== null ? (payload as { inputs?: unknown }).inputs : undefined
      const fromPayload =
        typeof inputs === 'object' && inputs !== null
          ? (inputs as Record<string, unknown>)['run-id']
          : undefined
      const runId =
        self.runIdInput ??
        (typeof fromPayload === 'string' && /^\d+$/.test(fromPayload) ? Number(fromPayload) : null)
      if (runId === null) {
        throw new EventError("workflow_dispatch needs the run to triage: set the 'run-id' input")
      }
      return { kind: 'lookup', runId }
    }
    case 'issue_comment': {
      const body = object(payload, 'top-level')
      if (body.action !== 'created')
        return { kind: 'ignore', reason: `issue_comment ${String(body.action)} is not a new comment` }
      const issue = object(body.issue, 'issue')
      if (issue.pull_request) return { kind: 'ignore', reason: 'comments on pull requests are not approvals' }
      const comment = object(body.comment, 'comment')
      const user = object(comment.user, 'comment.user')
      const text = typeof comment.body === 'string' ? comment.body : ''
      if (!/^\s*\/triage\s+approve\b/m.test(text))
        return { kind: 'ignore', reason: 'the comment has no /triage approve command' }
      if (user.type === 'Bot') return { kind: 'ignore', reason: 'approvals from bots are not accepted' }
      return {
        kind: 'approval',
        issueNumber: positiveInteger(issue.number, 'issue.number'),
        commentId: positiveInteger(comment.id, 'comment.id'),
        commenter: optionalString(user.login) ?? '',
        body: text
      }
    }
    default:
      throw new EventError(
        `workflow-triage does not handle the '${eventName}' event; run it on ${SUPPORTED_EVENTS.join(', ')}`
      )
  }
}

function routeWorkflowRun(payload: Record<string, unknown>, self: Self): TriageRoute {
  const run = object(payload.workflow_run, 'workflow_run')
  const repository =
    typeof payload.repository === 'object' && payload.repository !== null ? payload.repository : {}
  const reference: RunReference = {
    runId: positiveInteger(run.id, 'workflow_run.id'),
    attempt: typeof run.run_attempt === 'number' ? run.run_attempt : null,
    conclusion: optionalString(run.conclusion),
    workflowPath: optionalString(run.path),
    workflowName: optionalString(run.name),
    headBranch: optionalString(run.head_branch),
    defaultBranch: optionalString((repository as Record<string, unknown>).default_branch)
  }
  if (payload.action !== undefined && payload.action !== 'completed') {
    return {
      kind: 'ignore',
      reason: `workflow_run ${String(payload.action)}: only completed runs are triaged`,
      run: reference
    }
  }
  const path = reference.workflowPath ? normaliseWorkflowPath(reference.workflowPath) : null
  if (path && self.workflowPath && path === normaliseWorkflowPath(self.workflowPath)) {
    return { kind: 'ignore', reason: 'the run is of the workflow this action runs in', run: reference }
  }
  const ignored = self.ignoreWorkflows.find(entry => entry === reference.workflowName || entry === path)
  if (ignored)
    return { kind: 'ignore', reason: `the workflow '${ignored}' is in ignore-workflows`, run: reference }
  return routeConclusion(reference)
}

/** The same decision for a run looked up through the API (workflow_dispatch, CLI). */
export function routeConclusion(run: RunReference): TriageRoute {
  const conclusion = run.conclusion ?? ''
  if (isFailedConclusion(conclusion)) return { kind: 'triage', run }
  if (conclusion === 'success') return { kind: 'resolve', run }
  if (conclusion === 'action_required') return { kind: 'waiting', run }
  if (IGNORED.has(conclusion)) return { kind: 'ignore', reason: `the run was ${conclusion}`, run }
  if (conclusion === '') return { kind: 'ignore', reason: 'the run has not completed', run }
  return { kind: 'ignore', reason: `the conclusion '${conclusion}' is not triaged`, run }
}
