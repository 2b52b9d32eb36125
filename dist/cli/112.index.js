export const id = 112;
export const ids = [112];
export const modules = {

/***/ 1898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ historyEvidence),
/* harmony export */   Bn: () => (/* binding */ isFailedConclusion),
/* harmony export */   Ru: () => (/* binding */ BROKEN_AFTER),
/* harmony export */   hS: () => (/* binding */ massFailure)
/* harmony export */ });
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1078);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/**
 * Evidence from run history (SPEC 2): what one log cannot say. A failure whose commit also
 * passed is flaky; a job failing 4+ times in a row on a branch is broken (never flaky);
 * a failure across most of a matrix or test suite is a mass failure.
 */


const BROKEN_AFTER = 4;
const HOUR_MS = 3_600_000;
function isFailedConclusion(conclusion) {
    return conclusion !== null && _types_js__WEBPACK_IMPORTED_MODULE_1__/* .FAILED_CONCLUSIONS */ .jK.includes(conclusion);
}
function runTime(run) {
    return Date.parse(run.runStartedAt ?? run.createdAt);
}
/** Newest first; for the same run id, the latest attempt first. */
function byRecency(a, b) {
    return runTime(b) - runTime(a) || b.runNumber - a.runNumber || b.runAttempt - a.runAttempt;
}
function sameWorkflow(a, b) {
    return a.workflowId === b.workflowId || (a.path !== '' && a.path === b.path);
}
/** Distinct shas, within `runs`, that have both a failed and a successful run or attempt. */
function flakyShas(runs) {
    const failed = new Set(runs.filter(r => isFailedConclusion(r.conclusion)).map(r => r.headSha));
    return new Set(runs.filter(r => r.conclusion === 'success' && failed.has(r.headSha)).map(r => r.headSha));
}
/**
 * `history` holds other runs (and other attempts) of any workflow; only those of the
 * current run's workflow count. The current run may appear in it: it is de-duplicated.
 */
function historyEvidence(current, history) {
    const others = history.filter(r => sameWorkflow(r, current) && !(r.id === current.id && r.runAttempt === current.runAttempt));
    const all = [current, ...others];
    const now = runTime(current);
    const sameSha = all.filter(r => r.headSha === current.headSha);
    const sameShaPassed = sameSha.some(r => r.conclusion === 'success');
    const sameShaFailed = sameSha.some(r => isFailedConclusion(r.conclusion));
    // One entry per run (its latest attempt): a re-run that succeeded ends the streak.
    const latestAttempt = new Map();
    for (const run of all.filter(r => r.headBranch === current.headBranch && runTime(r) <= now)) {
        const seen = latestAttempt.get(run.id);
        if (!seen || run.runAttempt > seen.runAttempt)
            latestAttempt.set(run.id, run);
    }
    let consecutiveFailures = 0;
    for (const run of [...latestAttempt.values()].sort(byRecency)) {
        if (run.conclusion === 'cancelled' || run.conclusion === 'skipped' || run.conclusion === null)
            continue;
        if (!isFailedConclusion(run.conclusion))
            break;
        consecutiveFailures++;
    }
    const broken = consecutiveFailures >= BROKEN_AFTER;
    const failuresLast24h = all.filter(r => isFailedConclusion(r.conclusion) && runTime(r) <= now && now - runTime(r) < 24 * HOUR_MS).length;
    const lastWeek = all.filter(r => runTime(r) <= now && now - runTime(r) < 7 * 24 * HOUR_MS);
    return {
        flaky: !broken && sameShaPassed && sameShaFailed,
        broken,
        consecutiveFailures,
        sameShaPassed,
        failuresLast24h,
        flakyCountLast7d: flakyShas(lastWeek).size
    };
}
/**
 * A mass failure (SPEC 2): more than a quarter of the legs of one matrix failed, or more
 * than 80% of the tests. Legs are jobs sharing a name once the matrix suffix is stripped;
 * cancelled and skipped legs count neither way.
 */
function massFailure(jobs, testsFailedRatio) {
    if (testsFailedRatio !== undefined && testsFailedRatio > 0.8)
        return true;
    const matrices = new Map();
    for (const job of jobs.filter(j => j.conclusion === 'success' || isFailedConclusion(j.conclusion))) {
        const name = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__.normaliseJobName)(job.name);
        matrices.set(name, [...(matrices.get(name) ?? []), job]);
    }
    return [...matrices.values()].some(legs => legs.length >= 2 && legs.filter(j => isFailedConclusion(j.conclusion)).length / legs.length > 0.25);
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ describeError)
/* harmony export */ });
/* harmony import */ var _classify_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1789);
/** How an error of a GitHub request reads in warnings, problems and reports. */

/** An API error as `GET /repos/o/r/... answered HTTP 503: Service Unavailable` (no query: it may hold names). */
function describeError(error) {
    const { status, request, message } = (error ?? {});
    const text = (0,_classify_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(typeof message === 'string' ? message : String(error));
    if (typeof status !== 'number' || typeof request?.url !== 'string')
        return text;
    let path;
    try {
        path = new URL(request.url).pathname;
    }
    catch {
        path = request.url.split('?')[0];
    }
    const reason = text.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
    return `${String(request.method ?? 'GET')} ${(0,_classify_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(path)} answered HTTP ${status}: ${reason}`;
}


/***/ }),

/***/ 7986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
/* unused harmony export inertLogText */
/**
 * Text for the job log. The runner reads every line an action prints as a possible workflow
 * command: `::name::value` at the start of a line (after white space), or the older
 * `##[name]value` anywhere in it; and it splits lines at CR as well as LF. Names, branches
 * and log text come from whoever pushed, so what the action prints must never be read as a
 * command (`::add-mask::`, `::stop-commands::`, `::set-output::` and the rest). Pure.
 */
