export const id = 198;
export const ids = [198];
export const modules = {

/***/ 28198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LINT_RULES: () => (/* reexport */ rules/* LINT_RULES */.w),
  lintWorkflow: () => (/* binding */ lintWorkflow),
  lintWorkflows: () => (/* binding */ lintWorkflows),
  toAnnotation: () => (/* reexport */ annotations/* toAnnotation */.$)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/lint/source.ts + 1 modules
var lint_source = __webpack_require__(46974);
;// CONCATENATED MODULE: ./src/lint/model.ts


function buildWorkflow(source) {
    const root = (0,lint_source/* resolve */.hd)(source, source.doc.contents);
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
        const key = (0,lint_source/* resolve */.hd)(source, pair.key);
        return (0,dist/* isScalar */.jn)(key) ? [{ key, value: (0,lint_source/* resolve */.hd)(source, pair.value) }] : [];
    });
}
/** The items of a sequence (empty for anything else). */
function items(source, seq) {
    if (!(0,dist/* isSeq */.oP)(seq))
        return [];
    return seq.items.flatMap(item => (0,lint_source/* resolve */.hd)(source, item) ?? []);
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
        return problem && step.uses ? [(0,lint_source/* findingAt */.dz)(workflow.source, 'invalid-uses', step.uses, problem)] : [];
    }));
    const jobFindings = reusableCalls(workflow).flatMap(({ uses }) => {
        const problem = workflowUsesProblem(String(uses.value));
        return problem ? [(0,lint_source/* findingAt */.dz)(workflow.source, 'invalid-uses', uses, problem)] : [];
    });
    return [...stepFindings, ...jobFindings];
}
/**
 * Third-party references by tag or branch. GitHub's own actions may float on a tag, unless the
 * workflow pins one of them by commit sha elsewhere: then hashes are its policy even for GitHub's
 * actions, and a tag breaks it.
 */
function unpinnedActions(workflow) {
    const references = [
        ...workflow.jobs.flatMap(job => job.steps.flatMap(step => (step.uses ? [step.uses] : []))),
        ...reusableCalls(workflow).map(call => call.uses)
    ].flatMap(uses => {
        const remote = parseRemote(String(uses.value));
        return remote ? [{ uses, remote }] : [];
    });
    const hashPolicy = references.some(({ remote }) => FIRST_PARTY_OWNERS.has(remote.owner.toLowerCase()) && FULL_SHA.test(remote.ref));
    return references.flatMap(({ uses, remote }) => {
        if (FULL_SHA.test(remote.ref))
            return [];
        const name = `${remote.owner}/${remote.repo}${remote.path}`;
        if (!FIRST_PARTY_OWNERS.has(remote.owner.toLowerCase())) {
            return [
                (0,lint_source/* findingAt */.dz)(workflow.source, 'unpinned-action', uses, `${name} is referenced by \`${remote.ref}\`, which its owner can move to other code.`)
            ];
        }
        if (!hashPolicy)
            return [];
        return [
            (0,lint_source/* findingAt */.dz)(workflow.source, 'unpinned-action', uses, `${name} is referenced by \`${remote.ref}\`, while this workflow pins GitHub's actions by commit sha elsewhere: a tag can be moved to other code.`)
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
            (0,lint_source/* findingAt */.dz)(workflow.source, 'outdated-action', step.uses, `${name}@${remote.ref} runs on a Node.js runtime GitHub no longer provides; use v${current} or later.`)
        ];
    }));
}
function secretsInherit(workflow) {
    return reusableCalls(workflow).flatMap(({ job }) => {
        const secrets = get(workflow.source, job.node, 'secrets');
        if (model_text(secrets) !== 'inherit' || !secrets)
            return [];
        return [
            (0,lint_source/* findingAt */.dz)(workflow.source, 'secrets-inherit', secrets, `Job \`${job.id}\` passes every secret of this repository to the called workflow.`)
        ];
    });
}
/**
 * Checkout steps that keep the token where later steps can read it. Before actions/checkout v6 the
 * token sits in .git/config inside the workspace, so any later step, or an artifact of the
 * workspace, can carry it off: a warning, as zizmor grades it. From v6 it sits outside the
 * workspace and only an artifact upload makes it worse than advice.
 */
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
                    (0,lint_source/* findingAt */.dz)(workflow.source, 'artipacked', step.uses, `Job \`${job.id}\` uploads artifacts after this checkout stored the token in .git/config, which an artifact of the workspace can include.`)
                ];
            }
            // An explicit `true` is a choice (a later step pushes); only the silent default is worth a word.
            if (persist === 'true')
                return [];
            const major = /^v?(\d+)(?:\.|$)/.exec(parseRemote(String(step.uses.value))?.ref ?? '')?.[1];
            if ((major !== undefined && Number(major) >= 6) || persist?.includes('${{')) {
                return [
                    (0,lint_source/* findingAt */.dz)(workflow.source, 'persisted-credentials', step.uses, 'actions/checkout keeps the token for every later step of the job.')
                ];
            }
            return [
                {
                    ...(0,lint_source/* findingAt */.dz)(workflow.source, 'artipacked', step.uses, 'actions/checkout stores the token in .git/config inside the workspace, where every later step of the job, and any artifact or cache of the workspace, can read it.'),
                    severity: 'medium'
                }
            ];
        });
    });
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

;// CONCATENATED MODULE: ./src/lint/data/action-hazards.ts
/**
 * What some popular actions do that a security audit must know and their action.yml does not
 * say: which restore a cache a branch or pull request can write, which publish what a job built,
 * and which inputs they run as code. Read from each action's action.yml and documentation; an
 * entry names the action as `owner/repo[/path]`, lower case.
 */
const CACHE_AWARE_ACTIONS = [
    { action: 'actions/cache', toggles: [{ input: 'lookup-only', toggle: 'opt-out', defaultOn: true }] },
    { action: 'actions/cache/restore' },
    {
        action: 'actions/setup-java',
        toggles: [{ input: 'cache', toggle: 'opt-in', defaultOn: false, freeForm: true }]
    },
    {
        action: 'actions/setup-go',
        toggles: [{ input: 'cache', toggle: 'opt-in', defaultOn: true, defaultFromMajor: 4 }]
    },
    {
        action: 'actions/setup-node',
        toggles: [
            { input: 'cache', toggle: 'opt-in', defaultOn: false, values: ['npm', 'yarn', 'pnpm'] },
            { input: 'package-manager-cache', toggle: 'opt-in', defaultOn: true, defaultFromMajor: 5 }
        ]
    },
    {
        action: 'actions/setup-python',
        toggles: [{ input: 'cache', toggle: 'opt-in', defaultOn: false, freeForm: true }]
    },
    { action: 'actions/setup-dotnet', toggles: [{ input: 'cache', toggle: 'opt-in', defaultOn: false }] },
    {
        action: 'astral-sh/setup-uv',
        toggles: [{ input: 'enable-cache', toggle: 'opt-in', defaultOn: true, defaultBeforeMajor: 10 }]
    },
    { action: 'swatinem/rust-cache', toggles: [{ input: 'lookup-only', toggle: 'opt-out', defaultOn: true }] },
    { action: 'ruby/setup-ruby', toggles: [{ input: 'bundler-cache', toggle: 'opt-in', defaultOn: false }] },
    { action: 'pyo3/maturin-action', toggles: [{ input: 'sccache', toggle: 'opt-in', defaultOn: false }] },
    { action: 'mlugg/setup-zig', toggles: [{ input: 'use-cache', toggle: 'opt-in', defaultOn: true }] },
    { action: 'oven-sh/setup-bun', toggles: [{ input: 'no-cache', toggle: 'opt-out', defaultOn: true }] },
    {
        action: 'determinatesystems/magic-nix-cache-action',
        toggles: [{ input: 'use-gha-cache', toggle: 'opt-in', defaultOn: true }]
    },
    {
        action: 'graalvm/setup-graalvm',
        toggles: [{ input: 'cache', toggle: 'opt-in', defaultOn: false, freeForm: true }]
    },
    {
        action: 'gradle/actions/setup-gradle',
        toggles: [{ input: 'cache-disabled', toggle: 'opt-out', defaultOn: true }]
    },
    {
        action: 'gradle/gradle-build-action',
        toggles: [{ input: 'cache-disabled', toggle: 'opt-out', defaultOn: true }]
    },
    {
        action: 'docker/setup-buildx-action',
        toggles: [{ input: 'cache-binary', toggle: 'opt-in', defaultOn: true }],
        requires: ['version']
    },
    { action: 'docker/build-push-action', valuePattern: { input: 'cache-from', pattern: 'type=gha' } },
    {
        action: 'actions-rust-lang/setup-rust-toolchain',
        toggles: [{ input: 'cache', toggle: 'opt-in', defaultOn: true }]
    },
    { action: 'mozilla-actions/sccache-action' },
    { action: 'nix-community/cache-nix-action' },
    { action: 'jdx/mise-action', toggles: [{ input: 'cache', toggle: 'opt-in', defaultOn: true }] },
    {
        action: 'ramsey/composer-install',
        toggles: [{ input: 'ignore-cache', toggle: 'opt-out', defaultOn: true, values: ['yes', 'true', '1'] }]
    },
    { action: 'awalsh128/cache-apt-pkgs-action' }
];
/**
 * Actions that publish what the job built (packages, releases, images, deployments): a job that
 * uses one is a release job whatever its trigger. `unless` names an input that, when false,
 * makes the step publish nothing.
 */
const PUBLISHING_ACTIONS = [
    { action: 'pypa/gh-action-pypi-publish' },
    { action: 'rubygems/release-gem' },
    { action: 'jreleaser/release-action' },
    { action: 'goreleaser/goreleaser-action' },
    { action: 'softprops/action-gh-release' },
    { action: 'ncipollo/release-action' },
    { action: 'release-drafter/release-drafter' },
    { action: 'googleapis/release-please-action' },
    { action: 'docker/build-push-action', unless: 'push' },
    { action: 'redhat-actions/push-to-registry' },
    { action: 'aws-actions/amazon-ecs-deploy-task-definition' },
    { action: 'aws-actions/aws-cloudformation-github-deploy' },
    { action: 'azure/aci-deploy' },
    { action: 'azure/container-apps-deploy-action' },
    { action: 'azure/functions-action' },
    { action: 'azure/sql-action' },
    { action: 'cloudflare/wrangler-action' },
    { action: 'google-github-actions/deploy-appengine' },
    { action: 'google-github-actions/deploy-cloudrun' },
    { action: 'google-github-actions/deploy-cloud-functions' }
];
/**
 * Action inputs whose value the action runs as code (JavaScript, PowerShell, shell, a yq or jq
 * program) or renders as a template: an expression expanded into one is a template injection.
 */
const CODE_INPUTS = [
    { action: 'actions/github-script', inputs: ['script'], language: 'JavaScript' },
    { action: 'amadevus/pwsh-script', inputs: ['script'], language: 'PowerShell' },
    { action: 'azure/powershell', inputs: ['inlinescript'], language: 'PowerShell' },
    { action: 'azure/cli', inputs: ['inlinescript'], language: 'shell' },
    { action: 'appleboy/ssh-action', inputs: ['script'], language: 'shell' },
    { action: 'addnab/docker-run-action', inputs: ['run', 'options'], language: 'shell' },
    { action: 'jannekem/run-python-script-action', inputs: ['script'], language: 'Python' },
    { action: 'cardinalby/js-eval-action', inputs: ['expression'], language: 'JavaScript' },
    { action: 'mikefarah/yq', inputs: ['cmd'], language: 'yq command' },
    { action: 'devorbitus/yq-action-output', inputs: ['cmd'], language: 'yq command' },
    { action: 'sergeysova/jq-action', inputs: ['cmd'], language: 'jq command' },
    { action: 'gautamkrishnar/blog-post-workflow', inputs: ['item_exec'], language: 'JavaScript' },
    { action: '8398a7/action-slack', inputs: ['custom_payload'], language: 'JavaScript' },
    { action: 'skitionek/notify-microsoft-teams', inputs: ['overwrite'], language: 'JavaScript' },
    {
        action: 'tibdex/backport',
        inputs: ['body_template', 'head_template', 'labels_template', 'title_template'],
        language: 'lodash template'
    },
    {
        action: 'imjohnbo/issue-bot',
        inputs: ['body', 'linked-comments-previous-issue-text', 'linked-comments-new-issue-text'],
        language: 'template'
    },
    { action: 'lucasbento/auto-close-issues', inputs: ['issue-close-message'], language: 'template' },
    {
        action: 'roots/issue-closer-action',
        inputs: ['issue-close-message', 'pr-close-message'],
        language: 'template'
    }
];

;// CONCATENATED MODULE: ./src/lint/checks/cache-poisoning.ts





const CACHE_AWARE = new Map(CACHE_AWARE_ACTIONS.map(entry => [entry.action, entry]));
const TRUE_WORDS = new Set(['true', 'yes', '1', 'on']);
/**
 * Cache-aware steps in jobs that build what gets released. Caches are shared across branches and
 * pull requests of a repository, so a run an attacker controls can plant a cache entry that a
 * release job later restores into the artifacts it publishes.
 */
function cachePoisoning(workflow) {
    const triggers = releaseTriggers(workflow);
    return workflow.jobs.flatMap(job => {
        const publishing = triggers.length
            ? {
                why: `runs on ${triggers.map(t => t.name).join(' and ')}`,
                tagsOnly: triggers.every(t => t.tagLike)
            }
            : publishingStep(workflow, job);
        if (!publishing)
            return [];
        return job.steps.flatMap(step => {
            const name = actionName(step);
            const entry = name === undefined ? undefined : CACHE_AWARE.get(name);
            if (!entry || !step.uses)
                return [];
            const usage = cacheUsage(workflow, step, entry, publishing.tagsOnly);
            if (!usage)
                return [];
            return [
                (0,lint_source/* findingAt */.dz)(workflow.source, 'cache-poisoning', step.uses, `${entry.action} ${usage} in a job that ${publishing.why}: a cache entry written by a branch or pull request run can end up in what this job publishes. ${fixFor(entry)}`)
            ];
        });
    });
}
/** Triggers used to publish: releases, tag pushes and pushes to release branches. */
function releaseTriggers(workflow) {
    const { source } = workflow;
    const found = [];
    if (workflow.events.has('release'))
        found.push({ name: 'release', tagLike: true });
    const push = workflow.events.get('push')?.config;
    if (get(source, push, 'tags'))
        found.push({ name: 'pushed tags', tagLike: true });
    const branches = scalars(source, get(source, push, 'branches')).map(b => String(b.value).toLowerCase());
    if (branches.some(branch => branch.includes('release'))) {
        found.push({ name: 'pushes to release branches', tagLike: false });
    }
    return found;
}
function publishingStep(workflow, job) {
    for (const step of job.steps) {
        const name = actionName(step);
        const publisher = PUBLISHING_ACTIONS.find(entry => entry.action === name);
        if (!publisher)
            continue;
        if (publisher.unless && isFalse(model_text(get(workflow.source, step.with, publisher.unless))))
            continue;
        return { why: `publishes with ${publisher.action}`, tagsOnly: false };
    }
    return undefined;
}
/** How the step uses its cache ("restores a cache by default"), or undefined when it does not. */
function cacheUsage(workflow, step, entry, tagsOnly) {
    const inputs = new Map(entries(workflow.source, step.with).map(({ key, value }) => [String(key.value).toLowerCase(), value]));
    if (entry.requires?.some(input => !model_text(inputs.get(input))?.trim()))
        return undefined;
    if (entry.valuePattern) {
        const value = model_text(inputs.get(entry.valuePattern.input));
        return value !== undefined && value.includes(entry.valuePattern.pattern)
            ? `restores a cache (\`${entry.valuePattern.input}: ${value.trim()}\`)`
            : undefined;
    }
    if (!entry.toggles)
        return 'always restores a cache';
    const major = majorVersion(step);
    let maybe;
    for (const toggle of entry.toggles) {
        const state = toggleState(toggle, inputs.get(toggle.input), major, tagsOnly);
        if (state === 'default')
            return `restores a cache by default (\`${toggle.input}\` is not set)`;
        if (state === 'on')
            return `restores a cache (\`${toggle.input}: ${model_text(inputs.get(toggle.input))}\`)`;
        if (state === 'maybe')
            maybe ??= `may restore a cache (\`${toggle.input}\` is computed by an expression)`;
    }
    return maybe;
}
function toggleState(toggle, node, major, tagsOnly) {
    const value = model_text(node)?.trim();
    if (value === undefined || value === '') {
        const defaultOn = toggle.defaultOn &&
            !(toggle.defaultBeforeMajor !== undefined &&
                major !== undefined &&
                major >= toggle.defaultBeforeMajor) &&
            !(toggle.defaultFromMajor !== undefined && major !== undefined && major < toggle.defaultFromMajor);
        return defaultOn ? 'default' : undefined;
    }
    let set;
    if (value.includes('${{')) {
        set = tagsOnly ? valueOnTagPush(value) : undefined;
        if (set === undefined)
            return 'maybe';
    }
    else {
        const lower = value.toLowerCase();
        set = toggle.values
            ? toggle.values.includes(lower)
            : toggle.freeForm
                ? !isFalse(lower)
                : TRUE_WORDS.has(lower);
    }
    return set === (toggle.toggle === 'opt-in') ? 'on' : undefined;
}
/**
 * What a toggle written as an expression is when the run is a tag push or a release: `${{ true }}`,
 * `startsWith(github.ref, 'refs/tags/')`, `github.ref_type == 'tag'` (with or without an
 * event-name check) and their negations. Anything else is unknown.
 */
