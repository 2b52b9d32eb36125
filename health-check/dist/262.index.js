export const id = 262;
export const ids = [262];
export const modules = {

/***/ 64262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AUTO_FIX_COST: () => (/* binding */ AUTO_FIX_COST),
/* harmony export */   MAX_AUTO_FIX_PER_RUN: () => (/* binding */ MAX_AUTO_FIX_PER_RUN),
/* harmony export */   MAX_TRIAGED_PER_RUN: () => (/* binding */ MAX_TRIAGED_PER_RUN),
/* harmony export */   REMEDIATION_WINDOW_HOURS: () => (/* binding */ REMEDIATION_WINDOW_HOURS),
/* harmony export */   TRIAGE_COST: () => (/* binding */ TRIAGE_COST),
/* harmony export */   autoFix: () => (/* binding */ autoFix),
/* harmony export */   recentFailedRuns: () => (/* binding */ recentFailedRuns),
/* harmony export */   recordedRunIds: () => (/* binding */ recordedRunIds),
/* harmony export */   transientVerdict: () => (/* binding */ transientVerdict),
/* harmony export */   triageMissed: () => (/* binding */ triageMissed),
/* harmony export */   triageOptionsFor: () => (/* binding */ triageOptionsFor),
/* harmony export */   untriagedRuns: () => (/* binding */ untriagedRuns)
/* harmony export */ });
/* harmony import */ var _safety_provenance_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68731);
/* harmony import */ var _classify_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61898);
/* harmony import */ var _github_reads_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34850);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86590);
/* harmony import */ var _safety_gate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41643);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16141);
/* harmony import */ var _triage_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15548);
/**
 * Remediation on schedule (issue 5, DESIGN 7): `auto-fix` re-runs recent failed runs whose
 * failure the classifier calls transient infrastructure, and `triage-missed` triages failed
 * runs no triage has recorded. Both reuse the triage pipeline's parts (collect, analyse,
 * decide, the safety gate through a GatedWriter, runTriage) rather than deciding anything
 * of their own; this module only chooses which runs, and keeps within the budgets.
 */







/** Failed runs created this long ago at most are "recent". */
const REMEDIATION_WINDOW_HOURS = 24;
/** Runs auto-fix examines per repository and check; the rest wait for the next check. */
const MAX_AUTO_FIX_PER_RUN = 10;
/** Runs triage-missed triages per repository and check; the rest wait for the next check. */
const MAX_TRIAGED_PER_RUN = 5;
/** Requests one examination is estimated to take: jobs, history, workflow file, a few logs, the re-run. */
const AUTO_FIX_COST = 8;
/** A triage also reads the run, the triage issues and labels, and may write an issue. */
const TRIAGE_COST = 15;
const COLLECT = { maxFailedJobs: 10, maxLogBytes: 512 * 1024 };
const AI_OFF = {
    mode: 'off',
    baseUrl: '',
    model: '',
    apiKey: '',
    azureApiVersion: '',
    timeoutMs: 0
};
/**
 * Failed runs (latest attempt: the listing shows each run at its latest attempt) of the
 * active workflows, created in the last 24 hours on any branch, newest first. The
 * workflow the health check runs in is left out: it never acts on itself; and so are
 * runs from other repositories (forks).
 */
async function recentFailedRuns(gateway, workflows, now, selfWorkflowPath) {
    const since = now.getTime() - REMEDIATION_WINDOW_HOURS * 3600_000;
    const watched = workflows.filter(workflow => workflow.state === 'active' && workflow.path !== selfWorkflowPath);
    const lists = await (0,_github_reads_js__WEBPACK_IMPORTED_MODULE_3__/* .allReads */ .R)(watched.map(workflow => 
    // GitHub's `created` range filter is not in its OpenAPI description: filter the newest page here.
    gateway.workflowRuns(workflow.id, { status: 'completed', perPage: 100 })));
    // A fork's runs are never re-run or triaged by the schedule: they are not the repository's.
    return (0,_safety_provenance_js__WEBPACK_IMPORTED_MODULE_4__/* .ownRuns */ .F)(lists.flat(), `${gateway.owner}/${gateway.repo}`)
        .filter(run => (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .isFailedConclusion */ .Bn)(run.conclusion) && Date.parse(run.createdAt) >= since)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}
const OCCURRENCE_ROW = /^\| \[?run (\d+)\]?/;
/**
 * Run ids a triage issue's occurrence table lists (src/triage/issues.ts writes the rows as
 * `| [run 123](url) | attempt | ...`); rows inside fenced blocks are quoted text, not records.
 */
