export const id = 440;
export const ids = [440];
export const modules = {

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


/***/ }),

/***/ 1100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SQ: () => (/* binding */ repositoryUrlOfRun),
/* harmony export */   Xq: () => (/* binding */ testFingerprint),
/* harmony export */   b3: () => (/* binding */ testIds),
/* harmony export */   e0: () => (/* binding */ renderFailingTests),
/* harmony export */   ec: () => (/* binding */ testId),
/* harmony export */   hk: () => (/* binding */ issueSharingTests),
/* harmony export */   qS: () => (/* binding */ withFailingTests),
/* harmony export */   wY: () => (/* binding */ alertTests)
/* harmony export */ });
/* unused harmony exports MAX_FINGERPRINT_TESTS, testIdsOfBody, repositoryPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6590);
/**
 * Triage by test (pure): a test failure's fingerprint is its failing tests, not its job or
 * its log line, so the same tests failing in two jobs or matrix legs share one issue; an
 * issue remembers its tests in a hidden marker, and a new failure whose tests overlap an
 * open issue's joins that issue instead of opening another.
 */


/** Failing tests a fingerprint is built from: the first ones in sorted order. */
const MAX_FINGERPRINT_TESTS = 20;
/** Tests an issue remembers (its marker grows with each failure that joins it). */
const MAX_ISSUE_TESTS = 50;
const TESTS_MARKER = 'tests';
const MAX_NAME_CHARS = 300;
/** The test's identifier: its name as the runner printed it (the runner's name is not part of it). */
function testId(test) {
    return test.name.slice(0, MAX_NAME_CHARS);
}
/** Sorted, unique identifiers of `tests`, at most `max`. */
function testIds(tests, max = MAX_FINGERPRINT_TESTS) {
    return [...new Set(tests.map(testId))].sort().slice(0, max);
}
/**
 * The fingerprint of a test failure: the workflow and its sorted failing test ids (at most
 * 20), whatever job or matrix leg they failed in. The readable line names them.
 */
function testFingerprint(workflowPath, tests) {
    const ids = testIds(tests);
    const key = [workflowPath, 'test_failure', ...ids].join('\n');
    const more = new Set(tests.map(testId)).size - ids.length;
    return {
        id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 16),
        maskedLine: `failing tests: ${ids.join(', ')}${more > 0 ? ` (and ${more} more)` : ''}`
    };
}
/**
 * The hidden marker holding an issue's workflow and test ids (base64url of JSON, so that any
 * name fits the marker's alphabet).
 */