/** Control characters, line and paragraph separators: nothing of it belongs inside one name. */
const LINE_BREAKING = /[\p{Cc}\u0085\u2028\u2029]+/gu;
/** `text` on one line: control characters and line separators become one space each run. */
function oneLine(text) {
    return text.replace(LINE_BREAKING, ' ');
}
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/;
/** A zero-width space: breaks the command prefix without changing what a reader sees. */
const BREAK = '\u200b';
/**
 * `message` as lines the runner prints and never executes: a line that would start with `::`
 * gets a zero-width space between the colons, and every `##[` one between the hashes.
 */
function inertLogText(message) {
    return message
        .split(LINE_BREAK)
        .map(line => line.replace(/^(\s*):(?=:)/u, `$1:${BREAK}`).replaceAll('##[', `#${BREAK}#[`))
        .join('\n');
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


/***/ }),

/***/ 3060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ branchFacts)
/* harmony export */ });
/** A branch as it is now, in the shape the gate checks deletions against. */
async function branchFacts(gateway, name, defaultBranch, botAuthors) {
    const branch = await gateway.branch(name);
    const isDefault = name === defaultBranch;
    if (!branch)
        return { name, exists: false, protected: false, isDefault, openPrs: 0, headSha: '', foreignAuthors: [] };
    const [{ commits, total }, pulls] = await Promise.all([
        gateway.commitsAhead(defaultBranch, name),
        gateway.openPullRequestsFor(name)
    ]);
    const allowed = new Set(botAuthors.map(author => author.toLowerCase()));
    const foreign = commits
        .map(commit => commit.login ?? commit.email ?? 'unknown author')
        .filter(author => !allowed.has(author.toLowerCase()));
    return {
        name,
        exists: true,
        protected: branch.protected,
        isDefault,
        openPrs: pulls.length,
        headSha: branch.sha,
        foreignAuthors: [...new Set(foreign)],
        uncheckedCommits: total - commits.length
    };
}


/***/ }),

/***/ 1422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   Od: () => (/* binding */ restoreCommand),
/* harmony export */   VX: () => (/* binding */ parseRejectedRef),
/* harmony export */   Zn: () => (/* binding */ RERUN_VETO_CATEGORIES),
/* harmony export */   z1: () => (/* binding */ dominantCategory)
/* harmony export */ });
/* harmony import */ var _classify_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1898);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6449);
/**
 * The policy decision (SPEC 4): from the facts of one failed run to a closed list of
 * typed actions. Pure; the I/O shell gathers the facts and passes every action it
 * takes through the safety gate (gate.ts), which re-checks them independently.
 */


/** Failed jobs in these categories veto any re-run of the run (mixed-failure veto). */
const RERUN_VETO_CATEGORIES = ['code_failure', 'security_scan', 'authentication'];
function rulesAnswer(failed) {
    return failed.rulesClassification ?? failed.classification;
}
/** Most serious first: the category an issue is filed and routed under. */
const SEVERITY = [
    'authentication',
    'security_scan',
    'code_failure',
    'dependency',
    'test_failure',
    'branch_conflict',
    'infrastructure',
    'unknown'
];
function dominantCategory(categories) {
    return SEVERITY.find(category => categories.includes(category)) ?? 'unknown';
}
function decide(facts, policy, options) {
    const categories = facts.failedJobs.map(failed => failed.classification.category);
    const category = dominantCategory(categories);
    const needsApproval = new Set([...policy.requireApproval, ...options.requireApproval]);
    const decision = (actions) => ({ category, actions, dryRun: options.dryRun });
    const escalate = (reason) => decision([{ kind: 'escalate', reason }]);
    if (facts.failedJobs.length === 0)
        return escalate('the run failed without a failed job to examine');
    if (facts.fromOtherRepository)
        return escalate('the run comes from another repository (a fork): it is never remediated');
    const branchConflict = facts.failedJobs.some(failed => rulesAnswer(failed).category === 'branch_conflict');
    const rerun = rerunVerdict(facts, policy, branchConflict);
    if (branchConflict) {
        if (policy.remediation.branch_conflict !== 'delete-branch') {
            return escalate('the policy escalates branch conflicts');
        }
        const deletion = deletionVerdict(facts, policy);
        if (!deletion.ok)
            return escalate(deletion.reason);
        if (!rerun.ok)
            return escalate(`the conflicting branch could be deleted, but ${rerun.reason}`);
        const branch = deletion.branch;
        const actions = [
            withApproval(needsApproval, facts, {
                kind: 'delete-branch',
                branch: branch.name,
                sha: branch.headSha,
                restoreCommand: restoreCommand(branch.name, branch.headSha),
                reason: `the push to ${branch.name} was rejected; the branch holds only bot commits and no open pull request`
            }),
            withApproval(needsApproval, facts, {
                kind: 'rerun-failed-jobs',
                runId: facts.run.id,
                reason: `re-run after deleting ${branch.name}`
            })
        ];
        return decision(withApprovalEscalation(actions));
    }
    if (!rerun.ok)
        return escalate(rerun.reason);
    const action = withApproval(needsApproval, facts, {
        kind: 'rerun-failed-jobs',
        runId: facts.run.id,
        reason: rerun.reason
    });
    return decision(withApprovalEscalation([action]));
}
/**
 * Whether re-running the failed jobs is allowed and could help. After deleting a
 * conflicting branch a repeat failure is expected, not a sign of a broken branch.
 */
