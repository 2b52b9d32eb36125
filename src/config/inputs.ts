import { ROLES, type Role } from '../types.js'
import {
  FORK_RUN_HANDLING,
  MAX_HISTORY_RUNS,
  MAX_HISTORY_TESTS,
  MIN_HISTORY_RUNS,
  MIN_HISTORY_TESTS,
  PULL_REQUEST_FAILURE_HANDLING,
  type ForkRunHandling,
  type Policy,
  type PullRequestFailureHandling
} from './policy.js'

/** An input with a value the action cannot use; the message names the input and what is allowed. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    detail: string
  ) {
    super(`Input '${input}' ${detail}`)
    this.name = 'InputError'
  }
}

/** Reads one input as the runner passes it (empty string when unset). */
type InputReader = (name: string) => string

export type AiMode = 'off' | 'auto' | 'always'
export type FailOn = 'critical' | 'degraded' | 'warning' | 'never'

/** Policy values an input may override; unset inputs leave the playbook's value. */
interface PolicyOverrides {
  maxAttempts?: number
  maxNewIssues?: number
  maxWrites?: number
  flakyReruns?: number
  branchPatterns?: string[]
  botAuthors?: string[]
  owners?: Partial<Record<Role, string[]>>
  forkRuns?: ForkRunHandling
  pullRequestFailures?: PullRequestFailureHandling
  testReportArtifacts?: string[]
  testHistoryRuns?: number
  testHistoryTests?: number
}

export interface AiInputs {
  mode: AiMode
  baseUrl: string
  model: string
  apiKey: string
  azureApiVersion: string
  timeoutMs: number
}

interface CommonOptions {
  token: string
  playbookPath: string
  dryRun: boolean
  createIssues: boolean
  uploadReport: boolean
  reportName: string
  retentionDays: number
  overrides: PolicyOverrides
}

/** Mirrors action.yml (triage). */
export interface TriageOptions extends CommonOptions {
  ai: AiInputs
  maxFailedJobs: number
  maxLogKb: number
  requireApproval: boolean
  slackWebhookUrl: string
  webhookUrl: string
  runId: number | null
  ignoreWorkflows: string[]
  /**
   * The login the action writes issues and comments as: approvals act only on proposals
   * that this identity wrote. The workflow token cannot ask GitHub who it is.
   */
  botLogin: string
}

/** Mirrors health-check/action.yml. */
export interface HealthOptions extends CommonOptions {
  runs: number
  staleDays: number
  maxPrunes: number
  prune: boolean
  autoFix: boolean
  triageMissed: boolean
  failOn: FailOn
  lint: boolean
  workflowsPath: string
  repositories: string[]
  maxApiRequests: number
}

class Inputs {
  constructor(private readonly read: InputReader) {}

  text(name: string, fallback = ''): string {
    const value = this.read(name).trim()
    return value === '' ? fallback : value
  }

  required(name: string): string {
    const value = this.text(name)
    if (value === '') throw new InputError(name, 'is required and was empty')
    return value
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.text(name).toLowerCase()
    if (value === '') return fallback
    if (value === 'true') return true
    if (value === 'false') return false
    throw new InputError(name, `must be true or false, got '${this.text(name)}'`)
  }

