/**
 * Escalation issues and comments (DESIGN 5): title, body, labels, the hidden marker
 * that finds the issue again, the occurrence table, and the comments that close the
 * loop. Every untrusted string (log lines, job, step and branch names, commit
 * messages, AI answers) goes through text/markdown.ts.
 */
import { formatDuration, shortSha } from '../text/format.js'
import { CATEGORIES, PRIORITIES, ROLES, type Category, type Priority, type Role } from '../types.js'
import { renderFailingTests, type AlertTests } from './failing-tests.js'
import {
  capBody,
  codeCell,
  codeSpan,
  escapeMarkdownInline,
  fenceBlock,
  hiddenMarker,
  issueTitle,
  linesWithFenceState,
  markdownLink,
  parseMarker,
  truncate
} from '../text/markdown.js'

export const FINGERPRINT_MARKER = 'fingerprint'
const OCCURRENCES_MARKER = 'occurrences'
/** Rows kept in the occurrence table; older ones are only counted. */
const MAX_OCCURRENCE_ROWS = 50
/** Characters of evidence in a body: the rest of the body stays well under GitHub's cap. */
const MAX_EVIDENCE_CHARS = 30000
const MAX_PROSE_CHARS = 2000
const MAX_JOBS_LISTED = 10
const MAX_STEPS_LISTED = 10

const CATEGORY_TITLES: Record<Category, string> = {
  branch_conflict: 'Branch conflict',
  test_failure: 'Test failure',
  code_failure: 'Code failure',
  dependency: 'Dependency failure',
  security_scan: 'Security scan failure',
  infrastructure: 'Infrastructure failure',
  authentication: 'Authentication failure',
  unknown: 'Unknown failure'
}

interface AlertJob {
  name: string
  url: string | null
  failedSteps: { name: string; number: number }[]
}

export interface Occurrence {
  runId: number
  attempt: number
  url: string
  /** ISO time of the failed run. */
  at: string
  branch: string
  sha: string
}

interface ProposedRemediation {
  approvalId: string
  /** What approving runs, e.g. "Delete branch automated/x (restore: git push ...)". */
  description: string
}

export interface FailureAlert {
  workflow: { name: string; path: string }
  run: { id: number; number: number; attempt: number; url: string; event: string; at: string }
  branch: string
  commit: { sha: string; message: string | null; url: string | null }
  category: Category
  /** 0..1 */
  confidence: number
  classifiedBy: 'rules' | 'ai'
  rootCause: string
  /** Redacted evidence lines. */
  evidence: string[]
  failedJobs: AlertJob[]
  /** The failing step's `run:` command from the workflow file, when known. */
  reproduce: string | null
  actionRequired: string
  impact: string
  /** ISO time the current streak of failures began, when known (the incident's "since"). */
  failingSince: string | null
  /** Why this is a mass failure (most of a matrix or test suite failed), when it is one. */
  massFailure: string | null
  priority: Priority
  priorityReasons: string[]
  owners: { primary: Role; extra: Role[]; teams: string[] }
  fingerprint: { id: string; maskedLine: string | null }
  approvals: ProposedRemediation[]
  /** A test failure's failing tests, when the logs or reports named them. */
  failingTests?: AlertTests
}

interface RenderedIssue {
  title: string
  body: string
  labels: string[]
}

