import { redactSecrets } from '../classify/redact.js'
import { oneLine } from '../text/console.js'
import type { GitHubPort } from '../github/port.js'
import { isFailedConclusion, type AnnotationInfo, type JobInfo, type RunInfo } from '../types.js'
import { isFromOtherRepository, ownRuns } from '../safety/provenance.js'
import { failingStepCommand } from './reproduce.js'

export interface FailedJobEvidence {
  job: JobInfo
  /** Name of the first failed step, if GitHub recorded one. */
  failedStep: string | null
  /** The log tail, or null when it could not be read (then `logProblem` says why). */
  log: string | null
  logProblem: string | null
  logTruncated: boolean
  /** Read only when the log is missing: annotations outlive logs. */
  annotations: AnnotationInfo[]
  /** The failing step's `run:` command at the run's sha. */
  reproduce: string | null
}

export interface Evidence {
  run: RunInfo
  defaultBranch: string
  jobs: JobInfo[]
  failedJobs: FailedJobEvidence[]
  /** Failed jobs beyond the collection limit (not examined). */
  skippedFailedJobs: number
  /**
   * Recent runs of the same workflow on the same branch, newest first: the repository's own
   * runs only (a fork's branch of the same name is another branch).
   */
  history: RunInfo[]
  /** Problems met while collecting (reported, never fatal on their own). */
  problems: string[]
}

interface CollectOptions {
  maxFailedJobs: number
  maxLogBytes: number
  /** The default branch when the event payload already said it (saves a request). */
  defaultBranch: string | null
  /** How many jobs of a run are read at most. */
  maxJobs?: number
}

/**
 * Gathers a failed run's evidence with independent requests in parallel: jobs,
 * history, the workflow file at the run's sha, then each failed job's log tail
 * (annotations only when the log is gone).
 */
export async function collectEvidence(
  gateway: GitHubPort,
  run: RunInfo,
  options: CollectOptions
): Promise<Evidence> {
  const problems: string[] = []
  const repository = `${gateway.owner}/${gateway.repo}`
  // A fork's workflow file is the fork author's text: the command shown to reproduce the
  // failure comes from the repository's own default branch instead.
  const workflowRef = isFromOtherRepository(run, repository) ? undefined : run.headSha
  const [defaultBranch, jobs, runs, workflowYaml] = await Promise.all([
    options.defaultBranch ?? gateway.defaultBranch(),
    gateway.jobsForAttempt(run.id, run.runAttempt, options.maxJobs ?? 300),
    gateway.workflowRuns(run.workflowId, { branch: run.headBranch, perPage: 30 }).catch((error: unknown) => {
      problems.push(`run history unavailable: ${message(error)}`)
      return [] as RunInfo[]
    }),
    gateway.fileContent(run.path, workflowRef).catch((error: unknown) => {
      problems.push(`workflow file unavailable: ${message(error)}`)
      return null
    })
  ])
  const history = ownRuns(runs, repository)
  const failed = jobs.filter(job => isFailedConclusion(job.conclusion))
  const examined = failed.slice(0, options.maxFailedJobs)
  const failedJobs = await Promise.all(
    examined.map(job => collectJob(gateway, job, workflowYaml, options.maxLogBytes, problems))
  )
  return {
    run,
    defaultBranch,
    jobs: jobs.map(redactNames),
    failedJobs,
    skippedFailedJobs: failed.length - examined.length,
    history,
    problems
  }
}

async function collectJob(
  gateway: GitHubPort,
  job: JobInfo,
  workflowYaml: string | null,
  maxLogBytes: number,
  problems: string[]
): Promise<FailedJobEvidence> {
  const failedStep = job.steps.find(step => isFailedConclusion(step.conclusion))?.name ?? null
  const command = workflowYaml ? failingStepCommand(workflowYaml, job.name, failedStep) : null
  const reproduce = command && redactSecrets(command)
  const result = await gateway
    .logTail(job.id, maxLogBytes)
    .catch((error: unknown) => ({ ok: false, reason: 'unavailable', detail: message(error) }) as const)
  const shown = { job: redactNames(job), failedStep: failedStep && oneLine(redactSecrets(failedStep)) }
  if (result.ok) {
    return {
      ...shown,
      log: result.tail.text,
      logProblem: null,
      logTruncated: result.tail.truncated,
      annotations: [],
      reproduce
    }
  }
  problems.push(`log of job '${shown.job.name}': ${result.detail}`)
  const annotations = await gateway.annotations(job.id).catch((error: unknown) => {
    problems.push(`annotations of job '${shown.job.name}' unavailable: ${message(error)}`)
    return [] as AnnotationInfo[]
  })
  return {
    ...shown,
    log: null,
    logProblem: result.detail,
    logTruncated: false,
    annotations,
    reproduce
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Job and step names come from the workflow file (a pull request may change it): they reach
 * issues, reports and the AI prompt, so they are redacted like log text. The workflow file is
 * matched against the real names first.
 */
function redactNames(job: JobInfo): JobInfo {
  return {
    ...job,
    name: oneLine(redactSecrets(job.name)),
    steps: job.steps.map(step => ({ ...step, name: oneLine(redactSecrets(step.name)) }))
  }
}
