/**
 * Quarantine issues of flaky tests (pure): one issue per test that flaked often (the health
 * check opens, updates and closes them), found again by its hidden marker. While one is
 * open, a triage whose failure is that test alone adds an occurrence to it instead of
 * opening a triage issue: the test is known to flake, and one issue already tracks it.
 */
import { createHash } from 'node:crypto'
import { hiddenMarker, parseMarker } from '../text/markdown.js'

export const QUARANTINE_LABEL = 'flaky-test'
export const QUARANTINE_MARKER = 'flaky-test'
const QUARANTINE_DATA_MARKER = 'flaky-test-data'
const MAX_NAME_CHARS = 300

export interface QuarantinedTest {
  workflow: string
  test: string
  /** The newest flake the issue recorded (ISO 8601), for closing after the quiet period. */
  lastFlakeAt: string
}

/** The marker id of a test's issue: a hash, so any name fits the marker's alphabet. */
export function quarantineId(workflow: string, test: string): string {
  return createHash('sha256').update(`${workflow}\n${test}`).digest('hex').slice(0, 16)
}

/** The two marker lines of a quarantine issue: its id, and what it is about (base64url JSON). */
export function quarantineMarkers(test: QuarantinedTest): string {
  const data = Buffer.from(JSON.stringify(test), 'utf8').toString('base64url')
  return [
    hiddenMarker(QUARANTINE_MARKER, quarantineId(test.workflow, test.test)),
    hiddenMarker(QUARANTINE_DATA_MARKER, data)
  ].join('\n')
}

/**
 * The test a quarantine issue is about, from its markers; null without both, or when the data
 * does not hash to the id (a body edited by hand is not trusted to name another test).
 */
export function quarantinedTestOf(body: string): QuarantinedTest | null {
  const id = parseMarker(body, QUARANTINE_MARKER)?.id
  const encoded = parseMarker(body, QUARANTINE_DATA_MARKER)?.id
  if (!id || !encoded) return null
  try {
    const data: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))
    if (typeof data !== 'object' || data === null) return null
    const { workflow, test, lastFlakeAt } = data as Record<string, unknown>
    if (typeof workflow !== 'string' || typeof test !== 'string' || typeof lastFlakeAt !== 'string')
      return null
    if (test.length > MAX_NAME_CHARS || Number.isNaN(Date.parse(lastFlakeAt))) return null
    if (quarantineId(workflow, test) !== id) return null
    return { workflow, test, lastFlakeAt }
  } catch {
    return null
  }
}

/**
 * The open quarantine issue a failure goes to instead of a triage issue: only when the
 * failure's tests are exactly the one quarantined test of that workflow.
 */
export function quarantineIssueFor<Issue extends { number: number; body: string; state: string }>(
  issues: readonly Issue[],
  workflowPath: string,
  testIds: readonly string[]
): Issue | undefined {
  const tests = new Set(testIds)
  if (tests.size !== 1) return undefined
  const [test] = tests
  return [...issues]
    .sort((a, b) => a.number - b.number)
    .find(issue => {
      if (issue.state !== 'open') return false
      const quarantined = quarantinedTestOf(issue.body)
      return quarantined !== null && quarantined.workflow === workflowPath && quarantined.test === test
    })
}