function rerunVerdict(facts, policy, afterBranchDeletion) {
    const { run, failedJobs, history } = facts;
    const vetoOf = (failed) => [failed.classification.category, rulesAnswer(failed).category].find(category => RERUN_VETO_CATEGORIES.includes(category));
    const vetoed = failedJobs.filter(failed => vetoOf(failed) !== undefined);
    if (vetoed.length > 0) {
        const names = vetoed.map(failed => `${failed.job.name} (${vetoOf(failed)})`).join(', ');
        return { ok: false, reason: `a re-run cannot fix ${names}` };
    }
    if (run.runAttempt >= policy.limits.maxAttempts) {
        return {
            ok: false,
            reason: `attempt ${run.runAttempt} reached the limit of ${policy.limits.maxAttempts}`
        };
    }
    if (failedJobs.length > policy.limits.maxFailedJobsForRerun) {
        return {
            ok: false,
            reason: `${failedJobs.length} jobs failed, more than the ${policy.limits.maxFailedJobsForRerun} a re-run is allowed for`
        };
    }
    if (!afterBranchDeletion && (history.broken || history.consecutiveFailures >= _classify_history_js__WEBPACK_IMPORTED_MODULE_0__/* .BROKEN_AFTER */ .Ru)) {
        return {
            ok: false,
            reason: `the branch is broken (${history.consecutiveFailures} consecutive failures): a re-run will not fix it`
        };
    }
    if (facts.massFailure && failedJobs.some(failed => rulesAnswer(failed).category !== 'infrastructure')) {
        return { ok: false, reason: 'a mass failure is a breaking change or the platform, not flaky tests' };
    }
    const reasons = [];
    for (const failed of failedJobs) {
        const { job, classification } = failed;
        const rules = rulesAnswer(failed);
        if (classification.category !== rules.category) {
            return {
                ok: false,
                reason: `${job.name}: the AI answered ${classification.category} where the rules found ${rules.category}; only the rules' answer can allow a re-run`
            };
        }
        const jobVerdict = jobRerunVerdict(rules, facts, policy);
        if (!jobVerdict.ok)
            return { ok: false, reason: `${job.name}: ${jobVerdict.reason}` };
        reasons.push(jobVerdict.reason);
    }
    return { ok: true, reason: [...new Set(reasons)].join('; ') };
}
function jobRerunVerdict(classification, facts, policy) {
    const { category } = classification;
    // A branch conflict job is re-run by its own remediation once the branch is gone.
    if (category === 'branch_conflict')
        return { ok: true, reason: 'branch conflict' };
    if (policy.remediation[category] !== 'rerun-failed-jobs') {
        return { ok: false, reason: `the policy escalates ${category}` };
    }
    switch (category) {
        case 'infrastructure':
            return { ok: true, reason: 'runner or platform trouble' };
        case 'dependency':
            return classification.transient
                ? { ok: true, reason: 'transient network failure while installing dependencies' }
                : { ok: false, reason: 'the dependency failure is not transient' };
        case 'test_failure': {
            const rerunsDone = facts.run.runAttempt - 1;
            if (rerunsDone >= policy.flakyReruns) {
                return {
                    ok: false,
                    reason: facts.isRerunAttempt
                        ? `tests still fail after ${rerunsDone} re-run(s): not flaky`
                        : 'flaky re-runs are disabled'
                };
            }
            return { ok: true, reason: 're-run to confirm whether the failing tests are flaky' };
        }
        default:
            return { ok: false, reason: `a re-run is not a remediation for ${category}` };
    }
}
function deletionVerdict(facts, policy) {
    const conflict = facts.branchConflict;
    const target = conflict?.targetRef;
    if (!target)
        return { ok: false, reason: 'the rejected branch could not be read from the log' };
    const branch = conflict.branch;
    if (!branch || branch.name !== target || !branch.exists) {
        return { ok: false, reason: `the rejected branch ${target} does not exist` };
    }
    if (branch.isDefault || target === facts.defaultBranch) {
        return { ok: false, reason: `${target} is the default branch` };
    }
    if (!(0,_text_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._)(target, policy.automation.branchPatterns)) {
        return { ok: false, reason: `${target} is not an automation branch` };
    }
    if (branch.protected)
        return { ok: false, reason: `${target} is protected` };
    if (branch.openPrs > 0)
        return { ok: false, reason: `${target} has an open pull request` };
    if (branch.foreignAuthors.length > 0) {
        return { ok: false, reason: `${target} carries commits by ${branch.foreignAuthors.join(', ')}` };
    }
    if ((branch.uncheckedCommits ?? 0) > 0) {
        return {
            ok: false,
            reason: `${target} is too far ahead of ${facts.defaultBranch} to check every commit's author`
        };
    }
    return { ok: true, branch };
}
/** Recreates a deleted branch at its recorded sha; the name is quoted for a POSIX shell. */
function restoreCommand(branch, sha) {
    const quote = (value) => `'${value.replace(/'/g, `'\\''`)}'`;
    return `git push origin ${quote(`${sha}:refs/heads/${branch}`)}`;
}
function withApproval(needsApproval, facts, action) {
    if (!needsApproval.has(action.kind))
        return action;
    return {
        ...action,
        requiresApproval: true,
        approvalId: `${action.kind}-${facts.run.id}-${facts.run.runAttempt}`
    };
}
/** Approval-gated actions wait for a person, so the failure is also escalated (the issue carries the command). */
function withApprovalEscalation(actions) {
    const waiting = actions.filter(action => action.kind !== 'escalate' && action.requiresApproval);
    if (waiting.length === 0)
        return actions;
    return [
        ...actions,
        { kind: 'escalate', reason: `awaiting approval: ${waiting.map(a => a.kind).join(', ')}` }
    ];
}
const GIT_REJECTION = /\[(?:remote )?rejected\]\s+(\S+)(?:\s+->\s+(\S+))?/;
const PORCELAIN_REJECTION = /^!\t[^:\t]*:(\S+)\t\[(?:remote )?rejected\]/;
const CANNOT_LOCK = /cannot lock ref '([^']+)'/;
/**
 * The branch a rejected `git push` targeted, from git's own messages: `! [rejected]
 * src -> dst (fetch first)`, `! [remote rejected] src -> dst (cannot lock ref ...)`, the
 * porcelain form, or `cannot lock ref 'refs/heads/dst'`. Returns null when no valid
 * branch name is there (`failed to push some refs` and hints name none).
 */
function parseRejectedRef(lines) {
    for (const line of lines) {
        const porcelain = PORCELAIN_REJECTION.exec(line.trimStart());
        const rejected = porcelain ? null : GIT_REJECTION.exec(line);
        const ref = porcelain?.[1] ?? (rejected ? (rejected[2] ?? rejected[1]) : CANNOT_LOCK.exec(line)?.[1]);
        const branch = ref === undefined ? null : branchName(ref);
        if (branch)
            return branch;
    }
    return null;
}
/** A branch name from a ref, or null for tags, other refs and names git would refuse. */
function branchName(ref) {
    const name = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
    if (name.startsWith('refs/') || name === 'HEAD')
        return null;
    const invalid = name === '' ||
        /[\s~^:?*[\\\p{Cc}]/u.test(name) ||
        name.includes('..') ||
        name.includes('@{') ||
        name.includes('//') ||
        /(^|\/)\./.test(name) ||
        /(\.lock|\/|\.)$/.test(name) ||
        name.startsWith('/') ||
        name.startsWith('-');
    return invalid ? null : name;
}


/***/ }),

/***/ 3090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ scopeId),
/* harmony export */   SR: () => (/* binding */ fileWidelyBroken),
/* harmony export */   fE: () => (/* binding */ fileFailure),
/* harmony export */   fL: () => (/* binding */ loadTriageIssues),
/* harmony export */   qz: () => (/* binding */ openIssuesInScope),
/* harmony export */   yX: () => (/* binding */ isInScope)
/* harmony export */ });
/* unused harmony exports TRIAGE_LABEL, widelyBrokenId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6590);
/* harmony import */ var _failing_tests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1100);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5870);




/** The label every triage issue carries; issues are listed by it and found by marker. */
const TRIAGE_LABEL = 'triage';
const SCOPE_MARKER = 'scope';
const WIDELY_BROKEN_MARKER = 'widely-broken';
const LABEL_DESCRIPTIONS = {
    triage: 'Opened by workflow-triage',
    triage_: 'Failure category (workflow-triage)',
    'triage:widely-broken': 'Many failures at once (workflow-triage)',
    owner: 'Owner role (workflow-triage)',
    priority: 'Priority (workflow-triage)'
};
/** Which open issues a green run of this workflow on this branch resolves. */
function scopeId(workflowPath, branch) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${workflowPath}\n${branch}`).digest('hex').slice(0, 16);
}
async function loadTriageIssues(gateway) {
    const all = await gateway.issuesWithLabel(TRIAGE_LABEL, 'all', 1000);
    return { byFingerprint: (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .issuesByMarker */ .qb)(all, _issues_js__WEBPACK_IMPORTED_MODULE_3__/* .FINGERPRINT_MARKER */ .sG), all };
}
/**
 * Colours the labels that putting them on an issue just created: GitHub makes a missing label
 * itself (grey, no description), so the issue never waits for its labels. Colouring is
 * cosmetic: it only spends writes the run can spare once `reserve` writes are kept back for
 * the issues still to file.
 */
