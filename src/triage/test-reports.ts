/**
 * Failing tests from the JUnit XML reports a failed run uploaded as artifacts. A report names
 * every failing test exactly, where a log names what its runner printed within the tail that
 * was read, so a job's tests come from the reports when they can be tied to it; the logs stay
 * the fallback for anything the reports cannot give (expired, oversized, malformed, absent).
 *
 * Reading goes through the GitHub port within fixed bounds: one listing page, at most
 * MAX_TEST_REPORT_ARTIFACTS archives, each read by the bounded zip reader. Everything else here
 * is pure. Artifact names, file paths and test names come from the run: they are redacted.
 */
import { failingTestsOfJunit, JunitError, looksLikeJunit } from '../classify/junit.js'
import { redactSecrets } from '../classify/redact.js'
import type { FailingTest, FailingTests, TestTotals } from '../classify/tests.js'
import { DEFAULT_ARTIFACT_LIMITS, type ArtifactFile, type ArtifactInfo } from '../github/artifacts.js'
import { describeError } from '../github/errors.js'
import type { GitHubPort } from '../github/port.js'
import { oneLine } from '../text/console.js'
import { matchesAny } from '../text/glob.js'
import { testFingerprint, testId } from './failing-tests.js'
import type { AnalysedJob, Analysis } from './analyse.js'
import type { TestReportsSummary } from './report.js'

/** Archives read per run: two requests each (the API's redirect, then the archive). */
export const MAX_TEST_REPORT_ARTIFACTS = 5
/** One listing page: a run with more artifacts than this is unusual. */
const LISTED_ARTIFACTS = 100
/** Notes kept for the report: an archive of 2,000 skipped entries must not make it 2,000 lines long. */
const MAX_NOTES = 20
/** A test name must be this long before a log line containing it ties it to a job. */
const MIN_NAME_IN_LOG = 4
const TEST_REPORT_LIMITS = { ...DEFAULT_ARTIFACT_LIMITS, fileNames: ['*.xml'] }

/** The failing tests of one artifact's JUnit files. */
export interface TestReport {
  /** The artifact's name, redacted. */
  artifact: string
  /** JUnit files read. */
  files: number
  tests: FailingTest[]
  totals: TestTotals
  omitted: number
}

/** What the run's test-report artifacts gave, and why some gave nothing. */
interface TestReports {
  reports: TestReport[]
  /** Artifacts or files that were not used, and why (expired, over a limit, not JUnit...). */
  notes: string[]
}

/**
 * The run's artifacts matching `patterns` (case aside), read into failing tests. Never
 * throws: a listing or download that fails is a note, and the logs answer instead.
 */
export async function readTestReports(
  port: GitHubPort,
  runId: number,
  patterns: readonly string[]
): Promise<TestReports> {
  const notes: string[] = []
  let listed: ArtifactInfo[]
  try {
    listed = await port.runArtifacts(runId, { limit: LISTED_ARTIFACTS })
  } catch (error) {
    return { reports: [], notes: [`the run's artifacts could not be listed: ${describeError(error)}`] }
  }
  const lowered = patterns.map(pattern => pattern.toLowerCase())
  const matching = listed.filter(artifact => matchesAny(artifact.name.toLowerCase(), lowered))
  if (matching.length === 0) return { reports: [], notes }
  const chosen = matching.slice(0, MAX_TEST_REPORT_ARTIFACTS)
  if (matching.length > chosen.length)
    notes.push(
      `${matching.length - chosen.length} more test-report artifacts were not read (at most ${MAX_TEST_REPORT_ARTIFACTS})`
    )
  const reports: TestReport[] = []
  for (const artifact of chosen) {
    const name = shownName(artifact.name)
    const result = await port
      .artifactFiles(artifact, TEST_REPORT_LIMITS)
      .catch(
        (error: unknown) => ({ ok: false, reason: 'unavailable', detail: describeError(error) }) as const
      )
    if (!result.ok) {
      notes.push(`artifact '${name}' not read: ${result.detail}`)
      continue
    }
    for (const skipped of result.skipped)
      notes.push(`'${name}/${shownName(skipped.path)}' skipped: ${skipped.reason}`)
    const report = reportOf(name, result.files, notes)
    if (report) reports.push(report)
    else if (result.files.length === 0 && result.skipped.length === 0)
      notes.push(`artifact '${name}' holds no XML file`)
  }
  if (notes.length > MAX_NOTES)
    notes.splice(MAX_NOTES, Infinity, `and ${notes.length - MAX_NOTES} more notes`)
  return { reports, notes }
}

