import type { LintOptions, RuleId } from '../../src/lint/index.js'

/** A step list under one hygienic job, so each pair differs in one thing only. */
export const job = (steps: string, extra = '', on = 'on: push'): string => `${on}
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 10
${extra}    steps:
${steps}`

/** Script linters that are never installed: what a runner without shellcheck and pyflakes looks like. */
export const NO_SCRIPT_LINTERS: LintOptions = { scriptLinters: { lint: () => undefined } }

export interface DepthCase {
  rule: RuleId
  bad: string
  good: string
  options?: LintOptions
}

/** One flagged workflow and its fixed twin for every rule of the expression, trigger and script checks. */
export const DEPTH_CASES: DepthCase[] = [
  {
    rule: 'expression-type',
    bad: job(
      '      - id: version\n        run: echo "v=1" >> "$GITHUB_OUTPUT"\n      - run: echo ${{ steps.versoin.outputs.v }}\n'
    ),
    good: job(
      '      - id: version\n        run: echo "v=1" >> "$GITHUB_OUTPUT"\n      - run: echo ${{ steps.version.outputs.v }}\n'
    )
  },
  {
    rule: 'constant-condition',
    bad: job('      - run: echo deploy\n        if: true\n'),
    good: job("      - run: echo deploy\n        if: github.ref == 'refs/heads/main'\n")
  },
  {
    rule: 'event-config',
    bad: job('      - run: echo\n', '', 'on:\n  push:\n    branches: [main]\n    branches-ignore: [wip]'),
    good: job('      - run: echo\n', '', "on:\n  push:\n    branches: [main, '!wip']")
  },
  {
    rule: 'env-name',
    bad: job('      - run: echo "$MODE"\n        env:\n          BUILD MODE: release\n'),
    good: job('      - run: echo "$MODE"\n        env:\n          BUILD_MODE: release\n')
  },
  {
    rule: 'action-input',
    bad: job(
      '      - uses: actions/cache@v4\n        with:\n          path: node_modules\n          keys: deps\n'
    ),
    good: job(
      '      - uses: actions/cache@v4\n        with:\n          path: node_modules\n          key: deps\n'
    )
  },
  {
    rule: 'deprecated-input',
    bad: job(
      '      - uses: actions/cache@v4\n        with:\n          path: x\n          key: y\n          save-always: true\n'
    ),
    good: job('      - uses: actions/cache@v4\n        with:\n          path: x\n          key: y\n')
  },
  {
    rule: 'shellcheck',
    bad: job('      - run: echo $1\n'),
    good: job('      - run: echo "$1"\n')
  },
  {
    rule: 'pyflakes',
    bad: job('      - run: print(greeting)\n        shell: python\n'),
    good: job("      - run: print('hello')\n        shell: python\n")
  },
  {
    rule: 'script-linter-missing',
    bad: job('      - run: echo "$1"\n'),
    good: job('      - uses: actions/checkout@v5\n'),
    options: NO_SCRIPT_LINTERS
  }
]
