export const id = 547;
export const ids = [547];
export const modules = {

/***/ 17547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LINT_RULES: () => (/* reexport */ LINT_RULES),
  lintWorkflow: () => (/* binding */ lintWorkflow),
  lintWorkflows: () => (/* binding */ lintWorkflows),
  toAnnotation: () => (/* reexport */ annotations/* toAnnotation */.$)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/lint/rules.ts
/**
 * The lint rule catalogue: every finding names one of these rules, and takes its level and
 * fix hint from here, so the catalogue is the one place that says how severe a problem is.
 */
const LINT_RULES = [
    {
        id: 'invalid-file',
        level: 'error',
        description: 'The file cannot be read as a workflow: empty, binary, too large or an alias bomb.',
        hint: 'A workflow is a UTF-8 YAML mapping of at most 1 MB with a handful of anchors at most.'
    },
    {
        id: 'yaml-syntax',
        level: 'error',
        description: 'The file is not valid YAML.',
        hint: 'Fix the YAML syntax at the position shown; GitHub refuses to load the workflow.'
    },
    {
        id: 'workflow-schema',
        level: 'error',
        description: "GitHub's workflow parser rejects the file: unknown or missing keys, wrong types or values.",
        hint: 'Compare the key with the workflow syntax reference (docs.github.com/actions/reference/workflow-syntax).'
    },
    {
        id: 'expression',
        level: 'error',
        description: 'A ${{ }} expression does not parse or uses an unknown context or function.',
        hint: 'Check the expression syntax, the context name and the function name and arity.'
    },
    {
        id: 'invalid-cron',
        level: 'error',
        description: 'A schedule has an invalid cron expression or time zone.',
        hint: 'Use five fields (minute hour day month weekday) and an IANA time zone such as Europe/Paris.'
    },
    {
        id: 'schedule-frequency',
        level: 'warning',
        description: 'A schedule runs more often than every 5 minutes, the shortest interval GitHub runs.',
        hint: 'Schedule at most every 5 minutes, e.g. `*/5 * * * *`.'
    },
    {
        id: 'template-injection',
        level: 'error',
        description: 'Attacker-controlled event data expands inside a shell script or a github-script script.',
        hint: 'Pass the value through `env:` (e.g. `TITLE: ${{ github.event.issue.title }}`) and use "$TITLE".'
    },
    {
        id: 'untrusted-checkout',
        level: 'error',
        description: 'A pull_request_target or workflow_run workflow checks out the untrusted head of a pull request.',
        hint: 'Check out the base ref, or run untrusted code in a separate `pull_request` workflow without secrets.'
    },
    {
        id: 'untrusted-env-write',
        level: 'error',
        description: 'A pull_request_target or workflow_run workflow writes to $GITHUB_ENV or $GITHUB_PATH.',
        hint: 'Use step outputs ($GITHUB_OUTPUT) instead: values written to $GITHUB_ENV can hijack later steps.'
    },
    {
        id: 'excessive-permissions',
        level: 'warning',
        description: 'The workflow or a job grants `write-all` to the GITHUB_TOKEN.',
        hint: 'Grant only the scopes the job needs, e.g. `permissions: { contents: read }`.'
    },
    {
        id: 'missing-permissions',
        level: 'notice',
        description: 'A job runs with the repository default token permissions, which may be write-all.',
        hint: 'Add `permissions: { contents: read }` at the workflow level and widen per job as needed.'
    },
    {
        id: 'invalid-uses',
        level: 'error',
        description: 'A `uses:` reference is not a valid action or reusable workflow reference.',
        hint: 'Use `owner/repo[/path]@ref`, `./local/path` or `docker://image:tag`.'
    },
    {
        id: 'unpinned-action',
        level: 'warning',
        description: 'A third-party action or reusable workflow is referenced by a tag or branch, which can move.',
        hint: 'Pin to a full 40-character commit sha and keep the tag in a comment: `uses: o/r@<sha> # v1.2.3`.'
    },
    {
        id: 'outdated-action',
        level: 'warning',
        description: 'A popular action is used at a major version that runs on a Node.js runtime GitHub removed.',
        hint: 'Upgrade to the current major version of the action.'
    },
    {
        id: 'secrets-inherit',
        level: 'warning',
        description: 'A reusable workflow call passes every secret of the caller with `secrets: inherit`.',
        hint: 'Pass only the secrets the called workflow needs, by name.'
    },
    {
        id: 'artipacked',
        level: 'warning',
        description: 'A job uploads artifacts after actions/checkout persisted the token in .git/config.',
        hint: 'Set `persist-credentials: false` on actions/checkout, or upload only the files you need.'
    },
    {
        id: 'persisted-credentials',
        level: 'notice',
        description: 'actions/checkout leaves the token in .git/config for every later step of the job.',
        hint: 'Set `persist-credentials: false` unless a later step pushes with git.'
    },
    {
        id: 'cache-poisoning',
        level: 'warning',
        description: 'A release or tag workflow restores a cache that pull requests and branches can write.',
        hint: 'Do not restore caches when building release artifacts, or disable the action cache input.'
    },
    {
        id: 'overprovisioned-secrets',
        level: 'warning',
        description: 'The whole `secrets` context is serialised into the job, exposing every secret.',
        hint: 'Reference the secrets the step needs by name: `${{ secrets.NAME }}`.'
    },
    {
        id: 'hardcoded-credentials',
        level: 'error',
        description: 'A password or token is written literally in the workflow.',
        hint: 'Store it as a secret and reference it as `${{ secrets.NAME }}`.'
    },
    {
        id: 'deprecated-command',
        level: 'warning',
        description: 'A step uses a deprecated or disabled workflow command (set-output, save-state, set-env, add-path).',
        hint: 'Write to the files instead: `echo "name=value" >> "$GITHUB_OUTPUT"` ($GITHUB_STATE, $GITHUB_ENV, $GITHUB_PATH).'
    },
    {
        id: 'insecure-commands',
        level: 'error',
        description: 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables the set-env and add-path commands.',
        hint: 'Remove the variable and write to $GITHUB_ENV / $GITHUB_PATH instead.'
    },
    {
        id: 'missing-timeout',
        level: 'notice',
        description: 'A job has no `timeout-minutes`, so a hung job runs for up to 6 hours.',
        hint: 'Set `timeout-minutes:` on the job to a little over its usual duration.'
    },
    {
        id: 'invalid-shell',
        level: 'error',
        description: 'A `shell:` is not one the runner provides.',
        hint: 'Use bash, sh, pwsh, python, cmd or powershell (cmd and powershell on Windows), or `command {0}`.'
    },
    {
        id: 'runner-label',
        level: 'warning',
        description: 'A `runs-on` label is neither a GitHub-hosted runner nor used with `self-hosted`.',
        hint: 'Use a GitHub-hosted label such as ubuntu-latest, or list `self-hosted` with the custom labels.'
    },
    {
        id: 'duplicate-step-id',
        level: 'error',
        description: 'Two steps of one job have the same id (ids are case-insensitive).',
        hint: 'Give every step of the job a distinct id.'
    },
    {
        id: 'job-needs',
        level: 'error',
        description: '`needs` names a job that does not exist, or names one twice.',
        hint: 'List each job id the job depends on once; ids are case-insensitive.'
    },
    {
        id: 'if-always-true',
        level: 'error',
        description: 'An `if:` mixes ${{ }} with other text, so it is a non-empty string and always true.',
        hint: 'Write the whole condition inside one ${{ }}, or leave the braces out.'
    },
    {
        id: 'matrix',
        level: 'warning',
        description: 'A matrix row repeats a value, or an exclude names a key or value the matrix does not have.',
        hint: 'Remove the duplicate, or fix the exclude so it matches a combination of the matrix.'
    },
    {
        id: 'filter-glob',
        level: 'error',
        description: 'A branch, tag or path filter pattern is invalid or can never match.',
        hint: 'Filters are globs, not regular expressions; paths are relative without `./`.'
    },
    {
        id: 'dispatch-input',
        level: 'error',
        description: 'A workflow input is inconsistent: a default outside the choices, a non-numeric number or an undefined input.',
        hint: 'Make the default one of the options / a number, and reference only inputs the workflow defines.'
    }
];
const RULES_BY_ID = new Map(LINT_RULES.map(rule => [rule.id, rule]));
function ruleById(id) {
    return RULES_BY_ID.get(id);
}

;// CONCATENATED MODULE: ./src/lint/source.ts


/** Workflows are small; anything bigger is refused before YAML parsing spends time or memory on it. */
const MAX_WORKFLOW_BYTES = 1024 * 1024;
/** Real workflows use a few anchors; yaml weighs nested aliases, so this also stops exponential bombs. */
const MAX_ALIAS_COUNT = 100;
/**
 * Parses the file with guards, so that GitHub's parser (which expands aliases itself) only ever
 * sees a bounded, syntactically valid document.
 */
function loadSource(file, text) {
    const refuse = (message) => ({
        source: undefined,
        findings: [fileFinding(file, 'invalid-file', message)]
    });
    if (Buffer.byteLength(text, 'utf8') > MAX_WORKFLOW_BYTES) {
        return refuse(`The file is larger than ${MAX_WORKFLOW_BYTES / 1024} KB.`);
    }
    if (text.includes('\u0000'))
        return refuse('The file is binary, not YAML text.');
    if (text.trim() === '')
        return refuse('The file is empty.');
    const lines = new dist/* LineCounter */.HN();
    // Duplicate keys are reported by GitHub's parser, with the positions GitHub itself uses.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: false });
    if (doc.errors.length > 0) {
        // One mistake (a mis-indented line) makes the parser report several errors, each a
        // consequence of the first: the earliest is the problem to fix, the rest are counted.
        const [error, ...consequences] = [...doc.errors].sort((a, b) => (a.linePos?.[0].line ?? 1) - (b.linePos?.[0].line ?? 1) ||
            (a.linePos?.[0].col ?? 1) - (b.linePos?.[0].col ?? 1));
        const [start, end] = error.linePos ?? [];
        const more = consequences.length > 0
            ? ` (the parser reports ${consequences.length} more error(s) that follow from it)`
            : '';
        return {
            source: undefined,
            findings: [
                {
                    ...fileFinding(file, 'yaml-syntax', `${firstLine(error.message)}${more}`),
                    line: start?.line ?? 1,
                    column: start?.col ?? 1,
                    ...(end ? { endLine: end.line, endColumn: end.col } : {})
                }
            ]
        };
    }
    try {
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        return refuse(`The file expands too many YAML aliases (${firstLine(String(error))}).`);
    }
    return { source: { file, text, doc, lines }, findings: [] };
}
/** Follows an alias to the node it names, so checks see what GitHub sees. */
function resolve(source, node) {
    if ((0,dist/* isAlias */.Vj)(node))
        return node.resolve(source.doc) ?? undefined;
    return (node ?? undefined);
}
/**
 * The position of a node, or of `needle` inside it when given: the `occurrence`-th time it
 * appears in the node's source text (block scalars and quotes keep expressions verbatim). Falls
 * back to the whole node when the source spells the value differently (escapes, folding).
 */
function spanOf(source, node, needle, occurrence = 0) {
    const [start, , end] = node.range ?? [0, 0, 0];
    let from = start;
    let to = (0,dist/* isScalar */.jn)(node) ? valueEnd(source.text, start, end) : start;
    if (needle) {
        const raw = source.text.slice(start, end);
        let index = -1;
        for (let seen = 0; seen <= occurrence; seen++) {
            index = raw.indexOf(needle, index + 1);
            if (index < 0)
                break;
        }
        if (index >= 0) {
            from = start + index;
            to = from + needle.length;
        }
    }
    const a = source.lines.linePos(from);
    const b = source.lines.linePos(to);
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
/** A finding on a node (or a needle inside it), with the rule's level and hint. */
function findingAt(source, rule, node, message, needle, occurrence = 0) {
    return { ...fileFinding(source.file, rule, message), ...spanOf(source, node, needle, occurrence) };
}
function fileFinding(file, rule, message) {
    const { level, hint } = ruleById(rule);
    return { file, line: 1, column: 1, rule, level, message, hint };
}
function firstLine(text) {
    return text.split('\n')[0].trim();
}
/** A scalar's range ends after trailing blank lines of a block scalar; the token ends at its last character. */
function valueEnd(text, start, end) {
    let to = end;
    while (to > start && /\s/.test(text[to - 1]))
        to--;
    return to;
}

;// CONCATENATED MODULE: ./src/lint/model.ts


function buildWorkflow(source) {
    const root = resolve(source, source.doc.contents);
    if (!(0,dist/* isMap */.jh)(root))
        return undefined;
    return {
        source,
        root,
        events: readEvents(source, get(source, root, 'on')),
        jobs: entries(source, get(source, root, 'jobs')).flatMap(({ key, value }) => (0,dist/* isMap */.jh)(value) ? [{ id: String(key.value), key, node: value, steps: readSteps(source, value) }] : [])
    };
}
/** The value of `key` in a mapping, aliases resolved. */
function get(source, map, key) {
    return pairOf(source, map, key)?.value;
}
function pairOf(source, map, key) {
    return entries(source, map).find(entry => entry.key.value === key);
}
/** The scalar-keyed entries of a mapping (empty for anything else). */
function entries(source, map) {
    if (!(0,dist/* isMap */.jh)(map))
        return [];
    return map.items.flatMap(pair => {
        const key = resolve(source, pair.key);
        return (0,dist/* isScalar */.jn)(key) ? [{ key, value: resolve(source, pair.value) }] : [];
    });
}
/** The items of a sequence (empty for anything else). */
function items(source, seq) {
    if (!(0,dist/* isSeq */.oP)(seq))
        return [];
    return seq.items.flatMap(item => resolve(source, item) ?? []);
}
/** A scalar's value as text (numbers and booleans too); undefined for collections and null. */
function model_text(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    return String(node.value);
}
/** A scalar or every scalar of a sequence: filters and `needs` accept both forms. */
function scalars(source, node) {
    if ((0,dist/* isScalar */.jn)(node))
        return [node];
    return items(source, node).filter(dist/* isScalar */.jn);
}
function usesAction(step, action) {
    const uses = model_text(step.uses)?.toLowerCase();
    return uses !== undefined && (uses === action || uses.startsWith(`${action}@`));
}
function readEvents(source, on) {
    const events = new Map();
    for (const node of scalars(source, on))
        events.set(String(node.value).toLowerCase(), { key: node, config: undefined });
    for (const { key, value } of entries(source, on)) {
        events.set(String(key.value).toLowerCase(), { key, config: value });
    }
    return events;
}
function readSteps(source, job) {
    return items(source, get(source, job, 'steps')).flatMap(node => {
        if (!(0,dist/* isMap */.jh)(node))
            return [];
        const uses = get(source, node, 'uses');
        const run = get(source, node, 'run');
        const withMap = get(source, node, 'with');
        return [
            {
                node,
                uses: (0,dist/* isScalar */.jn)(uses) ? uses : undefined,
                run: (0,dist/* isScalar */.jn)(run) ? run : undefined,
                with: (0,dist/* isMap */.jh)(withMap) ? withMap : undefined
            }
        ];
    });
}

;// CONCATENATED MODULE: ./src/lint/checks/actions.ts



const REMOTE_REF = /^([^/@\s]+)\/([^/@\s]+)((?:\/[^@\s]*)?)@(\S+)$/;
const FULL_SHA = /^[0-9a-f]{40}$/i;
/** Owners whose actions GitHub itself publishes and maintains. */
const FIRST_PARTY_OWNERS = new Set(['actions', 'github']);
/**
 * The first major of popular actions that runs on a Node.js runtime GitHub still provides
 * (earlier majors run on node12/node16, or on the retired v1-v3 artifact and cache services).
 */
const CURRENT_MAJORS = {
    'actions/checkout': 4,
    'actions/setup-node': 4,
    'actions/setup-python': 5,
    'actions/setup-go': 4,
    'actions/setup-java': 4,
    'actions/setup-dotnet': 4,
    'actions/cache': 4,
    'actions/upload-artifact': 4,
    'actions/download-artifact': 4,
    'actions/github-script': 7,
    'actions/stale': 9,
    'actions/labeler': 5,
    'actions/configure-pages': 4,
    'actions/deploy-pages': 4,
    'actions/upload-pages-artifact': 3,
    'actions/dependency-review-action': 4,
    'github/codeql-action': 3,
    'docker/login-action': 3,
    'docker/setup-buildx-action': 3,
    'docker/setup-qemu-action': 3,
    'docker/build-push-action': 5,
    'docker/metadata-action': 5
};
function invalidUses(workflow) {
    const stepFindings = workflow.jobs.flatMap(job => job.steps.flatMap(step => {
        const problem = step.uses && stepUsesProblem(String(step.uses.value));
        return problem && step.uses ? [findingAt(workflow.source, 'invalid-uses', step.uses, problem)] : [];
    }));
    const jobFindings = reusableCalls(workflow).flatMap(({ uses }) => {
        const problem = workflowUsesProblem(String(uses.value));
        return problem ? [findingAt(workflow.source, 'invalid-uses', uses, problem)] : [];
    });
    return [...stepFindings, ...jobFindings];
}
function unpinnedActions(workflow) {
    const references = [
        ...workflow.jobs.flatMap(job => job.steps.flatMap(step => (step.uses ? [step.uses] : []))),
        ...reusableCalls(workflow).map(call => call.uses)
    ];
    return references.flatMap(uses => {
        const remote = parseRemote(String(uses.value));
        if (!remote || FIRST_PARTY_OWNERS.has(remote.owner.toLowerCase()) || FULL_SHA.test(remote.ref))
            return [];
        return [
            findingAt(workflow.source, 'unpinned-action', uses, `${remote.owner}/${remote.repo}${remote.path} is referenced by \`${remote.ref}\`, which its owner can move to other code.`)
        ];
    });
}
function outdatedActions(workflow) {
    return workflow.jobs.flatMap(job => job.steps.flatMap(step => {
        const remote = step.uses && parseRemote(String(step.uses.value));
        if (!remote || !step.uses)
            return [];
        const name = `${remote.owner}/${remote.repo}`.toLowerCase();
        const current = CURRENT_MAJORS[name];
        const major = /^v?(\d+)(?:\.|$)/.exec(remote.ref)?.[1];
        if (current === undefined || major === undefined || Number(major) >= current)
            return [];
        return [
            findingAt(workflow.source, 'outdated-action', step.uses, `${name}@${remote.ref} runs on a Node.js runtime GitHub no longer provides; use v${current} or later.`)
        ];
    }));
}
function secretsInherit(workflow) {
    return reusableCalls(workflow).flatMap(({ job }) => {
        const secrets = get(workflow.source, job.node, 'secrets');
        if (model_text(secrets) !== 'inherit' || !secrets)
            return [];
        return [
            findingAt(workflow.source, 'secrets-inherit', secrets, `Job \`${job.id}\` passes every secret of this repository to the called workflow.`)
        ];
    });
}
/** Checkout steps that keep the token in .git/config; a warning when the job also uploads artifacts. */
function persistedCredentials(workflow) {
    return workflow.jobs.flatMap(job => {
        const uploads = job.steps.some(step => actionName(step) === 'actions/upload-artifact');
        return job.steps.flatMap(step => {
            if (actionName(step) !== 'actions/checkout' || !step.uses)
                return [];
            const persist = model_text(get(workflow.source, step.with, 'persist-credentials'))?.toLowerCase();
            if (persist === 'false')
                return [];
            if (uploads) {
                return [
                    findingAt(workflow.source, 'artipacked', step.uses, `Job \`${job.id}\` uploads artifacts after this checkout stored the token in .git/config, which an artifact of the workspace can include.`)
                ];
            }
            // An explicit `true` is a choice (a later step pushes); only the silent default is advice-worthy.
            if (persist === 'true')
                return [];
            return [
                findingAt(workflow.source, 'persisted-credentials', step.uses, 'actions/checkout keeps the token in .git/config for every later step of the job.')
            ];
        });
    });
}
/** Actions that restore a cache, and how a step turns that on. */
const CACHING_ACTIONS = {
    'actions/cache': () => true,
    'actions/cache/restore': () => true,
    'swatinem/rust-cache': () => true,
    'actions/setup-node': (_, input) => Boolean(input('cache')),
    'actions/setup-python': (_, input) => Boolean(input('cache')),
    'actions/setup-java': (_, input) => Boolean(input('cache')),
    'actions/setup-dotnet': (_, input) => input('cache') === 'true',
    'actions/setup-go': (_, input) => input('cache') !== 'false',
    'astral-sh/setup-uv': (_, input) => input('enable-cache') !== 'false',
    'ruby/setup-ruby': (_, input) => input('bundler-cache') === 'true',
    'docker/build-push-action': (_, input) => /type=gha/.test(input('cache-from') ?? '')
};
function cachePoisoning(workflow) {
    const trigger = releaseTrigger(workflow);
    if (!trigger)
        return [];
    return workflow.jobs.flatMap(job => job.steps.flatMap(step => {
        const name = actionName(step);
        const caches = name !== undefined && CACHING_ACTIONS[name];
        const input = (key) => model_text(get(workflow.source, step.with, key))?.toLowerCase();
        if (!caches || !caches(step, input) || !step.uses)
            return [];
        return [
            findingAt(workflow.source, 'cache-poisoning', step.uses, `${name} restores a cache in a workflow triggered by ${trigger}; a cache written by a branch or pull request can end up in the release.`)
        ];
    }));
}
function releaseTrigger(workflow) {
    if (workflow.events.has('release'))
        return 'release';
    const push = workflow.events.get('push');
    return push && get(workflow.source, push.config, 'tags') ? 'pushed tags' : undefined;
}
/** `owner/repo[/path]`, lower-cased, of a step's remote action. */
function actionName(step) {
    const remote = step.uses && parseRemote(String(step.uses.value));
    return remote ? `${remote.owner}/${remote.repo}${remote.path}`.toLowerCase() : undefined;
}
function reusableCalls(workflow) {
    return workflow.jobs.flatMap(job => {
        const uses = get(workflow.source, job.node, 'uses');
        return (0,dist/* isScalar */.jn)(uses) ? [{ job, uses }] : [];
    });
}
function parseRemote(uses) {
    if (uses.startsWith('./') || uses.startsWith('docker://') || uses.includes('${{'))
        return undefined;
    const match = REMOTE_REF.exec(uses.trim());
    return match ? { owner: match[1], repo: match[2], path: match[3], ref: match[4] } : undefined;
}
function stepUsesProblem(uses) {
    if (uses.includes('${{'))
        return undefined;
    if (uses.startsWith('./'))
        return undefined;
    if (uses.startsWith('docker://')) {
        return /^docker:\/\/[^\s:@]+(?::[^\s:@]+)?(?:@sha256:[0-9a-f]{64})?$/i.test(uses)
            ? undefined
            : `\`${uses}\` is not a valid Docker image reference (docker://image[:tag][@digest]).`;
    }
    if (uses.startsWith('.'))
        return `The local action \`${uses}\` must start with \`./\`.`;
    if (parseRemote(uses))
        return undefined;
    if (!uses.includes('@'))
        return `\`${uses}\` has no \`@ref\`: name a tag, branch or commit sha.`;
    return `\`${uses}\` must name the owner and repository: \`owner/repo[/path]@ref\`.`;
}
function workflowUsesProblem(uses) {
    if (uses.includes('${{'))
        return undefined;
    const path = uses.startsWith('./') ? uses : parseRemote(uses)?.path;
    if (path !== undefined && /^\.?\/\.github\/workflows\/[^/]+\.ya?ml$/.test(path))
        return undefined;
    return `\`${uses}\` is not a reusable workflow reference: \`owner/repo/.github/workflows/file.yml@ref\` or \`./.github/workflows/file.yml\`.`;
}

;// CONCATENATED MODULE: ./src/lint/checks/commands.ts



const DEPRECATED_COMMAND = /::(set-output|save-state|set-env|add-path)\b/g;
const REPLACEMENT = {
    'set-output': '$GITHUB_OUTPUT',
    'save-state': '$GITHUB_STATE',
    'set-env': '$GITHUB_ENV',
    'add-path': '$GITHUB_PATH'
};
function deprecatedCommands(workflow) {
    return workflow.jobs.flatMap(job => job.steps.flatMap(step => {
        const run = step.run;
        if (!run)
            return [];
        const script = String(run.value);
        return [...script.matchAll(DEPRECATED_COMMAND)].map((match, index, all) => findingAt(workflow.source, 'deprecated-command', run, `The \`${match[1]}\` workflow command is deprecated${/set-env|add-path/.test(match[1]) ? ' and disabled' : ''}; write to ${REPLACEMENT[match[1]]} instead.`, match[0], all.slice(0, index).filter(other => other[0] === match[0]).length));
    }));
}
/** ACTIONS_ALLOW_UNSECURE_COMMANDS anywhere a variable can be set: env maps and matrix rows alike. */
function insecureCommands(workflow) {
    const findings = [];
    (0,dist/* visit */.YR)(workflow.source.doc, {
        Pair(_, pair) {
            if (!(0,dist/* isScalar */.jn)(pair.key) || String(pair.key.value).toUpperCase() !== 'ACTIONS_ALLOW_UNSECURE_COMMANDS')
                return;
            if (model_text((0,dist/* isScalar */.jn)(pair.value) ? pair.value : undefined)?.toLowerCase() === 'false')
                return;
            findings.push(findingAt(workflow.source, 'insecure-commands', pair.key, 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables set-env and add-path, which let any output line set variables.'));
        }
    });
    return findings;
}

// EXTERNAL MODULE: ./src/classify/redact.ts
var redact = __webpack_require__(21789);
;// CONCATENATED MODULE: ./src/lint/checks/credentials.ts




function hardcodedCredentials(workflow) {
    const { source } = workflow;
    const containers = workflow.jobs.flatMap(job => [
        get(source, job.node, 'container'),
        ...entries(source, get(source, job.node, 'services')).map(service => service.value)
    ]);
    const passwords = containers.flatMap(container => {
        const password = get(source, get(source, container, 'credentials'), 'password');
        if (!isLiteral(password))
            return [];
        return [
            findingAt(source, 'hardcoded-credentials', password, 'The registry password is written in the workflow.')
        ];
    });
    const envMaps = [
        get(source, workflow.root, 'env'),
        ...workflow.jobs.flatMap(job => [
            get(source, job.node, 'env'),
            ...job.steps.map(step => get(source, step.node, 'env'))
        ]),
        ...containers.map(container => get(source, container, 'env'))
    ];
    const tokens = envMaps.flatMap(env => entries(source, env).flatMap(({ key, value }) => {
        if (!isLiteral(value) || !looksLikeToken(value.value))
            return [];
        return [
            findingAt(source, 'hardcoded-credentials', value, `The value of \`${key.value}\` looks like a token written in the workflow.`)
        ];
    }));
    return [...passwords, ...tokens];
}
/** A non-empty string written in the file, not computed by an expression. */
function isLiteral(node) {
    return ((0,dist/* isScalar */.jn)(node) &&
        typeof node.value === 'string' &&
        node.value.trim() !== '' &&
        !node.value.includes('${{'));
}
/**
 * Kinds of the log redactor that name a credential by its own format. Its generic kinds
 * (`password=` assignments, credentials in URLs) are left out: CI databases routinely run
 * with literal throwaway passwords such as POSTGRES_PASSWORD: postgres.
 */
const GENERIC_KINDS = new Set(['secret', 'url-credentials']);
function looksLikeToken(value) {
    return [...(0,redact/* redactSecrets */.fp)(value).matchAll(/\[REDACTED:([a-z-]+)\]/g)].some(([, kind]) => !GENERIC_KINDS.has(kind));
}

;// CONCATENATED MODULE: ./src/lint/expressions.ts
/**
 * Just enough of the ${{ }} expression language for our own checks. GitHub's parser validates
 * the syntax; these helpers only find expressions in a string and the context paths they read.
 */
/** Every `${{ ... }}` in a string; `}}` inside a quoted string literal does not close one. */
function findExpressions(value) {
    const found = [];
    let start = value.indexOf('${{');
    while (start >= 0) {
        const end = closingBraces(value, start + 3);
        if (end < 0)
            break;
        found.push({ text: value.slice(start, end), body: value.slice(start + 3, end - 2), start, end });
        start = value.indexOf('${{', end);
    }
    return found;
}
/**
 * The context paths an expression reads, lower-cased, with indexes normalised to segments:
 * `github.event['issue'].title` -> `github.event.issue.title`, `x[0]` and `x[*]` -> `x.*`.
 */
function contextPaths(body) {
    const normalised = withoutStrings(body.replace(/\[\s*'([^']*)'\s*\]/g, '.$1').replace(/\[\s*(\*|\d+)\s*\]/g, '.*')).toLowerCase();
    return (normalised.match(/(?<![\w.-])[a-z_][\w-]*(?:\s*\.\s*(?:[\w-]+|\*))*/g)?.map(p => p.replace(/\s/g, '')) ??
        []);
}
/**
 * True when the expression yields a boolean (a comparison, a negation or contains/startsWith/
 * endsWith), so no text from the data it reads can reach where it expands. `&&` and `||` return
 * one of their operands, so they never make an expression boolean by themselves.
 */
function yieldsBoolean(body) {
    const code = withoutStrings(body).trim();
    if (/^(contains|startswith|endswith)\s*\(/i.test(code) &&
        matchingParen(code, code.indexOf('(')) === code.length - 1) {
        return true;
    }
    return !/&&|\|\|/.test(code) && (/[=!]=|[<>]/.test(code) || code.startsWith('!'));
}
/** Replaces single-quoted string literals (with '' escapes) by empty literals. */
function withoutStrings(body) {
    return body.replace(/'(?:[^']|'')*'/g, "''");
}
function closingBraces(value, from) {
    let inString = false;
    for (let i = from; i < value.length; i++) {
        const char = value[i];
        if (inString) {
            if (char === "'" && value[i + 1] === "'")
                i++;
            else if (char === "'")
                inString = false;
        }
        else if (char === "'") {
            inString = true;
        }
        else if (char === '}' && value[i + 1] === '}') {
            return i + 2;
        }
    }
    return -1;
}
function matchingParen(code, open) {
    let depth = 0;
    for (let i = open; i < code.length; i++) {
        if (code[i] === '(')
            depth++;
        else if (code[i] === ')' && --depth === 0)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/lint/checks/injection.ts




/**
 * Event fields anyone who opens an issue or pull request, comments or pushes a branch can
 * write (segments; `*` matches one segment, e.g. an array index).
 */
const UNTRUSTED_PATHS = [
    'github.head_ref',
    'github.event.issue.title',
    'github.event.issue.body',
    'github.event.pull_request.title',
    'github.event.pull_request.body',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.label',
    'github.event.pull_request.head.repo.default_branch',
    'github.event.comment.body',
    'github.event.review.body',
    'github.event.review_comment.body',
    'github.event.discussion.title',
    'github.event.discussion.body',
    'github.event.pages.*.page_name',
    'github.event.commits.*.message',
    'github.event.commits.*.author.email',
    'github.event.commits.*.author.name',
    'github.event.head_commit.message',
    'github.event.head_commit.author.email',
    'github.event.head_commit.author.name',
    'github.event.head_commit.committer.email',
    'github.event.head_commit.committer.name',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.display_title',
    'github.event.workflow_run.head_commit.message',
    'github.event.workflow_run.head_commit.author.email',
    'github.event.workflow_run.head_commit.author.name',
    'github.event.workflow_run.pull_requests.*.head.ref'
].map(path => path.split('.'));
/** Refs that name the code of the pull request or triggering run rather than the base repository. */
const UNTRUSTED_REFS = [
    'github.head_ref',
    'github.event.pull_request.head.sha',
    'github.event.pull_request.head.ref',
    'github.event.workflow_run.head_sha',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.head_commit.id'
].map(path => path.split('.'));
/** Triggers that run with the base repository's secrets and write token on behalf of untrusted code. */
const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'];
function templateInjection(workflow) {
    return workflow.jobs.flatMap(job => job.steps.flatMap(step => {
        const script = scriptOf(workflow, step);
        if (!script)
            return [];
        const value = String(script.value);
        return findExpressions(value).flatMap((expression, index, all) => {
            if (yieldsBoolean(expression.body))
                return [];
            const untrusted = contextPaths(expression.body).find(path => matchesAny(path, UNTRUSTED_PATHS, true));
            if (!untrusted)
                return [];
            const occurrence = all.slice(0, index).filter(other => other.text === expression.text).length;
            return [
                findingAt(workflow.source, 'template-injection', script, `\`${untrusted}\` can be written by an attacker and expands into the ${step.run ? 'shell script' : 'github-script script'} before it runs.`, expression.text, occurrence)
            ];
        });
    }));
}
function untrustedCheckout(workflow) {
    const trigger = privilegedTrigger(workflow);
    if (!trigger)
        return [];
    return workflow.jobs.flatMap(job => job.steps.flatMap(step => {
        const ref = get(workflow.source, step.with, 'ref');
        if (!usesAction(step, 'actions/checkout') || !(0,dist/* isScalar */.jn)(ref))
            return [];
        const value = String(ref.value);
        const readsHead = /refs\/pull\/.*\/(head|merge)/.test(value) ||
            findExpressions(value).some(e => contextPaths(e.body).some(path => matchesAny(path, UNTRUSTED_REFS, false)));
        if (!readsHead)
            return [];
        return [
            findingAt(workflow.source, 'untrusted-checkout', ref, `This ${trigger} workflow checks out the untrusted head (${value.trim()}) with the base repository's secrets and token.`)
        ];
    }));
}
function untrustedEnvWrite(workflow) {
    const trigger = privilegedTrigger(workflow);
    if (!trigger)
        return [];
    return workflow.jobs.flatMap(job => job.steps.flatMap(step => {
        if (!step.run)
            return [];
        const found = /\$\{?(GITHUB_ENV|GITHUB_PATH)\b/.exec(String(step.run.value));
        if (!found)
            return [];
        return [
            findingAt(workflow.source, 'untrusted-env-write', step.run, `This ${trigger} workflow writes to $${found[1]}, which lets data from the pull request change later steps.`, found[0])
        ];
    }));
}
function overprovisionedSecrets(workflow) {
    const findings = [];
    (0,dist/* visit */.YR)(workflow.source.doc, {
        Scalar(_, node) {
            if (typeof node.value !== 'string')
                return;
            for (const expression of findExpressions(node.value)) {
                if (!/(?<![\w.-])secrets(?!\s*[.[\w-])/i.test(withoutStrings(expression.body)))
                    continue;
                findings.push(findingAt(workflow.source, 'overprovisioned-secrets', node, 'The whole secrets context is serialised here, so every secret of the repository reaches the job.', expression.text));
            }
        }
    });
    return findings;
}
function scriptOf(workflow, step) {
    if (step.run)
        return step.run;
    const script = get(workflow.source, step.with, 'script');
    return usesAction(step, 'actions/github-script') && (0,dist/* isScalar */.jn)(script) ? script : undefined;
}
function privilegedTrigger(workflow) {
    return PRIVILEGED_TRIGGERS.find(trigger => workflow.events.has(trigger));
}
/**
 * Whether a path read by an expression reaches one of the patterns. `*` on either side matches
 * any segment (`github.event.*.body` reads comment bodies). With `wholeObjects`, a path that
 * stops above an untrusted field (toJSON(github.event.issue)) matches too.
 */
function matchesAny(path, patterns, wholeObjects) {
    const segments = path.split('.');
    return patterns.some(pattern => {
        const compared = Math.min(segments.length, pattern.length);
        if (segments.length < pattern.length && (!wholeObjects || segments.length < 3))
            return false;
        for (let i = 0; i < compared; i++) {
            if (segments[i] !== pattern[i] && segments[i] !== '*' && pattern[i] !== '*')
                return false;
        }
        return true;
    });
}

;// CONCATENATED MODULE: ./src/lint/checks/jobs.ts




/** GitHub-hosted runner labels (docs.github.com: GitHub-hosted runners, standard and larger). */
const HOSTED_LABELS = new Set([
    'ubuntu-latest',
    'ubuntu-slim',
    'ubuntu-24.04',
    'ubuntu-22.04',
    'ubuntu-24.04-arm',
    'ubuntu-22.04-arm',
    'windows-latest',
    'windows-2025',
    'windows-2022',
    'windows-11-arm',
    'macos-latest',
    'macos-26',
    'macos-15',
    'macos-14',
    'macos-13',
    'macos-15-intel',
    'macos-latest-large',
    'macos-26-large',
    'macos-15-large',
    'macos-14-large',
    'macos-13-large',
    'macos-latest-xlarge',
    'macos-26-xlarge',
    'macos-15-xlarge',
    'macos-14-xlarge',
    'macos-13-xlarge'
]);
/** Labels every self-hosted runner gets; they only ever select self-hosted runners. */
const SELF_HOSTED_LABELS = new Set(['self-hosted', 'linux', 'macos', 'windows', 'x64', 'arm', 'arm64']);
const SHELLS = new Set(['bash', 'sh', 'pwsh', 'python', 'cmd', 'powershell']);
const WINDOWS_ONLY_SHELLS = new Set(['cmd', 'powershell']);
const UNIX_ONLY_SHELLS = new Set(['sh']);
function missingTimeout(workflow) {
    const { source } = workflow;
    return (workflow.jobs
        // A reusable-workflow call cannot set timeout-minutes: the called jobs do.
        .filter(job => !pairOf(source, job.node, 'timeout-minutes') && !pairOf(source, job.node, 'uses'))
        .map(job => findingAt(source, 'missing-timeout', job.key, `Job \`${job.id}\` has no timeout-minutes; the default is 360.`)));
}
function runnerLabels(workflow) {
    return workflow.jobs.flatMap(job => labelSets(workflow, job).flatMap(set => {
        if (set.some(label => String(label.value).toLowerCase() === 'self-hosted'))
            return [];
        return set
            .filter(label => {
            const name = String(label.value).toLowerCase();
            return !name.includes('${{') && !HOSTED_LABELS.has(name) && !SELF_HOSTED_LABELS.has(name);
        })
            .map(label => findingAt(workflow.source, 'runner-label', label, `\`${label.value}\` is not a GitHub-hosted runner label, and the job does not ask for \`self-hosted\`.`));
    }));
}
function invalidShells(workflow) {
    const { source } = workflow;
    const workflowShell = get(source, get(source, get(source, workflow.root, 'defaults'), 'run'), 'shell');
    const jobShells = workflow.jobs.flatMap(job => {
        const os = runnerOs(workflow, job);
        const shells = [
            get(source, get(source, get(source, job.node, 'defaults'), 'run'), 'shell'),
            ...job.steps.map(step => get(source, step.node, 'shell'))
        ];
        return shells.flatMap(shell => shellProblem(workflow, shell, os));
    });
    return [...shellProblem(workflow, workflowShell, undefined), ...jobShells];
}
function duplicateStepIds(workflow) {
    return workflow.jobs.flatMap(job => {
        const seen = new Set();
        return job.steps.flatMap(step => {
            const id = get(workflow.source, step.node, 'id');
            const name = model_text(id)?.toLowerCase();
            if (!id || name === undefined || name.includes('${{'))
                return [];
            if (!seen.has(name)) {
                seen.add(name);
                return [];
            }
            return [
                findingAt(workflow.source, 'duplicate-step-id', id, `Step id \`${model_text(id)}\` is used twice in job \`${job.id}\`.`)
            ];
        });
    });
}
function jobNeeds(workflow) {
    const jobIds = new Set(workflow.jobs.map(job => job.id.toLowerCase()));
    return workflow.jobs.flatMap(job => {
        const seen = new Set();
        return scalars(workflow.source, get(workflow.source, job.node, 'needs')).flatMap(need => {
            const name = String(need.value).toLowerCase();
            const problem = !jobIds.has(name)
                ? `Job \`${job.id}\` needs \`${need.value}\`, which is not a job of this workflow.`
                : seen.has(name)
                    ? `Job \`${job.id}\` lists \`${need.value}\` twice in needs (job ids are case-insensitive).`
                    : undefined;
            seen.add(name);
            return problem ? [findingAt(workflow.source, 'job-needs', need, problem)] : [];
        });
    });
}
/** `if: ${{ a }} && b` is the string "true && b" once expanded: a non-empty string, always true. */
function ifAlwaysTrue(workflow) {
    const conditions = workflow.jobs.flatMap(job => [
        get(workflow.source, job.node, 'if'),
        ...job.steps.map(step => get(workflow.source, step.node, 'if'))
    ]);
    return conditions.flatMap(condition => {
        if (!(0,dist/* isScalar */.jn)(condition) || typeof condition.value !== 'string')
            return [];
        const value = condition.value;
        const expressions = findExpressions(value);
        const wholeValue = expressions.length === 1 && expressions[0].start === 0 && expressions[0].end === value.length;
        if (expressions.length === 0 || wholeValue)
            return [];
        return [
            findingAt(workflow.source, 'if-always-true', condition, 'This condition has text outside its ${{ }}, so it is a non-empty string and always true.')
        ];
    });
}
function matrixProblems(workflow) {
    const { source } = workflow;
    return workflow.jobs.flatMap(job => {
        const matrix = get(source, get(source, job.node, 'strategy'), 'matrix');
        if (!(0,dist/* isMap */.jh)(matrix))
            return [];
        const rows = new Map(entries(source, matrix)
            .filter(({ key }) => key.value !== 'include' && key.value !== 'exclude')
            .map(({ key, value }) => [String(key.value), value]));
        const duplicates = [...rows].flatMap(([key, row]) => {
            const seen = new Set();
            return items(source, row).flatMap(item => {
                const value = scalarKey(item);
                if (value === undefined)
                    return [];
                if (!seen.has(value)) {
                    seen.add(value);
                    return [];
                }
                return [findingAt(source, 'matrix', item, `Matrix row \`${key}\` lists ${model_text(item)} twice.`)];
            });
        });
        const excludes = items(source, get(source, matrix, 'exclude')).flatMap(exclusion => entries(source, exclusion).flatMap(({ key, value }) => excludeProblem(workflow, rows, key, value)));
        return [...duplicates, ...excludes];
    });
}
function excludeProblem(workflow, rows, key, value) {
    const name = String(key.value);
    if (!rows.has(name)) {
        return [
            findingAt(workflow.source, 'matrix', key, `The exclude names \`${name}\`, which is not a row of the matrix.`)
        ];
    }
    const row = rows.get(name);
    // Rows computed by an expression, objects (matched as subsets) and expressions cannot be checked statically.
    const candidates = items(workflow.source, row).map(scalarKey);
    const excluded = scalarKey(value);
    if (!(0,dist/* isSeq */.oP)(row) ||
        excluded === undefined ||
        candidates.includes(undefined) ||
        candidates.includes(excluded))
        return [];
    return [
        findingAt(workflow.source, 'matrix', value, `The exclude value ${model_text(value)} for \`${name}\` is not in the matrix row, so it excludes nothing.`)
    ];
}
/** A literal scalar's identity (type and value); undefined for collections and expressions. */
function scalarKey(node) {
    if (!(0,dist/* isScalar */.jn)(node) || (typeof node.value === 'string' && node.value.includes('${{')))
        return undefined;
    return `${typeof node.value}:${String(node.value)}`;
}
/** The label sets a job may run on: its `runs-on`, or each row of the matrix key it names. */
function labelSets(workflow, job) {
    const { source } = workflow;
    const runsOn = get(source, job.node, 'runs-on');
    // Runner groups select runners by group, and their labels are the organisation's own.
    if ((0,dist/* isMap */.jh)(runsOn))
        return get(source, runsOn, 'group') ? [] : [scalars(source, get(source, runsOn, 'labels'))];
    const labels = scalars(source, runsOn);
    const matrixKey = labels.length === 1 ? /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(String(labels[0].value)) : null;
    if (!matrixKey)
        return [labels];
    const row = get(source, get(source, get(source, job.node, 'strategy'), 'matrix'), matrixKey[1]);
    return items(source, row).map(item => scalars(source, item));
}
/** The OS of a job that runs on one known GitHub-hosted label, for platform-specific shells. */
function runnerOs(workflow, job) {
    const sets = labelSets(workflow, job);
    if (sets.length !== 1 || sets[0].length !== 1)
        return undefined;
    const label = String(sets[0][0].value).toLowerCase();
    if (!HOSTED_LABELS.has(label))
        return undefined;
    return label.startsWith('windows') ? 'windows' : 'unix';
}
function shellProblem(workflow, shell, os) {
    const value = model_text(shell);
    if (!shell || value === undefined || value.includes('${{') || value.includes('{0}'))
        return [];
    const name = value.trim().toLowerCase();
    const problem = !SHELLS.has(name)
        ? `\`${value}\` is not a shell the runner knows; use a known shell or a custom \`command {0}\`.`
        : os === 'unix' && WINDOWS_ONLY_SHELLS.has(name)
            ? `\`${value}\` is only available on Windows runners; use pwsh or bash.`
            : os === 'windows' && UNIX_ONLY_SHELLS.has(name)
                ? `\`${value}\` is not available on Windows runners; use bash or pwsh.`
                : undefined;
    return problem ? [findingAt(workflow.source, 'invalid-shell', shell, problem)] : [];
}

;// CONCATENATED MODULE: ./src/lint/checks/permissions.ts


/** `write-all` at workflow or job level. Invalid scopes and values are reported by GitHub's parser. */
function excessivePermissions(workflow) {
    const { source } = workflow;
    const grants = [
        { node: get(source, workflow.root, 'permissions'), where: 'The workflow' },
        ...workflow.jobs.map(job => ({ node: get(source, job.node, 'permissions'), where: `Job \`${job.id}\`` }))
    ];
    return grants.flatMap(({ node, where }) => node && model_text(node) === 'write-all'
        ? [
            findingAt(source, 'excessive-permissions', node, `${where} grants every write permission to the GITHUB_TOKEN.`)
        ]
        : []);
}
/** Jobs that fall back to the repository's default token permissions. */
function missingPermissions(workflow) {
    const { source } = workflow;
    if (pairOf(source, workflow.root, 'permissions'))
        return [];
    return workflow.jobs
        .filter(job => !pairOf(source, job.node, 'permissions'))
        .map(job => findingAt(source, 'missing-permissions', job.key, `Job \`${job.id}\` sets no permissions, so its token gets the repository default, which can be write-all.`));
}

;// CONCATENATED MODULE: ./src/lint/checks/triggers.ts




/** GitHub runs schedules at most every 5 minutes. */
const MIN_SCHEDULE_MINUTES = 5;
const REF_FILTERS = ['branches', 'branches-ignore', 'tags', 'tags-ignore'];
const PATH_FILTERS = ['paths', 'paths-ignore'];
/** Schedules more frequent than GitHub runs, and time zones that are not IANA names. Cron syntax is GitHub's parser's. */
function scheduleProblems(workflow) {
    const { source } = workflow;
    return items(source, workflow.events.get('schedule')?.config).flatMap(schedule => {
        const cron = get(source, schedule, 'cron');
        const timezone = get(source, schedule, 'timezone');
        const findings = [];
        const interval = cron && model_text(cron) !== undefined ? shortestInterval(model_text(cron)) : undefined;
        if (cron && interval !== undefined && interval < MIN_SCHEDULE_MINUTES) {
            findings.push(findingAt(source, 'schedule-frequency', cron, `\`${model_text(cron)}\` runs every ${interval} minute(s); GitHub runs schedules at most every ${MIN_SCHEDULE_MINUTES} minutes.`));
        }
        const zone = model_text(timezone);
        if (timezone && zone !== undefined && !zone.includes('${{') && !isTimeZone(zone)) {
            findings.push(findingAt(source, 'invalid-cron', timezone, `\`${zone}\` is not an IANA time zone name.`));
        }
        return findings;
    });
}
function filterGlobs(workflow) {
    const { source } = workflow;
    return [...workflow.events.values()].flatMap(({ config }) => entries(source, config).flatMap(({ key, value }) => {
        const kind = REF_FILTERS.includes(String(key.value))
            ? 'ref'
            : PATH_FILTERS.includes(String(key.value))
                ? 'path'
                : undefined;
        if (!kind)
            return [];
        return scalars(source, value).flatMap(pattern => {
            const problem = globProblem(String(pattern.value), kind);
            return problem ? [findingAt(source, 'filter-glob', pattern, problem)] : [];
        });
    }));
}
/** workflow_dispatch defaults that cannot be valid, and `inputs.x` references to undefined inputs. */
function dispatchInputs(workflow) {
    const { source } = workflow;
    const dispatchInputs = entries(source, get(source, workflow.events.get('workflow_dispatch')?.config, 'inputs'));
    const callInputs = entries(source, get(source, workflow.events.get('workflow_call')?.config, 'inputs'));
    const defaults = dispatchInputs.flatMap(({ key, value }) => defaultProblem(workflow, String(key.value), value));
    const defined = new Set([...dispatchInputs, ...callInputs].map(({ key }) => String(key.value).toLowerCase()));
    const dispatchDefined = new Set(dispatchInputs.map(({ key }) => String(key.value).toLowerCase()));
    const references = [];
    (0,dist/* visit */.YR)(source.doc, {
        Scalar(_, node) {
            if (typeof node.value !== 'string')
                return;
            for (const expression of findExpressions(node.value)) {
                for (const path of contextPaths(expression.body)) {
                    const [, name] = /^inputs\.([\w-]+)/.exec(path) ?? [];
                    const [, eventName] = /^github\.event\.inputs\.([\w-]+)/.exec(path) ?? [];
                    const undefinedName = name !== undefined && !defined.has(name)
                        ? `inputs.${name}`
                        : eventName !== undefined && !dispatchDefined.has(eventName)
                            ? `github.event.inputs.${eventName}`
                            : undefined;
                    if (!undefinedName)
                        continue;
                    references.push(findingAt(source, 'dispatch-input', node, `\`${undefinedName}\` is not an input of this workflow, so it is always empty.`, expression.text));
                }
            }
        }
    });
    return [...defaults, ...references];
}
function defaultProblem(workflow, name, input) {
    const { source } = workflow;
    const type = model_text(get(source, input, 'type'));
    const fallback = get(source, input, 'default');
    const value = model_text(fallback);
    if (!fallback || value === undefined || value.includes('${{'))
        return [];
    if (type === 'choice') {
        const options = items(source, get(source, input, 'options')).map(model_text);
        if (options.length > 0 && !options.includes(value)) {
            return [
                findingAt(source, 'dispatch-input', fallback, `The default \`${value}\` of input \`${name}\` is not one of its options.`)
            ];
        }
    }
    if (type === 'number' && (value.trim() === '' || Number.isNaN(Number(value)))) {
        return [
            findingAt(source, 'dispatch-input', fallback, `The default \`${value}\` of number input \`${name}\` is not a number.`)
        ];
    }
    return [];
}
/**
 * The shortest gap between two runs of a cron expression, from its minute and hour fields
 * (undefined when they do not parse: GitHub's parser reports invalid cron).
 */
function shortestInterval(cron) {
    const [minuteField, hourField] = cron.trim().split(/\s+/);
    const minutes = expandField(minuteField, 0, 59);
    const hours = expandField(hourField, 0, 23);
    if (!minutes || !hours || minutes.length === 0)
        return undefined;
    const gaps = minutes.slice(1).map((minute, i) => minute - minutes[i]);
    // Runs in consecutive hours also follow one another across the hour boundary.
    if (hours.some(hour => hours.includes((hour + 1) % 24)))
        gaps.push(60 - minutes[minutes.length - 1] + minutes[0]);
    return gaps.length > 0 ? Math.min(...gaps) : undefined;
}
function expandField(field, min, max) {
    if (field === undefined)
        return undefined;
    const values = new Set();
    for (const part of field.split(',')) {
        const match = /^(\*|\d+)(?:-(\d+))?(?:\/(\d+))?$/.exec(part);
        if (!match)
            return undefined;
        const start = match[1] === '*' ? min : Number(match[1]);
        const end = match[2] !== undefined ? Number(match[2]) : match[1] === '*' || match[3] ? max : start;
        const step = match[3] !== undefined ? Number(match[3]) : 1;
        if (step < 1 || start < min || end > max || start > end)
            return undefined;
        for (let value = start; value <= end; value += step)
            values.add(value);
    }
    return [...values].sort((a, b) => a - b);
}
function isTimeZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Filter patterns are GitHub's globs (`*`, `**`, `?`, `+`, `[...]`, leading `!`), matched
 * against git ref names or repository-relative paths.
 */
function globProblem(pattern, kind) {
    const glob = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if (glob === '')
        return 'An empty filter pattern matches nothing.';
    if (kind === 'ref' && /[\s~^:\\]/.test(glob)) {
        return `\`${pattern}\` contains a character git does not allow in ref names (filters are globs, not regular expressions).`;
    }
    if (kind === 'path' && /^\.\.?\//.test(glob)) {
        return `\`${pattern}\` never matches: paths are relative to the repository root, without \`./\`.`;
    }
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i];
        if ((char === '?' || char === '+') && (i === 0 || glob[i - 1] === '*')) {
            return `In \`${pattern}\`, \`${char}\` must follow a character it repeats, not \`*\` or the start.`;
        }
        if (char === '[') {
            const close = glob.indexOf(']', i + 1);
            if (close < 0)
                return `In \`${pattern}\`, \`[\` is never closed.`;
            const range = /(.)-(.)/.exec(glob.slice(i + 1, close));
            if (range && range[1] > range[2])
                return `In \`${pattern}\`, the range \`${range[0]}\` is empty.`;
            i = close;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js
var workflow_parser_dist = __webpack_require__(22657);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/model/convert.js + 23 modules
var convert = __webpack_require__(89443);
;// CONCATENATED MODULE: ./src/lint/github-parser.ts



/** Parser messages that belong to a more specific rule than `workflow-schema`. */
const RULE_BY_MESSAGE = [
    [/cron/i, 'invalid-cron'],
    [
        /^(Unexpected symbol|Unexpected end of expression|Unrecognized (named-value|function|context)|Too (few|many) parameters|Exceeded max expression|The following format string)/,
        'expression'
    ]
];
/**
 * Runs GitHub's own parser and converter (schema, keys, types, expressions, needs cycles,
 * cron) and returns their errors as findings. The content must already have passed the
 * guards of loadSource: the parser expands YAML aliases without a limit.
 *
 * convertWorkflowTemplate is async only to fetch reusable workflows; with no file provider and
 * a fetch depth of 0 it reaches no `await`, so every error is recorded when the call returns.
 */
function githubParserFindings(file, content) {
    const parsed = (0,workflow_parser_dist/* parseWorkflow */.hM)({ name: file, content }, new workflow_parser_dist/* NoOperationTraceWriter */.P0());
    if (parsed.value) {
        (0,workflow_parser_dist/* convertWorkflowTemplate */.DE)(parsed.context, parsed.value, undefined, {
            errorPolicy: convert/* ErrorPolicy */.t.TryConversion,
            fetchReusableWorkflowDepth: 0
        }).catch(() => undefined);
    }
    return parsed.context.errors.getErrors().map(error => {
        const rule = RULE_BY_MESSAGE.find(([pattern]) => pattern.test(error.rawMessage))?.[1] ?? 'workflow-schema';
        const range = error.range;
        return {
            ...fileFinding(file, rule, error.rawMessage),
            ...(range
                ? {
                    line: range.start.line,
                    column: range.start.column,
                    endLine: range.end.line,
                    endColumn: range.end.column
                }
                : {})
        };
    });
}

// EXTERNAL MODULE: ./src/lint/annotations.ts
var annotations = __webpack_require__(18687);
;// CONCATENATED MODULE: ./src/lint/index.ts
/**
 * The workflow linter: GitHub's own parser and validator (@actions/workflow-parser) for
 * syntax, schema, expressions, needs and cron, then our own security and hygiene checks.
 * Pure and synchronous: text in, findings out.
 */












const CHECKS = [
    templateInjection,
    untrustedCheckout,
    untrustedEnvWrite,
    overprovisionedSecrets,
    excessivePermissions,
    missingPermissions,
    invalidUses,
    unpinnedActions,
    outdatedActions,
    secretsInherit,
    persistedCredentials,
    cachePoisoning,
    hardcodedCredentials,
    deprecatedCommands,
    insecureCommands,
    missingTimeout,
    runnerLabels,
    invalidShells,
    duplicateStepIds,
    jobNeeds,
    ifAlwaysTrue,
    matrixProblems,
    scheduleProblems,
    filterGlobs,
    dispatchInputs
];
/** Lints one workflow file. `file` names it in findings and must be unique per file. */
function lintWorkflow(file, content) {
    const { source, findings } = loadSource(file, content);
    if (!source)
        return findings;
    const workflow = buildWorkflow(source);
    const all = [...safely(file, () => githubParserFindings(file, content))];
    if (workflow)
        for (const check of CHECKS)
            all.push(...safely(file, () => check(workflow)));
    return all.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
function lintWorkflows(files) {
    return files.flatMap(({ path, content }) => lintWorkflow(path, content));
}
/** A check that throws on a shape nobody foresaw becomes a finding, never a crash of the health check. */
function safely(file, check) {
    try {
        return check();
    }
    catch (error) {
        return [fileFinding(file, 'invalid-file', `The linter could not analyse this file: ${String(error)}`)];
    }
}


/***/ })

};