  integer(name: string, min: number, max: number): number | undefined
  integer(name: string, min: number, max: number, fallback: number): number
  integer(name: string, min: number, max: number, fallback?: number): number | undefined {
    const value = this.text(name)
    if (value === '') return fallback
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new InputError(name, `must be a whole number from ${min} to ${max}, got '${value}'`)
    }
    return Number(value)
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.text(name).toLowerCase()
    if (value === '') return fallback
    if (!(allowed as readonly string[]).includes(value)) {
      throw new InputError(name, `must be one of ${allowed.join(', ')}, got '${this.text(name)}'`)
    }
    return value as T
  }

  /** A choice that leaves the playbook's value when empty. */
  optionalChoice<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    return this.text(name) === '' ? undefined : this.choice(name, allowed, allowed[0])
  }

  /** A list separated by newlines or commas. */
  list(name: string): string[] | undefined {
    const value = this.text(name)
    if (value === '') return undefined
    return value
      .split(/[\n,]/)
      .map(item => item.trim())
      .filter(item => item !== '')
  }

  url(name: string): string {
    const value = this.text(name)
    if (value === '') return ''
    let parsed: URL
    try {
      parsed = new URL(value)
    } catch {
      throw new InputError(name, 'must be an http(s) URL')
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw new InputError(name, 'must be an http(s) URL')
    }
    return value
  }

  /**
   * An AI endpoint: https only, so the key and the redacted logs never cross the network in
   * the clear; plain http only to this machine (a local model, a test stand-in).
   */
  aiBaseUrl(name: string): string {
    const value = this.url(name)
    if (value === '') return ''
    const url = new URL(value)
    if (url.protocol !== 'https:' && !isLoopback(url.hostname)) {
      throw new InputError(name, 'must be an https URL (http only for localhost or 127.0.0.1)')
    }
    return value
  }

  /** A GitHub user login, or an app's bot login such as `my-app[bot]`. */
  login(name: string, fallback: string): string {
    const value = this.text(name, fallback)
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(value)) {
      throw new InputError(name, `must be a GitHub login such as octocat or my-app[bot], got '${value}'`)
    }
    return value
  }

  /** `role=login1,login2` lines (or `;`-separated), e.g. `cto=alice,org/platform`. */
  owners(name: string): Partial<Record<Role, string[]>> | undefined {
    const value = this.text(name)
    if (value === '') return undefined
    const owners: Partial<Record<Role, string[]>> = {}
    for (const entry of value.split(/[\n;]/).map(line => line.trim())) {
      if (entry === '') continue
      const match = /^([a-z]+)\s*=\s*(.+)$/.exec(entry)
      if (!match || !(ROLES as readonly string[]).includes(match[1])) {
        throw new InputError(name, `must be lines of role=login[,login] with a role of ${ROLES.join(', ')}`)
      }
      const logins = match[2].split(',').map(login => login.trim().replace(/^@/, ''))
      if (
        logins.some(login => !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9_.-]{1,100})?$/.test(login))
      ) {
        throw new InputError(name, `has an invalid login or team in '${entry}'`)
      }
      owners[match[1] as Role] = logins
    }
    return owners
  }

  common(defaultReportName: string): CommonOptions {
    const branchPatterns = this.list('automation-branches')
    if (branchPatterns?.some(pattern => pattern === '*' || pattern === '**')) {
      throw new InputError('automation-branches', 'must not be a pattern that matches every branch')
    }
    const reportName = this.text('report-name', defaultReportName)
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(reportName)) {
      throw new InputError('report-name', 'may contain only letters, digits, dot, dash and underscore')
    }
    return {
      token: this.required('github-token'),
      playbookPath: this.text('playbook', 'playbook.md'),
      dryRun: this.boolean('dry-run', false),
      createIssues: this.boolean('create-issues', true),
      uploadReport: this.boolean('upload-report', true),
      reportName,
      retentionDays: this.integer('retention-days', 1, 90, 30),
      overrides: {
        maxAttempts: this.integer('max-attempts', 1, 10),
        maxWrites: this.integer('max-writes', 0, 500),
        branchPatterns,
        botAuthors: this.list('bot-authors'),
        owners: this.owners('owners'),
        forkRuns: this.optionalChoice('fork-runs', FORK_RUN_HANDLING)
      }
    }
  }
}

const GITHUB_MODELS_URL = 'https://models.github.ai/inference'

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname)
}

/**
 * The key sent to the AI endpoint: the `ai-api-key` input, or the workflow token for GitHub
 * Models alone. The workflow token can write to the repository: it goes to GitHub and to
 * no one else, so another endpoint without a key of its own gets no AI call at all.
 */
export function aiApiKey(settings: {
  apiKey: string
  baseUrl: string
  token: string
}): { key: string } | { problem: string } {
  if (settings.apiKey) return { key: settings.apiKey }
  const host = new URL(settings.baseUrl).host
  if (host === new URL(GITHUB_MODELS_URL).host && settings.token) return { key: settings.token }
  return {
    problem: `no AI key: the workflow token is sent to GitHub Models only, and ${host} needs a key of its own (ai-api-key); the rules answered alone`
  }
}

