import { createHash } from 'node:crypto'
import type { GitHubGateway, IssueInfo } from '../github/gateway.js'
import { hiddenMarker, parseMarker } from '../text/markdown.js'
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
  const byFingerprint = new Map<string, IssueInfo>()
  // Oldest first, so that the first issue opened for a fingerprint is the one kept.
  for (const issue of [...all].sort((a, b) => a.number - b.number)) {
    const marker = parseMarker(issue.body, FINGERPRINT_MARKER)
    if (!marker) continue
    const known = byFingerprint.get(marker.id)
    // Prefer an open issue over a closed one; among open ones, the oldest.
    if (!known || (known.state === 'closed' && issue.state === 'open')) byFingerprint.set(marker.id, issue)
  }
  return { byFingerprint, all }
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
  extraMarkers: string[] = []
): Promise<EscalationOutcome['issue'] | 'over-quota'> {
  const rendered = renderIssue(alert)
  const scope = hiddenMarker(SCOPE_MARKER, scopeId(alert.workflow.path, alert.branch))
  const existing = issues.byFingerprint.get(alert.fingerprint.id)
  if (existing) return updateExisting(gateway, writer, existing, rendered.labels, occurrence)

  if (!canOpenNew) return 'over-quota'
  await ensureLabels(gateway, writer, rendered.labels)
  const body = addOccurrence([rendered.body.trimEnd(), scope, ...extraMarkers, ''].join('\n'), occurrence)
  const created = await writer.write(
    { kind: 'create-issue', title: rendered.title },
    `issue: ${rendered.title}`,
    {},
    () => gateway.createIssue({ title: rendered.title, body, labels: rendered.labels, assignees }),
    issue => `opened #${issue.number}`
  )
  if (!created) return null
  issues.byFingerprint.set(alert.fingerprint.id, created)
  return convergeAfterCreate(gateway, writer, created, alert.fingerprint.id, occurrence)
}

async function updateExisting(
  gateway: GitHubGateway,
  writer: GatedWriter,
  issue: IssueInfo,
  ourLabels: string[],
  occurrence: Occurrence
): Promise<EscalationOutcome['issue']> {
  const reopened = issue.state === 'closed'
  const body = addOccurrence(issue.body, occurrence)
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
