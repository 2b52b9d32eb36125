/**
 * The triage side of quarantine (shell): a test failure whose only failing test has an open
 * quarantine issue adds an occurrence to that issue and opens no triage issue. A run from a
 * fork never counts: its failure takes the usual way, under `fork-runs`.
 */
import type { Policy } from '../config/policy.js'
import type { IssueInfo } from '../github/gateway.js'
import type { GitHubPort } from '../github/port.js'
import type { AlertTests } from './failing-tests.js'
import { testIds } from './failing-tests.js'
import { addOccurrence, type Occurrence } from './issues.js'
import { QUARANTINE_LABEL, quarantineIssueFor } from './quarantine.js'
import type { GatedWriter } from '../safety/writer.js'

export interface QuarantineCheck {
  gateway: GitHubPort
  writer: GatedWriter
  policy: Policy
  /** Only issues this identity opened count: anyone who can label an issue could forge one. */
  botLogin: string
  fromFork: boolean
  /** The open quarantine issues, listed once per triage run on first need. */
  openIssues: () => Promise<IssueInfo[]>
}

/** Lists the open quarantine issues at most once. */
export function quarantineIssuesOnce(gateway: GitHubPort): () => Promise<IssueInfo[]> {
  let listing: Promise<IssueInfo[]> | null = null
  return () => (listing ??= gateway.issuesWithLabel(QUARANTINE_LABEL, 'open', 200))
}

/**
 * The quarantine issue this failure went to (null: it should have, but the write was not
 * made), or undefined when the failure is not a quarantined test's and takes the usual way.
 */
export async function recordQuarantinedFailure(
  check: QuarantineCheck,
  failingTests: AlertTests | undefined,
  occurrence: Occurrence
): Promise<{ number: number; url: string; action: string } | null | undefined> {
  if (check.fromFork || check.policy.flakyTests.quarantineAfter === 0 || !failingTests) return undefined
  const ids = testIds(failingTests.tests, Number.POSITIVE_INFINITY)
  if (ids.length !== 1) return undefined
  const botLogin = check.botLogin.toLowerCase()
  const ours = (await check.openIssues()).filter(issue => issue.author.toLowerCase() === botLogin)
  const issue = quarantineIssueFor(ours, failingTests.workflowPath, ids)
  if (!issue) return undefined
  // The listing may be seconds old: add the row to the body as it is now.
  const fresh = await check.gateway.issue(issue.number).catch(() => issue)
  const body = addOccurrence(fresh.body, occurrence)
  const result = { number: issue.number, url: issue.htmlUrl, action: 'quarantined' }
  if (body === fresh.body) return result
  const updated = await check.writer.write(
    { kind: 'update-issue', issueNumber: issue.number },
    `issue #${issue.number}`,
    {},
    () => check.gateway.updateIssue(issue.number, { body }),
    () => 'occurrence of a quarantined flaky test recorded'
  )
  return updated || check.writer.dryRun ? result : null
}
