/**
 * Runs a scenario's pipeline in this process: the same scenario format and inputs as the
 * bundle runner (runner.ts), but `runTriage` / `runHealthCheck` get the in-memory GitHub port
 * instead of a process, an HTTP stand-in and an artifact service. A run takes milliseconds.
 *
 * What stays with the bundle runner: the action entry points (inputs from the environment,
 * the artifact upload, the job summary file, workflow commands) and everything the HTTP
 * layer does (retries, rate limits, resets, log redirects).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadPlaybook } from '../../src/config/environment.js'
import { applyOverrides, readHealthOptions, readTriageOptions } from '../../src/config/inputs.js'
import { runHealthCheck } from '../../src/health/main.js'
import { renderJson } from '../../src/health/report.js'
import { renderHtml } from '../../src/health/report-html.js'
import { renderJobSummary, renderMarkdown } from '../../src/health/report-markdown.js'
import { routeEvent } from '../../src/triage/event.js'
import { runTriage } from '../../src/triage/main.js'
import { renderTriageJson, renderTriageMarkdown } from '../../src/triage/report.js'
import { createInMemoryGitHub } from '../github/memory.js'
import { startOpenAiStandin } from '../openai.js'
import { startWebhookReceiver } from '../webhooks.js'
import { readInputDefaults, resolveLogFiles, SCENARIO_TOKEN, type ActionName } from './runner.js'
import { OWN_WORKFLOW_PATHS } from './continue.js'
import type { Scenario, ScenarioResult } from './types.js'

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const METADATA: Record<ActionName, string> = {
  triage: 'action.yml',
  'health-check': 'health-check/action.yml'
}
const OWN_WORKFLOW: Record<ActionName, string> = OWN_WORKFLOW_PATHS

/** A ScenarioResult as the bundle runner gives it; the report files stand for the uploaded artifact. */
export async function runScenarioInProcess(
  scenario: Scenario,
  opts: { action?: ActionName; scenarioDir?: string } = {}
): Promise<ScenarioResult> {
  const action = opts.action ?? scenario.action
  const resolved = resolveLogFiles(scenario, opts.scenarioDir ?? process.cwd())
  const workspace = mkdtempSync(join(tmpdir(), 'wt-in-process-'))
  const closers: (() => Promise<void>)[] = []
  const started = performance.now()
  try {
    for (const [path, content] of Object.entries(resolved.workspace ?? {})) {
      mkdirSync(dirname(join(workspace, path)), { recursive: true })
      writeFileSync(join(workspace, path), content)
    }
    const inputs: Record<string, string> = {
      ...readInputDefaults(join(REPO_ROOT, METADATA[action]), expressionContext(resolved, workspace)),
      ...resolved.inputs
    }
    const openai = resolved.openai ? await startOpenAiStandin(resolved.openai) : undefined
    if (openai) {
      closers.push(() => openai.close())
      inputs['ai-base-url'] = openai.url
    }
    const webhooks =
      resolved.webhooks?.slack || resolved.webhooks?.generic
        ? await startWebhookReceiver({ failWith: resolved.webhooks.failWith })
        : undefined
    if (webhooks) {
      closers.push(() => webhooks.close())
      if (resolved.webhooks?.slack) inputs['slack-webhook-url'] = webhooks.slackUrl
      if (resolved.webhooks?.generic) inputs['webhook-url'] = webhooks.genericUrl
    }
    const github = createInMemoryGitHub([resolved.repository, ...(resolved.extraRepositories ?? [])], {
      now: resolved.now,
      faults: resolved.faults
    })
    const log: string[] = []
    const now = resolved.now ? new Date(resolved.now) : new Date()
    const read = (name: string) => inputs[name] ?? ''

    const run =
      action === 'triage'
        ? await triage(resolved, read, workspace, { port: github.port, now, log })
        : await health(read, workspace, { port: github.port, now, log })
    const snapshot = github.snapshot()
    return {
      action,
      exitCode: run.exitCode,
      outputs: run.outputs,
      stepSummary: run.summary,
      annotations: run.warnings.map(message => ({ level: 'warning', message })),
      stdout: log.join('\n'),
      stderr: '',
      ...snapshot,
      writes: github.writes(),
      requestCount: github.port.stats.requests,
      violations: [],
      artifacts: run.artifacts,
      openaiRequests: openai ? [...openai.requests] : [],
      webhookRequests: webhooks ? [...webhooks.requests] : [],
      durationMs: Math.round(performance.now() - started)
    }
  } finally {
    await Promise.allSettled(closers.map(close => close()))
    rmSync(workspace, { recursive: true, force: true })
  }
}

