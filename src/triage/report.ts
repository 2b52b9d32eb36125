import type { FailingTest, TestTotals } from '../classify/tests.js'
import type { AiUsage, Category } from '../types.js'
import type { ActionRecord } from '../safety/writer.js'
import { codeSpan, escapeMarkdownInline, fenceBlock, markdownLink } from '../text/markdown.js'
import { shortSha } from '../text/format.js'
import { withCommands } from './issues.js'

/**
 * Every value of the `action` output, each documented in action.yml and README: what the
 * triage did with the run. A dry run's remediation is `proposed`, like one awaiting approval.
 */
export const TRIAGE_ACTIONS = [
  'rerun-failed-jobs',
  'delete-branch',
  'escalate',
  'commented',
  'proposed',
  'resolved',
  'flaky',
  'ignored',
  'waiting',
  'refused',
  'stopped',
  'none'
] as const
export type TriageAction = (typeof TRIAGE_ACTIONS)[number]

/** Bump on any change a consumer of triage-report.json could notice. */
export const TRIAGE_REPORT_SCHEMA_VERSION = 1

export interface JobReport {
  name: string
  url: string
  failedStep: string | null
  category: Category
  confidence: number
  source: 'rules' | 'ai'
  rules: string[]
  rootCause: string
  evidence: string[]
  fingerprint: string
  maskedLine: string
  excerptFrom: 'log' | 'annotations' | 'none'
  logProblem: string | null
  reproduce: string | null
  suggestedFix: string | null
  /** The job's failing tests (redacted), and the totals of the summary or reports they came from. */
  tests: FailingTest[]
  testTotals: TestTotals | null
  /** Where `tests` came from: the run's JUnit reports, the job's log, or nowhere (none named). */
  testsFrom: 'junit' | 'log' | 'none'
}

/** The run's JUnit test-report artifacts, looked for when a job failed its tests. */
export interface TestReportsSummary {
  /** `junit` when the reports named the failing tests of at least one job; `log` when only the logs did. */
  testsFrom: 'junit' | 'log'
  /** Artifacts whose JUnit files were read (names redacted). */
  artifacts: { name: string; files: number; failingTests: number }[]
  /** Failing tests of the reports that no failed job could be tied to. */
  runTests: FailingTest[]
  /** Artifacts and files not used, and why (expired, over a limit, malformed, not JUnit). */
  notes: string[]
}

export interface TriageReport {
  schemaVersion: typeof TRIAGE_REPORT_SCHEMA_VERSION
  generatedAt: string
  repository: string
  event: string
  /** What the event asked for: triage, resolve, waiting, ignore, approval. */
  route: string
  /** Why nothing was triaged, for ignore/waiting routes. */
  reason: string | null
  dryRun: boolean
  run: {
    id: number
    name: string
    path: string
    branch: string
    sha: string
    attempt: number
    conclusion: string | null
    url: string
    event: string
  } | null
  jobs: JobReport[]
  skippedFailedJobs: number
  /** Null when no test report was looked for (no test failure, or no artifact globs). */
  testReports: TestReportsSummary | null
  decision: {
    category: Category
    confidence: number
    action: string
    priority: string | null
    owner: string | null
    reasons: string[]
  } | null
  actions: ActionRecord[]
  issue: { number: number; url: string; action: string } | null
  notifications: { target: string; ok: boolean; detail: string }[]
  timings: {
    /** Run completion to the start of triage. */
    detectionDelayMs: number | null
    analysisMs: number
    remediationMs: number
    totalMs: number
  }
  api: { requests: number; writes: number; rateLimited: number; byRoute: Record<string, number> }
  ai: AiUsage & { mode: string; model: string | null }
  /** What went wrong on the way without stopping the triage. */
  problems: string[]
}

