/**
 * GitHub Actions routes: workflows, runs, attempts, jobs, job logs, re-runs, artifacts,
 * check-run annotations.
 */
import { createHmac } from 'node:crypto'
import type { ScenarioJob, ScenarioRun } from '../../scenario/types.js'
import * as model from '../model.js'
import {
  error,
  json,
  notFound,
  pagedCollection,
  pagedList,
  type Reply,
  type Route,
  type RouteContext
} from '../reply.js'
import {
  allArtifacts,
  archiveOf,
  findArtifact,
  findJob,
  jobsOfAttempt,
  latestAttempt,
  logOf,
  maxJobId,
  type ArtifactLocation,
  type RepoState
} from '../state.js'

/** Signs blob URLs so a test sees a client that builds the URL itself instead of following Location. */
const BLOB_SECRET = 'workflow-triage-standin'
export const JOB_LOG_BLOB_PREFIX = '/_blob/job-logs/'
export const ARTIFACT_BLOB_PREFIX = '/_blob/artifacts/'

/** `key`: a job id (its log) or `artifact:<id>`. */
export function blobSignature(repository: string, key: number | string): string {
  return createHmac('sha256', BLOB_SECRET).update(`${repository}#${key}`).digest('base64url')
}

function findWorkflow(repo: RepoState, idOrFile: string) {
  return repo.scenario.workflows.find(
    workflow => String(workflow.id) === idOrFile || workflow.path.split('/').pop() === idOrFile
  )
}

function runJson(context: RouteContext, run: ScenarioRun, attempt = latestAttempt(run)) {
  const { repo, site } = context
  const scenario = repo.scenario
  const workflow = scenario.workflows.find(candidate => candidate.id === run.workflowId)
  const headCommit = scenario.branches
    .flatMap(branch => branch.commits)
    .find(commit => commit.sha === run.headSha)
  const pullRequests = (scenario.pullRequests ?? []).filter(pull => run.pullRequests?.includes(pull.number))
  return model.workflowRun(site, scenario, run, { workflow, headCommit, pullRequests, attempt })
}

function jobJson(context: RouteContext, run: ScenarioRun, job: ScenarioJob, attempt: number) {
  const workflow = context.repo.scenario.workflows.find(candidate => candidate.id === run.workflowId)
  return model.job(context.site, context.repo.scenario, run, job, {
    attempt,
    workflowName: workflow?.name ?? null
  })
}

/** GitHub's `created` filter: `2024-01-01`, `>=2024-01-01`, `<2024-01-01T10:00:00Z`, `a..b`. */
export function createdFilter(expression: string | undefined): (createdAt: string) => boolean {
  if (!expression) return () => true
  const range = /^(.+)\.\.(.+)$/.exec(expression)
  if (range) {
    const [from, to] = [bound(range[1], 'start'), bound(range[2], 'end')]
    return createdAt => Date.parse(createdAt) >= from && Date.parse(createdAt) <= to
  }
  const comparison = /^(>=|<=|>|<)(.+)$/.exec(expression)
  if (comparison) {
    const [, operator, value] = comparison
    // A bare date covers its whole day: `>2024-01-01` starts after it, `<=2024-01-01` includes it.
    const limit = bound(value, operator === '>' || operator === '<=' ? 'end' : 'start')
    return createdAt => {
      const time = Date.parse(createdAt)
      if (operator === '>') return time > limit
      if (operator === '>=') return time >= limit
      if (operator === '<') return time < limit
      return time <= limit
    }
  }
  const [from, to] = [bound(expression, 'start'), bound(expression, 'end')]
  return createdAt => Date.parse(createdAt) >= from && Date.parse(createdAt) <= to
}

/** A date alone means the whole day: its first or its last millisecond. */
function bound(value: string, side: 'start' | 'end'): number {
  const trimmed = value.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    return Date.parse(`${trimmed}T${side === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`)
  }
  return Date.parse(trimmed)
}

