/**
 * `npm run bench`: how fast, how frugal with the API and with tokens, and how flat in memory
 * both actions are (issue 7). Offline; a few minutes on a 2-core machine. Prints a table and
 * ends with one `bench: key=value ...` line.
 *
 *   npm run bench -- [--triage-bundle PATH] [--health-bundle PATH] [--cli-bundle PATH] [--corpus DIR] [--quick] [--only scan]
 *
 * `--only scan` measures the log scan against grep and nothing else (about a minute; with
 * `--quick`, seconds): the figure to watch while changing extraction, redaction or the rules.
 *
 * Every figure is measured in the same run, so ratios share the machine's noise. Timing is
 * never asserted anywhere: this is a script, not a test.
 *
 * What is counted:
 * - triage_calls / health_calls_50 are GitHub API requests (what the 1,000 requests/hour
 *   limit counts). A job log is one API request answered with a 302 plus one download from
 *   blob storage, which the API rate limit does not count; the table shows those downloads
 *   apart, and the total.
 * - Scenario times are the action process's start-to-exit time against the GitHub stand-in
 *   answering each request after 100 ms, measured on a second run: the first run of each
 *   scenario compiles the stand-in's OpenAPI validators, which is the stand-in's cost.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startGitHubStandin, type RecordedRequest } from '../testkit/github/index.js'
import { runScenario } from '../testkit/scenario/runner.js'
import type { Scenario, ScenarioResult } from '../testkit/scenario/types.js'
import { timeGrep, writeRulePatternFile } from './bench-grep.js'
import { coldLintMs, lintMsPerFile } from './bench-lint.js'
import { benchLlm, quantile } from './bench-llm.js'
import { benchRedaction } from './bench-redact.js'
import { scanFileInChild, writeSyntheticLog, type ScanBenchResult } from './bench-scan.js'
import {
  continuedHealthScenario,
  healthNoopScenario,
  healthScenario,
  triageNoopScenario,
  triageScenario
} from './bench-scenarios.js'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const LATENCY_MS = 100
const MB = 1024 * 1024

interface Options {
  triageBundle?: string
  healthBundle?: string
  cliBundle: string
  corpus: string
  /** Smaller logs and fewer repeats, to try the script itself. */
  quick: boolean
  /** Only the scan figures (`--only scan`). */
  onlyScan: boolean
}

function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name)
    return at >= 0 ? argv[at + 1] : undefined
  }
  const bundle = (name: string): string | undefined => {
    const path = value(name)
    return path === undefined ? undefined : resolve(path)
  }
  return {
    triageBundle: bundle('--triage-bundle'),
    healthBundle: bundle('--health-bundle'),
    cliBundle: bundle('--cli-bundle') ?? join(REPO_ROOT, 'dist', 'cli', 'index.js'),
    corpus: resolve(value('--corpus') ?? join(REPO_ROOT, 'corpus')),
    quick: argv.includes('--quick'),
    onlyScan: value('--only') === 'scan'
  }
}

interface ScanFigures {
  sizeMb: number
  /** The median scan of the pairs, by time. */
  scan: ScanBenchResult
  /** Median of the pairs' scan / grep ratios. */
  scanVsGrep: number
  grepSeconds: number
  grepPatterns: number
  /** The highest peak RSS of the scans of the small log. */
  peakRssMb: number
  bigSizeMb: number
  big: ScanBenchResult
}

/** Pairs of a grep run and our scan on the small log: each ratio is of two runs side by side. */
const SCAN_PAIRS = 5