const inline = (text: string, max = MAX_PROSE_CHARS): string => escapeMarkdownInline(truncate(text, max))
/** Names, paths, times and commands: shown as they are, copyable, in a code span. */
const code = (text: string, max = MAX_PROSE_CHARS): string => codeSpan(truncate(text, max))
const TEAM = /^@?[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/

/** The label of the one issue that lists a run's failures beyond the new-issue quota. */
const WIDELY_BROKEN_LABEL = 'triage:widely-broken'

/** Every label `issueLabels` and `renderWidelyBroken` can give: what a repository triaged before already has. */
export const TRIAGE_LABEL_NAMES: readonly string[] = [
  'triage',
  ...CATEGORIES.map(category => `triage:${category}`),
  WIDELY_BROKEN_LABEL,
  ...ROLES.map(role => `owner:${role}`),
  ...PRIORITIES.map(priority => `priority:${priority}`)
]

export function issueLabels(category: Category, priority: Priority, roles: readonly Role[]): string[] {
  return [
    'triage',
    `triage:${category}`,
    ...new Set(roles.map(role => `owner:${role}`)),
    `priority:${priority}`
  ]
}

export function renderIssue(alert: FailureAlert): RenderedIssue {
  const roles = [alert.owners.primary, ...alert.owners.extra]
  const firstJob = alert.failedJobs[0]?.name ?? ''
  const incident = alert.priority === 'P0'
  const title = issueTitle([
    ...(incident ? ['P0 incident'] : []),
    alert.workflow.name,
    alert.branch,
    CATEGORY_TITLES[alert.category],
    firstJob
  ])
  const teams = alert.owners.teams.filter(team => TEAM.test(team)).map(team => `@${team.replace(/^@/, '')}`)
  const owner = [roles.map(role => `**${role}**`).join(', '), ...teams].join(' ')
  const commit = [
    markdownLink(inline(shortSha(alert.commit.sha)), alert.commit.url),
    alert.commit.message ? inline(alert.commit.message.split('\n')[0], 200) : ''
  ]
    .filter(Boolean)
    .join(' ')

  const sections = [
    hiddenMarker(FINGERPRINT_MARKER, alert.fingerprint.id),
    ...(incident ? [renderIncident(alert, owner)] : []),
    `## ${CATEGORY_TITLES[alert.category]} in ${inline(alert.workflow.name, 200)} on ${inline(alert.branch, 200)}`,
    ...(alert.massFailure ? [`**Mass failure:** ${inline(alert.massFailure)}`] : []),
    [
      '| | |',
      '|---|---|',
      `| Workflow | ${inline(alert.workflow.name, 200)} (${codeCell(truncate(alert.workflow.path, 200))}) |`,
      `| Run | ${markdownLink(`#${alert.run.number}`, alert.run.url)} attempt ${alert.run.attempt} |`,
      `| Branch | ${inline(alert.branch, 200)} |`,
      `| Commit | ${commit} |`,
      `| Trigger | ${codeCell(truncate(alert.run.event, 100))} |`,
      `| Failure type | ${CATEGORY_TITLES[alert.category]} (${Math.round(alert.confidence * 100)}% confidence, ${alert.classifiedBy === 'ai' ? 'AI' : 'rules'}) |`,
      `| Priority | **${alert.priority}**${alert.priorityReasons.length ? `: ${inline(alert.priorityReasons.join('; '))}` : ''} |`,
      `| Owner | ${owner} |`
    ].join('\n'),
    `### Root cause\n\n${inline(alert.rootCause) || '_Not determined._'}${alert.classifiedBy === 'ai' ? ' _(suggested by AI)_' : ''}`,
    `### Action required\n\n${inline(alert.actionRequired)}`,
    `### Impact\n\n${inline(alert.impact)}`,
    `### Failed jobs\n\n${renderJobs(alert.failedJobs)}`,
    ...(alert.failingTests ? [renderFailingTests(alert.failingTests.tests, alert.failingTests)] : []),
    `### Reproduce locally\n\n${alert.reproduce ? fenceBlock(truncate(alert.reproduce, 4000), 'sh') : '_The failing step has no `run:` command to repeat._'}`,
    ...(alert.approvals.length ? [renderApprovals(alert.approvals)] : []),
    `### Occurrences\n\n${renderOccurrenceSection([occurrenceOf(alert)], 1)}`,
    `### Fingerprint\n\n\`${alert.fingerprint.id}\` from the masked line:\n\n${fenceBlock(truncate(alert.fingerprint.maskedLine ?? '(no primary error line)', 1000), 'text')}`,
    `### Evidence\n\n${renderEvidence(alert.evidence)}`
  ]
  return {
    title,
    body: capBody(sections.join('\n\n') + '\n'),
    labels: issueLabels(alert.category, alert.priority, roles)
  }
}

/**
 * The playbook's incident template, at the top of a P0 issue: since when, what is blocked,
 * and who decides within the hour.
 */
function renderIncident(alert: FailureAlert, owner: string): string {
  const since = alert.failingSince ?? alert.run.at
  return [
    `> [!CAUTION]`,
    `> **P0: ${inline(alert.workflow.name, 200)} is broken on ${inline(alert.branch, 200)} since ${code(formatTime(since), 40)}.** Impact: ${inline(alert.impact)}`,
    `> Owner ${owner} decides within the hour: fix forward, revert or roll back. Updates go in this issue.`
  ].join('\n')
}

/** `2026-11-20 10:02 UTC` from an ISO time; anything else as it is. */
function formatTime(iso: string): string {
  return Number.isNaN(Date.parse(iso))
    ? iso
    : `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

function occurrenceOf(alert: FailureAlert): Occurrence {
  return {
    runId: alert.run.id,
    attempt: alert.run.attempt,
    url: alert.run.url,
    at: alert.run.at,
    branch: alert.branch,
    sha: alert.commit.sha
  }
}

function renderJobs(jobs: readonly AlertJob[]): string {
  const listed = jobs.slice(0, MAX_JOBS_LISTED).map(job => {
    const steps = job.failedSteps.slice(0, MAX_STEPS_LISTED).map(step => {
      const url = job.url ? `${job.url}#step:${step.number}:1` : null
      return markdownLink(`step ${step.number}: ${truncate(step.name, 200)}`, url)
    })
    const name = markdownLink(truncate(job.name, 200), job.url)
    return steps.length ? `- ${name}: ${steps.join(', ')}` : `- ${name}`
  })
  const more = jobs.length > MAX_JOBS_LISTED ? [`- _and ${jobs.length - MAX_JOBS_LISTED} more_`] : []
  return [...listed, ...more].join('\n') || '_No failed job was reported._'
}