function testsMarker(workflowPath, ids) {
    const data = JSON.stringify({ workflow: workflowPath, tests: ids });
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .hiddenMarker */ .z0)(TESTS_MARKER, Buffer.from(data, 'utf8').toString('base64url'));
}
/** The test ids an issue body's marker holds for `workflowPath`; none without a readable marker. */
function testIdsOfBody(body, workflowPath) {
    const marker = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarker */ .gY)(body, TESTS_MARKER);
    if (!marker)
        return [];
    try {
        const data = JSON.parse(Buffer.from(marker.id, 'base64url').toString('utf8'));
        if (typeof data !== 'object' || data === null)
            return [];
        const { workflow, tests } = data;
        if (workflow !== workflowPath || !Array.isArray(tests))
            return [];
        return tests.filter((id) => typeof id === 'string').slice(0, MAX_ISSUE_TESTS);
    }
    catch {
        return [];
    }
}
/** The open issue of `workflowPath` whose tests overlap `tests` most (the oldest on a tie), if any. */
function issueSharingTests(issues, workflowPath, tests) {
    const wanted = new Set(tests.map(testId));
    if (wanted.size === 0)
        return undefined;
    let best;
    let bestShared = 0;
    for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
        if (issue.state !== 'open')
            continue;
        const shared = testIdsOfBody(issue.body, workflowPath).filter(id => wanted.has(id)).length;
        if (shared > bestShared) {
            best = issue;
            bestShared = shared;
        }
    }
    return best;
}
/** Where the run's files are browsed: the repository's page, from the run's page. */
function repositoryUrlOfRun(runUrl) {
    const match = /^(https:\/\/[^\s/]+\/[^\s/]+\/[^\s/]+)\/actions\/runs\/\d+/.exec(runUrl);
    return match ? match[1] : null;
}
/** Prefixes of the checkout a runner prints in absolute paths (Linux, container, Windows). */
const CHECKOUT_PREFIX = /^(?:\/home\/runner\/work\/[^/]+\/[^/]+\/|\/__w\/[^/]+\/[^/]+\/|[A-Za-z]:[\\/]a[\\/][^\\/]+[\\/][^\\/]+[\\/])/;
const SAFE_PATH = /^[\w@+-][\w@+.-]*(?:\/[\w@+-][\w@+.-]*)*$/;
/** A repository-relative path for a link, or null when the path is not plainly one. */
function repositoryPath(file) {
    const relative = file.replace(CHECKOUT_PREFIX, '').replace(/\\/g, '/').replace(/^\.\//, '');
    if (!SAFE_PATH.test(relative) || relative.split('/').some(part => part === '..'))
        return null;
    return relative;
}
/**
 * The failing tests of the jobs that share one fingerprint, for their issue: only for a
 * test failure whose logs named tests.
 */
function alertTests(jobs, run) {
    if (jobs[0]?.classification.category !== 'test_failure')
        return undefined;
    const tests = jobs.flatMap(job => job.excerpt.failingTests.tests);
    if (tests.length === 0)
        return undefined;
    return { tests, workflowPath: run.path, repositoryUrl: repositoryUrlOfRun(run.htmlUrl), sha: run.headSha };
}
function renderFailingTests(tests, context) {
    const listed = new Set();
    const lines = [];
    for (const test of tests) {
        const id = testId(test);
        if (listed.has(id) || listed.size >= MAX_ISSUE_TESTS)
            continue;
        listed.add(id);
        const path = test.file === null ? null : repositoryPath(test.file);
        const where = path === null
            ? ''
            : ` in ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)(`${path}${test.line === null ? '' : `:${test.line}`}`, context.repositoryUrl && /^[0-9a-f]{7,64}$/i.test(context.sha)
                ? `${context.repositoryUrl}/blob/${context.sha}/${encodeURI(path)}${test.line === null ? '' : `#L${test.line}`}`
                : null)}`;
        lines.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownInline */ .E4)((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(test.name, MAX_NAME_CHARS))} (${test.framework})${where}`);
    }
    const earlier = (context.known ?? []).filter(id => !listed.has(id)).slice(0, MAX_ISSUE_TESTS - listed.size);
    for (const id of earlier)
        lines.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownInline */ .E4)(id)} (failed in an earlier run)`);
    const ids = [...listed, ...earlier];
    return [`### Failing tests`, '', ...lines, '', testsMarker(context.workflowPath, ids)].join('\n');
}
const SECTION = /^### Failing tests\n[\s\S]*?\n<!-- workflow-triage:tests=[A-Za-z0-9._:-]+ -->$/m;
/**
 * An issue body whose failing tests section also lists `tests` (a failure that joined the
 * issue): the marker then holds both, so later failures of either set join it too.
 */
function withFailingTests(body, tests, context) {
    if (!SECTION.test(body))
        return body;
    const section = renderFailingTests(tests, { ...context, known: testIdsOfBody(body, context.workflowPath) });
    return body.replace(SECTION, () => section);
}


/***/ }),

