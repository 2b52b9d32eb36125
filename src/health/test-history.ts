/**
 * The per-test history the health check keeps from one check to the next (pure). Each check
 * reads the failing tests of its window's failed runs, merges them into the history the
 * previous report carried, and writes the result into its own report: flake rates and
 * quarantine then look further back than one window, for the cost of one artifact download.
 *
 * The history is a list of run records. A record is keyed by workflow, run id and attempt, so
 * windows that overlap never count a run twice; a run seen again at a later attempt gets a
 * second record, and the derived figures read a run's records as one.
 */
import { redactSecrets } from '../classify/redact.js'
import { oneLine } from '../text/console.js'

export const TEST_HISTORY_VERSION = 1

/** Tests one run record keeps per outcome: a mass failure says little about any one test. */
export const MAX_RUN_TESTS = 50
const MAX_NAME_CHARS = 300
const MAX_JOB_CHARS = 200
/** A stored history holding more records than this is not one this code wrote. */
const MAX_STORED_RUNS = 20_000

/** A test that failed in one job of a run. */
export interface TestInJob {
  test: string
  job: string
}

/** The tests of one attempt of one run: failed for good, or flaky (passed on a later try). */
export interface HistoryRun {
  /** Path of the workflow file. */
  workflow: string
  runId: number
  attempt: number
  /** When the run was created (ISO 8601). */
  at: string
  /** Failed, and no later attempt or other job of the same commit passed. */
  failed: TestInJob[]
  /** Failed in a job that a later attempt, or another run of the same commit, passed. */
  flaky: TestInJob[]
}

export interface TestHistory {
  version: typeof TEST_HISTORY_VERSION
  runs: HistoryRun[]
}

export interface HistoryLimits {
  /** Most recent runs kept per workflow. */
  runs: number
  /** Tests kept at most: the ones seen most recently. */
  tests: number
}

export const EMPTY_HISTORY: TestHistory = { version: TEST_HISTORY_VERSION, runs: [] }

export function runKey(run: Pick<HistoryRun, 'workflow' | 'runId' | 'attempt'>): string {
  return `${run.workflow}\n${run.runId}\n${run.attempt}`
}

/** Newest first; ties by run id then attempt, so every ordering of the same records agrees. */
function newestFirst(a: HistoryRun, b: HistoryRun): number {
  return b.at.localeCompare(a.at) || b.runId - a.runId || b.attempt - a.attempt
}

function sortedOutcomes(outcomes: readonly TestInJob[]): TestInJob[] {
  const unique = new Map(outcomes.map(outcome => [`${outcome.test}\n${outcome.job}`, outcome]))
  return [...unique.values()]
    .sort((a, b) => a.test.localeCompare(b.test) || a.job.localeCompare(b.job))
    .slice(0, MAX_RUN_TESTS)
}

/**
 * `previous` with the records of `window` added (a window's record replaces a stored one of
 * the same run and attempt), then cut to the `limits.runs` most recent runs of each workflow
 * and to the `limits.tests` tests seen most recently. Merging the same window again changes
 * nothing.
 */
export function mergeHistory(
  previous: TestHistory,
  window: readonly HistoryRun[],
  limits: HistoryLimits
): TestHistory {
  const byKey = new Map<string, HistoryRun>()
  for (const run of [...previous.runs, ...window]) {
    byKey.set(runKey(run), { ...run, failed: sortedOutcomes(run.failed), flaky: sortedOutcomes(run.flaky) })
  }
  const keptRunIds = new Map<string, Set<number>>()
  const runs: HistoryRun[] = []
  for (const run of [...byKey.values()].sort(newestFirst)) {
    const ids = keptRunIds.get(run.workflow) ?? new Set<number>()
    keptRunIds.set(run.workflow, ids)
    if (!ids.has(run.runId)) {
      if (ids.size >= limits.runs) continue
      ids.add(run.runId)
    }
    runs.push(run)
  }
  const kept = testsSeenMostRecently(runs, limits.tests)
  return {
    version: TEST_HISTORY_VERSION,
    runs: runs.map(run => ({
      ...run,
      failed: run.failed.filter(outcome => kept.has(testKey(run.workflow, outcome.test))),
      flaky: run.flaky.filter(outcome => kept.has(testKey(run.workflow, outcome.test)))
    }))
  }
}