function valueOnTagPush(value) {
    const expressions = findExpressions(value);
    if (expressions.length !== 1 || expressions[0].text !== value)
        return undefined;
    return evaluate(expressions[0].body.replace(/\s+/g, '').toLowerCase());
}
function evaluate(code) {
    if (code.startsWith('!')) {
        const inner = evaluate(unwrap(code.slice(1)));
        return inner === undefined ? undefined : !inner;
    }
    const body = unwrap(code);
    if (body === 'true')
        return true;
    if (body === 'false')
        return false;
    if (body === "startswith(github.ref,'refs/tags/')")
        return true;
    const terms = body.split('&&');
    const known = new Set([
        "github.ref_type=='tag'",
        "'tag'==github.ref_type",
        "github.event_name=='push'",
        "'push'==github.event_name"
    ]);
    if (terms.every(term => known.has(term)) && terms.some(term => term.includes('ref_type')))
        return true;
    return undefined;
}
function unwrap(code) {
    return code.startsWith('(') && code.endsWith(')') ? code.slice(1, -1) : code;
}
function fixFor(entry) {
    const toggle = entry.toggles?.[0];
    if (!toggle) {
        return entry.valuePattern
            ? `Do not read the GitHub Actions cache (\`${entry.valuePattern.input}\`) when building a release.`
            : 'Do not use this action in a release job.';
    }
    return toggle.toggle === 'opt-out'
        ? `Set \`${toggle.input}: ${toggle.values?.[0] ?? 'true'}\` in release jobs.`
        : `Set \`${toggle.input}: false\` (or leave it out) in release jobs.`;
}
function isFalse(value) {
    return value !== undefined && ['false', 'no', '0', 'off', ''].includes(value.trim().toLowerCase());
}
/** The major version a step's ref names (`v4`, `v4.2.1`), or undefined for a sha or a branch. */
function majorVersion(step) {
    const ref = step.uses && parseRemote(String(step.uses.value))?.ref;
    const major = ref === undefined ? undefined : /^v?(\d+)(?:\.|$)/.exec(ref)?.[1];
    return major === undefined ? undefined : Number(major);
}

;// CONCATENATED MODULE: ./src/lint/checks/containers.ts




/**
 * Job and service container images that are not pinned by digest. No tag or `latest` moves with
 * every push to the image: a warning. A version tag can be moved too, but is the usual practice:
 * advice. `${{ matrix.x }}` images are checked through the matrix values.
 */
function unpinnedImages(workflow) {
    const { source } = workflow;
    return workflow.jobs.flatMap(job => {
        const containers = [
            { node: get(source, job.node, 'container'), what: `the container of job \`${job.id}\`` },
            ...entries(source, get(source, job.node, 'services')).map(({ key, value }) => ({
                node: value,
                what: `service \`${String(key.value)}\` of job \`${job.id}\``
            }))
        ];
        return containers.flatMap(({ node, what }) => {
            const image = (0,dist/* isScalar */.jn)(node) ? node : get(source, node, 'image');
            if (!(0,dist/* isScalar */.jn)(image) || typeof image.value !== 'string')
                return [];
            return candidates(workflow, job, image).flatMap(({ value, at }) => {
                const problem = pinProblem(value);
                if (!problem)
                    return [];
                const finding = (0,lint_source/* findingAt */.dz)(source, 'unpinned-images', at, `The image \`${value}\` of ${what} ${problem.why}.`);
                return [problem.loose ? finding : { ...finding, level: 'notice', severity: 'low' }];
            });
        });
    });
}
/** The image names an `image:` can take: itself, or each matrix value it expands. */
function candidates(workflow, job, image) {
    const value = String(image.value).trim();
    const expressions = findExpressions(value);
    if (expressions.length === 0)
        return [{ value, at: image }];
    const key = expressions.length === 1 &&
        expressions[0].text === value &&
        /^\s*matrix\.([\w-]+)\s*$/.exec(expressions[0].body)?.[1];
    if (!key)
        return [];
    const { source } = workflow;
    const matrix = get(source, get(source, job.node, 'strategy'), 'matrix');
    const values = [
        ...items(source, get(source, matrix, key)),
        ...items(source, get(source, matrix, 'include')).flatMap(row => {
            const cell = (0,dist/* isMap */.jh)(row) ? get(source, row, key) : undefined;
            return cell ? [cell] : [];
        })
    ];
    return values.flatMap(node => (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && !node.value.includes('${{')
        ? [{ value: node.value.trim(), at: node }]
        : []);
}
function pinProblem(image) {
    if (image === '' || /@sha256:[0-9a-f]{64}$/i.test(image))
        return undefined;
    const name = image.slice(image.lastIndexOf('/') + 1);
    const tag = name.includes(':') ? name.slice(name.indexOf(':') + 1) : undefined;
    if (tag === undefined)
        return { why: 'has no tag, so it is whatever `latest` is when the job starts', loose: true };
    if (tag === 'latest')
        return { why: 'uses the `latest` tag, which moves with every push of the image', loose: true };
    return { why: 'is pinned by tag, which its publisher can move, not by digest', loose: false };
}

;// CONCATENATED MODULE: ./src/lint/checks/dangerous-triggers.ts




/** Why each privileged trigger is dangerous, in one sentence. */
const DANGEROUS_TRIGGERS = {
    pull_request_target: 'pull_request_target runs with the base repository secrets and a write token for pull requests from any fork',
    workflow_run: 'workflow_run runs with the base repository secrets and a write token after workflows that pull requests from forks can start, and its artifacts and branch names come from them'
};
/** Context paths an attacker can make name a bot, by getting the bot to act on their pull request. */
const ACTOR_NAMES = ['github.actor', 'github.triggering_actor', 'github.event.pull_request.sender.login'];
const ACTOR_IDS = ['github.actor_id', 'github.event.pull_request.sender.id'];
/** Ids of dependabot (user and integration), dependabot-preview and renovate: no `[bot]` suffix to spot. */
const BOT_IDS = ['29110', '49699333', '27856297', '29139614'];
/**
 * pull_request_target and workflow_run, even when nothing else in the workflow is wrong yet: they
 * are the triggers under which every other mistake becomes exploitable from a fork.
 */
function dangerousTriggers(workflow) {
    const inert = onlyInertSteps(workflow);
    return [...workflow.events].flatMap(([name, { key }]) => {
        const why = DANGEROUS_TRIGGERS[name];
        if (!why)
            return [];
        const finding = (0,lint_source/* findingAt */.dz)(workflow.source, 'dangerous-triggers', key, `${why}.`);
        // Fixed scripts cannot misuse the privileges today; the trigger is still worth knowing about.
        return [inert ? { ...finding, level: 'notice', severity: 'low' } : finding];
    });
}
/** Step keys that cannot bring event data, secrets or foreign code into a step. */
const INERT_STEP_KEYS = new Set(['name', 'id', 'run', 'shell', 'working-directory', 'timeout-minutes']);
/** Actions made to run under pull_request_target: they read the pull request, never its code. */
const PRIVILEGED_SAFE_ACTIONS = ['actions/labeler'];
/**
 * Whether no job can do harm with the trigger's privileges: every step is a fixed script that
 * reads no expression, env or condition, or an action built for these triggers, and no job calls
 * a reusable workflow.
 */
function onlyInertSteps(workflow) {
    const { source } = workflow;
    return workflow.jobs.every(job => !get(source, job.node, 'uses') &&
        job.steps.length > 0 &&
        job.steps.every(step => {
            if (step.uses)
                return PRIVILEGED_SAFE_ACTIONS.some(action => usesAction(step, action)) && !step.with;
            const keys = entries(source, step.node).map(({ key }) => String(key.value));
            return keys.every(key => INERT_STEP_KEYS.has(key)) && !String(step.run?.value ?? '').includes('${{');
        }));
}
/** `if:` conditions that trust the actor's name or id to mean "a bot did this". */
function botConditions(workflow) {
    const { source } = workflow;
    const conditions = workflow.jobs.flatMap(job => [
        { node: get(source, job.node, 'if'), where: `job \`${job.id}\`` },
        ...job.steps.map(step => ({ node: get(source, step.node, 'if'), where: `a step of job \`${job.id}\`` }))
    ]);
    return conditions.flatMap(({ node, where }) => {
        const check = spoofableCheck(node);
        if (!check || !node)
            return [];
        const finding = (0,lint_source/* findingAt */.dz)(source, 'bot-conditions', node, `The condition of ${where} trusts \`${check.context}\` to name a bot, but it names whoever made the bot act last, which anyone can arrange from a fork's pull request.`, check.text);
        return [
            check.decisive ? finding : { ...finding, level: 'warning', confidence: 'medium' }
        ];
    });
}
/**
 * An equality between an actor context and a bot's name or id. It is decisive when nothing else
 * must also hold (no `&&`), so the bot check alone lets the job run.
 */
function spoofableCheck(node) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
        return undefined;
    // `github['actor']` reads the same context as `github.actor`.
    const raw = node.value.replace(/\[\s*'([\w-]+)'\s*\]/g, '.$1');
    const names = ACTOR_NAMES.map(dangerous_triggers_escape).join('|');
    const ids = ACTOR_IDS.map(dangerous_triggers_escape).join('|');
    const patterns = [
        new RegExp(`\\b(${names})\\s*==\\s*'[^']*\\[bot\\]'`, 'i'),
        new RegExp(`'[^']*\\[bot\\]'\\s*==\\s*(${names})\\b`, 'i'),
        new RegExp(`\\b(${ids})\\s*==\\s*'?(${BOT_IDS.join('|')})'?(?!\\d)`, 'i'),
        new RegExp(`'?(?<!\\d)(?:${BOT_IDS.join('|')})'?\\s*==\\s*(${ids})\\b`, 'i')
    ];
    for (const pattern of patterns) {
        const match = pattern.exec(raw);
        if (!match)
            continue;
        return { context: match[1].toLowerCase(), text: match[0], decisive: !withoutStrings(raw).includes('&&') };
    }
    return undefined;
}
function dangerous_triggers_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
        return [...script.matchAll(DEPRECATED_COMMAND)].map((match, index, all) => (0,lint_source/* findingAt */.dz)(workflow.source, 'deprecated-command', run, `The \`${match[1]}\` workflow command is deprecated${/set-env|add-path/.test(match[1]) ? ' and disabled' : ''}; write to ${REPLACEMENT[match[1]]} instead.`, match[0], all.slice(0, index).filter(other => other[0] === match[0]).length));
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
            findings.push((0,lint_source/* findingAt */.dz)(workflow.source, 'insecure-commands', pair.key, 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables set-env and add-path, which let any output line set variables.'));
        }
    });
    return findings;
}

;// CONCATENATED MODULE: ./src/lint/reusable.ts



/** The interface a workflow declares under `on.workflow_call`; undefined when it cannot be called. */
function callableInterface(workflow) {
    const { source } = workflow;
    const call = workflow.events.get('workflow_call');
    if (!call)
        return undefined;
    const declared = (section) => entries(source, get(source, call.config, section)).map(({ key, value }) => {
        const required = get(source, value, 'required');
        // A required input with a default never needs the caller (GitHub uses the default).
        const fallback = get(source, value, 'default');
        return {
            name: String(key.value),
            required: (0,dist/* isScalar */.jn)(required) && required.value === true && fallback === undefined
        };
    });
    return {
        inputs: declared('inputs'),
        secrets: declared('secrets'),
        outputs: entries(source, get(source, call.config, 'outputs')).map(({ key }) => String(key.value))
    };
}
/** The key of a workflow file among the callable ones: its path from `.github/workflows/`. */
function callableKey(path) {
    return /(?:^|\/)\.github\/workflows\/(.+)$/.exec(path.replace(/\\/g, '/'))?.[1];
}
/** The local workflow a job's `uses: ./.github/workflows/x.yml` calls, when it was linted with this one. */
function calledWorkflow(callable, uses) {
    if (!uses?.startsWith('./'))
        return undefined;
    const key = callableKey(uses.slice(2));
    return key === undefined ? undefined : callable.get(key);
}
/**
 * A call of a local reusable workflow against what it declares: unknown and missing required
 * inputs and secrets (`secrets: inherit` passes every secret).
 */
