export const id = 440;
export const ids = [440];
export const modules = {

/***/ 6440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TRIAGE_ACTIONS: () => (/* binding */ TRIAGE_ACTIONS),
/* harmony export */   TRIAGE_REPORT_SCHEMA_VERSION: () => (/* binding */ TRIAGE_REPORT_SCHEMA_VERSION),
/* harmony export */   renderTriageJson: () => (/* binding */ renderTriageJson),
/* harmony export */   renderTriageMarkdown: () => (/* binding */ renderTriageMarkdown)
/* harmony export */ });
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6590);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5870);


/**
 * Every value of the `action` output, each documented in action.yml and README: what the
 * triage did with the run. A dry run's remediation is `proposed`, like one awaiting approval.
 */
const TRIAGE_ACTIONS = [
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
];
/** Bump on any change a consumer of triage-report.json could notice. */
const TRIAGE_REPORT_SCHEMA_VERSION = 1;
function renderTriageJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
const RESULT_MARK = {
    done: '✅ done',
    would: '🔍 would do (dry run)',
    refused: '⛔ refused by the safety gate',
    failed: '❌ failed',
    proposed: '🕒 proposed, awaiting approval',
    skipped: '⏭️ skipped'
};
function percent(value) {
    return `${Math.round(value * 100)}%`;
}
/** The Markdown report, also the job summary: people look at the table before they read. */
function renderTriageMarkdown(report) {
    const lines = [];
    const run = report.run;
    const title = run
        ? `## Workflow triage: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(run.name)} #${run.id} on ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(run.branch)}`
        : '## Workflow triage';
    lines.push(title, '');
    if (report.dryRun)
        lines.push('> [!NOTE]', '> Dry run: no write request was made; the actions below say what would have been done.', '');
    if (report.reason)
        lines.push(`**${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(report.route)}**: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(report.reason)}`, '');
    if (run) {
        lines.push('| Run | Attempt | Conclusion | Commit | Trigger |', '|---|---|---|---|---|', `| ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)(`${run.name} #${run.id}`, run.url)} | ${run.attempt} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(run.conclusion ?? '')} | \`${run.sha.slice(0, 7)}\` | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(run.event)} |`, '');
    }
    if (report.decision) {
        const decision = report.decision;
        lines.push(`**Decision:** ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(decision.action)} · category \`${decision.category}\` (${percent(decision.confidence)})` +
            (decision.priority ? ` · priority **${decision.priority}**` : '') +
            (decision.owner ? ` · owner **${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(decision.owner)}**` : ''), '');
        for (const reason of decision.reasons)
            lines.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(reason)}`);
        if (decision.reasons.length > 0)
            lines.push('');
    }
    if (report.jobs.length > 0) {
        lines.push('### Failed jobs', '', '| Job | Failed step | Category | Confidence | Source | Fingerprint |', '|---|---|---|---|---|---|');
        for (const job of report.jobs) {
            lines.push(`| ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)(job.name, job.url)} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(job.failedStep ?? '')} | \`${job.category}\` | ${percent(job.confidence)} | ${job.source}${job.excerptFrom === 'annotations' ? ' (annotations: log unavailable)' : ''} | \`${job.fingerprint}\` |`);
        }
        if (report.skippedFailedJobs > 0)
            lines.push('', `_${report.skippedFailedJobs} more failed jobs were not examined._`);
        lines.push('');
        for (const job of report.jobs) {
            lines.push(`<details><summary>Evidence: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(job.name)}</summary>`, '');
            lines.push(`Root cause: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(job.rootCause)}`, '');
            if (job.tests.length > 0) {
                lines.push(`Failing tests (${job.testsFrom === 'junit' ? 'from the JUnit report' : 'from the log'}):`, '');
                for (const test of job.tests) {
                    const place = test.file === null ? '' : ` (${test.file}${test.line === null ? '' : `:${test.line}`})`;
                    lines.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(`${test.name}${place}`)} · ${test.framework}`);
                }
                lines.push('');
            }
            if (job.evidence.length > 0)
                lines.push((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceBlock */ .dr)(job.evidence.join('\n'), 'text'), '');
            if (job.reproduce)
                lines.push('Reproduce locally:', '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceBlock */ .dr)(job.reproduce, 'sh'), '');
            lines.push('</details>', '');
        }
    }
    if (report.testReports)
        lines.push(...testReportLines(report.testReports));
    if (report.actions.length > 0) {
        lines.push('### Actions', '', '| Action | Target | Result | Detail |', '|---|---|---|---|');
        for (const action of report.actions) {
            lines.push(`| ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(action.kind)} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(action.target)} | ${RESULT_MARK[action.result]} | ${(0,_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .withCommands */ .lZ)(action.detail)} |`);
        }
        lines.push('');
        const gated = report.actions.filter(action => action.checks && action.checks.length > 0);
        if (gated.length > 0) {
            lines.push('<details><summary>Safety gate checks</summary>', '', '| Action | Check | Passed | Detail |', '|---|---|---|---|');
            for (const action of gated) {
                for (const check of action.checks ?? []) {
                    lines.push(`| ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(action.kind)} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(check.name)} | ${check.passed ? '✅' : '❌'} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(check.detail)} |`);
                }
            }
            lines.push('', '</details>', '');
        }
    }
    if (report.issue)
        lines.push(`**Issue:** ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)(`#${report.issue.number}`, report.issue.url)} (${report.issue.action})`, '');
    if (report.problems.length > 0) {
        lines.push('### Problems', '');
        for (const problem of report.problems)
            lines.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(problem)}`);
        lines.push('');
    }
    const t = report.timings;
    lines.push(`<sub>${report.api.requests} API requests (${report.api.writes} writes)` +
        (report.ai.calls > 0
            ? ` · AI: ${report.ai.calls} calls, ${report.ai.inputTokens + report.ai.outputTokens} tokens, ~$${report.ai.estimatedCostUsd.toFixed(4)}`
            : '') +
        ` · analysis ${t.analysisMs} ms · remediation ${t.remediationMs} ms` +
        (t.detectionDelayMs !== null
            ? ` · detected ${Math.round(t.detectionDelayMs / 1000)} s after the run completed`
            : '') +
        '</sub>');
    return `${lines.join('\n')}\n`;
}
/** Where the failing test names came from, and why a test report was not used. */
function testReportLines(summary) {
    const artifacts = summary.artifacts.map(artifact => `\`${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(artifact.name)}\``).join(', ');
    const lines = [
        '### Test reports',
        '',
        summary.testsFrom === 'junit'
            ? `Failing test names come from the JUnit reports in ${artifacts}, not from the logs.`
            : 'Failing test names come from the logs: no JUnit report of the run could be used.',
        ''
    ];
    if (summary.runTests.length > 0) {
        lines.push('Failing tests of the reports that no failed job could be tied to:', '');
        for (const test of summary.runTests)
            lines.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(test.name)}`);
        lines.push('');
    }
    for (const note of summary.notes)
        lines.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(note)}`);
    if (summary.notes.length > 0)
        lines.push('');
    return lines;
}


/***/ })

};