async function colourLabels(gateway, writer, missing, reserve) {
    for (const name of missing) {
        if (writer.writesLeft <= reserve) {
            writer.note({
                kind: 'create-label',
                target: name,
                result: 'skipped',
                detail: 'left grey: no write to spare for its colour'
            });
            continue;
        }
        const group = name.includes(':') ? (name.startsWith('triage:') ? 'triage_' : name.split(':')[0]) : name;
        await writer.write({ kind: 'create-label', name }, name, {}, () => gateway.colourLabel({
            name,
            color: (0,_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .labelColour */ .r9)(name),
            description: LABEL_DESCRIPTIONS[name] ?? LABEL_DESCRIPTIONS[group] ?? 'workflow-triage'
        }));
    }
}
/**
 * Files one failure: updates the fingerprint's issue (occurrence row, reopen, labels
 * unless a person changed them), or opens a new one while the run's quota of new
 * issues lasts. A new issue that lost a race with a concurrent run closes itself as
 * a duplicate of the older one, so concurrent runs converge on one issue.
 */
async function fileFailure(gateway, writer, issues, alert, occurrence, assignees, canOpenNew, 
/** Hidden markers to add to a new issue (proposals awaiting approval). */
extraMarkers = [], 
/** Writes to keep back for the issues this run has still to file. */
reserve = 0, settle = defaultSettle) {
    const rendered = (0,_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .renderIssue */ .yi)(alert);
    const scope = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .hiddenMarker */ .z0)(SCOPE_MARKER, scopeId(alert.workflow.path, alert.branch));
    const existing = issues.byFingerprint.get(alert.fingerprint.id) ??
        (alert.failingTests && (0,_failing_tests_js__WEBPACK_IMPORTED_MODULE_2__/* .issueSharingTests */ .hk)(issues.all, alert.workflow.path, alert.failingTests.tests));
    if (existing) {
        const updated = await updateExisting(gateway, writer, existing, rendered.labels, occurrence, reserve, alert.failingTests);
        if (updated)
            await confirmOccurrence(gateway, writer, updated.number, occurrence, settle);
        return updated;
    }
    if (!canOpenNew)
        return 'over-quota';
    const missingLabels = writer.dryRun ? [] : await gateway.missingLabels(rendered.labels);
    const body = (0,_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .addOccurrence */ .b3)([rendered.body.trimEnd(), scope, ...extraMarkers, ''].join('\n'), occurrence);
    const created = (await writer.write({ kind: 'create-issue', title: rendered.title }, `issue: ${rendered.title}`, {}, () => gateway.createIssue({ title: rendered.title, body, labels: rendered.labels, assignees }), issue => `opened #${issue.number}`)) ?? (writer.dryRun ? null : await createdDespiteError(gateway, writer, alert));
    if (!created)
        return null;
    issues.byFingerprint.set(alert.fingerprint.id, created);
    // Later failures of this run whose tests overlap this one's join it.
    issues.all.push(created);
    await colourLabels(gateway, writer, missingLabels, reserve);
    const outcome = await convergeAfterCreate(gateway, writer, created, alert.fingerprint.id, occurrence);
    // An issue this run opened holds our row from its first body, and every racing run reads
    // that body before adding its own: only a row written into someone else's issue can be lost.
    if (outcome && outcome.action !== 'opened') {
        await confirmOccurrence(gateway, writer, outcome.number, occurrence, settle);
    }
    return outcome;
}
/**
 * A create whose answer was lost (a reset, a 5xx after GitHub stored it) may still have
 * opened the issue: look for it by its marker before reporting a failure, so the run
 * reports the issue it made and the next run does not open a second one.
 */