/***/ 5870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ renderRefusal),
/* harmony export */   E5: () => (/* binding */ renderPullRequestComment),
/* harmony export */   JR: () => (/* binding */ renderApprovalResult),
/* harmony export */   Q$: () => (/* binding */ renderWidelyBroken),
/* harmony export */   RS: () => (/* binding */ respectHumanLabels),
/* harmony export */   Tq: () => (/* binding */ renderPullRequestPassed),
/* harmony export */   VP: () => (/* binding */ renderResolution),
/* harmony export */   Vb: () => (/* binding */ renderRecurrence),
/* harmony export */   Yh: () => (/* binding */ parseApprovalCommand),
/* harmony export */   b3: () => (/* binding */ addOccurrence),
/* harmony export */   d9: () => (/* binding */ PULL_REQUEST_MARKER),
/* harmony export */   lZ: () => (/* binding */ withCommands),
/* harmony export */   r9: () => (/* binding */ labelColour),
/* harmony export */   sG: () => (/* binding */ FINGERPRINT_MARKER),
/* harmony export */   u$: () => (/* binding */ neverLowerPriority),
/* harmony export */   yi: () => (/* binding */ renderIssue)
/* harmony export */ });
/* unused harmony exports TRIAGE_LABEL_NAMES, issueLabels */
/* harmony import */ var _text_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8488);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var _failing_tests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1100);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6590);
/**
 * Escalation issues and comments (DESIGN 5): title, body, labels, the hidden marker
 * that finds the issue again, the occurrence table, and the comments that close the
 * loop. Every untrusted string (log lines, job, step and branch names, commit
 * messages, AI answers) goes through text/markdown.ts.
 */




const FINGERPRINT_MARKER = 'fingerprint';
const OCCURRENCES_MARKER = 'occurrences';
/** Rows kept in the occurrence table; older ones are only counted. */
const MAX_OCCURRENCE_ROWS = 50;
/** Characters of evidence in a body: the rest of the body stays well under GitHub's cap. */
const MAX_EVIDENCE_CHARS = 30000;
const MAX_PROSE_CHARS = 2000;
const MAX_JOBS_LISTED = 10;
const MAX_STEPS_LISTED = 10;
const CATEGORY_TITLES = {
    branch_conflict: 'Branch conflict',
    test_failure: 'Test failure',
    code_failure: 'Code failure',
    dependency: 'Dependency failure',
    security_scan: 'Security scan failure',
    infrastructure: 'Infrastructure failure',
    authentication: 'Authentication failure',
    unknown: 'Unknown failure'
};
const inline = (text, max = MAX_PROSE_CHARS) => (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(text, max));
/** Names, paths, times and commands: shown as they are, copyable, in a code span. */
const code = (text, max = MAX_PROSE_CHARS) => (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(text, max));
const TEAM = /^@?[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The label of the one issue that lists a run's failures beyond the new-issue quota. */
const WIDELY_BROKEN_LABEL = 'triage:widely-broken';
/** Every label `issueLabels` and `renderWidelyBroken` can give: what a repository triaged before already has. */
const TRIAGE_LABEL_NAMES = [
    'triage',
    ..._types_js__WEBPACK_IMPORTED_MODULE_3__/* .CATEGORIES */ .R6.map(category => `triage:${category}`),
    WIDELY_BROKEN_LABEL,
    ..._types_js__WEBPACK_IMPORTED_MODULE_3__/* .ROLES */ .gg.map(role => `owner:${role}`),
    ..._types_js__WEBPACK_IMPORTED_MODULE_3__/* .PRIORITIES */ .BE.map(priority => `priority:${priority}`)
];
function issueLabels(category, priority, roles) {
    return [
        'triage',
        `triage:${category}`,
        ...new Set(roles.map(role => `owner:${role}`)),
        `priority:${priority}`
    ];
}
function renderIssue(alert) {
    const roles = [alert.owners.primary, ...alert.owners.extra];
    const firstJob = alert.failedJobs[0]?.name ?? '';
    const incident = alert.priority === 'P0';
    const title = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .issueTitle */ .al)([
        ...(incident ? ['P0 incident'] : []),
        alert.workflow.name,
        alert.branch,
        CATEGORY_TITLES[alert.category],
        firstJob
    ]);
    const teams = alert.owners.teams.filter(team => TEAM.test(team)).map(team => `@${team.replace(/^@/, '')}`);
    const owner = [roles.map(role => `**${role}**`).join(', '), ...teams].join(' ');
    const commit = [
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)(inline((0,_text_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .F)(alert.commit.sha)), alert.commit.url),
        alert.commit.message ? inline(alert.commit.message.split('\n')[0], 200) : ''
    ]
        .filter(Boolean)
        .join(' ');
    const sections = [
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .hiddenMarker */ .z0)(FINGERPRINT_MARKER, alert.fingerprint.id),
        ...(incident ? [renderIncident(alert, owner)] : []),
        `## ${CATEGORY_TITLES[alert.category]} in ${inline(alert.workflow.name, 200)} on ${inline(alert.branch, 200)}`,
        ...(alert.massFailure ? [`**Mass failure:** ${inline(alert.massFailure)}`] : []),
        [
            '| | |',
            '|---|---|',
            `| Workflow | ${inline(alert.workflow.name, 200)} (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeCell */ .MZ)((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(alert.workflow.path, 200))}) |`,
            `| Run | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)(`#${alert.run.number}`, alert.run.url)} attempt ${alert.run.attempt} |`,
            `| Branch | ${inline(alert.branch, 200)} |`,
            `| Commit | ${commit} |`,
            `| Trigger | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeCell */ .MZ)((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(alert.run.event, 100))} |`,
            `| Failure type | ${CATEGORY_TITLES[alert.category]} (${Math.round(alert.confidence * 100)}% confidence, ${alert.classifiedBy === 'ai' ? 'AI' : 'rules'}) |`,
            `| Priority | **${alert.priority}**${alert.priorityReasons.length ? `: ${inline(alert.priorityReasons.join('; '))}` : ''} |`,
            `| Owner | ${owner} |`
        ].join('\n'),
        `### Root cause\n\n${inline(alert.rootCause) || '_Not determined._'}${alert.classifiedBy === 'ai' ? ' _(suggested by AI)_' : ''}`,
        `### Action required\n\n${inline(alert.actionRequired)}`,
        `### Impact\n\n${inline(alert.impact)}`,
        `### Failed jobs\n\n${renderJobs(alert.failedJobs)}`,
        ...(alert.failingTests ? [(0,_failing_tests_js__WEBPACK_IMPORTED_MODULE_1__/* .renderFailingTests */ .e0)(alert.failingTests.tests, alert.failingTests)] : []),
        `### Reproduce locally\n\n${alert.reproduce ? (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fenceBlock */ .dr)((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(alert.reproduce, 4000), 'sh') : '_The failing step has no `run:` command to repeat._'}`,
        ...(alert.approvals.length ? [renderApprovals(alert.approvals)] : []),
        `### Occurrences\n\n${renderOccurrenceSection([occurrenceOf(alert)], 1)}`,
        `### Fingerprint\n\n\`${alert.fingerprint.id}\` from the masked line:\n\n${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fenceBlock */ .dr)((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(alert.fingerprint.maskedLine ?? '(no primary error line)', 1000), 'text')}`,
        `### Evidence\n\n${renderEvidence(alert.evidence)}`
    ];
    return {
        title,
        body: (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .capBody */ .vE)(sections.join('\n\n') + '\n'),
        labels: issueLabels(alert.category, alert.priority, roles)
    };
}
/**
 * The playbook's incident template, at the top of a P0 issue: since when, what is blocked,
 * and who decides within the hour.
 */