function renderEvidence(lines: readonly string[]): string {
  if (lines.length === 0) return '_No error lines were found in the logs._'
  const text = lines.join('\n')
  const excerpt =
    text.length > MAX_EVIDENCE_CHARS ? `${text.slice(0, MAX_EVIDENCE_CHARS)}\n[… evidence cut]` : text
  return fenceBlock(excerpt, 'text')
}

function renderApprovals(approvals: readonly ProposedRemediation[]): string {
  const items = approvals.map(
    approval =>
      `- ${inline(approval.description)}: comment \`/triage approve ${approvalToken(approval.approvalId)}\``
  )
  return [
    '### Proposed remediations',
    '',
    'These need approval from someone with write access to this repository:',
    '',
    ...items
  ].join('\n')
}

const APPROVAL_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/

function approvalToken(id: string): string {
  if (!APPROVAL_ID.test(id)) throw new Error(`Invalid approval id ${JSON.stringify(id)}`)
  return id
}

const OCCURRENCE_HEADER = '| Run | Attempt | When (UTC) | Branch | Commit |'
const OCCURRENCE_ROW_RUN = /^\| \[?run (\d+)\]?/

function occurrenceRow(occurrence: Occurrence): string {
  const when = Number.isNaN(Date.parse(occurrence.at))
    ? codeCell(truncate(occurrence.at, 40))
    : new Date(occurrence.at).toISOString().slice(0, 16).replace('T', ' ')
  return `| ${markdownLink(`run ${occurrence.runId}`, occurrence.url)} | ${occurrence.attempt} | ${when} | ${inline(occurrence.branch, 100)} | ${inline(shortSha(occurrence.sha))} |`
}

