/**
 * What some popular actions do that a security audit must know and their action.yml does not
 * say: which restore a cache a branch or pull request can write, which publish what a job built,
 * and which inputs they run as code. Read from each action's action.yml and documentation; an
 * entry names the action as `owner/repo[/path]`, lower case.
 */

/** One input that turns an action's cache on (`opt-in`) or off (`opt-out`). */
export interface CacheToggle {
  input: string
  toggle: 'opt-in' | 'opt-out'
  /** Whether the cache is on when the input is absent. */
  defaultOn: boolean
  /** The values that count as setting the toggle; without it, any boolean-like true (or any text for free-form inputs). */
  values?: readonly string[]
  /** Free-form input (a package manager name, a cache type): any non-empty value sets it. */
  freeForm?: boolean
  /** The cache is on by default only before this major version of the action. */
  defaultBeforeMajor?: number
  /** The cache is on by default only from this major version of the action. */
  defaultFromMajor?: number
}

export interface CacheAwareAction {
  action: string
  /** The cache is on when any toggle turns it on; no toggles: the action always caches. */
  toggles?: readonly CacheToggle[]
  /** Inputs that must all be set for the action to cache at all. */
  requires?: readonly string[]
  /** An input whose value turns the cache on when it matches (docker's `cache-from: type=gha`). */
  valuePattern?: { input: string; pattern: string }
}

export const CACHE_AWARE_ACTIONS: readonly CacheAwareAction[] = [
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
]

/**
 * Actions that publish what the job built (packages, releases, images, deployments): a job that
 * uses one is a release job whatever its trigger. `unless` names an input that, when false,
 * makes the step publish nothing.
 */
export const PUBLISHING_ACTIONS: readonly { action: string; unless?: string }[] = [
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
]

/**
 * Action inputs whose value the action runs as code (JavaScript, PowerShell, shell, a yq or jq
 * program) or renders as a template: an expression expanded into one is a template injection.
 */
export const CODE_INPUTS: readonly { action: string; inputs: readonly string[]; language: string }[] = [
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
]