function reusableWorkflowCalls(workflow, callable) {
    const { source } = workflow;
    return workflow.jobs.flatMap(job => {
        const uses = get(source, job.node, 'uses');
        const called = calledWorkflow(callable, model_text(uses));
        if (!uses || !called)
            return [];
        const findings = [];
        const compare = (section, given) => {
            const kind = section === 'inputs' ? 'input' : 'secret';
            const declared = new Set(called[section].map(item => item.name.toLowerCase()));
            for (const { key } of given) {
                if (!declared.has(String(key.value).toLowerCase())) {
                    const known = called[section].map(item => `\`${item.name}\``).join(', ') || 'none';
                    findings.push((0,lint_source/* findingAt */.dz)(source, 'action-input', key, `\`${model_text(uses)}\` declares no ${kind} \`${key.value}\`; its ${section} are ${known}.`));
                }
            }
            const givenNames = new Set(given.map(({ key }) => String(key.value).toLowerCase()));
            const missing = called[section].filter(item => item.required && !givenNames.has(item.name.toLowerCase()));
            if (missing.length > 0) {
                findings.push((0,lint_source/* findingAt */.dz)(source, 'action-input', uses, `\`${model_text(uses)}\` requires the ${kind}(s) ${missing.map(item => `\`${item.name}\``).join(', ')}, which this job does not give.`));
            }
        };
        compare('inputs', entries(source, get(source, job.node, 'with')));
        const secrets = get(source, job.node, 'secrets');
        if ((0,dist/* isMap */.jh)(secrets) || secrets === undefined)
            compare('secrets', entries(source, secrets));
        return findings;
    });
}

;// CONCATENATED MODULE: ./src/lint/data/popular-actions.ts
// Generated by scripts/popular-actions.ts from each action's action.yml; do not edit by hand.
const POPULAR_ACTIONS = {
    'actions/checkout@v4': {
        inputs: [
            { name: 'repository', required: false },
            { name: 'ref', required: false },
            { name: 'token', required: false },
            { name: 'ssh-key', required: false },
            { name: 'ssh-known-hosts', required: false },
            { name: 'ssh-strict', required: false },
            { name: 'ssh-user', required: false },
            { name: 'persist-credentials', required: false },
            { name: 'path', required: false },
            { name: 'clean', required: false },
            { name: 'filter', required: false },
            { name: 'sparse-checkout', required: false },
            { name: 'sparse-checkout-cone-mode', required: false },
            { name: 'fetch-depth', required: false },
            { name: 'fetch-tags', required: false },
            { name: 'show-progress', required: false },
            { name: 'lfs', required: false },
            { name: 'submodules', required: false },
            { name: 'set-safe-directory', required: false },
            { name: 'github-server-url', required: false },
            { name: 'allow-unsafe-pr-checkout', required: false }
        ],
        outputs: ['ref', 'commit']
    },
    'actions/checkout@v5': {
        inputs: [
            { name: 'repository', required: false },
            { name: 'ref', required: false },
            { name: 'token', required: false },
            { name: 'ssh-key', required: false },
            { name: 'ssh-known-hosts', required: false },
            { name: 'ssh-strict', required: false },
            { name: 'ssh-user', required: false },
            { name: 'persist-credentials', required: false },
            { name: 'path', required: false },
            { name: 'clean', required: false },
            { name: 'filter', required: false },
            { name: 'sparse-checkout', required: false },
            { name: 'sparse-checkout-cone-mode', required: false },
            { name: 'fetch-depth', required: false },
            { name: 'fetch-tags', required: false },
            { name: 'show-progress', required: false },
            { name: 'lfs', required: false },
            { name: 'submodules', required: false },
            { name: 'set-safe-directory', required: false },
            { name: 'github-server-url', required: false },
            { name: 'allow-unsafe-pr-checkout', required: false }
        ],
        outputs: ['ref', 'commit']
    },
    'actions/checkout@v6': {
        inputs: [
            { name: 'repository', required: false },
            { name: 'ref', required: false },
            { name: 'token', required: false },
            { name: 'ssh-key', required: false },
            { name: 'ssh-known-hosts', required: false },
            { name: 'ssh-strict', required: false },
            { name: 'ssh-user', required: false },
            { name: 'persist-credentials', required: false },
            { name: 'path', required: false },
            { name: 'clean', required: false },
            { name: 'filter', required: false },
            { name: 'sparse-checkout', required: false },
            { name: 'sparse-checkout-cone-mode', required: false },
            { name: 'fetch-depth', required: false },
            { name: 'fetch-tags', required: false },
            { name: 'show-progress', required: false },
            { name: 'lfs', required: false },
            { name: 'submodules', required: false },
            { name: 'set-safe-directory', required: false },
            { name: 'github-server-url', required: false },
            { name: 'allow-unsafe-pr-checkout', required: false }
        ],
        outputs: ['ref', 'commit']
    },
    'actions/cache@v3': {
        inputs: [
            { name: 'path', required: true },
            { name: 'key', required: true },
            { name: 'restore-keys', required: false },
            { name: 'upload-chunk-size', required: false },
            { name: 'enableCrossOsArchive', required: false },
            { name: 'fail-on-cache-miss', required: false },
            { name: 'lookup-only', required: false }
        ],
        outputs: ['cache-hit']
    },
    'actions/cache@v4': {
        inputs: [
            { name: 'path', required: true },
            { name: 'key', required: true },
            { name: 'restore-keys', required: false },
            { name: 'upload-chunk-size', required: false },
            { name: 'enableCrossOsArchive', required: false },
            { name: 'fail-on-cache-miss', required: false },
            { name: 'lookup-only', required: false },
            {
                name: 'save-always',
                required: false,
                deprecated: 'save-always does not work as intended and will be removed in a future release.\nA separate `actions/cache/restore` step should be used instead.\nSee https://github.com/actions/cache/tree/main/save#always-save-cache for more details.'
            }
        ],
        outputs: ['cache-hit']
    },
    'actions/cache@v5': {
        inputs: [
            { name: 'path', required: true },
            { name: 'key', required: true },
            { name: 'restore-keys', required: false },
            { name: 'upload-chunk-size', required: false },
            { name: 'enableCrossOsArchive', required: false },
            { name: 'fail-on-cache-miss', required: false },
            { name: 'lookup-only', required: false },
            {
                name: 'save-always',
                required: false,
                deprecated: 'save-always does not work as intended and will be removed in a future release.\nA separate `actions/cache/restore` step should be used instead.\nSee https://github.com/actions/cache/tree/main/save#always-save-cache for more details.'
            }
        ],
        outputs: ['cache-hit']
    },
    'actions/cache/restore@v4': {
        inputs: [
            { name: 'path', required: true },
            { name: 'key', required: true },
            { name: 'restore-keys', required: false },
            { name: 'enableCrossOsArchive', required: false },
            { name: 'fail-on-cache-miss', required: false },
            { name: 'lookup-only', required: false }
        ],
        outputs: ['cache-hit', 'cache-primary-key', 'cache-matched-key']
    },
    'actions/cache/restore@v5': {
        inputs: [
            { name: 'path', required: true },
            { name: 'key', required: true },
            { name: 'restore-keys', required: false },
            { name: 'enableCrossOsArchive', required: false },
            { name: 'fail-on-cache-miss', required: false },
            { name: 'lookup-only', required: false }
        ],
        outputs: ['cache-hit', 'cache-primary-key', 'cache-matched-key']
    },
    'actions/cache/save@v4': {
        inputs: [
            { name: 'path', required: true },
            { name: 'key', required: true },
            { name: 'upload-chunk-size', required: false },
            { name: 'enableCrossOsArchive', required: false }
        ],
        outputs: []
    },
    'actions/cache/save@v5': {
        inputs: [
            { name: 'path', required: true },
            { name: 'key', required: true },
            { name: 'upload-chunk-size', required: false },
            { name: 'enableCrossOsArchive', required: false }
        ],
        outputs: []
    },
    'actions/setup-node@v4': {
        inputs: [
            { name: 'always-auth', required: false },
            { name: 'node-version', required: false },
            { name: 'node-version-file', required: false },
            { name: 'architecture', required: false },
            { name: 'check-latest', required: false },
            { name: 'registry-url', required: false },
            { name: 'scope', required: false },
            { name: 'token', required: false },
            { name: 'cache', required: false },
            { name: 'cache-dependency-path', required: false },
            { name: 'mirror', required: false },
            { name: 'mirror-token', required: false }
        ],
        outputs: ['cache-hit', 'node-version']
    },
    'actions/setup-node@v5': {
        inputs: [
            { name: 'always-auth', required: false },
            { name: 'node-version', required: false },
            { name: 'node-version-file', required: false },
            { name: 'architecture', required: false },
            { name: 'check-latest', required: false },
            { name: 'registry-url', required: false },
            { name: 'scope', required: false },
            { name: 'token', required: false },
            { name: 'cache', required: false },
            { name: 'package-manager-cache', required: false },
            { name: 'cache-dependency-path', required: false },
            { name: 'mirror', required: false },
            { name: 'mirror-token', required: false }
        ],
        outputs: ['cache-hit', 'node-version']
    },
    'actions/setup-node@v6': {
        inputs: [
            { name: 'node-version', required: false },
            { name: 'node-version-file', required: false },
            { name: 'architecture', required: false },
            { name: 'check-latest', required: false },
            { name: 'registry-url', required: false },
            { name: 'scope', required: false },
            { name: 'token', required: false },
            { name: 'cache', required: false },
            { name: 'package-manager-cache', required: false },
            { name: 'cache-dependency-path', required: false },
            { name: 'mirror', required: false },
            { name: 'mirror-token', required: false }
        ],
        outputs: ['cache-hit', 'node-version']
    },
    'actions/setup-python@v5': {
        inputs: [
            { name: 'python-version', required: false },
            { name: 'python-version-file', required: false },
            { name: 'cache', required: false },
            { name: 'architecture', required: false },
            { name: 'check-latest', required: false },
            { name: 'token', required: false },
            { name: 'cache-dependency-path', required: false },
            { name: 'update-environment', required: false },
            { name: 'allow-prereleases', required: false },
            { name: 'freethreaded', required: false }
        ],
        outputs: ['python-version', 'cache-hit', 'python-path']
    },
    'actions/setup-python@v6': {
        inputs: [
            { name: 'python-version', required: false },
            { name: 'python-version-file', required: false },
            { name: 'cache', required: false },
            { name: 'architecture', required: false },
            { name: 'check-latest', required: false },
            { name: 'token', required: false },
            { name: 'cache-dependency-path', required: false },
            { name: 'update-environment', required: false },
            { name: 'allow-prereleases', required: false },
            { name: 'freethreaded', required: false },
            { name: 'pip-version', required: false },
            { name: 'pip-install', required: false }
        ],
        outputs: ['python-version', 'cache-hit', 'python-path']
    },
    'actions/setup-go@v5': {
        inputs: [
            { name: 'go-version', required: false },
            { name: 'go-version-file', required: false },
            { name: 'check-latest', required: false },
            { name: 'token', required: false },
            { name: 'cache', required: false },
            { name: 'cache-dependency-path', required: false },
            { name: 'architecture', required: false }
        ],
        outputs: ['go-version', 'cache-hit']
    },
    'actions/setup-go@v6': {
        inputs: [
            { name: 'go-version', required: false },
            { name: 'go-version-file', required: false },
            { name: 'check-latest', required: false },
            { name: 'token', required: false },
            { name: 'cache', required: false },
            { name: 'cache-dependency-path', required: false },
            { name: 'architecture', required: false },
            { name: 'go-download-base-url', required: false }
        ],
        outputs: ['go-version', 'cache-hit']
    },
    'actions/setup-java@v4': {
        inputs: [
            { name: 'java-version', required: false },
            { name: 'java-version-file', required: false },
            { name: 'distribution', required: true },
            { name: 'java-package', required: false },
            { name: 'architecture', required: false },
            { name: 'jdkFile', required: false },
            { name: 'check-latest', required: false },
            { name: 'server-id', required: false },
            { name: 'server-username', required: false },
            { name: 'server-password', required: false },
            { name: 'settings-path', required: false },
            { name: 'overwrite-settings', required: false },
            { name: 'gpg-private-key', required: false },
            { name: 'gpg-passphrase', required: false },
            { name: 'cache', required: false },
            { name: 'cache-dependency-path', required: false },
            { name: 'job-status', required: false },
            { name: 'token', required: false },
            { name: 'mvn-toolchain-id', required: false },
            { name: 'mvn-toolchain-vendor', required: false }
        ],
        outputs: ['distribution', 'version', 'path', 'cache-hit']
    },
    'actions/setup-java@v5': {
        inputs: [
            { name: 'java-version', required: false },
            { name: 'java-version-file', required: false },
            { name: 'distribution', required: false },
            { name: 'java-package', required: false },
            { name: 'architecture', required: false },
            { name: 'jdk-file', required: false },
            {
                name: 'jdkFile',
                required: false,
                deprecated: 'The `jdkFile` input is deprecated. Use `jdk-file` instead.'
            },
            { name: 'check-latest', required: false },
            { name: 'set-default', required: false },
            { name: 'verify-signature', required: false },
            { name: 'verify-signature-public-key', required: false },
            { name: 'server-id', required: false },
            { name: 'server-username', required: false },
            { name: 'server-password', required: false },
            { name: 'settings-path', required: false },
            { name: 'overwrite-settings', required: false },
            { name: 'gpg-private-key', required: false },
            { name: 'gpg-passphrase', required: false },
            { name: 'cache', required: false },
            { name: 'cache-dependency-path', required: false },
            { name: 'job-status', required: false },
            { name: 'token', required: false },
            { name: 'mvn-toolchain-id', required: false },
            { name: 'mvn-toolchain-vendor', required: false },
            { name: 'show-download-progress', required: false }
        ],
        outputs: ['distribution', 'version', 'path', 'cache-hit', 'cache-primary-key']
    },
    'actions/setup-dotnet@v4': {
        inputs: [
            { name: 'dotnet-version', required: false },
            { name: 'dotnet-quality', required: false },
            { name: 'global-json-file', required: false },
            { name: 'source-url', required: false },
            { name: 'owner', required: false },
            { name: 'config-file', required: false },
            { name: 'cache', required: false },
            { name: 'cache-dependency-path', required: false }
        ],
        outputs: ['cache-hit', 'dotnet-version']
    },
    'actions/setup-dotnet@v5': {
        inputs: [
            { name: 'dotnet-version', required: false },
            { name: 'dotnet-quality', required: false },
            { name: 'dotnet-channel', required: false },
            { name: 'global-json-file', required: false },
            { name: 'source-url', required: false },
            { name: 'owner', required: false },
            { name: 'config-file', required: false },
            { name: 'cache', required: false },
            { name: 'cache-dependency-path', required: false },
            { name: 'workloads', required: false },
            { name: 'architecture', required: false }
        ],
        outputs: ['cache-hit', 'dotnet-version']
    },
    'actions/upload-artifact@v4': {
        inputs: [
            { name: 'name', required: false },
            { name: 'path', required: true },
            { name: 'if-no-files-found', required: false },
            { name: 'retention-days', required: false },
            { name: 'compression-level', required: false },
            { name: 'overwrite', required: false },
            { name: 'include-hidden-files', required: false }
        ],
        outputs: ['artifact-id', 'artifact-url', 'artifact-digest']
    },
    'actions/upload-artifact@v5': {
        inputs: [
            { name: 'name', required: false },
            { name: 'path', required: true },
            { name: 'if-no-files-found', required: false },
            { name: 'retention-days', required: false },
            { name: 'compression-level', required: false },
            { name: 'overwrite', required: false },
            { name: 'include-hidden-files', required: false }
        ],
        outputs: ['artifact-id', 'artifact-url', 'artifact-digest']
    },
    'actions/upload-artifact@v6': {
        inputs: [
            { name: 'name', required: false },
            { name: 'path', required: true },
            { name: 'if-no-files-found', required: false },
            { name: 'retention-days', required: false },
            { name: 'compression-level', required: false },
            { name: 'overwrite', required: false },
            { name: 'include-hidden-files', required: false }
        ],
        outputs: ['artifact-id', 'artifact-url', 'artifact-digest']
    },
    'actions/download-artifact@v4': {
        inputs: [
            { name: 'name', required: false },
            { name: 'artifact-ids', required: false },
            { name: 'path', required: false },
            { name: 'pattern', required: false },
            { name: 'merge-multiple', required: false },
            { name: 'github-token', required: false },
            { name: 'repository', required: false },
            { name: 'run-id', required: false }
        ],
        outputs: ['download-path']
    },
    'actions/download-artifact@v5': {
        inputs: [
            { name: 'name', required: false },
            { name: 'artifact-ids', required: false },
            { name: 'path', required: false },
            { name: 'pattern', required: false },
            { name: 'merge-multiple', required: false },
            { name: 'github-token', required: false },
            { name: 'repository', required: false },
            { name: 'run-id', required: false }
        ],
        outputs: ['download-path']
    },
    'actions/download-artifact@v6': {
        inputs: [
            { name: 'name', required: false },
            { name: 'artifact-ids', required: false },
            { name: 'path', required: false },
            { name: 'pattern', required: false },
            { name: 'merge-multiple', required: false },
            { name: 'github-token', required: false },
            { name: 'repository', required: false },
            { name: 'run-id', required: false }
        ],
        outputs: ['download-path']
    },
    'actions/github-script@v7': {
        inputs: [
            { name: 'script', required: true },
            { name: 'github-token', required: false },
            { name: 'debug', required: false },
            { name: 'user-agent', required: false },
            { name: 'previews', required: false },
            { name: 'result-encoding', required: false },
            { name: 'retries', required: false },
            { name: 'retry-exempt-status-codes', required: false },
            { name: 'base-url', required: false }
        ],
        outputs: ['result'],
        openOutputs: true
    },
    'actions/github-script@v8': {
        inputs: [
            { name: 'script', required: true },
            { name: 'github-token', required: false },
            { name: 'debug', required: false },
            { name: 'user-agent', required: false },
            { name: 'previews', required: false },
            { name: 'result-encoding', required: false },
            { name: 'retries', required: false },
            { name: 'retry-exempt-status-codes', required: false },
            { name: 'base-url', required: false }
        ],
        outputs: ['result'],
        openOutputs: true
    },
    'actions/labeler@v5': {
        inputs: [
            { name: 'repo-token', required: false },
            { name: 'configuration-path', required: false },
            { name: 'sync-labels', required: false },
            { name: 'dot', required: false },
            { name: 'pr-number', required: false }
        ],
        outputs: ['new-labels', 'all-labels']
    },
    'actions/labeler@v6': {
        inputs: [
            { name: 'repo-token', required: false },
            { name: 'configuration-path', required: false },
            { name: 'sync-labels', required: false },
            { name: 'dot', required: false },
            { name: 'pr-number', required: false }
        ],
        outputs: ['new-labels', 'all-labels']
    },
    'actions/stale@v9': {
        inputs: [
            { name: 'repo-token', required: false },
            { name: 'stale-issue-message', required: false },
            { name: 'stale-pr-message', required: false },
            { name: 'close-issue-message', required: false },
            { name: 'close-pr-message', required: false },
            { name: 'days-before-stale', required: false },
            { name: 'days-before-issue-stale', required: false },
            { name: 'days-before-pr-stale', required: false },
            { name: 'days-before-close', required: false },
            { name: 'days-before-issue-close', required: false },
            { name: 'days-before-pr-close', required: false },
            { name: 'stale-issue-label', required: false },
            { name: 'close-issue-label', required: false },
            { name: 'exempt-issue-labels', required: false },
            { name: 'close-issue-reason', required: false },
            { name: 'stale-pr-label', required: false },
            { name: 'close-pr-label', required: false },
            { name: 'exempt-pr-labels', required: false },
            { name: 'exempt-milestones', required: false },
            { name: 'exempt-issue-milestones', required: false },
            { name: 'exempt-pr-milestones', required: false },
            { name: 'exempt-all-milestones', required: false },
            { name: 'exempt-all-issue-milestones', required: false },
            { name: 'exempt-all-pr-milestones', required: false },
            { name: 'only-labels', required: false },
            { name: 'any-of-labels', required: false },
            { name: 'any-of-issue-labels', required: false },
            { name: 'any-of-pr-labels', required: false },
            { name: 'only-issue-labels', required: false },
            { name: 'only-pr-labels', required: false },
            { name: 'operations-per-run', required: false },
            { name: 'remove-stale-when-updated', required: false },
            { name: 'remove-issue-stale-when-updated', required: false },
            { name: 'remove-pr-stale-when-updated', required: false },
            { name: 'debug-only', required: false },
            { name: 'ascending', required: false },
            { name: 'delete-branch', required: false },
            { name: 'start-date', required: false },
            { name: 'exempt-assignees', required: false },
            { name: 'exempt-issue-assignees', required: false },
            { name: 'exempt-pr-assignees', required: false },
            { name: 'exempt-all-assignees', required: false },
            { name: 'exempt-all-issue-assignees', required: false },
            { name: 'exempt-all-pr-assignees', required: false },
            { name: 'exempt-draft-pr', required: false },
            { name: 'enable-statistics', required: false },
            { name: 'labels-to-add-when-unstale', required: false },
            { name: 'labels-to-remove-when-stale', required: false },
            { name: 'labels-to-remove-when-unstale', required: false },
            { name: 'ignore-updates', required: false },
            { name: 'ignore-issue-updates', required: false },
            { name: 'ignore-pr-updates', required: false },
            { name: 'include-only-assigned', required: false }
        ],
        outputs: ['closed-issues-prs', 'staled-issues-prs']
    },
    'actions/stale@v10': {
        inputs: [
            { name: 'repo-token', required: false },
            { name: 'stale-issue-message', required: false },
            { name: 'stale-pr-message', required: false },
            { name: 'close-issue-message', required: false },
            { name: 'close-pr-message', required: false },
            { name: 'days-before-stale', required: false },
            { name: 'days-before-issue-stale', required: false },
            { name: 'days-before-pr-stale', required: false },
            { name: 'days-before-close', required: false },
            { name: 'days-before-issue-close', required: false },
            { name: 'days-before-pr-close', required: false },
            { name: 'stale-issue-label', required: false },
            { name: 'close-issue-label', required: false },
            { name: 'exempt-issue-labels', required: false },
            { name: 'close-issue-reason', required: false },
            { name: 'stale-pr-label', required: false },
            { name: 'close-pr-label', required: false },
            { name: 'exempt-pr-labels', required: false },
            { name: 'exempt-milestones', required: false },
            { name: 'exempt-issue-milestones', required: false },
            { name: 'exempt-pr-milestones', required: false },
            { name: 'exempt-all-milestones', required: false },
            { name: 'exempt-all-issue-milestones', required: false },
            { name: 'exempt-all-pr-milestones', required: false },
            { name: 'only-labels', required: false },
            { name: 'any-of-labels', required: false },
            { name: 'any-of-issue-labels', required: false },
            { name: 'any-of-pr-labels', required: false },
            { name: 'only-issue-labels', required: false },
            { name: 'only-pr-labels', required: false },
            { name: 'operations-per-run', required: false },
            { name: 'remove-stale-when-updated', required: false },
            { name: 'remove-issue-stale-when-updated', required: false },
            { name: 'remove-pr-stale-when-updated', required: false },
            { name: 'debug-only', required: false },
            { name: 'ascending', required: false },
            { name: 'sort-by', required: false },
            { name: 'delete-branch', required: false },
            { name: 'start-date', required: false },
            { name: 'exempt-assignees', required: false },
            { name: 'exempt-issue-assignees', required: false },
            { name: 'exempt-pr-assignees', required: false },
            { name: 'exempt-all-assignees', required: false },
            { name: 'exempt-all-issue-assignees', required: false },
            { name: 'exempt-all-pr-assignees', required: false },
            { name: 'exempt-draft-pr', required: false },
            { name: 'enable-statistics', required: false },
            { name: 'labels-to-add-when-unstale', required: false },
            { name: 'labels-to-remove-when-stale', required: false },
            { name: 'labels-to-remove-when-unstale', required: false },
            { name: 'ignore-updates', required: false },
            { name: 'ignore-issue-updates', required: false },
            { name: 'ignore-pr-updates', required: false },
            { name: 'include-only-assigned', required: false },
            { name: 'only-issue-types', required: false }
        ],
        outputs: ['closed-issues-prs', 'staled-issues-prs']
    },
    'actions/upload-pages-artifact@v3': {
        inputs: [
            { name: 'name', required: false },
            { name: 'path', required: false },
            { name: 'retention-days', required: false }
        ],
        outputs: ['artifact_id']
    },
    'actions/upload-pages-artifact@v4': {
        inputs: [
            { name: 'name', required: false },
            { name: 'path', required: false },
            { name: 'retention-days', required: false }
        ],
        outputs: ['artifact_id']
    },
    'actions/deploy-pages@v4': {
        inputs: [
            { name: 'token', required: false },
            { name: 'timeout', required: false },
            { name: 'error_count', required: false },
            { name: 'reporting_interval', required: false },
            { name: 'artifact_name', required: false },
            { name: 'preview', required: false }
        ],
        outputs: ['page_url']
    },
    'docker/build-push-action@v5': {
        inputs: [
            { name: 'add-hosts', required: false },
            { name: 'allow', required: false },
            { name: 'annotations', required: false },
            { name: 'attests', required: false },
            { name: 'build-args', required: false },
            { name: 'build-contexts', required: false },
            { name: 'builder', required: false },
            { name: 'cache-from', required: false },
            { name: 'cache-to', required: false },
            { name: 'cgroup-parent', required: false },
            { name: 'context', required: false },
            { name: 'file', required: false },
            { name: 'labels', required: false },
            { name: 'load', required: false },
            { name: 'network', required: false },
            { name: 'no-cache', required: false },
            { name: 'no-cache-filters', required: false },
            { name: 'outputs', required: false },
            { name: 'platforms', required: false },
            { name: 'provenance', required: false },
            { name: 'pull', required: false },
            { name: 'push', required: false },
            { name: 'sbom', required: false },
            { name: 'secrets', required: false },
            { name: 'secret-envs', required: false },
            { name: 'secret-files', required: false },
            { name: 'shm-size', required: false },
            { name: 'ssh', required: false },
            { name: 'tags', required: false },
            { name: 'target', required: false },
            { name: 'ulimit', required: false },
            { name: 'github-token', required: false }
        ],
        outputs: ['imageid', 'digest', 'metadata']
    },
    'docker/build-push-action@v6': {
        inputs: [
            { name: 'add-hosts', required: false },
            { name: 'allow', required: false },
            { name: 'annotations', required: false },
            { name: 'attests', required: false },
            { name: 'build-args', required: false },
            { name: 'build-contexts', required: false },
            { name: 'builder', required: false },
            { name: 'cache-from', required: false },
            { name: 'cache-to', required: false },
            { name: 'call', required: false },
            { name: 'cgroup-parent', required: false },
            { name: 'context', required: false },
            { name: 'file', required: false },
            { name: 'labels', required: false },
            { name: 'load', required: false },
            { name: 'network', required: false },
            { name: 'no-cache', required: false },
            { name: 'no-cache-filters', required: false },
            { name: 'outputs', required: false },
            { name: 'platforms', required: false },
            { name: 'provenance', required: false },
            { name: 'pull', required: false },
            { name: 'push', required: false },
            { name: 'sbom', required: false },
            { name: 'secrets', required: false },
            { name: 'secret-envs', required: false },
            { name: 'secret-files', required: false },
            { name: 'shm-size', required: false },
            { name: 'ssh', required: false },
            { name: 'tags', required: false },
            { name: 'target', required: false },
            { name: 'ulimit', required: false },
            { name: 'github-token', required: false }
        ],
        outputs: ['imageid', 'digest', 'metadata']
    },
    'docker/login-action@v3': {
        inputs: [
            { name: 'registry', required: false },
            { name: 'username', required: false },
            { name: 'password', required: false },
            { name: 'ecr', required: false },
            { name: 'scope', required: false },
            { name: 'logout', required: false },
            { name: 'registry-auth', required: false }
        ],
        outputs: []
    },
    'docker/setup-buildx-action@v3': {
        inputs: [
            { name: 'version', required: false },
            { name: 'driver', required: false },
            { name: 'driver-opts', required: false },
            { name: 'buildkitd-flags', required: false },
            { name: 'buildkitd-config', required: false },
            { name: 'buildkitd-config-inline', required: false },
            { name: 'use', required: false },
            { name: 'name', required: false },
            { name: 'endpoint', required: false },
            { name: 'platforms', required: false },
            { name: 'append', required: false },
            { name: 'keep-state', required: false },
            { name: 'cache-binary', required: false },
            { name: 'cleanup', required: false },
            { name: 'config', required: false, deprecated: 'Use buildkitd-config instead' },
            { name: 'config-inline', required: false, deprecated: 'Use buildkitd-config-inline instead' },
            {
                name: 'install',
                required: false,
                deprecated: '"docker buildx install" command is deprecated and will be removed in a future release, use BUILDX_BUILDER environment variable instead'
            }
        ],
        outputs: ['name', 'driver', 'platforms', 'nodes', 'endpoint', 'status', 'flags']
    },
    'docker/metadata-action@v5': {
        inputs: [
            { name: 'context', required: false },
            { name: 'images', required: false },
            { name: 'tags', required: false },
            { name: 'flavor', required: false },
            { name: 'labels', required: false },
            { name: 'annotations', required: false },
            { name: 'sep-tags', required: false },
            { name: 'sep-labels', required: false },
            { name: 'sep-annotations', required: false },
            { name: 'bake-target', required: false },
            { name: 'github-token', required: false }
        ],
        outputs: [
            'version',
            'tags',
            'tag-names',
            'labels',
            'annotations',
            'json',
            'bake-file-tags',
            'bake-file-labels',
            'bake-file-annotations',
            'bake-file'
        ]
    },
    'docker/setup-qemu-action@v3': {
        inputs: [
            { name: 'image', required: false },
            { name: 'platforms', required: false },
            { name: 'cache-image', required: false }
        ],
        outputs: ['platforms']
    },
    'softprops/action-gh-release@v2': {
        inputs: [
            { name: 'body', required: false },
            { name: 'body_path', required: false },
            { name: 'name', required: false },
            { name: 'tag_name', required: false },
            { name: 'draft', required: false },
            { name: 'prerelease', required: false },
            { name: 'preserve_order', required: false },
            { name: 'files', required: false },
            { name: 'working_directory', required: false },
            { name: 'overwrite_files', required: false },
            { name: 'fail_on_unmatched_files', required: false },
            { name: 'repository', required: false },
            { name: 'token', required: false },
            { name: 'target_commitish', required: false },
            { name: 'discussion_category_name', required: false },
            { name: 'generate_release_notes', required: false },
            { name: 'previous_tag', required: false },
            { name: 'append_body', required: false },
            { name: 'make_latest', required: false }
        ],
        outputs: ['url', 'id', 'upload_url', 'assets']
    },
    'codecov/codecov-action@v4': {
        inputs: [
            { name: 'token', required: false },
            { name: 'codecov_yml_path', required: false },
            { name: 'commit_parent', required: false },
            { name: 'directory', required: false },
            { name: 'disable_file_fixes', required: false },
            { name: 'disable_search', required: false },
            { name: 'disable_safe_directory', required: false },
            { name: 'dry_run', required: false },
            { name: 'env_vars', required: false },
            { name: 'exclude', required: false },
            { name: 'fail_ci_if_error', required: false },
            { name: 'file', required: false },
            { name: 'files', required: false },
            { name: 'flags', required: false },
            { name: 'git_service', required: false },
            { name: 'handle_no_reports_found', required: false },
            { name: 'job_code', required: false },
            { name: 'name', required: false },
            { name: 'network_filter', required: false },
            { name: 'network_prefix', required: false },
            { name: 'os', required: false },
            { name: 'override_branch', required: false },
            { name: 'override_build', required: false },
            { name: 'override_build_url', required: false },
            { name: 'override_commit', required: false },
            { name: 'override_pr', required: false },
            { name: 'plugin', required: false },
            { name: 'plugins', required: false },
            { name: 'report_code', required: false },
            { name: 'root_dir', required: false },
            { name: 'slug', required: false },
            { name: 'url', required: false },
            { name: 'use_legacy_upload_endpoint', required: false },
            { name: 'use_oidc', required: false },
            { name: 'verbose', required: false },
            { name: 'version', required: false },
            { name: 'working-directory', required: false }
        ],
        outputs: []
    },
    'codecov/codecov-action@v5': {
        inputs: [
            { name: 'base_sha', required: false },
            { name: 'binary', required: false },
            { name: 'codecov_yml_path', required: false },
            { name: 'commit_parent', required: false },
            { name: 'directory', required: false },
            { name: 'disable_file_fixes', required: false },
            { name: 'disable_search', required: false },
            { name: 'disable_safe_directory', required: false },
            { name: 'disable_telem', required: false },
            { name: 'dry_run', required: false },
            { name: 'env_vars', required: false },
            { name: 'exclude', required: false },
            { name: 'fail_ci_if_error', required: false },
            { name: 'files', required: false },
            { name: 'flags', required: false },
            { name: 'force', required: false },
            { name: 'git_service', required: false },
            { name: 'gcov_args', required: false },
            { name: 'gcov_executable', required: false },
            { name: 'gcov_ignore', required: false },
            { name: 'gcov_include', required: false },
            { name: 'handle_no_reports_found', required: false },
            { name: 'job_code', required: false },
            { name: 'name', required: false },
            { name: 'network_filter', required: false },
            { name: 'network_prefix', required: false },
            { name: 'os', required: false },
            { name: 'override_branch', required: false },
            { name: 'override_build', required: false },
            { name: 'override_build_url', required: false },
            { name: 'override_commit', required: false },
            { name: 'override_pr', required: false },
            { name: 'plugins', required: false },
            { name: 'recurse_submodules', required: false },
            { name: 'report_code', required: false },
            { name: 'report_type', required: false },
            { name: 'root_dir', required: false },
            { name: 'run_command', required: false },
            { name: 'skip_validation', required: false },
            { name: 'slug', required: false },
            { name: 'swift_project', required: false },
            { name: 'token', required: false },
            { name: 'url', required: false },
            { name: 'use_legacy_upload_endpoint', required: false },
            { name: 'use_oidc', required: false },
            { name: 'use_pypi', required: false },
            { name: 'verbose', required: false },
            { name: 'version', required: false },
            { name: 'working-directory', required: false }
        ],
        outputs: []
    },
    'peaceiris/actions-gh-pages@v4': {
        inputs: [
            { name: 'deploy_key', required: false },
            { name: 'github_token', required: false },
            { name: 'personal_token', required: false },
            { name: 'publish_branch', required: false },
            { name: 'publish_dir', required: false },
            { name: 'destination_dir', required: false },
            { name: 'external_repository', required: false },
            { name: 'allow_empty_commit', required: false },
            { name: 'keep_files', required: false },
            { name: 'force_orphan', required: false },
            { name: 'user_name', required: false },
            { name: 'user_email', required: false },
            { name: 'commit_message', required: false },
            { name: 'full_commit_message', required: false },
            { name: 'tag_name', required: false },
            { name: 'tag_message', required: false },
            { name: 'enable_jekyll', required: false },
            { name: 'disable_nojekyll', required: false },
            { name: 'cname', required: false },
            { name: 'exclude_assets', required: false }
        ],
        outputs: []
    },
    'aws-actions/configure-aws-credentials@v4': {
        inputs: [
            { name: 'aws-region', required: true },
            { name: 'role-to-assume', required: false },
            { name: 'aws-access-key-id', required: false },
            { name: 'aws-secret-access-key', required: false },
            { name: 'aws-session-token', required: false },
            { name: 'web-identity-token-file', required: false },
            { name: 'role-chaining', required: false },
            { name: 'audience', required: false },
            { name: 'http-proxy', required: false },
            { name: 'mask-aws-account-id', required: false },
            { name: 'role-duration-seconds', required: false },
            { name: 'role-external-id', required: false },
            { name: 'role-session-name', required: false },
            { name: 'role-skip-session-tagging', required: false },
            { name: 'inline-session-policy', required: false },
            { name: 'managed-session-policies', required: false },
            { name: 'output-credentials', required: false },
            { name: 'output-env-credentials', required: false },
            { name: 'unset-current-credentials', required: false },
            { name: 'disable-retry', required: false },
            { name: 'retry-max-attempts', required: false },
            { name: 'special-characters-workaround', required: false },
            { name: 'use-existing-credentials', required: false }
        ],
        outputs: [
            'aws-account-id',
            'aws-access-key-id',
            'aws-secret-access-key',
            'aws-session-token',
            'aws-expiration'
        ]
    },
    'peter-evans/create-pull-request@v6': {
        inputs: [
            { name: 'token', required: false },
            { name: 'git-token', required: false },
            { name: 'path', required: false },
            { name: 'add-paths', required: false },
            { name: 'commit-message', required: false },
            { name: 'committer', required: false },
            { name: 'author', required: false },
            { name: 'signoff', required: false },
            { name: 'branch', required: false },
            { name: 'delete-branch', required: false },
            { name: 'branch-suffix', required: false },
            { name: 'base', required: false },
            { name: 'push-to-fork', required: false },
            { name: 'title', required: false },
            { name: 'body', required: false },
            { name: 'body-path', required: false },
            { name: 'labels', required: false },
            { name: 'assignees', required: false },
            { name: 'reviewers', required: false },
            { name: 'team-reviewers', required: false },
            { name: 'milestone', required: false },
            { name: 'draft', required: false }
        ],
        outputs: [
            'pull-request-number',
            'pull-request-url',
            'pull-request-operation',
            'pull-request-head-sha',
            'pull-request-branch'
        ]
    },
    'peter-evans/create-pull-request@v7': {
        inputs: [
            { name: 'token', required: false },
            { name: 'branch-token', required: false },
            { name: 'path', required: false },
            { name: 'add-paths', required: false },
            { name: 'commit-message', required: false },
            { name: 'committer', required: false },
            { name: 'author', required: false },
            { name: 'signoff', required: false },
            { name: 'branch', required: false },
            { name: 'delete-branch', required: false },
            { name: 'branch-suffix', required: false },
            { name: 'base', required: false },
            { name: 'push-to-fork', required: false },
            { name: 'sign-commits', required: false },
            { name: 'title', required: false },
            { name: 'body', required: false },
            { name: 'body-path', required: false },
            { name: 'labels', required: false },
            { name: 'assignees', required: false },
            { name: 'reviewers', required: false },
            { name: 'team-reviewers', required: false },
            { name: 'milestone', required: false },
            { name: 'draft', required: false },
            { name: 'maintainer-can-modify', required: false }
        ],
        outputs: [
            'pull-request-number',
            'pull-request-url',
            'pull-request-operation',
            'pull-request-head-sha',
            'pull-request-branch'
        ]
    },
    'golangci/golangci-lint-action@v6': {
        inputs: [
            { name: 'version', required: false },
            { name: 'install-mode', required: false },
            { name: 'working-directory', required: false },
            { name: 'github-token', required: false },
            { name: 'verify', required: false },
            { name: 'only-new-issues', required: false },
            { name: 'skip-cache', required: false },
            { name: 'skip-save-cache', required: false },
            { name: 'problem-matchers', required: false },
            { name: 'args', required: false },
            { name: 'cache-invalidation-interval', required: false }
        ],
        outputs: []
    },
    'golangci/golangci-lint-action@v7': {
        inputs: [
            { name: 'version', required: false },
            { name: 'install-mode', required: false },
            { name: 'working-directory', required: false },
            { name: 'github-token', required: false },
            { name: 'verify', required: false },
            { name: 'only-new-issues', required: false },
            { name: 'skip-cache', required: false },
            { name: 'skip-save-cache', required: false },
            { name: 'problem-matchers', required: false },
            { name: 'args', required: false },
            { name: 'cache-invalidation-interval', required: false }
        ],
        outputs: []
    },
    'golangci/golangci-lint-action@v8': {
        inputs: [
            { name: 'version', required: false },
            { name: 'install-mode', required: false },
            { name: 'working-directory', required: false },
            { name: 'github-token', required: false },
            { name: 'verify', required: false },
            { name: 'only-new-issues', required: false },
            { name: 'skip-cache', required: false },
            { name: 'skip-save-cache', required: false },
            { name: 'problem-matchers', required: false },
            { name: 'args', required: false },
            { name: 'cache-invalidation-interval', required: false }
        ],
        outputs: []
    },
    'ruby/setup-ruby@v1': {
        inputs: [
            { name: 'ruby-version', required: false },
            { name: 'rubygems', required: false },
            { name: 'bundler', required: false },
            { name: 'bundler-cache', required: false },
            { name: 'working-directory', required: false },
            { name: 'cache-version', required: false },
            { name: 'self-hosted', required: false },
            { name: 'windows-toolchain', required: false },
            { name: 'token', required: false }
        ],
        outputs: ['ruby-prefix']
    },
    'github/codeql-action/init@v3': {
        inputs: [
            { name: 'tools', required: false },
            { name: 'languages', required: false },
            { name: 'build-mode', required: false },
            { name: 'analysis-kinds', required: false },
            { name: 'token', required: false },
            { name: 'registries', required: false },
            { name: 'matrix', required: false },
            { name: 'config-file', required: false },
            { name: 'db-location', required: false },
            { name: 'config', required: false },
            { name: 'queries', required: false },
            { name: 'quality-queries', required: false },
            { name: 'packs', required: false },
            { name: 'external-repository-token', required: false },
            { name: 'setup-python-dependencies', required: false },
            { name: 'source-root', required: false },
            { name: 'ram', required: false },
            { name: 'threads', required: false },
            { name: 'debug', required: false },
            { name: 'debug-artifact-name', required: false },
            { name: 'debug-database-name', required: false },
            { name: 'trap-caching', required: false },
            { name: 'dependency-caching', required: false },
            { name: 'check-run-id', required: false }
        ],
        outputs: ['codeql-path', 'codeql-version']
    },
    'github/codeql-action/analyze@v3': {
        inputs: [
            { name: 'check_name', required: false },
            { name: 'output', required: false },
            { name: 'upload', required: false },
            { name: 'cleanup-level', required: false },
            { name: 'ram', required: false },
            {
                name: 'add-snippets',
                required: false,
                deprecated: 'The input "add-snippets" has been removed and no longer has any effect.'
            },
            { name: 'skip-queries', required: false },
            { name: 'threads', required: false },
            { name: 'checkout_path', required: false },
            { name: 'ref', required: false },
            { name: 'sha', required: false },
            { name: 'category', required: false },
            { name: 'upload-database', required: false },
            { name: 'post-processed-sarif-path', required: false },
            { name: 'wait-for-processing', required: false },
            { name: 'token', required: false },
            { name: 'matrix', required: false },
            { name: 'expect-error', required: false }
        ],
        outputs: ['db-locations', 'sarif-output', 'sarif-id']
    },
    'github/codeql-action/upload-sarif@v3': {
        inputs: [
            { name: 'sarif_file', required: false },
            { name: 'checkout_path', required: false },
            { name: 'ref', required: false },
            { name: 'sha', required: false },
            { name: 'token', required: false },
            { name: 'matrix', required: false },
            { name: 'category', required: false },
            { name: 'wait-for-processing', required: false }
        ],
        outputs: ['sarif-id', 'sarif-ids']
    },
    'octokit/request-action@v2.x': {
        inputs: [
            { name: 'route', required: true },
            { name: 'mediaType', required: false }
        ],
        outputs: ['status', 'headers', 'data'],
        openInputs: true
    },
    'octokit/request-action@v3.x': {
        inputs: [
            { name: 'route', required: true },
            { name: 'mediaType', required: false }
        ],
        outputs: ['status', 'headers', 'data'],
        openInputs: true
    },
    'pypa/gh-action-pypi-publish@release/v1': {
        inputs: [
            { name: 'user', required: false },
            { name: 'password', required: false },
            { name: 'repository-url', required: false },
            {
                name: 'repository_url',
                required: false,
                deprecated: 'The inputs have been normalized to use kebab-case. Use `repository-url` instead.'
            },
            { name: 'packages-dir', required: false },
            {
                name: 'packages_dir',
                required: false,
                deprecated: 'The inputs have been normalized to use kebab-case. Use `packages-dir` instead.'
            },
            { name: 'verify-metadata', required: false },
            {
                name: 'verify_metadata',
                required: false,
                deprecated: 'The inputs have been normalized to use kebab-case. Use `verify-metadata` instead.'
            },
            { name: 'skip-existing', required: false },
            {
                name: 'skip_existing',
                required: false,
                deprecated: 'The inputs have been normalized to use kebab-case. Use `skip-existing` instead.'
            },
            { name: 'verbose', required: false },
            { name: 'print-hash', required: false },
            {
                name: 'print_hash',
                required: false,
                deprecated: 'The inputs have been normalized to use kebab-case. Use `print-hash` instead.'
            }
        ],
        outputs: []
    },
    'reviewdog/action-actionlint@v1': {
        inputs: [
            { name: 'github_token', required: false },
            { name: 'tool_name', required: false },
            { name: 'level', required: false },
            { name: 'reporter', required: false },
            { name: 'filter_mode', required: false },
            { name: 'fail_level', required: false },
            { name: 'fail_on_error', required: false, deprecated: 'Deprecated, use `fail_level` instead.' },
            { name: 'reviewdog_flags', required: false },
            { name: 'actionlint_flags', required: false }
        ],
        outputs: []
    },
    'rhysd/action-setup-vim@v1': {
        inputs: [
            { name: 'version', required: false },
            { name: 'neovim', required: false },
            { name: 'configure-args', required: false },
            { name: 'token', required: false }
        ],
        outputs: ['executable', 'vim-dir']
    }
};

;// CONCATENATED MODULE: ./src/lint/action-metadata.ts

/**
 * The inputs and outputs of a popular action at the major version a `uses:` names, from the
 * metadata generated from the actions' own action.yml files (scripts/popular-actions.ts).
 * Undefined for any other action, and for refs that are not a version (a sha or a branch),
 * whose inputs cannot be known without reading that commit.
 */
function popularAction(uses) {
    const at = uses.lastIndexOf('@');
    if (at < 0)
        return undefined;
    const spec = uses.slice(0, at).toLowerCase();
    const ref = uses.slice(at + 1);
    const major = /^(v\d+)(?:\.\d+)*$/.exec(ref)?.[1];
    if (POPULAR_ACTIONS[`${spec}@${ref}`])
        return POPULAR_ACTIONS[`${spec}@${ref}`];
    // Some actions name their moving major `v2.x` rather than `v2`.
    return major ? (POPULAR_ACTIONS[`${spec}@${major}`] ?? POPULAR_ACTIONS[`${spec}@${major}.x`]) : undefined;
}

;// CONCATENATED MODULE: ./src/lint/checks/action-inputs.ts



/** `with:` of a popular action against its action.yml: unknown, missing required and deprecated inputs. */
function actionInputs(workflow) {
    const { source } = workflow;
    return workflow.jobs.flatMap(job => job.steps.flatMap(step => {
        const uses = model_text(step.uses);
        const action = uses ? popularAction(uses) : undefined;
        if (!step.uses || !uses || !action)
            return [];
        const given = entries(source, step.with);
        const givenNames = new Set(given.map(({ key }) => String(key.value).toLowerCase()));
        const byName = new Map(action.inputs.map(input => [input.name.toLowerCase(), input]));
        const findings = [];
        for (const { key } of given) {
            const input = byName.get(String(key.value).toLowerCase());
            if (!input && !action.openInputs) {
                const known = action.inputs.map(candidate => `\`${candidate.name}\``).join(', ');
                findings.push((0,lint_source/* findingAt */.dz)(source, 'action-input', key, `\`${uses}\` has no input \`${key.value}\`; its inputs are ${known || 'none'}.`));
            }
            else if (input?.deprecated) {
                findings.push((0,lint_source/* findingAt */.dz)(source, 'deprecated-input', key, `Input \`${key.value}\` of \`${uses}\` is deprecated: ${input.deprecated.replace(/\s+/g, ' ')}`));
            }
        }
        const missing = action.inputs.filter(input => input.required && !givenNames.has(input.name.toLowerCase()));
        if (missing.length > 0) {
            findings.push((0,lint_source/* findingAt */.dz)(source, 'action-input', step.uses, `\`${uses}\` requires ${missing.map(input => `\`${input.name}\``).join(', ')}, which this step does not give.`));
        }
        return findings;
    }));
}

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var ast = __webpack_require__(12049);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 27 modules
var expressions_dist = __webpack_require__(52506);
;// CONCATENATED MODULE: ./src/lint/expression-types.ts
const ANY = { kind: 'any' };
const NULL = { kind: 'null' };
const BOOL = { kind: 'bool' };
const NUMBER = { kind: 'number' };
const STRING = { kind: 'string' };
/** An object with exactly these properties (names are case-insensitive, so keys are lower-cased). */
function strictObject(props) {
    const list = Array.isArray(props) ? props : Object.entries(props);
    return { kind: 'object', props: new Map(list.map(([name, type]) => [name.toLowerCase(), type])) };
}
/** An object whose every property has one type, like `env` or `vars` (a map from string to string). */
function mapOf(value) {
    return { kind: 'object', props: new Map(), other: value };
}
function arrayOf(element) {
    return { kind: 'array', element };
}
/** The type of a property, `undefined` when a strict object does not have it. */
function propertyType(object, name) {
    return object.props.get(name.toLowerCase()) ?? object.other;
}
const MAX_NAMED_PROPERTIES = 8;
/** How a type is written in messages: `{a: string; b: number}`, `{string => string}`, `array<bool>`. */
function typeName(type) {
    switch (type.kind) {
        case 'array':
            return `array<${typeName(type.element)}>`;
        case 'object': {
            const props = [...type.props].map(([name, prop]) => `${name}: ${typeName(prop)}`);
            if (type.other && props.length === 0)
                return `{string => ${typeName(type.other)}}`;
            // A message names a few properties; the github context alone has forty.
            const shown = props.length > MAX_NAMED_PROPERTIES ? props.slice(0, MAX_NAMED_PROPERTIES) : props;
            const more = shown.length < props.length || type.other ? ['...'] : [];
            return `{${[...shown, ...more].join('; ')}}`;
        }
        default:
            return type.kind;
    }
}
/** The type of a literal value (YAML or JSON): what a matrix row or a `fromJSON('...')` yields. */
function typeOfValue(value) {
    if (value === null || value === undefined)
        return NULL;
    if (typeof value === 'boolean')
        return BOOL;
    if (typeof value === 'number')
        return NUMBER;
    if (typeof value === 'string')
        return value.includes('${{') ? ANY : STRING;
    if (Array.isArray(value))
        return arrayOf(merge(value.map(typeOfValue)));
    if (typeof value === 'object') {
        return strictObject(Object.entries(value).map(([k, v]) => [k, typeOfValue(v)]));
    }
    return ANY;
}
/**
 * One type for values that may each have a different one: equal kinds merge (objects by their
 * properties), anything else becomes `any`.
 */
function merge(types) {
    if (types.length === 0)
        return ANY;
    return types.reduce((a, b) => mergeTwo(a, b));
}
function mergeTwo(a, b) {
    if (a.kind === 'any' || b.kind === 'any' || a.kind !== b.kind)
        return ANY;
    if (a.kind === 'array' && b.kind === 'array')
        return arrayOf(mergeTwo(a.element, b.element));
    if (a.kind === 'object' && b.kind === 'object') {
        const props = new Map(a.props);
        for (const [name, type] of b.props)
            props.set(name, props.has(name) ? mergeTwo(props.get(name), type) : type);
        const other = a.other && b.other ? mergeTwo(a.other, b.other) : (a.other ?? b.other);
        return { kind: 'object', props, ...(other ? { other } : {}) };
    }
    return a;
}
/**
 * Whether GitHub can compare the two operands meaningfully. `==` coerces primitives but turns
 * an object or array into NaN against a primitive; `<` and friends only order numbers and strings.
 */
function comparable(operator, left, right) {
    const isCollection = (t) => t.kind === 'object' || t.kind === 'array';
    if (operator === '==' || operator === '!=') {
        if (left.kind === 'any' || left.kind === 'null' || right.kind === 'any' || right.kind === 'null')
            return true;
        if (isCollection(left) !== isCollection(right))
            return false;
        if (left.kind === 'array' && right.kind === 'array')
            return comparable(operator, left.element, right.element);
        if (left.kind === 'object' || right.kind === 'object')
            return left.kind === right.kind;
        return true;
    }
    const orderable = (t) => t.kind === 'any' || t.kind === 'number' || t.kind === 'string';
    return orderable(left) && orderable(right);
}
/** Whether a value of type `value` may be given where `target` is expected (inputs, runs-on). */
function assignable(target, value) {
    if (target.kind === 'any' || value.kind === 'any')
        return true;
    // Every primitive converts to a string, and a string can hold the text of a bool or a number.
    if (target.kind === 'string')
        return value.kind !== 'object' && value.kind !== 'array';
    if (target.kind === 'array')
        return value.kind === 'array';
    return target.kind === value.kind || value.kind === 'null';
}

;// CONCATENATED MODULE: ./src/lint/expression-check.ts



/** Every context name; which are allowed where is GitHub's parser's job, so ours accepts them all. */
const CONTEXTS = [
    'github',
    'env',
    'vars',
    'job',
    'jobs',
    'steps',
    'runner',
    'secrets',
    'strategy',
    'matrix',
    'needs',
    'inputs'
];
/** Functions beyond the language's own, allowed only at some keys (GitHub's parser checks where). */
const STATUS_FUNCTIONS = [
    { name: 'success', minArgs: 0, maxArgs: 0 },
    { name: 'always', minArgs: 0, maxArgs: 0 },
    { name: 'failure', minArgs: 0, maxArgs: 0 },
    { name: 'cancelled', minArgs: 0, maxArgs: 0 },
    { name: 'hashFiles', minArgs: 1, maxArgs: 255 }
];
/** The syntax tree of an expression body, or undefined when it does not parse (GitHub's parser reports that). */
function parseExpression(body) {
    try {
        const { tokens } = new expressions_dist/* Lexer */.JG(body).lex();
        return new expressions_dist/* Parser */.iX(tokens, CONTEXTS, STATUS_FUNCTIONS).parse();
    }
    catch {
        return undefined;
    }
}
/** The type of an expression in a scope, with every type problem found on the way. */
function checkExpression(expr, scope) {
    const problems = [];
    const type = typeOf(expr, scope, (message, token) => problems.push({ message, offset: token ? offsetOf(token) : 0 }));
    return { type, problems };
}
function typeOf(expr, scope, report) {
    if (expr instanceof ast/* Literal */.uS)
        return typeOfValue(literalValue(expr));
    if (expr instanceof ast/* Grouping */.aU)
        return typeOf(expr.group, scope, report);
    if (expr instanceof ast/* Unary */._c) {
        typeOf(expr.expr, scope, report);
        return BOOL;
    }
    if (expr instanceof ast/* Logical */.oD) {
        const types = expr.args.map(arg => typeOf(arg, scope, report));
        // `a && b` and `a || b` yield one of their operands.
        return merge(types);
    }
    if (expr instanceof ast/* Binary */.yI) {
        const left = typeOf(expr.left, scope, report);
        const right = typeOf(expr.right, scope, report);
        const operator = expr.operator.lexeme;
        if (!comparable(operator, left, right)) {
            report(`A ${typeName(left)} value cannot be compared with a ${typeName(right)} value by \`${operator}\`.`, expr.operator);
        }
        return BOOL;
    }
    if (expr instanceof ast/* ContextAccess */.QC)
        return scope.get(expr.name.lexeme.toLowerCase()) ?? ANY;
    if (expr instanceof ast/* IndexAccess */.p_)
        return indexType(expr, scope, report);
    if (expr instanceof ast/* FunctionCall */.R6)
        return callType(expr, scope, report);
    return ANY;
}
function indexType(expr, scope, report) {
    const receiver = typeOf(expr.expr, scope, report);
    if (expr.index instanceof ast/* Star */.FE) {
        if (receiver.kind === 'array')
            return receiver;
        if (receiver.kind === 'object')
            return arrayOf(merge([...receiver.props.values(), ...(receiver.other ? [receiver.other] : [])]));
        return arrayOf(ANY);
    }
    const dotted = expr.index instanceof ast/* Literal */.uS && isIdentifier(expr.index);
    const index = dotted ? STRING : typeOf(expr.index, scope, report);
    const name = expr.index instanceof ast/* Literal */.uS ? literalValue(expr.index) : undefined;
    const token = expr.index instanceof ast/* Literal */.uS ? expr.index.token : undefined;
    switch (receiver.kind) {
        case 'any':
            return ANY;
        case 'array': {
            // `needs.*.result`: a property of an array (after `*`) is that property of every element.
            if (typeof name !== 'string')
                return receiver.element;
            const element = receiver.element;
            if (element.kind !== 'object')
                return arrayOf(ANY);
            return arrayOf(propertyType(element, name) ?? ANY);
        }
        case 'object': {
            if (index.kind !== 'string' && index.kind !== 'any') {
                report(`An object's property is named by a string, not a ${typeName(index)}.`, token);
                return ANY;
            }
            if (typeof name !== 'string')
                return receiver.other ?? ANY;
            const property = propertyType(receiver, name);
            if (!property) {
                report(`Property \`${name}\` is not defined in the object type ${typeName(receiver)}.`, token);
                return ANY;
            }
            return property;
        }
        default:
            if (dotted) {
                report(`\`${String(name)}\` is read from a ${typeName(receiver)}, which has no properties.`, token);
            }
            return ANY;
    }
}
/**
 * The arguments each function reads as text (or a number or bool): an object or an array there
 * is coerced to `Object`/`Array` or NaN, never what the author meant. `contains` and `join` also
 * take an array first.
 */