function shownName(text: string): string {
  return oneLine(redactSecrets(text))
}

/** The failing tests of an artifact's JUnit files; null when none of them is a JUnit report. */
export function reportOf(
  artifact: string,
  files: readonly ArtifactFile[],
  notes: string[]
): TestReport | null {
  const tests: FailingTest[] = []
  const seen = new Set<string>()
  let totals: TestTotals = { failed: 0, total: 0 }
  let omitted = 0
  let read = 0
  for (const file of files) {
    const where = `'${artifact}/${shownName(file.path)}'`
    if (!looksLikeJunit(file.text)) {
      notes.push(`${where} is not a JUnit report`)
      continue
    }
    let parsed: FailingTests
    try {
      parsed = failingTestsOfJunit(file.text)
    } catch (error) {
      if (!(error instanceof JunitError)) throw error
      notes.push(`${where} is not a readable JUnit report: ${error.message}`)
      continue
    }
    read++
    omitted += parsed.omitted
    totals = addTotals(totals, parsed.totals)
    for (const test of parsed.tests) {
      if (seen.has(test.name)) continue
      seen.add(test.name)
      tests.push(test)
    }
  }
  if (read === 0) return null
  return { artifact, files: read, tests, totals, omitted }
}

/** A failed job as the mapping sees it. */
export interface JobForReports {
  name: string
  /** The tests its log named. */
  logTests: readonly FailingTest[]
  log: string | null
  testFailure: boolean
}

/**
 * The reports' failing tests per job (indexes as in `jobs`; null: none tied to it), and the
 * tests tied to no job (the run's). A report goes to one job when the run has one failed job,
 * or when its artifact's name carries the words that set the job apart (a matrix leg's own
 * values: `junit-22` is `test (22)`'s; another job's name: `unit-results` is `unit`'s).
 * Otherwise each of its tests
 * goes to the jobs whose log names it. Tests still unplaced go to the test-failure jobs whose
 * logs named no test, and are the run's when there are none.
 */
export function assignReportTests(
  reports: readonly TestReport[],
  jobs: readonly JobForReports[]
): { perJob: (JobReportTests | null)[]; unassigned: FailingTest[] } {
  const perJob: (JobReportTests | null)[] = jobs.map(() => null)
  const give = (index: number, test: FailingTest, report: TestReport) => {
    const given = (perJob[index] ??= { tests: [], reports: [] })
    if (!given.tests.some(known => known.name === test.name)) given.tests.push(test)
    if (!given.reports.includes(report)) given.reports.push(report)
  }
  const unplaced: { test: FailingTest; report: TestReport }[] = []
  const distinct = distinctiveParts(jobs.map(job => job.name))
  for (const report of reports) {
    const owner = jobs.length === 1 ? 0 : jobOfArtifact(report.artifact, distinct)
    for (const test of report.tests) {
      if (owner !== null) {
        give(owner, test, report)
        continue
      }
      const naming = jobs.flatMap((job, index) => (namesTest(job, test) ? [index] : []))
      for (const index of naming) give(index, test, report)
      if (naming.length === 0) unplaced.push({ test, report })
    }
  }
  const receivers = jobs.flatMap((job, index) =>
    job.testFailure && job.logTests.length === 0 && perJob[index] === null ? [index] : []
  )
  for (const index of receivers) for (const { test, report } of unplaced) give(index, test, report)
  return { perJob, unassigned: receivers.length === 0 ? unplaced.map(({ test }) => test) : [] }
}

/** The reports' tests tied to one job, and the reports they came from (for the totals). */
interface JobReportTests {
  tests: FailingTest[]
  reports: TestReport[]
}

/** Lower-case words of a name: `test (ubuntu-latest, 22)` -> test, ubuntu, latest, 22. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? []
}

/**
 * The words that set each job apart: a matrix leg (`test (ubuntu-latest, 22)`) by its values
 * that the other legs of its job do not share (22), any other job by its name's words.
 */
function distinctiveParts(names: readonly string[]): Set<string>[] {
  const parsed = names.map(name => {
    const leg = /^(.*?) \((.*)\)$/.exec(name)
    return leg ? { base: leg[1], values: words(leg[2]) } : { base: name, values: [] }
  })
  return parsed.map(({ base, values }) => {
    const legs = parsed.filter(other => other.base === base)
    if (legs.length < 2) return new Set(words(base))
    return new Set(values.filter(word => !legs.every(other => other.values.includes(word))))
  })
}

