/**
 * The health check's flaky-test phase for one repository (shell): reads the failing tests of
 * the window's runs the stored history lacks, merges them into that history, and brings the
 * quarantine issues in line, every read within the request budget and every write through
 * the gated writer. Runs from forks never reach it: the window holds the repository's own runs.
 */
import type { Policy } from '../config/policy.js'
import { redactSecrets } from '../classify/redact.js'
import { describeError } from '../github/errors.js'
import type { IssueInfo } from '../github/gateway.js'
import type { GitHubPort } from '../github/port.js'
import type { GatedWriter } from '../safety/writer.js'
import type { WriteAllowance } from '../safety/budget.js'
import { QUARANTINE_LABEL, repositoryUrlOfRun } from '../triage/index.js'
import type { RunInfo } from '../types.js'
import type { RequestBudget } from './budget.js'
import { planQuarantine, type QuarantineAction } from './quarantine.js'
import { MAX_FLAKY_ROWS, type QuarantineTouched, type TestSection } from './report.js'
import { readWindowTests } from './test-reads.js'
import { flakesPerDay, flakyTests, mergeHistory, runKey, type TestHistory } from './test-history.js'

export interface FlakyTestContext {
  gateway: GitHubPort
  policy: Policy
  now: Date
  requests: RequestBudget
  writes: WriteAllowance
  defaultBranch: string
  /** Open, update and close quarantine issues (the check's `create-issues`). */
  createIssues: boolean
  /** What the previous report recorded of this repository. */
  previous: TestHistory
  /** The window: the scored runs of every workflow, the repository's own. */
  runs: readonly RunInfo[]
  budgetNotes: string[]
  warnings: string[]
}

/** Requests kept from the reads for the quarantine issue listing and a few of its writes. */
const QUARANTINE_RESERVE = 4

export async function flakyTestPhase(context: FlakyTestContext): Promise<TestSection> {
  const { gateway, policy, requests } = context
  const repo = `${gateway.owner}/${gateway.repo}`
  const quarantining = context.createIssues && policy.flakyTests.quarantineAfter > 0
  const known = new Set(context.previous.runs.map(runKey))
  const read = await readWindowTests(
    gateway,
    context.runs,
    known,
    requests,
    quarantining ? QUARANTINE_RESERVE : 0
  )
  if (read.unread > 0)
    context.budgetNotes.push(
      `${repo}: the failing tests of ${read.unread} failed run(s) were left unread for the next run (API request budget)`
    )
  if (read.failed.length > 0)
    context.warnings.push(
      `${repo}: the failing tests of ${read.failed.length} run(s) could not be read: run ${read.failed[0].runId}: ${describeError(read.failed[0].error)}`
    )
  const history = mergeHistory(context.previous, read.runs, {
    runs: policy.flakyTests.historyRuns,
    tests: policy.flakyTests.historyTests
  })
  const flaky = flakyTests(history)
  const quarantine = quarantining ? await syncQuarantine(context, flaky, repo) : []
  return {
    flaky: flaky.slice(0, MAX_FLAKY_ROWS).map(({ flakyRuns: _runs, ...row }) => row),
    flakesPerDay: flakesPerDay(flaky),
    runsRead: read.runs.filter(run => run.failed.length + run.flaky.length > 0).length,
    history,
    quarantine
  }
}

async function syncQuarantine(
  context: FlakyTestContext,
  flaky: ReturnType<typeof flakyTests>,
  repo: string
): Promise<QuarantineTouched[]> {
  const { gateway, requests } = context
  if (!requests.affords(1)) {
    context.budgetNotes.push(`${repo}: quarantine issues were left for the next run (API request budget)`)
    return []
  }
  let existing: IssueInfo[]
  try {
    existing = await gateway.issuesWithLabel(QUARANTINE_LABEL, 'all', 200)
  } catch (error) {
    context.warnings.push(`${repo}: quarantine issues were not updated: ${describeError(error)}`)
    return []
  }
  const repositoryUrl = context.runs.map(run => repositoryUrlOfRun(run.htmlUrl)).find(url => url) ?? null
  const actions = planQuarantine(flaky, existing, context.policy.flakyTests, context.now, repositoryUrl)
  const touched: QuarantineTouched[] = []
  const writer = context.writes.writer(context.defaultBranch)
  try {
    for (const [index, action] of actions.entries()) {
      // A close is a comment and the close: never leave the comment without the close.
      const needed = action.kind === 'close' ? 2 : 1
      if (!requests.affords(needed) || context.writes.remaining < needed) {
        context.budgetNotes.push(
          `${repo}: ${actions.length - index} quarantine issue update(s) left for the next run`
        )
        break
      }
      try {
        const issue = await applyQuarantineAction(gateway, writer, action)
        if (issue)
          touched.push({ ...issue, test: action.test, workflow: action.workflow, action: touchedAs(action) })
      } catch (error) {
        context.warnings.push(`Quarantine issue for ${action.test}: ${describeError(error)}`)
      }
    }
  } finally {
    context.writes.settle(writer)
  }
  return touched
}

function touchedAs(action: QuarantineAction<IssueInfo>): QuarantineTouched['action'] {
  if (action.kind === 'open') return 'opened'
  if (action.kind === 'close') return 'closed'
  return action.reopen ? 'reopened' : 'updated'
}

async function applyQuarantineAction(
  gateway: GitHubPort,
  writer: GatedWriter,
  action: QuarantineAction<IssueInfo>
): Promise<{ number: number; url: string } | null> {
  switch (action.kind) {
    case 'open': {
      const created = await writer.write(
        { kind: 'create-issue', title: action.title },
        `issue: ${action.title}`,
        {},
        () =>
          gateway.createIssue({
            title: redactSecrets(action.title),
            body: redactSecrets(action.body),
            labels: [QUARANTINE_LABEL],
            assignees: []
          }),
        issue => `opened #${issue.number}`
      )
      return created && { number: created.number, url: created.htmlUrl }
    }
    case 'update': {
      const { issue } = action
      const updated = await writer.write(
        { kind: 'update-issue', issueNumber: issue.number },
        `issue #${issue.number}`,
        {},
        () =>
          gateway.updateIssue(issue.number, {
            title: redactSecrets(action.title),
            body: redactSecrets(action.body),
            state: 'open'
          }),
        () => (action.reopen ? 'reopened: the test flakes often again' : 'updated with the latest flakes')
      )
      return updated && { number: issue.number, url: issue.htmlUrl }
    }
    case 'close': {
      const { issue } = action
      const commented = await writer.write(
        { kind: 'comment', issueNumber: issue.number },
        `issue #${issue.number}`,
        {},
        () => gateway.comment(issue.number, action.comment)
      )
      if (!commented) return null
      const closed = await writer.write(
        { kind: 'close-issue', issueNumber: issue.number },
        `issue #${issue.number}`,
        {},
        () => gateway.updateIssue(issue.number, { state: 'closed', stateReason: 'completed' })
      )
      return closed && { number: issue.number, url: issue.htmlUrl }
    }
  }
}
