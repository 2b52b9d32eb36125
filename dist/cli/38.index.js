export const id = 38;
export const ids = [38];
export const modules = {

/***/ 7657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   classifyExcerpt: () => (/* binding */ classifyExcerpt),
/* harmony export */   isUnsure: () => (/* binding */ isUnsure)
/* harmony export */ });
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1078);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1789);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6093);



/** Below this score nothing is evident: answer unknown. */
const UNKNOWN_BELOW = 0.5;
/** Below this confidence `ai: auto` asks the LLM. */
const UNSURE_BELOW = 0.7;
/** Step or job names that hint at a category; a hint only strengthens evidence already in the log. */
const STEP_HINTS = [
    [/\b(?:audit|security|scan|trivy|snyk|codeql|gitleaks|grype|vulnerab)/i, 'security_scan'],
    [/\b(?:lint|eslint|format|prettier|style|type-?check|tsc|clippy|vet|compile|build)\b/i, 'code_failure'],
    [/\b(?:tests?|spec|jest|pytest|vitest|mocha|e2e|unit)\b/i, 'test_failure'],
    [/\b(?:install|dependencies|deps|restore|bundle|setup-node|setup-python|npm ci|pip)\b/i, 'dependency'],
    [/\b(?:push|rebase|merge|sync branch)\b/i, 'branch_conflict'],
    [/\b(?:login|auth|credentials)\b/i, 'authentication']
];
function collectHits(lines) {
    const hits = [];
    lines.forEach((line, index) => {
        for (const rule of (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .matchRules */ .VA)(line))
            hits.push({ rule, line, index });
    });
    return hits;
}
function scoreCategories(hits, lineCount) {
    const scores = new Map();
    for (const hit of hits) {
        const entry = scores.get(hit.rule.category) ?? { category: hit.rule.category, score: 0, hits: [] };
        entry.hits.push(hit);
        scores.set(hit.rule.category, entry);
    }
    for (const entry of scores.values()) {
        // The failure is usually near the end: a late line weighs slightly more.
        const strongest = Math.max(...entry.hits.map(hit => hit.rule.confidence + 0.04 * (hit.index / Math.max(lineCount - 1, 1))));
        const corroborating = new Set(entry.hits.map(hit => hit.index)).size - 1;
        entry.score = strongest + Math.min(0.06, 0.02 * corroborating);
    }
    return scores;
}
/** Known cause/consequence relations between categories. */
function applyCausality(scores) {
    const score = (category) => scores.get(category)?.score ?? 0;
    const damp = (category, factor) => {
        const entry = scores.get(category);
        if (entry)
            entry.score *= factor;
    };
    const strongest = (category, predicate) => Math.max(0, ...(scores.get(category)?.hits ?? []).filter(h => predicate(h.rule)).map(h => h.rule.confidence));
    // Refused credentials explain failed tests, installs and pushes.
    if (strongest('authentication', rule => rule.confidence >= 0.9) > 0) {
        for (const category of ['test_failure', 'dependency', 'branch_conflict'])
            damp(category, 0.85);
    }
    // A download broken by a network reset or a 5xx is an infrastructure failure, not a resolution one.
    if (strongest('infrastructure', rule => rule.transient === true) >= 0.85)
        damp('dependency', 0.85);
    // Compile errors in a test run: the tests never ran unless some assertion failed.
    if (score('code_failure') > 0 && score('test_failure') > 0) {
        if (strongest('test_failure', rule => rule.assertion === true) > 0)
            damp('code_failure', 0.85);
        else
            damp('test_failure', 0.85);
    }
}
function applyStepHints(scores, names) {
    for (const [pattern, category] of STEP_HINTS) {
        const entry = scores.get(category);
        if (entry && names.some(name => pattern.test(name)))
            entry.score += 0.05;
    }
}
function sentence(text) {
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
/**
 * The hit that best states the failure: a line naming it before any count, summary or
 * advice; then the strongest rule; the later line on ties.
 */
function primaryHit(hits) {
    const rank = (hit) => ((0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .namesFailure */ .nK)(hit.rule) ? 1 : 0) + hit.rule.confidence;
    return hits.reduce((best, hit) => rank(hit) > rank(best) || (rank(hit) === rank(best) && hit.index > best.index) ? hit : best);
}
function classifyExcerpt(input) {
    const annotations = (input.annotations ?? []).map(_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp);
    const lines = [...input.excerpt.lines, ...annotations];
    const hits = collectHits(lines);
    const scores = scoreCategories(hits, lines.length);
    applyCausality(scores);
    applyStepHints(scores, [input.failedStep, input.jobName].filter((name) => Boolean(name)));
    const ranked = [...scores.values()].sort((a, b) => b.score - a.score);
    const winner = ranked[0];
    if (!winner || winner.score < UNKNOWN_BELOW) {
        return {
            category: 'unknown',
            confidence: winner ? Math.max(0.2, 0.5 - winner.score / 2) : 0.3,
            evidence: (input.excerpt.primaryLine
                ? [input.excerpt.primaryLine]
                : input.excerpt.lines.slice(-3)).slice(0, 3),
            rules: hits.map(hit => hit.rule.id).filter((id, i, all) => all.indexOf(id) === i),
            source: 'rules',
            transient: false,
            rootCause: 'No known failure message was found in the log; read the excerpt.',
            primaryLine: input.excerpt.primaryLine ? (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__.maskLine)(input.excerpt.primaryLine) : null
        };
    }
    const runnerUp = ranked[1]?.score ?? 0;
    // Close competition lowers confidence: two categories explaining the log equally well is doubt.
    const confidence = Math.min(0.99, Math.max(0, winner.score - 0.5 * Math.max(0, runnerUp - (winner.score - 0.25))));
    const primary = primaryHit(winner.hits);
    const evidenceIndexes = [...new Set(winner.hits.map(hit => hit.index))].sort((a, b) => a - b).slice(-8);
    const winnerRules = [
        ...new Set([...winner.hits].sort((a, b) => b.rule.confidence - a.rule.confidence).map(h => h.rule.id))
    ];
    const otherRules = hits.map(hit => hit.rule.id).filter(id => !winnerRules.includes(id));
    const transient = (winner.category === 'infrastructure' || winner.category === 'dependency') &&
        hits.some(hit => hit.rule.transient === true);
    return {
        category: winner.category,
        confidence: Math.round(confidence * 100) / 100,
        evidence: evidenceIndexes.map(index => lines[index]),
        rules: [...winnerRules, ...new Set(otherRules)],
        source: 'rules',
        transient,
        // Built from the rule's own words only: step names and log text may be written by a fork's author.
        rootCause: sentence(primary.rule.tool),
        primaryLine: (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__.maskLine)(primary.line)
    };
}
/** True when the rules' answer is weak enough for `ai: auto` to ask the LLM. */
function isUnsure(classification) {
    return classification.category === 'unknown' || classification.confidence < UNSURE_BELOW;
}


/***/ })

};