const TEXT_ARGUMENTS = {
    startswith: () => true,
    endswith: () => true,
    contains: index => index > 0,
    join: index => index > 0,
    format: () => true,
    fromjson: () => true,
    hashfiles: () => true
};
function callType(call, scope, report) {
    const args = call.args.map(arg => typeOf(arg, scope, report));
    const name = call.functionName.lexeme.toLowerCase();
    args.forEach((type, index) => {
        const textArgument = TEXT_ARGUMENTS[name]?.(index) ?? false;
        const collection = type.kind === 'object' || (type.kind === 'array' && textArgument);
        if ((textArgument || name === 'contains' || name === 'join') && collection) {
            report(`Argument ${index + 1} of ${call.functionName.lexeme}() is a ${typeName(type)}, where a string is read.`, call.functionName);
        }
    });
    switch (name) {
        case 'contains':
        case 'startswith':
        case 'endswith':
        case 'success':
        case 'always':
        case 'failure':
        case 'cancelled':
            return BOOL;
        case 'format':
            checkFormat(call, report);
            return STRING;
        case 'join':
        case 'tojson':
        case 'hashfiles':
            return STRING;
        case 'fromjson':
            return fromJsonType(call, report);
        case 'case':
            return merge(args.filter((_, i) => i % 2 === 1 || i === args.length - 1));
        default:
            return ANY;
    }
}
/** `format('{0} {1}', a)`: every placeholder needs an argument and every argument a placeholder. */
function checkFormat(call, report) {
    const [template, ...values] = call.args;
    if (!(template instanceof ast/* Literal */.uS) || typeof literalValue(template) !== 'string')
        return;
    const text = literalValue(template).replace(/\{\{|\}\}/g, '');
    const used = new Set([...text.matchAll(/\{(\d+)\}/g)].map(match => Number(match[1])));
    for (const index of used) {
        if (index >= values.length) {
            report(`The format string uses {${index}} but only ${values.length} argument(s) follow it.`, template.token);
        }
    }
    values.forEach((_, index) => {
        if (!used.has(index))
            report(`The format string has no {${index}}, so argument ${index + 1} is unused.`, template.token);
    });
}
/** `fromJSON('<literal>')`: the JSON must parse, and its value is typed from the literal. */
function fromJsonType(call, report) {
    const [argument] = call.args;
    if (!(argument instanceof ast/* Literal */.uS) || typeof literalValue(argument) !== 'string')
        return ANY;
    try {
        return typeOfValue(JSON.parse(literalValue(argument)));
    }
    catch (error) {
        report(`fromJSON is given a broken JSON literal: ${error.message}.`, argument.token);
        return ANY;
    }
}
function literalValue(literal) {
    const value = literal.literal;
    if (value instanceof expressions_dist/* data.Null */.p.Uv)
        return null;
    if ('value' in value)
        return value.value;
    return undefined;
}
/** `a.b` parses to an index by a literal whose token is the identifier `b`. */
function isIdentifier(literal) {
    return /^[A-Za-z_]/.test(literal.token.lexeme);
}
function offsetOf(token) {
    return token.range.start.column;
}

