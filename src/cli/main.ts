import { createReadStream, existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { classifyWithAi, shouldCallAi } from '../classify/ai.js'
import { classifyExcerpt, isUnsure } from '../classify/classifier.js'
import { extractExcerpt } from '../classify/extract.js'
import { fingerprint } from '../classify/fingerprint.js'
import { failingTestsOfJunit, looksLikeJunit, MAX_JUNIT_BYTES } from '../classify/junit.js'
import type { FailingTest, FailingTests } from '../classify/tests.js'
import { loadPlaybook } from '../config/environment.js'
import { aiApiKey, applyOverrides, readHealthOptions, readTriageOptions } from '../config/inputs.js'
import { GitHubGateway } from '../github/gateway.js'
import { runHealthCheck } from '../health/main.js'
import { renderMarkdown } from '../health/report-markdown.js'
import { renderJson } from '../health/report.js'
import { lintWorkflows } from '../lint/index.js'
import { runTriage } from '../triage/main.js'
import { renderTriageJson, renderTriageMarkdown } from '../triage/report.js'
import type { Classification } from '../types.js'

const USAGE = `workflow-triage <command> [options]

Commands:
  classify [--json] [--ai off|auto|always] FILE...   classify CI logs ('-' reads stdin)
  tests [--json] FILE...                            the failing tests of CI logs or JUnit XML reports
  lint [--json] [PATH...]                           lint workflow files (default .github/workflows)
  triage --repo OWNER/NAME --run-id N [--dry-run] [--json]
                                                    triage one run (token from GITHUB_TOKEN)
  health --repo OWNER/NAME [--dry-run] [--json]     health-check a repository (token from GITHUB_TOKEN)
  demo                                              run both actions on the bundled sample repository

AI options (classify): --ai-base-url URL --ai-model ID; the key comes from OPENAI_API_KEY or GITHUB_TOKEN.
Exit codes: 0 ok, 1 findings or failures, 2 usage or input errors.`

export interface Io {
  stdout: (line: string) => void
  stderr: (line: string) => void
  stdin: NodeJS.ReadableStream
  env: NodeJS.ProcessEnv
  cwd: string
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'classify':
        return await classifyCommand(rest, io)
      case 'tests':
        return await testsCommand(rest, io)
      case 'lint':
        return await lintCommand(rest, io)
      case 'triage':
        return await triageCommand(rest, io)
      case 'health':
        return await healthCommand(rest, io)
      case 'demo':
        io.stdout('The demo runs from a clone of workflow-triage: npm ci && npm run demo')
        return 0
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE)
        return command === undefined ? 2 : 0
      default:
        io.stderr(`Unknown command '${command}'.\n\n${USAGE}`)
        return 2
    }
  } catch (error) {
    io.stderr(`workflow-triage ${command}: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
}

interface ClassifiedLine {
  file: string
  category: Classification['category']
  confidence: number
  evidence: string[]
  fingerprint: string
  rules: string[]
  source: Classification['source']
  tests: FailingTest[]
}

async function classifyCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      ai: { type: 'string', default: 'off' },
      'ai-base-url': {
        type: 'string',
        default: io.env.OPENAI_BASE_URL ?? 'https://models.github.ai/inference'
      },
      'ai-model': { type: 'string', default: 'openai/gpt-4.1-mini' }
    }
  })
  if (!['off', 'auto', 'always'].includes(values.ai))
    throw new Error(`--ai must be off, auto or always, got '${values.ai}'`)
  if (positionals.length === 0) throw new Error('name at least one log file, or - for standard input')
  const aiMode = values.ai as 'off' | 'auto' | 'always'
  const credentials = aiApiKey({
    apiKey: io.env.OPENAI_API_KEY ?? '',
    baseUrl: values['ai-base-url'],
    token: io.env.GITHUB_TOKEN ?? ''
  })
  if (aiMode !== 'off' && 'problem' in credentials)
    throw new Error('--ai needs OPENAI_API_KEY (GITHUB_TOKEN serves GitHub Models only)')
  const apiKey = 'key' in credentials ? credentials.key : ''
  const playbook = await loadPlaybook(io.cwd, 'playbook.md')
  let failures = 0
  const rows: ClassifiedLine[] = []
  for (const file of positionals) {
    const problem = file === '-' ? null : await unreadable(file)
    if (problem) {
      failures++
      io.stderr(`${file}: ${problem}`)
      if (values.json) io.stdout(JSON.stringify({ file, error: problem }))
      continue
    }
    const source = file === '-' ? (io.stdin as AsyncIterable<Uint8Array>) : createReadStream(file)
    const excerpt = await extractExcerpt(source)
    const unusable = excerpt.warnings.find(warning => warning === 'binary' || warning === 'non-utf8')
    if (unusable || excerpt.totalLines === 0) {
      failures++
      const error =
        excerpt.totalLines === 0
          ? 'the file is empty'
          : `the file is ${unusable === 'binary' ? 'binary' : 'not UTF-8 text'}`
      io.stderr(`${file}: ${error}`)
      if (values.json) io.stdout(JSON.stringify({ file, error }))
      continue
    }
    let classification = classifyExcerpt({ excerpt })
    if (shouldCallAi(aiMode, classification, isUnsure)) {
      const outcome = await classifyWithAi(
        { excerpt, rulesAnswer: classification, guidance: playbook.prose, jobName: file },
        { mode: aiMode, baseUrl: values['ai-base-url'], model: values['ai-model'], apiKey }
      )
      if (outcome.error) io.stderr(`${file}: AI fell back to the rules: ${outcome.error}`)
      classification = outcome.classification
    }
    const print = fingerprint({
      workflowPath: '',
      jobName: '',
      category: classification.category,
      primaryLine: excerpt.primaryLine
    })
    const row: ClassifiedLine = {
      file,
      category: classification.category,
      confidence: Number(classification.confidence.toFixed(2)),
      evidence: classification.evidence,
      fingerprint: print.id,
      rules: classification.rules,
      source: classification.source,
      tests: excerpt.failingTests.tests
    }
    rows.push(row)
    if (values.json) io.stdout(JSON.stringify(row))
  }
  if (!values.json && rows.length > 0) {
    const width = Math.min(60, Math.max(4, ...rows.map(row => row.file.length)))
    io.stdout(`${'FILE'.padEnd(width)}  ${'CATEGORY'.padEnd(15)}  CONF  SOURCE  PRIMARY RULE`)
    for (const row of rows) {
      io.stdout(
        `${row.file.slice(-width).padEnd(width)}  ${row.category.padEnd(15)}  ${row.confidence.toFixed(2)}  ${row.source.padEnd(6)}  ${row.rules[0] ?? '-'}`
      )
    }
  }
  return failures > 0 ? 1 : 0
}

/** The failing tests of each file: a JUnit XML report (read whole, size capped) or a log (streamed). */
async function testsCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } }
  })
  if (positionals.length === 0)
    throw new Error('name at least one log or JUnit XML file, or - for standard input')
  let problems = 0
  let failing = 0
  for (const file of positionals) {
    const problem = file === '-' ? null : await unreadable(file)
    const outcome = problem === null ? await failingTestsOf(file, io) : { error: problem }
    if ('error' in outcome) {
      problems++
      io.stderr(`${file}: ${outcome.error}`)
      if (values.json) io.stdout(JSON.stringify({ file, error: outcome.error }))
      continue
    }
    failing += outcome.tests.length
    if (values.json) {
      io.stdout(JSON.stringify({ file, ...outcome }))
      continue
    }
    for (const test of outcome.tests) {
      const place = test.file === null ? '' : `  (${test.file}${test.line === null ? '' : `:${test.line}`})`
      io.stdout(`${file}: ${test.framework}  ${test.name}${place}`)
    }
    const totals =
      outcome.totals === null ? '' : `, ${outcome.totals.failed} of ${outcome.totals.total ?? '?'} failed`
    const more = outcome.omitted > 0 ? ` (and ${outcome.omitted} more)` : ''
    io.stdout(`${file}: ${outcome.tests.length} failing tests named${more}${totals}`)
  }
  return problems > 0 || failing > 0 ? 1 : 0
}

async function failingTestsOf(file: string, io: Io): Promise<FailingTests | { error: string }> {
  const source = file === '-' ? (io.stdin as AsyncIterable<Uint8Array>) : createReadStream(file)
  const iterator = source[Symbol.asyncIterator]()
  // The first chunk tells a report from a log; a report is read whole (capped), a log streamed.
  const first = await iterator.next()
  if (first.done) return { error: 'the file is empty' }
  const head = Buffer.from(first.value as Uint8Array)
  if (looksLikeJunit(head.toString('utf8', 0, 512))) {
    const chunks = [head]
    let size = head.length
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      size += (next.value as Uint8Array).length
      if (size > MAX_JUNIT_BYTES) return { error: `the report is over ${MAX_JUNIT_BYTES / 1024 / 1024} MB` }
      chunks.push(Buffer.from(next.value as Uint8Array))
    }
    try {
      return failingTestsOfJunit(Buffer.concat(chunks).toString('utf8'))
    } catch (error) {
      return {
        error: `not a JUnit report I can read: ${error instanceof Error ? error.message : String(error)}`
      }
    }
  }
  const rest = (async function* () {
    yield head
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value
  })()
  const excerpt = await extractExcerpt(rest)
  const unusable = excerpt.warnings.find(warning => warning === 'binary' || warning === 'non-utf8')
  if (unusable) return { error: `the file is ${unusable === 'binary' ? 'binary' : 'not UTF-8 text'}` }
  return excerpt.failingTests
}

async function unreadable(file: string): Promise<string | null> {
  try {
    const info = await stat(file)
    if (!info.isFile()) return 'not a regular file'
    if (info.size === 0) return 'the file is empty'
    return null
  } catch {
    return 'no such file'
  }
}

const WORKFLOW_FILE = /\.ya?ml$/i

async function lintCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } }
  })
  const paths = positionals.length > 0 ? positionals : ['.github/workflows']
  const files: { path: string; content: string }[] = []
  for (const path of paths) {
    const absolute = join(io.cwd, path)
    if (!existsSync(absolute)) throw new Error(`${path} does not exist`)
    if ((await stat(absolute)).isDirectory()) {
      for (const name of (await readdir(absolute)).filter(entry => WORKFLOW_FILE.test(entry)).sort()) {
        files.push({
          path: join(path, name),
          content: await readFile(join(absolute, name), 'latin1').then(decode)
        })
      }
    } else {
      files.push({ path, content: decode(await readFile(absolute, 'latin1')) })
    }
  }
  const findings = lintWorkflows(files)
  for (const finding of findings) {
    if (values.json) {
      const { file, line, column, level, rule, message } = finding
      io.stdout(JSON.stringify({ file, line, column, level, rule, message }))
    } else {
      io.stdout(
        `${finding.file}:${finding.line}:${finding.column}: ${finding.level} [${finding.rule}] ${finding.message}`
      )
    }
  }
  if (!values.json) io.stdout(`${files.length} files, ${findings.length} findings`)
  return findings.some(finding => finding.level !== 'notice') ? 1 : 0
}

/** Reads as bytes first so binary files reach the linter (which reports them) rather than crashing us. */
function decode(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8')
}

function repository(value: string | undefined): [string, string] {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '')
  if (!match) throw new Error('--repo must be OWNER/NAME')
  return [match[1], match[2]]
}

function token(io: Io): string {
  const value = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? ''
  if (!value) throw new Error('set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository')
  return value
}

async function triageCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      repo: { type: 'string' },
      'run-id': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false }
    }
  })
  const [owner, name] = repository(values.repo)
  const inputs: Record<string, string> = {
    'github-token': token(io),
    'run-id': values['run-id'] ?? '',
    'dry-run': String(values['dry-run']),
    'upload-report': 'false'
  }
  const options = readTriageOptions(input => inputs[input] ?? '')
  if (options.runId === null) throw new Error('--run-id is required')
  const playbook = await loadPlaybook(io.cwd, options.playbookPath)
  const gateway = new GitHubGateway(options.token, owner, name, {
    baseUrl: io.env.GITHUB_API_URL,
    log: io.stderr
  })
  const outcome = await runTriage({
    options,
    policy: applyOverrides(playbook.policy, options.overrides),
    guidance: playbook.prose,
    gateway,
    route: { kind: 'lookup', runId: options.runId },
    eventName: 'cli',
    now: new Date(),
    log: io.stderr
  })
  io.stdout(values.json ? renderTriageJson(outcome.report).trimEnd() : renderTriageMarkdown(outcome.report))
  return outcome.failure ? 1 : 0
}

async function healthCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      repo: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false }
    }
  })
  const [owner, name] = repository(values.repo)
  const inputs: Record<string, string> = { 'github-token': token(io), 'dry-run': String(values['dry-run']) }
  const options = readHealthOptions(input => inputs[input] ?? '')
  const playbook = await loadPlaybook(io.cwd, options.playbookPath)
  const gateway = new GitHubGateway(options.token, owner, name, {
    baseUrl: io.env.GITHUB_API_URL,
    log: io.stderr
  })
  const outcome = await runHealthCheck({
    options,
    policy: applyOverrides(playbook.policy, options.overrides),
    gateway,
    workspace: io.cwd,
    now: new Date(),
    log: io.stderr
  })
  io.stdout(values.json ? renderJson(outcome.report).trimEnd() : renderMarkdown(outcome.report))
  return outcome.exitCode
}