function renderOccurrenceSection(rows: readonly Occurrence[] | readonly string[], total: number): string {
  const lines = rows.map(row => (typeof row === 'string' ? row : occurrenceRow(row)))
  const seen =
    total > lines.length
      ? `Seen ${total} times; the latest ${lines.length} are listed.`
      : `Seen ${total} time(s).`
  return [
    hiddenMarker(OCCURRENCES_MARKER, String(total)),
    seen,
    '',
    OCCURRENCE_HEADER,
    '|---|---|---|---|---|',
    ...lines
  ].join('\n')
}

/**
 * Adds a run to the occurrence table. Idempotent per run id; keeps the latest
 * `maxRows` rows and counts all. A body whose table a person removed gets a new one.
 */
export function addOccurrence(body: string, occurrence: Occurrence, maxRows = MAX_OCCURRENCE_ROWS): string {
  const lines = body.replace(/\r\n/g, '\n').split('\n')
  const start = linesWithFenceState(lines.join('\n')).findIndex(
    ({ line, fenced }) => !fenced && parseMarker(line, OCCURRENCES_MARKER) !== null
  )
  if (start < 0) {
    const section = `### Occurrences\n\n${renderOccurrenceSection([occurrence], 1)}`
    return capBody(`${body.replace(/\n+$/, '')}\n\n${section}\n`)
  }
  const header = lines.indexOf(OCCURRENCE_HEADER, start)
  let end = header < 0 ? start + 1 : header + 2
  while (end < lines.length && lines[end].startsWith('| ')) end++
  const rows = header < 0 ? [] : lines.slice(header + 2, end)
  if (rows.some(row => OCCURRENCE_ROW_RUN.exec(row)?.[1] === String(occurrence.runId))) return body

  const previousTotal = Number(parseMarker(lines[start], OCCURRENCES_MARKER)?.id)
  const total = (Number.isSafeInteger(previousTotal) ? Math.max(previousTotal, rows.length) : rows.length) + 1
  const kept = [...rows, occurrenceRow(occurrence)].slice(-maxRows)
  const section = renderOccurrenceSection(kept, total).split('\n')
  return capBody([...lines.slice(0, start), ...section, ...lines.slice(end)].join('\n'))
}

interface Resolution {
  workflow: string
  branch: string
  /** ISO time of the first failure of the streak. */
  failingSince: string
  /** ISO time of the green run. */
  restoredAt: string
  run: { id: number; url: string }
  sha: string
}

/** The "workflow restored" comment posted when the issue is closed. */
export function renderResolution(resolution: Resolution): string {
  const duration = formatDuration(
    (Date.parse(resolution.restoredAt) - Date.parse(resolution.failingSince)) / 1000
  )
  return capBody(
    [
      `### ✅ Workflow restored`,
      '',
      `${inline(resolution.workflow, 200)} passed on ${inline(resolution.branch, 200)} in ${markdownLink(`run ${resolution.run.id}`, resolution.run.url)} at commit ${inline(shortSha(resolution.sha))}.`,
      '',
      `Failure duration (time to repair): **${duration}**. Closing this issue; it reopens if the failure returns.`
    ].join('\n')
  )
}

/** The comment for a new occurrence of a known failure, saying when it reopened a closed issue. */
export function renderRecurrence(occurrence: Occurrence, reopened: boolean): string {
  const lead = reopened ? '### 🔁 The failure is back\n\nReopened: ' : 'Seen again: '
  return capBody(
    `${lead}${markdownLink(`run ${occurrence.runId}`, occurrence.url)} attempt ${occurrence.attempt} failed on ${inline(occurrence.branch, 200)} at commit ${inline(shortSha(occurrence.sha))}.`
  )
}

export interface WidelyBrokenFailure {
  workflow: string
  job: string
  category: Category
  /** The owner role this failure is routed to on its own. */
  owner: Role
  priority: Priority
  maskedLine: string | null
  runUrl: string
}