function renderIncident(alert, owner) {
    const since = alert.failingSince ?? alert.run.at;
    return [
        `> [!CAUTION]`,
        `> **P0: ${inline(alert.workflow.name, 200)} is broken on ${inline(alert.branch, 200)} since ${code(formatTime(since), 40)}.** Impact: ${inline(alert.impact)}`,
        `> Owner ${owner} decides within the hour: fix forward, revert or roll back. Updates go in this issue.`
    ].join('\n');
}
/** `2026-11-20 10:02 UTC` from an ISO time; anything else as it is. */
function formatTime(iso) {
    return Number.isNaN(Date.parse(iso))
        ? iso
        : `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function occurrenceOf(alert) {
    return {
        runId: alert.run.id,
        attempt: alert.run.attempt,
        url: alert.run.url,
        at: alert.run.at,
        branch: alert.branch,
        sha: alert.commit.sha
    };
}
function renderJobs(jobs) {
    const listed = jobs.slice(0, MAX_JOBS_LISTED).map(job => {
        const steps = job.failedSteps.slice(0, MAX_STEPS_LISTED).map(step => {
            const url = job.url ? `${job.url}#step:${step.number}:1` : null;
            return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)(`step ${step.number}: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(step.name, 200)}`, url);
        });
        const name = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(job.name, 200), job.url);
        return steps.length ? `- ${name}: ${steps.join(', ')}` : `- ${name}`;
    });
    const more = jobs.length > MAX_JOBS_LISTED ? [`- _and ${jobs.length - MAX_JOBS_LISTED} more_`] : [];
    return [...listed, ...more].join('\n') || '_No failed job was reported._';
}
function renderEvidence(lines) {
    if (lines.length === 0)
        return '_No error lines were found in the logs._';
    const text = lines.join('\n');
    const excerpt = text.length > MAX_EVIDENCE_CHARS ? `${text.slice(0, MAX_EVIDENCE_CHARS)}\n[… evidence cut]` : text;
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fenceBlock */ .dr)(excerpt, 'text');
}
function renderApprovals(approvals) {
    const items = approvals.map(approval => `- ${inline(approval.description)}: comment \`/triage approve ${approvalToken(approval.approvalId)}\``);
    return [
        '### Proposed remediations',
        '',
        'These need approval from someone with write access to this repository:',
        '',
        ...items
    ].join('\n');
}
const APPROVAL_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
function approvalToken(id) {
    if (!APPROVAL_ID.test(id))
        throw new Error(`Invalid approval id ${JSON.stringify(id)}`);
    return id;
}
const OCCURRENCE_HEADER = '| Run | Attempt | When (UTC) | Branch | Commit |';
const OCCURRENCE_ROW_RUN = /^\| \[?run (\d+)\]?/;
function occurrenceRow(occurrence) {
    const when = Number.isNaN(Date.parse(occurrence.at))
        ? (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeCell */ .MZ)((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(occurrence.at, 40))
        : new Date(occurrence.at).toISOString().slice(0, 16).replace('T', ' ');
    return `| ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)(`run ${occurrence.runId}`, occurrence.url)} | ${occurrence.attempt} | ${when} | ${inline(occurrence.branch, 100)} | ${inline((0,_text_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .F)(occurrence.sha))} |`;
}
function renderOccurrenceSection(rows, total) {
    const lines = rows.map(row => (typeof row === 'string' ? row : occurrenceRow(row)));
    const seen = total > lines.length
        ? `Seen ${total} times; the latest ${lines.length} are listed.`
        : `Seen ${total} time(s).`;
    return [
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .hiddenMarker */ .z0)(OCCURRENCES_MARKER, String(total)),
        seen,
        '',
        OCCURRENCE_HEADER,
        '|---|---|---|---|---|',
        ...lines
    ].join('\n');
}
/**
 * Adds a run to the occurrence table. Idempotent per run id; keeps the latest
 * `maxRows` rows and counts all. A body whose table a person removed gets a new one.
 */
