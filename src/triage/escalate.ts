import { createHash } from 'node:crypto'
import type { GitHubGateway, IssueInfo } from '../github/gateway.js'
import { hiddenMarker, issuesByMarker, parseMarker } from '../text/markdown.js'
import { issueSharingTests, withFailingTests, type AlertTests } from './failing-tests.js'
import {
  addOccurrence,
  FINGERPRINT_MARKER,
  labelColour,
  renderIssue,
  renderRecurrence,
  renderWidelyBroken,
  respectHumanLabels,
  type FailureAlert,
  type Occurrence
} from './issues.js'
import type { GatedWriter } from './writer.js'

/** The label every triage issue carries; issues are listed by it and found by marker. */
export const TRIAGE_LABEL = 'triage'
const SCOPE_MARKER = 'scope'
const LABEL_DESCRIPTIONS: Record<string, string> = {
  triage: 'Opened by workflow-triage',
  triage_: 'Failure category (workflow-triage)',
  owner: 'Owner role (workflow-triage)',
  priority: 'Priority (workflow-triage)'
}

/** Which open issues a green run of this workflow on this branch resolves. */
export function scopeId(workflowPath: string, branch: string): string {
  return createHash('sha256').update(`${workflowPath}\n${branch}`).digest('hex').slice(0, 16)
}

export interface EscalationOutcome {
  issue: { number: number; url: string; action: 'opened' | 'updated' | 'reopened' | 'duplicate' } | null
  /** Fingerprints that went into the "CI widely broken" issue instead of their own. */
  overflow: string[]
}

export interface TriageIssues {
  /** Open and closed triage issues by fingerprint id (the lowest number wins a race). */
  byFingerprint: Map<string, IssueInfo>
  all: IssueInfo[]
}

export async function loadTriageIssues(gateway: GitHubGateway): Promise<TriageIssues> {
  const all = await gateway.issuesWithLabel(TRIAGE_LABEL, 'all', 1000)
  return { byFingerprint: issuesByMarker(all, FINGERPRINT_MARKER), all }
}

/** Creates the labels the repository lacks, with our colours (GitHub would make them grey). */
async function ensureLabels(gateway: GitHubGateway, writer: GatedWriter, labels: string[]): Promise<void> {
  const missing = await gateway.missingLabels(labels)
  for (const name of missing) {
    const group = name.includes(':') ? (name.startsWith('triage:') ? 'triage_' : name.split(':')[0]) : name
    await writer.write({ kind: 'create-label', name }, name, {}, () =>
      gateway.createLabel({
        name,
        color: labelColour(name),
        description: LABEL_DESCRIPTIONS[group] ?? 'workflow-triage'
      })
    )
  }
}

/**
 * Files one failure: updates the fingerprint's issue (occurrence row, reopen, labels
 * unless a person changed them), or opens a new one while the run's quota of new
 * issues lasts. A new issue that lost a race with a concurrent run closes itself as
 * a duplicate of the older one, so concurrent runs converge on one issue.
 */
export async function fileFailure(
  gateway: GitHubGateway,
  writer: GatedWriter,
  issues: TriageIssues,
  alert: FailureAlert,
  occurrence: Occurrence,
  assignees: string[],
  canOpenNew: boolean,
  /** Hidden markers to add to a new issue (proposals awaiting approval). */
  extraMarkers: string[] = [],
  settle: Settle = defaultSettle
): Promise<EscalationOutcome['issue'] | 'over-quota'> {
  const rendered = renderIssue(alert)
  const scope = hiddenMarker(SCOPE_MARKER, scopeId(alert.workflow.path, alert.branch))
  const existing =
    issues.byFingerprint.get(alert.fingerprint.id) ??
    (alert.failingTests && issueSharingTests(issues.all, alert.workflow.path, alert.failingTests.tests))
  if (existing) {
    const updated = await updateExisting(
      gateway,
      writer,
      existing,
      rendered.labels,
      occurrence,
      alert.failingTests
    )
    if (updated) await confirmOccurrence(gateway, writer, updated.number, occurrence, settle)
    return updated
  }

  if (!canOpenNew) return 'over-quota'
  await ensureLabels(gateway, writer, rendered.labels)
  const body = addOccurrence([rendered.body.trimEnd(), scope, ...extraMarkers, ''].join('\n'), occurrence)
  const created =
    (await writer.write(
      { kind: 'create-issue', title: rendered.title },
      `issue: ${rendered.title}`,
      {},
      () => gateway.createIssue({ title: rendered.title, body, labels: rendered.labels, assignees }),
      issue => `opened #${issue.number}`
    )) ?? (writer.dryRun ? null : await createdDespiteError(gateway, writer, alert))
  if (!created) return null
  issues.byFingerprint.set(alert.fingerprint.id, created)
  // Later failures of this run whose tests overlap this one's join it.
  issues.all.push(created)
  const outcome = await convergeAfterCreate(gateway, writer, created, alert.fingerprint.id, occurrence)
  // An issue this run opened holds our row from its first body, and every racing run reads
  // that body before adding its own: only a row written into someone else's issue can be lost.
  if (outcome && outcome.action !== 'opened') {
    await confirmOccurrence(gateway, writer, outcome.number, occurrence, settle)
  }
  return outcome
}

