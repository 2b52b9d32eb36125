/**
 * Triage by test (pure): a test failure's fingerprint is its failing tests, not its job or
 * its log line, so the same tests failing in two jobs or matrix legs share one issue; an
 * issue remembers its tests in a hidden marker, and a new failure whose tests overlap an
 * open issue's joins that issue instead of opening another.
 */
import { createHash } from 'node:crypto'
import type { FailingTest, FailingTests } from '../classify/tests.js'
import { escapeMarkdownInline, hiddenMarker, markdownLink, parseMarker, truncate } from '../text/markdown.js'

/** Failing tests a fingerprint is built from: the first ones in sorted order. */
export const MAX_FINGERPRINT_TESTS = 20
/** Tests an issue remembers (its marker grows with each failure that joins it). */
const MAX_ISSUE_TESTS = 50
const TESTS_MARKER = 'tests'
const MAX_NAME_CHARS = 300

/** The test's identifier: its name as the runner printed it (the runner's name is not part of it). */
export function testId(test: Pick<FailingTest, 'name'>): string {
  return test.name.slice(0, MAX_NAME_CHARS)
}

/** Sorted, unique identifiers of `tests`, at most `max`. */
export function testIds(tests: readonly Pick<FailingTest, 'name'>[], max = MAX_FINGERPRINT_TESTS): string[] {
  return [...new Set(tests.map(testId))].sort().slice(0, max)
}

/**
 * The fingerprint of a test failure: the workflow and its sorted failing test ids (at most
 * 20), whatever job or matrix leg they failed in. The readable line names them.
 */
export function testFingerprint(
  workflowPath: string,
  tests: readonly Pick<FailingTest, 'name'>[]
): { id: string; maskedLine: string } {
  const ids = testIds(tests)
  const key = [workflowPath, 'test_failure', ...ids].join('\n')
  const more = new Set(tests.map(testId)).size - ids.length
  return {
    id: createHash('sha256').update(key).digest('hex').slice(0, 16),
    maskedLine: `failing tests: ${ids.join(', ')}${more > 0 ? ` (and ${more} more)` : ''}`
  }
}

/**
 * The hidden marker holding an issue's workflow and test ids (base64url of JSON, so that any
 * name fits the marker's alphabet).
 */
function testsMarker(workflowPath: string, ids: readonly string[]): string {
  const data = JSON.stringify({ workflow: workflowPath, tests: ids })
  return hiddenMarker(TESTS_MARKER, Buffer.from(data, 'utf8').toString('base64url'))
}

/** The test ids an issue body's marker holds for `workflowPath`; none without a readable marker. */
export function testIdsOfBody(body: string, workflowPath: string): string[] {
  const marker = parseMarker(body, TESTS_MARKER)
  if (!marker) return []
  try {
    const data: unknown = JSON.parse(Buffer.from(marker.id, 'base64url').toString('utf8'))
    if (typeof data !== 'object' || data === null) return []
    const { workflow, tests } = data as { workflow?: unknown; tests?: unknown }
    if (workflow !== workflowPath || !Array.isArray(tests)) return []
    return tests.filter((id): id is string => typeof id === 'string').slice(0, MAX_ISSUE_TESTS)
  } catch {
    return []
  }
}

/** The open issue of `workflowPath` whose tests overlap `tests` most (the oldest on a tie), if any. */
export function issueSharingTests<Issue extends { number: number; body: string; state: string }>(
  issues: readonly Issue[],
  workflowPath: string,
  tests: readonly Pick<FailingTest, 'name'>[]
): Issue | undefined {
  const wanted = new Set(tests.map(testId))
  if (wanted.size === 0) return undefined
  let best: Issue | undefined
  let bestShared = 0
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    if (issue.state !== 'open') continue
    const shared = testIdsOfBody(issue.body, workflowPath).filter(id => wanted.has(id)).length
    if (shared > bestShared) {
      best = issue
      bestShared = shared
    }
  }
  return best
}

/** Where the run's files are browsed: the repository's page, from the run's page. */
export function repositoryUrlOfRun(runUrl: string): string | null {
  const match = /^(https:\/\/[^\s/]+\/[^\s/]+\/[^\s/]+)\/actions\/runs\/\d+/.exec(runUrl)
  return match ? (match[1] as string) : null
}