function addOccurrence(body, occurrence, maxRows = MAX_OCCURRENCE_ROWS) {
    const lines = body.replace(/\r\n/g, '\n').split('\n');
    const start = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .linesWithFenceState */ .A8)(lines.join('\n')).findIndex(({ line, fenced }) => !fenced && (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMarker */ .gY)(line, OCCURRENCES_MARKER) !== null);
    if (start < 0) {
        const section = `### Occurrences\n\n${renderOccurrenceSection([occurrence], 1)}`;
        return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .capBody */ .vE)(`${body.replace(/\n+$/, '')}\n\n${section}\n`);
    }
    const header = lines.indexOf(OCCURRENCE_HEADER, start);
    let end = header < 0 ? start + 1 : header + 2;
    while (end < lines.length && lines[end].startsWith('| '))
        end++;
    const rows = header < 0 ? [] : lines.slice(header + 2, end);
    if (rows.some(row => OCCURRENCE_ROW_RUN.exec(row)?.[1] === String(occurrence.runId)))
        return body;
    const previousTotal = Number((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMarker */ .gY)(lines[start], OCCURRENCES_MARKER)?.id);
    const total = (Number.isSafeInteger(previousTotal) ? Math.max(previousTotal, rows.length) : rows.length) + 1;
    const kept = [...rows, occurrenceRow(occurrence)].slice(-maxRows);
    const section = renderOccurrenceSection(kept, total).split('\n');
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .capBody */ .vE)([...lines.slice(0, start), ...section, ...lines.slice(end)].join('\n'));
}
/** The "workflow restored" comment posted when the issue is closed. */
function renderResolution(resolution) {
    const duration = (0,_text_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)((Date.parse(resolution.restoredAt) - Date.parse(resolution.failingSince)) / 1000);
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .capBody */ .vE)([
        `### ✅ Workflow restored`,
        '',
        `${inline(resolution.workflow, 200)} passed on ${inline(resolution.branch, 200)} in ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)(`run ${resolution.run.id}`, resolution.run.url)} at commit ${inline((0,_text_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .F)(resolution.sha))}.`,
        '',
        `Failure duration (time to repair): **${duration}**. Closing this issue; it reopens if the failure returns.`
    ].join('\n'));
}
/** The comment for a new occurrence of a known failure, saying when it reopened a closed issue. */
function renderRecurrence(occurrence, reopened) {
    const lead = reopened ? '### 🔁 The failure is back\n\nReopened: ' : 'Seen again: ';
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .capBody */ .vE)(`${lead}${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)(`run ${occurrence.runId}`, occurrence.url)} attempt ${occurrence.attempt} failed on ${inline(occurrence.branch, 200)} at commit ${inline((0,_text_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .F)(occurrence.sha))}.`);
}
/**
 * The one issue that lists the failures beyond the new-issue quota of a run, each with its
 * own category, owner and priority. `markerId` decides which failures share the issue (a
 * workflow and branch on one day). Labelled as what it is (`triage:widely-broken`), with the
 * owners of every failure it lists and the most urgent of their priorities.
 */