/**
 * A create whose answer was lost (a reset, a 5xx after GitHub stored it) may still have
 * opened the issue: look for it by its marker before reporting a failure, so the run
 * reports the issue it made and the next run does not open a second one.
 */
async function createdDespiteError(
  gateway: GitHubGateway,
  writer: GatedWriter,
  alert: FailureAlert
): Promise<IssueInfo | null> {
  const fresh = await loadTriageIssues(gateway).catch(() => null)
  const found = fresh?.byFingerprint.get(alert.fingerprint.id)
  if (!found || found.state !== 'open') return null
  writer.note({
    kind: 'create-issue',
    target: `issue #${found.number}`,
    result: 'done',
    detail: `#${found.number} exists although the create request failed: kept`
  })
  return found
}

/** Waits before a confirmation read; tests of the pure parts pass a clock of their own. */
export type Settle = (round: number) => Promise<void>

/** Rounds of read-back after an occurrence write, and the wait before each. */
const CONFIRM_ROUNDS = 4
const SETTLE_MS = 1500

/**
 * Longer than the gap between a concurrent run's read and its write (the write queue
 * spaces writes 1 s apart), with jitter so that racing runs do not read back in step.
 */
const defaultSettle: Settle = () =>
  new Promise(resolve => setTimeout(resolve, SETTLE_MS + Math.floor(Math.random() * SETTLE_MS)))

/**
 * GitHub has no conditional update of an issue body, so concurrent runs that add their row
 * to one occurrence table can overwrite each other's. Each run therefore reads the issue
 * back once the others' writes have landed and adds its row again while it is missing.
 */
async function confirmOccurrence(
  gateway: GitHubGateway,
  writer: GatedWriter,
  issueNumber: number,
  occurrence: Occurrence,
  settle: Settle
): Promise<void> {
  if (writer.dryRun) return
  for (let round = 1; round <= CONFIRM_ROUNDS; round++) {
    await settle(round)
    const current = await gateway.issue(issueNumber).catch(() => null)
    if (!current) return
    const body = addOccurrence(current.body, occurrence)
    if (body === current.body) return
    const restored = await writer.write(
      { kind: 'update-issue', issueNumber },
      `issue #${issueNumber}`,
      {},
      () => gateway.updateIssue(issueNumber, { body }),
      () => 'occurrence recorded again: a concurrent update had dropped it'
    )
    if (!restored) return
  }
  writer.note({
    kind: 'update-issue',
    target: `issue #${issueNumber}`,
    result: 'failed',
    detail: `the occurrence of run ${occurrence.runId} kept being overwritten by concurrent updates`
  })
}