;// CONCATENATED MODULE: ./src/lint/checks/conditions.ts






/** Functions whose result depends on the run: a condition calling one is never constant. */
const RUN_FUNCTIONS = new Set(['success', 'failure', 'always', 'cancelled', 'hashfiles']);
/** `if: true`, `if: ${{ false }}`, `if: 1 == 1`: a condition that reads nothing of the run. */
function constantConditions(workflow) {
    const { source } = workflow;
    const conditions = workflow.jobs.flatMap(job => [
        get(source, job.node, 'if'),
        get(source, get(source, job.node, 'snapshot'), 'if'),
        ...job.steps.map(step => get(source, step.node, 'if'))
    ]);
    return conditions.flatMap(condition => {
        const body = conditionBody(condition);
        if (!condition || body === undefined)
            return [];
        const tree = parseExpression(body);
        if (!tree || !isConstant(tree))
            return [];
        return [
            (0,lint_source/* findingAt */.dz)(source, 'constant-condition', condition, `The condition \`${body.trim()}\` is a constant, so it decides nothing at run time.`)
        ];
    });
}
/** The expression of an `if:` written bare or inside one ${{ }}; undefined when text surrounds it (if-always-true's case). */
function conditionBody(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    if (typeof node.value !== 'string')
        return String(node.value);
    const value = node.value.trim();
    const expressions = findExpressions(value);
    if (expressions.length === 0)
        return value;
    return expressions.length === 1 && expressions[0].text === value ? expressions[0].body : undefined;
}
function isConstant(expr) {
    if (expr instanceof ast/* ContextAccess */.QC)
        return false;
    if (expr instanceof ast/* FunctionCall */.R6) {
        return !RUN_FUNCTIONS.has(expr.functionName.lexeme.toLowerCase()) && expr.args.every(isConstant);
    }
    if (expr instanceof ast/* Grouping */.aU)
        return isConstant(expr.group);
    if (expr instanceof ast/* Unary */._c)
        return isConstant(expr.expr);
    if (expr instanceof ast/* Binary */.yI)
        return isConstant(expr.left) && isConstant(expr.right);
    if (expr instanceof ast/* Logical */.oD)
        return expr.args.every(isConstant);
    if (expr instanceof ast/* IndexAccess */.p_)
        return isConstant(expr.expr) && isConstant(expr.index);
    return true;
}