function renderWidelyBroken(markerId, scope, failures) {
    const rows = failures
        .slice(0, 200)
        .map(failure => `| ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(failure.job, 100), failure.runUrl)} | ${CATEGORY_TITLES[failure.category]} | **${failure.owner}** | ${failure.priority} | ${failure.maskedLine ? (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeCell */ .MZ)((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(failure.maskedLine, 300)) : ''} |`);
    const owners = [...new Set(failures.map(failure => failure.owner))];
    const priority = _types_js__WEBPACK_IMPORTED_MODULE_3__/* .PRIORITIES */ .BE.find(level => failures.some(failure => failure.priority === level)) ?? 'P1';
    const body = [
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .hiddenMarker */ .z0)('widely-broken', markerId),
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
    ].join('\n');
    return {
        title: (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .issueTitle */ .al)([
            'CI widely broken',
            scope.workflow,
            scope.branch,
            `${failures.length} distinct failures`
        ]),
        body: (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .capBody */ .vE)(`${body}\n`),
        labels: ['triage', WIDELY_BROKEN_LABEL, ...owners.map(owner => `owner:${owner}`), `priority:${priority}`]
    };
}
const OUTCOME_HEADINGS = {
    done: '✅ Approved remediation done',
    refused: '⛔ Approved remediation refused by the safety gate',
    failed: '❌ Approved remediation failed',
    'dry-run': 'ℹ️ Dry run: the approved remediation was not run'
};
const RESTORE = /^(.*?restore with: )(.+)$/;
/**
 * A detail for people, with any restore command it ends with in a code span: the command
 * reads and copies as it must be typed (no backslash before each colon or quote).
 */
