export const id = 974;
export const ids = [974];
export const modules = {

/***/ 7802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ LINT_RULES),
  B: () => (/* binding */ ruleById)
});

;// CONCATENATED MODULE: ./src/lint/rules-depth.ts
/**
 * Rules that read the workflow the way GitHub evaluates it: expression types, trigger
 * semantics, runner labels, action metadata and the scripts of `run:` steps.
 */
const DEPTH_RULES = [
    {
        id: 'expression-type',
        level: 'error',
        description: 'An expression reads a step, job, matrix key, input, secret or output that does not exist there, or uses a value of the wrong type.',
        hint: 'Check the id or property name against the workflow (step ids are only visible to later steps), and the types GitHub compares and expands.'
    },
    {
        id: 'constant-condition',
        level: 'error',
        description: 'An `if:` condition is a constant, so the job or step always or never runs.',
        hint: 'Remove the `if:`, or make the condition depend on a context such as github or needs.'
    },
    {
        id: 'event-config',
        level: 'error',
        description: 'A trigger is configured in a way GitHub rejects or ignores: both a filter and its -ignore form, a required input with a default, too many inputs, an empty list.',
        hint: "Use one of `branches`/`branches-ignore` (negate with '!'), drop the default of required inputs, and keep at most 25 dispatch inputs."
    },
    {
        id: 'env-name',
        level: 'error',
        description: 'An environment variable name contains `=`, `&` or whitespace, which no process can receive.',
        hint: 'Use letters, digits and underscores, e.g. `BUILD_MODE`.'
    },
    {
        id: 'action-input',
        level: 'error',
        description: 'A step gives a popular action (or a job a reusable workflow of the repository) an input or secret it does not declare, or leaves out a required one.',
        hint: "Compare `with:` and `secrets:` against the action's action.yml at the version used, or the called workflow's `on.workflow_call`."
    },
    {
        id: 'deprecated-input',
        level: 'warning',
        description: 'A step gives a popular action an input the action has deprecated.',
        hint: 'Use the replacement the deprecation message names.'
    },
    {
        id: 'shellcheck',
        level: 'warning',
        description: 'shellcheck reports a problem in a bash or sh `run:` script.',
        hint: 'Follow the SC code at https://www.shellcheck.net/wiki/, or disable it with a `# shellcheck disable=SCxxxx` comment.'
    },
    {
        id: 'pyflakes',
        level: 'warning',
        description: 'pyflakes reports a problem in a `shell: python` script.',
        hint: 'Fix the undefined or unused name pyflakes points at.'
    },
    {
        id: 'script-linter-missing',
        level: 'notice',
        description: 'shellcheck or pyflakes is not installed, so `run:` scripts were not checked by it.',
        hint: 'Install shellcheck and pyflakes (apt-get install shellcheck pyflakes3) to lint run: scripts.'
    }
];

;// CONCATENATED MODULE: ./src/lint/security-rules.ts
const SECURITY_AUDIT_RULES = [
    {
        id: 'dangerous-triggers',
        level: 'warning',
        description: 'The workflow runs on pull_request_target or workflow_run: with the base repository secrets and a write token, for events anyone can cause.',
        hint: 'Prefer `pull_request`. If the trigger is needed, never build or run the pull request code in it, grant the fewest permissions and pass event data through `env:`.'
    },
    {
        id: 'bot-conditions',
        level: 'error',
        description: 'An `if:` trusts `github.actor` (or triggering_actor) to be a bot, which anyone can make true by getting the bot to act on their pull request.',
        hint: "Check who opened the pull request instead, e.g. `github.event.pull_request.user.login == 'dependabot[bot]'`."
    },
    {
        id: 'unpinned-images',
        level: 'warning',
        description: 'A job or service container image has no tag, or uses `latest`, so every run may pull different code.',
        hint: 'Pin the image by digest and keep the tag for readers: `image: node:22@sha256:<digest>`.'
    },
    {
        id: 'unredacted-secrets',
        level: 'warning',
        description: 'A secret is parsed with fromJSON, so the fields taken out of it are new strings GitHub does not mask in logs.',
        hint: 'Store each value as its own secret and reference it as `${{ secrets.NAME }}`.'
    },
    {
        id: 'github-app',
        level: 'error',
        description: 'actions/create-github-app-token keeps its token alive after the job (`skip-token-revoke`), or lets it reach every repository of an owner.',
        hint: 'Remove `skip-token-revoke` (revoking is the default), and name the `repositories` and `permission-*` the job needs.'
    }
];

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
        description: 'The workflow or a job grants `write-all` (or `read-all`) to the GITHUB_TOKEN.',
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
        description: 'actions/checkout (before v6) leaves the token in .git/config, where later steps and artifacts of the workspace can read it.',
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
    },
    ...SECURITY_AUDIT_RULES,
    ...DEPTH_RULES
];
const RULES_BY_ID = new Map(LINT_RULES.map(rule => [rule.id, rule]));
function ruleById(id) {
    return RULES_BY_ID.get(id);
}


