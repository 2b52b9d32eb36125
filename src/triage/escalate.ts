import { createHash } from 'node:crypto'
import type { IssueInfo } from '../github/gateway.js'
import type { GitHubPort } from '../github/port.js'
import { hiddenMarker, issuesByMarker, parseMarker } from '../text/markdown.js'
import { issueSharingTests, withFailingTests, type AlertTests } from './failing-tests.js'
import {
  addOccurrence,
  FINGERPRINT_MARKER,
  labelColour,
  neverLowerPriority,
  renderIssue,
  renderRecurrence,
  renderWidelyBroken,
  respectHumanLabels,
  type FailureAlert,
  type Occurrence,
  type WidelyBrokenFailure as ListedFailure
} from './issues.js'
import type { GatedWriter } from '../safety/writer.js'

/** The label every triage issue carries; issues are listed by it and found by marker. */
const TRIAGE_LABEL = 'triage'
const SCOPE_MARKER = 'scope'
const WIDELY_BROKEN_MARKER = 'widely-broken'
const LABEL_DESCRIPTIONS: Record<string, string> = {
  triage: 'Opened by workflow-triage',
  triage_: 'Failure category (workflow-triage)',
  'triage:widely-broken': 'Many failures at once (workflow-triage)',
  owner: 'Owner role (workflow-triage)',
  priority: 'Priority (workflow-triage)'
}

/** Which open issues a green run of this workflow on this branch resolves. */
export function scopeId(workflowPath: string, branch: string): string {
  return createHash('sha256').update(`${workflowPath}\n${branch}`).digest('hex').slice(0, 16)
}

interface EscalationOutcome {
  issue: { number: number; url: string; action: 'opened' | 'updated' | 'reopened' | 'duplicate' } | null
  /** Fingerprints that went into the "CI widely broken" issue instead of their own. */
  overflow: string[]
}

export interface TriageIssues {
  /** Open and closed triage issues by fingerprint id (the lowest number wins a race). */
  byFingerprint: Map<string, IssueInfo>
  all: IssueInfo[]
}

export async function loadTriageIssues(gateway: GitHubPort): Promise<TriageIssues> {
  const all = await gateway.issuesWithLabel(TRIAGE_LABEL, 'all', 1000)
  return { byFingerprint: issuesByMarker(all, FINGERPRINT_MARKER), all }
}

/**
 * Colours the labels that putting them on an issue just created: GitHub makes a missing label
 * itself (grey, no description), so the issue never waits for its labels. Colouring is
 * cosmetic: it only spends writes the run can spare once `reserve` writes are kept back for
 * the issues still to file.
 */
