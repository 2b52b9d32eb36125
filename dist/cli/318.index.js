export const id = 318;
export const ids = [318,10];
export const modules = {

/***/ 6558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ selectStaleBranches),
/* harmony export */   rh: () => (/* binding */ ghRestoreCommand)
/* harmony export */ });
/* unused harmony exports shellQuote, gitRestoreCommand */
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6449);
/**
 * Stale automation branch selection (SPEC 7 pruning). Pure: it decides, the shell deletes.
 * A branch is pruned only when every condition holds; each kept branch says which one failed.
 */

const DAY_MS = 24 * 3600 * 1000;
const SAFE_SHELL_WORD = /^[A-Za-z0-9._/@%+=:,-]+$/;
/** Branch names may hold `$`, `;` or backticks: quote what a person will paste into a shell. */
function shellQuote(word) {
    return SAFE_SHELL_WORD.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
function gitRestoreCommand(name, sha) {
    return `git push origin ${shellQuote(`${sha}:refs/heads/${name}`)}`;
}
/** The same restore through the REST API, for people without a clone at hand. */
function ghRestoreCommand(repo, name, sha) {
    return `gh api -X POST repos/${shellQuote(repo)}/git/refs -f ${shellQuote(`ref=refs/heads/${name}`)} -f sha=${shellQuote(sha)}`;
}
function ageInDays(lastCommitDate, now) {
    if (lastCommitDate === null)
        return null;
    const ms = now.getTime() - Date.parse(lastCommitDate);
    return Number.isFinite(ms) ? ms / DAY_MS : null;
}
/** The first safety condition the branch fails, or how long it has been stale. */
function verdict(branch, input) {
    if (branch.name === input.defaultBranch)
        return { keep: 'default branch' };
    if (branch.protected)
        return { keep: 'protected' };
    if (input.openPrRefs.has(branch.name))
        return { keep: 'open pull request from or into it' };
    const age = ageInDays(branch.lastCommitDate, input.now);
    if (age === null)
        return { keep: 'last commit date unknown' };
    if (age <= input.staleDays) {
        return { keep: `last commit ${Math.floor(age)} days ago (stale after ${input.staleDays})` };
    }
    return { staleDays: age };
}
function selectStaleBranches(input) {
    const kept = [];
    const stale = [];
    for (const branch of input.branches) {
        if (!(0,_text_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAny */ ._)(branch.name, input.patterns))
            continue;
        const result = verdict(branch, input);
        if ('keep' in result) {
            kept.push({ name: branch.name, reason: result.keep });
            continue;
        }
        const entry = {
            name: branch.name,
            sha: branch.sha,
            ageDays: Math.floor(result.staleDays),
            restoreCommand: gitRestoreCommand(branch.name, branch.sha)
        };
        stale.push({ entry, age: result.staleDays });
    }
    const oldestFirst = stale.sort((a, b) => b.age - a.age || a.entry.name.localeCompare(b.entry.name));
    const limit = Math.max(0, input.maxPrunes);
    return {
        prune: oldestFirst.slice(0, limit).map(({ entry }) => entry),
        kept,
        deferred: oldestFirst.slice(limit).map(({ entry }) => entry.name)
    };
}


/***/ }),

/***/ 318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JOB_SUMMARY_MAX_BYTES: () => (/* binding */ JOB_SUMMARY_MAX_BYTES),
/* harmony export */   codeSpan: () => (/* binding */ codeSpan),
/* harmony export */   escapeMarkdown: () => (/* binding */ escapeMarkdown),
/* harmony export */   renderJobSummary: () => (/* binding */ renderJobSummary),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* harmony import */ var _classify_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1789);
/* harmony import */ var _prune_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6558);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5010);
/**
 * Markdown renderings of the health report: the `health-report.md` artifact and the job
 * summary. Workflow names, messages and branch names are untrusted: every one is escaped,
 * and GitHub renders HTML inside Markdown, so `<` and `>` become entities too.
 */