/**
 * The one issue that lists the failures beyond the new-issue quota of a run, each with its
 * own category, owner and priority. `markerId` decides which failures share the issue (a
 * workflow and branch on one day). Labelled as what it is (`triage:widely-broken`), with the
 * owners of every failure it lists and the most urgent of their priorities.
 */
export function renderWidelyBroken(
  markerId: string,
  scope: { workflow: string; branch: string },
  failures: readonly WidelyBrokenFailure[]
): RenderedIssue {
  const rows = failures
    .slice(0, 200)
    .map(
      failure =>
        `| ${markdownLink(truncate(failure.job, 100), failure.runUrl)} | ${CATEGORY_TITLES[failure.category]} | **${failure.owner}** | ${failure.priority} | ${failure.maskedLine ? codeCell(truncate(failure.maskedLine, 300)) : ''} |`
    )
  const owners = [...new Set(failures.map(failure => failure.owner))]
  const priority = PRIORITIES.find(level => failures.some(failure => failure.priority === level)) ?? 'P1'
  const body = [
    hiddenMarker('widely-broken', markerId),
    `## CI widely broken: ${inline(scope.workflow, 200)} on ${inline(scope.branch, 200)}`,
    '',
    `${failures.length} distinct new failures were found in one triage run, more than the issue limit allows, ` +
      'so they are listed here instead of one issue each. A shared cause (runner images, a registry, ' +
      'credentials, a dependency) is likely; each failure keeps its own category and owner.',
    '',
    `Owners: ${owners.map(owner => `**${owner}**`).join(', ')}. Priority: **${priority}** (the most urgent listed).`,
    '',
    '| Job | Failure type | Owner | Priority | Masked error line |',
    '|---|---|---|---|---|',
    ...rows
  ].join('\n')
  return {
    title: issueTitle([
      'CI widely broken',
      scope.workflow,
      scope.branch,
      `${failures.length} distinct failures`
    ]),
    body: capBody(`${body}\n`),
    labels: ['triage', WIDELY_BROKEN_LABEL, ...owners.map(owner => `owner:${owner}`), `priority:${priority}`]
  }
}

interface ApprovalResult {
  approvalId: string
  /** The approver's login, from the event payload. */
  user: string
  /** What was run, e.g. "delete branch automated/x". */
  action: string
  outcome: 'done' | 'refused' | 'failed' | 'dry-run'
  detail: string
  /** The safety gate's checks, when it was consulted. */
  checks?: { name: string; passed: boolean; detail: string }[]
}

const OUTCOME_HEADINGS: Record<ApprovalResult['outcome'], string> = {
  done: '✅ Approved remediation done',
  refused: '⛔ Approved remediation refused by the safety gate',
  failed: '❌ Approved remediation failed',
  'dry-run': 'ℹ️ Dry run: the approved remediation was not run'
}

const RESTORE = /^(.*?restore with: )(.+)$/

/**
 * A detail for people, with any restore command it ends with in a code span: the command
 * reads and copies as it must be typed (no backslash before each colon or quote).
 */
export function withCommands(detail: string, max = MAX_PROSE_CHARS): string {
  return detail
    .split('; ')
    .map(part => {
      const match = RESTORE.exec(part)
      return match ? `${inline(match[1], max)} ${code(match[2], max)}` : inline(part, max)
    })
    .join('; ')
}

export function renderApprovalResult(result: ApprovalResult): string {
  const checks = result.checks?.length
    ? [
        '',
        '| Check | Passed | Detail |',
        '|---|---|---|',
        ...result.checks.map(
          c => `| ${inline(c.name, 60)} | ${c.passed ? 'yes' : '**no**'} | ${inline(c.detail, 300)} |`
        )
      ]
    : []
  return capBody(
    [
      `### ${OUTCOME_HEADINGS[result.outcome]}`,
      '',
      `${inline(result.action, 300)} (\`${approvalToken(result.approvalId)}\`), approved by ${inline(result.user, 60)}: ${withCommands(result.detail)}`,
      ...checks
    ].join('\n')
  )
}

