export const id = 78;
export const ids = [78];
export const modules = {

/***/ 1078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fingerprint: () => (/* binding */ fingerprint),
/* harmony export */   maskLine: () => (/* binding */ maskLine),
/* harmony export */   normaliseJobName: () => (/* binding */ normaliseJobName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Failure fingerprints (SPEC 3.5): the same cause in the same job must hash to the same id
 * across runs, whatever the run-specific noise (numbers, hashes, timestamps, temp paths,
 * durations, ports) in its primary error line.
 */

/**
 * Masks run-specific tokens, most specific first: a UUID must be masked before its hex
 * groups, a timestamp before its numbers, a temp path before the ids inside it.
 */
const MASKS = [
    // ISO-8601 and common log timestamps.
    [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g, '<ts>'],
    [/\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?(?:\s?[AP]M)?\b/g, '<time>'],
    [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
    // Temporary directories: Linux/macOS, the runner's _temp, Windows user temp.
    [
        /(?:\/home\/runner\/work\/_temp|\/tmp|\/var\/folders|\/private\/var\/folders)(?:\/[^\s:'"`)\]]*)?/g,
        '<tmp>'
    ],
    [/[A-Za-z]:\\Users\\[^\\\s]+\\AppData\\Local\\Temp(?:\\[^\s:'"`)\]]*)?/gi, '<tmp>'],
    [/[A-Za-z]:\\(?:Windows\\)?Temp(?:\\[^\s:'"`)\]]*)?/gi, '<tmp>'],
    // Hex: git shas, digests, addresses. Pure-letter words ("deadline", "accepted") are not hex ids.
    [/\b(?:sha\d*:)?[0-9a-f]{7,}\b/gi, m => (/\d/.test(m) ? '<hex>' : m)],
    [/\b0x[0-9a-f]+\b/gi, '<hex>'],
    // Durations: 1.23s, 450ms, 2m 24s, 6h0m0s.
    [/\b\d+(?:\.\d+)?\s?(?:ms|µs|us|ns|s|sec|secs|seconds|m|min|mins|minutes|h|hours)\b/gi, '<dur>'],
    // Ports and file positions alike: host:8080, file.ts:12:5, (12,5), [12,5].
    [/:\d+(?::\d+)?\b/g, ':<n>'],
    [/\(\d+,\d+\)/g, '(<n>,<n>)'],
    [/\[\d+,\d+\]/g, '[<n>,<n>]'],
    // Numbers, but not error codes such as TS2345, E0308 or CS0103, which name the cause, nor
    // exit codes: 137 (killed, most often out of memory) and 1 are different failures.
    [/(?<![A-Za-z_\d])(?<!\bexit(?:ed)?(?: with)?(?: code| status)?:? ?)\d+(?:[.,]\d+)*/gi, '<n>']
];
/** Masked lines are shown in issues: long enough to read, short enough to scan. */
const MASKED_LINE_MAX = 300;
/** The primary error line with everything that differs between runs of the same cause masked. */
function maskLine(line) {
    let masked = line.slice(0, MASKED_LINE_MAX * 2);
    for (const [pattern, replacement] of MASKS) {
        masked =
            typeof replacement === 'function'
                ? masked.replace(pattern, replacement)
                : masked.replace(pattern, replacement);
    }
    return masked.replace(/\s+/g, ' ').trim().slice(0, MASKED_LINE_MAX);
}
/**
 * Strips matrix suffixes GitHub appends to job names, so `test (ubuntu-latest, 20)` and
 * `test (windows-latest, 22)` share one fingerprint.
 */
function normaliseJobName(name) {
    return name
        .replace(/\s*\([^()]*\)\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim();
}
function fingerprint(input) {
    const maskedLine = input.primaryLine === null ? '' : maskLine(input.primaryLine);
    const key = [input.workflowPath, normaliseJobName(input.jobName), input.category, maskedLine].join('\n');
    return { id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 16), maskedLine };
}


/***/ })

};