async function createdDespiteError(gateway, writer, alert) {
    const fresh = await loadTriageIssues(gateway).catch(() => null);
    const found = fresh?.byFingerprint.get(alert.fingerprint.id);
    if (!found || found.state !== 'open')
        return null;
    writer.note({
        kind: 'create-issue',
        target: `issue #${found.number}`,
        result: 'done',
        detail: `#${found.number} exists although the create request failed: kept`
    });
    return found;
}
/** Rounds of read-back after an occurrence write, and the wait before each. */
const CONFIRM_ROUNDS = 4;
const SETTLE_MS = 1500;
/**
 * Longer than the gap between a concurrent run's read and its write (the write queue
 * spaces writes 1 s apart), with jitter so that racing runs do not read back in step.
 */
const defaultSettle = () => new Promise(resolve => setTimeout(resolve, SETTLE_MS + Math.floor(Math.random() * SETTLE_MS)));
/**
 * GitHub has no conditional update of an issue body, so concurrent runs that add their row
 * to one occurrence table can overwrite each other's. Each run therefore reads the issue
 * back once the others' writes have landed and adds its row again while it is missing.
 */
async function confirmOccurrence(gateway, writer, issueNumber, occurrence, settle) {
    if (writer.dryRun)
        return;
    for (let round = 1; round <= CONFIRM_ROUNDS; round++) {
        await settle(round);
        const current = await gateway.issue(issueNumber).catch(() => null);
        if (!current)
            return;
        const body = (0,_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .addOccurrence */ .b3)(current.body, occurrence);
        if (body === current.body)
            return;
        const restored = await writer.write({ kind: 'update-issue', issueNumber }, `issue #${issueNumber}`, {}, () => gateway.updateIssue(issueNumber, { body }), () => 'occurrence recorded again: a concurrent update had dropped it');
        if (!restored)
            return;
    }
    writer.note({
        kind: 'update-issue',
        target: `issue #${issueNumber}`,
        result: 'failed',
        detail: `the occurrence of run ${occurrence.runId} kept being overwritten by concurrent updates`
    });
}
async function updateExisting(gateway, writer, issue, ourLabels, occurrence, reserve = 0, failingTests) {
    // The listing may be seconds old: merge into the body as it is now, to keep the window in
    // which a concurrent run's row can be overwritten as short as a request.
    const fresh = await gateway.issue(issue.number).catch(() => null);
    if (fresh)
        Object.assign(issue, fresh);
    const reopened = issue.state === 'closed';
    if (!reopened)
        ourLabels = (0,_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .neverLowerPriority */ .u$)(issue.labels, ourLabels);
    const revised = failingTests ? (0,_failing_tests_js__WEBPACK_IMPORTED_MODULE_2__/* .withFailingTests */ .qS)(issue.body, failingTests.tests, failingTests) : issue.body;
    const body = (0,_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .addOccurrence */ .b3)(revised, occurrence);
    let labels;
    const desired = (0,_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .respectHumanLabels */ .RS)(issue.labels, ourLabels, []);
    if (!sameLabels(desired, issue.labels)) {
        const humanChanged = (await gateway.labelEvents(issue.number))
            .filter(event => event.actorType !== 'Bot' && !event.actor.endsWith('[bot]'))
            .map(event => event.label);
        const respected = (0,_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .respectHumanLabels */ .RS)(issue.labels, ourLabels, humanChanged);
        if (!sameLabels(respected, issue.labels))
            labels = respected;
    }
    const missingLabels = labels && !writer.dryRun ? await gateway.missingLabels(labels) : [];
    if (body === issue.body && !reopened && !labels) {
        return { number: issue.number, url: issue.htmlUrl, action: 'updated' };
    }
    const updated = await writer.write({ kind: 'update-issue', issueNumber: issue.number }, `issue #${issue.number}`, {}, () => gateway.updateIssue(issue.number, { body, state: 'open', labels }), () => (reopened ? 'reopened with a new occurrence' : 'occurrence recorded'));
    if (!updated)
        return null;
    Object.assign(issue, updated);
    await colourLabels(gateway, writer, missingLabels, reserve);
    if (reopened) {
        await writer.write({ kind: 'comment', issueNumber: issue.number }, `issue #${issue.number}`, {}, () => gateway.comment(issue.number, (0,_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .renderRecurrence */ .Vb)(occurrence, true)));
    }
    return { number: issue.number, url: issue.htmlUrl, action: reopened ? 'reopened' : 'updated' };
}
function sameLabels(a, b) {
    const normal = (labels) => [...new Set(labels.map(label => label.toLowerCase()))].sort().join('\n');
    return normal(a) === normal(b);
}
/**
 * Re-lists the fingerprint's issues right after creating one: when an older open issue
 * exists (a concurrent run created it first), our new issue closes itself as a duplicate
 * and the occurrence goes to the older one.
 */
