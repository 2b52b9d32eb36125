/**
 * Quarantine issues from the test history (pure): a test that flaked `quarantine-after` times
 * within 7 days gets one issue (label flaky-test), updated in place as it flakes again, and
 * closed once it has not flaked for `quarantine-clear-days`. The body depends only on the
 * recorded flakes, never on the time of the check, so a quiet test causes no edit.
 */
import type { FlakyTestSettings } from '../config/policy.js'
import {
  capBody,
  codeCell,
  codeSpan,
  escapeMarkdownInline,
  issueTitle,
  issuesByMarker,
  markdownLink,
  truncate
} from '../text/markdown.js'
import { QUARANTINE_MARKER, quarantineId, quarantineMarkers, quarantinedTestOf } from '../triage/index.js'
import { flakesSince, type FlakyTest } from './test-history.js'

const DAY_MS = 86_400_000
/** The window `quarantine-after` counts flakes in. */
export const QUARANTINE_WINDOW_DAYS = 7
const MAX_FLAKES_LISTED = 20
/** The section triage adds occurrences to (src/triage/issues.ts addOccurrence): kept on updates. */
const OCCURRENCES_HEADING = '### Occurrences'

export interface QuarantineIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
}

export type QuarantineAction<Issue extends QuarantineIssue = QuarantineIssue> =
  | { kind: 'open'; test: string; workflow: string; title: string; body: string }
  | {
      kind: 'update'
      test: string
      workflow: string
      issue: Issue
      title: string
      body: string
      reopen: boolean
    }
  | { kind: 'close'; test: string; workflow: string; issue: Issue; comment: string }

const cell = (text: string): string => codeCell(truncate(text, 200))

export function quarantineTitle(test: Pick<FlakyTest, 'test' | 'workflow'>): string {
  return issueTitle([`Flaky test: ${truncate(test.test, 150)} (${test.workflow})`])
}

/** The issue of a flaky test; `repositoryUrl` links its runs (null: no links). */
export function renderQuarantineIssue(
  test: FlakyTest,
  settings: Pick<FlakyTestSettings, 'quarantineClearDays'>,
  repositoryUrl: string | null
): { title: string; body: string } {
  const rows = test.flakyRuns
    .slice(0, MAX_FLAKES_LISTED)
    .map(
      run =>
        `| ${markdownLink(`run ${run.runId}`, repositoryUrl && `${repositoryUrl}/actions/runs/${run.runId}`)} | ${run.attempt} | ${cell(run.at)} | ${cell(run.job)} |`
    )
  const body = [
    `## 🧪 Flaky test ${codeSpan(truncate(test.test, 300))}`,
    '',
    `It failed and then passed (on a re-run, or in another run of the same commit) in ${test.flakes} of the last ${test.runs} runs of ${codeSpan(test.workflow)} the health check recorded.`,
    '',
    '| | |',
    '|---|---|',
    `| Workflow file | ${cell(test.workflow)} |`,
    `| Flakes | ${test.flakes} (${Math.round(test.flakeRate * 100)}% of runs) |`,
    `| Runs affected | ${test.runsAffected} |`,
    `| First seen | ${cell(test.firstSeen)} |`,
    `| Last seen | ${cell(test.lastSeen)} |`,
    `| Jobs | ${test.jobs.map(job => escapeMarkdownInline(truncate(job, 100))).join(', ')} |`,
    '',
    '### Flakes (newest first)',
    '',
    '| Run | Attempt | Created (UTC) | Job |',
    '|---|---|---|---|',
    ...rows,
    '',
    `_While this issue is open, a failure of this test alone is added here instead of opening a triage issue. Closed by the workflow health check after ${settings.quarantineClearDays} days without a flake._`,
    '',
    quarantineMarkers({ workflow: test.workflow, test: test.test, lastFlakeAt: test.lastSeen })
  ].join('\n')
  return { title: quarantineTitle(test), body: capBody(body) }
}

/** `body` with the occurrence section of `previous` (added by triage runs) carried over. */
export function keepOccurrences(body: string, previous: string): string {
  const at = previous.indexOf(`\n${OCCURRENCES_HEADING}\n`)
  return at < 0 ? body : capBody(`${body}\n${previous.slice(at)}`)
}

/**
 * The writes that bring the quarantine issues in line with the history: open (or reopen)
 * the issue of a test that flaked often enough in the last 7 days, update an open one whose
 * flakes changed, close an open one whose test has not flaked for the quiet period. Nothing
 * when quarantine is off.
 */
export function planQuarantine<Issue extends QuarantineIssue>(
  tests: readonly FlakyTest[],
  existing: readonly Issue[],
  settings: Pick<FlakyTestSettings, 'quarantineAfter' | 'quarantineClearDays'>,
  now: Date,
  repositoryUrl: string | null
): QuarantineAction<Issue>[] {
  if (settings.quarantineAfter === 0) return []
  const byMarker = issuesByMarker(existing, QUARANTINE_MARKER)
  const actions: QuarantineAction<Issue>[] = []
  const since = new Date(now.getTime() - QUARANTINE_WINDOW_DAYS * DAY_MS)
  const seen = new Set<string>()
  for (const test of tests) {
    const id = quarantineId(test.workflow, test.test)
    seen.add(id)
    const issue = byMarker.get(id)
    const isQuiet = quiet(test.lastSeen, settings, now)
    const often = flakesSince(test, since) >= settings.quarantineAfter && !isQuiet
    if (issue?.state === 'open' && isQuiet) {
      actions.push(closeAction(issue, test.test, test.workflow, settings))
      continue
    }
    if (issue?.state !== 'open' && !often) continue
    const { title, body: rendered } = renderQuarantineIssue(test, settings, repositoryUrl)
    const body = issue ? keepOccurrences(rendered, issue.body) : rendered
    if (!issue) actions.push({ kind: 'open', test: test.test, workflow: test.workflow, title, body })
    else if (issue.state === 'closed' || issue.body !== body || issue.title !== title)
      actions.push({
        kind: 'update',
        test: test.test,
        workflow: test.workflow,
        issue,
        title,
        body,
        reopen: issue.state === 'closed'
      })
  }
  // An open issue whose test left the history: its own record of the last flake decides.
  for (const [id, issue] of byMarker) {
    if (seen.has(id) || issue.state !== 'open') continue
    const quarantined = quarantinedTestOf(issue.body)
    if (quarantined && quiet(quarantined.lastFlakeAt, settings, now))
      actions.push(closeAction(issue, quarantined.test, quarantined.workflow, settings))
  }
  return actions
}

function quiet(
  lastFlakeAt: string,
  settings: Pick<FlakyTestSettings, 'quarantineClearDays'>,
  now: Date
): boolean {
  return now.getTime() - Date.parse(lastFlakeAt) >= settings.quarantineClearDays * DAY_MS
}

function closeAction<Issue extends QuarantineIssue>(
  issue: Issue,
  test: string,
  workflow: string,
  settings: Pick<FlakyTestSettings, 'quarantineClearDays'>
): QuarantineAction<Issue> {
  return {
    kind: 'close',
    test,
    workflow,
    issue,
    comment: `### ✅ No flake in ${settings.quarantineClearDays} days\n\nClosing this issue; the health check reopens it if the test flakes often again.`
  }
}