function withCommands(detail, max = MAX_PROSE_CHARS) {
    return detail
        .split('; ')
        .map(part => {
        const match = RESTORE.exec(part);
        return match ? `${inline(match[1], max)} ${code(match[2], max)}` : inline(part, max);
    })
        .join('; ');
}
function renderApprovalResult(result) {
    const checks = result.checks?.length
        ? [
            '',
            '| Check | Passed | Detail |',
            '|---|---|---|',
            ...result.checks.map(c => `| ${inline(c.name, 60)} | ${c.passed ? 'yes' : '**no**'} | ${inline(c.detail, 300)} |`)
        ]
        : [];
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .capBody */ .vE)([
        `### ${OUTCOME_HEADINGS[result.outcome]}`,
        '',
        `${inline(result.action, 300)} (\`${approvalToken(result.approvalId)}\`), approved by ${inline(result.user, 60)}: ${withCommands(result.detail)}`,
        ...checks
    ].join('\n'));
}
/** The answer to an approval from someone without write access. */
function renderRefusal(user) {
    return `${inline(user, 60)} cannot approve remediations: it takes write access to this repository. Nothing was run.`;
}
const APPROVAL_COMMAND = /^\/triage approve ([A-Za-z0-9][A-Za-z0-9._:-]{0,99})[ \t]*$/;
/** The approval id of the first line that is exactly `/triage approve <id>`, outside code blocks. */
function parseApprovalCommand(commentBody) {
    for (const { line, fenced } of (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .linesWithFenceState */ .A8)(commentBody.replace(/\r\n/g, '\n'))) {
        const match = fenced ? null : APPROVAL_COMMAND.exec(line);
        if (match)
            return match[1];
    }
    return null;
}
const PRIORITY_COLOURS = { P0: 'b60205', P1: 'd93f0b', P2: 'fbca04', P3: 'c5c5c5' };
const CATEGORY_COLOURS = {
    branch_conflict: 'c2e0c6',
    test_failure: 'f9d0c4',
    code_failure: 'e99695',
    dependency: 'fef2c0',
    security_scan: '5c0000',
    infrastructure: 'bfd4f2',
    authentication: '8b0a50',
    unknown: 'ededed'
};
/** A label colour (hex, no `#`): priorities from red (P0) to grey (P3), categories distinct. */
function labelColour(label) {
    const [group, value] = label.split(':', 2);
    if (group === 'priority' && value in PRIORITY_COLOURS)
        return PRIORITY_COLOURS[value];
    if (group === 'triage' && value !== undefined && value in CATEGORY_COLOURS)
        return CATEGORY_COLOURS[value];
    if (label === WIDELY_BROKEN_LABEL)
        return 'b60205';
    if (group === 'owner')
        return '0e8a16';
    if (label === 'triage')
        return '5319e7';
    return 'ededed';
}
/** `priority:P1` -> `priority`; `triage` -> `triage`; labels compare case-insensitively, as on GitHub. */
const labelGroup = (label) => label.toLowerCase().split(':', 1)[0] + (label.includes(':') ? ':' : '');
/**
 * The labels an issue should carry: ours, except in any group (`priority:`, `triage:`,
 * `owner:`, or the `triage` label itself) where a person added or removed a label, which
 * stays as the person left it. Labels outside our groups are kept.
 */
function respectHumanLabels(current, ours, humanChangedLabels) {
    const humanGroups = new Set(humanChangedLabels.map(labelGroup));
    const applied = ours.filter(label => !humanGroups.has(labelGroup(label)));
    const appliedGroups = new Set(applied.map(labelGroup));
    const appliedNames = new Set(applied.map(label => label.toLowerCase()));
    const kept = current.filter(label => !appliedGroups.has(labelGroup(label)) || appliedNames.has(label.toLowerCase()));
    const keptNames = new Set(kept.map(label => label.toLowerCase()));
    return [...kept, ...applied.filter(label => !keptNames.has(label.toLowerCase()))];
}
const priorityOf = (labels) => _types_js__WEBPACK_IMPORTED_MODULE_3__/* .PRIORITIES */ .BE.find(priority => labels.some(label => label.toLowerCase() === `priority:${priority.toLowerCase()}`));
/**
 * Our labels for an open issue, never with a lower priority than it has: a recurrence judged
 * less urgent (an older run, a quieter day) must not quietly demote an issue people are
 * working on. A closed issue that reopens takes the priority computed now.
 */
function neverLowerPriority(current, ours) {
    const held = priorityOf(current);
    const computed = priorityOf(ours);
    if (!held || !computed || _types_js__WEBPACK_IMPORTED_MODULE_3__/* .PRIORITIES */ .BE.indexOf(held) >= _types_js__WEBPACK_IMPORTED_MODULE_3__/* .PRIORITIES */ .BE.indexOf(computed))
        return [...ours];
    return ours.map(label => (label.toLowerCase().startsWith('priority:') ? `priority:${held}` : label));
}
/** The hidden marker of the one comment a workflow's failures keep on a pull request. */
const PULL_REQUEST_MARKER = 'pull-request';
/** Evidence lines per failure in a comment: a pull request's comment stays short. */
const MAX_COMMENT_EVIDENCE_LINES = 20;
/**
 * The comment on a pull request whose run failed: each failure with its category, evidence and
 * the command to reproduce it, the flaky verdict, and what the triage did. Replaced in place
 * on each new run of the workflow (its marker finds it again).
 */