async function convergeAfterCreate(gateway, writer, created, fingerprintId, occurrence) {
    const fresh = await loadTriageIssues(gateway);
    const winner = fresh.all
        .filter(issue => issue.state === 'open' && (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarker */ .gY)(issue.body, _issues_js__WEBPACK_IMPORTED_MODULE_3__/* .FINGERPRINT_MARKER */ .sG)?.id === fingerprintId)
        .sort((a, b) => a.number - b.number)[0];
    if (!winner || winner.number >= created.number) {
        return { number: created.number, url: created.htmlUrl, action: 'opened' };
    }
    await writer.write({ kind: 'comment', issueNumber: created.number }, `issue #${created.number}`, {}, () => gateway.comment(created.number, `Duplicate of #${winner.number}, opened at the same time by a concurrent triage run.`));
    await writer.write({ kind: 'close-issue', issueNumber: created.number }, `issue #${created.number}`, {}, () => gateway.updateIssue(created.number, { state: 'closed', stateReason: 'not_planned' }));
    const merged = await updateExisting(gateway, writer, winner, winner.labels, occurrence);
    return merged ? { ...merged, action: 'duplicate' } : null;
}
/**
 * The marker of a "CI widely broken" issue: its workflow and branch (two workflows broken on
 * the same day are two problems) and the day it was opened.
 */
function widelyBrokenId(workflowPath, branch, day) {
    return `${scopeId(workflowPath, branch)}-${day}`;
}
/**
 * One issue for the failures of a workflow and branch over the new-issue quota: the open one
 * of that scope when there is one (updated in place), otherwise the one of that day, or a new one.
 * It carries the scope marker, so the workflow's next green run on the branch closes it.
 */
async function fileWidelyBroken(gateway, writer, issues, scope, failures) {
    const prefix = `${scopeId(scope.workflowPath, scope.branch)}-`;
    const markerId = widelyBrokenId(scope.workflowPath, scope.branch, scope.day);
    const idOf = (issue) => (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarker */ .gY)(issue.body, WIDELY_BROKEN_MARKER)?.id;
    const existing = issues.all.find(issue => issue.state === 'open' && idOf(issue)?.startsWith(prefix)) ??
        issues.all.find(issue => idOf(issue) === markerId);
    const rendered = (0,_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .renderWidelyBroken */ .Q$)(existing ? (idOf(existing) ?? markerId) : markerId, scope, failures);
    const body = [
        rendered.body.trimEnd(),
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .hiddenMarker */ .z0)(SCOPE_MARKER, scopeId(scope.workflowPath, scope.branch)),
        ''
    ].join('\n');
    if (existing) {
        if (existing.body === body && existing.state === 'open')
            return { number: existing.number, url: existing.htmlUrl, action: 'updated' };
        const updated = await writer.write({ kind: 'update-issue', issueNumber: existing.number }, `issue #${existing.number}`, {}, () => gateway.updateIssue(existing.number, { body, state: 'open' }));
        if (!updated)
            return null;
        return {
            number: existing.number,
            url: existing.htmlUrl,
            action: existing.state === 'closed' ? 'reopened' : 'updated'
        };
    }
    const missingLabels = writer.dryRun ? [] : await gateway.missingLabels(rendered.labels);
    const assignees = failures.flatMap(failure => failure.assignees);
    const created = await writer.write({ kind: 'create-issue', title: rendered.title }, `issue: ${rendered.title}`, {}, () => gateway.createIssue({
        title: rendered.title,
        body,
        labels: rendered.labels,
        assignees: [...new Set(assignees)].slice(0, 10)
    }), issue => `opened #${issue.number}`);
    if (!created)
        return null;
    await colourLabels(gateway, writer, missingLabels, 0);
    return { number: created.number, url: created.htmlUrl, action: 'opened' };
}
/** The issue was filed for this workflow and branch. */
function isInScope(issue, workflowPath, branch) {
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarker */ .gY)(issue.body, SCOPE_MARKER)?.id === scopeId(workflowPath, branch);
}
/** Open triage issues of this workflow and branch (what a green run resolves). */
function openIssuesInScope(issues, workflowPath, branch) {
    const id = scopeId(workflowPath, branch);
    return issues.all.filter(issue => issue.state === 'open' && (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarker */ .gY)(issue.body, SCOPE_MARKER)?.id === id);
}


/***/ }),

/***/ 4873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ checkWrite),
/* harmony export */   KK: () => (/* binding */ rerunFacts),
/* harmony export */   Lx: () => (/* binding */ WriteBudget),
/* harmony export */   dq: () => (/* binding */ remediationWrite)
/* harmony export */ });
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6449);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1422);


/**
 * The facts a re-run of `run` is checked against: its attempt, the policy's limits, and
 * the categories of its failed jobs.
 */
