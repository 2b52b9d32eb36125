/**
 * npm run scenario -- <file> [--action triage|health-check] [--out DIR] [--after STATE]
 *
 * Runs one scenario against the real bundle and prints what the action did. With `--after`,
 * the scenario starts from the issues and uploaded artifacts of an earlier run's state.json
 * (testkit/scenario/continue.ts), as a scheduled health check starts from the last one's report. Exits
 * non-zero when the GitHub stand-in saw OpenAPI violations or the runner failed; the
 * action's own exit code is printed, not propagated (failing is often the expected result).
 */
import { basename, extname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { readFileSync } from 'node:fs'
import { continueFrom } from '../testkit/scenario/continue.js'
import { loadScenario, runScenario, type ActionName } from '../testkit/scenario/runner.js'
import type { ScenarioResult } from '../testkit/scenario/types.js'

const USAGE =
  'usage: npm run scenario -- <file> [--action triage|health-check] [--out DIR] [--after STATE_JSON]'
/** The earlier run's id in the continued scenario: it must not be one of the scenario's own. */
const EARLIER_RUN_ID = 4_242_424_241

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      action: { type: 'string' },
      out: { type: 'string' },
      after: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help || positionals.length !== 1) {
    console.log(USAGE)
    return values.help ? 0 : 2
  }
  if (values.action !== undefined && values.action !== 'triage' && values.action !== 'health-check') {
    console.error(`--action must be triage or health-check, not ${values.action}\n${USAGE}`)
    return 2
  }
  const file = resolve(positionals[0])
  const outDir = resolve(values.out ?? join('.scenario-out', basename(file, extname(file))))
  const loaded = loadScenario(file)
  const scenario = values.after
    ? continueFrom(loaded, JSON.parse(readFileSync(resolve(values.after), 'utf8')) as ScenarioResult, {
        runId: EARLIER_RUN_ID,
        at: new Date(Date.parse(loaded.now ?? new Date().toISOString()) - 4 * 3600_000).toISOString()
      })
    : loaded
  if (scenario.description) console.log(scenario.description)
  const result = await runScenario(scenario, { action: values.action as ActionName | undefined, outDir })
  console.log(formatSummary(result))
  console.log(`\nstate: ${relative(process.cwd(), join(outDir, 'state.json')) || outDir}`)
  return result.violations.length > 0 ? 1 : 0
}

function formatSummary(result: ScenarioResult): string {
  const lines = [
    `${result.action}: exit code ${result.exitCode}${result.timedOut ? ' (killed at the time limit)' : ''} in ${result.durationMs} ms`
  ]
  const section = (title: string, items: string[]) => {
    lines.push(`${title}:${items.length === 0 ? ' none' : ''}`)
    for (const item of items) lines.push(`  ${item}`)
  }
  section(
    'outputs',
    Object.entries(result.outputs).map(([name, value]) => `${name} = ${truncate(value)}`)
  )
  section(
    'issues',
    result.issues.map(
      issue =>
        `#${issue.number} [${issue.state}] ${issue.title} (${issue.labels.join(', ')}; ${issue.comments.length} comments)`
    )
  )
  section(
    'deleted refs',
    result.deletedRefs.map(ref => `${ref.ref} at ${ref.sha}`)
  )
  section(
    'reruns',
    result.reruns.map(rerun => `run ${rerun.runId}: ${rerun.kind}`)
  )
  section(
    'writes',
    result.writes.map(write => `${write.method} ${write.path}`)
  )
  lines.push(`requests: ${result.requestCount}`)
  section('OpenAPI violations', result.violations)
  section(
    'annotations',
    result.annotations.map(
      a => `${a.level}${a.file ? ` ${a.file}:${a.line ?? ''}` : ''} ${truncate(a.message)}`
    )
  )
  section(
    'artifact files',
    Object.entries(result.artifacts).flatMap(([name, files]) =>
      Object.entries(files).map(([path, content]) => `${name}/${path} (${content.length} chars)`)
    )
  )
  if (result.openaiRequests.length > 0) lines.push(`OpenAI requests: ${result.openaiRequests.length}`)
  if (result.webhookRequests.length > 0) lines.push(`webhook requests: ${result.webhookRequests.length}`)
  return lines.join('\n')
}

function truncate(text: string, max = 120): string {
  const line = text.replace(/\n/g, '⏎')
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

main().then(
  code => (process.exitCode = code),
  (error: unknown) => {
    console.error(`scenario runner failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 2
  }
)