async function updateExisting(
  gateway: GitHubGateway,
  writer: GatedWriter,
  issue: IssueInfo,
  ourLabels: string[],
  occurrence: Occurrence,
  failingTests?: AlertTests
): Promise<EscalationOutcome['issue']> {
  // The listing may be seconds old: merge into the body as it is now, to keep the window in
  // which a concurrent run's row can be overwritten as short as a request.
  const fresh = await gateway.issue(issue.number).catch(() => null)
  if (fresh) Object.assign(issue, fresh)
  const reopened = issue.state === 'closed'
  const revised = failingTests ? withFailingTests(issue.body, failingTests.tests, failingTests) : issue.body
  const body = addOccurrence(revised, occurrence)
  let labels: string[] | undefined
  const desired = respectHumanLabels(issue.labels, ourLabels, [])
  if (!sameLabels(desired, issue.labels)) {
    const humanChanged = (await gateway.labelEvents(issue.number))
      .filter(event => event.actorType !== 'Bot' && !event.actor.endsWith('[bot]'))
      .map(event => event.label)
    const respected = respectHumanLabels(issue.labels, ourLabels, humanChanged)
    if (!sameLabels(respected, issue.labels)) labels = respected
  }
  if (labels)
    await ensureLabels(
      gateway,
      writer,
      labels.filter(label => !issue.labels.includes(label))
    )
  if (body === issue.body && !reopened && !labels) {
    return { number: issue.number, url: issue.htmlUrl, action: 'updated' }
  }
  const updated = await writer.write(
    { kind: 'update-issue', issueNumber: issue.number },
    `issue #${issue.number}`,
    {},
    () => gateway.updateIssue(issue.number, { body, state: 'open', labels }),
    () => (reopened ? 'reopened with a new occurrence' : 'occurrence recorded')
  )
  if (!updated) return null
  Object.assign(issue, updated)
  if (reopened) {
    await writer.write({ kind: 'comment', issueNumber: issue.number }, `issue #${issue.number}`, {}, () =>
      gateway.comment(issue.number, renderRecurrence(occurrence, true))
    )
  }
  return { number: issue.number, url: issue.htmlUrl, action: reopened ? 'reopened' : 'updated' }
}

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  const normal = (labels: readonly string[]) =>
    [...new Set(labels.map(label => label.toLowerCase()))].sort().join('\n')
  return normal(a) === normal(b)
}

/**
 * Re-lists the fingerprint's issues right after creating one: when an older open issue
 * exists (a concurrent run created it first), our new issue closes itself as a duplicate
 * and the occurrence goes to the older one.
 */
async function convergeAfterCreate(
  gateway: GitHubGateway,
  writer: GatedWriter,
  created: IssueInfo,
  fingerprintId: string,
  occurrence: Occurrence
): Promise<EscalationOutcome['issue']> {
  const fresh = await loadTriageIssues(gateway)
  const winner = fresh.all
    .filter(
      issue => issue.state === 'open' && parseMarker(issue.body, FINGERPRINT_MARKER)?.id === fingerprintId
    )
    .sort((a, b) => a.number - b.number)[0]
  if (!winner || winner.number >= created.number) {
    return { number: created.number, url: created.htmlUrl, action: 'opened' }
  }
  await writer.write({ kind: 'comment', issueNumber: created.number }, `issue #${created.number}`, {}, () =>
    gateway.comment(
      created.number,
      `Duplicate of #${winner.number}, opened at the same time by a concurrent triage run.`
    )
  )
  await writer.write(
    { kind: 'close-issue', issueNumber: created.number },
    `issue #${created.number}`,
    {},
    () => gateway.updateIssue(created.number, { state: 'closed', stateReason: 'not_planned' })
  )
  const merged = await updateExisting(gateway, writer, winner, winner.labels, occurrence)
  return merged ? { ...merged, action: 'duplicate' } : null
}

/** One issue per day for every failure over the new-issue quota. */
export async function fileWidelyBroken(
  gateway: GitHubGateway,
  writer: GatedWriter,
  issues: TriageIssues,
  day: string,
  failures: Parameters<typeof renderWidelyBroken>[1]
): Promise<EscalationOutcome['issue']> {
  const markerId = `widely-broken-${day}`
  const rendered = renderWidelyBroken(markerId, failures)
  const existing = issues.all.find(issue => parseMarker(issue.body, 'widely-broken')?.id === markerId)
  if (existing) {
    const updated = await writer.write(
      { kind: 'update-issue', issueNumber: existing.number },
      `issue #${existing.number}`,
      {},
      () => gateway.updateIssue(existing.number, { body: rendered.body, state: 'open' })
    )
    return updated ? { number: existing.number, url: existing.htmlUrl, action: 'updated' } : null
  }
  await ensureLabels(gateway, writer, rendered.labels)
  const created = await writer.write(
    { kind: 'create-issue', title: rendered.title },
    `issue: ${rendered.title}`,
    {},
    () =>
      gateway.createIssue({
        title: rendered.title,
        body: rendered.body,
        labels: rendered.labels,
        assignees: []
      })
  )
  return created ? { number: created.number, url: created.htmlUrl, action: 'opened' } : null
}

/** Open triage issues of this workflow and branch (what a green run resolves). */
export function openIssuesInScope(issues: TriageIssues, workflowPath: string, branch: string): IssueInfo[] {
  const id = scopeId(workflowPath, branch)
  return issues.all.filter(
    issue => issue.state === 'open' && parseMarker(issue.body, SCOPE_MARKER)?.id === id
  )
}