function rerunFacts(run, limits, failedJobCategories) {
    return {
        id: run.id,
        attempt: run.runAttempt,
        maxAttempts: limits.maxAttempts,
        maxFailedJobs: Math.max(limits.maxFailedJobsForRerun, 0),
        failedJobCategories
    };
}
/** The write a proposed remediation asks for: what the shell passes to checkWrite before sending it. */
function remediationWrite(action) {
    return action.kind === 'rerun-failed-jobs'
        ? { kind: 'rerun', runId: action.runId }
        : { kind: 'delete-branch', branch: action.branch, sha: action.sha };
}
const check = (name, passed, detail) => ({ name, passed, detail });
function checkWrite(write, ctx) {
    const checks = [...writeChecks(write, ctx), provenanceCheck(write, ctx), ...budgetChecks(ctx)];
    const wouldAllow = checks.every(c => c.passed);
    const dryRun = check('dry-run', !ctx.dryRun, ctx.dryRun ? `dry-run: would have sent ${write.kind}` : 'live run');
    return { allowed: wouldAllow && !ctx.dryRun, wouldAllow, checks: [...checks, dryRun] };
}
/** Writes a fork's run may cause: issue text at most, and only when the maintainer chose so. */
function provenanceCheck(write, ctx) {
    const foreign = ctx.foreignRun;
    if (!foreign)
        return check('own-repository', true, "the run is the repository's own");
    const issueWrite = !['delete-branch', 'rerun', 'close-issue'].includes(write.kind);
    const allowed = issueWrite && foreign.mayWriteIssues;
    return check('own-repository', allowed, allowed
        ? `the run comes from ${foreign.repository}; fork-runs: escalate allows issues`
        : `the run comes from ${foreign.repository}: no ${write.kind} for another repository's run`);
}
function budgetChecks(ctx) {
    const withinBudget = Number.isInteger(ctx.writesUsed) && ctx.writesUsed >= 0 && ctx.writesUsed < ctx.maxWrites;
    return [check('write-budget', withinBudget, `${ctx.writesUsed} of ${ctx.maxWrites} writes used`)];
}
function writeChecks(write, ctx) {
    switch (write.kind) {
        case 'delete-branch':
            return deletionChecks(write, ctx);
        case 'rerun':
            return rerunChecks(write, ctx);
        case 'create-issue':
            return [
                check('title', write.title.trim() !== '' && Array.from(write.title).length <= 256, 'issue title is 1-256 characters')
            ];
        case 'add-labels':
            return [
                issueNumberCheck(write.issueNumber),
                check('labels', write.labels.length > 0, 'at least one label')
            ];
        case 'create-label':
            return [
                check('label-name', write.name.trim() !== '' && write.name.length <= 50, 'label name is 1-50 characters')
            ];
        case 'update-issue':
        case 'comment':
        case 'close-issue':
            return [issueNumberCheck(write.issueNumber)];
    }
}
function issueNumberCheck(issueNumber) {
    return check('issue-number', Number.isInteger(issueNumber) && issueNumber > 0, `issue #${issueNumber}`);
}
function deletionChecks(write, ctx) {
    const facts = ctx.branch;
    const name = write.branch;
    if (!facts || facts.name !== name || !facts.exists) {
        return [check('branch-facts', false, `no current facts for branch ${name}`)];
    }
    const isDefault = facts.isDefault || ctx.defaultBranch === '' || name.toLowerCase() === ctx.defaultBranch.toLowerCase();
    return [
        check('branch-facts', true, `facts for ${name}`),
        check('not-default', !isDefault, isDefault ? `${name} is (or may be) the default branch` : 'not the default'),
        check('automation-pattern', (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._)(name, ctx.branchPatterns), `matches ${ctx.branchPatterns.join(', ')}`),
        check('not-protected', !facts.protected, facts.protected ? 'protected' : 'not protected'),
        check('no-open-pr', facts.openPrs === 0, `${facts.openPrs} open pull request(s)`),
        onlyBotCommits(facts),
        check('sha-unchanged', write.sha !== '' && write.sha === facts.headSha, `head ${facts.headSha}, asked ${write.sha}`)
    ];
}
function onlyBotCommits(facts) {
    const unchecked = facts.uncheckedCommits ?? 0;
    if (facts.foreignAuthors.length > 0)
        return check('only-bot-commits', false, `commits by ${facts.foreignAuthors.join(', ')}`);
    if (unchecked !== 0)
        return check('only-bot-commits', false, `${unchecked} commit(s) ahead whose authors were not read`);
    return check('only-bot-commits', true, 'only allowed bot authors');
}
function rerunChecks(write, ctx) {
    const run = ctx.run;
    if (!run || run.id !== write.runId)
        return [check('run-facts', false, `no current facts for run ${write.runId}`)];
    const vetoed = run.failedJobCategories.filter(category => _decide_js__WEBPACK_IMPORTED_MODULE_0__/* .RERUN_VETO_CATEGORIES */ .Zn.includes(category));
    const failedJobs = run.failedJobCategories.length;
    return [
        check('run-facts', true, `facts for run ${run.id}`),
        check('attempt-limit', run.attempt < run.maxAttempts, `attempt ${run.attempt} of at most ${run.maxAttempts}`),
        check('no-vetoed-category', vetoed.length === 0, vetoed.length === 0
            ? 'no code, security or authentication failure'
            : `failed jobs include ${vetoed.join(', ')}`),
        check('failed-jobs', failedJobs > 0 && failedJobs <= run.maxFailedJobs, `${failedJobs} failed job(s), at most ${run.maxFailedJobs}`)
    ];
}
/**
 * Counts the write requests of one action run. Record every request sent, whether
 * or not it succeeded: the limit bounds what the action asks of the API.
 */
class WriteBudget {
    max;
    #used = 0;
    constructor(max) {
        this.max = max;
    }
    get used() {
        return this.#used;
    }
    get remaining() {
        return Math.max(0, this.max - this.#used);
    }
    record() {
        this.#used++;
    }
    /** The budget fields of a GateContext. */
    context() {
        return { writesUsed: this.#used, maxWrites: this.max };
    }
}


/***/ }),

/***/ 3581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ ownRuns),
/* harmony export */   f: () => (/* binding */ isFromOtherRepository)
/* harmony export */ });
/**
 * True when the run's head commit comes from a repository other than `repository`
 * (`owner/name`). A run whose head repository the API did not name is treated as foreign:
 * what cannot be placed is not trusted. A run without the field at all (built by hand, not
 * read from the API) is taken as the repository's own.
 */
function isFromOtherRepository(run, repository) {
    if (run.headRepository === undefined)
        return false;
    return run.headRepository === null || run.headRepository.toLowerCase() !== repository.toLowerCase();
}
/** The runs of `repository` itself: what a branch's history and a workflow's health are made of. */
function ownRuns(runs, repository) {
    return runs.filter(run => !isFromOtherRepository(run, repository));
}