;// CONCATENATED MODULE: ./src/lint/checks/env-names.ts


/** `env:` at the workflow, job, step and container/service level. */
function envNames(workflow) {
    const { source } = workflow;
    const envMaps = [
        get(source, workflow.root, 'env'),
        ...workflow.jobs.flatMap(job => [
            get(source, job.node, 'env'),
            get(source, get(source, job.node, 'container'), 'env'),
            ...entries(source, get(source, job.node, 'services')).map(({ value }) => get(source, value, 'env')),
            ...job.steps.map(step => get(source, step.node, 'env'))
        ])
    ];
    return envMaps.flatMap(env => entries(source, env)
        .filter(({ key }) => /[=&\s]/.test(String(key.value)) && !String(key.value).includes('${{'))
        .map(({ key }) => (0,lint_source/* findingAt */.dz)(source, 'env-name', key, `\`${key.value}\` is not a valid environment variable name: it contains \`=\`, \`&\` or whitespace.`)));
}

;// CONCATENATED MODULE: ./src/lint/checks/events.ts



/** GitHub refuses a workflow_dispatch with more inputs than this. */
const MAX_DISPATCH_INPUTS = 25;
const EXCLUSIVE_FILTERS = ['branches', 'tags', 'paths'];
/**
 * Trigger configurations GitHub rejects or silently ignores: a filter with its `-ignore` twin on
 * one event, a required input with a default (never used), more than 25 dispatch inputs, a
 * schedule without cron entries, and empty lists, which match nothing.
 */
function eventSemantics(workflow) {
    const { source } = workflow;
    const findings = [];
    for (const [name, { key, config }] of workflow.events) {
        for (const filter of EXCLUSIVE_FILTERS) {
            const ignore = pairOf(source, config, `${filter}-ignore`);
            if (pairOf(source, config, filter) && ignore) {
                findings.push((0,lint_source/* findingAt */.dz)(source, 'event-config', ignore.key, `\`${filter}\` and \`${filter}-ignore\` cannot both filter \`${name}\`; negate patterns in \`${filter}\` with '!' instead.`));
            }
        }
        if (name === 'schedule' && !(0,dist/* isSeq */.oP)(config)) {
            findings.push((0,lint_source/* findingAt */.dz)(source, 'event-config', key, '`schedule` needs a list of `- cron:` entries; without one it never runs.'));
        }
        if (name === 'workflow_dispatch' || name === 'workflow_call')
            findings.push(...inputProblems(workflow, name, config));
        for (const entry of entries(source, config)) {
            if ((0,dist/* isSeq */.oP)(entry.value) && entry.value.items.length === 0) {
                findings.push((0,lint_source/* findingAt */.dz)(source, 'event-config', entry.value, `\`${entry.key.value}\` of \`${name}\` is an empty list, so it matches nothing.`));
            }
        }
    }
    return findings;
}
function inputProblems(workflow, event, config) {
    const { source } = workflow;
    const inputs = get(source, config, 'inputs');
    const declared = entries(source, inputs);
    const findings = [];
    if (event === 'workflow_dispatch' && declared.length > MAX_DISPATCH_INPUTS && (0,dist/* isMap */.jh)(inputs)) {
        const inputsKey = pairOf(source, config, 'inputs')?.key ?? declared[0].key;
        findings.push((0,lint_source/* findingAt */.dz)(source, 'event-config', inputsKey, `workflow_dispatch accepts at most ${MAX_DISPATCH_INPUTS} inputs, and this one declares ${declared.length}.`));
    }
    for (const { key, value } of declared) {
        const required = get(source, value, 'required');
        const fallback = pairOf(source, value, 'default');
        if ((0,dist/* isScalar */.jn)(required) && required.value === true && fallback) {
            findings.push((0,lint_source/* findingAt */.dz)(source, 'event-config', fallback.key, `Input \`${key.value}\` of ${event} is required, so its default is never used.`));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/lint/contexts.ts







/** The properties GitHub documents for the `github` context; `event` is the payload, untyped. */
const GITHUB = strictObject({
    action: STRING,
    action_path: STRING,
    action_ref: STRING,
    action_repository: STRING,
    action_status: STRING,
    actor: STRING,
    actor_id: STRING,
    api_url: STRING,
    base_ref: STRING,
    env: STRING,
    // The payload differs per event, so its properties are untyped, but it is an object.
    event: mapOf(ANY),
    event_name: STRING,
    event_path: STRING,
    graphql_url: STRING,
    head_ref: STRING,
    job: STRING,
    job_workflow_sha: STRING,
    path: STRING,
    ref: STRING,
    ref_name: STRING,
    ref_protected: BOOL,
    ref_type: STRING,
    repository: STRING,
    repository_id: STRING,
    repository_owner: STRING,
    repository_owner_id: STRING,
    repository_visibility: STRING,
    repositoryurl: STRING,
    retention_days: NUMBER,
    run_id: STRING,
    run_number: STRING,
    run_attempt: STRING,
    secret_source: STRING,
    server_url: STRING,
    sha: STRING,
    token: STRING,
    triggering_actor: STRING,
    workflow: STRING,
    workflow_ref: STRING,
    workflow_sha: STRING,
    workspace: STRING
});
const RUNNER = strictObject({
    name: STRING,
    os: STRING,
    arch: STRING,
    temp: STRING,
    tool_cache: STRING,
    debug: STRING,
    environment: STRING
});
const CONTAINER = strictObject({ id: STRING, network: STRING });
const JOB = strictObject({
    container: CONTAINER,
    services: mapOf(strictObject({ id: STRING, network: STRING, ports: mapOf(STRING) })),
    status: STRING,
    check_run_id: NUMBER,
    workflow_ref: STRING,
    workflow_sha: STRING,
    workflow_repository: STRING,
    workflow_file_path: STRING
});
const STRATEGY = strictObject({
    'fail-fast': BOOL,
    'job-index': NUMBER,
    'job-total': NUMBER,
    'max-parallel': NUMBER
});
const INPUT_TYPES = { boolean: BOOL, number: NUMBER };
/**
 * The context types of one workflow, built once and shared by every expression in it: the
 * workflow-wide contexts, and per job its matrix, needs and the steps seen so far.
 */
class WorkflowScopes {
    workflow;
    callable;
    base;
    jobScopes = new Map();
    constructor(workflow, callable) {
        this.workflow = workflow;
        this.callable = callable;
        this.base = new Map([
            ['github', GITHUB],
            ['runner', RUNNER],
            ['job', JOB],
            ['strategy', STRATEGY],
            ['vars', mapOf(STRING)],
            ['env', mapOf(STRING)],
            ['secrets', secretsType(workflow)],
            // Undeclared inputs are the dispatch-input rule's finding; here they stay untyped.
            ['inputs', { ...inputsType(workflow), other: ANY }]
        ]);
    }
    /** The scope of a value at `path` (keys and sequence indexes from the root of the workflow). */
    at(path) {
        const [top, jobId, section, index] = path;
        if (top === 'on' && jobId === 'workflow_call' && section === 'outputs') {
            return new Map([...this.base, ['jobs', this.jobsType()]]);
        }
        if (top !== 'jobs' || typeof jobId !== 'string')
            return this.base;
        const job = this.workflow.jobs.find(candidate => candidate.id === jobId);
        if (!job)
            return this.base;
        const scope = new Map(this.jobScope(job));
        // The matrix is being defined inside `strategy`, so it cannot be typed there.
        if (section === 'strategy')
            scope.delete('matrix');
        if (section === 'steps' && typeof index === 'number')
            scope.set('steps', stepsType(job.steps.slice(0, index), this.workflow));
        if (section === 'outputs' || (section === 'environment' && path[3] === 'url')) {
            scope.set('steps', stepsType(job.steps, this.workflow));
        }
        return scope;
    }
    jobScope(job) {
        let scope = this.jobScopes.get(job);
        if (!scope) {
            const needs = this.needsType(job);
            const matrix = matrixType(this.workflow, job, new Map([...this.base, ['needs', needs]]));
            scope = new Map([...this.base, ['matrix', matrix], ['needs', needs]]);
            this.jobScopes.set(job, scope);
        }
        return scope;
    }
    needsType(job) {
        const { source } = this.workflow;
        const needed = scalars(source, get(source, job.node, 'needs')).flatMap(need => {
            const target = this.findJob(String(need.value));
            return target
                ? [[String(need.value), jobResultType(this.workflow, target, this.callable)]]
                : [];
        });
        return strictObject(needed);
    }
    jobsType() {
        return strictObject(this.workflow.jobs.map(job => [job.id, jobResultType(this.workflow, job, this.callable)]));
    }
    findJob(id) {
        return this.workflow.jobs.find(job => job.id.toLowerCase() === id.toLowerCase());
    }
}
/** What another job sees of a job: its declared outputs (any for a reusable workflow's) and its result. */
function jobResultType(workflow, job, callable) {
    const { source } = workflow;
    const outputs = get(source, job.node, 'outputs');
    const uses = get(source, job.node, 'uses');
    const called = calledWorkflow(callable, model_text(uses));
    const outputsType = called
        ? strictObject(called.outputs.map(name => [name, STRING]))
        : uses !== undefined
            ? mapOf(ANY)
            : (0,dist/* isMap */.jh)(outputs)
                ? strictObject(entries(source, outputs).map(({ key }) => [String(key.value), STRING]))
                : (0,dist/* isScalar */.jn)(outputs) && String(outputs.value).includes('${{')
                    ? mapOf(ANY)
                    : strictObject({});
    return strictObject({ outputs: outputsType, result: STRING });
}
function stepsType(steps, workflow) {
    const { source } = workflow;
    const known = steps.flatMap(step => {
        const id = model_text(get(source, step.node, 'id'));
        if (id === undefined)
            return [];
        if (id.includes('${{'))
            return [['', ANY]];
        return [
            [id, strictObject({ outputs: stepOutputs(step), conclusion: STRING, outcome: STRING })]
        ];
    });
    // A step id computed by an expression could be any name.
    if (known.some(([id]) => id === ''))
        return mapOf(ANY);
    return strictObject(known);
}
function stepOutputs(step) {
    const uses = model_text(step.uses);
    const action = uses ? popularAction(uses) : undefined;
    if (!action || action.openOutputs)
        return mapOf(STRING);
    return strictObject(action.outputs.map(name => [name, STRING]));
}
/**
 * The matrix of a job, typed from its rows and `include` entries; `any` where rows are computed by
 * an expression. A job without a matrix has an empty one.
 */
function matrixType(workflow, job, scope) {
    const { source } = workflow;
    const strategy = get(source, job.node, 'strategy');
    if (strategy !== undefined && !(0,dist/* isMap */.jh)(strategy))
        return ANY;
    const matrix = get(source, strategy, 'matrix');
    if (matrix === undefined)
        return strictObject({});
    if (!(0,dist/* isMap */.jh)(matrix))
        return ANY;
    const props = new Map();
    const add = (name, type) => props.set(name.toLowerCase(), [...(props.get(name.toLowerCase()) ?? []), type]);
    let open = false;
    for (const { key, value } of entries(source, matrix)) {
        const name = String(key.value);
        if (name === 'exclude')
            continue;
        if (name === 'include') {
            if (!(0,dist/* isSeq */.oP)(value)) {
                open = true;
                continue;
            }
            for (const row of items(source, value)) {
                if (!(0,dist/* isMap */.jh)(row))
                    open = true;
                for (const entry of entries(source, row))
                    add(String(entry.key.value), typeOfNode(workflow, entry.value, scope));
            }
            continue;
        }
        if ((0,dist/* isSeq */.oP)(value))
            add(name, merge(items(source, value).map(item => typeOfNode(workflow, item, scope))));
        else
            add(name, ANY);
    }
    const typed = strictObject([...props].map(([name, types]) => [name, merge(types)]));
    return open ? { ...typed, other: ANY } : typed;
}
/** A matrix value's type; one written as a single expression has the expression's type. */
function typeOfNode(workflow, node, scope) {
    if (!node)
        return ANY;
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
        const expressions = findExpressions(node.value);
        if (expressions.length === 1 && expressions[0].text === node.value.trim()) {
            const tree = parseExpression(expressions[0].body);
            return tree ? checkExpression(tree, scope).type : ANY;
        }
    }
    return typeOfValue(node.toJS(workflow.source.doc));
}
function inputsType(workflow) {
    const { source } = workflow;
    const declared = ['workflow_dispatch', 'workflow_call'].flatMap(event => entries(source, get(source, workflow.events.get(event)?.config, 'inputs')).map(({ key, value }) => {
        const type = model_text(get(source, value, 'type'));
        return [String(key.value), (type && INPUT_TYPES[type]) ?? STRING];
    }));
    return strictObject(declared);
}
/**
 * A workflow only ever called by others receives exactly the secrets it declares (and the token);
 * any other trigger sees the repository's secrets, which the linter cannot know.
 */
function secretsType(workflow) {
    const { source } = workflow;
    const call = workflow.events.get('workflow_call');
    const declared = get(source, call?.config, 'secrets');
    if (!call || workflow.events.size !== 1 || !(0,dist/* isMap */.jh)(declared))
        return mapOf(STRING);
    return strictObject([
        ['GITHUB_TOKEN', STRING],
        ...entries(source, declared).map(({ key }) => [String(key.value), STRING])
    ]);
}

;// CONCATENATED MODULE: ./src/lint/checks/expression-types.ts







/** Keys whose value is text, so an object or an array expanded there is printed as `Object`/`Array`. */
const TEXT_KEYS = new Set(['run', 'name', 'run-name', 'shell', 'working-directory', 'image', 'url', 'group']);
/** Keys whose mapping GitHub lets one expression compute as a whole. */
const MAPPING_KEYS = new Set(['env', 'services']);
/** Mappings whose values are text handed to a process or an action. */
const TEXT_MAPS = new Set(['with', 'env', 'outputs']);
const expression_types_INPUT_TYPES = { boolean: BOOL, number: NUMBER, string: STRING };
/**
 * Types every ${{ }} of the workflow against the contexts available where it is written:
 * unknown step ids, jobs, matrix keys, outputs and secrets; properties read from a value that is
 * not an object; comparisons GitHub cannot make; objects expanded into text; `format()`
 * placeholders; broken `fromJSON()` literals; and values of the wrong type for `runs-on` and
 * workflow_call input defaults.
 */
function expressionTypes(workflow, context) {
    const scopes = new WorkflowScopes(workflow, context?.callable ?? new Map());
    const findings = [];
    walk(workflow.source, workflow.root, [], (node, path) => {
        if (isInputDefault(path))
            return;
        findings.push(...checkScalar(workflow.source, node, path, scopes.at(path)));
    });
    return [...findings, ...runsOnTypes(workflow, scopes), ...inputDefaults(workflow)];
}
function checkScalar(source, node, path, scope) {
    const value = node.value;
    const expressions = isBareCondition(path, value)
        ? [{ text: value, body: value, start: 0, end: value.length }]
        : findExpressions(value);
    const whole = expressions.length === 1 && value.trim() === expressions[0].text;
    const textPosition = !whole || TEXT_KEYS.has(String(path.at(-1))) || TEXT_MAPS.has(String(path.at(-2)));
    return expressions.flatMap((expression, index) => {
        const tree = parseExpression(expression.body);
        if (!tree)
            return [];
        const { type, problems } = checkExpression(tree, scope);
        const findings = problems.map(problem => at(source, node, value, expressions, index, problem.offset, problem.message));
        const mappingKey = String(path.at(-1));
        if (whole && MAPPING_KEYS.has(mappingKey) && type.kind !== 'object' && type.kind !== 'any') {
            findings.push(at(source, node, value, expressions, index, 0, `\`${mappingKey}\` needs a mapping, but this expression is a ${typeName(type)}.`));
        }
        else if (textPosition && (type.kind === 'object' || type.kind === 'array')) {
            findings.push(at(source, node, value, expressions, index, 0, `This expression is a ${typeName(type)}, which is expanded into text as \`Object\` or \`Array\`; use toJSON() or read one property.`));
        }
        return findings;
    });
}
/** `runs-on: ${{ ... }}` must be a label or a list of labels. */
function runsOnTypes(workflow, scopes) {
    const { source } = workflow;
    return workflow.jobs.flatMap(job => {
        const runsOn = get(source, job.node, 'runs-on');
        if (!(0,dist/* isScalar */.jn)(runsOn) || typeof runsOn.value !== 'string')
            return [];
        const expressions = findExpressions(runsOn.value);
        if (expressions.length !== 1 || runsOn.value.trim() !== expressions[0].text)
            return [];
        const tree = parseExpression(expressions[0].body);
        if (!tree)
            return [];
        const { type } = checkExpression(tree, scopes.at(['jobs', job.id, 'runs-on']));
        if (type.kind !== 'object')
            return [];
        return [
            (0,lint_source/* findingAt */.dz)(source, 'expression-type', runsOn, `\`runs-on\` needs a label or a list of labels, but this expression is a ${typeName(type)}.`, expressions[0].text)
        ];
    });
}
/**
 * A workflow_call input's default may read the inputs declared before it, and must have the
 * input's type.
 */
function inputDefaults(workflow) {
    const { source } = workflow;
    const declared = entries(source, get(source, workflow.events.get('workflow_call')?.config, 'inputs'));
    return declared.flatMap(({ key, value }, position) => {
        const fallback = get(source, value, 'default');
        if (!(0,dist/* isScalar */.jn)(fallback) || typeof fallback.value !== 'string')
            return [];
        const before = declared
            .slice(0, position)
            .map(({ key: name, value: input }) => [String(name.value).toLowerCase(), inputType(source, input)]);
        const scope = new Map([['inputs', { kind: 'object', props: new Map(before) }]]);
        const findings = checkScalar(source, fallback, ['on', 'workflow_call', 'inputs', String(key.value), 'default'], scope);
        const expressions = findExpressions(fallback.value);
        const expected = inputType(source, value);
        if (expressions.length === 1 && fallback.value.trim() === expressions[0].text) {
            const tree = parseExpression(expressions[0].body);
            const type = tree ? checkExpression(tree, scope).type : undefined;
            if (type && !assignable(expected, type)) {
                findings.push((0,lint_source/* findingAt */.dz)(source, 'expression-type', fallback, `The default of input \`${key.value}\` must be a ${typeName(expected)}, but this expression is a ${typeName(type)}.`, expressions[0].text));
            }
        }
        return findings;
    });
}
function inputType(source, input) {
    return expression_types_INPUT_TYPES[model_text(get(source, input, 'type')) ?? 'string'] ?? STRING;
}
/** `if:` is an expression even without ${{ }}. */
function isBareCondition(path, value) {
    return path.at(-1) === 'if' && !value.includes('${{');
}
function isInputDefault(path) {
    return path[0] === 'on' && path[1] === 'workflow_call' && path[2] === 'inputs' && path[4] === 'default';
}
/** Every string scalar that holds an expression, with its path from the root. */
function walk(source, node, path, visit) {
    if ((0,dist/* isScalar */.jn)(node)) {
        if (typeof node.value === 'string' && (node.value.includes('${{') || isBareCondition(path, node.value))) {
            visit(node, path);
        }
    }
    else if ((0,dist/* isMap */.jh)(node)) {
        for (const { key, value } of entries(source, node))
            walk(source, value, [...path, String(key.value)], visit);
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        node.items.forEach((item, index) => walk(source, (0,lint_source/* resolve */.hd)(source, item), [...path, index], visit));
    }
}
/**
 * A finding at the token an expression problem names: on one-line values the column is exact;
 * elsewhere it is the start of the expression.
 */
function at(source, node, value, expressions, index, offset, message) {
    const expression = expressions[index];
    const occurrence = expressions.slice(0, index).filter(other => other.text === expression.text).length;
    const finding = (0,lint_source/* findingAt */.dz)(source, 'expression-type', node, message, expression.text, occurrence);
    const singleLine = finding.line === finding.endLine && !value.includes('\n');
    return singleLine ? { ...finding, column: finding.column + 3 + offset } : finding;
}

;// CONCATENATED MODULE: ./src/lint/checks/runners.ts



/** The operating system a label selects, for labels that select one. */
function osOf(label) {
    const name = label.toLowerCase();
    if (name === 'linux' || name.startsWith('ubuntu-'))
        return 'linux';
    if (name === 'windows' || name.startsWith('windows-'))
        return 'windows';
    if (name === 'macos' || name.startsWith('macos-'))
        return 'macos';
    return undefined;
}
/**
 * `runs-on: [ubuntu-latest, windows-latest]` asks for one runner with both labels, which no
 * runner has: the job waits forever. Matrix values named in the list count with each of their rows.
 */
function runnerConflicts(workflow) {
    const { source } = workflow;
    return workflow.jobs.flatMap(job => {
        const runsOn = get(source, job.node, 'runs-on');
        const labels = scalars(source, (0,dist/* isMap */.jh)(runsOn) ? get(source, runsOn, 'labels') : runsOn);
        if (labels.length < 2)
            return [];
        const matrix = get(source, get(source, job.node, 'strategy'), 'matrix');
        const fixed = labels.filter(label => !String(label.value).includes('${{'));
        const fromMatrix = labels.flatMap(label => {
            const key = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(String(label.value).trim())?.[1];
            return key
                ? items(source, get(source, matrix, key)).filter((item) => 'value' in item)
                : [];
        });
        const findings = [];
        const conflict = (label, other) => {
            const a = osOf(String(label.value));
            const b = osOf(String(other.value));
            if (a && b && a !== b) {
                findings.push((0,lint_source/* findingAt */.dz)(source, 'runner-label', label, `\`${label.value}\` (${a}) and \`${other.value}\` (${b}) cannot both be labels of one runner, so the job never starts; to run on each, use a matrix.`));
            }
        };
        fixed.forEach((label, index) => fixed.slice(0, index).forEach(other => conflict(label, other)));
        for (const value of fromMatrix)
            for (const other of fixed)
                conflict(value, other);
        return findings;
    });
}

;// CONCATENATED MODULE: ./src/lint/checks/depth.ts







/** The checks that read the workflow as GitHub evaluates it (see rules-depth.ts). */
const DEPTH_CHECKS = [
    expressionTypes,
    constantConditions,
    eventSemantics,
    runnerConflicts,
    envNames,
    actionInputs,
    (workflow, context) => reusableWorkflowCalls(workflow, context.callable)
];

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
            (0,lint_source/* findingAt */.dz)(source, 'hardcoded-credentials', password, 'The registry password is written in the workflow.')
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
            (0,lint_source/* findingAt */.dz)(source, 'hardcoded-credentials', value, `The value of \`${key.value}\` looks like a token written in the workflow.`)
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
/**
 * The fix for the expression actually found: a generic example naming another context
 * (`issue.title` for a `pull_request.title` finding) sends people to the wrong field.
 */
function injectionHint(expression, untrusted) {
    const name = untrusted
        .split('.')
        .filter(segment => segment !== 'github' && segment !== 'event' && segment !== '*')
        .slice(-2)
        .join('_')
        .toUpperCase();
    return `Pass the value through \`env:\` (\`${name}: \${{ ${expression} }}\`) and use "$${name}" in the script.`;
}
function templateInjection(workflow) {
    return workflow.jobs.flatMap(job => job.steps.flatMap(step => {
        const script = step.run;
        if (!script)
            return [];
        const value = String(script.value);
        return findExpressions(value).flatMap((expression, index, all) => {
            const untrusted = untrustedContext(expression.body);
            if (!untrusted)
                return [];
            const occurrence = all.slice(0, index).filter(other => other.text === expression.text).length;
            return [
                {
                    ...(0,lint_source/* findingAt */.dz)(workflow.source, 'template-injection', script, `\`${untrusted}\` can be written by an attacker and expands into the shell script before it runs.`, expression.text, occurrence),
                    hint: injectionHint(expression.body.trim(), untrusted)
                }
            ];
        });
    }));
}
/** The attacker-writable context path an expression's value can carry, if any. */
function untrustedContext(body) {
    if (yieldsBoolean(body))
        return undefined;
    return contextPaths(body).find(path => matchesAny(path, UNTRUSTED_PATHS, true));
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
            (0,lint_source/* findingAt */.dz)(workflow.source, 'untrusted-checkout', ref, `This ${trigger} workflow checks out the untrusted head (${value.trim()}) with the base repository's secrets and token.`)
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
        const script = String(step.run.value);
        const found = /\$\{?(GITHUB_ENV|GITHUB_PATH)\b/.exec(script);
        if (!found || onlyFixedWrites(script))
            return [];
        return [
            (0,lint_source/* findingAt */.dz)(workflow.source, 'untrusted-env-write', step.run, `This ${trigger} workflow writes to $${found[1]}, which lets data from the pull request change later steps.`, found[0])
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
                findings.push((0,lint_source/* findingAt */.dz)(workflow.source, 'overprovisioned-secrets', node, 'The whole secrets context is serialised here, so every secret of the repository reaches the job.', expression.text));
            }
        }
    });
    return findings;
}
/**
 * Every line that writes to $GITHUB_ENV or $GITHUB_PATH echoes or prints fixed text: nothing from
 * the pull request (a variable, a command's output, a file) can reach the file.
 */
