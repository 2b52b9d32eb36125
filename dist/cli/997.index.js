export const id = 997;
export const ids = [997];
export const modules = {

/***/ 4850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ settle),
/* harmony export */   R: () => (/* binding */ allReads)
/* harmony export */ });
/**
 * Concurrent reads against a counted request budget. Promise.all rejects at the first
 * failure while the other requests are still in flight or queued by the throttling
 * plugin, and a request is counted only when it is sent: a budget check made right
 * after would read a count that is still growing.
 */
/** Like Promise.all, but rejects (with the first failure) only once every read has settled. */
async function allReads(reads) {
    const results = (await Promise.allSettled(reads));
    const values = [];
    for (const result of results) {
        if (result.status === 'rejected')
            throw result.reason;
        values.push(result.value);
    }
    return values;
}
function settle(read) {
    return read.then(value => ({ value }), (error) => ({ error }));
}


/***/ }),

/***/ 7997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runHealthCheck: () => (/* binding */ runHealthCheck)
});

// EXTERNAL MODULE: ./src/safety/provenance.ts
var provenance = __webpack_require__(8731);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/classify/redact.ts
var redact = __webpack_require__(1789);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/reads.ts
var github_reads = __webpack_require__(4850);
// EXTERNAL MODULE: ./src/safety/branch-facts.ts
var branch_facts = __webpack_require__(6598);
// EXTERNAL MODULE: ./src/text/glob.ts
var glob = __webpack_require__(6449);
// EXTERNAL MODULE: ./src/text/shell.ts
var shell = __webpack_require__(6933);
;// CONCATENATED MODULE: ./src/health/prune.ts


const DAY_MS = 24 * 3600 * 1000;
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
        if (!(0,glob/* matchesAny */._)(branch.name, input.patterns))
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
            restoreCommand: (0,shell/* restoreCommand */.O)(branch.name, branch.sha)
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

;// CONCATENATED MODULE: ./src/health/plan.ts
/**
 * The health check's plan for its request budget (pure): what the reads after scoring may
 * spend, decided before any of them is sent.
 */
/** Requests of one deletion: the branch, its commits ahead, its pull requests (2), the delete. */
const PRUNE_COST = 5;
/** Requests of the reads before any deletion: a page of branches, the protected ones, the open pull requests. */
const PRUNE_READ_COST = 3;
/** Requests kept back from scoring and from lint's file reads, so pruning and issues can still start. */
const SCORING_RESERVE = 10;
/**
 * Shares the requests left after scoring among the reads that then go out together, in
 * order of priority: lint's file reads (keeping SCORING_RESERVE for the others), the issue
 * listing, then pruning's listings, which keep enough back for one deletion. The shares
 * are fixed before any read is sent and count one request per listing besides the branch
 * pages; a listing of more pages, or a retry, comes out of the deletion's reserve, and the
 * deletions check the live count before each one.
 */
function shareReads(remaining, wanted) {
    const lintFiles = Math.min(wanted.lintFiles, Math.max(0, remaining - SCORING_RESERVE));
    let left = remaining - lintFiles;
    const issueListing = wanted.issues && left >= 1;
    if (issueListing)
        left -= 1;
    const pruneAffordable = wanted.prune && left >= PRUNE_READ_COST + PRUNE_COST;
    // The protected-branch and pull-request listings take one request each; the rest is pages.
    const branchPages = pruneAffordable ? left - (PRUNE_READ_COST - 1) - PRUNE_COST : null;
    return { lintFiles, issueListing, branchPages };
}
/** How many workflows the budget lets scoring read, keeping SCORING_RESERVE; a note for the rest. */
function planScoring(repo, remaining, workflows) {
    const scored = Math.min(workflows, Math.max(0, remaining - SCORING_RESERVE));
    return {
        workflows: scored,
        notes: scored < workflows
            ? [
                `${repo}: ${workflows - scored} of ${workflows} workflows were left for the next run (API request budget)`
            ]
            : []
    };
}
/**
 * The shares of the reads after scoring (shareReads), and the budget notes for what they leave
 * out. `lintFiles`: the workflow files lint would read through the API (null: none, the
 * workspace has them), of which at most `maxLintFiles`.
 */
function planReads(repo, remaining, wanted) {
    const apiFiles = wanted.lintFiles?.length ?? 0;
    const shares = shareReads(remaining, {
        lintFiles: Math.min(wanted.maxLintFiles, apiFiles),
        issues: wanted.issues,
        prune: wanted.prune
    });
    const notes = [];
    if (wanted.lintFiles !== null && shares.lintFiles < apiFiles)
        notes.push(`${repo}: ${apiFiles - shares.lintFiles} of ${apiFiles} workflow files were not linted (API request budget)`);
    if (wanted.prune && shares.branchPages === null)
        notes.push(`${repo}: pruning was left for the next run (API request budget)`);
    if (wanted.issues && !shares.issueListing)
        notes.push(`${repo}: issues were left for the next run (API request budget)`);
    return { shares, notes };
}

;// CONCATENATED MODULE: ./src/health/branches.ts




const BRANCHES_PER_PAGE = 100;
/**
 * The three listings pruning selects from, read together. The branch listing takes a request
 * per 100 branches: it stops after `pages`, so thousands of branches cannot overrun the budget.
 */