function recordedRunIds(issues) {
    const ids = new Set();
    for (const issue of issues) {
        for (const { line, fenced } of (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .linesWithFenceState */ .A8)(issue.body)) {
            const match = fenced ? null : OCCURRENCE_ROW.exec(line);
            if (match)
                ids.add(Number(match[1]));
        }
    }
    return ids;
}
/** Failed runs no triage has recorded: in no triage issue, never re-run, not re-run by this check. */
function untriagedRuns(runs, recorded, rerunNow) {
    return runs.filter(run => run.runAttempt === 1 && !recorded.has(run.id) && !rerunNow.has(run.id));
}
/**
 * Whether auto-fix may consider a re-run at all: every failed job (by every source that
 * classified it) is infrastructure or a transient dependency failure. A test failure's
 * flakiness re-run stays with the triage action, where a person sees the outcome.
 */
function transientVerdict(jobs) {
    if (jobs.length === 0)
        return { ok: false, reason: 'no failed job to examine' };
    const transient = (classification) => classification.category === 'infrastructure' ||
        (classification.category === 'dependency' && classification.transient);
    const others = jobs
        .flatMap(job => [job.classification, job.rulesClassification])
        .filter(classification => !transient(classification))
        .map(classification => classification.category);
    if (others.length === 0)
        return { ok: true };
    return {
        ok: false,
        reason: `not a transient infrastructure failure (${[...new Set(others)].join(', ')}): left to triage`
    };
}
function runOf(run) {
    return { id: run.id, url: run.htmlUrl, workflow: run.name, branch: run.headBranch, attempt: run.runAttempt };
}
/** Auto-fix: examine recent failed runs, newest first, and re-run the transient ones through the gate. */
async function autoFix(context, candidates, writer) {
    const result = { records: [], rerun: new Set(), left: [] };
    const queue = [...candidates];
    let examined = 0;
    while (queue.length > 0) {
        if (examined >= MAX_AUTO_FIX_PER_RUN) {
            result.left.push(`auto-fix: ${queue.length} failed run(s) left for the next check (at most ${MAX_AUTO_FIX_PER_RUN} per check)`);
            break;
        }
        if (!context.requests.affords(AUTO_FIX_COST)) {
            result.left.push(`auto-fix: ${queue.length} failed run(s) left for the next check (API request budget)`);
            break;
        }
        const run = queue.shift();
        examined++;
        const record = await autoFixRun(context, run, writer).catch((error) => ({
            kind: 'auto-fix',
            run: runOf(run),
            category: null,
            action: 'none',
            result: 'failed',
            detail: error instanceof Error ? error.message : String(error)
        }));
        if (record.action === 'rerun-failed-jobs' && (record.result === 'done' || record.result === 'would'))
            result.rerun.add(run.id);
        result.records.push(record);
    }
    return result;
}
async function autoFixRun(context, run, writer) {
    const { gateway, policy, options } = context;
    const record = (result, detail, category = null, action = 'none') => ({ kind: 'auto-fix', run: runOf(run), category, action, result, detail });
    // Known from the listing: no need to read jobs and logs to learn the gate would refuse.
    if (run.runAttempt >= policy.limits.maxAttempts)
        return record('refused', `attempt ${run.runAttempt} reached the limit of ${policy.limits.maxAttempts}`);
    const evidence = await (0,_triage_index_js__WEBPACK_IMPORTED_MODULE_2__/* .collectEvidence */ .mE)(gateway, run, { ...COLLECT, defaultBranch: context.defaultBranch });
    const analysis = await (0,_triage_index_js__WEBPACK_IMPORTED_MODULE_2__/* .analyseJobs */ .Kv)(evidence.failedJobs, {
        workflowPath: run.path,
        ai: AI_OFF,
        guidance: ''
    });
    const decision = (0,_triage_index_js__WEBPACK_IMPORTED_MODULE_2__/* .decide */ .LD)({
        run,
        defaultBranch: evidence.defaultBranch,
        failedJobs: analysis.jobs.map(job => ({
            job: job.evidence.job,
            classification: job.classification,
            rulesClassification: job.rulesClassification
        })),
        history: (0,_classify_history_js__WEBPACK_IMPORTED_MODULE_0__/* .historyEvidence */ .Ag)(run, evidence.history),
        isRerunAttempt: run.runAttempt > 1,
        fromOtherRepository: (0,_safety_provenance_js__WEBPACK_IMPORTED_MODULE_4__/* .isFromOtherRepository */ .f)(run, `${gateway.owner}/${gateway.repo}`)
    }, policy, { dryRun: options.dryRun, requireApproval: [] });
    const transient = transientVerdict(analysis.jobs);
    if (!transient.ok)
        return record('skipped', transient.reason, decision.category);
    const rerun = decision.actions.find(action => action.kind === 'rerun-failed-jobs');
    if (!rerun) {
        const reasons = decision.actions.map(action => action.reason).join('; ');
        return record('refused', reasons, decision.category);
    }
    if (rerun.requiresApproval)
        return record('skipped', 'the playbook requires approval for re-runs', decision.category);
    const failedJobCategories = [
        ...analysis.jobs.map(_triage_index_js__WEBPACK_IMPORTED_MODULE_2__/* .gateCategory */ .cY),
        // Failed jobs past the collection limit were not examined: they count, as unknowns.
        ...Array(evidence.skippedFailedJobs).fill('unknown')
    ];
    await writer.write({ kind: 'rerun', runId: run.id }, `run ${run.id}`, { run: (0,_safety_gate_js__WEBPACK_IMPORTED_MODULE_6__/* .rerunFacts */ .KK)(run, policy.limits, failedJobCategories) }, () => gateway.rerunFailedJobs(run.id), () => `re-run of the failed jobs requested (attempt ${run.runAttempt + 1}): ${rerun.reason}`);
    const audit = writer.records.at(-1);
    const result = audit.result === 'proposed' ? 'skipped' : audit.result;
    return record(result, audit.detail, decision.category, 'rerun-failed-jobs');
}
/** The triage action's options for a triage started by the health check: no AI, no notifications. */
function triageOptionsFor(options) {
    return {
        token: options.token,
        playbookPath: options.playbookPath,
        dryRun: options.dryRun,
        createIssues: options.createIssues,
        uploadReport: false,
        reportName: 'triage-report',
        retentionDays: options.retentionDays,
        overrides: options.overrides,
        ai: AI_OFF,
        maxFailedJobs: COLLECT.maxFailedJobs,
        maxLogKb: COLLECT.maxLogBytes / 1024,
        requireApproval: false,
        slackWebhookUrl: '',
        webhookUrl: '',
        runId: null,
        ignoreWorkflows: [],
        botLogin: 'github-actions[bot]'
    };
}
/**
 * Triage-missed: run the triage pipeline (runTriage) on failed runs no triage recorded,
 * newest first, at most MAX_TRIAGED_PER_RUN. Each triage gets what is left of the write
 * budget and of the new-issue quota, so the check as a whole stays within both.
 */
