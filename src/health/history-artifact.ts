/**
 * The test history the previous health report carried: the report artifact of the check's
 * own workflow. That artifact is untrusted input (any workflow of the repository may upload
 * an artifact of that name), so only the history fields are read, each held to the shape and
 * size this code writes; a history that is not is ignored with a warning, never half-used.
 */
import type { HealthDependencies } from './main.js'
import { parseTestHistory, type TestHistory } from './test-history.js'

/** The report file the history is read from, inside the artifact. */
export const REPORT_FILE = 'health-report.json'
/** A report larger than this is not one the check wrote (the history is bounded well below it). */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024
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

export async function previousTestHistories(
  _deps: HealthDependencies,
  _state: { budgetNotes: string[]; warnings: string[] }
): Promise<Map<string, TestHistory>> {
  return new Map()
}