/***/ }),

/***/ 6974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lp: () => (/* binding */ MAX_WORKFLOW_BYTES),
  sb: () => (/* binding */ fileFinding),
  dz: () => (/* binding */ findingAt),
  sh: () => (/* binding */ loadSource),
  hd: () => (/* binding */ resolve),
  ee: () => (/* binding */ spanOf)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/lint/grades.ts
/**
 * Severity and confidence of each rule's usual finding, on zizmor's scales, so that findings read
 * the same as that tool's. A check can grade one finding differently when it knows more (a matrix
 * value is less sure to be attacker-controlled than an issue title).
 */
const GRADES = {
    'invalid-file': { severity: 'high', confidence: 'high' },
    'yaml-syntax': { severity: 'high', confidence: 'high' },
    'workflow-schema': { severity: 'high', confidence: 'high' },
    expression: { severity: 'high', confidence: 'high' },
    'invalid-cron': { severity: 'medium', confidence: 'high' },
    'schedule-frequency': { severity: 'low', confidence: 'high' },
    'template-injection': { severity: 'high', confidence: 'high' },
    'untrusted-checkout': { severity: 'high', confidence: 'medium' },
    'untrusted-env-write': { severity: 'high', confidence: 'medium' },
    'excessive-permissions': { severity: 'high', confidence: 'high' },
    'missing-permissions': { severity: 'medium', confidence: 'medium' },
    'invalid-uses': { severity: 'high', confidence: 'high' },
    'unpinned-action': { severity: 'high', confidence: 'high' },
    'outdated-action': { severity: 'medium', confidence: 'high' },
    'secrets-inherit': { severity: 'medium', confidence: 'high' },
    artipacked: { severity: 'high', confidence: 'low' },
    'persisted-credentials': { severity: 'low', confidence: 'low' },
    'cache-poisoning': { severity: 'high', confidence: 'low' },
    'overprovisioned-secrets': { severity: 'medium', confidence: 'high' },
    'hardcoded-credentials': { severity: 'high', confidence: 'high' },
    'deprecated-command': { severity: 'medium', confidence: 'high' },
    'insecure-commands': { severity: 'high', confidence: 'high' },
    'missing-timeout': { severity: 'low', confidence: 'high' },
    'invalid-shell': { severity: 'high', confidence: 'high' },
    'runner-label': { severity: 'medium', confidence: 'medium' },
    'duplicate-step-id': { severity: 'high', confidence: 'high' },
    'job-needs': { severity: 'high', confidence: 'high' },
    'if-always-true': { severity: 'high', confidence: 'high' },
    matrix: { severity: 'medium', confidence: 'high' },
    'filter-glob': { severity: 'medium', confidence: 'high' },
    'dispatch-input': { severity: 'medium', confidence: 'high' },
    'dangerous-triggers': { severity: 'high', confidence: 'medium' },
    'bot-conditions': { severity: 'high', confidence: 'high' },
    'unpinned-images': { severity: 'high', confidence: 'high' },
    'unredacted-secrets': { severity: 'medium', confidence: 'high' },
    'github-app': { severity: 'high', confidence: 'high' }
};
/** A rule without a grade of its own is graded by its level. */
const BY_LEVEL = {
    error: { severity: 'high', confidence: 'high' },
    warning: { severity: 'medium', confidence: 'medium' },
    notice: { severity: 'low', confidence: 'medium' }
};
function gradeOf(rule, level) {
    return GRADES[rule] ?? BY_LEVEL[level];
}

// EXTERNAL MODULE: ./src/lint/rules.ts + 2 modules
var rules = __webpack_require__(7802);
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
    const { level, hint } = (0,rules/* ruleById */.B)(rule);
    return { file, line: 1, column: 1, rule, level, ...gradeOf(rule, level), message, hint };
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


/***/ })

};
