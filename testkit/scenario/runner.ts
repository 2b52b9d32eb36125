/**
 * Runs one scenario end to end: starts the local stand-ins (GitHub REST, artifact
 * backend, OpenAI, webhooks), then spawns the real ncc bundle as a GitHub runner
 * would (`node dist/index.js` with INPUT_* and GITHUB_* environment, event payload and
 * command files), and collects what the action did into a ScenarioResult.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv2020 from 'ajv/dist/2020.js'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { parse as parseYaml } from 'yaml'
import { assertBundlesCurrent } from '../../scripts/bundle-sources.mjs'
import { startArtifactService, type ArtifactService } from '../artifacts.js'
import { OWN_WORKFLOW_PATHS } from './continue.js'
import { startGitHubStandin, type GitHubStandin, type StandinOptions } from '../github/index.js'
import { startOpenAiStandin, type OpenAiStandin } from '../openai.js'
import { startWebhookReceiver, type WebhookReceiver } from '../webhooks.js'
import type { OpenAiScript, Scenario, ScenarioRepository, ScenarioResult } from './types.js'

export type ActionName = 'triage' | 'health-check'

/** What the runner uses of the GitHub REST stand-in (testkit/github); tests may inject a smaller fake. */
export type GitHubStandinView = Pick<
  GitHubStandin,
  'url' | 'requests' | 'violations' | 'writes' | 'snapshot' | 'close'
>
export type StartGitHubStandin = (
  repos: ScenarioRepository[],
  options: Pick<StandinOptions, 'latencyMs' | 'faults' | 'now'>
) => Promise<GitHubStandinView>
export type StartOpenAiStandin = (script: OpenAiScript) => Promise<OpenAiStandin>

export interface RunScenarioOptions {
  /** Overrides `scenario.action`. */
  action?: ActionName
  /** Where to write state.json, summary.md and artifacts/; nothing is written when unset. */
  outDir?: string
  /** Directory that relative `logFile` paths are resolved against (default: the working directory). */
  scenarioDir?: string
  /** Node binary for the action (default: the `node` dev dependency's Node 24, else this process's). */
  nodeBinary?: string
  /** Script to run instead of the action's bundle (tests point this at a fake action). */
  bundlePath?: string
  /** The action is killed after this long (default 120 s). */
  timeoutMs?: number
  /** Stand-in factories; default to testkit/github and testkit/openai.ts. */
  standins?: { github?: StartGitHubStandin; openai?: StartOpenAiStandin }
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const DEFAULT_TIMEOUT_MS = 120_000
/** A syntactically real installation token, so redaction of `ghs_` tokens is exercised. */
export const SCENARIO_TOKEN = 'ghs_ScenarioRunnerFakeToken0000000000000'
/** The run id of the action's own workflow run (a triage run must ignore itself). */
const OWN_RUN_ID = '4242424242'

/** A counting semaphore: at most `size` tasks run at once, the others wait in order. */
class Slots {
  private running = 0
  private readonly waiting: (() => void)[] = []

  constructor(private readonly size: number) {}

  async use<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>(resolve => this.waiting.push(resolve))
    else this.running += 1
    try {
      return await task()
    } finally {
      const next = this.waiting.shift()
      if (next) next()
      else this.running -= 1
    }
  }
}

/**
 * Action processes this process runs at once (default 2; WT_SCENARIO_PROCESSES overrides).
 * A test may start dozens of scenarios together: on a small machine shared with other work,
 * more processes only make each slower, until their own time limits kill them.
 */
const actionSlots = new Slots(Number(process.env.WT_SCENARIO_PROCESSES) || 2)

const ACTIONS: Record<ActionName, { bundle: string; metadata: string; workflow: string; job: string }> = {
  triage: {
    bundle: 'dist/index.js',
    metadata: 'action.yml',
    workflow: OWN_WORKFLOW_PATHS.triage,
    job: 'triage'
  },
  'health-check': {
    bundle: 'health-check/dist/index.js',
    metadata: 'health-check/action.yml',
    workflow: OWN_WORKFLOW_PATHS['health-check'],
    job: 'health'
  }
}