function filteredRuns(context: RouteContext, runs: ScenarioRun[]): ScenarioRun[] {
  const { branch, status, event, actor, head_sha: headSha, created } = context.query
  const inCreated = createdFilter(created)
  return (
    runs
      .filter(run => !branch || run.headBranch === branch)
      // `status` takes a status or a conclusion, as on GitHub.
      .filter(run => !status || run.status === status || run.conclusion === status)
      .filter(run => !event || run.event === event)
      .filter(run => !actor || run.actor === actor)
      .filter(run => !headSha || run.headSha === headSha)
      .filter(run => inCreated(run.createdAt))
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)
  )
}

function findRun(context: RouteContext): ScenarioRun | undefined {
  return context.repo.scenario.runs.find(run => String(run.id) === context.params.run_id)
}

const listRepoWorkflows: Route = context =>
  pagedCollection(
    context,
    'workflows',
    context.repo.scenario.workflows.map(workflow =>
      model.workflow(context.site, context.repo.scenario, workflow)
    )
  )

const getWorkflow: Route = context => {
  const workflow = findWorkflow(context.repo, context.params.workflow_id)
  return workflow ? json(model.workflow(context.site, context.repo.scenario, workflow)) : notFound()
}

const listWorkflowRuns: Route = context => {
  const workflow = findWorkflow(context.repo, context.params.workflow_id)
  if (!workflow) return notFound()
  const runs = context.repo.scenario.runs.filter(run => run.workflowId === workflow.id)
  return pagedCollection(
    context,
    'workflow_runs',
    filteredRuns(context, runs).map(run => runJson(context, run))
  )
}

const listRepoRuns: Route = context =>
  pagedCollection(
    context,
    'workflow_runs',
    filteredRuns(context, context.repo.scenario.runs).map(run => runJson(context, run))
  )

const getRun: Route = context => {
  const run = findRun(context)
  return run ? json(runJson(context, run)) : notFound()
}

const getRunAttempt: Route = context => {
  const run = findRun(context)
  const attempt = Number(context.params.attempt_number)
  if (!run || !jobsOfAttempt(run, attempt)) return notFound()
  return json(runJson(context, run, attempt))
}

const listRunJobs: Route = context => {
  const run = findRun(context)
  if (!run) return notFound()
  const latest = latestAttempt(run)
  const attempts =
    context.query.filter === 'all' ? Array.from({ length: latest }, (_, index) => latest - index) : [latest]
  const jobs = attempts.flatMap(attempt =>
    (jobsOfAttempt(run, attempt) ?? []).map(job => jobJson(context, run, job, attempt))
  )
  return pagedCollection(context, 'jobs', jobs)
}

const listAttemptJobs: Route = context => {
  const run = findRun(context)
  const attempt = Number(context.params.attempt_number)
  const jobs = run && jobsOfAttempt(run, attempt)
  if (!run || !jobs) return notFound()
  return pagedCollection(
    context,
    'jobs',
    jobs.map(job => jobJson(context, run, job, attempt))
  )
}

const getJob: Route = context => {
  const location = findJob(context.repo.scenario, Number(context.params.job_id))
  return location ? json(jobJson(context, location.run, location.job, location.attempt)) : notFound()
}

const downloadJobLogs: Route = context => {
  const location = findJob(context.repo.scenario, Number(context.params.job_id))
  if (!location) return notFound()
  if (location.job.logExpired) {
    return location.job.logExpired === 410
      ? error(410, 'Logs have expired and are no longer available.')
      : notFound()
  }
  if (!logOf(location)) return notFound()
  const repository = `${context.repo.scenario.owner}/${context.repo.scenario.name}`
  const query = new URLSearchParams({ repository, sig: blobSignature(repository, location.job.id) })
  return {
    status: 302,
    headers: { location: `${context.site.api}${JOB_LOG_BLOB_PREFIX}${location.job.id}?${query}` }
  }
}

function artifactJson(context: RouteContext, location: ArtifactLocation) {
  return model.artifact(context.site, context.repo.scenario, location.run, location.artifact, {
    id: location.id,
    archive: archiveOf(location.artifact)
  })
}

const listRunArtifacts: Route = context => {
  const run = findRun(context)
  if (!run) return notFound()
  const { name } = context.query
  const artifacts = allArtifacts(context.repo.scenario)
    .filter(location => location.run === run && (!name || location.artifact.name === name))
    .map(location => artifactJson(context, location))
  return pagedCollection(context, 'artifacts', artifacts)
}

