import { DEPTH_RULES } from './rules-depth.js'

/**
 * The lint rule catalogue: every finding names one of these rules, and takes its level and
 * fix hint from here, so the catalogue is the one place that says how severe a problem is.
 */
import { SECURITY_AUDIT_RULES } from './security-rules.js'

export type LintLevel = 'error' | 'warning' | 'notice'
/** How much harm the problem can do if it is real (the scale zizmor uses). */
export type Severity = 'informational' | 'low' | 'medium' | 'high'
/** How sure the check is that the problem is real. */
export type Confidence = 'low' | 'medium' | 'high'

/** One problem in one workflow file. Lines and columns are 1-based and point at the offending token. */
export interface Finding {
  file: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  rule: RuleId
  level: LintLevel
  /** Always set by the linter; optional so that findings from older reports still read. */
  severity?: Severity
  confidence?: Confidence
  message: string
  hint: string
}

export interface LintRule {
  id: string
  level: LintLevel
  description: string
  hint: string
}

export const LINT_RULES = [
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
    description:
      'A pull_request_target or workflow_run workflow checks out the untrusted head of a pull request.',
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
    description:
      'A third-party action or reusable workflow is referenced by a tag or branch, which can move.',
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
    description:
      'actions/checkout (before v6) leaves the token in .git/config, where later steps and artifacts of the workspace can read it.',
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
    description:
      'A step uses a deprecated or disabled workflow command (set-output, save-state, set-env, add-path).',
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
    description:
      'A workflow input is inconsistent: a default outside the choices, a non-numeric number or an undefined input.',
    hint: 'Make the default one of the options / a number, and reference only inputs the workflow defines.'
  },
  ...SECURITY_AUDIT_RULES,
  ...DEPTH_RULES
] as const satisfies readonly LintRule[]

export type RuleId = (typeof LINT_RULES)[number]['id']

const RULES_BY_ID = new Map<string, LintRule>(LINT_RULES.map(rule => [rule.id, rule]))

export function ruleById(id: RuleId): LintRule {
  return RULES_BY_ID.get(id) as LintRule
}
