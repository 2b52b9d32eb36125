/**
 * The stand-in's mutable state: the scenario repositories as loaded, plus what the action
 * changed (issues, labels, deleted refs, re-runs). Route handlers read and change it; tests
 * may too, through `GitHubStandin.state`.
 */
import { readFileSync } from 'node:fs'
import type {
  ScenarioArtifact,
  ScenarioBranch,
  ScenarioCommit,
  ScenarioJob,
  ScenarioRepository,
  ScenarioResult,
  ScenarioRun
} from '../scenario/types.js'
import {
  generatedLog,
  syntheticSha,
  type CommentRecord,
  type IssueRecord,
  type LabelRecord
} from './model.js'
import { writeZip } from '../zip.js'

export interface RepoState {
  /** A deep copy of the scenario repository; runs and branches change as the action acts. */
  scenario: ScenarioRepository
  issues: IssueRecord[]
  /** Comments on pull requests' conversations, by pull request number. */
  pullComments: Map<number, CommentRecord[]>
  labels: LabelRecord[]
  deletedRefs: { ref: string; sha: string }[]
  reruns: { runId: number; kind: 'rerun' | 'rerun-failed-jobs' }[]
}

export interface StandinState {
  repos: RepoState[]
  /** The login the token belongs to: the author of everything the action creates. */
  actor: string
  /** The time stamped on what is created or changed: the scenario's fixed `now`, else the clock. */
  now(): string
  /** Ids for comments, issues, labels and events created at run time. */
  nextId(): number
}

export interface JobLocation {
  run: ScenarioRun
  job: ScenarioJob
  attempt: number
}

/** Commits before any scenario history: the root every synthesized default branch starts at. */
const ROOT_DATE = '2020-01-01T00:00:00Z'

export function createState(repositories: ScenarioRepository[], now?: string): StandinState {
  let lastId = 90_000_000
  const state: StandinState = {
    repos: [],
    actor: 'github-actions[bot]',
    now: () => now ?? new Date().toISOString(),
    nextId: () => (lastId += 1)
  }
  state.repos = repositories.map(repository => loadRepository(structuredClone(repository), state))
  return state
}

function loadRepository(scenario: ScenarioRepository, state: StandinState): RepoState {
  const labels: LabelRecord[] = (scenario.labels ?? []).map(label => ({
    id: state.nextId(),
    name: label.name,
    color: label.color,
    description: label.description ?? null
  }))
  const issues: IssueRecord[] = (scenario.issues ?? []).map(issue => {
    const createdAt = issue.createdAt ?? ROOT_DATE
    const comments = (issue.comments ?? []).map(comment => ({
      id: state.nextId(),
      user: comment.user,
      body: comment.body,
      createdAt: comment.createdAt ?? createdAt
    }))
    const latest = [createdAt, ...comments.map(comment => comment.createdAt)].sort().at(-1) ?? createdAt
    return {
      id: state.nextId(),
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      stateReason: issue.state === 'closed' ? 'completed' : null,
      labels: [...issue.labels],
      assignees: [...(issue.assignees ?? [])],
      user: issue.user ?? state.actor,
      createdAt,
      updatedAt: latest,
      closedAt: issue.state === 'closed' ? latest : null,
      comments,
      events: (issue.labelEvents ?? []).map(event => ({ id: state.nextId(), ...event }))
    }
  })
  const pullComments = new Map(
    (scenario.pullRequests ?? []).map(pull => [
      pull.number,
      (pull.comments ?? []).map(comment => ({
        id: state.nextId(),
        user: comment.user,
        body: comment.body,
        createdAt: comment.createdAt ?? ROOT_DATE
      }))
    ])
  )
  return { scenario, issues, pullComments, labels, deletedRefs: [], reruns: [] }
}

/** What the action changed, in the scenario result's terms. */
export function snapshotOf(
  state: StandinState
): Pick<ScenarioResult, 'issues' | 'pullRequests' | 'deletedRefs' | 'reruns'> {
  return {
    issues: state.repos.flatMap(repo =>
      repo.issues.map(issue => ({
        number: issue.number,
        title: issue.title,
        body: issue.body,
        state: issue.state,
        labels: [...issue.labels],
        assignees: [...issue.assignees],
        comments: issue.comments.map(comment => ({ user: comment.user, body: comment.body }))
      }))
    ),
    pullRequests: state.repos.flatMap(repo =>
      [...repo.pullComments].map(([number, comments]) => ({
        number,
        comments: comments.map(comment => ({ id: comment.id, user: comment.user, body: comment.body }))
      }))
    ),
    deletedRefs: state.repos.flatMap(repo => repo.deletedRefs.map(ref => ({ ...ref }))),
    reruns: state.repos.flatMap(repo => repo.reruns.map(rerun => ({ ...rerun })))
  }
}

export function findRepo(state: StandinState, owner: string, name: string): RepoState | undefined {
  const key = `${owner}/${name}`.toLowerCase()
  return state.repos.find(repo => `${repo.scenario.owner}/${repo.scenario.name}`.toLowerCase() === key)
}