/** The one job whose distinctive words the artifact's name all carries (the most of them wins). */
function jobOfArtifact(artifact: string, distinct: readonly Set<string>[]): number | null {
  const artifactWords = new Set(words(artifact))
  let best: number | null = null
  let bestSize = 0
  let tied = false
  distinct.forEach((parts, index) => {
    if (parts.size === 0 || ![...parts].every(word => artifactWords.has(word))) return
    if (parts.size > bestSize) {
      best = index
      bestSize = parts.size
      tied = false
    } else if (parts.size === bestSize) tied = true
  })
  return tied ? null : best
}

/** The test's own name (after its class or suite), which runners print in their logs. */
function caseName(test: FailingTest): string {
  return (test.name.split(/\.|::| › /).pop() ?? '').trim()
}

function namesTest(job: JobForReports, test: FailingTest): boolean {
  if (job.logTests.some(known => testId(known) === testId(test))) return true
  const name = caseName(test)
  return name.length >= MIN_NAME_IN_LOG && job.log !== null && job.log.includes(name)
}

/**
 * The analysis with each job's failing tests taken from the reports where they tie to it: its
 * fingerprint (for a test failure) is then built from them, like log-named tests.
 */
function preferReportTests(
  analysis: Analysis,
  reports: TestReports,
  workflowPath: string
): { analysis: Analysis; unassigned: FailingTest[] } {
  if (reports.reports.length === 0) return { analysis, unassigned: [] }
  const { perJob, unassigned } = assignReportTests(
    reports.reports,
    analysis.jobs.map(job => ({
      name: job.evidence.job.name,
      logTests: job.excerpt.failingTests.tests,
      log: job.evidence.log,
      testFailure: job.classification.category === 'test_failure'
    }))
  )
  const jobs = analysis.jobs.map((job, index): AnalysedJob => {
    const given = perJob[index]
    if (!given) return job
    const { tests } = given
    const failingTests: FailingTests = {
      tests,
      totals: given.reports.reduce((sum, report) => addTotals(sum, report.totals), {
        failed: 0,
        total: 0
      } as TestTotals),
      omitted: given.reports.reduce((sum, report) => sum + report.omitted, 0)
    }
    return {
      ...job,
      excerpt: { ...job.excerpt, failingTests },
      testsFrom: 'junit',
      fingerprint:
        job.classification.category === 'test_failure'
          ? testFingerprint(workflowPath, tests)
          : job.fingerprint
    }
  })
  return { analysis: { ...analysis, jobs }, unassigned }
}

/** Counts added up; a total is known only while every part knows it. */
function addTotals(sum: TestTotals, part: TestTotals | null): TestTotals {
  return {
    failed: sum.failed + (part?.failed ?? 0),
    total: sum.total === null || part?.total == null ? null : sum.total + part.total
  }
}

/**
 * The triage's one entry here: when a failed job failed its tests and `patterns` name any
 * artifacts, the run's test reports are read and preferred to the logs' test names. The
 * summary says, for the report, where the names came from and why a report was not used.
 */
export async function analysisWithTestReports(
  port: GitHubPort,
  run: { id: number; path: string },
  analysis: Analysis,
  patterns: readonly string[]
): Promise<{ analysis: Analysis; summary: TestReportsSummary | null }> {
  if (patterns.length === 0 || !analysis.jobs.some(job => job.classification.category === 'test_failure'))
    return { analysis, summary: null }
  const reports = await readTestReports(port, run.id, patterns)
  const preferred = preferReportTests(analysis, reports, run.path)
  const fromReports = preferred.analysis.jobs.some(job => job.testsFrom === 'junit')
  const notes = [...reports.notes]
  if (reports.reports.length === 0 && notes.length === 0)
    notes.push(`the run uploaded no artifact named like ${patterns.join(', ')}`)
  return {
    analysis: preferred.analysis,
    summary: {
      testsFrom: fromReports ? 'junit' : 'log',
      artifacts: reports.reports.map(report => ({
        name: report.artifact,
        files: report.files,
        failingTests: report.tests.length
      })),
      runTests: preferred.unassigned,
      notes
    }
  }
}
