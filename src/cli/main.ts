import { createReadStream, existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { redactSecrets } from '../classify/redact.js'
import { failingTestsOfJunit, looksLikeJunit, MAX_JUNIT_BYTES } from '../classify/junit.js'
import type { FailingTest, FailingTests } from '../classify/tests.js'
import { loadPlaybook } from '../config/environment.js'
import {
  aiApiKey,
  applyOverrides,
  InputError,
  readHealthOptions,
  readTriageOptions
} from '../config/inputs.js'
import type { Classification } from '../types.js'
import { VERSION } from './version.js'

const USAGE = `workflow-triage <command> [options]

Commands:
  classify [--json] [--ai off|auto|always] FILE...   classify CI logs ('-' reads stdin)
  tests [--json] FILE...                            the failing tests of CI logs or JUnit XML reports
  lint [--json] [--no-scripts] [PATH...]            lint workflow files (default .github/workflows);
                                                    --no-scripts skips shellcheck/pyflakes on run: scripts
  triage --repo OWNER/NAME --run-id N [--apply] [--json]
                                                    triage one run (token from GITHUB_TOKEN)
  health --repo OWNER/NAME [--apply] [--json]       health-check a repository (token from GITHUB_TOKEN)
  demo                                              run both actions on the bundled sample repository

'workflow-triage <command> --help' describes a command; --version prints the version.
triage and health only show their plan unless given --apply.
Exit codes: 0 ok, 1 findings or failures, 2 usage or input errors.`

const HELP: Record<string, string> = {
  tests: `workflow-triage tests [--json] FILE...

Names the failing tests of CI logs (jest, vitest, mocha, pytest, unittest, go test, cargo test, Maven,
Gradle, rspec, minitest, PHPUnit, dotnet test, ExUnit and more) or of JUnit XML reports; '-' reads
standard input. Logs are streamed; a report is read whole, up to its size cap, with no DTD or entity.

Options:
  --json   one JSON object per file: the tests (framework, name, file, line) and the run's totals

Exit codes: 0 no failing test named, 1 failing tests named or a file could not be read, 2 usage errors.`,
  classify: `workflow-triage classify [--json] [--ai off|auto|always] FILE...

Classifies CI logs with the deterministic rules; '-' reads standard input. Files of any size are streamed.
A log with invalid UTF-8 or NUL bytes is still classified, with a warning.

Options:
  --json              one JSON object per file, one per line
  --ai MODE           off (default), auto (only when the rules are unsure) or always
  --ai-base-url URL   OpenAI-compatible endpoint (default OPENAI_BASE_URL, else GitHub Models)
  --ai-model ID       model id (default openai/gpt-4.1-mini); the key comes from OPENAI_API_KEY or GITHUB_TOKEN

Exit codes: 0 every file classified, 1 a file could not be read, 2 usage errors.`,
  lint: `workflow-triage lint [--json] [--no-scripts] [PATH...]

Lints workflow files with GitHub's own parser plus security and hygiene checks. A PATH is a file or a
folder of .yml/.yaml files, relative or absolute (default .github/workflows).

Options:
  --json         one finding per line
  --no-scripts   skip shellcheck and pyflakes on run: scripts

Exit codes: 0 no error or warning, 1 errors or warnings found, 2 usage errors.`,
  triage: `workflow-triage triage --repo OWNER/NAME --run-id N [--apply] [--json]

Triages one workflow run as the triage action would: classifies the failure, then shows the plan:
re-run, branch deletion, issue. Nothing is written to the repository unless --apply is given.
The token comes from GITHUB_TOKEN (or GH_TOKEN); GITHUB_API_URL points at GitHub Enterprise Server.

Options:
  --repo OWNER/NAME   the repository
  --run-id N          the workflow run id (the number in the run's URL)
  --apply             carry out the plan: re-run jobs, delete branches, open or update issues
  --dry-run           show the plan only (the default; kept for scripts)
  --json              the triage report as JSON instead of Markdown

Exit codes: 0 done, 1 the triage failed, 2 usage or input errors.`,
  health: `workflow-triage health --repo OWNER/NAME [--workflows-path DIR] [--apply] [--json]

Scores the recent runs of every workflow, lints the workflow files and lists stale automation branches,
as the health-check action would. Nothing is written to the repository (no pruning, no issues) unless
--apply is given. The token comes from GITHUB_TOKEN (or GH_TOKEN).

Options:
  --repo OWNER/NAME       the repository
  --workflows-path DIR    lint this local folder instead of the repository's files read from the API
  --fail-on LEVEL         critical (default), degraded, warning or never: the status that exits with 1
  --apply                 carry out the plan: prune stale branches, open, update and close issues
  --dry-run               show the plan only (the default; kept for scripts)
  --json                  the health report as JSON instead of Markdown

Exit codes: 0 healthy enough, 1 a workflow at or past --fail-on, 2 usage or input errors.`,
  demo: `workflow-triage demo

The demo runs both actions against a local stand-in of GitHub and the bundled sample repository.
It needs a clone of workflow-triage: npm ci && npm run demo`
}

const PLAN_ONLY =
  'This was a plan: nothing was written to the repository. Run again with --apply to carry it out.'

export interface Io {
  stdout: (line: string) => void
  stderr: (line: string) => void
  stdin: NodeJS.ReadableStream
  env: NodeJS.ProcessEnv
  cwd: string
}

export async function main(argv: string[], unredacted: Io): Promise<number> {
  // Findings, reports and errors quote logs and workflow files: nothing leaves unredacted.
  const io: Io = {
    ...unredacted,
    stdout: line => unredacted.stdout(redactSecrets(line)),
    stderr: line => unredacted.stderr(redactSecrets(line))
  }
  const [command, ...rest] = argv
  if (command !== undefined && command in HELP && rest.some(arg => arg === '--help' || arg === '-h')) {
    io.stdout(HELP[command])
    return 0
  }
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
        io.stdout(HELP.demo)
        return 0
      case '--version':
      case '-v':
      case 'version':
        io.stdout(VERSION)
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
    io.stderr(`workflow-triage ${command}: ${errorText(error)}`)
    io.stderr(`See 'workflow-triage ${command} --help'.`)
    return 2
  }
}