function onlyFixedWrites(script) {
    return script
        .split('\n')
        .filter(line => /\bGITHUB_(ENV|PATH)\b/.test(line))
        .every(line => {
        const rest = line.replace(/"?\$\{?GITHUB_(ENV|PATH)\}?"?/g, '');
        return /^\s*(echo|printf)\s/.test(rest) && !/[$`]/.test(rest) && !rest.includes('${{');
    });
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
        .map(job => (0,lint_source/* findingAt */.dz)(source, 'missing-timeout', job.key, `Job \`${job.id}\` has no timeout-minutes; the default is 360.`)));
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
            .map(label => (0,lint_source/* findingAt */.dz)(workflow.source, 'runner-label', label, `\`${label.value}\` is not a GitHub-hosted runner label, and the job does not ask for \`self-hosted\`.`));
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
                (0,lint_source/* findingAt */.dz)(workflow.source, 'duplicate-step-id', id, `Step id \`${model_text(id)}\` is used twice in job \`${job.id}\`.`)
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
            return problem ? [(0,lint_source/* findingAt */.dz)(workflow.source, 'job-needs', need, problem)] : [];
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
            (0,lint_source/* findingAt */.dz)(workflow.source, 'if-always-true', condition, 'This condition has text outside its ${{ }}, so it is a non-empty string and always true.')
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
                return [(0,lint_source/* findingAt */.dz)(source, 'matrix', item, `Matrix row \`${key}\` lists ${model_text(item)} twice.`)];
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
            (0,lint_source/* findingAt */.dz)(workflow.source, 'matrix', key, `The exclude names \`${name}\`, which is not a row of the matrix.`)
        ];
    }
    const row = rows.get(name);
    // Rows computed by an expression and values holding one cannot be checked statically.
    const candidates = items(workflow.source, row).map(item => item.toJS(workflow.source.doc));
    const excluded = value?.toJS(workflow.source.doc);
    if (!(0,dist/* isSeq */.oP)(row) || value === undefined || [excluded, ...candidates].some(holdsExpression))
        return [];
    if (candidates.some(candidate => matchesExclude(excluded, candidate)))
        return [];
    return [
        (0,lint_source/* findingAt */.dz)(workflow.source, 'matrix', value, `The exclude value ${JSON.stringify(excluded)} for \`${name}\` matches no value of the matrix row, so it excludes nothing.`)
    ];
}
/** An exclude matches a value equal to it; an object exclude matches an object value that has all its properties. */
function matchesExclude(excluded, candidate) {
    if (isPlainObject(excluded) && isPlainObject(candidate)) {
        return Object.entries(excluded).every(([key, wanted]) => key in candidate && matchesExclude(wanted, candidate[key]));
    }
    if (Array.isArray(excluded) && Array.isArray(candidate)) {
        return (excluded.length === candidate.length && excluded.every((item, i) => matchesExclude(item, candidate[i])));
    }
    return excluded === candidate;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function holdsExpression(value) {
    if (typeof value === 'string')
        return value.includes('${{');
    if (Array.isArray(value))
        return value.some(holdsExpression);
    if (isPlainObject(value))
        return Object.values(value).some(holdsExpression);
    return false;
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
    return problem ? [(0,lint_source/* findingAt */.dz)(workflow.source, 'invalid-shell', shell, problem)] : [];
}

;// CONCATENATED MODULE: ./src/lint/checks/script-injection.ts







const CODE_INPUTS_BY_ACTION = new Map(CODE_INPUTS.map(entry => [entry.action, entry]));
/** How code in each language reads an environment variable, for the fix in a message. */
const READ_ENV = {
    JavaScript: name => `process.env.${name}`,
    PowerShell: name => `$env:${name}`,
    shell: name => `"$${name}"`,
    Python: name => `os.environ['${name}']`,
    'yq command': name => `strenv(${name})`,
    'jq command': name => `env.${name}`
};
/** "Set `env: TITLE: ${{ github.event.issue.title }}` and read process.env.TITLE", in the input's language. */
function envFix(context, language) {
    const read = READ_ENV[language];
    if (!read)
        return 'Keep event data out of the template, or check it in an earlier step.';
    const name = (context.split('.').pop() ?? 'VALUE').replace(/\W/g, '_').toUpperCase();
    return `Set it in the step's \`env:\` (\`${name}: \${{ ${context} }}\`) and read ${read(name)} instead.`;
}
/** Attacker-writable event data expanded into an input an action runs as code or as a template. */
function codeInputInjection(workflow) {
    return workflow.jobs.flatMap(job => job.steps.flatMap(step => {
        const name = actionName(step);
        const entry = name === undefined ? undefined : CODE_INPUTS_BY_ACTION.get(name);
        if (!entry)
            return [];
        return codeInputsOf(workflow, step.with, entry.inputs).flatMap(({ input, value }) => expressionsIn(value).flatMap(({ text: expression, occurrence, body }) => {
            const untrusted = untrustedContext(body);
            if (!untrusted)
                return [];
            return [
                (0,lint_source/* findingAt */.dz)(workflow.source, 'template-injection', value, `\`${untrusted}\` can be written by an attacker and expands into the ${entry.language} that ${entry.action} runs from its \`${input}\` input. ${envFix(untrusted, entry.language)}`, expression, occurrence)
            ];
        }));
    }));
}
/**
 * `${{ matrix.x }}` in a script or code input where the matrix builds `x` from an expression: the
 * value is whatever that expression yields at run time, which may come from the event.
 */
function matrixInjection(workflow) {
    return workflow.jobs.flatMap(job => {
        const dynamic = dynamicMatrixKeys(workflow, job);
        if (dynamic.size === 0)
            return [];
        return job.steps.flatMap(step => {
            const name = actionName(step);
            const entry = name === undefined ? undefined : CODE_INPUTS_BY_ACTION.get(name);
            const targets = [
                ...(step.run ? [{ value: step.run, where: 'the shell script' }] : []),
                ...(entry
                    ? codeInputsOf(workflow, step.with, entry.inputs).map(({ input, value }) => ({
                        value,
                        where: `the \`${input}\` input ${entry.action} runs as code`
                    }))
                    : [])
            ];
            return targets.flatMap(({ value, where }) => expressionsIn(value).flatMap(({ text: expression, occurrence, body }) => {
                const key = contextPaths(body)
                    .map(path => /^matrix\.([\w-]+)/.exec(path)?.[1])
                    .find(matrixKey => matrixKey !== undefined && (dynamic.has(matrixKey) || dynamic.has('*')));
                if (!key)
                    return [];
                return [
                    {
                        ...(0,lint_source/* findingAt */.dz)(workflow.source, 'template-injection', value, `\`matrix.${key}\` is built from an expression in the matrix, and its value expands into ${where} before it runs.`, expression, occurrence),
                        level: 'warning',
                        severity: 'medium',
                        confidence: 'medium'
                    }
                ];
            }));
        });
    });
}
/** Matrix keys with a value computed by an expression; `*` when the whole matrix is computed. */
function dynamicMatrixKeys(workflow, job) {
    const { source } = workflow;
    const matrix = get(source, get(source, job.node, 'strategy'), 'matrix');
    const keys = new Set();
    if (hasExpression(matrix) && !(0,dist/* isMap */.jh)(matrix))
        return new Set(['*']);
    for (const { key, value } of entries(source, matrix)) {
        const name = String(key.value).toLowerCase();
        if (name === 'exclude')
            continue;
        if (name === 'include') {
            for (const row of items(source, value)) {
                for (const cell of entries(source, row)) {
                    if (hasExpression(cell.value))
                        keys.add(String(cell.key.value).toLowerCase());
                }
            }
            if (hasExpression(value) && !items(source, value).length)
                keys.add('*');
        }
        else if (hasExpression(value)) {
            keys.add(name);
        }
    }
    return keys;
}
function hasExpression(node) {
    if (!node)
        return false;
    if ((0,dist/* isScalar */.jn)(node))
        return String(node.value).includes('${{');
    let found = false;
    (0,dist/* visit */.YR)(node, {
        Scalar(_, scalar) {
            if (String(scalar.value).includes('${{')) {
                found = true;
                return dist/* visit */.YR.BREAK;
            }
        }
    });
    return found;
}
function codeInputsOf(workflow, withMap, inputs) {
    return entries(workflow.source, withMap).flatMap(({ key, value }) => {
        const input = String(key.value);
        return inputs.includes(input.toLowerCase()) && (0,dist/* isScalar */.jn)(value) && model_text(value) !== undefined
            ? [{ input, value }]
            : [];
    });
}
function expressionsIn(value) {
    return findExpressions(String(value.value)).map((expression, index, all) => ({
        text: expression.text,
        body: expression.body,
        occurrence: all.slice(0, index).filter(other => other.text === expression.text).length
    }));
}

;// CONCATENATED MODULE: ./src/lint/checks/tokens.ts





/**
 * `fromJSON(secrets.X)`: GitHub masks a secret's whole value in logs, not the fields parsed out of
 * it, so a field printed or passed on shows in clear.
 */
function unredactedSecrets(workflow) {
    const findings = [];
    (0,dist/* visit */.YR)(workflow.source.doc, {
        Scalar(_, node) {
            if (typeof node.value !== 'string')
                return;
            for (const expression of findExpressions(node.value)) {
                const parsed = /fromjson\s*\(\s*secrets\s*(?:\.\s*([\w-]+)|\[\s*'([^']*)'\s*\])/i.exec(expression.body);
                if (!parsed || !/fromjson/i.test(withoutStrings(expression.body)))
                    continue;
                findings.push((0,lint_source/* findingAt */.dz)(workflow.source, 'unredacted-secrets', node, `fromJSON(secrets.${parsed[1] ?? parsed[2]}) yields values GitHub does not mask, so a field of the secret can appear in clear in the logs.`, expression.text));
            }
        }
    });
    return findings;
}
/** actions/create-github-app-token steps that leave their token alive, or make it reach every repository. */
function githubAppTokens(workflow) {
    const { source } = workflow;
    return workflow.jobs.flatMap(job => job.steps.flatMap(step => {
        if (actionName(step) !== 'actions/create-github-app-token' || !step.uses)
            return [];
        const findings = [];
        const skip = get(source, step.with, 'skip-token-revoke');
        const value = model_text(skip)?.trim().toLowerCase();
        if (skip && value === 'true') {
            findings.push((0,lint_source/* findingAt */.dz)(source, 'github-app', skip, `The installation token of job \`${job.id}\` is not revoked when the job ends, so anything that read it can use it for up to an hour.`));
        }
        else if (skip && value?.includes('${{')) {
            findings.push({
                ...(0,lint_source/* findingAt */.dz)(source, 'github-app', skip, `Whether the installation token of job \`${job.id}\` is revoked depends on an expression; when it is not, anything that read it can use it for up to an hour.`),
                level: 'warning',
                confidence: 'low'
            });
        }
        const inputs = entries(source, step.with).map(({ key }) => String(key.value).toLowerCase());
        const owner = get(source, step.with, 'owner');
        if (owner &&
            !inputs.includes('repositories') &&
            !inputs.some(input => input.startsWith('permission-'))) {
            findings.push({
                ...(0,lint_source/* findingAt */.dz)(source, 'github-app', owner, `With \`owner\` and no \`repositories\` or \`permission-*\` inputs, the token of job \`${job.id}\` can use every permission of the app on every repository of that owner.`),
                level: 'warning',
                confidence: 'medium'
            });
        }
        return findings;
    }));
}

;// CONCATENATED MODULE: ./src/lint/checks/permissions.ts


/**
 * `write-all` or `read-all` at workflow or job level. Invalid scopes and values are reported by
 * GitHub's parser. `read-all` cannot change anything, but it still lets a compromised step read
 * every scope (security alerts, packages, deployments), so it is graded lower.
 */
function excessivePermissions(workflow) {
    const { source } = workflow;
    const grants = [
        { node: get(source, workflow.root, 'permissions'), where: 'The workflow' },
        ...workflow.jobs.map(job => ({ node: get(source, job.node, 'permissions'), where: `Job \`${job.id}\`` }))
    ];
    return grants.flatMap(({ node, where }) => {
        const grant = model_text(node);
        if (!node || (grant !== 'write-all' && grant !== 'read-all'))
            return [];
        if (grant === 'write-all') {
            return [
                (0,lint_source/* findingAt */.dz)(source, 'excessive-permissions', node, `${where} grants every write permission to the GITHUB_TOKEN.`)
            ];
        }
        return [
            {
                ...(0,lint_source/* findingAt */.dz)(source, 'excessive-permissions', node, `${where} grants read access to every scope to the GITHUB_TOKEN, more than any job needs.`),
                severity: 'medium'
            }
        ];
    });
}
/** Jobs that fall back to the repository's default token permissions. */
function missingPermissions(workflow) {
    const { source } = workflow;
    if (pairOf(source, workflow.root, 'permissions'))
        return [];
    return workflow.jobs
        .filter(job => !pairOf(source, job.node, 'permissions'))
        .map(job => (0,lint_source/* findingAt */.dz)(source, 'missing-permissions', job.key, `Job \`${job.id}\` sets no permissions, so its token gets the repository default, which can be write-all.`));
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
            findings.push((0,lint_source/* findingAt */.dz)(source, 'schedule-frequency', cron, `\`${model_text(cron)}\` runs every ${interval} minute(s); GitHub runs schedules at most every ${MIN_SCHEDULE_MINUTES} minutes.`));
        }
        const zone = model_text(timezone);
        if (timezone && zone !== undefined && !zone.includes('${{') && !isTimeZone(zone)) {
            findings.push((0,lint_source/* findingAt */.dz)(source, 'invalid-cron', timezone, `\`${zone}\` is not an IANA time zone name.`));
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
            return problem ? [(0,lint_source/* findingAt */.dz)(source, 'filter-glob', pattern, problem)] : [];
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
                    references.push((0,lint_source/* findingAt */.dz)(source, 'dispatch-input', node, `\`${undefinedName}\` is not an input of this workflow, so it is always empty.`, expression.text));
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
                (0,lint_source/* findingAt */.dz)(source, 'dispatch-input', fallback, `The default \`${value}\` of input \`${name}\` is not one of its options.`)
            ];
        }
    }
    if (type === 'number' && (value.trim() === '' || Number.isNaN(Number(value)))) {
        return [
            (0,lint_source/* findingAt */.dz)(source, 'dispatch-input', fallback, `The default \`${value}\` of number input \`${name}\` is not a number.`)
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

;// CONCATENATED MODULE: ./src/lint/checks/scripts.ts




const TOOL = {
    bash: { rule: 'shellcheck', name: 'shellcheck' },
    sh: { rule: 'shellcheck', name: 'shellcheck' },
    python: { rule: 'pyflakes', name: 'pyflakes' }
};
/**
 * Runs shellcheck on bash/sh `run:` scripts and pyflakes on `shell: python` ones, each problem
 * placed on the workflow line and column it comes from. `${{ }}` is replaced by underscores of
 * the same length first: the runner substitutes it before the shell sees the script, and the
 * placeholder keeps every column where it was. A missing tool is one notice per file.
 */
function scriptFindings(workflow, linters) {
    const findings = [];
    const missing = new Map();
    for (const job of workflow.jobs) {
        for (const step of job.steps) {
            const language = step.run && typeof step.run.value === 'string' ? languageOf(workflow, job, step) : undefined;
            if (!language || !step.run)
                continue;
            const run = step.run;
            const problems = linters.lint(language, withPlaceholders(run.value));
            const tool = TOOL[language];
            if (problems === undefined) {
                if (!missing.has(tool.name))
                    missing.set(tool.name, run);
                continue;
            }
            for (const problem of problems) {
                findings.push({
                    ...(0,lint_source/* fileFinding */.sb)(workflow.source.file, tool.rule, problem.message),
                    ...positionInScript(workflow, run, problem)
                });
            }
        }
    }
    for (const [name, run] of missing) {
        const { line, column } = (0,lint_source/* spanOf */.ee)(workflow.source, run);
        findings.push({
            ...(0,lint_source/* fileFinding */.sb)(workflow.source.file, 'script-linter-missing', `${name} is not installed, so the run: scripts of this file were not checked with it.`),
            line,
            column
        });
    }
    return findings;
}
/** The shell a step runs its script with: the step's, the job's default, the workflow's, then the runner's. */
function languageOf(workflow, job, step) {
    const { source } = workflow;
    const defaultShell = (node) => model_text(get(source, get(source, get(source, node, 'defaults'), 'run'), 'shell'));
    const shell = model_text(get(source, step.node, 'shell')) ?? defaultShell(job.node) ?? defaultShell(workflow.root);
    if (shell === undefined)
        return runsOnWindows(workflow, job) ? undefined : 'bash';
    if (shell.includes('${{'))
        return undefined;
    const program = shell.trim().split(/\s+/)[0].split('/').pop()?.toLowerCase();
    if (program === 'bash' || program === 'sh' || program === 'python')
        return program;
    return undefined;
}
/** Windows runners default to pwsh, which neither tool reads. */
function runsOnWindows(workflow, job) {
    const { source } = workflow;
    const runsOn = get(source, job.node, 'runs-on');
    const labels = scalars(source, (0,dist/* isMap */.jh)(runsOn) ? get(source, runsOn, 'labels') : runsOn);
    return labels.some(label => String(label.value).toLowerCase().startsWith('windows'));
}
function withPlaceholders(script) {
    let result = script;
    for (const expression of findExpressions(script)) {
        const placeholder = expression.text.replace(/[^\n]/g, '_');
        result = result.slice(0, expression.start) + placeholder + result.slice(expression.end);
    }
    return result;
}
/**
 * Where a script position is in the file. A literal block (`run: |`) keeps lines and columns
 * after its indentation; any other form is folded or quoted, so its problems point at the value.
 */
function positionInScript(workflow, run, problem) {
    const start = (0,lint_source/* spanOf */.ee)(workflow.source, run);
    if (run.type !== dist/* Scalar */.X5.BLOCK_LITERAL)
        return { line: start.line, column: start.column };
    const [from] = run.range ?? [0];
    const lines = workflow.source.text.slice(from).split('\n');
    // The header (`|`, `|-`, `|2`) is on the first line; the content starts on the next one.
    const content = lines.slice(1);
    const firstLine = content.find(line => line.trim() !== '') ?? '';
    const indent = firstLine.length - firstLine.trimStart().length;
    return { line: start.line + problem.line, column: indent + problem.column };
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
            ...(0,lint_source/* fileFinding */.sb)(file, rule, error.rawMessage),
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

;// CONCATENATED MODULE: ./src/lint/ignores.ts
/**
 * `# workflow-triage: ignore[rule, other-rule] why it is fine` on a line silences those rules'
 * findings on that line. zizmor's own `# zizmor: ignore[audit]` comments are honoured too, so a
 * workflow already reviewed with that tool needs no second set of comments.
 */
const IGNORE_COMMENT = /(?:^|\s)#\s*(?:workflow-triage|zizmor):\s*ignore\[([^\]]*)\]/gi;
/** zizmor audit names that differ from the rule ids of the findings they cover. */
const ZIZMOR_AUDITS = {
    'unpinned-uses': ['unpinned-action'],
    'github-env': ['untrusted-env-write'],
    'excessive-permissions': ['excessive-permissions', 'missing-permissions'],
    artipacked: ['artipacked', 'persisted-credentials'],
    'hardcoded-container-credentials': ['hardcoded-credentials']
};
/** The rules silenced on each 1-based line of the file. */
function ignoredRules(text) {
    const ignored = new Map();
    text.split('\n').forEach((line, index) => {
        for (const match of line.matchAll(IGNORE_COMMENT)) {
            const names = match[1].split(',').map(name => name.trim().toLowerCase());
            const rules = names.flatMap(name => [name, ...(ZIZMOR_AUDITS[name] ?? [])]);
            const set = ignored.get(index + 1) ?? new Set();
            for (const rule of rules)
                if (rule)
                    set.add(rule);
            ignored.set(index + 1, set);
        }
    });
    return ignored;
}
/** Drops the findings an ignore comment on one of their lines names. */
function withoutIgnored(findings, text) {
    if (!/ignore\[/i.test(text))
        return findings;
    const ignored = ignoredRules(text);
    return findings.filter(finding => {
        for (let line = finding.line; line <= (finding.endLine ?? finding.line); line++) {
            if (ignored.get(line)?.has(finding.rule))
                return false;
        }
        return true;
    });
}

;// CONCATENATED MODULE: ./src/lint/parser-workarounds.ts



/** Keys GitHub lets an expression compute as a whole mapping (e.g. `env: ${{ fromJSON(vars.ENV) }}`). */
const EXPRESSION_MAPPINGS = /^Unexpected type 'BasicExpressionToken' encountered while reading '(job env|step env|services)'/;
/**
 * Drops what @actions/workflow-parser 0.3.61 reports wrongly:
 * - `repository_dispatch` written as a string or a list entry under `on:` (its schema spells that
 *   form as the constant `branch_protection_rule`);
 * - `services:` and job or step `env:` given as one `${{ }}` expression, which GitHub evaluates;
 * - a workflow_dispatch input with no configuration (`name:` and nothing else), which GitHub accepts;
 * - "at least one job with no dependencies" when a job plainly has none (a consequence of the above).
 */
function withoutParserFalsePositives(findings, workflow) {
    const { source } = workflow;
    const onPair = pairOf(source, workflow.root, 'on');
    const dispatchEntries = scalars(source, onPair?.value).filter(node => node.value === 'repository_dispatch');
    const nullInputs = entries(source, get(source, workflow.events.get('workflow_dispatch')?.config, 'inputs')).filter(({ value }) => value === undefined || ((0,dist/* isScalar */.jn)(value) && value.value === null));
    const startsAt = (finding, line, column) => finding.line === line && finding.column === column;
    const hasRootJob = workflow.jobs.some(job => !pairOf(source, job.node, 'needs'));
    return findings.filter(finding => {
        if (finding.rule !== 'workflow-schema')
            return true;
        if (EXPRESSION_MAPPINGS.test(finding.message))
            return false;
        if (hasRootJob &&
            finding.message.startsWith('The workflow must contain at least one job with no dependencies')) {
            return false;
        }
        if (finding.message === "Unexpected value 'repository_dispatch'" &&
            dispatchEntries.some(node => startsAt(finding, (0,lint_source/* spanOf */.ee)(source, node).line, (0,lint_source/* spanOf */.ee)(source, node).column))) {
            return false;
        }
        // The parser points at the empty value, on the line of the input's name.
        const aboutNullInput = /^Unexpected value ''$|encountered while reading 'input configuration'/.test(finding.message);
        return !(aboutNullInput && nullInputs.some(({ key }) => finding.line === (0,lint_source/* spanOf */.ee)(source, key).line));
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/lint/script-linters.ts

/**
 * shellcheck codes that only misfire on workflow scripts: variables come from `env:` (SC2154,
 * SC2153), `${{ }}` placeholders look constant (SC2050, SC2194, SC2157, SC2043), and sourced
 * files are not there (SC1091).
 */
const SHELLCHECK_EXCLUDES = 'SC1091,SC2043,SC2050,SC2153,SC2154,SC2157,SC2194';
/** Each tool gets this long per script; a hung tool costs one script, not the health check. */
const TIMEOUT_MS = 10_000;
/** The linters found on PATH: shellcheck, and pyflakes (`pyflakes3` on Debian and Ubuntu). */
function systemScriptLinters() {
    const available = new Map();
    const find = (names) => {
        const key = names.join(',');
        if (!available.has(key))
            available.set(key, names.find(name => runs(name, ['--version'])));
        return available.get(key);
    };
    return {
        lint(language, script) {
            if (language === 'python') {
                const pyflakes = find(['pyflakes3', 'pyflakes']);
                return pyflakes ? runPyflakes(pyflakes, script) : undefined;
            }
            const shellcheck = find(['shellcheck']);
            return shellcheck ? runShellcheck(shellcheck, language, script) : undefined;
        }
    };
}
function runs(command, args) {
    const result = (0,external_node_child_process_.spawnSync)(command, args, { stdio: 'ignore', timeout: TIMEOUT_MS });
    return result.error === undefined && result.status === 0;
}
function runShellcheck(command, shell, script) {
    const result = (0,external_node_child_process_.spawnSync)(command, ['--norc', '-f', 'json1', '-S', 'info', '-s', shell, '-e', SHELLCHECK_EXCLUDES, '-'], {
        input: script,
        encoding: 'utf8',
        timeout: TIMEOUT_MS
    });
    if (result.error || !result.stdout)
        return [];
    const { comments } = JSON.parse(result.stdout);
    return comments.map(comment => ({
        line: comment.line,
        column: comment.column,
        message: `SC${comment.code} (${comment.level}): ${comment.message}`
    }));
}
function runPyflakes(command, script) {
    const result = (0,external_node_child_process_.spawnSync)(command, [], { input: script, encoding: 'utf8', timeout: TIMEOUT_MS });
    if (result.error)
        return [];
    return `${result.stdout}\n${result.stderr}`.split('\n').flatMap(line => {
        const match = /^<stdin>:(\d+):(?:(\d+):?)?\s*(.*)$/.exec(line);
        return match ? [{ line: Number(match[1]), column: Number(match[2] ?? 1), message: match[3] }] : [];
    });
}

// EXTERNAL MODULE: ./src/lint/rules.ts + 2 modules
var rules = __webpack_require__(97802);
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
    codeInputInjection,
    matrixInjection,
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
    dispatchInputs,
    dangerousTriggers,
    botConditions,
    unpinnedImages,
    unredactedSecrets,
    githubAppTokens,
    ...DEPTH_CHECKS
];
let systemLinters;
/** Lints one workflow file. `file` names it in findings and must be unique per file. */
function lintWorkflow(file, content, options = {}) {
    const { source, findings } = (0,lint_source/* loadSource */.sh)(file, content);
    if (!source)
        return findings;
    const workflow = buildWorkflow(source);
    const parserFindings = safely(file, () => githubParserFindings(file, content));
    const all = workflow ? withoutParserFalsePositives(parserFindings, workflow) : parserFindings;
    const context = { callable: options.callableWorkflows ?? new Map() };
    if (workflow)
        for (const check of CHECKS)
            all.push(...safely(file, () => check(workflow, context)));
    const linters = options.scriptLinters ?? (systemLinters ??= systemScriptLinters());
    if (workflow && linters)
        all.push(...safely(file, () => scriptFindings(workflow, linters)));
    return withoutIgnored(all, content).sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
function lintWorkflows(files, options = {}) {
    const callableWorkflows = options.callableWorkflows ?? callableWorkflowsOf(files);
    return files.flatMap(({ path, content }) => lintWorkflow(path, content, { ...options, callableWorkflows }));
}
/** The `workflow_call` interfaces among the files, for checking the calls between them. */
function callableWorkflowsOf(files) {
    const callable = new Map();
    for (const { path, content } of files) {
        const key = callableKey(path);
        if (key === undefined || !content.includes('workflow_call'))
            continue;
        const { source } = (0,lint_source/* loadSource */.sh)(path, content);
        const workflow = source && buildWorkflow(source);
        const declared = workflow && callableInterface(workflow);
        if (declared)
            callable.set(key, declared);
    }
    return callable;
}
/** A check that throws on a shape nobody foresaw becomes a finding, never a crash of the health check. */
function safely(file, check) {
    try {
        return check();
    }
    catch (error) {
        return [(0,lint_source/* fileFinding */.sb)(file, 'invalid-file', `The linter could not analyse this file: ${String(error)}`)];
    }
}


/***/ })

};