/***/ }),

/***/ 9270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* binding */ quarantineId),
/* harmony export */   Mp: () => (/* binding */ QUARANTINE_MARKER),
/* harmony export */   NN: () => (/* binding */ quarantineIssueFor),
/* harmony export */   Qy: () => (/* binding */ quarantinedTestOf),
/* harmony export */   Y1: () => (/* binding */ QUARANTINE_LABEL),
/* harmony export */   oZ: () => (/* binding */ quarantineMarkers)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6590);
/**
 * Quarantine issues of flaky tests (pure): one issue per test that flaked often (the health
 * check opens, updates and closes them), found again by its hidden marker. While one is
 * open, a triage whose failure is that test alone adds an occurrence to it instead of
 * opening a triage issue: the test is known to flake, and one issue already tracks it.
 */


const QUARANTINE_LABEL = 'flaky-test';
const QUARANTINE_MARKER = 'flaky-test';
const QUARANTINE_DATA_MARKER = 'flaky-test-data';
const MAX_NAME_CHARS = 300;
/** The marker id of a test's issue: a hash, so any name fits the marker's alphabet. */
function quarantineId(workflow, test) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${workflow}\n${test}`).digest('hex').slice(0, 16);
}
/** The two marker lines of a quarantine issue: its id, and what it is about (base64url JSON). */
function quarantineMarkers(test) {
    const data = Buffer.from(JSON.stringify(test), 'utf8').toString('base64url');
    return [
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .hiddenMarker */ .z0)(QUARANTINE_MARKER, quarantineId(test.workflow, test.test)),
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .hiddenMarker */ .z0)(QUARANTINE_DATA_MARKER, data)
    ].join('\n');
}
/**
 * The test a quarantine issue is about, from its markers; null without both, or when the data
 * does not hash to the id (a body edited by hand is not trusted to name another test).
 */
function quarantinedTestOf(body) {
    const id = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarker */ .gY)(body, QUARANTINE_MARKER)?.id;
    const encoded = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarker */ .gY)(body, QUARANTINE_DATA_MARKER)?.id;
    if (!id || !encoded)
        return null;
    try {
        const data = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
        if (typeof data !== 'object' || data === null)
            return null;
        const { workflow, test, lastFlakeAt } = data;
        if (typeof workflow !== 'string' || typeof test !== 'string' || typeof lastFlakeAt !== 'string')
            return null;
        if (test.length > MAX_NAME_CHARS || Number.isNaN(Date.parse(lastFlakeAt)))
            return null;
        if (quarantineId(workflow, test) !== id)
            return null;
        return { workflow, test, lastFlakeAt };
    }
    catch {
        return null;
    }
}
/**
 * The open quarantine issue a failure goes to instead of a triage issue: only when the
 * failure's tests are exactly the one quarantined test of that workflow.
 */
function quarantineIssueFor(issues, workflowPath, testIds) {
    const tests = new Set(testIds);
    if (tests.size !== 1)
        return undefined;
    const [test] = tests;
    return [...issues]
        .sort((a, b) => a.number - b.number)
        .find(issue => {
        if (issue.state !== 'open')
            return false;
        const quarantined = quarantinedTestOf(issue.body);
        return quarantined !== null && quarantined.workflow === workflowPath && quarantined.test === test;
    });
}


/***/ }),

/***/ 3041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ GatedWriter)
/* harmony export */ });
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4873);

/**
 * Every write of a triage run goes through here: the safety gate decides, the budget
 * counts, the audit trail records. In a dry run nothing is sent and the record says
 * what would have been done.
 */
class GatedWriter {
    base;
    records = [];
    budget;
    constructor(base, maxWrites) {
        this.base = base;
        this.budget = new _gate_js__WEBPACK_IMPORTED_MODULE_0__/* .WriteBudget */ .Lx(maxWrites);
    }
    /** The gate refuses every deletion until it knows the default branch (an empty name never matches). */
    knowDefaultBranch(name) {
        this.base.defaultBranch = name;
    }
    /** The run the writes answer to, once known: a fork's run limits what the gate allows. */
    knowRunOrigin(foreignRun) {
        this.base.foreignRun = foreignRun;
    }
    get dryRun() {
        return this.base.dryRun;
    }
    get writesUsed() {
        return this.budget.used;
    }
    get writesLeft() {
        return this.budget.remaining;
    }
    /**
     * Runs `send` when the gate allows `write`. Returns the result, or null when the
     * write was not sent (refused, dry run, or failed: the record says which).
     */
    async write(write, target, facts, send, describe = () => 'sent') {
        const verdict = (0,_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .checkWrite */ .Gf)(write, { ...this.base, ...this.budget.context(), ...facts });
        const failedChecks = verdict.checks.filter(check => !check.passed && check.name !== 'dry-run');
        const gateChecks = write.kind === 'delete-branch' || write.kind === 'rerun' ? verdict.checks : undefined;
        if (!verdict.allowed) {
            this.records.push({
                kind: write.kind,
                target,
                result: verdict.wouldAllow ? 'would' : 'refused',
                detail: verdict.wouldAllow ? 'dry run' : failedChecks.map(check => check.detail).join('; '),
                checks: gateChecks
            });
            return null;
        }
        this.budget.record();
        try {
            const result = await send();
            this.records.push({
                kind: write.kind,
                target,
                result: 'done',
                detail: describe(result),
                checks: gateChecks
            });
            return result;
        }
        catch (error) {
            this.records.push({
                kind: write.kind,
                target,
                result: 'failed',
                detail: error instanceof Error ? error.message : String(error),
                checks: gateChecks
            });
            return null;
        }
    }
    /** Something the pipeline chose not to do, or proposed for approval, for the audit trail. */
    note(record) {
        this.records.push(record);
    }
}


/***/ })

};