const listRepoArtifacts: Route = context => {
  const { name } = context.query
  const artifacts = allArtifacts(context.repo.scenario)
    .filter(location => !name || location.artifact.name === name)
    .map(location => artifactJson(context, location))
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id)
  return pagedCollection(context, 'artifacts', artifacts)
}

const downloadArtifact: Route = context => {
  const location = findArtifact(context.repo.scenario, Number(context.params.artifact_id))
  if (!location || context.params.archive_format !== 'zip') return notFound()
  if (location.artifact.expired) return error(410, 'Artifact has expired')
  const repository = `${context.repo.scenario.owner}/${context.repo.scenario.name}`
  const query = new URLSearchParams({ repository, sig: blobSignature(repository, `artifact:${location.id}`) })
  return {
    status: 302,
    headers: { location: `${context.site.api}${ARTIFACT_BLOB_PREFIX}${location.id}?${query}` }
  }
}

const FAILED = new Set(['failure', 'timed_out', 'cancelled', 'startup_failure'])

/**
 * A re-run starts a new attempt, as on GitHub: the finished jobs move to `previousAttempts`,
 * the re-run ones come back queued with fresh ids (kept ones keep their result).
 */
function rerun(context: RouteContext, kind: 'rerun' | 'rerun-failed-jobs'): Reply {
  const run = findRun(context)
  if (!run) return notFound()
  if (run.status !== 'completed') return error(403, 'This workflow is already running')
  const jobs = run.jobs ?? []
  if (kind === 'rerun-failed-jobs' && !jobs.some(job => job.conclusion && FAILED.has(job.conclusion))) {
    return error(403, 'This workflow run has no failed jobs to re-run')
  }
  let nextJobId = maxJobId(context.repo.scenario)
  const attempt = latestAttempt(run)
  const now = context.state.now()
  run.previousAttempts = { ...run.previousAttempts, [String(attempt)]: jobs }
  run.jobs = jobs.map(job => {
    nextJobId += 1
    const again = kind === 'rerun' || (job.conclusion !== null && FAILED.has(job.conclusion))
    if (!again) return { ...job, id: nextJobId }
    return {
      id: nextJobId,
      name: job.name,
      status: 'queued',
      conclusion: null,
      labels: job.labels,
      steps: []
    }
  })
  run.runAttempt = attempt + 1
  run.status = 'queued'
  run.conclusion = null
  run.updatedAt = now
  run.runStartedAt = now
  context.repo.reruns.push({ runId: run.id, kind })
  return json({}, 201)
}

const listAnnotations: Route = context => {
  const location = findJob(context.repo.scenario, Number(context.params.check_run_id))
  if (!location) return notFound()
  const annotations = (location.job.annotations ?? []).map(annotation =>
    model.checkAnnotation(context.site, context.repo.scenario, location.run.headSha, annotation)
  )
  return pagedList(context, annotations)
}

export const actionsRoutes: Record<string, Route> = {
  'actions/list-repo-workflows': listRepoWorkflows,
  'actions/get-workflow': getWorkflow,
  'actions/list-workflow-runs': listWorkflowRuns,
  'actions/list-workflow-runs-for-repo': listRepoRuns,
  'actions/get-workflow-run': getRun,
  'actions/get-workflow-run-attempt': getRunAttempt,
  'actions/list-jobs-for-workflow-run': listRunJobs,
  'actions/list-jobs-for-workflow-run-attempt': listAttemptJobs,
  'actions/get-job-for-workflow-run': getJob,
  'actions/download-job-logs-for-workflow-run': downloadJobLogs,
  'actions/re-run-workflow': context => rerun(context, 'rerun'),
  'actions/re-run-workflow-failed-jobs': context => rerun(context, 'rerun-failed-jobs'),
  'actions/list-workflow-run-artifacts': listRunArtifacts,
  'actions/list-artifacts-for-repo': listRepoArtifacts,
  'actions/download-artifact': downloadArtifact,
  'checks/list-annotations': listAnnotations
}