function testKey(workflow: string, test: string): string {
  return `${workflow}\n${test}`
}

/** The `max` tests (per workflow) whose latest failure is newest; runs come newest first. */
function testsSeenMostRecently(runs: readonly HistoryRun[], max: number): Set<string> {
  const kept = new Set<string>()
  for (const run of runs) {
    const tests = [...run.flaky, ...run.failed].map(outcome => testKey(run.workflow, outcome.test)).sort()
    for (const key of tests) {
      if (kept.size >= max) return kept
      kept.add(key)
    }
  }
  return kept
}

/**
 * One record per run, all its attempts together: a test that flaked in any attempt flaked in
 * the run, and only the tests that never flaked in it count as failed.
 */
function runsAsOne(runs: readonly HistoryRun[]): HistoryRun[] {
  const byRun = new Map<string, HistoryRun[]>()
  for (const run of runs) {
    const key = `${run.workflow}\n${run.runId}`
    byRun.set(key, [...(byRun.get(key) ?? []), run])
  }
  return [...byRun.values()]
    .map(records => {
      const latest = records.reduce((a, b) => (b.attempt > a.attempt ? b : a))
      const flaky = records.flatMap(record => record.flaky)
      const flakyTests = new Set(flaky.map(outcome => outcome.test))
      const failed = records.flatMap(record => record.failed).filter(outcome => !flakyTests.has(outcome.test))
      return { ...latest, flaky, failed }
    })
    .sort(newestFirst)
}

/** One row of the report's "Flaky tests" table. */
export interface FlakyTest {
  test: string
  workflow: string
  /** Runs in which the test flaked. */
  flakes: number
  /** Runs in which the test failed at all, flaky or not. */
  runsAffected: number
  /** Runs of the workflow the history holds: the window the rate is over. */
  runs: number
  /** flakes / runs */
  flakeRate: number
  firstSeen: string
  lastSeen: string
  /** Jobs the test flaked in, sorted. */
  jobs: string[]
  /** The runs it flaked in, newest first. */
  flakyRuns: { runId: number; attempt: number; at: string; job: string }[]
}

/** Tests that flaked at least once, most flakes first, then the most recent. */
export function flakyTests(history: TestHistory): FlakyTest[] {
  const runs = runsAsOne(history.runs)
  const runsPerWorkflow = new Map<string, number>()
  for (const run of runs) runsPerWorkflow.set(run.workflow, (runsPerWorkflow.get(run.workflow) ?? 0) + 1)
  const rows = new Map<string, FlakyTest>()
  const affected = new Map<string, Set<number>>()
  for (const run of runs) {
    for (const outcome of [...run.flaky, ...run.failed]) {
      const key = testKey(run.workflow, outcome.test)
      affected.set(key, (affected.get(key) ?? new Set()).add(run.runId))
    }
    const flakedHere = new Set<string>()
    for (const outcome of run.flaky) {
      const key = testKey(run.workflow, outcome.test)
      const row = rows.get(key) ?? {
        test: outcome.test,
        workflow: run.workflow,
        flakes: 0,
        runsAffected: 0,
        runs: runsPerWorkflow.get(run.workflow) ?? 0,
        flakeRate: 0,
        firstSeen: run.at,
        lastSeen: run.at,
        jobs: [],
        flakyRuns: []
      }
      rows.set(key, row)
      if (!row.jobs.includes(outcome.job)) row.jobs.push(outcome.job)
      if (flakedHere.has(key)) continue
      flakedHere.add(key)
      row.flakes += 1
      row.flakyRuns.push({ runId: run.runId, attempt: run.attempt, at: run.at, job: outcome.job })
      if (run.at < row.firstSeen) row.firstSeen = run.at
      if (run.at > row.lastSeen) row.lastSeen = run.at
    }
  }
  return [...rows.entries()]
    .map(([key, row]) => ({
      ...row,
      runsAffected: affected.get(key)?.size ?? row.flakes,
      flakeRate: row.runs === 0 ? 0 : row.flakes / row.runs,
      jobs: [...row.jobs].sort()
    }))
    .sort(
      (a, b) =>
        b.flakes - a.flakes ||
        b.lastSeen.localeCompare(a.lastSeen) ||
        a.workflow.localeCompare(b.workflow) ||
        a.test.localeCompare(b.test)
    )
}

