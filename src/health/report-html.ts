/**
 * The self-contained HTML report: inline CSS and SVG only, and a Content-Security-Policy
 * that forbids scripts, so even a string that escaped escaping could not run. Every
 * untrusted string (workflow names, messages, branch names) goes through escapeHtml.
 */
import { type Alert, type HealthStatus, type StuckRun, type WorkflowHealth } from './score.js'
import type { PrunePlanEntry } from './prune.js'
import { restoreCommandApi } from '../text/shell.js'
import { durationsSvg, escapeHtml, flakesSvg, runStripSvg, safeHref, scoresSvg } from './charts.js'
import {
  formatAge,
  formatDurationWithTrend,
  formatPercent,
  lintFindingsBySeverity,
  plural,
  STATUS_EMOJI,
  workflowNotes,
  type HealthReport,
  type IssueTouched,
  type LintSection,
  type RemediationRecord,
  type RepositoryReport,
  type TestSection
} from './report.js'
import { formatDuration, shortSha } from '../text/format.js'

/** Findings beyond this are in health-report.json; a table of thousands helps nobody. */
const MAX_FINDINGS = 200

const STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --card: #f6f8fa; --border: #d1d9e0;
  --track: #e6eaef; --success: #1a7f37; --failure: #cf222e; --timed-out: #bc4c00; --cancelled: #818b98;
  --skipped: #d1d9e0; --approval: #8250df; --critical: #cf222e; --degraded: #bc4c00; --warning: #9a6700;
  --healthy: #1a7f37; --no-data: #818b98; --line: #0969da; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --card: #151b23; --border: #3d444d; --track: #262c36;
    --success: #3fb950; --failure: #f85149; --timed-out: #db6d28; --cancelled: #656c76; --skipped: #3d444d;
    --approval: #ab7df8; --critical: #f85149; --degraded: #db6d28; --warning: #d29922; --healthy: #3fb950;
    --no-data: #656c76; --line: #4493f8; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif; }