async function triageMissed(context, untriaged, writes) {
    const result = { records: [], rerun: new Set(), left: [] };
    let newIssuesLeft = context.policy.limits.maxNewIssues;
    const queue = [...untriaged];
    let triaged = 0;
    while (queue.length > 0) {
        const reason = triaged >= MAX_TRIAGED_PER_RUN
            ? `at most ${MAX_TRIAGED_PER_RUN} per check`
            : !context.requests.affords(TRIAGE_COST)
                ? 'API request budget'
                : !context.options.dryRun && writes.remaining === 0
                    ? 'write budget'
                    : null;
        if (reason) {
            const ids = queue.map(run => run.id).join(', ');
            result.left.push(`triage-missed: ${queue.length} untriaged failed run(s) left for the next check (${reason}): ${ids}`);
            break;
        }
        const run = queue.shift();
        triaged++;
        const { record, opened } = await triageOne(context, run, writes, newIssuesLeft);
        if (opened)
            newIssuesLeft--;
        if (record.action === 'rerun-failed-jobs')
            result.rerun.add(run.id);
        result.records.push(record);
    }
    return result;
}
async function triageOne(context, run, writes, newIssuesLeft) {
    const policy = {
        ...context.policy,
        limits: {
            ...context.policy.limits,
            maxWrites: writes.remaining,
            maxNewIssues: Math.max(0, newIssuesLeft)
        }
    };
    const base = { kind: 'triage-missed', run: runOf(run) };
    try {
        const outcome = await (0,_triage_index_js__WEBPACK_IMPORTED_MODULE_2__/* .runTriage */ .US)({
            options: triageOptionsFor(context.options),
            policy,
            guidance: context.guidance,
            gateway: context.gateway,
            route: {
                kind: 'triage',
                run: (0,_triage_index_js__WEBPACK_IMPORTED_MODULE_2__/* .runReference */ .NX)(run, context.defaultBranch)
            },
            eventName: 'schedule',
            now: context.now,
            log: context.log
        });
        writes.record(outcome.report.actions);
        const { report } = outcome;
        const detail = outcome.failure ?? report.decision?.reasons.join('; ') ?? report.reason ?? '';
        const record = {
            ...base,
            category: report.decision?.category ?? null,
            action: outcome.outputs.action,
            result: outcome.failure ? 'failed' : context.options.dryRun ? 'would' : 'done',
            detail,
            ...(report.issue ? { issue: { number: report.issue.number, url: report.issue.url } } : {})
        };
        return { record, opened: report.issue?.action === 'opened' };
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { record: { ...base, category: null, action: 'none', result: 'failed', detail }, opened: false };
    }
}


/***/ })

};