export async function runScenario(
  scenario: Scenario,
  opts: RunScenarioOptions = {}
): Promise<ScenarioResult> {
  const action = opts.action ?? scenario.action
  if (!opts.bundlePath) assertBundlesCurrent(REPO_ROOT, [action])
  const resolved = resolveLogFiles(scenario, opts.scenarioDir ?? process.cwd())
  const scratch = mkdtempSync(join(tmpdir(), 'wt-scenario-'))
  const closers: (() => Promise<void>)[] = []
  try {
    const startGitHub = opts.standins?.github ?? startGitHubStandin
    const github = await startGitHub([resolved.repository, ...(resolved.extraRepositories ?? [])], {
      latencyMs: resolved.latencyMs,
      faults: resolved.faults,
      now: resolved.now
    })
    closers.push(() => github.close())
    const artifacts = await startArtifactService()
    closers.push(() => artifacts.close())
    if (resolved.artifacts?.failWith) {
      artifacts.failNext(resolved.artifacts.failWith, { times: Number.POSITIVE_INFINITY })
    }
    let openai: OpenAiStandin | undefined
    if (resolved.openai) {
      const startOpenAi = opts.standins?.openai ?? startOpenAiStandin
      openai = await startOpenAi(resolved.openai)
      closers.push(() => openai!.close())
    }
    let webhooks: WebhookReceiver | undefined
    if (resolved.webhooks?.slack || resolved.webhooks?.generic) {
      webhooks = await startWebhookReceiver({ failWith: resolved.webhooks.failWith })
      closers.push(() => webhooks!.close())
    }

    const files = prepareRunnerFiles(scratch, resolved)
    const inputs: Record<string, string> = {
      ...readInputDefaults(join(REPO_ROOT, ACTIONS[action].metadata), expressionContext(resolved, files)),
      ...standinInputs(resolved, openai, webhooks),
      ...resolved.inputs
    }
    const nodeBinary = opts.nodeBinary ?? defaultNodeBinary()
    const env = buildActionEnv({ scenario: resolved, action, inputs, files, nodeBinary, github, artifacts })
    const bundle = opts.bundlePath ?? join(REPO_ROOT, ACTIONS[action].bundle)
    if (!existsSync(bundle)) throw new Error(`bundle not found: ${bundle} (run npm run bundle)`)

    const run = await actionSlots.use(() =>
      runAction(nodeBinary, bundle, files.workspace, env, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS)
    )
    const snapshot = github.snapshot()
    const result: ScenarioResult = {
      action,
      exitCode: run.exitCode,
      ...(run.timedOut ? { timedOut: true } : {}),
      outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
      stepSummary: readFileSync(files.summary, 'utf8'),
      annotations: parseAnnotations(run.stdout),
      stdout: run.stdout,
      stderr: run.stderr,
      issues: snapshot.issues,
      pullRequests: snapshot.pullRequests,
      deletedRefs: snapshot.deletedRefs,
      reruns: snapshot.reruns,
      writes: github.writes(),
      requestCount: github.requests.length,
      violations: [...github.violations],
      artifacts: await artifacts.artifacts(),
      openaiRequests: openai ? [...openai.requests] : [],
      webhookRequests: webhooks ? [...webhooks.requests] : [],
      durationMs: run.durationMs
    }
    if (opts.outDir) writeResultFiles(opts.outDir, result)
    return result
  } finally {
    // Close in reverse start order; a failing close must not hide the others or the run's error.
    await Promise.allSettled(closers.reverse().map(close => close()))
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** Reads a scenario file, validates it against schema.json when present, resolves `logFile` paths. */
export function loadScenario(file: string): Scenario {
  const text = readFileSync(file, 'utf8')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error })
  }
  const schemaFile = join(REPO_ROOT, 'testkit/scenario/schema.json')
  if (existsSync(schemaFile)) {
    const errors = validateAgainstSchema(JSON.parse(readFileSync(schemaFile, 'utf8')), data)
    if (errors.length > 0) throw new Error(`${file}: not a valid scenario:\n  ${errors.join('\n  ')}`)
  }
  return resolveLogFiles(data as Scenario, dirname(resolve(file)))
}