main, .page-header, footer { max-width: 1100px; margin: 0 auto; padding: 16px 24px; }
h1, h2, h3 { margin: 0; }
h2 { font-size: 20px; margin: 32px 0 12px; display: flex; gap: 12px; align-items: center; }
h3 { font-size: 15px; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--card); padding: 1px 4px; border-radius: 4px; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.caption { color: var(--muted); font-size: 12px; margin: 8px 0 4px; }
.legend { display: flex; flex-wrap: wrap; gap: 12px; font-size: 12px; color: var(--muted); }
.legend svg { vertical-align: -1px; margin-right: 4px; }
.page-header { display: flex; align-items: center; gap: 24px; border-bottom: 1px solid var(--border); }
.big-score { font-size: 48px; font-weight: 700; line-height: 1; }
.big-score small { font-size: 16px; color: var(--muted); }
.badge { display: inline-block; padding: 2px 10px; border-radius: 999px; font-size: 12px; font-weight: 600; color: #fff; background: var(--no-data); }
.status-critical { --status: var(--critical); } .status-degraded { --status: var(--degraded); }
.status-warning { --status: var(--warning); } .status-healthy { --status: var(--healthy); }
.status-no-data { --status: var(--no-data); }
.badge[class*='status-'] { background: var(--status); }
.card { background: var(--card); border: 1px solid var(--border); border-radius: 8px; padding: 12px 16px; margin: 12px 0; }
.workflows { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 12px; }
.workflow { border-left: 4px solid var(--status); }
.workflow header { display: grid; grid-template-columns: 1fr auto; grid-template-areas: 'name status' 'path path'; gap: 4px 8px; align-items: center; }
.workflow header > div:first-child { display: contents; }
.workflow header h3 { grid-area: name; overflow-wrap: anywhere; } .workflow header code { grid-area: path; justify-self: start; }
.workflow header > div:last-child { grid-area: status; white-space: nowrap; }
.workflow .score { font-size: 22px; font-weight: 700; }
.workflow dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 8px 0; font-size: 13px; }
.workflow dt { color: var(--muted); } .workflow dd { margin: 0; }
.chart text { fill: var(--fg); font-size: 12px; } .chart text.empty { fill: var(--muted); }
.run-success { fill: var(--success); } .run-failure, .run-startup_failure { fill: var(--failure); }
.run-timed_out { fill: var(--timed-out); } .run-cancelled, .run-other { fill: var(--cancelled); }
.run-skipped { fill: var(--skipped); } .run-action_required { fill: var(--approval); }
.bar .track { fill: var(--track); } .bar .fill { fill: var(--status); }
.durations .line { fill: none; stroke: var(--line); stroke-width: 2; } .durations .point { fill: var(--line); }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--border); vertical-align: top; }
.table-scroll { overflow-x: auto; }
td.nowrap, td.nowrap code { white-space: nowrap; overflow-wrap: normal; }
table.lint td, table.lint code { overflow-wrap: normal; } .word { white-space: nowrap; }
.durations .scale .axis, .durations .scale .grid, .flakes .scale .axis, .flakes .scale .grid { stroke: var(--border); stroke-width: 1; }
.flakes .flake-bar { fill: var(--warning); }
.chart text.tick { fill: var(--muted); font-size: 10px; }
.explain dl { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; margin: 8px 0 0; }
.explain dt { white-space: nowrap; } .explain dd { margin: 0; }
ul.alerts { list-style: none; padding: 0; margin: 0; } ul.alerts li { padding: 4px 0; }
.level-critical, .level-error { color: var(--critical); font-weight: 600; }
.level-warning { color: var(--warning); font-weight: 600; } .level-notice { color: var(--muted); font-weight: 600; }
.result-done { color: var(--success); font-weight: 600; } .result-refused, .result-failed { color: var(--failure); font-weight: 600; }
a { color: var(--line); }
`

function statusBadge(status: HealthStatus): string {
  return `<span class="badge status-${status}">${STATUS_EMOJI[status]} ${status}</span>`
}

function link(url: string, text: string): string {
  const href = safeHref(url)
  return href === null ? escapeHtml(text) : `<a href="${href}">${escapeHtml(text)}</a>`
}

function section(title: string, body: string): string {
  return `<section class="card"><h3>${escapeHtml(title)}</h3>${body}</section>`
}

function definitions(entries: [string, string][]): string {
  return `<dl>${entries.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`
}

function workflowCard(health: WorkflowHealth, now: string): string {
  const { name, path } = health.workflow
  const notes = workflowNotes(health)
  const repair = health.timeToRepair
  const durations = [...health.recentRuns]
    .reverse()
    .filter(run => run.conclusion === 'success' && run.durationSeconds !== null)
    .map(run => ({ seconds: run.durationSeconds as number, label: `#${run.id} ${run.createdAt}` }))
  return `<article class="card workflow status-${health.status}" data-workflow="${escapeHtml(path)}">
<header><div><h3>${escapeHtml(name)}</h3><code>${escapeHtml(path)}</code></div>
<div>${statusBadge(health.status)} <span class="score">${health.score ?? '–'}</span></div></header>
<p>${escapeHtml(health.reason)}${notes.length > 0 ? ` <span class="muted">(${escapeHtml(notes.join('; '))})</span>` : ''}</p>
<p class="caption">Last ${plural(health.recentRuns.length, 'run')}, newest right</p>
${runStripSvg(health.recentRuns, `Recent runs of ${name}, newest right`)}
${definitions([
  ['Success rate', `${formatPercent(health.successRate)} of ${plural(health.counts.counted, 'counted run')}`],
  ['Median duration', formatDurationWithTrend(health)],
  ['p95 duration', formatDuration(health.durationP95Seconds)],
  ['Median queue', formatDuration(health.queueMedianSeconds)],
  ['Last success', formatAge(health.lastSuccessAt, now)],
  ['Consecutive failures', String(health.consecutiveFailures)],
  ['Flaky runs', String(health.flakyRunIds.length)],
  [
    'Time to repair',
    repair === null
      ? '–'
      : `${formatDuration(repair.meanMinutes * 60)} mean, ${formatDuration(repair.lastMinutes * 60)} last`
  ]
])}
<p class="caption">Duration of successful runs</p>
${durationsSvg(durations, `Durations of successful ${name} runs, oldest left`)}
</article>`
}