/** Every branch, the default one first (synthesized when the scenario leaves it out). */
export function allBranches(repo: ScenarioRepository): ScenarioBranch[] {
  const listed = repo.branches.find(branch => branch.name === repo.defaultBranch)
  const defaultBranch = listed ?? { name: repo.defaultBranch, protected: true, commits: [] }
  return [defaultBranch, ...repo.branches.filter(branch => branch !== listed)]
}

export function findBranch(repo: ScenarioRepository, name: string): ScenarioBranch | undefined {
  return allBranches(repo).find(branch => branch.name === name)
}

/** The root commit of the default branch: the parent of every branch's first own commit. */
export function baseCommit(repo: ScenarioRepository): ScenarioCommit {
  return {
    sha: syntheticSha(`${repo.owner}/${repo.name}@${repo.defaultBranch}`),
    message: 'Initial commit',
    author: repo.owner,
    date: ROOT_DATE
  }
}

export function branchHead(repo: ScenarioRepository, branch: ScenarioBranch): ScenarioCommit {
  const head = branch.commits.find(commit => commit.sha === branch.sha) ?? branch.commits.at(-1)
  if (head) return head
  return branch.sha ? { ...baseCommit(repo), sha: branch.sha } : baseCommit(repo)
}

/** The parent of a commit: the previous commit on its branch, else the default branch's root. */
export function parentSha(repo: ScenarioRepository, sha: string): string {
  for (const branch of repo.branches) {
    const index = branch.commits.findIndex(commit => commit.sha === sha)
    if (index > 0) return branch.commits[index - 1].sha
  }
  return syntheticSha(`parent:${sha}`)
}

/** A commit by sha or by branch name, from the branches or (synthesized) from a run's head sha. */
export function findCommit(repo: ScenarioRepository, ref: string): ScenarioCommit | undefined {
  const branch = findBranch(repo, ref)
  if (branch) return branchHead(repo, branch)
  for (const candidate of allBranches(repo)) {
    const found = candidate.commits.find(commit => commit.sha === ref)
    if (found) return found
    if (branchHead(repo, candidate).sha === ref) return branchHead(repo, candidate)
  }
  const run = repo.runs.find(candidate => candidate.headSha === ref)
  if (run)
    return {
      sha: run.headSha,
      message: `Commit ${run.headSha.slice(0, 7)}`,
      author: run.actor ?? 'octocat',
      date: run.createdAt
    }
  return undefined
}

export function latestAttempt(run: ScenarioRun): number {
  return run.runAttempt ?? 1
}

/** The jobs of one attempt; undefined when the run never had that attempt. */
export function jobsOfAttempt(run: ScenarioRun, attempt: number): ScenarioJob[] | undefined {
  if (attempt === latestAttempt(run)) return run.jobs ?? []
  return run.previousAttempts?.[String(attempt)]
}

export function findJob(repo: ScenarioRepository, jobId: number): JobLocation | undefined {
  for (const run of repo.runs) {
    for (let attempt = latestAttempt(run); attempt >= 1; attempt -= 1) {
      const job = jobsOfAttempt(run, attempt)?.find(candidate => candidate.id === jobId)
      if (job) return { run, job, attempt }
    }
  }
  return undefined
}

const logCache = new WeakMap<ScenarioJob, Buffer>()

/** The job's log bytes, or undefined when the scenario gives it none. */
export function logOf(location: JobLocation): Buffer | undefined {
  const { job, run } = location
  const cached = logCache.get(job)
  if (cached) return cached
  let log: Buffer | undefined
  if (job.log !== undefined) log = Buffer.from(job.log)
  else if (job.logFile) log = readFileSync(job.logFile)
  else if (job.logGenerated) {
    log = generatedLog(job.logGenerated.sizeBytes, job.logGenerated.tail, job.startedAt ?? run.createdAt)
  }
  if (log) logCache.set(job, log)
  return log
}

/** The highest job id anywhere in the repository, so re-run jobs get fresh ids as on GitHub. */
export function maxJobId(repo: ScenarioRepository): number {
  let max = 0
  for (const run of repo.runs) {
    for (const jobs of [run.jobs ?? [], ...Object.values(run.previousAttempts ?? {})]) {
      for (const job of jobs) max = Math.max(max, job.id)
    }
  }
  return max
}

export interface ArtifactLocation {
  run: ScenarioRun
  artifact: ScenarioArtifact
  id: number
}

/** Every artifact of the repository with its id and the run that uploaded it. */
export function allArtifacts(repo: ScenarioRepository): ArtifactLocation[] {
  return repo.runs.flatMap(run =>
    (run.artifacts ?? []).map((artifact, index) => ({
      run,
      artifact,
      id: artifact.id ?? run.id * 1000 + index + 1
    }))
  )
}

export function findArtifact(repo: ScenarioRepository, id: number): ArtifactLocation | undefined {
  return allArtifacts(repo).find(location => location.id === id)
}

const archiveCache = new WeakMap<ScenarioArtifact, Buffer>()

/** The artifact's zip archive: the bytes the scenario gives, or its files zipped. */
export function archiveOf(artifact: ScenarioArtifact): Buffer {
  const cached = archiveCache.get(artifact)
  if (cached) return cached
  const archive =
    artifact.zipBase64 !== undefined
      ? Buffer.from(artifact.zipBase64, 'base64')
      : writeZip(artifact.files ?? {})
  archiveCache.set(artifact, archive)
  return archive
}