export function renderTriageJson(report: TriageReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

const RESULT_MARK: Record<ActionRecord['result'], string> = {
  done: '✅ done',
  would: '🔍 would do (dry run)',
  refused: '⛔ refused by the safety gate',
  failed: '❌ failed',
  proposed: '🕒 proposed, awaiting approval',
  skipped: '⏭️ skipped'
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`
}

/** The Markdown report, also the job summary: people look at the table before they read. */
export function renderTriageMarkdown(report: TriageReport): string {
  const lines = [
    ...headerLines(report),
    ...jobLines(report),
    ...(report.testReports ? testReportLines(report.testReports) : []),
    ...actionLines(report),
    ...footerLines(report)
  ]
  return `${lines.join('\n')}\n`
}

/** Title, dry-run note, reason, the run's table and the decision. */
function headerLines(report: TriageReport): string[] {
  const lines: string[] = []
  const run = report.run
  const title = run
    ? `## Workflow triage: ${escapeMarkdownInline(run.name)} #${run.id} on ${escapeMarkdownInline(run.branch)}`
    : '## Workflow triage'
  lines.push(title, '')
  if (report.dryRun)
    lines.push(
      '> [!NOTE]',
      '> Dry run: no write request was made; the actions below say what would have been done.',
      ''
    )
  if (report.reason)
    lines.push(`**${escapeMarkdownInline(report.route)}**: ${escapeMarkdownInline(report.reason)}`, '')
  if (run) {
    lines.push(
      '| Run | Attempt | Conclusion | Commit | Trigger |',
      '|---|---|---|---|---|',
      `| ${markdownLink(`${run.name} #${run.id}`, run.url)} | ${run.attempt} | ${escapeMarkdownInline(run.conclusion ?? '')} | ${codeSpan(shortSha(run.sha))} | ${escapeMarkdownInline(run.event)} |`,
      ''
    )
  }
  if (report.decision) {
    const decision = report.decision
    lines.push(
      `**Decision:** ${escapeMarkdownInline(decision.action)} · category \`${decision.category}\` (${percent(decision.confidence)})` +
        (decision.priority ? ` · priority **${decision.priority}**` : '') +
        (decision.owner ? ` · owner **${escapeMarkdownInline(decision.owner)}**` : ''),
      ''
    )
    for (const reason of decision.reasons) lines.push(`- ${escapeMarkdownInline(reason)}`)
    if (decision.reasons.length > 0) lines.push('')
  }
  return lines
}

/** The failed jobs' table, then each job's evidence. */
function jobLines(report: TriageReport): string[] {
  const lines: string[] = []
  if (report.jobs.length === 0) return lines
  lines.push(
    '### Failed jobs',
    '',
    '| Job | Failed step | Category | Confidence | Source | Fingerprint |',
    '|---|---|---|---|---|---|'
  )
  for (const job of report.jobs) {
    lines.push(
      `| ${markdownLink(job.name, job.url)} | ${escapeMarkdownInline(job.failedStep ?? '')} | \`${job.category}\` | ${percent(job.confidence)} | ${job.source}${job.excerptFrom === 'annotations' ? ' (annotations: log unavailable)' : ''} | \`${job.fingerprint}\` |`
    )
  }
  if (report.skippedFailedJobs > 0)
    lines.push('', `_${report.skippedFailedJobs} more failed jobs were not examined._`)
  lines.push('')
  for (const job of report.jobs) {
    lines.push(`<details><summary>Evidence: ${escapeMarkdownInline(job.name)}</summary>`, '')
    lines.push(`Root cause: ${escapeMarkdownInline(job.rootCause)}`, '')
    if (job.tests.length > 0) {
      lines.push(
        `Failing tests (${job.testsFrom === 'junit' ? 'from the JUnit report' : 'from the log'}):`,
        ''
      )
      for (const test of job.tests) {
        const place = test.file === null ? '' : ` (${test.file}${test.line === null ? '' : `:${test.line}`})`
        lines.push(`- ${escapeMarkdownInline(`${test.name}${place}`)} · ${test.framework}`)
      }
      lines.push('')
    }
    if (job.evidence.length > 0) lines.push(fenceBlock(job.evidence.join('\n'), 'text'), '')
    if (job.reproduce) lines.push('Reproduce locally:', '', fenceBlock(job.reproduce, 'sh'), '')
    lines.push('</details>', '')
  }
  return lines
}

/** Every write considered, and the safety gate's checks. */
function actionLines(report: TriageReport): string[] {
  const lines: string[] = []
  if (report.actions.length > 0) {
    lines.push('### Actions', '', '| Action | Target | Result | Detail |', '|---|---|---|---|')
    for (const action of report.actions) {
      lines.push(
        `| ${escapeMarkdownInline(action.kind)} | ${escapeMarkdownInline(action.target)} | ${RESULT_MARK[action.result]} | ${withCommands(action.detail)} |`
      )
    }
    lines.push('')
    const gated = report.actions.filter(action => action.checks && action.checks.length > 0)
    if (gated.length > 0) {
      lines.push(
        '<details><summary>Safety gate checks</summary>',
        '',
        '| Action | Check | Passed | Detail |',
        '|---|---|---|---|'
      )
      for (const action of gated) {
        for (const check of action.checks ?? []) {
          lines.push(
            `| ${escapeMarkdownInline(action.kind)} | ${escapeMarkdownInline(check.name)} | ${check.passed ? '✅' : '❌'} | ${escapeMarkdownInline(check.detail)} |`
          )
        }
      }
      lines.push('', '</details>', '')
    }
  }
  return lines
}

/** The issue, the problems, and what the triage cost. */
function footerLines(report: TriageReport): string[] {
  const lines: string[] = []
  if (report.issue)
    lines.push(
      `**Issue:** ${markdownLink(`#${report.issue.number}`, report.issue.url)} (${report.issue.action})`,
      ''
    )
  if (report.problems.length > 0) {
    lines.push('### Problems', '')
    for (const problem of report.problems) lines.push(`- ${escapeMarkdownInline(problem)}`)
    lines.push('')
  }
  const t = report.timings
  lines.push(
    `<sub>${report.api.requests} API requests (${report.api.writes} writes)` +
      (report.ai.calls > 0
        ? ` · AI: ${report.ai.calls} calls, ${report.ai.inputTokens + report.ai.outputTokens} tokens, ~$${report.ai.estimatedCostUsd.toFixed(4)}`
        : '') +
      ` · analysis ${t.analysisMs} ms · remediation ${t.remediationMs} ms` +
      (t.detectionDelayMs !== null
        ? ` · detected ${Math.round(t.detectionDelayMs / 1000)} s after the run completed`
        : '') +
      '</sub>'
  )
  return lines
}

/** Where the failing test names came from, and why a test report was not used. */
function testReportLines(summary: TestReportsSummary): string[] {
  const artifacts = summary.artifacts.map(artifact => `\`${escapeMarkdownInline(artifact.name)}\``).join(', ')
  const lines = [
    '### Test reports',
    '',
    summary.testsFrom === 'junit'
      ? `Failing test names come from the JUnit reports in ${artifacts}, not from the logs.`
      : 'Failing test names come from the logs: no JUnit report of the run could be used.',
    ''
  ]
  if (summary.runTests.length > 0) {
    lines.push('Failing tests of the reports that no failed job could be tied to:', '')
    for (const test of summary.runTests) lines.push(`- ${escapeMarkdownInline(test.name)}`)
    lines.push('')
  }
  for (const note of summary.notes) lines.push(`- ${escapeMarkdownInline(note)}`)
  if (summary.notes.length > 0) lines.push('')
  return lines
}
