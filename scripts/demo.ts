/**
 * npm run demo [-- --out DIR] [--bundle-dir DIR]
 *
 * Runs both actions offline against the bundled sample repository
 * (examples/sample-repo/scenario.json) through the local GitHub stand-in: one health
 * check, then a triage of the newest failed run of every workflow, each against its own
 * fresh copy of the repository. Prints a short summary; the full results (state.json,
 * summary.md, uploaded report files) land under the output directory.
 *
 * Exits non-zero when the stand-in saw a request or response outside GitHub's OpenAPI
 * description, or an action crashed or was killed. An action's own failing exit code is
 * not a crash: the health check fails on critical workflows by design (fail-on).
 */
import { mkdirSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { PLANTED_TOKEN, SAMPLE_SCENARIO_FILE } from '../examples/build-sample.js'
import { newestFailures, triageScenario } from '../examples/triage-events.js'
import { loadScenario, runScenario, type RunScenarioOptions } from '../testkit/scenario/runner.js'
import type { Scenario, ScenarioResult, ScenarioRun } from '../testkit/scenario/types.js'
import { healthExitWords, issueWords, lintCountWords, plural } from './demo-summary.js'

const USAGE = 'usage: npm run demo -- [--out DIR] [--bundle-dir DIR]'
/** Triage runs in flight at once: enough to keep the demo short on a 2-core machine. */
const PARALLEL_TRIAGES = 3
const HEALTH_REPORT = 'health-report.json'
const REDACTED_TOKEN = '[REDACTED:github-token]'

interface Problem {
  run: string
  what: string
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      // A directory holding triage/ and health-check/ ncc builds, to try bundles before committing them.
      'bundle-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const outDir = resolve(values.out ?? join('out', 'demo'))
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const bundleDir = values['bundle-dir'] ? resolve(values['bundle-dir']) : undefined
  const bundleFor = (action: 'triage' | 'health-check'): Pick<RunScenarioOptions, 'bundlePath'> =>
    bundleDir ? { bundlePath: join(bundleDir, action, 'index.js') } : {}

  const started = performance.now()
  const scenario = loadScenario(SAMPLE_SCENARIO_FILE)
  const scenarioDir = resolve(SAMPLE_SCENARIO_FILE, '..')
  const { owner, name } = scenario.repository
  console.log(`Sample repository ${owner}/${name} (now = ${scenario.now})\n`)
  const problems: Problem[] = []

  const healthOut = join(outDir, 'health-check')
  const health = await runScenario(scenario, {
    action: 'health-check',
    outDir: healthOut,
    scenarioDir,
    ...bundleFor('health-check')
  }).catch((error: unknown) => {
    problems.push({ run: 'health check', what: errorText(error) })
    return null
  })
  if (health) {
    problems.push(...problemsOf('health check', health))
    console.log(healthSummary(health, healthOut))
  }

  const failures = newestFailures(scenario.repository)
  console.log(`\nTriage of the newest failed run of ${failures.length} workflows (each on a fresh copy):`)
  const triaged: ScenarioResult[] = []
  const lines = await mapLimited(failures, PARALLEL_TRIAGES, async run => {
    const label = `triage ${run.id}`
    const runOut = join(outDir, 'triage', String(run.id))
    try {
      const result = await runScenario(triageScenario(scenario, run), {
        action: 'triage',
        outDir: runOut,
        scenarioDir,
        ...bundleFor('triage')
      })
      problems.push(...problemsOf(label, result))
      triaged.push(result)
      return triageLine(scenario, run, result)
    } catch (error) {
      problems.push({ run: label, what: errorText(error) })
      return `  ${workflowName(scenario, run).padEnd(WIDTH)} could not run: ${errorText(error)}`
    }
  })
  console.log(lines.join('\n'))
  const secret = plantedTokenCheck(triaged)
  console.log(`\n${secret.line}`)
  if (secret.leaked) problems.push({ run: 'triage', what: 'the planted token reached the output unredacted' })

  console.log(
    `\nReports: ${relative(process.cwd(), outDir) || '.'}/ (health-check/, triage/<run id>/: state.json, summary.md, artifacts/)`
  )
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):`)
    for (const problem of problems) console.error(`  ${problem.run}: ${problem.what}`)
    return 1
  }
  return 0
}

const WIDTH = 22

/** What makes the demo fail: not the action's verdict, but a broken contract or a crash. */
function problemsOf(run: string, result: ScenarioResult): Problem[] {
  const problems = result.violations.map(violation => ({ run, what: `OpenAPI violation: ${violation}` }))
  if (result.timedOut) problems.push({ run, what: 'killed at the time limit' })
  // @actions/core's setFailed exits 1; anything else is an uncaught crash or a signal.
  else if (result.exitCode !== 0 && result.exitCode !== 1)
    problems.push({ run, what: `exited with ${result.exitCode}: ${lastLine(result.stderr)}` })
  return problems
}

interface HealthReportView {
  status: string
  score: number | null
  repositories: {
    workflows: {
      workflow: { name: string; path: string; state: string }
      status: string
      score: number | null
      reason: string
    }[]
    lint: { counts: Record<string, number>; findings: { file: string }[] }
    pruned: { name: string; sha: string }[]
    alerts: { level: string; message: string }[]
  }[]
}

function healthSummary(result: ScenarioResult, outDir: string): string {
  const report = healthReportOf(result)
  const lines = [
    `Health check: ${healthExitWords(result.exitCode, report?.status ?? null)}; ${result.durationMs} ms, ${plural(result.requestCount, 'API request')}`
  ]
  if (!report) {
    lines.push(`  no ${HEALTH_REPORT} was uploaded; outputs: ${JSON.stringify(result.outputs)}`)
    return lines.join('\n')
  }
  const repository = report.repositories[0]
  lines.push(`  overall ${report.status}, score ${report.score ?? 'n/a'}`, '')
  lines.push(`  ${'workflow'.padEnd(WIDTH)} ${'status'.padEnd(9)} ${'score'.padStart(5)}  why`)
  for (const health of repository.workflows) {
    const disabled = health.workflow.state === 'active' ? '' : ` [${health.workflow.state}]`
    lines.push(
      `  ${health.workflow.name.padEnd(WIDTH)} ${health.status.padEnd(9)} ${String(health.score ?? '–').padStart(5)}  ${health.reason}${disabled}`
    )
  }
  const { counts, findings } = repository.lint
  const files = new Set(findings.map(finding => finding.file)).size
  lines.push('', `  lint: ${lintCountWords(counts, files)}`)
  const pruned = repository.pruned.map(entry => `${entry.name} (${entry.sha.slice(0, 7)})`)
  lines.push(`  pruned: ${pruned.length > 0 ? pruned.join(', ') : 'none'}`)
  lines.push(
    `  alerts: ${repository.alerts.length} (${countBy(repository.alerts.map(alert => alert.level))})`
  )
  lines.push(`  report: ${relative(process.cwd(), join(outDir, 'artifacts'))}/`)
  return lines.join('\n')
}

/** The release log carries a fake token; nothing the actions write may contain it. */
function plantedTokenCheck(results: ScenarioResult[]): { leaked: boolean; line: string } {
  const shown = `${PLANTED_TOKEN.slice(0, 8)}…`
  const leaks = results.filter(result => JSON.stringify(result).includes(PLANTED_TOKEN)).length
  if (leaks > 0) return { leaked: true, line: `Planted token ${shown}: LEAKED in ${leaks} triage result(s)` }
  const markers = results.reduce(
    (sum, result) => sum + JSON.stringify(result).split(REDACTED_TOKEN).length - 1,
    0
  )
  const where = markers > 0 ? `; ${markers} ${REDACTED_TOKEN} marker(s) in its place` : ''
  return {
    leaked: false,
    line: `Planted token ${shown} (release log): absent from every issue, comment, report and action log${where}`
  }
}

function healthReportOf(result: ScenarioResult): HealthReportView | null {
  for (const files of Object.values(result.artifacts)) {
    const text = files[HEALTH_REPORT]
    if (text) return JSON.parse(text) as HealthReportView
  }
  return null
}

function triageLine(scenario: Scenario, run: ScenarioRun, result: ScenarioResult): string {
  const { category, confidence, action } = result.outputs
  const existing = (scenario.repository.issues ?? []).map(issue => issue.number)
  const issue = issueWords(result.outputs['issue-number'], existing)
  const done = [
    ...result.deletedRefs.map(ref => `deleted ${ref.ref}`),
    ...result.reruns.map(rerun => rerun.kind)
  ]
  const verdict = category
    ? `${category.padEnd(15)} ${Number(confidence).toFixed(2)}  ${(action ?? '').padEnd(17)} ${issue}`
    : `no category (exit code ${result.exitCode}: ${lastLine(result.stderr || result.stdout)})`
  return `  ${workflowName(scenario, run).padEnd(WIDTH)} ${verdict}${done.length > 0 ? `  [${done.join(', ')}]` : ''}`
}

function workflowName(scenario: Scenario, run: ScenarioRun): string {
  return (
    scenario.repository.workflows.find(workflow => workflow.id === run.workflowId)?.name ??
    String(run.workflowId)
  )
}

function countBy(values: string[]): string {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].map(([value, count]) => `${count} ${value}`).join(', ') || 'none'
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)?.slice(0, 200) ?? ''
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** `task` over `items` with at most `limit` in flight, results in input order. */
async function mapLimited<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

main().then(
  code => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