/** The answer to an approval from someone without write access. */
export function renderRefusal(user: string): string {
  return `${inline(user, 60)} cannot approve remediations: it takes write access to this repository. Nothing was run.`
}

const APPROVAL_COMMAND = /^\/triage approve ([A-Za-z0-9][A-Za-z0-9._:-]{0,99})[ \t]*$/

/** The approval id of the first line that is exactly `/triage approve <id>`, outside code blocks. */
export function parseApprovalCommand(commentBody: string): string | null {
  for (const { line, fenced } of linesWithFenceState(commentBody.replace(/\r\n/g, '\n'))) {
    const match = fenced ? null : APPROVAL_COMMAND.exec(line)
    if (match) return match[1]
  }
  return null
}

const PRIORITY_COLOURS: Record<Priority, string> = { P0: 'b60205', P1: 'd93f0b', P2: 'fbca04', P3: 'c5c5c5' }
const CATEGORY_COLOURS: Record<Category, string> = {
  branch_conflict: 'c2e0c6',
  test_failure: 'f9d0c4',
  code_failure: 'e99695',
  dependency: 'fef2c0',
  security_scan: '5c0000',
  infrastructure: 'bfd4f2',
  authentication: '8b0a50',
  unknown: 'ededed'
}

/** A label colour (hex, no `#`): priorities from red (P0) to grey (P3), categories distinct. */
export function labelColour(label: string): string {
  const [group, value] = label.split(':', 2)
  if (group === 'priority' && value in PRIORITY_COLOURS) return PRIORITY_COLOURS[value as Priority]
  if (group === 'triage' && value !== undefined && value in CATEGORY_COLOURS)
    return CATEGORY_COLOURS[value as Category]
  if (label === WIDELY_BROKEN_LABEL) return 'b60205'
  if (group === 'owner') return '0e8a16'
  if (label === 'triage') return '5319e7'
  return 'ededed'
}

/** `priority:P1` -> `priority`; `triage` -> `triage`; labels compare case-insensitively, as on GitHub. */
const labelGroup = (label: string): string =>
  label.toLowerCase().split(':', 1)[0] + (label.includes(':') ? ':' : '')

/**
 * The labels an issue should carry: ours, except in any group (`priority:`, `triage:`,
 * `owner:`, or the `triage` label itself) where a person added or removed a label, which
 * stays as the person left it. Labels outside our groups are kept.
 */
export function respectHumanLabels(
  current: readonly string[],
  ours: readonly string[],
  humanChangedLabels: readonly string[]
): string[] {
  const humanGroups = new Set(humanChangedLabels.map(labelGroup))
  const applied = ours.filter(label => !humanGroups.has(labelGroup(label)))
  const appliedGroups = new Set(applied.map(labelGroup))
  const appliedNames = new Set(applied.map(label => label.toLowerCase()))
  const kept = current.filter(
    label => !appliedGroups.has(labelGroup(label)) || appliedNames.has(label.toLowerCase())
  )
  const keptNames = new Set(kept.map(label => label.toLowerCase()))
  return [...kept, ...applied.filter(label => !keptNames.has(label.toLowerCase()))]
}

const priorityOf = (labels: readonly string[]): Priority | undefined =>
  PRIORITIES.find(priority =>
    labels.some(label => label.toLowerCase() === `priority:${priority.toLowerCase()}`)
  )

/**
 * Our labels for an open issue, never with a lower priority than it has: a recurrence judged
 * less urgent (an older run, a quieter day) must not quietly demote an issue people are
 * working on. A closed issue that reopens takes the priority computed now.
 */
