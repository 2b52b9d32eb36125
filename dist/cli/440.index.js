export const id = 440;
export const ids = [440];
export const modules = {

/***/ 6590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ linesWithFenceState),
/* harmony export */   E4: () => (/* binding */ escapeMarkdownInline),
/* harmony export */   al: () => (/* binding */ issueTitle),
/* harmony export */   dr: () => (/* binding */ fenceBlock),
/* harmony export */   gY: () => (/* binding */ parseMarker),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   qb: () => (/* binding */ issuesByMarker),
/* harmony export */   vE: () => (/* binding */ capBody),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   z0: () => (/* binding */ hiddenMarker)
/* harmony export */ });
/* unused harmony exports MAX_BODY_LENGTH, MAX_TITLE_LENGTH, stripInvisible, neutraliseMentions */
/* harmony import */ var _classify_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1789);
/**
 * Safe Markdown for issues and comments (SPEC 9). Log lines, job and step names,
 * branch names, commit messages and AI answers are untrusted: they reach a body only
 * through these functions, so they cannot ping people, link issues, render HTML,
 * break out of a code block or spoof text direction.
 */

/** GitHub rejects issue and comment bodies longer than this. */
const MAX_BODY_LENGTH = 65536;
/** GitHub's limit for issue titles. */
const MAX_TITLE_LENGTH = 256;
const ZERO_WIDTH_SPACE = '\u200b';
/**
 * Format characters (zero-width, bidirectional controls as in Trojan Source, tag
 * characters used to smuggle text) and blank fillers: they hide or reorder text so
 * what a reader sees is not what is there.
 */
const INVISIBLE = /\p{Cf}|[\u115f\u1160\u3164\uffa0]|\u17b4|\u17b5/gu;
/** Control characters other than tab and newline (carriage returns included: they overprint lines). */
const CONTROL = /[^\P{Cc}\t\n]/gu;
function stripInvisible(text) {
    return text.replace(INVISIBLE, '').replace(CONTROL, '');
}
/**
 * Untrusted text as every renderer here starts from it: redacted first, while a secret
 * still looks like one (escaping would split it), then stripped of what renders invisibly.
 */