async function colourLabels(
  gateway: GitHubPort,
  writer: GatedWriter,
  missing: readonly string[],
  reserve: number
): Promise<void> {
  for (const name of missing) {
    if (writer.writesLeft <= reserve) {
      writer.note({
        kind: 'create-label',
        target: name,
        result: 'skipped',
        detail: 'left grey: no write to spare for its colour'
      })
      continue
    }
    const group = name.includes(':') ? (name.startsWith('triage:') ? 'triage_' : name.split(':')[0]) : name
    await writer.write({ kind: 'create-label', name }, name, {}, () =>
      gateway.colourLabel({
        name,
        color: labelColour(name),
        description: LABEL_DESCRIPTIONS[name] ?? LABEL_DESCRIPTIONS[group] ?? 'workflow-triage'
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
  gateway: GitHubPort,
  writer: GatedWriter,
  issues: TriageIssues,
  alert: FailureAlert,
  occurrence: Occurrence,
  assignees: string[],
  canOpenNew: boolean,
  /** Hidden markers to add to a new issue (proposals awaiting approval). */
  extraMarkers: string[] = [],
  /** Writes to keep back for the issues this run has still to file. */
  reserve = 0,
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
      reserve,
      alert.failingTests
    )
    if (updated) await confirmOccurrence(gateway, writer, updated.number, occurrence, settle)
    return updated
  }

  if (!canOpenNew) return 'over-quota'
  const missingLabels = writer.dryRun ? [] : await gateway.missingLabels(rendered.labels)
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
  await colourLabels(gateway, writer, missingLabels, reserve)
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
  gateway: GitHubPort,
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
type Settle = (round: number) => Promise<void>

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
  gateway: GitHubPort,
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
  gateway: GitHubPort,
  writer: GatedWriter,
  issue: IssueInfo,
  ourLabels: string[],
  occurrence: Occurrence,
  reserve = 0,
  failingTests?: AlertTests
): Promise<EscalationOutcome['issue']> {
  // The listing may be seconds old: merge into the body as it is now, to keep the window in
  // which a concurrent run's row can be overwritten as short as a request.
  const fresh = await gateway.issue(issue.number).catch(() => null)
  if (fresh) Object.assign(issue, fresh)
  const reopened = issue.state === 'closed'
  if (!reopened) ourLabels = neverLowerPriority(issue.labels, ourLabels)
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
  const missingLabels = labels && !writer.dryRun ? await gateway.missingLabels(labels) : []
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
  await colourLabels(gateway, writer, missingLabels, reserve)
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
  gateway: GitHubPort,
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

/**
 * The marker of a "CI widely broken" issue: its workflow and branch (two workflows broken on
 * the same day are two problems) and the day it was opened.
 */
function widelyBrokenId(workflowPath: string, branch: string, day: string): string {
  return `${scopeId(workflowPath, branch)}-${day}`
}

/**
 * One issue for the failures of a workflow and branch over the new-issue quota: the open one
 * of that scope when there is one (updated in place), otherwise the one of that day, or a new one.
 * It carries the scope marker, so the workflow's next green run on the branch closes it.
 */
export async function fileWidelyBroken(
  gateway: GitHubPort,
  writer: GatedWriter,
  issues: TriageIssues,
  scope: { workflowPath: string; workflow: string; branch: string; day: string },
  failures: readonly (ListedFailure & { assignees: string[] })[]
): Promise<EscalationOutcome['issue']> {
  const prefix = `${scopeId(scope.workflowPath, scope.branch)}-`
  const markerId = widelyBrokenId(scope.workflowPath, scope.branch, scope.day)
  const idOf = (issue: IssueInfo): string | undefined => parseMarker(issue.body, WIDELY_BROKEN_MARKER)?.id
  const existing =
    issues.all.find(issue => issue.state === 'open' && idOf(issue)?.startsWith(prefix)) ??
    issues.all.find(issue => idOf(issue) === markerId)
  const rendered = renderWidelyBroken(existing ? (idOf(existing) ?? markerId) : markerId, scope, failures)
  const body = [
    rendered.body.trimEnd(),
    hiddenMarker(SCOPE_MARKER, scopeId(scope.workflowPath, scope.branch)),
    ''
  ].join('\n')
  if (existing) {
    if (existing.body === body && existing.state === 'open')
      return { number: existing.number, url: existing.htmlUrl, action: 'updated' }
    const updated = await writer.write(
      { kind: 'update-issue', issueNumber: existing.number },
      `issue #${existing.number}`,
      {},
      () => gateway.updateIssue(existing.number, { body, state: 'open' })
    )
    if (!updated) return null
    return {
      number: existing.number,
      url: existing.htmlUrl,
      action: existing.state === 'closed' ? 'reopened' : 'updated'
    }
  }
  const missingLabels = writer.dryRun ? [] : await gateway.missingLabels(rendered.labels)
  const assignees = failures.flatMap(failure => failure.assignees)
  const created = await writer.write(
    { kind: 'create-issue', title: rendered.title },
    `issue: ${rendered.title}`,
    {},
    () =>
      gateway.createIssue({
        title: rendered.title,
        body,
        labels: rendered.labels,
        assignees: [...new Set(assignees)].slice(0, 10)
      }),
    issue => `opened #${issue.number}`
  )
  if (!created) return null
  await colourLabels(gateway, writer, missingLabels, 0)
  return { number: created.number, url: created.htmlUrl, action: 'opened' }
}

/** The issue was filed for this workflow and branch. */
export function isInScope(issue: IssueInfo, workflowPath: string, branch: string): boolean {
  return parseMarker(issue.body, SCOPE_MARKER)?.id === scopeId(workflowPath, branch)
}

/** Open triage issues of this workflow and branch (what a green run resolves). */
export function openIssuesInScope(issues: TriageIssues, workflowPath: string, branch: string): IssueInfo[] {
  const id = scopeId(workflowPath, branch)
  return issues.all.filter(
    issue => issue.state === 'open' && parseMarker(issue.body, SCOPE_MARKER)?.id === id
  )
}