export function neverLowerPriority(current: readonly string[], ours: readonly string[]): string[] {
  const held = priorityOf(current)
  const computed = priorityOf(ours)
  if (!held || !computed || PRIORITIES.indexOf(held) >= PRIORITIES.indexOf(computed)) return [...ours]
  return ours.map(label => (label.toLowerCase().startsWith('priority:') ? `priority:${held}` : label))
}

/** The hidden marker of the one comment a workflow's failures keep on a pull request. */
export const PULL_REQUEST_MARKER = 'pull-request'

interface PullRequestFailure {
  job: string
  jobUrl: string | null
  category: Category
  /** 0..1 */
  confidence: number
  rootCause: string
  /** Redacted evidence lines. */
  evidence: string[]
  reproduce: string | null
  /** The issue this failure is also tracked in, when it is one. */
  issue: { number: number; url: string } | null
}

interface PullRequestReport {
  /** The marker id: which workflow's comment this is. */
  markerId: string
  workflow: string
  run: { id: number; number: number; attempt: number; url: string }
  sha: string
  failures: PullRequestFailure[]
  /** Flaky verdict, e.g. "not flaky: the tests still fail after 1 re-run". */
  flaky: string
  /** What the triage did or proposes: re-runs, decisions. */
  done: string[]
}

/** Evidence lines per failure in a comment: a pull request's comment stays short. */
const MAX_COMMENT_EVIDENCE_LINES = 20

/**
 * The comment on a pull request whose run failed: each failure with its category, evidence and
 * the command to reproduce it, the flaky verdict, and what the triage did. Replaced in place
 * on each new run of the workflow (its marker finds it again).
 */
export function renderPullRequestComment(report: PullRequestReport): string {
  const failures = report.failures.map(failure => {
    const evidence = failure.evidence.slice(-MAX_COMMENT_EVIDENCE_LINES)
    return [
      `#### ${markdownLink(truncate(failure.job, 200), failure.jobUrl)}: ${CATEGORY_TITLES[failure.category]} (${Math.round(failure.confidence * 100)}% confidence)`,
      '',
      inline(failure.rootCause) || '_Not determined._',
      ...(failure.issue
        ? ['', `Tracked in ${markdownLink(`issue ${failure.issue.number}`, failure.issue.url)}.`]
        : []),
      '',
      evidence.length > 0
        ? fenceBlock(evidence.join('\n'), 'text')
        : '_No error lines were found in the logs._',
      '',
      failure.reproduce
        ? `Reproduce locally:\n\n${fenceBlock(truncate(failure.reproduce, 2000), 'sh')}`
        : '_The failing step has no `run:` command to repeat._'
    ].join('\n')
  })
  return capBody(
    [
      hiddenMarker(PULL_REQUEST_MARKER, report.markerId),
      `### ❌ ${inline(report.workflow, 200)} failed on this pull request`,
      '',
      `${markdownLink(`Run #${report.run.number}`, report.run.url)}, attempt ${report.run.attempt}, at commit ${inline(shortSha(report.sha))}. This comment is updated on each new run of the workflow.`,
      '',
      `**Flaky?** ${inline(report.flaky)}`,
      '',
      ...(report.done.length > 0
        ? ['**Triage:**', '', ...report.done.map(line => `- ${inline(line)}`), '']
        : []),
      ...failures
    ].join('\n') + '\n'
  )
}

/** The pull-request comment once the workflow passes again on the pull request. */
export function renderPullRequestPassed(
  report: Pick<PullRequestReport, 'markerId' | 'workflow' | 'run' | 'sha'>
): string {
  return capBody(
    [
      hiddenMarker(PULL_REQUEST_MARKER, report.markerId),
      `### ✅ ${inline(report.workflow, 200)} passes again on this pull request`,
      '',
      `${markdownLink(`Run #${report.run.number}`, report.run.url)}, attempt ${report.run.attempt}, at commit ${inline(shortSha(report.sha))}. This comment is updated on each new run of the workflow.`
    ].join('\n') + '\n'
  )
}