async function listBranches(gateway, pages) {
    const listable = Math.max(1, pages) * BRANCHES_PER_PAGE;
    const [branches, protectedNames, openPrRefs] = await (0,github_reads/* allReads */.R)([
        gateway.branchesWithDates(listable),
        gateway.protectedBranches(),
        gateway.openPullRequestRefs()
    ]);
    return {
        branches,
        protectedNames,
        openPrRefs,
        ...(branches.length >= listable ? { listedOnly: branches.length } : {})
    };
}
/** Selects from `listing`, then re-checks and deletes each selected branch through the gate. */
async function pruneBranches(context, writer, listing) {
    const { gateway, policy, defaultBranch } = context;
    const { branches, protectedNames, openPrRefs } = listing;
    const plan = selectStaleBranches({
        branches: branches.map(branch => ({ ...branch, protected: protectedNames.has(branch.name) })),
        defaultBranch,
        patterns: policy.automation.branchPatterns,
        openPrRefs,
        staleDays: context.staleDays,
        // The limit counts deletions: a branch the re-check keeps must not take the place of one it would not.
        maxPrunes: Number.MAX_SAFE_INTEGER,
        now: context.now
    });
    const result = { pruned: [], planned: [], deferred: [], kept: [] };
    for (const [index, entry] of plan.prune.entries()) {
        if (result.pruned.length + result.planned.length >= context.maxPrunes ||
            !context.requests.affords(PRUNE_COST)) {
            result.deferred.push(...plan.prune.slice(index).map(rest => rest.name));
            break;
        }
        const facts = await (0,branch_facts/* branchFacts */.I)(gateway, entry.name, defaultBranch, policy.automation.botAuthors);
        await writer.write({ kind: 'delete-branch', branch: entry.name, sha: entry.sha }, `branch ${entry.name} at ${entry.sha}`, { branch: facts }, () => gateway.deleteBranch(entry.name), () => `deleted; restore with: ${entry.restoreCommand}`);
        const audit = writer.records.at(-1);
        const failedChecks = (audit.checks ?? []).filter(check => !check.passed && check.name !== 'dry-run');
        if (audit.result === 'done') {
            result.pruned.push(entry);
            context.log(`Deleted stale branch ${entry.name} at ${entry.sha}; restore: ${entry.restoreCommand}`);
        }
        else if (audit.result === 'would') {
            result.planned.push(entry);
        }
        else if (failedChecks.length > 0 && failedChecks.every(check => check.name === 'write-budget')) {
            result.deferred.push(entry.name);
        }
        else {
            result.kept.push(`${entry.name} was not deleted: ${audit.detail}`);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/health/budget.ts
/** Requests left of `max-api-requests`, from the client's own counter. */
class RequestBudget {
    max;
    stats;
    constructor(max, stats) {
        this.max = max;
        this.stats = stats;
    }
    get used() {
        return this.stats.requests;
    }
    get remaining() {
        return Math.max(0, this.max - this.stats.requests);
    }
    /** Whether a piece of work estimated at `cost` requests still fits, keeping `reserve` for later phases. */
    affords(cost, reserve = 0) {
        return this.remaining >= cost + reserve;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/classify/history.ts
var classify_history = __webpack_require__(1898);
// EXTERNAL MODULE: ./src/text/markdown.ts
var markdown = __webpack_require__(6590);
// EXTERNAL MODULE: ./src/health/report.ts
var health_report = __webpack_require__(5010);
// EXTERNAL MODULE: ./src/text/format.ts
var format = __webpack_require__(8488);
;// CONCATENATED MODULE: ./src/health/issues.ts
/**
 * The health check's issues (DESIGN 7): one per critical workflow, found by a hidden marker,
 * updated in place, closed with a recovery comment once the workflow is healthy again.
 * Pure: the shell lists the issues, planHealthIssues decides, the shell writes through the gate.
 */





/** Label of the issues the health check owns (one per critical workflow). */
const HEALTH_ISSUE_LABEL = 'workflow-health';
const HEALTH_MARKER = 'health';
/** Statuses that close a workflow's issue; degraded keeps it open (still failing often). */
const RECOVERED = new Set(['healthy', 'warning']);
/** Marker id of a workflow's health issue: stable, and safe inside an HTML comment. */
function healthMarkerId(repo, workflowPath) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${repo}\n${workflowPath}`).digest('hex').slice(0, 16);
}
const CONCLUSION_MARK = {
    success: '✅',
    failure: '❌',
    timed_out: '⏱️',
    startup_failure: '💥',
    cancelled: '⚪',
    skipped: '⚪',
    action_required: '⏸️'
};
/**
 * The title of a workflow's health issue. Two workflows may share a name: the file path
 * tells them apart, so each has a title of its own.
 */
function healthIssueTitle(health) {
    const { workflow } = health;
    const state = health.status === 'critical' ? 'is critical' : `recovered (${health.status})`;
    return (0,markdown/* issueTitle */.al)([`Workflow health: ${workflow.name} (${workflow.path}) ${state}`]);
}
/**
 * The issue of a workflow: critical while it is open, and its last state once it recovered,
 * so a closed issue does not go on saying "critical". The body depends only on the scored
 * runs, never on the time of the check, so an unchanged workflow causes no edit every 4 hours.
 */
function renderHealthIssue(repo, health) {
    const { workflow } = health;
    const critical = health.status === 'critical';
    const runs = health.recentRuns.map(run => `| ${(0,markdown/* markdownLink */.iQ)(`run ${run.id}`, run.htmlUrl)} | ${CONCLUSION_MARK[run.conclusion ?? ''] ?? '❔'} ${(0,markdown/* escapeMarkdownInline */.E4)(run.conclusion ?? 'pending')} | ${run.runAttempt} | ${(0,markdown/* escapeMarkdownInline */.E4)(run.headBranch)} | ${(0,markdown/* codeCell */.MZ)(run.createdAt)} |`);
    const since = (0,classify_history/* failingSince */.ht)(health.recentRuns);
    const body = [
        critical
            ? `## 🔴 Workflow ${(0,markdown/* escapeMarkdownInline */.E4)(workflow.name)} is critical`
            : `## ✅ Workflow ${(0,markdown/* escapeMarkdownInline */.E4)(workflow.name)} recovered: ${health.status}`,
        '',
        `**Why:** ${(0,markdown/* escapeMarkdownInline */.E4)(health.reason)}.`,
        '',
        '| | |',
        '|---|---|',
        `| Workflow file | ${(0,markdown/* codeCell */.MZ)(workflow.path)} |`,
        `| Status | ${health.status} |`,
        `| Score | ${health.score ?? 'n/a'} / 100 |`,
        `| Success rate | ${(0,health_report.formatPercent)(health.successRate)} (${health.counts.success} of ${health.counts.counted} counted runs) |`,
        `| Consecutive failures | ${health.consecutiveFailures} |`,
        `| Failing since | ${since === null ? 'n/a' : (0,markdown/* codeCell */.MZ)(since)} |`,
        `| Median duration of successful runs | ${(0,format/* formatDuration */.a)(health.durationMedianSeconds)} |`,
        `| Last success | ${health.lastSuccessAt === null ? 'none in the window' : (0,markdown/* codeCell */.MZ)(health.lastSuccessAt)} |`,
        `| Runs scored | ${health.usedFallbackBranch ? 'all branches (none on the default branch)' : 'default branch'} |`,
        '',
        '### Recent runs (newest first)',
        '',
        '| Run | Result | Attempt | Branch | Created (UTC) |',
        '|---|---|---|---|---|',
        ...runs,
        '',
        critical
            ? '_Updated in place by the workflow health check; closed automatically once the workflow is healthy again._'
            : '_Closed by the workflow health check; reopened if the workflow turns critical again._',
        '',
        (0,markdown/* hiddenMarker */.z0)(HEALTH_MARKER, healthMarkerId(repo, workflow.path))
    ].join('\n');
    return { title: healthIssueTitle(health), body: (0,markdown/* capBody */.vE)(body) };
}
function renderRecoveryComment(health) {
    const repair = health.timeToRepair;
    return [
        `### ✅ Workflow restored`,
        '',
        `${(0,markdown/* escapeMarkdownInline */.E4)(health.workflow.name)} is ${health.status} again: score ${health.score ?? 'n/a'}, success rate ${(0,health_report.formatPercent)(health.successRate)} over the last ${health.counts.counted} counted runs.`,
        repair ? `\nTime to repair of the last failure streak: ${(0,format/* formatDuration */.a)(repair.lastMinutes * 60)}.` : '',
        '',
        'Closing this issue; the health check reopens it if the workflow turns critical again.'
    ].join('\n');
}
/**
 * The writes that bring the issues in line with the scores: open an issue for a new
 * critical workflow, update (or reopen) its issue only when the rendered text changed,
 * close it once the workflow is healthy or at warning. Workflows without data and
 * degraded ones leave their issue as it is.
 */
function planHealthIssues(repo, workflows, existing) {
    const byMarker = (0,markdown/* issuesByMarker */.qb)(existing, HEALTH_MARKER);
    const actions = [];
    for (const health of workflows) {
        const issue = byMarker.get(healthMarkerId(repo, health.workflow.path));
        if (health.status === 'critical') {
            const { title, body } = renderHealthIssue(repo, health);
            if (!issue)
                actions.push({ kind: 'open', health, title, body });
            else if (issue.state === 'closed' || issue.body !== body || issue.title !== title)
                actions.push({ kind: 'update', health, issue, title, body, reopen: issue.state === 'closed' });
        }
        else if (issue?.state === 'open' && RECOVERED.has(health.status)) {
            const { title, body } = renderHealthIssue(repo, health);
            actions.push({ kind: 'close', health, issue, comment: renderRecoveryComment(health), title, body });
        }
    }
    return actions;
}

// EXTERNAL MODULE: ./src/triage/index.ts
var src_triage = __webpack_require__(4348);
// EXTERNAL MODULE: ./src/text/console.ts
var console = __webpack_require__(7986);
;// CONCATENATED MODULE: ./src/health/test-history.ts
/**
 * The per-test history the health check keeps from one check to the next (pure). Each check
 * reads the failing tests of its window's failed runs, merges them into the history the
 * previous report carried, and writes the result into its own report: flake rates and
 * quarantine then look further back than one window, for the cost of one artifact download.
 *
 * The history is a list of run records. A record is keyed by workflow, run id and attempt, so
 * windows that overlap never count a run twice; a run seen again at a later attempt gets a
 * second record, and the derived figures read a run's records as one.
 */


const TEST_HISTORY_VERSION = 1;
/** Tests one run record keeps per outcome: a mass failure says little about any one test. */
const MAX_RUN_TESTS = 50;
const MAX_NAME_CHARS = 300;
const MAX_JOB_CHARS = 200;
/** A stored history holding more records than this is not one this code wrote. */
const MAX_STORED_RUNS = 20_000;
const EMPTY_HISTORY = { version: TEST_HISTORY_VERSION, runs: [] };
function runKey(run) {
    return `${run.workflow}\n${run.runId}\n${run.attempt}`;
}
/** Newest first; ties by run id then attempt, so every ordering of the same records agrees. */
function newestFirst(a, b) {
    return b.at.localeCompare(a.at) || b.runId - a.runId || b.attempt - a.attempt;
}
function sortedOutcomes(outcomes) {
    const unique = new Map(outcomes.map(outcome => [`${outcome.test}\n${outcome.job}`, outcome]));
    return [...unique.values()]
        .sort((a, b) => a.test.localeCompare(b.test) || a.job.localeCompare(b.job))
        .slice(0, MAX_RUN_TESTS);
}
/**
 * `previous` with the records of `window` added (a window's record replaces a stored one of
 * the same run and attempt), then cut to the `limits.runs` most recent runs of each workflow
 * and to the `limits.tests` tests seen most recently. Merging the same window again changes
 * nothing.
 */
function mergeHistory(previous, window, limits) {
    const byKey = new Map();
    for (const run of [...previous.runs, ...window]) {
        byKey.set(runKey(run), { ...run, failed: sortedOutcomes(run.failed), flaky: sortedOutcomes(run.flaky) });
    }
    const keptRunIds = new Map();
    const runs = [];
    for (const run of [...byKey.values()].sort(newestFirst)) {
        const ids = keptRunIds.get(run.workflow) ?? new Set();
        keptRunIds.set(run.workflow, ids);
        if (!ids.has(run.runId)) {
            if (ids.size >= limits.runs)
                continue;
            ids.add(run.runId);
        }
        runs.push(run);
    }
    const kept = testsSeenMostRecently(runs, limits.tests);
    return {
        version: TEST_HISTORY_VERSION,
        runs: runs.map(run => ({
            ...run,
            failed: run.failed.filter(outcome => kept.has(testKey(run.workflow, outcome.test))),
            flaky: run.flaky.filter(outcome => kept.has(testKey(run.workflow, outcome.test)))
        }))
    };
}
function testKey(workflow, test) {
    return `${workflow}\n${test}`;
}
/** The `max` tests (per workflow) whose latest failure is newest; runs come newest first. */
function testsSeenMostRecently(runs, max) {
    const kept = new Set();
    for (const run of runs) {
        const tests = [...run.flaky, ...run.failed].map(outcome => testKey(run.workflow, outcome.test)).sort();
        for (const key of tests) {
            if (kept.size >= max)
                return kept;
            kept.add(key);
        }
    }
    return kept;
}
/**
 * One record per run, all its attempts together: a test that flaked in any attempt flaked in
 * the run, and only the tests that never flaked in it count as failed.
 */
function runsAsOne(runs) {
    const byRun = new Map();
    for (const run of runs) {
        const key = `${run.workflow}\n${run.runId}`;
        byRun.set(key, [...(byRun.get(key) ?? []), run]);
    }
    return [...byRun.values()]
        .map(records => {
        const latest = records.reduce((a, b) => (b.attempt > a.attempt ? b : a));
        const flaky = records.flatMap(record => record.flaky);
        const flakyTests = new Set(flaky.map(outcome => outcome.test));
        const failed = records.flatMap(record => record.failed).filter(outcome => !flakyTests.has(outcome.test));
        return { ...latest, flaky, failed };
    })
        .sort(newestFirst);
}
/** Tests that flaked at least once, most flakes first, then the most recent. */
function flakyTests(history) {
    const runs = runsAsOne(history.runs);
    const runsPerWorkflow = new Map();
    for (const run of runs)
        runsPerWorkflow.set(run.workflow, (runsPerWorkflow.get(run.workflow) ?? 0) + 1);
    const rows = new Map();
    const affected = new Map();
    for (const run of runs) {
        for (const outcome of [...run.flaky, ...run.failed]) {
            const key = testKey(run.workflow, outcome.test);
            affected.set(key, (affected.get(key) ?? new Set()).add(run.runId));
        }
        const flakedHere = new Set();
        for (const outcome of run.flaky) {
            const key = testKey(run.workflow, outcome.test);
            const row = rows.get(key) ?? {
                test: outcome.test,
                workflow: run.workflow,
                flakes: 0,
                runsAffected: 0,
                runs: runsPerWorkflow.get(run.workflow) ?? 0,
                flakeRate: 0,
                firstSeen: run.at,
                lastSeen: run.at,
                jobs: [],
                flakyRuns: []
            };
            rows.set(key, row);
            if (!row.jobs.includes(outcome.job))
                row.jobs.push(outcome.job);
            if (flakedHere.has(key))
                continue;
            flakedHere.add(key);
            row.flakes += 1;
            row.flakyRuns.push({ runId: run.runId, attempt: run.attempt, at: run.at, job: outcome.job });
            if (run.at < row.firstSeen)
                row.firstSeen = run.at;
            if (run.at > row.lastSeen)
                row.lastSeen = run.at;
        }
    }
    return [...rows.entries()]
        .map(([key, row]) => ({
        ...row,
        runsAffected: affected.get(key)?.size ?? row.flakes,
        flakeRate: row.runs === 0 ? 0 : row.flakes / row.runs,
        jobs: [...row.jobs].sort()
    }))
        .sort((a, b) => b.flakes - a.flakes ||
        b.lastSeen.localeCompare(a.lastSeen) ||
        a.workflow.localeCompare(b.workflow) ||
        a.test.localeCompare(b.test));
}
/** Flakes of `test` from `since` on. */
function flakesSince(test, since) {
    return test.flakyRuns.filter(run => Date.parse(run.at) >= since.getTime()).length;
}
/** Flakes per day (UTC), oldest first, every day from the first flake to the last one. */
function flakesPerDay(tests) {
    const counts = new Map();
    for (const test of tests)
        for (const run of test.flakyRuns) {
            const day = run.at.slice(0, 10);
            counts.set(day, (counts.get(day) ?? 0) + 1);
        }
    const days = [...counts.keys()].sort();
    if (days.length === 0)
        return [];
    const series = [];
    const last = Date.parse(`${days.at(-1)}T00:00:00Z`);
    for (let time = Date.parse(`${days[0]}T00:00:00Z`); time <= last; time += 86_400_000) {
        const day = new Date(time).toISOString().slice(0, 10);
        series.push({ day, flakes: counts.get(day) ?? 0 });
    }
    return series;
}
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function shownText(text, max) {
    return (0,console/* oneLine */.T)((0,redact/* redactSecrets */.fp)(text)).slice(0, max);
}
function parseOutcomes(value) {
    if (!Array.isArray(value) || value.length > MAX_RUN_TESTS)
        return null;
    const outcomes = [];
    for (const item of value) {
        if (!isRecord(item) || typeof item.test !== 'string' || typeof item.job !== 'string')
            return null;
        if (item.test.length === 0 || item.test.length > MAX_NAME_CHARS || item.job.length > MAX_JOB_CHARS)
            return null;
        outcomes.push({ test: shownText(item.test, MAX_NAME_CHARS), job: shownText(item.job, MAX_JOB_CHARS) });
    }
    return outcomes;
}
function parseRun(value) {
    if (!isRecord(value))
        return null;
    const { workflow, runId, attempt, at } = value;
    if (typeof workflow !== 'string' || workflow.length === 0 || workflow.length > MAX_NAME_CHARS)
        return null;
    if (typeof runId !== 'number' || !Number.isSafeInteger(runId) || runId <= 0)
        return null;
    if (typeof attempt !== 'number' || !Number.isInteger(attempt) || attempt < 1 || attempt > 1000)
        return null;
    if (typeof at !== 'string' || !ISO_TIME.test(at) || Number.isNaN(Date.parse(at)))
        return null;
    const failed = parseOutcomes(value.failed);
    const flaky = parseOutcomes(value.flaky);
    if (!failed || !flaky)
        return null;
    return { workflow: shownText(workflow, MAX_NAME_CHARS), runId, attempt, at, failed, flaky };
}
/**
 * The history a previous report carried. That report is an artifact anyone who can run a
 * workflow may have replaced, so it is held to the shape and size this code writes, and its
 * text is redacted again; anything else makes the whole history unusable (never half-read).
 */
function parseTestHistory(value) {
    if (!isRecord(value))
        return { problem: 'the test history is not an object' };
    if (value.version !== TEST_HISTORY_VERSION)
        return { problem: `the test history has version ${JSON.stringify(value.version)}, not 1` };
    if (!Array.isArray(value.runs))
        return { problem: 'the test history has no list of runs' };
    if (value.runs.length > MAX_STORED_RUNS)
        return { problem: `the test history holds ${value.runs.length} runs, more than ${MAX_STORED_RUNS}` };
    const runs = [];
    for (const [index, item] of value.runs.entries()) {
        const run = parseRun(item);
        if (!run)
            return { problem: `run ${index + 1} of the test history is malformed` };
        runs.push(run);
    }
    return { history: { version: TEST_HISTORY_VERSION, runs } };
}

;// CONCATENATED MODULE: ./src/health/quarantine.ts



const quarantine_DAY_MS = 86_400_000;
/** The window `quarantine-after` counts flakes in. */
const QUARANTINE_WINDOW_DAYS = 7;
const MAX_FLAKES_LISTED = 20;
/** The section triage adds occurrences to (src/triage/issues.ts addOccurrence): kept on updates. */
const OCCURRENCES_HEADING = '### Occurrences';
const cell = (text) => (0,markdown/* codeCell */.MZ)((0,markdown/* truncate */.xv)(text, 200));
function quarantineTitle(test) {
    return (0,markdown/* issueTitle */.al)([`Flaky test: ${(0,markdown/* truncate */.xv)(test.test, 150)} (${test.workflow})`]);
}
/** The issue of a flaky test; `repositoryUrl` links its runs (null: no links). */
function renderQuarantineIssue(test, settings, repositoryUrl) {
    const rows = test.flakyRuns
        .slice(0, MAX_FLAKES_LISTED)
        .map(run => `| ${(0,markdown/* markdownLink */.iQ)(`run ${run.runId}`, repositoryUrl && `${repositoryUrl}/actions/runs/${run.runId}`)} | ${run.attempt} | ${cell(run.at)} | ${cell(run.job)} |`);
    const body = [
        `## 🧪 Flaky test ${(0,markdown/* codeSpan */.SS)((0,markdown/* truncate */.xv)(test.test, 300))}`,
        '',
        `It failed and then passed (on a re-run, or in another run of the same commit) in ${test.flakes} of the last ${test.runs} runs of ${(0,markdown/* codeSpan */.SS)(test.workflow)} the health check recorded.`,
        '',
        '| | |',
        '|---|---|',
        `| Workflow file | ${cell(test.workflow)} |`,
        `| Flakes | ${test.flakes} (${Math.round(test.flakeRate * 100)}% of runs) |`,
        `| Runs affected | ${test.runsAffected} |`,
        `| First seen | ${cell(test.firstSeen)} |`,
        `| Last seen | ${cell(test.lastSeen)} |`,
        `| Jobs | ${test.jobs.map(job => (0,markdown/* escapeMarkdownInline */.E4)((0,markdown/* truncate */.xv)(job, 100))).join(', ')} |`,
        '',
        '### Flakes (newest first)',
        '',
        '| Run | Attempt | Created (UTC) | Job |',
        '|---|---|---|---|',
        ...rows,
        '',
        `_While this issue is open, a failure of this test alone is added here instead of opening a triage issue. Closed by the workflow health check after ${settings.quarantineClearDays} days without a flake._`,
        '',
        (0,src_triage/* quarantineMarkers */.oZ)({ workflow: test.workflow, test: test.test, lastFlakeAt: test.lastSeen })
    ].join('\n');
    return { title: quarantineTitle(test), body: (0,markdown/* capBody */.vE)(body) };
}
/** `body` with the occurrence section of `previous` (added by triage runs) carried over. */
function keepOccurrences(body, previous) {
    const at = previous.indexOf(`\n${OCCURRENCES_HEADING}\n`);
    return at < 0 ? body : (0,markdown/* capBody */.vE)(`${body}\n${previous.slice(at)}`);
}
/**
 * The writes that bring the quarantine issues in line with the history: open (or reopen)
 * the issue of a test that flaked often enough in the last 7 days, update an open one whose
 * flakes changed, close an open one whose test has not flaked for the quiet period. Nothing
 * when quarantine is off.
 */
function planQuarantine(tests, existing, settings, now, repositoryUrl) {
    if (settings.quarantineAfter === 0)
        return [];
    const byMarker = (0,markdown/* issuesByMarker */.qb)(existing, src_triage/* QUARANTINE_MARKER */.Mp);
    const actions = [];
    const since = new Date(now.getTime() - QUARANTINE_WINDOW_DAYS * quarantine_DAY_MS);
    const seen = new Set();
    for (const test of tests) {
        const id = (0,src_triage/* quarantineId */.Ih)(test.workflow, test.test);
        seen.add(id);
        const issue = byMarker.get(id);
        const isQuiet = quiet(test.lastSeen, settings, now);
        const often = flakesSince(test, since) >= settings.quarantineAfter && !isQuiet;
        if (issue?.state === 'open' && isQuiet) {
            actions.push(closeAction(issue, test.test, test.workflow, settings));
            continue;
        }
        if (issue?.state !== 'open' && !often)
            continue;
        const { title, body: rendered } = renderQuarantineIssue(test, settings, repositoryUrl);
        const body = issue ? keepOccurrences(rendered, issue.body) : rendered;
        if (!issue)
            actions.push({ kind: 'open', test: test.test, workflow: test.workflow, title, body });
        else if (issue.state === 'closed' || issue.body !== body || issue.title !== title)
            actions.push({
                kind: 'update',
                test: test.test,
                workflow: test.workflow,
                issue,
                title,
                body,
                reopen: issue.state === 'closed'
            });
    }
    // An open issue whose test left the history: its own record of the last flake decides.
    for (const [id, issue] of byMarker) {
        if (seen.has(id) || issue.state !== 'open')
            continue;
        const quarantined = (0,src_triage/* quarantinedTestOf */.Qy)(issue.body);
        if (quarantined && quiet(quarantined.lastFlakeAt, settings, now))
            actions.push(closeAction(issue, quarantined.test, quarantined.workflow, settings));
    }
    return actions;
}
function quiet(lastFlakeAt, settings, now) {
    return now.getTime() - Date.parse(lastFlakeAt) >= settings.quarantineClearDays * quarantine_DAY_MS;
}
function closeAction(issue, test, workflow, settings) {
    return {
        kind: 'close',
        test,
        workflow,
        issue,
        comment: `### ✅ No flake in ${settings.quarantineClearDays} days\n\nClosing this issue; the health check reopens it if the test flakes often again.`
    };
}

// EXTERNAL MODULE: ./src/classify/extract.ts + 1 modules
var extract = __webpack_require__(6487);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/health/run-tests.ts
/**
 * Flaky or failed, for one run (pure). A test that failed in a job is flaky in that run when
 * the same job passed on a later attempt, or when another run of the same workflow at the
 * same commit passed: a passing job ran the test and it passed, so no green job's log is read.
 */

/** Earlier attempts read besides the latest: a run re-run more often is read from its last tries. */
const MAX_EARLIER_ATTEMPTS = 2;
function isFailedJob(job) {
    return job.conclusion === 'failure' || job.conclusion === 'timed_out';
}
/**
 * The attempts whose jobs tell which tests failed: none for a run that passed at once; the
 * earlier attempts of a run that passed on a re-run (its latest attempt passed whole); the
 * latest and the earlier ones of a run that did not pass.
 */
function attemptsToRead(run) {
    const latest = run.runAttempt;
    const earlier = [];
    for (let attempt = Math.max(1, latest - MAX_EARLIER_ATTEMPTS); attempt < latest; attempt++)
        earlier.push(attempt);
    if (run.conclusion === 'success')
        return earlier;
    return (0,types/* isFailedConclusion */.Bn)(run.conclusion) || earlier.length > 0 ? [...earlier, latest] : [];
}
/**
 * The run's history record from the jobs of the attempts read. `commitPassed`: another run
 * of the workflow at the run's commit passed.
 */
function testsOfRun(run, attempts, commitPassed) {
    /** The latest attempt in which each job passed; a run that passed passed every job at its latest. */
    const passedAt = new Map();
    for (const { attempt, jobs } of attempts)
        for (const job of jobs)
            if (job.conclusion === 'success')
                passedAt.set(job.name, Math.max(attempt, passedAt.get(job.name) ?? 0));
    const passedLater = (job, attempt) => (run.conclusion === 'success' && attempt < run.attempt) || (passedAt.get(job) ?? 0) > attempt;
    const flaky = [];
    const failed = [];
    for (const { attempt, jobs } of attempts)
        for (const job of jobs) {
            if (!isFailedJob(job))
                continue;
            const into = commitPassed || passedLater(job.name, attempt) ? flaky : failed;
            for (const test of job.tests)
                into.push({ test, job: job.name });
        }
    const flakyTests = new Set(flaky.map(outcome => outcome.test));
    return {
        workflow: run.workflow,
        runId: run.runId,
        attempt: run.attempt,
        at: run.at,
        flaky,
        failed: failed.filter(outcome => !flakyTests.has(outcome.test))
    };
}
/**
 * Run ids whose commit passed in another run of the same workflow: their failing tests are
 * flaky. The runs are the repository's own (a fork's green run says nothing of our commit).
 */
function commitsPassedElsewhere(runs) {
    const passed = new Map();
    for (const run of runs) {
        if (run.conclusion !== 'success')
            continue;
        const key = `${run.workflowId}\n${run.headSha}`;
        passed.set(key, (passed.get(key) ?? new Set()).add(run.id));
    }
    const result = new Set();
    for (const run of runs) {
        const green = passed.get(`${run.workflowId}\n${run.headSha}`);
        if (green && [...green].some(id => id !== run.id))
            result.add(run.id);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/health/test-reads.ts
/**
 * Reads the failing tests of the health check's window (shell): the jobs of the attempts
 * that failed, and the log tail of each failed job, within the check's request budget. A
 * run already in the stored history (same run and attempt) is not read again, and a run the
 * budget cannot finish is left for the next check rather than recorded half-read.
 */





/** Failed jobs whose logs are read per run: the rest of a run that broke everywhere adds little. */
const MAX_LOGS_PER_RUN = 5;
/** A job log costs the API request and the download of the blob it redirects to. */
const LOG_COST = 2;
const MAX_LOG_BYTES = 256 * 1024;
/** Runs read at once. */
const CONCURRENT_RUNS = 4;
/**
 * The test records of `runs` (the repository's own, the window of every scored workflow).
 * `known`: keys of records the stored history has; `reserve`: requests kept for what follows.
 */
async function readWindowTests(gateway, runs, known, budget, reserve) {
    const commitPassed = commitsPassedElsewhere(runs);
    const result = { runs: [], unread: 0, failed: [] };
    const toRead = [];
    for (const run of runs) {
        const record = { workflow: run.path, runId: run.id, attempt: run.runAttempt, at: run.createdAt };
        if (known.has(runKey(record)))
            continue;
        if (attemptsToRead(run).length === 0)
            result.runs.push({ ...record, failed: [], flaky: [] });
        else
            toRead.push(run);
    }
    // Requests promised to reads in flight: the live counter only sees those already sent.
    let promised = 0;
    const claim = (cost) => {
        if (!budget.affords(promised + cost, reserve))
            return false;
        promised += cost;
        return true;
    };
    const readOne = async (run) => {
        const attempts = attemptsToRead(run);
        if (!claim(attempts.length))
            return null;
        let jobs;
        try {
            jobs = await (0,github_reads/* allReads */.R)(attempts.map(attempt => gateway.jobsForAttempt(run.id, attempt)));
        }
        finally {
            promised -= attempts.length;
        }
        const failedJobs = jobs.flatMap(list => list.filter(isFailedJob)).slice(0, MAX_LOGS_PER_RUN);
        const logCost = failedJobs.length * LOG_COST;
        if (!claim(logCost))
            return null;
        let logs;
        try {
            logs = await Promise.all(failedJobs.map(job => gateway.logTail(job.id, MAX_LOG_BYTES)));
        }
        finally {
            promised -= logCost;
        }
        const testsOfJob = new Map();
        failedJobs.forEach((job, index) => {
            const log = logs[index];
            if (!log.ok)
                return;
            const excerpt = (0,extract.extractExcerptFromText)(log.tail.text, { startsMidway: log.tail.truncated });
            testsOfJob.set(job.id, [...new Set(excerpt.failingTests.tests.map(src_triage/* testId */.ec))]);
        });
        const attemptJobs = attempts.map((attempt, index) => ({
            attempt,
            jobs: jobs[index].map(job => ({
                name: job.name,
                conclusion: job.conclusion,
                tests: testsOfJob.get(job.id) ?? []
            }))
        }));
        return testsOfRun({
            workflow: run.path,
            runId: run.id,
            attempt: run.runAttempt,
            at: run.createdAt,
            conclusion: run.conclusion
        }, attemptJobs, commitPassed.has(run.id));
    };
    for (let start = 0; start < toRead.length; start += CONCURRENT_RUNS) {
        const batch = toRead.slice(start, start + CONCURRENT_RUNS);
        const reads = await Promise.all(batch.map(run => (0,github_reads/* settle */.G)(readOne(run))));
        reads.forEach((read, index) => {
            if ('error' in read)
                result.failed.push({ runId: batch[index].id, error: read.error });
            else if (read.value === null)
                result.unread += 1;
            else
                result.runs.push(read.value);
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/health/flaky-tests.ts







/** Requests kept from the reads for the quarantine issue listing and a few of its writes. */
const QUARANTINE_RESERVE = 4;
async function flakyTestPhase(context) {
    const { gateway, policy, requests } = context;
    const repo = `${gateway.owner}/${gateway.repo}`;
    const quarantining = context.createIssues && policy.flakyTests.quarantineAfter > 0;
    const known = new Set(context.previous.runs.map(runKey));
    const read = await readWindowTests(gateway, context.runs, known, requests, quarantining ? QUARANTINE_RESERVE : 0);
    if (read.unread > 0)
        context.budgetNotes.push(`${repo}: the failing tests of ${read.unread} failed run(s) were left unread for the next run (API request budget)`);
    if (read.failed.length > 0)
        context.warnings.push(`${repo}: the failing tests of ${read.failed.length} run(s) could not be read: run ${read.failed[0].runId}: ${(0,github_errors/* describeError */.U)(read.failed[0].error)}`);
    const history = mergeHistory(context.previous, read.runs, {
        runs: policy.flakyTests.historyRuns,
        tests: policy.flakyTests.historyTests
    });
    const flaky = flakyTests(history);
    const quarantine = quarantining ? await syncQuarantine(context, flaky, repo) : [];
    return {
        flaky: flaky.slice(0, health_report.MAX_FLAKY_ROWS).map(({ flakyRuns: _runs, ...row }) => row),
        flakesPerDay: flakesPerDay(flaky),
        runsRead: read.runs.filter(run => run.failed.length + run.flaky.length > 0).length,
        history,
        quarantine
    };
}
async function syncQuarantine(context, flaky, repo) {
    const { gateway, requests } = context;
    if (!requests.affords(1)) {
        context.budgetNotes.push(`${repo}: quarantine issues were left for the next run (API request budget)`);
        return [];
    }
    let existing;
    try {
        existing = await gateway.issuesWithLabel(src_triage/* QUARANTINE_LABEL */.Y1, 'all', 200);
    }
    catch (error) {
        context.warnings.push(`${repo}: quarantine issues were not updated: ${(0,github_errors/* describeError */.U)(error)}`);
        return [];
    }
    const repositoryUrl = context.runs.map(run => (0,src_triage/* repositoryUrlOfRun */.SQ)(run.htmlUrl)).find(url => url) ?? null;
    const actions = planQuarantine(flaky, existing, context.policy.flakyTests, context.now, repositoryUrl);
    const touched = [];
    const writer = context.writes.writer(context.defaultBranch);
    try {
        for (const [index, action] of actions.entries()) {
            // A close is a comment and the close: never leave the comment without the close.
            const needed = action.kind === 'close' ? 2 : 1;
            if (!requests.affords(needed) || context.writes.remaining < needed) {
                context.budgetNotes.push(`${repo}: ${actions.length - index} quarantine issue update(s) left for the next run`);
                break;
            }
            try {
                const issue = await applyQuarantineAction(gateway, writer, action);
                if (issue)
                    touched.push({ ...issue, test: action.test, workflow: action.workflow, action: touchedAs(action) });
            }
            catch (error) {
                context.warnings.push(`Quarantine issue for ${action.test}: ${(0,github_errors/* describeError */.U)(error)}`);
            }
        }
    }
    finally {
        context.writes.settle(writer);
    }
    return touched;
}
function touchedAs(action) {
    if (action.kind === 'open')
        return 'opened';
    if (action.kind === 'close')
        return 'closed';
    return action.reopen ? 'reopened' : 'updated';
}
async function applyQuarantineAction(gateway, writer, action) {
    switch (action.kind) {
        case 'open': {
            const created = await writer.write({ kind: 'create-issue', title: action.title }, `issue: ${action.title}`, {}, () => gateway.createIssue({
                title: (0,redact/* redactSecrets */.fp)(action.title),
                body: (0,redact/* redactSecrets */.fp)(action.body),
                labels: [src_triage/* QUARANTINE_LABEL */.Y1],
                assignees: []
            }), issue => `opened #${issue.number}`);
            return created && { number: created.number, url: created.htmlUrl };
        }
        case 'update': {
            const { issue } = action;
            const updated = await writer.write({ kind: 'update-issue', issueNumber: issue.number }, `issue #${issue.number}`, {}, () => gateway.updateIssue(issue.number, {
                title: (0,redact/* redactSecrets */.fp)(action.title),
                body: (0,redact/* redactSecrets */.fp)(action.body),
                state: 'open'
            }), () => (action.reopen ? 'reopened: the test flakes often again' : 'updated with the latest flakes'));
            return updated && { number: issue.number, url: issue.htmlUrl };
        }
        case 'close': {
            const { issue } = action;
            const commented = await writer.write({ kind: 'comment', issueNumber: issue.number }, `issue #${issue.number}`, {}, () => gateway.comment(issue.number, action.comment));
            if (!commented)
                return null;
            const closed = await writer.write({ kind: 'close-issue', issueNumber: issue.number }, `issue #${issue.number}`, {}, () => gateway.updateIssue(issue.number, { state: 'closed', stateReason: 'completed' }));
            return closed && { number: issue.number, url: issue.htmlUrl };
        }
    }
}

;// CONCATENATED MODULE: ./src/health/history-artifact.ts
/**
 * The test history the previous health report carried: the report artifact of the check's
 * own workflow. That artifact is untrusted input (any workflow of the repository may upload
 * an artifact of that name), so only the history fields are read, each held to the shape and
 * size this code writes; a history that is not is ignored with a warning, never half-used.
 */




/** The report file the history is read from, inside the artifact. */
const REPORT_FILE = 'health-report.json';
/** A report larger than this is not one the check wrote (the history is bounded well below it). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
const REPORT_LIMITS = {
    maxZipBytes: 16 * 1024 * 1024,
    maxEntries: 20,
    maxFileBytes: MAX_REPORT_BYTES,
    maxTotalBytes: MAX_REPORT_BYTES,
    fileNames: [REPORT_FILE]
};
/** Newest artifacts of the report's name looked at: another workflow may upload one of that name. */
const CANDIDATES = 3;
/** The listing, a candidate's run (when the check has not listed it), and the download with its blob. */
const HISTORY_READ_COST = 4;
const MAX_REPOSITORIES = 100;
/** Each repository's history (key: `owner/name` in lower case), and what could not be used. */
function historiesOfReport(text) {
    const histories = new Map();
    let report;
    try {
        report = JSON.parse(text);
    }
    catch {
        return { histories, problems: ['the previous health report is not JSON'] };
    }
    const repositories = report?.repositories;
    if (!Array.isArray(repositories) || repositories.length > MAX_REPOSITORIES)
        return { histories, problems: ['the previous health report has no list of repositories'] };
    const problems = [];
    for (const repository of repositories) {
        const { repo, tests } = (repository ?? {});
        if (typeof repo !== 'string' || !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repo))
            continue;
        if (tests === undefined)
            continue;
        const parsed = parseTestHistory(tests?.history);
        if ('problem' in parsed)
            problems.push(`${repo}: ${parsed.problem}`);
        else
            histories.set(repo.toLowerCase(), parsed.history);
    }
    return { histories, problems };
}
/**
 * The histories of the newest report artifact that the check's own workflow uploaded in this
 * repository. None on a first check, without the workflow's path (the CLI), when reports are
 * not uploaded (nothing would carry the history on), or when the budget is too small.
 */
async function previousTestHistories(deps, state, 
/** Requests kept for the checks that follow. */
reserve, 
/** Runs the check has listed already (its own workflow's among them): no request to look them up. */
listedRuns = []) {
    const { gateway, options } = deps;
    const self = deps.selfWorkflowPath;
    if (!self || !options.uploadReport)
        return new Map();
    if (!state.requests.affords(HISTORY_READ_COST, reserve)) {
        state.budgetNotes.push('The previous test history was not read (API request budget)');
        return new Map();
    }
    const repository = `${gateway.owner}/${gateway.repo}`;
    try {
        const listed = await gateway.artifactsNamed(options.reportName, CANDIDATES);
        for (const artifact of listed) {
            if (artifact.expired || !artifact.workflowRun)
                continue;
            const runId = artifact.workflowRun.id;
            const run = listedRuns.find(listed => listed.id === runId) ?? (await gateway.run(runId));
            if (run.path !== self || (0,provenance/* isFromOtherRepository */.f)(run, repository))
                continue;
            const read = await gateway.artifactFiles(artifact, REPORT_LIMITS);
            const file = read.ok ? read.files.find(entry => external_node_path_.posix.basename(entry.path) === REPORT_FILE) : undefined;
            if (!file) {
                const why = read.ok ? `it holds no ${REPORT_FILE}` : read.detail;
                state.warnings.push(`The previous health report could not be read (${why}): the test history starts again`);
                return new Map();
            }
            const { histories, problems } = historiesOfReport(file.text);
            for (const problem of problems)
                state.warnings.push(`The test history of the previous report was ignored: ${problem}`);
            deps.log(`Test history: read from the report of run ${run.id}`);
            return histories;
        }
        return new Map();
    }
    catch (error) {
        state.warnings.push(`The previous health report could not be read: ${(0,github_errors/* describeError */.U)(error)}`);
        return new Map();
    }
}

// EXTERNAL MODULE: ./src/config/policy.ts
var policy = __webpack_require__(9706);
;// CONCATENATED MODULE: ./src/health/score.ts



const HEALTH_STATUSES = (/* unused pure expression or super */ null && (['critical', 'degraded', 'warning', 'healthy', 'no-data']));
const DEFAULT_RUN_WINDOW = 10;
/** Fewer counted runs than this says nothing about a workflow's health. */
const MIN_COUNTED_RUNS = 3;
/** A workflow whose recent successful runs take over this multiple of the earlier ones is slow. */
const SLOW_TREND_RATIO = 2;
const TREND_GROUP = 5;
/** The earlier trend group may be partial, but a median of one or two runs is noise. */
const MIN_TREND_PREVIOUS = 3;
function isFailedRun(run) {
    return (0,types/* isFailedConclusion */.Bn)(run.conclusion);
}
function isCounted(run) {
    return run.conclusion === 'success' || isFailedRun(run);
}
function secondsBetween(from, to) {
    if (from === null || to === null)
        return null;
    const seconds = (Date.parse(to) - Date.parse(from)) / 1000;
    return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
function median(values) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** Nearest-rank percentile: always a value that was observed. */
function percentile(values, p) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}
function runDuration(run) {
    return secondsBetween(run.runStartedAt, run.updatedAt);
}
function countRuns(runs) {
    const count = (predicate) => runs.filter(predicate).length;
    const success = count(run => run.conclusion === 'success');
    const failure = count(isFailedRun);
    return {
        success,
        failure,
        cancelled: count(run => run.conclusion === 'cancelled'),
        skipped: count(run => run.conclusion === 'skipped'),
        actionRequired: count(run => run.conclusion === 'action_required'),
        counted: success + failure
    };
}
function percent(part, whole) {
    return `${Math.round((100 * part) / whole)}% (${part} of ${whole})`;
}
/**
 * DESIGN 7 status, first match wins. Rates are compared as integer products so that
 * 2 of 10 is exactly 20%, never 0.19999.
 */
function statusOf(counted) {
    const total = counted.length;
    if (total < MIN_COUNTED_RUNS) {
        return {
            status: 'no-data',
            reason: `${total} counted run${total === 1 ? '' : 's'} (${MIN_COUNTED_RUNS} needed)`
        };
    }
    const failures = counted.filter(isFailedRun).length;
    const rate = `failure rate ${percent(failures, total)}`;
    const newestFailed = (k) => counted.slice(0, k).every(isFailedRun);
    const levels = [
        {
            status: 'critical',
            reasons: [
                [newestFailed(3), '3 most recent runs failed'],
                [failures * 2 > total, rate]
            ]
        },
        {
            status: 'degraded',
            reasons: [
                [newestFailed(2), '2 most recent runs failed'],
                [failures * 5 > total * 2, rate]
            ]
        },
        {
            status: 'warning',
            reasons: [
                [counted.slice(0, 3).some(isFailedRun), 'a failure among the 3 most recent runs'],
                [failures * 5 >= total, rate]
            ]
        }
    ];
    for (const level of levels) {
        const held = level.reasons.filter(([holds]) => holds).map(([, words]) => words);
        if (held.length > 0)
            return { status: level.status, reason: held.join('; ') };
    }
    return {
        status: 'healthy',
        reason: failures === 0 ? `all ${total} runs passed` : `${total - failures} of ${total} runs passed`
    };
}
/** Success rate weighted by recency: the newest counted run weighs N, the oldest 1. */
function recencyWeightedScore(counted) {
    const n = counted.length;
    let earned = 0;
    let possible = 0;
    counted.forEach((run, index) => {
        const weight = n - index;
        possible += weight;
        if (run.conclusion === 'success')
            earned += weight;
    });
    return Math.round((100 * earned) / possible);
}
function durationTrend(successDurations) {
    const recent = successDurations.slice(0, TREND_GROUP);
    const previous = successDurations.slice(TREND_GROUP, 2 * TREND_GROUP);
    if (recent.length < TREND_GROUP || previous.length < MIN_TREND_PREVIOUS)
        return null;
    const recentMedianSeconds = median(recent);
    const previousMedianSeconds = median(previous);
    if (previousMedianSeconds === 0)
        return null;
    const ratio = recentMedianSeconds / previousMedianSeconds;
    return { recentMedianSeconds, previousMedianSeconds, ratio, slow: ratio > SLOW_TREND_RATIO };
}
/** Successes after a re-run, and successes of a commit that also failed (DESIGN 2 "flaky"). */
function flakyRunIds(runs) {
    const failedShas = new Set(runs.filter(isFailedRun).map(run => run.headSha));
    return runs
        .filter(run => run.conclusion === 'success' && (run.runAttempt > 1 || failedShas.has(run.headSha)))
        .map(run => run.id);
}
function consecutiveFailures(counted) {
    const firstSuccess = counted.findIndex(run => run.conclusion === 'success');
    return firstSuccess === -1 ? counted.length : firstSuccess;
}
/**
 * Minutes from the first failure of each streak to the success that ended it, measured
 * from when each run completed: the failure was visible then, and the fix was proven then.
 */
function timeToRepair(counted) {
    const repairs = [];
    let brokenSince = null;
    for (const run of [...counted].reverse()) {
        if (isFailedRun(run)) {
            brokenSince ??= run.updatedAt;
        }
        else if (brokenSince !== null) {
            const seconds = secondsBetween(brokenSince, run.updatedAt);
            if (seconds !== null)
                repairs.push(seconds / 60);
            brokenSince = null;
        }
    }
    if (repairs.length === 0)
        return null;
    const mean = repairs.reduce((sum, minutes) => sum + minutes, 0) / repairs.length;
    return {
        repairs: repairs.length,
        meanMinutes: Math.round(mean),
        lastMinutes: Math.round(repairs[repairs.length - 1])
    };
}
function brokenForMinutes(counted, now) {
    const streak = consecutiveFailures(counted);
    if (streak === 0)
        return null;
    const seconds = secondsBetween(counted[streak - 1].updatedAt, now.toISOString());
    return seconds === null ? null : Math.round(seconds / 60);
}
function sampleOf(run) {
    return {
        id: run.id,
        conclusion: run.conclusion,
        runAttempt: run.runAttempt,
        headBranch: run.headBranch,
        createdAt: run.createdAt,
        durationSeconds: runDuration(run),
        htmlUrl: run.htmlUrl
    };
}
function scoreWorkflow(input) {
    const window = input.runs.filter(run => run.status === 'completed').slice(0, input.n ?? DEFAULT_RUN_WINDOW);
    const counted = window.filter(isCounted);
    const { status, reason } = statusOf(counted);
    const successes = window.filter(run => run.conclusion === 'success');
    const successDurations = successes.map(runDuration).filter(seconds => seconds !== null);
    const queueTimes = window
        .map(run => secondsBetween(run.createdAt, run.runStartedAt))
        .filter(seconds => seconds !== null);
    const counts = countRuns(window);
    return {
        workflow: input.workflow,
        status,
        reason,
        score: status === 'no-data' ? null : recencyWeightedScore(counted),
        successRate: counts.counted === 0 ? null : counts.success / counts.counted,
        counts,
        usedFallbackBranch: input.usedFallbackBranch ?? false,
        durationMedianSeconds: median(successDurations),
        durationP95Seconds: percentile(successDurations, 95),
        trend: durationTrend(successDurations),
        queueMedianSeconds: median(queueTimes),
        flakyRunIds: flakyRunIds(window),
        consecutiveFailures: consecutiveFailures(counted),
        timeToRepair: timeToRepair(counted),
        brokenForMinutes: brokenForMinutes(counted, input.now),
        lastSuccessAt: successes[0]?.updatedAt ?? null,
        recentRuns: window.map(sampleOf)
    };
}
const STUCK_STATUSES = new Set(['queued', 'in_progress']);
/** Runs queued or in progress for over `hours` (DESIGN 7). */
function findStuckRuns(runs, now, hours = 6) {
    const stuck = [];
    for (const run of runs) {
        if (!STUCK_STATUSES.has(run.status))
            continue;
        const since = run.status === 'in_progress' ? (run.runStartedAt ?? run.createdAt) : run.createdAt;
        const seconds = secondsBetween(since, now.toISOString());
        if (seconds === null || seconds <= hours * 3600)
            continue;
        stuck.push({
            id: run.id,
            workflowId: run.workflowId,
            name: run.name,
            path: run.path,
            status: run.status,
            since,
            hours: Math.round((seconds / 3600) * 10) / 10,
            htmlUrl: run.htmlUrl
        });
    }
    return stuck;
}
const score_DAY_MS = 24 * 3600 * 1000;
function workflowAlerts(health, thresholds) {
    const { name, path } = health.workflow;
    const alerts = [];
    if (health.status !== 'no-data' &&
        health.successRate !== null &&
        health.successRate * 100 < thresholds.minSuccessRatePercent) {
        alerts.push({
            id: `success-rate:${path}`,
            level: health.status === 'critical' ? 'critical' : 'warning',
            message: `${name}: success rate ${Math.round(health.successRate * 100)}% is below ${thresholds.minSuccessRatePercent}%`,
            workflow: path
        });
    }
    const repair = health.timeToRepair;
    if (repair !== null && repair.meanMinutes > thresholds.maxTimeToRepairMinutes) {
        alerts.push({
            id: `time-to-repair:${path}`,
            level: 'warning',
            message: `${name}: mean time to repair ${(0,format/* formatDuration */.a)(repair.meanMinutes * 60)} is over ${(0,format/* formatDuration */.a)(thresholds.maxTimeToRepairMinutes * 60)}`,
            workflow: path
        });
    }
    if (health.workflow.state === 'disabled_inactivity') {
        alerts.push({
            id: `disabled-inactivity:${path}`,
            level: 'notice',
            message: `${name} was disabled by GitHub for inactivity; re-enable it if its schedule still matters`,
            workflow: path
        });
    }
    return alerts;
}
function groupByPath(runs) {
    const groups = new Map();
    for (const run of runs)
        groups.set(run.path, [...(groups.get(run.path) ?? []), run]);
    return groups;
}
function recentFailureAlerts(runs, now, nameOf, failuresIn24h) {
    const since = now.getTime() - score_DAY_MS;
    const failedToday = runs.filter(run => isFailedRun(run) && Date.parse(run.createdAt) >= since);
    return [...groupByPath(failedToday)]
        .filter(([, failed]) => failed.length >= failuresIn24h)
        .map(([path, failed]) => ({
        id: `failures-24h:${path}`,
        level: 'critical',
        message: `${nameOf(path, failed[0].name)} failed ${failed.length} times in the last 24 hours`,
        workflow: path
    }));
}
function approvalAlerts(runs, nameOf) {
    const waiting = runs.filter(run => run.conclusion === 'action_required');
    return [...groupByPath(waiting)].map(([path, awaiting]) => ({
        id: `awaiting-approval:${path}`,
        level: 'notice',
        message: `${nameOf(path, awaiting[0].name)}: ${awaiting.length} run${awaiting.length === 1 ? '' : 's'} awaiting approval (newest: ${awaiting[0].htmlUrl})`,
        workflow: path
    }));
}
function stuckAlert(run) {
    const state = run.status === 'queued' ? 'queued' : 'in progress';
    return {
        id: `stuck:${run.id}`,
        level: 'warning',
        message: `${run.name} run ${run.id} has been ${state} for ${run.hours} hours: ${run.htmlUrl}`,
        workflow: run.path
    };
}
const ALERT_ORDER = { critical: 0, warning: 1, notice: 2 };
/**
 * Repository alerts (DESIGN 7). `recentRuns` are the repository's recent runs of every
 * branch and state, newest first: the 24-hour failure count and approvals come from them.
 * The thresholds are the playbook's `alerts` settings.
 */
function repositoryAlerts(workflows, stuck, recentRuns, now, thresholds = policy/* DEFAULT_POLICY */.zj.alerts) {
    const names = new Map(workflows.map(health => [health.workflow.path, health.workflow.name]));
    const nameOf = (path, fallback) => names.get(path) ?? fallback;
    const alerts = [
        ...recentFailureAlerts(recentRuns, now, nameOf, thresholds.failuresIn24h),
        ...workflows.flatMap(health => workflowAlerts(health, thresholds)),
        ...stuck.map(stuckAlert),
        ...approvalAlerts(recentRuns, nameOf)
    ];
    // Stable sort: by level, keeping the kind order above within a level.
    return alerts.sort((a, b) => ALERT_ORDER[a.level] - ALERT_ORDER[b.level]);
}
/** Severity, worst first; no-data ranks below healthy because it says nothing bad. */
const STATUS_SEVERITY = {
    critical: 4,
    degraded: 3,
    warning: 2,
    healthy: 1,
    'no-data': 0
};
function worseStatus(a, b) {
    return STATUS_SEVERITY[b] > STATUS_SEVERITY[a] ? b : a;
}
/** The worst workflow status and the mean score of the workflows that have one. */
function overallStatus(workflows) {
    const status = workflows.map(health => health.status).reduce(worseStatus, 'no-data');
    const scores = workflows.map(health => health.score).filter(score => score !== null);
    const score = scores.length === 0 ? null : Math.round(scores.reduce((sum, value) => sum + value, 0) / scores.length);
    return { status, score };
}
/** The `fail-on` input: 1 when any workflow is at or worse than the threshold; no-data never fails. */
function exitCodeFor(failOn, workflows) {
    if (failOn === 'never')
        return 0;
    const threshold = STATUS_SEVERITY[failOn];
    return workflows.some(health => STATUS_SEVERITY[health.status] >= threshold) ? 1 : 0;
}

// EXTERNAL MODULE: ./src/safety/writer.ts
var writer = __webpack_require__(8979);
;// CONCATENATED MODULE: ./src/safety/budget.ts
/**
 * The write budget: how many write requests one action run may send (`max-writes`), and how the
 * health check hands what is left of it to each repository's writer in turn. Each write still
 * passes the safety gate (gate.ts) through a GatedWriter; this only counts.
 */

/** Results whose request was sent: they used the budget whether or not they succeeded. */
const SENT = new Set(['done', 'failed']);
function writesSent(records) {
    return records.filter(record => SENT.has(record.result)).length;
}
class WriteAllowance {
    max;
    base;
    /** The audit trail of every write considered, in order. */
    records = [];
    #settled = 0;
    #active = null;
    constructor(max, base) {
        this.max = max;
        this.base = base;
    }
    get used() {
        return this.#settled + (this.#active?.writesUsed ?? 0);
    }
    get remaining() {
        return Math.max(0, this.max - this.used);
    }
    /** A writer for one repository's writes, allowed what is left; settle it before the next one. */
    writer(defaultBranch) {
        if (this.#active)
            throw new Error('settle the previous writer first');
        this.#active = new writer/* GatedWriter */.b({ dryRun: this.base.dryRun, defaultBranch, branchPatterns: this.base.branchPatterns }, this.remaining);
        return this.#active;
    }
    settle(writer) {
        if (writer !== this.#active)
            throw new Error('not the active writer');
        this.#active = null;
        this.record(writer.records);
    }
    /** Writes made by a pipeline with a writer of its own (a triage run): counted and kept. */
    record(records) {
        this.records.push(...records);
        this.#settled += writesSent(records);
    }
}

;// CONCATENATED MODULE: ./src/health/main.ts


















/**
 * Auto-fix and triage-missed bring the whole triage pipeline, and lint brings GitHub's
 * workflow parser: both load on first use, so a plain check starts fast.
 */
const loadRemediation = () => __webpack_require__.e(/* import() */ 262).then(__webpack_require__.bind(__webpack_require__, 4262));
const loadLinter = () => Promise.all(/* import() */[__webpack_require__.e(657), __webpack_require__.e(177)]).then(__webpack_require__.bind(__webpack_require__, 9177));
/**
 * Requests a repository takes before anything can be scored: default branch, workflows,
 * 3 run listings, and the workflow file listing (reserved even when lint reads the checkout).
 */
const REPOSITORY_BASE_COST = 6;
/** The health-check pipeline (DESIGN 7): score, lint, prune, issues, remediation, for each repository. */
async function runHealthCheck(deps) {
    const { options, gateway, policy } = deps;
    const state = {
        requests: new RequestBudget(options.maxApiRequests, gateway.stats),
        writes: new WriteAllowance(policy.limits.maxWrites, {
            dryRun: options.dryRun,
            branchPatterns: policy.automation.branchPatterns
        }),
        budgetNotes: [],
        warnings: [],
        testHistories: new Map()
    };
    const errors = [];
    const repositories = [];
    let lintFindings = [];
    const own = `${gateway.owner}/${gateway.repo}`;
    const targets = [
        { gateway, local: true },
        ...[...new Set(options.repositories)]
            .filter(full => full.toLowerCase() !== own.toLowerCase())
            .map(full => {
            const [owner, repo] = full.split('/');
            return { gateway: gateway.forRepository(owner, repo), local: false };
        })
    ];
    for (const target of targets) {
        const name = `${target.gateway.owner}/${target.gateway.repo}`;
        if (!state.requests.affords(REPOSITORY_BASE_COST)) {
            state.budgetNotes.push(`${name} was left for the next run: ${state.requests.used} of ${options.maxApiRequests} API requests were used`);
            continue;
        }
        try {
            const result = await checkRepository(deps, state, target.gateway, target.local);
            repositories.push(result.report);
            if (target.local)
                lintFindings = result.localFindings;
        }
        catch (error) {
            errors.push(`${name}: ${(0,github_errors/* describeError */.U)(error)}`);
        }
    }
    if (!options.dryRun && state.writes.remaining === 0 && state.writes.max > 0)
        state.budgetNotes.push(`The write budget (${state.writes.max} writes) was used up; the rest waits for the next run`);
    const allWorkflows = repositories.flatMap(repository => repository.workflows);
    const overall = overallStatus(allWorkflows);
    const report = {
        schemaVersion: health_report.REPORT_SCHEMA_VERSION,
        generatedAt: deps.now.toISOString(),
        dryRun: options.dryRun,
        status: repositories.map(repository => repository.status).reduce(worseStatus, overall.status),
        score: overall.score,
        repositories,
        apiRequests: gateway.stats.requests,
        budget: {
            maxApiRequests: options.maxApiRequests,
            writes: state.writes.used,
            maxWrites: state.writes.max
        },
        budgetNotes: state.budgetNotes,
        errors,
        warnings: state.warnings
    };
    // Nothing could be checked at all: that is a failure of the action, not a healthy repository.
    const exitCode = repositories.length === 0 && errors.length > 0 ? 1 : exitCodeFor(options.failOn, allWorkflows);
    return { report, exitCode, lintFindings };
}
/** One repository, phase by phase: read, score, share the reads left, lint, write, triage the missed. */
async function checkRepository(deps, state, gateway, local) {
    const basics = await readBasics(deps, state, gateway, local);
    const scored = await scoreRepository(deps, state, gateway, basics);
    const { options } = deps;
    const plan = planReads(basics.repo, state.requests.remaining, {
        lintFiles: basics.lintSource?.kind === 'api' ? basics.lintSource.paths : null,
        maxLintFiles: MAX_LINT_FILES,
        issues: options.createIssues,
        prune: options.prune
    });
    state.budgetNotes.push(...plan.notes);
    const [findings, branchListing, existingIssues] = await Promise.all([
        lintRepository(state, gateway, basics, plan.shares.lintFiles),
        plan.shares.branchPages === null ? null : (0,github_reads/* settle */.G)(listBranches(gateway, plan.shares.branchPages)),
        plan.shares.issueListing ? (0,github_reads/* settle */.G)(gateway.issuesWithLabel(HEALTH_ISSUE_LABEL, 'all', 500)) : null
    ]);
    const written = await writePhase(deps, state, gateway, local, basics, scored.workflows, {
        branchListing,
        existingIssues
    });
    const remediations = [...written.remediations];
    if (options.triageMissed)
        remediations.push(...(await triageMissedPhase(deps, state, gateway, basics, written)));
    const tests = await testsPhase(deps, state, gateway, local, basics, scored.runs);
    const overall = overallStatus(scored.workflows);
    return {
        report: {
            repo: basics.repo,
            defaultBranch: basics.defaultBranch,
            status: overall.status,
            score: overall.score,
            workflows: scored.workflows,
            alerts: scored.alerts,
            stuckRuns: scored.stuckRuns,
            lint: (0,health_report.lintSection)(findings),
            pruned: written.prune.pruned,
            prunePlanned: written.prune.planned,
            deferred: written.prune.deferred,
            issues: written.issues,
            ...(options.autoFix || options.triageMissed ? { remediations } : {}),
            ...(tests ? { tests } : {})
        },
        localFindings: local ? findings : []
    };
}
/** The default branch, the workflows, the active runs and the workflow files' listing, read together. */
async function readBasics(deps, state, gateway, local) {
    const { options } = deps;
    const repo = `${gateway.owner}/${gateway.repo}`;
    // Everything that needs neither the default branch nor the workflow list goes out with them.
    const [defaultBranch, listed, active, lintListing] = await (0,github_reads/* allReads */.R)([
        gateway.defaultBranch(),
        gateway.workflows(),
        (0,github_reads/* allReads */.R)(['queued', 'in_progress', 'action_required'].map(status => gateway.runsWithStatus(status))),
        options.lint
            ? (0,github_reads/* settle */.G)(workflowFileSource(gateway, local ? deps.workspace : null, options.workflowsPath))
            : null
    ]);
    // Lint is advice: when the workflow files cannot be read, the check goes on without it.
    const lintSource = lintListing && 'value' in lintListing ? lintListing.value : null;
    if (lintListing && 'error' in lintListing)
        state.warnings.push(`${repo}: lint was skipped: the workflow files could not be listed: ${(0,github_errors/* describeError */.U)(lintListing.error)}`);
    // Redacted before any rendering: once escaped for Markdown, a secret no longer looks like one.
    const workflows = listed.map(workflow => ({ ...workflow, name: (0,redact/* redactSecrets */.fp)(workflow.name) }));
    return { repo, defaultBranch, workflows, active: [active[0], active[1], active[2]], lintSource };
}
/** Scores the workflows the budget affords, and the repository's alerts. */
async function scoreRepository(deps, state, gateway, basics) {
    const { options, now } = deps;
    const { repo, workflows, active } = basics;
    deps.log(`${repo}: scoring ${workflows.length} workflows on ${basics.defaultBranch}`);
    const scoring = planScoring(repo, state.requests.remaining, workflows.length);
    state.budgetNotes.push(...scoring.notes);
    const healths = await (0,github_reads/* allReads */.R)(workflows.slice(0, scoring.workflows).map(workflow => scoreOne(gateway, workflow, {
        defaultBranch: basics.defaultBranch,
        n: options.runs,
        now,
        countForkRuns: deps.policy.forkRuns !== 'ignore'
    })));
    const workflowHealth = healths.map(result => result.health);
    const runs = healths.flatMap(result => result.runs);
    const recentRuns = [...runs, ...active[2]].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const stuckRuns = findStuckRuns([...active[0], ...active[1]], now);
    const alerts = repositoryAlerts(workflowHealth, stuckRuns, recentRuns, now, deps.policy.alerts);
    return { workflows: workflowHealth, alerts, stuckRuns, runs };
}
/** The window's failing and flaky tests, added to the history the previous report carried. */
async function testsPhase(deps, state, gateway, local, basics, runs) {
    // The report holds every repository's history: the check's own repository is read first.
    if (local)
        state.testHistories = await previousTestHistories(deps, state, 0, runs);
    return flakyTestPhase({
        gateway,
        policy: deps.policy,
        now: deps.now,
        requests: state.requests,
        writes: state.writes,
        defaultBranch: basics.defaultBranch,
        createIssues: deps.options.createIssues,
        previous: state.testHistories.get(basics.repo.toLowerCase()) ?? EMPTY_HISTORY,
        runs,
        budgetNotes: state.budgetNotes,
        warnings: state.warnings
    }).catch((error) => {
        state.warnings.push(`${basics.repo}: flaky tests were not examined: ${(0,github_errors/* describeError */.U)(error)}`);
        return undefined;
    });
}
/** Reads the workflow files within their share and lints them; what cannot be read is a warning. */
async function lintRepository(state, gateway, basics, share) {
    const { repo, lintSource } = basics;
    if (!lintSource)
        return lint([]);
    const read = await workflowFiles(gateway, lintSource, share, basics.defaultBranch);
    if (read.unread.length > 0)
        state.warnings.push(`${repo}: ${read.unread.length} workflow file(s) were not linted: ${read.unread[0].path} could not be read: ${(0,github_errors/* describeError */.U)(read.unread[0].error)}`);
    return lint(read.files).catch((error) => {
        state.warnings.push(`${repo}: lint failed: ${(0,github_errors/* describeError */.U)(error)}`);
        return [];
    });
}
/** The writes of one repository, one by one through its writer: pruning, issues, auto-fix. */
async function writePhase(deps, state, gateway, local, basics, workflowHealth, reads) {
    const { options } = deps;
    const { repo, defaultBranch } = basics;
    const writer = state.writes.writer(defaultBranch);
    const written = {
        prune: { pruned: [], planned: [], deferred: [], kept: [] },
        issues: [],
        remediations: [],
        rerunByAutoFix: new Set(),
        candidates: { runs: [], recorded: new Set() }
    };
    try {
        if (reads.branchListing)
            written.prune = await prunePhase(deps, state, gateway, writer, basics, reads.branchListing);
        const { existingIssues } = reads;
        if (existingIssues && 'error' in existingIssues) {
            state.warnings.push(`${repo}: issues were not updated: ${(0,github_errors/* describeError */.U)(existingIssues.error)}`);
        }
        else if (existingIssues) {
            written.issues = await syncIssues(gateway, workflowHealth, existingIssues.value, writer, state, repo).catch((error) => {
                state.warnings.push(`${repo}: issues were not updated: ${(0,github_errors/* describeError */.U)(error)}`);
                return [];
            });
        }
        if (options.autoFix || options.triageMissed) {
            written.candidates = await remediationCandidates(deps, gateway, basics.workflows, state, local).catch((error) => {
                state.warnings.push(`${repo}: recent failed runs could not be listed: ${(0,github_errors/* describeError */.U)(error)}`);
                return written.candidates;
            });
        }
        if (options.autoFix && written.candidates.runs.length > 0) {
            const { autoFix } = await loadRemediation();
            const result = await autoFix(sweepContext(deps, gateway, defaultBranch, state.requests), written.candidates.runs, writer);
            written.remediations.push(...result.records);
            state.budgetNotes.push(...result.left.map(note => `${repo}: ${note}`));
            written.rerunByAutoFix = result.rerun;
        }
    }
    finally {
        state.writes.settle(writer);
    }
    return written;
}
/** Prunes stale automation branches from the listing, within the deletions' share. */
async function prunePhase(deps, state, gateway, writer, basics, listing) {
    const { repo, defaultBranch } = basics;
    const none = { pruned: [], planned: [], deferred: [], kept: [] };
    if ('error' in listing) {
        state.warnings.push(`${repo}: pruning failed: ${(0,github_errors/* describeError */.U)(listing.error)}`);
        return none;
    }
    const { options, now } = deps;
    const context = {
        gateway,
        policy: deps.policy,
        defaultBranch,
        staleDays: options.staleDays,
        maxPrunes: options.maxPrunes,
        now,
        requests: state.requests,
        log: deps.log
    };
    const prune = await pruneBranches(context, writer, listing.value).catch((error) => {
        state.warnings.push(`${repo}: pruning failed: ${(0,github_errors/* describeError */.U)(error)}`);
        return none;
    });
    state.warnings.push(...prune.kept.map(kept => `${repo}: ${kept}`));
    if (prune.deferred.length > 0)
        state.budgetNotes.push(`${repo}: ${prune.deferred.length} stale branch(es) left for the next run`);
    const { listedOnly } = listing.value;
    if (listedOnly)
        state.budgetNotes.push(`${repo}: only the first ${listedOnly} branches were examined for pruning; the rest wait for the next run (API request budget)`);
    return prune;
}
/** Triages the failed runs nobody recorded, each with a writer of its own from what is left. */
async function triageMissedPhase(deps, state, gateway, basics, written) {
    const { triageMissed, untriagedRuns } = await loadRemediation();
    const untriaged = untriagedRuns(written.candidates.runs, written.candidates.recorded, written.rerunByAutoFix);
    const result = await triageMissed({ ...sweepContext(deps, gateway, basics.defaultBranch, state.requests), guidance: deps.guidance ?? '' }, untriaged, state.writes);
    state.budgetNotes.push(...result.left.map(note => `${basics.repo}: ${note}`));
    return result.records;
}
function sweepContext(deps, gateway, defaultBranch, requests) {
    return {
        gateway,
        policy: deps.policy,
        options: deps.options,
        defaultBranch,
        now: deps.now,
        requests,
        log: deps.log
    };
}
/**
 * Failed runs of the last 24 hours that no triage recorded in an issue: a person (or the
 * triage action) already decided about the others. One listing per active workflow and
 * one of the triage issues.
 */
async function remediationCandidates(deps, gateway, workflows, state, local) {
    const repo = `${gateway.owner}/${gateway.repo}`;
    const active = workflows.filter(workflow => workflow.state === 'active').length;
    if (!state.requests.affords(active + 2)) {
        state.budgetNotes.push(`${repo}: recent failed runs were not examined (API request budget)`);
        return { runs: [], recorded: new Set() };
    }
    const { recentFailedRuns, recordedRunIds } = await loadRemediation();
    const [failed, triage] = await (0,github_reads/* allReads */.R)([
        // The workflow the check runs in is a file of its own repository only.
        recentFailedRuns(gateway, workflows, deps.now, local ? (deps.selfWorkflowPath ?? null) : null),
        (0,src_triage/* loadTriageIssues */.fL)(gateway)
    ]);
    const recorded = recordedRunIds(triage.all);
    return { runs: failed.filter(run => !recorded.has(run.id)), recorded };
}
/**
 * The last N completed runs of the repository itself on the default branch, or of all
 * branches when it has none. Runs from forks (which may name a branch like ours) are left out
 * of the score; a page twice the window leaves room for them, and they are counted apart.
 */
async function scoreOne(gateway, workflow, window) {
    const { defaultBranch, n, now } = window;
    const perPage = Math.min(100, n * 2);
    const repository = `${gateway.owner}/${gateway.repo}`;
    let listed = await gateway.workflowRuns(workflow.id, {
        branch: defaultBranch,
        status: 'completed',
        perPage
    });
    let runs = (0,provenance/* ownRuns */.F)(listed, repository);
    let usedFallbackBranch = false;
    if (runs.length === 0) {
        listed = await gateway.workflowRuns(workflow.id, { status: 'completed', perPage });
        runs = (0,provenance/* ownRuns */.F)(listed, repository);
        usedFallbackBranch = runs.length > 0;
    }
    runs = runs.slice(0, n);
    const health = scoreWorkflow({ workflow, runs, n, usedFallbackBranch, now });
    const forkRuns = listed.length - (0,provenance/* ownRuns */.F)(listed, repository).length;
    return {
        health: window.countForkRuns && forkRuns > 0 ? { ...health, forkRunsLeftOut: forkRuns } : health,
        runs
    };
}
const WORKFLOW_FILE = /\.ya?ml$/i;
const MAX_LINT_FILES = 300;
/** The workspace's workflow files, or else the listing of the repository's at its default branch. */
async function workflowFileSource(gateway, workspace, workflowsPath) {
    const localDirectory = workspace ? (0,external_node_path_.join)(workspace, workflowsPath) : null;
    if (localDirectory && (0,external_node_fs_.existsSync)(localDirectory) && (await (0,promises_.stat)(localDirectory)).isDirectory()) {
        const names = (await (0,promises_.readdir)(localDirectory)).filter(name => WORKFLOW_FILE.test(name)).sort();
        const files = await Promise.all(names.slice(0, MAX_LINT_FILES).map(async (name) => ({
            path: `${workflowsPath}/${name}`,
            content: await (0,promises_.readFile)((0,external_node_path_.join)(localDirectory, name), 'utf8')
        })));
        return { kind: 'workspace', files };
    }
    // Without a ref the contents API reads the default branch, so this needs no earlier request.
    const entries = await gateway.directory(workflowsPath);
    return { kind: 'api', paths: entries.map(entry => entry.path).filter(path => WORKFLOW_FILE.test(path)) };
}
/**
 * The files of `source`: read through the API (the first `count` of them) when not in the
 * workspace. A file that cannot be read is left out, and said so; the others are linted.
 */
async function workflowFiles(gateway, source, count, defaultBranch) {
    if (source.kind === 'workspace')
        return { files: source.files, unread: [] };
    const paths = source.paths.slice(0, count);
    const reads = await Promise.all(paths.map(path => (0,github_reads/* settle */.G)(gateway.fileContent(path, defaultBranch))));
    const files = [];
    const unread = [];
    reads.forEach((read, index) => {
        const path = paths[index];
        if ('error' in read)
            unread.push({ path, error: read.error });
        else
            files.push({ path, content: read.value ?? '' });
    });
    return { files, unread };
}
async function lint(files) {
    // The linter and GitHub's workflow parser are half a megabyte to load: only for files.
    if (files.length === 0)
        return [];
    const { lintWorkflows } = await loadLinter();
    return lintWorkflows(files);
}
function main_touchedAs(action) {
    if (action.kind === 'open')
        return 'opened';
    if (action.kind === 'close')
        return 'closed';
    return action.reopen ? 'reopened' : 'updated';
}
/** One issue per critical workflow, found by its marker, updated in place, closed on recovery. */
async function syncIssues(gateway, workflows, existing, writer, state, repo) {
    const touched = [];
    const actions = planHealthIssues(repo, workflows, existing);
    for (const [index, action] of actions.entries()) {
        // A recovery is a comment and a close: never leave the comment without the close.
        const writesNeeded = action.kind === 'close' ? 2 : 1;
        if (!state.requests.affords(writesNeeded) || state.writes.remaining < writesNeeded) {
            state.budgetNotes.push(`${repo}: ${actions.length - index} issue update(s) left for the next run`);
            break;
        }
        try {
            const issue = await applyIssueAction(gateway, writer, action);
            if (issue)
                touched.push({ ...issue, workflow: action.health.workflow.path, action: main_touchedAs(action) });
        }
        catch (error) {
            state.warnings.push(`Issue for ${action.health.workflow.path}: ${(0,github_errors/* describeError */.U)(error)}`);
        }
    }
    return touched;
}
/** Sends one planned issue write through the gate; the issue when it was sent. */
async function applyIssueAction(gateway, writer, action) {
    switch (action.kind) {
        case 'open': {
            const created = await writer.write({ kind: 'create-issue', title: action.title }, `issue: ${action.title}`, {}, () => gateway.createIssue({
                title: (0,redact/* redactSecrets */.fp)(action.title),
                body: (0,redact/* redactSecrets */.fp)(action.body),
                labels: [HEALTH_ISSUE_LABEL],
                assignees: []
            }), issue => `opened #${issue.number}`);
            return created && { number: created.number, url: created.htmlUrl };
        }
        case 'update': {
            const { issue } = action;
            const updated = await writer.write({ kind: 'update-issue', issueNumber: issue.number }, `issue #${issue.number}`, {}, () => gateway.updateIssue(issue.number, {
                title: (0,redact/* redactSecrets */.fp)(action.title),
                body: (0,redact/* redactSecrets */.fp)(action.body),
                state: 'open'
            }), () => (action.reopen ? 'reopened: the workflow is critical again' : 'updated with the latest runs'));
            return updated && { number: issue.number, url: issue.htmlUrl };
        }
        case 'close': {
            const { issue } = action;
            const commented = await writer.write({ kind: 'comment', issueNumber: issue.number }, `issue #${issue.number}`, {}, () => gateway.comment(issue.number, (0,redact/* redactSecrets */.fp)(action.comment)));
            if (!commented)
                return null;
            const closed = await writer.write({ kind: 'close-issue', issueNumber: issue.number }, `issue #${issue.number}`, {}, () => gateway.updateIssue(issue.number, {
                title: (0,redact/* redactSecrets */.fp)(action.title),
                body: (0,redact/* redactSecrets */.fp)(action.body),
                state: 'closed',
                stateReason: 'completed'
            }));
            return closed && { number: issue.number, url: issue.htmlUrl };
        }
    }
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

/***/ 4348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* reexport safe */ _quarantine_js__WEBPACK_IMPORTED_MODULE_7__.Ih),
/* harmony export */   Kv: () => (/* reexport safe */ _analyse_js__WEBPACK_IMPORTED_MODULE_2__.K),
/* harmony export */   LD: () => (/* reexport safe */ _decide_js__WEBPACK_IMPORTED_MODULE_3__.LD),
/* harmony export */   Mp: () => (/* reexport safe */ _quarantine_js__WEBPACK_IMPORTED_MODULE_7__.Mp),
/* harmony export */   NX: () => (/* reexport safe */ _event_js__WEBPACK_IMPORTED_MODULE_4__.NX),
/* harmony export */   Qy: () => (/* reexport safe */ _quarantine_js__WEBPACK_IMPORTED_MODULE_7__.Qy),
/* harmony export */   SQ: () => (/* reexport safe */ _failing_tests_js__WEBPACK_IMPORTED_MODULE_6__.SQ),
/* harmony export */   US: () => (/* reexport safe */ _main_js__WEBPACK_IMPORTED_MODULE_0__.runTriage),
/* harmony export */   Y1: () => (/* reexport safe */ _quarantine_js__WEBPACK_IMPORTED_MODULE_7__.Y1),
/* harmony export */   cY: () => (/* reexport safe */ _analyse_js__WEBPACK_IMPORTED_MODULE_2__.c),
/* harmony export */   ec: () => (/* reexport safe */ _failing_tests_js__WEBPACK_IMPORTED_MODULE_6__.ec),
/* harmony export */   fL: () => (/* reexport safe */ _escalate_js__WEBPACK_IMPORTED_MODULE_5__.fL),
/* harmony export */   mE: () => (/* reexport safe */ _collect_js__WEBPACK_IMPORTED_MODULE_1__.m),
/* harmony export */   oZ: () => (/* reexport safe */ _quarantine_js__WEBPACK_IMPORTED_MODULE_7__.oZ)
/* harmony export */ });
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5569);
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9965);
/* harmony import */ var _analyse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5085);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1422);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8708);
/* harmony import */ var _escalate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3090);
/* harmony import */ var _failing_tests_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1100);
/* harmony import */ var _quarantine_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9270);
/**
 * What the health check may use of the triage (the linter holds it to this file): the whole
 * pipeline for a run no triage recorded, and the steps auto-fix reuses to judge a run the same
 * way the triage would, so the schedule decides nothing of its own.
 */










/***/ })

};
