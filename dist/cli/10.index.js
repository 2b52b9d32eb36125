export const id = 10;
export const ids = [10];
export const modules = {

/***/ 5010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_FLAKY_ROWS: () => (/* binding */ MAX_FLAKY_ROWS),
/* harmony export */   REPORT_SCHEMA_VERSION: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   STATUS_EMOJI: () => (/* binding */ STATUS_EMOJI),
/* harmony export */   formatAge: () => (/* binding */ formatAge),
/* harmony export */   formatDuration: () => (/* binding */ formatDuration),
/* harmony export */   formatDurationWithTrend: () => (/* binding */ formatDurationWithTrend),
/* harmony export */   formatPercent: () => (/* binding */ formatPercent),
/* harmony export */   lintFindingsBySeverity: () => (/* binding */ lintFindingsBySeverity),
/* harmony export */   lintSection: () => (/* binding */ lintSection),
/* harmony export */   plural: () => (/* binding */ plural),
/* harmony export */   renderJson: () => (/* binding */ renderJson),
/* harmony export */   shortSha: () => (/* binding */ shortSha),
/* harmony export */   workflowNotes: () => (/* binding */ workflowNotes)
/* harmony export */ });
/** Bump on any change a consumer of health-report.json could notice. */
const REPORT_SCHEMA_VERSION = 1;
const LINT_LEVELS = ['error', 'warning', 'notice'];
/** Rows of the flaky tests table the report keeps (the history has them all). */
const MAX_FLAKY_ROWS = 100;
function lintSection(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.level] += 1;
    return { counts, findings };
}
/** Findings worst first, then by file and position: the order every rendering shows them in. */
function lintFindingsBySeverity(findings) {
    const rank = (level) => LINT_LEVELS.indexOf(level);
    return [...findings].sort((a, b) => rank(a.level) - rank(b.level) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
const STATUS_EMOJI = {
    critical: '🔴',
    degraded: '🟠',
    warning: '🟡',
    healthy: '🟢',
    'no-data': '⚪'
};
/** `42s`, `4m 12s`, `1h 3m` */
function formatDuration(seconds) {
    if (seconds === null)
        return '–';
    const total = Math.round(seconds);
    if (total < 60)
        return `${total}s`;
    const minutes = Math.floor(total / 60);
    if (minutes < 60)
        return `${minutes}m ${total % 60}s`;
    return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}
/** `5m ago`, `3h ago`, `2d ago`, relative to the report's own time so renderings are reproducible. */
function formatAge(time, now) {
    if (time === null)
        return 'none in window';
    const minutes = Math.max(0, Math.round((Date.parse(now) - Date.parse(time)) / 60_000));
    if (minutes < 60)
        return `${minutes}m ago`;
    if (minutes < 48 * 60)
        return `${Math.round(minutes / 60)}h ago`;
    return `${Math.round(minutes / (24 * 60))}d ago`;
}
function formatPercent(rate) {
    return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}
/** The median duration with its trend, e.g. `4m 12s (2.2× earlier runs: slower)`. */
function formatDurationWithTrend(health) {
    const duration = formatDuration(health.durationMedianSeconds);
    const trend = health.trend;
    if (trend === null)
        return duration;
    const ratio = `${trend.ratio.toFixed(1)}× earlier runs`;
    if (trend.slow)
        return `${duration} (${ratio}: slower)`;
    return `${duration} (${ratio})`;
}
/** Where a workflow's score came from, when that is not the obvious. */
function workflowNotes(health) {
    const notes = [];
    if (health.usedFallbackBranch)
        notes.push('all branches: none on the default branch');
    const state = health.workflow.state;
    if (state === 'disabled_inactivity')
        notes.push('disabled for inactivity');
    else if (state.startsWith('disabled'))
        notes.push(state.replaceAll('_', ' '));
    return notes;
}
function plural(count, word, words = `${word}s`) {
    return `${count} ${count === 1 ? word : words}`;
}
function shortSha(sha) {
    return sha.slice(0, 7);
}


/***/ })

};