/** Wording for people at a terminal: options by their flag, not as action inputs. */
function errorText(error: unknown): string {
  if (error instanceof InputError) return `--${error.message.replace(/^Input '[^']*' /, `${error.input} `)}`
  return error instanceof Error ? error.message : String(error)
}

/** Runs node:util parseArgs and rewords its errors (they quote unevenly and suggest `--`). */
function readArguments<T>(parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    const { code, message } = error as { code?: string; message: string }
    const quoted = /'([^']*)'/.exec(message)?.[1] ?? ''
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new Error(`unknown option ${quoted}`.trim(), { cause: error })
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new Error(`unexpected argument ${quoted}`.trim(), { cause: error })
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new Error(message.replace(/'/g, ''), { cause: error })
    throw error
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
  /** What was odd about the input (invalid UTF-8, NUL bytes); it was classified all the same. */
  warnings?: string[]
}

/** GitHub logs often hold a stray invalid byte or NUL: worth a warning, never a reason to refuse a log. */
function inputWarnings(extractWarnings: string[]): string[] {
  const wording: Record<string, string> = {
    binary: 'the file holds NUL bytes (binary data): they were left out and the rest classified',
    'non-utf8':
      'the file holds bytes that are not UTF-8 (or U+FFFD replacement characters); classified as read'
  }
  return extractWarnings.filter(warning => warning in wording).map(warning => wording[warning])
}

function classifyArguments(args: string[], io: Io) {
  const parsed = readArguments(() =>
    parseArgs({
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
  )
  if (!['off', 'auto', 'always'].includes(parsed.values.ai))
    throw new Error(`--ai must be off, auto or always, got '${parsed.values.ai}'`)
  if (parsed.positionals.length === 0) throw new Error('name at least one log file, or - for standard input')
  return parsed
}

async function classifyCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = classifyArguments(args, io)
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
  // Each command loads only what it uses: `lint` starts without the classifier's rule automaton
  // (built at import) and without the AI and GitHub clients.
  const [
    { classifyWithAi, shouldCallAi },
    { classifyExcerpt, isUnsure },
    { extractExcerpt },
    { fingerprint }
  ] = await Promise.all([
    import('../ai/client.js'),
    import('../classify/classifier.js'),
    import('../classify/extract.js'),
    import('../classify/fingerprint.js')
  ])
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
    if (excerpt.totalLines === 0) {
      failures++
      io.stderr(`${file}: the file is empty`)
      if (values.json) io.stdout(JSON.stringify({ file, error: 'the file is empty' }))
      continue
    }
    const warnings = inputWarnings(excerpt.warnings)
    for (const warning of warnings) io.stderr(`${file}: warning: ${warning}`)
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
      tests: excerpt.failingTests.tests,
      ...(warnings.length > 0 ? { warnings } : {})
    }
    rows.push(row)
    if (values.json) io.stdout(JSON.stringify(row))
  }
  if (!values.json && rows.length > 0) printClassified(rows, io)
  return failures > 0 ? 1 : 0
}

/** The classified files as a table, one row per file. */
function printClassified(rows: ClassifiedLine[], io: Io): void {
  // Redacted before the column cuts the name: a cut token would no longer look like one.
  const names = rows.map(row => redactSecrets(row.file))
  const width = Math.min(60, Math.max(4, ...names.map(name => name.length)))
  io.stdout(`${'FILE'.padEnd(width)}  ${'CATEGORY'.padEnd(15)}  CONF  SOURCE  PRIMARY RULE`)
  for (const [index, row] of rows.entries()) {
    io.stdout(
      `${(names[index] as string).slice(-width).padEnd(width)}  ${row.category.padEnd(15)}  ${row.confidence.toFixed(2)}  ${row.source.padEnd(6)}  ${row.rules[0] ?? '-'}`
    )
  }
}