interface Shell {
  port: ReturnType<typeof createInMemoryGitHub>['port']
  now: Date
  log: string[]
}

interface PipelineRun {
  exitCode: number
  outputs: Record<string, string>
  summary: string
  warnings: string[]
  artifacts: ScenarioResult['artifacts']
}

async function triage(
  scenario: Scenario,
  read: (name: string) => string,
  workspace: string,
  shell: Shell
): Promise<PipelineRun> {
  const options = readTriageOptions(read)
  const playbook = await loadPlaybook(workspace, options.playbookPath)
  const route = routeEvent(scenario.event.name, scenario.event.payload, {
    workflowPath: OWN_WORKFLOW.triage,
    ignoreWorkflows: options.ignoreWorkflows,
    runIdInput: options.runId
  })
  const outcome = await runTriage({
    options,
    policy: applyOverrides(playbook.policy, options.overrides),
    guidance: playbook.prose,
    gateway: shell.port,
    route,
    eventName: scenario.event.name,
    now: shell.now,
    log: message => shell.log.push(message)
  })
  const markdown = renderTriageMarkdown(outcome.report)
  const uploaded = options.uploadReport && outcome.report.route !== 'ignore'
  return {
    exitCode: outcome.failure ? 1 : 0,
    outputs: outcome.outputs,
    summary: markdown,
    warnings: outcome.report.problems.filter(problem => problem !== outcome.failure),
    artifacts: uploaded
      ? {
          [options.reportName]: {
            'triage-report.json': renderTriageJson(outcome.report),
            'triage-report.md': markdown
          }
        }
      : {}
  }
}

async function health(read: (name: string) => string, workspace: string, shell: Shell): Promise<PipelineRun> {
  const options = readHealthOptions(read)
  const playbook = await loadPlaybook(workspace, options.playbookPath)
  const outcome = await runHealthCheck({
    options,
    policy: applyOverrides(playbook.policy, options.overrides),
    gateway: shell.port,
    workspace,
    now: shell.now,
    log: message => shell.log.push(message),
    selfWorkflowPath: OWN_WORKFLOW['health-check'],
    guidance: playbook.prose
  })
  const { report } = outcome
  return {
    exitCode: outcome.exitCode,
    outputs: {
      status: report.status,
      score: String(report.score ?? ''),
      pruned: report.repositories
        .flatMap(repository => [...repository.pruned, ...repository.prunePlanned])
        .map(entry => entry.name)
        .join(',')
    },
    summary: renderJobSummary(report),
    warnings: [...report.warnings, ...report.budgetNotes],
    artifacts: options.uploadReport
      ? {
          [options.reportName]: {
            'health-report.json': renderJson(report),
            'health-report.md': renderMarkdown(report),
            'health-report.html': renderHtml(report)
          }
        }
      : {}
  }
}

function expressionContext(scenario: Scenario, workspace: string): Record<string, string> {
  const { owner, name } = scenario.repository
  return {
    'github.token': SCENARIO_TOKEN,
    'github.repository': `${owner}/${name}`,
    'github.repository_owner': owner,
    'github.workspace': workspace,
    'github.run_id': scenario.env?.GITHUB_RUN_ID ?? '4242424242',
    'github.server_url': 'https://github.com',
    'runner.temp': workspace
  }
}