function visible(text) {
    return stripInvisible((0,_classify_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text));
}
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** The fence a line opens, per CommonMark (a backtick fence's info string has no backtick). */
function openingFence(line) {
    const match = FENCE_LINE.exec(line);
    if (!match)
        return null;
    const char = match[1][0];
    if (char === '`' && match[2].includes('`'))
        return null;
    return { char, length: match[1].length };
}
function closesFence(line, fence) {
    const match = FENCE_LINE.exec(line);
    return (match !== null && match[1][0] === fence.char && match[1].length >= fence.length && match[2].trim() === '');
}
/** Each line of `text` with whether it is inside a fenced code block (fence lines count as inside). */
function linesWithFenceState(text) {
    let open = null;
    return text.split('\n').map(line => {
        if (open) {
            if (closesFence(line, open))
                open = null;
            return { line, fenced: true };
        }
        open = openingFence(line);
        return { line, fenced: open !== null };
    });
}
/** The fence still open at the end of `text`, or null. */
function unclosedFence(text) {
    let open = null;
    for (const line of text.split('\n')) {
        if (open) {
            if (closesFence(line, open))
                open = null;
        }
        else {
            open = openingFence(line);
        }
    }
    return open;
}
function longestRun(text, char) {
    let longest = 0;
    let current = 0;
    for (const c of text) {
        current = c === char ? current + 1 : 0;
        if (current > longest)
            longest = current;
    }
    return longest;
}
/**
 * A fenced code block whose fence is longer than any backtick run inside, so the
 * text cannot close it early. The info string is reduced to a plain language id.
 */
function fenceBlock(text, lang = '') {
    const content = visible(text).replace(/\n+$/, '');
    const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
    const info = lang.replace(/[^A-Za-z0-9_+-]/g, '');
    return `${fence}${info}\n${content}\n${fence}`;
}
/** Breaks `@user`, `@org/team`, `#123` and `GH-123` so they neither notify nor link. */
function breakReferences(text) {
    return text
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\b(GH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`);
}
/**
 * Neutralises mentions and issue references outside fenced code blocks (inside them
 * GitHub neither notifies nor links) and strips invisible characters everywhere.
 */
function neutraliseMentions(text) {
    return linesWithFenceState(visible(text))
        .map(({ line, fenced }) => (fenced ? line : breakReferences(line)))
        .join('\n');
}
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/**
 * Untrusted text as one inert line of inline Markdown (table cells, list items,
 * sentences): no HTML, no emphasis, links, images, code spans, table breaks,
 * mentions or references, no line breaks.
 */
function escapeMarkdownInline(text) {
    const flat = visible(text).replace(/\s+/g, ' ').trim();
    return breakReferences(flat)
        .replace(/[&<>"]/g, char => HTML_ENTITIES[char])
        .replace(/[\\`*_{}[\]()#+!|~:-]/g, char => `\\${char}`);
}
/** Truncates to at most `max` characters (code points never split), ending with `…` when cut. */
function truncate(text, max) {
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/**
 * An issue title from untrusted parts. Titles render as plain text except code spans,
 * so backticks are replaced rather than escaped (a backslash would show), and
 * mentions and references are broken; then the whole is capped at 256 characters.
 */
function issueTitle(parts) {
    const clean = parts
        .map(part => breakReferences(visible(part).replace(/\s+/g, ' ').replace(/`/g, "'").trim()))
        .filter(part => part !== '');
    return truncate(clean.join(' · '), MAX_TITLE_LENGTH);
}
/** A Markdown link when the URL is a plain https URL, otherwise just the (escaped) text. */
function markdownLink(text, url) {
    const label = escapeMarkdownInline(text);
    if (!url || !/^https:\/\/[^\s()<>"'`\\]+$/.test(url))
        return label;
    return `[${label}](${url})`;
}
/**
 * Caps a body at `max` characters: cuts at a line break where there is one nearby,
 * closes a fence left open by the cut, and says how much was omitted.
 */
function capBody(body, max = MAX_BODY_LENGTH) {
    if (body.length <= max)
        return body;
    // Too small for a notice: a plain cut is all that fits.
    if (max < 200)
        return body.slice(0, max).replace(/[\ud800-\udbff]$/, '');
    let budget = max - 120;
    for (;;) {
        let cut = budget;
        const lineBreak = body.lastIndexOf('\n', cut);
        if (lineBreak >= cut - 2000 && lineBreak > 0)
            cut = lineBreak;
        // Never split a surrogate pair.
        if (cut > 0 && /[\ud800-\udbff]/.test(body[cut - 1]))
            cut--;
        const head = body.slice(0, cut);
        const fence = unclosedFence(head);
        const closing = fence ? `\n${fence.char.repeat(fence.length)}` : '';
        const notice = `\n\n_… truncated: ${body.length - cut} characters omitted._\n`;
        const capped = `${head}${closing}${notice}`;
        if (capped.length <= max)
            return capped;
        budget -= capped.length - max;
    }
}
const MARKER_TOKEN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
/** `<!-- workflow-triage:<kind>=<id> -->`: how issues are found again, never by their text. */
function hiddenMarker(kind, id) {
    if (!MARKER_TOKEN.test(kind) || kind.includes('=') || !MARKER_TOKEN.test(id)) {
        throw new Error(`Invalid marker ${JSON.stringify(kind)}=${JSON.stringify(id)}`);
    }
    return `<!-- workflow-triage:${kind}=${id} -->`;
}
/**
 * The issue of each `kind` marker: an open one over a closed one, then the oldest (the
 * first one opened wins a race between two runs).
 */
function issuesByMarker(issues, kind) {
    const byMarker = new Map();
    for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
        const marker = parseMarker(issue.body, kind);
        if (!marker)
            continue;
        const known = byMarker.get(marker.id);
        if (!known || (known.state === 'closed' && issue.state === 'open'))
            byMarker.set(marker.id, issue);
    }
    return byMarker;
}
const MARKER_LINE = /^<!-- workflow-triage:([A-Za-z0-9][A-Za-z0-9._-]*)=([A-Za-z0-9][A-Za-z0-9._:-]*) -->$/;
/**
 * The first marker (of `kind`, when given) on a line of its own outside fenced code:
 * a marker quoted inside log evidence is text, not a marker.
 */
function parseMarker(body, kind) {
    for (const { line, fenced } of linesWithFenceState(body.replace(/\r\n/g, '\n'))) {
        if (fenced)
            continue;
        const match = MARKER_LINE.exec(line.trim());
        if (match && (kind === undefined || match[1] === kind))
            return { kind: match[1], id: match[2] };
    }
    return null;
}


/***/ }),

/***/ 6440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TRIAGE_REPORT_SCHEMA_VERSION: () => (/* binding */ TRIAGE_REPORT_SCHEMA_VERSION),
/* harmony export */   renderTriageJson: () => (/* binding */ renderTriageJson),
/* harmony export */   renderTriageMarkdown: () => (/* binding */ renderTriageMarkdown)
/* harmony export */ });
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6590);

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
            if (job.evidence.length > 0)
                lines.push((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceBlock */ .dr)(job.evidence.join('\n'), 'text'), '');
            if (job.reproduce)
                lines.push('Reproduce locally:', '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceBlock */ .dr)(job.reproduce, 'sh'), '');
            lines.push('</details>', '');
        }
    }
    if (report.actions.length > 0) {
        lines.push('### Actions', '', '| Action | Target | Result | Detail |', '|---|---|---|---|');
        for (const action of report.actions) {
            lines.push(`| ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(action.kind)} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(action.target)} | ${RESULT_MARK[action.result]} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(action.detail)} |`);
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


/***/ })

};