/** GitHub refuses step summaries over 1 MiB; leave room for anything else the step appends. */
const JOB_SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
const ARTIFACT_LIMITS = { findings: 100, alerts: 200, flakyTests: 100 };
const SUMMARY_LIMITS = { findings: 10, alerts: 50, flakyTests: 10 };
const ALERT_EMOJI = { critical: '🚨', warning: '⚠️', notice: 'ℹ️' };
const LINT_EMOJI = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** Untrusted text as inert inline Markdown that also survives inside a table cell. */
function escapeMarkdown(text) {
    // Redacted before escaping: an escaped `ghp\_…` no longer looks like a token.
    return (0,_classify_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text)
        .replace(/\s+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~]/g, '\\$&');
}
/** A code span that no backtick inside can close early; `|` is escaped for tables (GFM). */
function codeSpan(untrusted) {
    const text = (0,_classify_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(untrusted);
    const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const padding = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${padding}${text.replace(/\|/g, '\\|')}${padding}${fence}`;
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function statusCell(status) {
    return `${_report_js__WEBPACK_IMPORTED_MODULE_1__.STATUS_EMOJI[status]} ${status}`;
}
function workflowCell(health) {
    const notes = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__.workflowNotes)(health);
    const name = escapeMarkdown(health.workflow.name);
    return notes.length === 0 ? name : `${name} _(${escapeMarkdown(notes.join('; '))})_`;
}
function statusTable(repository, now) {
    const rows = repository.workflows.map(health => [
        statusCell(health.status),
        workflowCell(health),
        health.score === null ? '–' : String(health.score),
        (0,_report_js__WEBPACK_IMPORTED_MODULE_1__.formatPercent)(health.successRate),
        (0,_report_js__WEBPACK_IMPORTED_MODULE_1__.formatDurationWithTrend)(health),
        (0,_report_js__WEBPACK_IMPORTED_MODULE_1__.formatAge)(health.lastSuccessAt, now),
        escapeMarkdown(health.reason)
    ]);
    return table(['Status', 'Workflow', 'Score', 'Success', 'Median duration', 'Last success', 'Reason'], rows);
}
/** Mermaid labels are quoted strings without an escape syntax: keep only what cannot break out. */
function mermaidLabel(text) {
    const safe = text.replace(/[^\p{L}\p{N} ._\-/]/gu, '').trim();
    return (safe.length > 24 ? `${safe.slice(0, 23)}…` : safe) || '?';
}
function scoresChart(workflows) {
    const scored = workflows.filter(health => health.score !== null);
    if (scored.length === 0)
        return null;
    const labels = scored.map(health => `"${mermaidLabel(health.workflow.name)}"`).join(', ');
    const scores = scored.map(health => health.score).join(', ');
    return [
        '```mermaid',
        'xychart-beta',
        '  title "Workflow scores"',
        `  x-axis [${labels}]`,
        '  y-axis "Score" 0 --> 100',
        `  bar [${scores}]`,
        '```'
    ].join('\n');
}
function alertLines(alerts, limit) {
    if (alerts.length === 0)
        return null;
    const lines = alerts
        .slice(0, limit)
        .map(alert => `- ${ALERT_EMOJI[alert.level]} ${escapeMarkdown(alert.message)}`);
    if (alerts.length > limit)
        lines.push(`- … and ${alerts.length - limit} more in health-report.json`);
    return lines.join('\n');
}
function lintBlocks(repository, limit) {
    const { counts, findings } = repository.lint;
    const summary = `${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__.plural)(counts.error, 'error')}, ${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__.plural)(counts.warning, 'warning')}, ${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__.plural)(counts.notice, 'notice')}`;
    if (findings.length === 0)
        return [`**Lint:** ${summary}.`];
    const top = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__.lintFindingsBySeverity)(findings).slice(0, limit);
    const rows = top.map(finding => [
        `${LINT_EMOJI[finding.level]} ${finding.level}`,
        codeSpan(`${finding.file}:${finding.line}:${finding.column}`),
        codeSpan(finding.rule),
        escapeMarkdown(finding.message),
        escapeMarkdown(finding.hint)
    ]);
    const shown = findings.length > limit ? ` (top ${limit} of ${findings.length})` : '';
    return [`**Lint:** ${summary}${shown}.`, table(['Level', 'Location', 'Rule', 'Message', 'Fix'], rows)];
}
function branchTable(repo, branches) {
    const rows = branches.map(branch => [
        codeSpan(branch.name),
        codeSpan((0,_report_js__WEBPACK_IMPORTED_MODULE_1__.shortSha)(branch.sha)),
        `${branch.ageDays}d`,
        `${codeSpan(branch.restoreCommand)}<br>${codeSpan((0,_prune_js__WEBPACK_IMPORTED_MODULE_2__/* .ghRestoreCommand */ .rh)(repo, branch.name, branch.sha))}`
    ]);
    return table(['Branch', 'Commit', 'Age', 'Restore with'], rows);
}
function branchBlocks(repository) {
    const blocks = [];
    if (repository.pruned.length > 0) {
        blocks.push(`**Pruned ${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__.plural)(repository.pruned.length, 'stale branch', 'stale branches')}:**`);
        blocks.push(branchTable(repository.repo, repository.pruned));
    }
    if (repository.prunePlanned.length > 0) {
        blocks.push(`**Would prune ${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__.plural)(repository.prunePlanned.length, 'stale branch', 'stale branches')} (dry run):**`);
        blocks.push(branchTable(repository.repo, repository.prunePlanned));
    }
    if (repository.deferred.length > 0) {
        const names = repository.deferred.map(codeSpan).join(', ');
        blocks.push(`${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__.plural)(repository.deferred.length, 'more stale branch', 'more stale branches')} left for the next run: ${names}`);
    }
    return blocks;
}
/** API URLs are trusted, but a link is only written for a URL that cannot break out of it. */
function issueLink(issue) {
    return /^https:\/\/[^\s()<>]+$/.test(issue.url) ? `[#${issue.number}](${issue.url})` : `#${issue.number}`;
}
function issueLines(repository) {
    if (repository.issues.length === 0)
        return null;
    return repository.issues
        .map(issue => `- ${issueLink(issue)} ${issue.action}: ${codeSpan(issue.workflow)}`)
        .join('\n');
}
const REMEDIATION_EMOJI = {
    done: '✅',
    would: '💭',
    refused: '⛔',
    failed: '❌',
    skipped: '➖'
};
function remediationBlocks(repository) {
    const records = repository.remediations ?? [];
    if (records.length === 0)
        return [];
    const rows = records.map(record => [
        record.kind,
        /^https:\/\/[^\s()<>]+$/.test(record.run.url)
            ? `[${record.run.id}](${record.run.url})`
            : String(record.run.id),
        `${escapeMarkdown(record.run.workflow)} on ${codeSpan(record.run.branch)} (attempt ${record.run.attempt})`,
        record.category ?? '–',
        `${REMEDIATION_EMOJI[record.result]} ${escapeMarkdown(record.action)}: ${record.result}`,
        `${escapeMarkdown(record.detail)}${record.issue ? ` #${record.issue.number}` : ''}`
    ]);
    return [
        `**Failed runs handled on schedule (${records.length}):**`,
        table(['Pass', 'Run', 'Workflow', 'Category', 'Action', 'Detail'], rows)
    ];
}
function flakyTestBlocks(repository, limit) {
    const section = repository.tests;
    if (!section)
        return [];
    const quarantine = section.quarantine.map(issue => `- ${issueLink(issue)} ${issue.action}: ${codeSpan(issue.test)} (${codeSpan(issue.workflow)})`);
    const quarantineBlock = quarantine.length > 0 ? [`**Quarantine issues:**\n${quarantine.join('\n')}`] : [];
    if (section.flaky.length === 0)
        return [
            `**Flaky tests:** none in the ${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__.plural)(section.history.runs.length, 'run')} recorded.`,
            ...quarantineBlock
        ];
    const rows = section.flaky
        .slice(0, limit)
        .map(test => [
        codeSpan(test.test),
        `${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__.formatPercent)(test.flakeRate)} (${test.flakes} of ${test.runs})`,
        String(test.runsAffected),
        codeSpan(test.firstSeen.slice(0, 16).replace('T', ' ')),
        codeSpan(test.lastSeen.slice(0, 16).replace('T', ' ')),
        test.jobs.map(escapeMarkdown).join(', ')
    ]);
    const more = section.flaky.length > limit ? [`_… and ${section.flaky.length - limit} more in the health report._`] : [];
    return [
        `**Flaky tests (${section.flaky.length}):**`,
        table(['Test', 'Flake rate', 'Runs affected', 'First seen (UTC)', 'Last seen (UTC)', 'Jobs'], rows),
        ...more,
        ...quarantineBlock
    ];
}
function repositoryBlocks(repository, now, limits) {
    const score = repository.score === null ? '' : `, score ${repository.score}`;
    const heading = `## ${escapeMarkdown(repository.repo)}: ${statusCell(repository.status)}${score}`;
    const workflows = repository.workflows.length === 0 ? '_No workflows._' : statusTable(repository, now);
    return [
        heading,
        workflows,
        scoresChart(repository.workflows),
        alertLines(repository.alerts, limits.alerts),
        ...lintBlocks(repository, limits.findings),
        ...branchBlocks(repository),
        issueLines(repository),
        ...remediationBlocks(repository),
        ...flakyTestBlocks(repository, limits.flakyTests)
    ].filter(block => block !== null);
}
function headerBlocks(report) {
    const score = report.score === null ? '' : ` · score **${report.score}**`;
    const dryRun = report.dryRun ? ' · dry run: nothing was changed' : '';
    const requests = report.budget
        ? `${report.apiRequests} of ${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__.plural)(report.budget.maxApiRequests, 'API request')} · ${report.budget.writes} of ${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__.plural)(report.budget.maxWrites, 'write')}`
        : (0,_report_js__WEBPACK_IMPORTED_MODULE_1__.plural)(report.apiRequests, 'API request');
    return [
        `# Workflow health: ${statusCell(report.status)}${score}`,
        `${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__.plural)(report.repositories.length, 'repository', 'repositories')} · ` +
            `${requests} · generated ${report.generatedAt}${dryRun}`
    ];
}
function noteBlocks(report) {
    const list = (title, items) => items.length === 0 ? null : `**${title}:**\n${items.map(item => `- ${escapeMarkdown(item)}`).join('\n')}`;
    return [
        list('Errors', report.errors),
        list('Warnings', report.warnings),
        list('Budget', report.budgetNotes)
    ].filter(block => block !== null);
}
function reportBlocks(report, limits) {
    return [
        ...headerBlocks(report),
        ...report.repositories.flatMap(repository => repositoryBlocks(repository, report.generatedAt, limits)),
        ...noteBlocks(report)
    ];
}
function renderMarkdown(report) {
    return `${reportBlocks(report, ARTIFACT_LIMITS).join('\n\n')}\n`;
}
/**
 * The job summary: the same content with fewer findings, cut at a block boundary (never
 * inside a table or a chart) when it would pass `maxBytes`.
 */