function validateAgainstSchema(schema: { $schema?: string }, data: unknown): string[] {
  const options = { allErrors: true, strict: false }
  const ajv = schema.$schema?.includes('2020-12') ? new Ajv2020(options) : new Ajv(options)
  addFormats(ajv)
  const validate = ajv.compile(schema)
  if (validate(data)) return []
  return (validate.errors ?? []).map(error => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`)
}

/** A copy of the scenario whose relative job `logFile` paths are made absolute against `dir`. */
export function resolveLogFiles(scenario: Scenario, dir: string): Scenario {
  const resolveRepository = (repository: ScenarioRepository): ScenarioRepository => ({
    ...repository,
    runs: repository.runs.map(run => ({
      ...run,
      jobs: run.jobs?.map(resolveJob),
      previousAttempts: run.previousAttempts
        ? Object.fromEntries(
            Object.entries(run.previousAttempts).map(([attempt, jobs]) => [attempt, jobs.map(resolveJob)])
          )
        : undefined
    }))
  })
  const resolveJob = <Job extends { logFile?: string }>(job: Job): Job =>
    job.logFile && !isAbsolute(job.logFile) ? { ...job, logFile: resolve(dir, job.logFile) } : job
  return {
    ...scenario,
    repository: resolveRepository(scenario.repository),
    extraRepositories: scenario.extraRepositories?.map(resolveRepository)
  }
}

/** Parses a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIMITER` heredocs. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const end = lines.indexOf(delimiter, index + 1)
      if (end === -1) throw new Error(`GITHUB_OUTPUT: no closing ${delimiter} for ${name}`)
      outputs[name] = lines.slice(index + 1, end).join('\n')
      index = end
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      outputs[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return outputs
}

/**
 * Parses `::error file=…,line=…::message` style workflow commands from stdout, decoding
 * the toolkit's escaping, and honouring `::stop-commands::` like the runner does.
 */
export function parseAnnotations(stdout: string): ScenarioResult['annotations'] {
  const annotations: ScenarioResult['annotations'] = []
  let resumeToken: string | undefined
  for (const line of stdout.split(/\r?\n/)) {
    if (resumeToken) {
      if (line === `::${resumeToken}::`) resumeToken = undefined
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line)
    if (stop) {
      resumeToken = stop[1]
      continue
    }
    const command = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!command) continue
    const [, level, properties, message] = command
    const annotation: ScenarioResult['annotations'][number] = { level, message: unescapeData(message) }
    for (const pair of properties ? properties.split(',') : []) {
      const at = pair.indexOf('=')
      const key = pair.slice(0, at).trim()
      const value = unescapeProperty(pair.slice(at + 1))
      if (key === 'file' || key === 'title') annotation[key] = value
      else if (key === 'line' || key === 'col') annotation[key] = Number(value)
    }
    annotations.push(annotation)
  }
  return annotations
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','))
}

interface RunnerFiles {
  workspace: string
  runnerTemp: string
  home: string
  event: string
  output: string
  summary: string
  state: string
  env: string
  path: string
}

function prepareRunnerFiles(scratch: string, scenario: Scenario): RunnerFiles {
  const files: RunnerFiles = {
    workspace: join(scratch, 'workspace'),
    runnerTemp: join(scratch, 'runner-temp'),
    home: join(scratch, 'home'),
    event: join(scratch, 'event.json'),
    output: join(scratch, 'github_output'),
    summary: join(scratch, 'step_summary.md'),
    state: join(scratch, 'github_state'),
    env: join(scratch, 'github_env'),
    path: join(scratch, 'github_path')
  }
  for (const dir of [files.workspace, files.runnerTemp, files.home]) mkdirSync(dir, { recursive: true })
  for (const file of [files.output, files.summary, files.state, files.env, files.path])
    writeFileSync(file, '')
  writeFileSync(files.event, JSON.stringify(scenario.event.payload, null, 2))
  for (const [path, content] of Object.entries(scenario.workspace ?? {})) {
    const target = insideDir(files.workspace, path, 'workspace file')
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
  return files
}

/** The values `${{ … }}` defaults in action.yml may use. */
function expressionContext(scenario: Scenario, files: RunnerFiles): Record<string, string> {
  const { owner, name } = scenario.repository
  return {
    'github.token': SCENARIO_TOKEN,
    'github.repository': `${owner}/${name}`,
    'github.repository_owner': owner,
    'github.workspace': files.workspace,
    'github.run_id': scenario.env?.GITHUB_RUN_ID ?? OWN_RUN_ID,
    'github.server_url': 'https://github.com',
    'runner.temp': files.runnerTemp
  }
}

/** Input defaults from an action.yml, with `${{ … }}` expressions evaluated against `context`. */
export function readInputDefaults(
  metadataFile: string,
  context: Record<string, string>
): Record<string, string> {
  // Until an action's metadata exists, only the scenario's own inputs are passed.
  if (!existsSync(metadataFile)) return {}
  const metadata = parseYaml(readFileSync(metadataFile, 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>
  }
  const defaults: Record<string, string> = {}
  for (const [name, input] of Object.entries(metadata.inputs ?? {})) {
    if (input?.default === undefined || input.default === null) continue
    defaults[name] = String(input.default).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
      const value = context[expression]
      if (value === undefined)
        throw new Error(`${metadataFile}: input ${name}: unsupported default \${{ ${expression} }}`)
      return value
    })
  }
  return defaults
}

function standinInputs(
  scenario: Scenario,
  openai: OpenAiStandin | undefined,
  webhooks: WebhookReceiver | undefined
): Record<string, string> {
  const inputs: Record<string, string> = {}
  if (openai) inputs['ai-base-url'] = openai.url
  if (webhooks && scenario.webhooks?.slack) inputs['slack-webhook-url'] = webhooks.slackUrl
  if (webhooks && scenario.webhooks?.generic) inputs['webhook-url'] = webhooks.genericUrl
  return inputs
}

