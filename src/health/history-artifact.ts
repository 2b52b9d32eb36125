/**
 * The test history the previous health report carried: the report artifact of the check's
 * own workflow. That artifact is untrusted input (any workflow of the repository may upload
 * an artifact of that name), so only the history fields are read, each held to the shape and
 * size this code writes; a history that is not is ignored with a warning, never half-used.
 */
import { posix } from 'node:path'
import type { ArtifactLimits } from '../github/artifacts.js'
import { describeError } from '../github/errors.js'
import { isFromOtherRepository } from '../safety/provenance.js'
import type { RunInfo } from '../types.js'
import type { RequestBudget } from './budget.js'
import type { HealthDependencies } from './main.js'
import { parseTestHistory, type TestHistory } from './test-history.js'

/** The report file the history is read from, inside the artifact. */
export const REPORT_FILE = 'health-report.json'
/** A report larger than this is not one the check wrote (the history is bounded well below it). */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024
const REPORT_LIMITS: ArtifactLimits = {
  maxZipBytes: 16 * 1024 * 1024,
  maxEntries: 20,
  maxFileBytes: MAX_REPORT_BYTES,
  maxTotalBytes: MAX_REPORT_BYTES,
  fileNames: [REPORT_FILE]
}
/** Newest artifacts of the report's name looked at: another workflow may upload one of that name. */
const CANDIDATES = 3
/** The listing, a candidate's run (when the check has not listed it), and the download with its blob. */
export const HISTORY_READ_COST = 4
const MAX_REPOSITORIES = 100

/** Each repository's history (key: `owner/name` in lower case), and what could not be used. */
export function historiesOfReport(text: string): { histories: Map<string, TestHistory>; problems: string[] } {
  const histories = new Map<string, TestHistory>()
  let report: unknown
  try {
    report = JSON.parse(text)
  } catch {
    return { histories, problems: ['the previous health report is not JSON'] }
  }
  const repositories = (report as { repositories?: unknown } | null)?.repositories
  if (!Array.isArray(repositories) || repositories.length > MAX_REPOSITORIES)
    return { histories, problems: ['the previous health report has no list of repositories'] }
  const problems: string[] = []
  for (const repository of repositories) {
    const { repo, tests } = (repository ?? {}) as { repo?: unknown; tests?: { history?: unknown } }
    if (typeof repo !== 'string' || !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repo)) continue
    if (tests === undefined) continue
    const parsed = parseTestHistory(tests?.history)
    if ('problem' in parsed) problems.push(`${repo}: ${parsed.problem}`)
    else histories.set(repo.toLowerCase(), parsed.history)
  }
  return { histories, problems }
}

/**
 * The histories of the newest report artifact that the check's own workflow uploaded in this
 * repository. None on a first check, without the workflow's path (the CLI), when reports are
 * not uploaded (nothing would carry the history on), or when the budget is too small.
 */
export async function previousTestHistories(
  deps: Pick<HealthDependencies, 'gateway' | 'options' | 'selfWorkflowPath' | 'log'>,
  state: { requests: RequestBudget; budgetNotes: string[]; warnings: string[] },
  /** Requests kept for the checks that follow. */
  reserve: number,
  /** Runs the check has listed already (its own workflow's among them): no request to look them up. */
  listedRuns: readonly RunInfo[] = []
): Promise<Map<string, TestHistory>> {
  const { gateway, options } = deps
  const self = deps.selfWorkflowPath
  if (!self || !options.uploadReport) return new Map()
  if (!state.requests.affords(HISTORY_READ_COST, reserve)) {
    state.budgetNotes.push('The previous test history was not read (API request budget)')
    return new Map()
  }
  const repository = `${gateway.owner}/${gateway.repo}`
  try {
    const listed = await gateway.artifactsNamed(options.reportName, CANDIDATES)
    for (const artifact of listed) {
      if (artifact.expired || !artifact.workflowRun) continue
      const runId = artifact.workflowRun.id
      const run = listedRuns.find(listed => listed.id === runId) ?? (await gateway.run(runId))
      if (run.path !== self || isFromOtherRepository(run, repository)) continue
      const read = await gateway.artifactFiles(artifact, REPORT_LIMITS)
      const file = read.ok ? read.files.find(entry => posix.basename(entry.path) === REPORT_FILE) : undefined
      if (!file) {
        const why = read.ok ? `it holds no ${REPORT_FILE}` : read.detail
        state.warnings.push(
          `The previous health report could not be read (${why}): the test history starts again`
        )
        return new Map()
      }
      const { histories, problems } = historiesOfReport(file.text)
      for (const problem of problems)
        state.warnings.push(`The test history of the previous report was ignored: ${problem}`)
      deps.log(`Test history: read from the report of run ${run.id}`)
      return histories
    }
    return new Map()
  } catch (error) {
    state.warnings.push(`The previous health report could not be read: ${describeError(error)}`)
    return new Map()
  }
}
