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
/* harmony export */   formatDurationWithTrend: () => (/* binding */ formatDurationWithTrend),
/* harmony export */   formatPercent: () => (/* binding */ formatPercent),
/* harmony export */   lintFindingsBySeverity: () => (/* binding */ lintFindingsBySeverity),
/* harmony export */   lintSection: () => (/* binding */ lintSection),
/* harmony export */   plural: () => (/* binding */ plural),
/* harmony export */   renderJson: () => (/* binding */ renderJson),
/* harmony export */   workflowNotes: () => (/* binding */ workflowNotes)
/* harmony export */ });
/* harmony import */ var _text_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8488);
/**
 * The health report (DESIGN 7): one versioned, serialisable shape that the JSON, Markdown,
 * job summary and HTML renderings are all drawn from. Renderers live next to this file:
 * report-markdown.ts (renderMarkdown, renderJobSummary) and report-html.ts (renderHtml).
 */

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
    const duration = (0,_text_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(health.durationMedianSeconds);
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


/***/ }),

/***/ 8488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ shortSha),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6590);
/**
 * Values as people read them in issues, comments, alerts and reports: one rendering of each,
 * whichever action writes it. Plain text: the caller escapes it for its sink.
 */

/**
 * `42 s`, `4 min 12 s`, `1 h 3 min`, `2 d 3 h`: the two largest units, a zero second unit left
 * out (`34 min`, `1 h`). Null (no data) reads `–`; a negative or non-finite span `unknown`.
 */
function formatDuration(seconds) {
    if (seconds === null)
        return '–';
    if (!Number.isFinite(seconds) || seconds < 0)
        return 'unknown';
    const total = Math.round(seconds);
    const [large, small, [largeName, smallName]] = total < 60
        ? [total, 0, ['s', '']]
        : total < 3600
            ? [Math.floor(total / 60), total % 60, ['min', 's']]
            : total < 86_400
                ? [Math.floor(total / 3600), Math.floor(total / 60) % 60, ['h', 'min']]
                : [Math.floor(total / 86_400), Math.floor(total / 3600) % 24, ['d', 'h']];
    return small === 0 ? `${large} ${largeName}` : `${large} ${largeName} ${small} ${smallName}`;
}
/**
 * A commit as people quote it: the first 7 hex digits. Anything else (a value from an
 * untrusted source) is cut to 12 characters; the caller escapes it for its sink.
 */
function shortSha(sha) {
    return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(sha, 12);
}


/***/ }),

/***/ 6590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ linesWithFenceState),
/* harmony export */   E4: () => (/* binding */ escapeMarkdownInline),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   al: () => (/* binding */ issueTitle),
/* harmony export */   dr: () => (/* binding */ fenceBlock),
/* harmony export */   gY: () => (/* binding */ parseMarker),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   qb: () => (/* binding */ issuesByMarker),
/* harmony export */   vE: () => (/* binding */ capBody),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   z0: () => (/* binding */ hiddenMarker)
/* harmony export */ });
/* unused harmony exports MAX_BODY_LENGTH, stripInvisible, neutraliseMentions */
/* harmony import */ var _classify_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1789);
/**
 * Safe Markdown for issues and comments (DESIGN 9). Log lines, job and step names,
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
/**
 * A value (a time, a path, a command) as one inline code span: it reads and copies as is,
 * without backslashes. Inside a code span GitHub renders no emphasis or link; the delimiter is
 * longer than any backtick run inside, so the value cannot close it early. Mentions and
 * references are broken all the same, and a value that looks like HTML is escaped as text instead.
 */
function codeSpan(text) {
    const flat = visible(text).replace(/\s+/g, ' ').trim();
    if (flat === '')
        return '';
    if (/[<>]/.test(flat))
        return escapeMarkdownInline(flat);
    const value = breakReferences(flat);
    const delimiter = '`'.repeat(longestRun(value, '`') + 1);
    const padding = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
    return `${delimiter}${padding}${value}${padding}${delimiter}`;
}
/** A code span in a table cell: GitHub splits cells at `|` even inside code, unless escaped. */
function codeCell(text) {
    return codeSpan(text).replace(/\|/g, '\\|');
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


/***/ })

};