/** The environment a hosted runner gives a `node24` action step, pointed at the stand-ins. */
function buildActionEnv(parts: {
  scenario: Scenario
  action: ActionName
  inputs: Record<string, string>
  files: RunnerFiles
  nodeBinary: string
  github: GitHubStandinView
  artifacts: ArtifactService
}): Record<string, string> {
  const { scenario, action, inputs, files, nodeBinary, github, artifacts } = parts
  const { owner, name, defaultBranch } = scenario.repository
  const payload = scenario.event.payload
  const ref = typeof payload.ref === 'string' ? payload.ref : `refs/heads/${defaultBranch}`
  const env: Record<string, string> = {
    PATH: `${dirname(nodeBinary)}:/usr/bin:/bin`,
    HOME: files.home,
    TZ: 'UTC',
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: scenario.event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_API_URL: github.url,
    GITHUB_GRAPHQL_URL: `${github.url.replace(/\/$/, '')}/graphql`,
    // @actions/artifact refuses anything but github.com, *.ghe.com or *.localhost (GHES).
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: `${owner}/${name}`,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_WORKSPACE: files.workspace,
    GITHUB_RUN_ID: OWN_RUN_ID,
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: ACTIONS[action].job,
    GITHUB_WORKFLOW: action === 'triage' ? 'Workflow triage' : 'Workflow health',
    GITHUB_WORKFLOW_REF: `${owner}/${name}/${ACTIONS[action].workflow}@refs/heads/${defaultBranch}`,
    GITHUB_ACTION: '__workflow-triage',
    GITHUB_ACTOR: 'github-actions[bot]',
    GITHUB_SHA: typeof payload.after === 'string' ? payload.after : defaultBranchSha(scenario.repository),
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    RUNNER_TEMP: files.runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...artifacts.env,
    ...(scenario.now ? { WORKFLOW_TRIAGE_NOW: scenario.now } : {})
  }
  for (const [input, value] of Object.entries(inputs)) env[inputEnvName(input)] = value
  return { ...env, ...scenario.env }
}

/** `@actions/core` getInput's variable name: spaces to `_`, upper case, hyphens kept. */
export function inputEnvName(input: string): string {
  return `INPUT_${input.replace(/ /g, '_').toUpperCase()}`
}

function defaultBranchSha(repository: ScenarioRepository): string {
  const branch = repository.branches.find(candidate => candidate.name === repository.defaultBranch)
  return branch?.sha ?? branch?.commits.at(-1)?.sha ?? '0'.repeat(40)
}

function defaultNodeBinary(): string {
  const bundled = join(REPO_ROOT, 'node_modules/node/bin', process.platform === 'win32' ? 'node.exe' : 'node')
  return existsSync(bundled) ? bundled : process.execPath
}

interface ActionRun {
  exitCode: number
  timedOut: boolean
  stdout: string
  stderr: string
  durationMs: number
}

function runAction(
  nodeBinary: string,
  bundle: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number
): Promise<ActionRun> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now()
    const child = spawn(nodeBinary, [bundle], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.once('error', error => {
      clearTimeout(timer)
      reject(new Error(`could not start ${nodeBinary} ${bundle}: ${error.message}`))
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      // Like a shell: a process killed by a signal exits 128 + the signal number.
      const exitCode = code ?? 128 + (signal === 'SIGKILL' ? 9 : signal === 'SIGTERM' ? 15 : 0)
      resolvePromise({
        exitCode,
        timedOut,
        stdout,
        stderr,
        durationMs: Math.round(performance.now() - started)
      })
    })
  })
}

function writeResultFiles(outDir: string, result: ScenarioResult): void {
  mkdirSync(outDir, { recursive: true })
  writeFileSync(join(outDir, 'state.json'), `${JSON.stringify(result, null, 2)}\n`)
  writeFileSync(join(outDir, 'summary.md'), result.stepSummary)
  const artifactsDir = join(outDir, 'artifacts')
  rmSync(artifactsDir, { recursive: true, force: true })
  for (const [name, files] of Object.entries(result.artifacts)) {
    const artifactDir = insideDir(artifactsDir, name, 'artifact name')
    for (const [path, content] of Object.entries(files)) {
      const target = insideDir(artifactDir, path, 'artifact file')
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, content)
    }
  }
}

/** `dir/path`, refusing paths that climb out of `dir` (artifact entries are the action's output). */
function insideDir(dir: string, path: string, what: string): string {
  const target = resolve(dir, path)
  const rel = relative(dir, target)
  if (!rel || rel.startsWith('..') || isAbsolute(rel))
    throw new Error(`${what} ${JSON.stringify(path)} escapes ${dir}`)
  return target
}