/** Scan throughput against grep over the same file, and peak RSS at two sizes (each scan in its own process). */
async function benchScanning(quick: boolean): Promise<ScanFigures> {
  const sizeMb = quick ? 20 : 200
  const bigSizeMb = quick ? 100 : 1000
  const dir = mkdtempSync(join(tmpdir(), 'wt-bench-'))
  try {
    const log = join(dir, 'job.log')
    const patterns = join(dir, 'rules.ere')
    const grepPatterns = writeRulePatternFile(patterns)
    await writeSyntheticLog(log, sizeMb * MB)
    timeGrep(patterns, log, 1) // reads the file into the page cache for both
    const pairs = Array.from({ length: SCAN_PAIRS }, () => ({
      grepSeconds: timeGrep(patterns, log, 1).seconds,
      scan: scanFileInChild(log)
    }))
    const median = [...pairs].sort((a, b) => a.scan.seconds - b.scan.seconds)[Math.floor(SCAN_PAIRS / 2)]
    await writeSyntheticLog(log, bigSizeMb * MB)
    const big = scanFileInChild(log)
    return {
      sizeMb,
      scan: (median as (typeof pairs)[number]).scan,
      scanVsGrep: quantile(
        pairs.map(pair => pair.scan.seconds / pair.grepSeconds),
        0.5
      ),
      grepSeconds: quantile(
        pairs.map(pair => pair.grepSeconds),
        0.5
      ),
      grepPatterns,
      peakRssMb: Math.max(...pairs.map(pair => pair.scan.peakRssMb)),
      bigSizeMb,
      big
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

interface ScenarioFigures {
  apiCalls: number
  blobDownloads: number
  ms: number
  exitCode: number
  byRoute: Map<string, number>
}

const BLOB_PREFIX = '/_blob/'

/** Runs `scenario` twice (the first warms the stand-in up) and measures the second run. */
async function measureScenario(scenario: Scenario, bundlePath: string | undefined): Promise<ScenarioFigures> {
  await runScenario({ ...scenario, latencyMs: 0 }, { bundlePath })
  let requests: RecordedRequest[] = []
  const result: ScenarioResult = await runScenario(scenario, {
    bundlePath,
    standins: {
      github: async (repos, options) => {
        const standin = await startGitHubStandin(repos, options)
        requests = standin.requests
        return standin
      }
    }
  })
  if (result.violations.length > 0) {
    throw new Error(`${scenario.description}: OpenAPI violations:\n  ${result.violations.join('\n  ')}`)
  }
  const blobDownloads = requests.filter(request => request.path.startsWith(BLOB_PREFIX)).length
  const byRoute = new Map<string, number>()
  for (const request of requests) {
    const route = `${request.method} ${routeName(request.path)}`
    byRoute.set(route, (byRoute.get(route) ?? 0) + 1)
  }
  return {
    apiCalls: requests.length - blobDownloads,
    blobDownloads,
    ms: result.durationMs,
    exitCode: result.exitCode,
    byRoute
  }
}

function routeName(path: string): string {
  return path
    .replace(/^\/repos\/[^/]+\/[^/]+/, '')
    .replace(/^\/_blob\/job-logs\/.*/, '(blob storage)')
    .replace(/\/\d+(?=\/|$)/g, '/{id}')
    .replace(/\/(labels|branches|contents|compare|git\/refs)\/.+$/, '/$1/{name}')
}

/** Median start-to-exit time of `runs` runs of a no-op scenario (after one warm-up). */
async function coldStart(scenario: Scenario, bundlePath: string | undefined, runs: number): Promise<number> {
  await runScenario(scenario, { bundlePath })
  const times: number[] = []
  for (let run = 0; run < runs; run++) times.push((await runScenario(scenario, { bundlePath })).durationMs)
  return quantile(times, 0.5)
}

function table(rows: [string, string, string][]): string {
  const widths = [0, 1, 2].map(column => Math.max(...rows.map(row => row[column].length)))
  return rows
    .map(row =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}

const ok = (met: boolean): string => (met ? 'met' : 'MISSED')

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  const log = (message: string): void => console.error(`bench: ${message}`)

  if (options.onlyScan) {
    log('scanning synthetic logs (grep reference, then our scan in a fresh process per size)')
    const scan = await benchScanning(options.quick)
    const figures = scanFigures(scan)
    const [scanRow, grepRow, ratioRow] = scanRows(scan)
    console.log(table([['measure', 'value', 'target'], scanRow, grepRow, ratioRow, rssRow(scan)]))
    console.log(`\nbench: ${benchLine(figures)}`)
    return
  }
  log('redaction of adversarial 1 MB inputs')
  const redaction = benchRedaction()
  log('scanning synthetic logs (grep reference, then our scan in a fresh process per size)')
  const scan = await benchScanning(options.quick)
  log('triage scenarios')
  const triage = await measureScenario(triageScenario({ latencyMs: LATENCY_MS }), options.triageBundle)
  const triageDistinct = await measureScenario(
    triageScenario({ latencyMs: LATENCY_MS, distinctFailures: true }),
    options.triageBundle
  )
  log('health scenarios: a first check, then a check that starts from its report')
  const healthFirst = await measureScenario(healthScenario(LATENCY_MS), options.healthBundle)
  const earlier = await runScenario(healthScenario(0), { bundlePath: options.healthBundle })
  const health = await measureScenario(continuedHealthScenario(LATENCY_MS, earlier), options.healthBundle)
  log('cold starts')
  const coldRuns = options.quick ? 3 : 7
  const coldTriage = await coldStart(triageNoopScenario(), options.triageBundle, coldRuns)
  const coldHealth = await coldStart(healthNoopScenario(), options.healthBundle, coldRuns)
  log('lint: warm per file, then cold CLI starts')
  const lint = lintMsPerFile(REPO_ROOT, options.quick ? 5 : 20)
  const coldLint = coldLintMs(REPO_ROOT, options.cliBundle, coldRuns)
  log('prompt tokens over the corpus')
  const llm = await benchLlm(options.corpus)

  const figures = {
    ...scanFigures(scan),
    redact_worst_ms_1mb: redaction.worstMs.toFixed(1),
    triage_calls: String(triage.apiCalls),
    triage_ms: String(triage.ms),
    health_calls_50: String(health.apiCalls),
    health_ms_50: String(health.ms),
    health_calls_50_first: String(healthFirst.apiCalls),
    cold_ms_triage: String(Math.round(coldTriage)),
    cold_ms_health: String(Math.round(coldHealth)),
    lint_ms_per_file: lint.msPerFile.toFixed(2),
    cold_ms_lint: String(Math.round(coldLint)),
    llm_input_tokens_p95: String(llm.inputTokensP95),
    llm_call_share: llm.callShare.toFixed(3)
  }

  const rows: [string, string, string][] = [
    ['measure', 'value', 'target'],
    ...scanRows(scan),
    [
      `redaction of 1 MB adversarial text (200 lines x 5 KB), slowest median CPU time`,
      `${figures.redact_worst_ms_1mb} ms on ${redaction.worstInput}`,
      `<= 100 ${ok(redaction.worstMs <= 100)}`
    ],
    rssRow(scan),
    [
      'triage: 20 jobs, 3 matrix legs x 10 MB, 1 issue',
      `${triage.apiCalls} API + ${triage.blobDownloads} blob, ${triage.ms} ms (exit ${triage.exitCode})`,
      `<= 12, <= 2000 ${ok(triage.apiCalls <= 12 && triage.ms <= 2000)}`
    ],
    [
      'triage: same, 3 different failures (3 issues)',
      `${triageDistinct.apiCalls} API + ${triageDistinct.blobDownloads} blob, ${triageDistinct.ms} ms`,
      '(for information)'
    ],
    [
      "health: 50 workflows x 10 runs, 200 branches, from the previous check's report",
      `${health.apiCalls} API + ${health.blobDownloads} blob, ${health.ms} ms (exit ${health.exitCode})`,
      `<= 60, <= 2500 ${ok(health.apiCalls <= 60 && health.ms <= 2500)}`
    ],
    [
      'health: same, a first check (no report to start from: every failed run read)',
      `${healthFirst.apiCalls} API + ${healthFirst.blobDownloads} blob, ${healthFirst.ms} ms`,
      '(for information)'
    ],
    [
      `cold start, median of ${coldRuns} (triage / health)`,
      `${figures.cold_ms_triage} ms / ${figures.cold_ms_health} ms`,
      `<= 300 ${ok(coldTriage <= 300 && coldHealth <= 300)}`
    ],
    [
      `lint, warm, ${lint.files} fixture workflows, script linters off, median of rounds`,
      `${figures.lint_ms_per_file} ms per file`,
      `<= 5 ${ok(lint.msPerFile <= 5)}`
    ],
    [
      `lint cold start, one file, CLI start to exit, median of ${coldRuns}`,
      `${figures.cold_ms_lint} ms`,
      `<= 350 ${ok(coldLint <= 350)}`
    ],
    [
      `AI prompt input tokens over ${llm.logs} corpus logs`,
      `p50 ${llm.inputTokensP50}, p95 ${llm.inputTokensP95}, max ${llm.inputTokensMax}`,
      `p95 <= 1500 ${ok(llm.inputTokensP95 <= 1500)}`
    ],
    [
      'share of corpus logs ai: auto sends to the AI',
      figures.llm_call_share,
      `<= 0.3 ${ok(llm.callShare <= 0.3)}`
    ]
  ]
  console.log(table(rows))
  for (const [name, figuresOf] of [
    ['triage', triage],
    ['health', health]
  ] as const) {
    const routes = [...figuresOf.byRoute].map(([route, count]) => `${count}x ${route}`).join(', ')
    console.log(`\n${name} requests: ${routes}`)
  }
  console.log(`\nbench: ${benchLine(figures)}`)
}

function scanFigures(scan: ScanFigures): Record<string, string> {
  return {
    scan_mb_s: scan.scan.mbPerSec.toFixed(1),
    scan_vs_grep: scan.scanVsGrep.toFixed(2),
    scan_rss_mb_200: scan.peakRssMb.toFixed(0),
    scan_rss_mb_1000: scan.big.peakRssMb.toFixed(0)
  }
}

/** The table's rows of the scan's time, grep's and their ratio. */
function scanRows(scan: ScanFigures): [string, string, string][] {
  return [
    [
      `scan ${scan.sizeMb} MB log (extract + redact + classify), median of ${SCAN_PAIRS}`,
      `${scan.scan.seconds.toFixed(2)} s, ${scan.scan.mbPerSec.toFixed(1)} MB/s -> ${scan.scan.category}`,
      ''
    ],
    [
      `grep -E -c, ${scan.grepPatterns} rule patterns, LC_ALL=C, median of ${SCAN_PAIRS}`,
      `${scan.grepSeconds.toFixed(2)} s`,
      ''
    ],
    [
      'scan / grep, median of the pairs run side by side',
      scan.scanVsGrep.toFixed(2),
      `<= 3 ${ok(scan.scanVsGrep <= 3)}`
    ]
  ]
}

function rssRow(scan: ScanFigures): [string, string, string] {
  return [
    `peak RSS, ${scan.sizeMb} MB / ${scan.bigSizeMb} MB log`,
    `${scan.peakRssMb.toFixed(0)} MB / ${scan.big.peakRssMb.toFixed(0)} MB`,
    `<= 150, flat ${ok(Math.max(scan.peakRssMb, scan.big.peakRssMb) <= 150 && scan.big.peakRssMb <= scan.peakRssMb * 1.1)}`
  ]
}

function benchLine(figures: Record<string, string>): string {
  return Object.entries(figures)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ')
}

await main()
