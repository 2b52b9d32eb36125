import { readFile } from 'node:fs/promises'
import { isAbsolute, join, normalize } from 'node:path'
import { DEFAULT_PLAYBOOK } from './default-playbook.js'
import { builtInPlaybook, parsePlaybook, PlaybookError, type Playbook } from './playbook.js'

/** What the runner tells every action through its environment. */
interface RunnerContext {
  owner: string
  repo: string
  eventName: string
  eventPath: string
  workspace: string
  /** Path of the workflow file this action runs in (no loops). */
  workflowPath: string | null
  runId: number | null
  serverUrl: string
  /** "Now", overridable (WORKFLOW_TRIAGE_NOW) so scenario tests and reports are reproducible. */
  now: Date
  tempDir: string
}

class EnvironmentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EnvironmentError'
  }
}

export function readRunnerContext(env: NodeJS.ProcessEnv): RunnerContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(repository)
  if (!match) throw new EnvironmentError(`GITHUB_REPOSITORY must be owner/name, got '${repository}'`)
  const now = env.WORKFLOW_TRIAGE_NOW ? new Date(env.WORKFLOW_TRIAGE_NOW) : new Date()
  if (Number.isNaN(now.getTime())) throw new EnvironmentError('WORKFLOW_TRIAGE_NOW is not a valid date')
  // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/file.yml@refs/heads/main
  const workflowRef = env.GITHUB_WORKFLOW_REF ?? ''
  const workflowPath = /^[^/]+\/[^/]+\/(.+?)@/.exec(workflowRef)?.[1] ?? null
  return {
    owner: match[1],
    repo: match[2],
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    workflowPath,
    runId: env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID) ? Number(env.GITHUB_RUN_ID) : null,
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    now,
    tempDir: env.RUNNER_TEMP ?? join(process.cwd(), '.workflow-triage')
  }
}

const MAX_EVENT_BYTES = 25 * 1024 * 1024

/** The event payload GitHub wrote; a missing or malformed file is a clear error. */
export async function readEventPayload(path: string): Promise<unknown> {
  if (!path)
    throw new EnvironmentError('GITHUB_EVENT_PATH is not set: run this action inside a GitHub workflow')
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new EnvironmentError(`Cannot read the event payload ${path}: ${(error as Error).message}`)
  }
  if (text.length > MAX_EVENT_BYTES) throw new EnvironmentError('The event payload is larger than 25 MB')
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new EnvironmentError(`The event payload is not valid JSON: ${(error as Error).message}`)
  }
}

interface LoadedPlaybook extends Playbook {
  /** Where it came from: the repository's file, or the built-in default. */
  source: string
}

/**
 * The repository's playbook when the workspace has it, else the built-in one. An
 * invalid playbook is an error (PlaybookError names file, line and key): acting on
 * a policy we could not read would be a guess.
 */
export async function loadPlaybook(workspace: string, path: string): Promise<LoadedPlaybook> {
  const relative = normalize(path)
  if (isAbsolute(relative) || relative.startsWith('..')) {
    throw new PlaybookError(path, 1, '', 'must be a path inside the workspace')
  }
  let text: string
  try {
    text = await readFile(join(workspace, relative), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { ...builtInPlaybook(DEFAULT_PLAYBOOK), source: 'built-in default' }
    }
    throw new PlaybookError(path, 1, '', `cannot be read: ${(error as Error).message}`)
  }
  return { ...parsePlaybook(text, path), source: path }
}