function renderJobSummary(report, maxBytes = JOB_SUMMARY_MAX_BYTES) {
    const cutNote = '_The summary was cut to fit; the full report is in the health-report artifact._';
    const budget = maxBytes - Buffer.byteLength(`${cutNote}\n\n\n`);
    const kept = [];
    let bytes = 0;
    const blocks = reportBlocks(report, SUMMARY_LIMITS);
    for (const block of blocks) {
        const size = Buffer.byteLength(block) + 2;
        if (bytes + size > budget)
            break;
        kept.push(block);
        bytes += size;
    }
    if (kept.length < blocks.length)
        kept.push(cutNote);
    return `${kept.join('\n\n')}\n`;
}


/***/ }),

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


/***/ }),

/***/ 6449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ matchesAny)
/* harmony export */ });
/* unused harmony export matchesGlob */
/**
 * Glob matching for branch names and workflow names/paths: `*` matches within one
 * path segment, `**` across segments (`**` followed by `/` may also match no segment
 * at all), `?` one character other than `/`. Everything else is literal: the pattern never
 * becomes a regular expression, so pattern text cannot inject one.
 */
function tokenise(pattern) {
    const tokens = [];
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '?') {
            tokens.push({ kind: 'any-char' });
        }
        else if (char === '*' && pattern[i + 1] === '*') {
            i++;
            if (pattern[i + 1] === '/') {
                i++;
                tokens.push({ kind: 'globstar-dir' });
            }
            else {
                tokens.push({ kind: 'globstar' });
            }
            // Runs of more than two stars mean the same as two.
            while (pattern[i + 1] === '*')
                i++;
        }
        else if (char === '*') {
            tokens.push({ kind: 'star' });
        }
        else {
            tokens.push({ kind: 'literal', char });
        }
    }
    return tokens;
}
/** True when `name` matches `pattern` as a whole. Linear in name × pattern length (memoised). */
function matchesGlob(name, pattern) {
    const tokens = tokenise(pattern);
    const memo = new Map();
    const width = name.length + 1;
    const match = (t, n) => {
        const key = t * width + n;
        const known = memo.get(key);
        if (known !== undefined)
            return known;
        let result;
        if (t === tokens.length) {
            result = n === name.length;
        }
        else {
            const token = tokens[t];
            switch (token.kind) {
                case 'literal':
                    result = name[n] === token.char && match(t + 1, n + 1);
                    break;
                case 'any-char':
                    result = n < name.length && name[n] !== '/' && match(t + 1, n + 1);
                    break;
                case 'star':
                    result = match(t + 1, n) || (n < name.length && name[n] !== '/' && match(t, n + 1));
                    break;
                case 'globstar':
                    result = match(t + 1, n) || (n < name.length && match(t, n + 1));
                    break;
                case 'globstar-dir':
                    result = match(t + 1, n) || matchAfterSomeSlash(t, n);
                    break;
            }
        }
        memo.set(key, result);
        return result;
    };
    // `**` then `/` consumed at least one whole segment: resume after any later `/`.
    const matchAfterSomeSlash = (t, n) => {
        for (let i = n; i < name.length; i++) {
            if (name[i] === '/' && match(t + 1, i + 1))
                return true;
        }
        return false;
    };
    return match(0, 0);
}
function matchesAny(name, patterns) {
    return patterns.some(pattern => matchesGlob(name, pattern));
}


/***/ })

};