/** The failing tests of each file: a JUnit XML report (read whole, size capped) or a log (streamed). */
async function testsCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = readArguments(() =>
    parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } })
  )
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
  const { extractExcerpt } = await import('../classify/extract.js')
  const excerpt = await extractExcerpt(rest)
  return excerpt.failingTests
}

async function unreadable(file: string): Promise<string | null> {
  try {
    const info = await stat(file)
    if (info.isDirectory()) return 'is a directory: name the log files in it'
    if (!info.isFile()) return 'not a regular file'
    if (info.size === 0) return 'the file is empty'
    return null
  } catch {
    return 'no such file'
  }
}

const WORKFLOW_FILE = /\.ya?ml$/i

async function lintCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = readArguments(() =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'no-scripts': { type: 'boolean', default: false }
      }
    })
  )
  const paths = positionals.length > 0 ? positionals : ['.github/workflows']
  const files: { path: string; content: string }[] = []
  for (const path of paths) {
    const absolute = resolve(io.cwd, path)
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
  const { lintWorkflows } = await import('../lint/index.js')
  const findings = lintWorkflows(files, values['no-scripts'] ? { scriptLinters: false } : {})
  for (const finding of findings) {
    if (values.json) {
      const { file, line, column, level, severity, confidence, rule, message } = finding
      io.stdout(JSON.stringify({ file, line, column, level, severity, confidence, rule, message }))
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

/** Plan by default; only --apply writes. --dry-run is the default said aloud, so both together contradict. */
function dryRunOf(values: { apply?: boolean; 'dry-run'?: boolean }): boolean {
  if (values.apply && values['dry-run'])
    throw new Error('--apply and --dry-run contradict each other: choose one')
  return !values.apply
}

async function triageCommand(args: string[], io: Io): Promise<number> {
  const { values } = readArguments(() =>
    parseArgs({
      args,
      options: {
        repo: { type: 'string' },
        'run-id': { type: 'string' },
        apply: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false }
      }
    })
  )
  const [owner, name] = repository(values.repo)
  if (values['run-id'] === undefined) throw new Error('--run-id is required')
  const dryRun = dryRunOf(values)
  const inputs: Record<string, string> = {
    'github-token': token(io),
    'run-id': values['run-id'],
    'dry-run': String(dryRun),
    'upload-report': 'false'
  }
  const options = readTriageOptions(input => inputs[input] ?? '')
  if (options.runId === null) throw new Error('--run-id is required')
  const playbook = await loadPlaybook(io.cwd, options.playbookPath)
  const [{ GitHubGateway }, { runTriage }, { renderTriageJson, renderTriageMarkdown }] = await Promise.all([
    import('../github/gateway.js'),
    import('../triage/main.js'),
    import('../triage/report.js')
  ])
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
  if (dryRun) io.stderr(PLAN_ONLY)
  return outcome.failure ? 1 : 0
}

async function healthCommand(args: string[], io: Io): Promise<number> {
  const { values } = readArguments(() =>
    parseArgs({
      args,
      options: {
        repo: { type: 'string' },
        'workflows-path': { type: 'string' },
        'fail-on': { type: 'string' },
        apply: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false }
      }
    })
  )
  const [owner, name] = repository(values.repo)
  const dryRun = dryRunOf(values)
  const localWorkflows = values['workflows-path']
  if (localWorkflows !== undefined && !existsSync(resolve(io.cwd, localWorkflows)))
    throw new Error(`--workflows-path ${localWorkflows} does not exist`)
  const inputs: Record<string, string> = {
    'github-token': token(io),
    'dry-run': String(dryRun),
    'fail-on': values['fail-on'] ?? '',
    // The files of the current folder belong to whatever is checked out here, not to --repo.
    'workflows-path': localWorkflows === undefined ? '' : relative(io.cwd, resolve(io.cwd, localWorkflows))
  }
  const options = readHealthOptions(input => inputs[input] ?? '')
  const playbook = await loadPlaybook(io.cwd, options.playbookPath)
  const [{ GitHubGateway }, { runHealthCheck }, { renderMarkdown }, { renderJson }] = await Promise.all([
    import('../github/gateway.js'),
    import('../health/main.js'),
    import('../health/report-markdown.js'),
    import('../health/report.js')
  ])
  const gateway = new GitHubGateway(options.token, owner, name, {
    baseUrl: io.env.GITHUB_API_URL,
    log: io.stderr
  })
  const outcome = await runHealthCheck({
    options,
    policy: applyOverrides(playbook.policy, options.overrides),
    gateway,
    workspace: localWorkflows === undefined ? null : io.cwd,
    now: new Date(),
    log: io.stderr
  })
  io.stdout(values.json ? renderJson(outcome.report).trimEnd() : renderMarkdown(outcome.report))
  if (dryRun) io.stderr(PLAN_ONLY)
  return outcome.exitCode
}