function renderPullRequestComment(report) {
    const failures = report.failures.map(failure => {
        const evidence = failure.evidence.slice(-MAX_COMMENT_EVIDENCE_LINES);
        return [
            `#### ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(failure.job, 200), failure.jobUrl)}: ${CATEGORY_TITLES[failure.category]} (${Math.round(failure.confidence * 100)}% confidence)`,
            '',
            inline(failure.rootCause) || '_Not determined._',
            ...(failure.issue
                ? ['', `Tracked in ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)(`issue ${failure.issue.number}`, failure.issue.url)}.`]
                : []),
            '',
            evidence.length > 0
                ? (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fenceBlock */ .dr)(evidence.join('\n'), 'text')
                : '_No error lines were found in the logs._',
            '',
            failure.reproduce
                ? `Reproduce locally:\n\n${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fenceBlock */ .dr)((0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(failure.reproduce, 2000), 'sh')}`
                : '_The failing step has no `run:` command to repeat._'
        ].join('\n');
    });
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .capBody */ .vE)([
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .hiddenMarker */ .z0)(PULL_REQUEST_MARKER, report.markerId),
        `### ❌ ${inline(report.workflow, 200)} failed on this pull request`,
        '',
        `${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)(`Run #${report.run.number}`, report.run.url)}, attempt ${report.run.attempt}, at commit ${inline((0,_text_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .F)(report.sha))}. This comment is updated on each new run of the workflow.`,
        '',
        `**Flaky?** ${inline(report.flaky)}`,
        '',
        ...(report.done.length > 0
            ? ['**Triage:**', '', ...report.done.map(line => `- ${inline(line)}`), '']
            : []),
        ...failures
    ].join('\n') + '\n');
}
/** The pull-request comment once the workflow passes again on the pull request. */
function renderPullRequestPassed(report) {
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .capBody */ .vE)([
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .hiddenMarker */ .z0)(PULL_REQUEST_MARKER, report.markerId),
        `### ✅ ${inline(report.workflow, 200)} passes again on this pull request`,
        '',
        `${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)(`Run #${report.run.number}`, report.run.url)}, attempt ${report.run.attempt}, at commit ${inline((0,_text_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .F)(report.sha))}. This comment is updated on each new run of the workflow.`
    ].join('\n') + '\n');
}


/***/ }),

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
/* harmony import */ var _text_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8488);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5870);



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
    const lines = [
        ...headerLines(report),
        ...jobLines(report),
        ...(report.testReports ? testReportLines(report.testReports) : []),
        ...actionLines(report),
        ...footerLines(report)
    ];
    return `${lines.join('\n')}\n`;
}
/** Title, dry-run note, reason, the run's table and the decision. */
function headerLines(report) {
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
        lines.push('| Run | Attempt | Conclusion | Commit | Trigger |', '|---|---|---|---|---|', `| ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)(`${run.name} #${run.id}`, run.url)} | ${run.attempt} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(run.conclusion ?? '')} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)((0,_text_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .F)(run.sha))} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(run.event)} |`, '');
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
    return lines;
}
/** The failed jobs' table, then each job's evidence. */
function jobLines(report) {
    const lines = [];
    if (report.jobs.length === 0)
        return lines;
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
    return lines;
}
/** Every write considered, and the safety gate's checks. */
function actionLines(report) {
    const lines = [];
    if (report.actions.length > 0) {
        lines.push('### Actions', '', '| Action | Target | Result | Detail |', '|---|---|---|---|');
        for (const action of report.actions) {
            lines.push(`| ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(action.kind)} | ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(action.target)} | ${RESULT_MARK[action.result]} | ${(0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .withCommands */ .lZ)(action.detail)} |`);
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
    return lines;
}
/** The issue, the problems, and what the triage cost. */
function footerLines(report) {
    const lines = [];
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
    return lines;
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