/** Prefixes of the checkout a runner prints in absolute paths (Linux, container, Windows). */
const CHECKOUT_PREFIX =
  /^(?:\/home\/runner\/work\/[^/]+\/[^/]+\/|\/__w\/[^/]+\/[^/]+\/|[A-Za-z]:[\\/]a[\\/][^\\/]+[\\/][^\\/]+[\\/])/
const SAFE_PATH = /^[\w@+-][\w@+.-]*(?:\/[\w@+-][\w@+.-]*)*$/

/** A repository-relative path for a link, or null when the path is not plainly one. */
export function repositoryPath(file: string): string | null {
  const relative = file.replace(CHECKOUT_PREFIX, '').replace(/\\/g, '/').replace(/^\.\//, '')
  if (!SAFE_PATH.test(relative) || relative.split('/').some(part => part === '..')) return null
  return relative
}

/** The "Failing tests" section of an issue: each test, linked to its file at the run's commit. */
interface FailingTestsContext {
  workflowPath: string
  /** The repository's page, for links to the files (null: no links). */
  repositoryUrl: string | null
  sha: string
}

/** The failing tests of a test failure, and where to link their files. */
export interface AlertTests extends FailingTestsContext {
  tests: FailingTest[]
}

/**
 * The failing tests of the jobs that share one fingerprint, for their issue: only for a
 * test failure whose logs named tests.
 */
export function alertTests(
  jobs: readonly { classification: { category: string }; excerpt: { failingTests: FailingTests } }[],
  run: { path: string; htmlUrl: string; headSha: string }
): AlertTests | undefined {
  if (jobs[0]?.classification.category !== 'test_failure') return undefined
  const tests = jobs.flatMap(job => job.excerpt.failingTests.tests)
  if (tests.length === 0) return undefined
  return { tests, workflowPath: run.path, repositoryUrl: repositoryUrlOfRun(run.htmlUrl), sha: run.headSha }
}

export function renderFailingTests(
  tests: readonly FailingTest[],
  context: FailingTestsContext & { known?: readonly string[] }
): string {
  const listed = new Set<string>()
  const lines: string[] = []
  for (const test of tests) {
    const id = testId(test)
    if (listed.has(id) || listed.size >= MAX_ISSUE_TESTS) continue
    listed.add(id)
    const path = test.file === null ? null : repositoryPath(test.file)
    const where =
      path === null
        ? ''
        : ` in ${markdownLink(
            `${path}${test.line === null ? '' : `:${test.line}`}`,
            context.repositoryUrl && /^[0-9a-f]{7,64}$/i.test(context.sha)
              ? `${context.repositoryUrl}/blob/${context.sha}/${encodeURI(path)}${test.line === null ? '' : `#L${test.line}`}`
              : null
          )}`
    lines.push(`- ${escapeMarkdownInline(truncate(test.name, MAX_NAME_CHARS))} (${test.framework})${where}`)
  }
  const earlier = (context.known ?? []).filter(id => !listed.has(id)).slice(0, MAX_ISSUE_TESTS - listed.size)
  for (const id of earlier) lines.push(`- ${escapeMarkdownInline(id)} (failed in an earlier run)`)
  const ids = [...listed, ...earlier]
  return [`### Failing tests`, '', ...lines, '', testsMarker(context.workflowPath, ids)].join('\n')
}

const SECTION = /^### Failing tests\n[\s\S]*?\n<!-- workflow-triage:tests=[A-Za-z0-9._:-]+ -->$/m

/**
 * An issue body whose failing tests section also lists `tests` (a failure that joined the
 * issue): the marker then holds both, so later failures of either set join it too.
 */
export function withFailingTests(
  body: string,
  tests: readonly FailingTest[],
  context: FailingTestsContext
): string {
  if (!SECTION.test(body)) return body
  const section = renderFailingTests(tests, { ...context, known: testIdsOfBody(body, context.workflowPath) })
  return body.replace(SECTION, () => section)
}