function alertList(alerts: Alert[]): string {
  if (alerts.length === 0) return '<p class="muted">No alerts.</p>'
  const items = alerts.map(
    alert =>
      `<li><span class="level-${escapeHtml(alert.level)}">${escapeHtml(alert.level)}</span> ${escapeHtml(alert.message)}</li>`
  )
  return `<ul class="alerts">${items.join('')}</ul>`
}

/**
 * A table in a horizontally scrolling box. Columns listed in `unbroken` (a location, a rule id,
 * a short sha) never wrap: split mid-way they stop being something one can search for or paste.
 */
function htmlTable(header: string[], rows: string[][], unbroken: number[] = [], className = ''): string {
  const head = header.map(cell => `<th>${escapeHtml(cell)}</th>`).join('')
  const cell = (content: string, index: number) =>
    unbroken.includes(index) ? `<td class="nowrap">${content}</td>` : `<td>${content}</td>`
  const body = rows.map(cells => `<tr>${cells.map(cell).join('')}</tr>`).join('')
  const classes = className === '' ? '' : ` class="${className}"`
  return `<div class="table-scroll"><table${classes}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
}

/**
 * Escapes text and shows its `backticked` spans as code, as the Markdown report does. Words
 * with a hyphen (`timeout-minutes`, a job id) are kept whole: a browser would break them there.
 */
export function inlineCode(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map(part => {
      const code = /^`([^`]+)`$/.exec(part)
      const html = escapeHtml(code ? code[1] : part).replace(
        /\S*-\S*/g,
        word => `<span class="word">${word}</span>`
      )
      return code ? `<code>${html}</code>` : html
    })
    .join('')
}

function lintTable(lint: LintSection): string {
  const { error, warning, notice } = lint.counts
  const counts = `<p>${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(notice, 'notice')}</p>`
  if (lint.findings.length === 0) return counts
  const rows = lintFindingsBySeverity(lint.findings)
    .slice(0, MAX_FINDINGS)
    .map(finding => [
      `<span class="level-${escapeHtml(finding.level)}">${escapeHtml(finding.level)}</span>`,
      `<code>${escapeHtml(`${finding.file}:${finding.line}:${finding.column}`)}</code>`,
      `<code>${escapeHtml(finding.rule)}</code>`,
      inlineCode(finding.message),
      inlineCode(finding.hint)
    ])
  const more =
    lint.findings.length > MAX_FINDINGS
      ? `<p class="muted">${lint.findings.length - MAX_FINDINGS} more in health-report.json</p>`
      : ''
  return `${counts}${htmlTable(['Level', 'Location', 'Rule', 'Message', 'Fix'], rows, [0, 1, 2], 'lint')}${more}`
}

function branchTable(repo: string, branches: PrunePlanEntry[]): string {
  const rows = branches.map(branch => [
    `<code>${escapeHtml(branch.name)}</code>`,
    `<code>${escapeHtml(shortSha(branch.sha))}</code>`,
    `${branch.ageDays} days`,
    `<code>${escapeHtml(branch.restoreCommand)}</code><br><code>${escapeHtml(restoreCommandApi(repo, branch.name, branch.sha))}</code>`
  ])
  return htmlTable(['Branch', 'Commit', 'Age', 'Restore with'], rows, [1, 2])
}

function branchSections(repository: RepositoryReport): string[] {
  const sections: string[] = []
  if (repository.pruned.length > 0) {
    sections.push(section('Pruned branches', branchTable(repository.repo, repository.pruned)))
  }
  if (repository.prunePlanned.length > 0) {
    sections.push(section('Would prune (dry run)', branchTable(repository.repo, repository.prunePlanned)))
  }
  if (repository.deferred.length > 0) {
    const names = repository.deferred.map(name => `<code>${escapeHtml(name)}</code>`).join(' ')
    sections.push(section('Left for the next run', `<p>${names}</p>`))
  }
  return sections
}