/** Flakes of `test` from `since` on. */
export function flakesSince(test: FlakyTest, since: Date): number {
  return test.flakyRuns.filter(run => Date.parse(run.at) >= since.getTime()).length
}

/** Flakes per day (UTC), oldest first, every day from the first flake to the last one. */
export function flakesPerDay(tests: readonly FlakyTest[]): { day: string; flakes: number }[] {
  const counts = new Map<string, number>()
  for (const test of tests)
    for (const run of test.flakyRuns) {
      const day = run.at.slice(0, 10)
      counts.set(day, (counts.get(day) ?? 0) + 1)
    }
  const days = [...counts.keys()].sort()
  if (days.length === 0) return []
  const series: { day: string; flakes: number }[] = []
  const last = Date.parse(`${days.at(-1)}T00:00:00Z`)
  for (let time = Date.parse(`${days[0]}T00:00:00Z`); time <= last; time += 86_400_000) {
    const day = new Date(time).toISOString().slice(0, 10)
    series.push({ day, flakes: counts.get(day) ?? 0 })
  }
  return series
}

/** A stored history that can be used, or why it cannot. */
export type ParsedHistory = { history: TestHistory } | { problem: string }

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function shownText(text: string, max: number): string {
  return oneLine(redactSecrets(text)).slice(0, max)
}

function parseOutcomes(value: unknown): TestInJob[] | null {
  if (!Array.isArray(value) || value.length > MAX_RUN_TESTS) return null
  const outcomes: TestInJob[] = []
  for (const item of value) {
    if (!isRecord(item) || typeof item.test !== 'string' || typeof item.job !== 'string') return null
    if (item.test.length === 0 || item.test.length > MAX_NAME_CHARS || item.job.length > MAX_JOB_CHARS)
      return null
    outcomes.push({ test: shownText(item.test, MAX_NAME_CHARS), job: shownText(item.job, MAX_JOB_CHARS) })
  }
  return outcomes
}

function parseRun(value: unknown): HistoryRun | null {
  if (!isRecord(value)) return null
  const { workflow, runId, attempt, at } = value
  if (typeof workflow !== 'string' || workflow.length === 0 || workflow.length > MAX_NAME_CHARS) return null
  if (typeof runId !== 'number' || !Number.isSafeInteger(runId) || runId <= 0) return null
  if (typeof attempt !== 'number' || !Number.isInteger(attempt) || attempt < 1 || attempt > 1000) return null
  if (typeof at !== 'string' || !ISO_TIME.test(at) || Number.isNaN(Date.parse(at))) return null
  const failed = parseOutcomes(value.failed)
  const flaky = parseOutcomes(value.flaky)
  if (!failed || !flaky) return null
  return { workflow: shownText(workflow, MAX_NAME_CHARS), runId, attempt, at, failed, flaky }
}

/**
 * The history a previous report carried. That report is an artifact anyone who can run a
 * workflow may have replaced, so it is held to the shape and size this code writes, and its
 * text is redacted again; anything else makes the whole history unusable (never half-read).
 */
export function parseTestHistory(value: unknown): ParsedHistory {
  if (!isRecord(value)) return { problem: 'the test history is not an object' }
  if (value.version !== TEST_HISTORY_VERSION)
    return { problem: `the test history has version ${JSON.stringify(value.version)}, not 1` }
  if (!Array.isArray(value.runs)) return { problem: 'the test history has no list of runs' }
  if (value.runs.length > MAX_STORED_RUNS)
    return { problem: `the test history holds ${value.runs.length} runs, more than ${MAX_STORED_RUNS}` }
  const runs: HistoryRun[] = []
  for (const [index, item] of value.runs.entries()) {
    const run = parseRun(item)
    if (!run) return { problem: `run ${index + 1} of the test history is malformed` }
    runs.push(run)
  }
  return { history: { version: TEST_HISTORY_VERSION, runs } }
}