export function readTriageOptions(read: InputReader): TriageOptions {
  const inputs = new Inputs(read)
  const common = inputs.common('triage-report')
  common.overrides.maxNewIssues = inputs.integer('max-new-issues', 0, 20)
  common.overrides.flakyReruns = inputs.integer('flaky-reruns', 0, 5)
  common.overrides.pullRequestFailures = inputs.optionalChoice(
    'pull-request-failures',
    PULL_REQUEST_FAILURE_HANDLING
  )
  const reportArtifacts = inputs.list('test-report-artifacts')
  common.overrides.testReportArtifacts =
    reportArtifacts?.length === 1 && reportArtifacts[0].toLowerCase() === 'none' ? [] : reportArtifacts
  const runId = inputs.text('run-id')
  if (runId !== '' && !/^\d{1,15}$/.test(runId))
    throw new InputError('run-id', `must be a workflow run id, got '${runId}'`)
  return {
    ...common,
    ai: {
      mode: inputs.choice('ai', ['off', 'auto', 'always'] as const, 'off'),
      baseUrl: inputs.aiBaseUrl('ai-base-url') || GITHUB_MODELS_URL,
      model: inputs.text('ai-model', 'openai/gpt-4.1-mini'),
      apiKey: inputs.text('ai-api-key'),
      azureApiVersion: inputs.text('ai-azure-api-version'),
      timeoutMs: inputs.integer('ai-timeout-seconds', 1, 300, 30) * 1000
    },
    maxFailedJobs: inputs.integer('max-failed-jobs', 1, 10, 10),
    maxLogKb: inputs.integer('max-log-kb', 16, 10240, 512),
    requireApproval: inputs.boolean('require-approval', false),
    slackWebhookUrl: inputs.url('slack-webhook-url'),
    webhookUrl: inputs.url('webhook-url'),
    runId: runId === '' ? null : Number(runId),
    ignoreWorkflows: inputs.list('ignore-workflows') ?? [],
    botLogin: inputs.login('bot-login', 'github-actions[bot]')
  }
}

export function readHealthOptions(read: InputReader): HealthOptions {
  const inputs = new Inputs(read)
  const repositories = inputs.list('repositories') ?? []
  for (const repository of repositories) {
    if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository)) {
      throw new InputError('repositories', `must list owner/name entries, got '${repository}'`)
    }
  }
  const common = inputs.common('health-report')
  common.overrides.testHistoryRuns = inputs.integer('test-history-runs', MIN_HISTORY_RUNS, MAX_HISTORY_RUNS)
  common.overrides.testHistoryTests = inputs.integer(
    'test-history-tests',
    MIN_HISTORY_TESTS,
    MAX_HISTORY_TESTS
  )
  return {
    ...common,
    runs: inputs.integer('runs', 3, 100, 10),
    staleDays: inputs.integer('stale-days', 1, 3650, 14),
    maxPrunes: inputs.integer('max-prunes', 0, 100, 10),
    prune: inputs.boolean('prune', true),
    autoFix: inputs.boolean('auto-fix', false),
    triageMissed: inputs.boolean('triage-missed', false),
    failOn: inputs.choice('fail-on', ['critical', 'degraded', 'warning', 'never'] as const, 'critical'),
    lint: inputs.boolean('lint', true),
    workflowsPath: inputs.text('workflows-path', '.github/workflows'),
    repositories,
    // Any positive budget: the check does what fits and reports what it left for the next run.
    maxApiRequests: inputs.integer('max-api-requests', 1, 1_000_000, 1000)
  }
}

/** Precedence (DESIGN 6): inputs over the playbook (already over the defaults). */
export function applyOverrides(policy: Policy, overrides: PolicyOverrides): Policy {
  const merged = structuredClone(policy)
  if (overrides.maxAttempts !== undefined) merged.limits.maxAttempts = overrides.maxAttempts
  if (overrides.maxNewIssues !== undefined) merged.limits.maxNewIssues = overrides.maxNewIssues
  if (overrides.maxWrites !== undefined) merged.limits.maxWrites = overrides.maxWrites
  if (overrides.flakyReruns !== undefined) merged.flakyReruns = overrides.flakyReruns
  if (overrides.branchPatterns) merged.automation.branchPatterns = overrides.branchPatterns
  if (overrides.botAuthors) merged.automation.botAuthors = overrides.botAuthors
  if (overrides.owners) merged.owners = { ...merged.owners, ...overrides.owners }
  if (overrides.forkRuns) merged.forkRuns = overrides.forkRuns
  if (overrides.pullRequestFailures) merged.pullRequestFailures = overrides.pullRequestFailures
  if (overrides.testReportArtifacts) merged.testReportArtifacts = overrides.testReportArtifacts
  if (overrides.testHistoryRuns !== undefined) merged.flakyTests.historyRuns = overrides.testHistoryRuns
  if (overrides.testHistoryTests !== undefined) merged.flakyTests.historyTests = overrides.testHistoryTests
  return merged
}