function stuckList(stuck: StuckRun[]): string {
  const rows = stuck.map(run => [
    escapeHtml(run.name),
    link(run.htmlUrl, `#${run.id}`),
    escapeHtml(run.status),
    `${run.hours} h`
  ])
  return htmlTable(['Workflow', 'Run', 'Status', 'For'], rows, [1, 3])
}

function issueList(issues: IssueTouched[]): string {
  const items = issues.map(
    issue =>
      `<li>${link(issue.url, `#${issue.number}`)} ${issue.action}: <code>${escapeHtml(issue.workflow)}</code></li>`
  )
  return `<ul>${items.join('')}</ul>`
}

function remediationTable(records: RemediationRecord[]): string {
  const rows = records.map(record => [
    escapeHtml(record.kind),
    link(record.run.url, `#${record.run.id}`),
    `${escapeHtml(record.run.workflow)} on <code>${escapeHtml(record.run.branch)}</code> (attempt ${record.run.attempt})`,
    escapeHtml(record.category ?? '–'),
    `${escapeHtml(record.action)}: <span class="result-${record.result}">${record.result}</span>`,
    `${escapeHtml(record.detail)}${record.issue ? ` ${link(record.issue.url, `#${record.issue.number}`)}` : ''}`
  ])
  return htmlTable(['Pass', 'Run', 'Workflow', 'Category', 'Action', 'Detail'], rows, [1])
}

function flakyTestsSection(tests: TestSection): string {
  const chart = flakesSvg(tests.flakesPerDay, 'Flakes per day, oldest left')
  const rows = tests.flaky.map(test => [
    `<code>${escapeHtml(test.test)}</code><br><span class="muted">${escapeHtml(test.workflow)}</span>`,
    `${formatPercent(test.flakeRate)} <span class="muted">(${test.flakes} of ${test.runs})</span>`,
    String(test.runsAffected),
    `<code>${escapeHtml(test.firstSeen.slice(0, 16).replace('T', ' '))}</code>`,
    `<code>${escapeHtml(test.lastSeen.slice(0, 16).replace('T', ' '))}</code>`,
    test.jobs.map(job => escapeHtml(job)).join(', ')
  ])
  const table =
    rows.length === 0
      ? `<p class="muted">No test flaked in the ${plural(tests.history.runs.length, 'run')} recorded.</p>`
      : htmlTable(
          ['Test', 'Flake rate', 'Runs affected', 'First seen (UTC)', 'Last seen (UTC)', 'Jobs'],
          rows,
          [3, 4]
        )
  const quarantine = tests.quarantine.map(
    issue =>
      `<li>${link(issue.url, `#${issue.number}`)} ${issue.action}: <code>${escapeHtml(issue.test)}</code></li>`
  )
  return section(
    'Flaky tests',
    `<p class="caption">Flakes per day (UTC)</p>${chart}${table}${quarantine.length > 0 ? `<p class="caption">Quarantine issues</p><ul>${quarantine.join('')}</ul>` : ''}`
  )
}

function repositorySection(repository: RepositoryReport, now: string): string {
  const bars = repository.workflows
    .filter(health => health.score !== null)
    .map(health => ({ label: health.workflow.name, score: health.score as number, status: health.status }))
  const parts = [
    `<h2>${escapeHtml(repository.repo)} ${statusBadge(repository.status)}` +
      `<span class="muted">${repository.score === null ? '' : `score ${repository.score}`}</span></h2>`,
    section('Scores', scoresSvg(bars)),
    `<div class="workflows">${repository.workflows.map(health => workflowCard(health, now)).join('\n')}</div>`,
    section('Alerts', alertList(repository.alerts)),
    repository.stuckRuns.length > 0 ? section('Stuck runs', stuckList(repository.stuckRuns)) : '',
    section('Workflow lint', lintTable(repository.lint)),
    ...branchSections(repository),
    repository.issues.length > 0 ? section('Issues', issueList(repository.issues)) : '',
    repository.remediations && repository.remediations.length > 0
      ? section('Failed runs handled on schedule', remediationTable(repository.remediations))
      : '',
    repository.tests ? flakyTestsSection(repository.tests) : ''
  ]
  return `<section class="repository">${parts.filter(part => part !== '').join('\n')}</section>`
}

const LEGEND: [string, string][] = [
  ['success', 'success'],
  ['failure', 'failure'],
  ['timed_out', 'timed out'],
  ['cancelled', 'cancelled'],
  ['skipped', 'skipped'],
  ['action_required', 'awaiting approval']
]

function legend(): string {
  const items = LEGEND.map(
    ([conclusion, words]) =>
      `<span><svg width="10" height="10" aria-hidden="true"><rect class="run-${conclusion}" width="10" height="10" rx="2"/></svg>${words}</span>`
  )
  return `<div class="legend">${items.join('')}</div>`
}

function pageHeader(report: HealthReport): string {
  const facts = [
    `${report.repositories.length} ${report.repositories.length === 1 ? 'repository' : 'repositories'}`,
    report.budget
      ? `${report.apiRequests} of ${report.budget.maxApiRequests} API requests, ${report.budget.writes} of ${report.budget.maxWrites} writes`
      : `${report.apiRequests} API requests`,
    `generated ${report.generatedAt}`,
    ...(report.dryRun ? ['dry run: nothing was changed'] : [])
  ]
  return `<header class="page-header status-${report.status}">
<div class="big-score">${report.score ?? '–'}<small>/100</small></div>
<div><h1>Workflow health ${statusBadge(report.status)}</h1><p class="muted">${escapeHtml(facts.join(' · '))}</p>
<p class="muted" data-explains="score">The score is the success rate with recent runs weighing more; the status comes from
the rules under “How to read this report”, so a workflow whose last 3 runs failed is critical whatever its score.</p>
${legend()}</div>
</header>`
}

const STATUS_RULES: [HealthStatus, string][] = [
  ['no-data', 'fewer than 3 counted runs (cancelled, skipped and awaiting-approval runs are not counted)'],
  ['critical', 'failure rate over 50%, or the 3 most recent runs failed'],
  ['degraded', 'failure rate over 40%, or the 2 most recent runs failed'],
  ['warning', 'failure rate of 20% or more, or a failure among the 3 most recent runs'],
  ['healthy', 'none of the above']
]

/** What the numbers mean, so a reader need not guess why "79" sits beside "critical". */
function explanation(): string {
  const rules = STATUS_RULES.map(
    ([status, rule]) => `<dt>${statusBadge(status)}</dt><dd>${escapeHtml(rule)}</dd>`
  )
  return `<section class="card explain" data-explains="status"><h3>How to read this report</h3>
<p><strong>Status</strong>: the first rule that holds, over a workflow's recent completed runs; the repository takes its worst workflow's status.</p>
<dl>${rules.join('')}</dl>
<p><strong>Score</strong> (0-100): the success rate of the same runs, the newest run weighing most and the oldest least. It shows
how far a workflow is from green; the status says how urgent it is. A long green history keeps the score high while the
last failures already make the status critical.</p>
<p><strong>Run strip</strong>: one square per run, newest on the right, coloured by conclusion (legend at the top; hover for the run).
<strong>Durations</strong>: successful runs, oldest left, on a scale from 0 to the slowest shown at the left.
<strong>Median duration</strong> “(1.3× earlier runs)” compares the median of the last 5 successful runs with the 5 before; over 2× is flagged slower.
<strong>Time to repair</strong>: from a failure to the next green run of the same workflow.</p>
</section>`
}

function footer(report: HealthReport): string {
  const list = (title: string, items: string[]) =>
    items.length === 0
      ? ''
      : `<h3>${title}</h3><ul>${items.map(item => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
  const body = [
    list('Errors', report.errors),
    list('Warnings', report.warnings),
    list('Budget', report.budgetNotes)
  ].join('')
  return `<footer>${body}<p class="muted">Report schema version ${report.schemaVersion}.</p></footer>`
}

export function renderHtml(report: HealthReport): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Workflow health: ${report.status}</title>
<style>${STYLE}</style>
</head>
<body>
${pageHeader(report)}
<main>
${report.repositories.map(repository => repositorySection(repository, report.generatedAt)).join('\n')}
${explanation()}
</main>
${footer(report)}
</body>
</html>
`
}
