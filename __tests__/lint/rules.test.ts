import { describe, expect, test } from '@jest/globals'
import { LINT_RULES, lintWorkflow, type LintOptions, type RuleId } from '../../src/lint/index.js'
import { DEPTH_CASES } from './depth-cases.js'

const rulesOf = (content: string, options?: LintOptions): string[] =>
  lintWorkflow('.github/workflows/test.yml', content, options).map(f => f.rule)

/** A job with the hygiene every example needs, so each case differs from its pair in one thing only. */
const job = (steps: string, extra = ''): string => `on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 10
${extra}    steps:
${steps}`

interface RuleCase {
  rule: RuleId
  bad: string
  good: string
  options?: LintOptions
}

const CASES: RuleCase[] = [
  {
    rule: 'yaml-syntax',
    bad: 'on: push\njobs:\n  a: [unclosed\n',
    good: job('      - run: echo ok\n')
  },
  {
    rule: 'workflow-schema',
    bad: job('      - run: echo ok\n        colour: blue\n'),
    good: job('      - run: echo ok\n        name: blue\n')
  },
  {
    rule: 'expression',
    bad: job('      - run: echo ${{ github.sha == }}\n'),
    good: job('      - run: echo ${{ github.sha }}\n')
  },
  {
    rule: 'invalid-cron',
    bad: "on:\n  schedule:\n    - cron: '0 */3 * *'\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n",
    good: "on:\n  schedule:\n    - cron: '0 */3 * * *'\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n"
  },
  {
    rule: 'schedule-frequency',
    bad: "on:\n  schedule:\n    - cron: '*/2 * * * *'\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n",
    good: "on:\n  schedule:\n    - cron: '*/5 * * * *'\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n"
  },
  {
    rule: 'template-injection',
    bad: job('      - run: echo "${{ github.event.issue.title }}"\n'),
    good: job('      - run: echo "$TITLE"\n        env:\n          TITLE: ${{ github.event.issue.title }}\n')
  },
  {
    rule: 'untrusted-checkout',
    bad: job(
      '      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n'
    ).replace('on: push', 'on: pull_request_target'),
    good: job('      - uses: actions/checkout@v4\n').replace('on: push', 'on: pull_request_target')
  },
  {
    rule: 'untrusted-env-write',
    bad: job('      - run: echo "X=$NAME" >> "$GITHUB_ENV"\n').replace('on: push', 'on: workflow_run'),
    good: job('      - run: echo "x=1" >> "$GITHUB_OUTPUT"\n').replace('on: push', 'on: workflow_run')
  },
  {
    rule: 'excessive-permissions',
    bad: job('      - run: echo\n').replace('permissions:\n  contents: read', 'permissions: write-all'),
    good: job('      - run: echo\n')
  },
  {
    rule: 'missing-permissions',
    bad: job('      - run: echo\n').replace('permissions:\n  contents: read\n', ''),
    good: job('      - run: echo\n')
  },
  {
    rule: 'invalid-uses',
    bad: job('      - uses: actions/checkout\n'),
    good: job('      - uses: actions/checkout@v4\n')
  },
  {
    rule: 'unpinned-action',
    bad: job('      - uses: some-owner/some-action@v2\n'),
    good: job('      - uses: some-owner/some-action@0123456789abcdef0123456789abcdef01234567 # v2\n')
  },
  {
    rule: 'outdated-action',
    bad: job('      - uses: actions/setup-node@v3\n'),
    good: job('      - uses: actions/setup-node@v4\n')
  },
  {
    rule: 'secrets-inherit',
    bad: 'on: push\njobs:\n  call:\n    uses: ./.github/workflows/build.yml\n    secrets: inherit\n',
    good: 'on: push\njobs:\n  call:\n    uses: ./.github/workflows/build.yml\n    secrets:\n      token: ${{ secrets.TOKEN }}\n'
  },
  {
    rule: 'artipacked',
    bad: job(
      '      - uses: actions/checkout@v4\n      - uses: actions/upload-artifact@v4\n        with:\n          path: .\n'
    ),
    good: job(
      '      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - uses: actions/upload-artifact@v4\n        with:\n          path: .\n'
    )
  },
  {
    rule: 'persisted-credentials',
    bad: job('      - uses: actions/checkout@v6\n'),
    good: job('      - uses: actions/checkout@v6\n        with:\n          persist-credentials: false\n')
  },
  {
    rule: 'cache-poisoning',
    bad: job("      - uses: actions/setup-node@v4\n        with:\n          cache: 'npm'\n").replace(
      'on: push',
      'on:\n  push:\n    tags: [v*]'
    ),
    good: job('      - uses: actions/setup-node@v4\n').replace('on: push', 'on:\n  push:\n    tags: [v*]')
  },
  {
    rule: 'overprovisioned-secrets',
    bad: job('      - run: ./deploy\n        env:\n          ALL: ${{ toJSON(secrets) }}\n'),
    good: job('      - run: ./deploy\n        env:\n          ONE: ${{ secrets.DEPLOY_KEY }}\n')
  },
  {
    rule: 'hardcoded-credentials',
    bad: job(
      '      - run: echo\n',
      '    container:\n      image: x/y\n      credentials:\n        username: me\n        password: hunter22\n'
    ),
    good: job(
      '      - run: echo\n',
      '    container:\n      image: x/y\n      credentials:\n        username: me\n        password: ${{ secrets.REGISTRY_PASSWORD }}\n'
    )
  },
  {
    rule: 'deprecated-command',
    bad: job('      - run: echo "::set-output name=x::1"\n'),
    good: job('      - run: echo "::notice::hello"\n')
  },
  {
    rule: 'insecure-commands',
    bad: job('      - run: echo\n', '    env:\n      ACTIONS_ALLOW_UNSECURE_COMMANDS: true\n'),
    good: job('      - run: echo\n', '    env:\n      ACTIONS_ALLOW_UNSECURE_COMMANDS: false\n')
  },
  {
    rule: 'missing-timeout',
    bad: job('      - run: echo\n').replace('    timeout-minutes: 10\n', ''),
    good: job('      - run: echo\n')
  },
  {
    rule: 'invalid-shell',
    bad: job('      - run: echo\n        shell: zsh\n'),
    good: job('      - run: echo\n        shell: zsh {0}\n')
  },
  {
    rule: 'runner-label',
    bad: job('      - run: echo\n').replace('ubuntu-latest', 'ubuntu-18.04'),
    good: job('      - run: echo\n').replace('ubuntu-latest', '[self-hosted, gpu]')
  },
  {
    rule: 'duplicate-step-id',
    bad: job('      - id: build\n        run: echo\n      - id: Build\n        run: echo\n'),
    good: job('      - id: build\n        run: echo\n      - id: test\n        run: echo\n')
  },
  {
    rule: 'job-needs',
    bad: job('      - run: echo\n', '    needs: [lint]\n'),
    good: job('      - run: echo\n')
  },
  {
    rule: 'if-always-true',
    bad: job("      - run: echo\n        if: ${{ github.ref == 'refs/heads/main' }} && ${{ success() }}\n"),
    good: job("      - run: echo\n        if: github.ref == 'refs/heads/main' && success()\n")
  },
  {
    rule: 'matrix',
    bad: job('      - run: echo\n', '    strategy:\n      matrix:\n        node: [20, 22, 22]\n'),
    good: job('      - run: echo\n', '    strategy:\n      matrix:\n        node: [20, 22, 24]\n')
  },
  {
    rule: 'filter-glob',
    bad: job('      - run: echo\n').replace('on: push', "on:\n  push:\n    branches: ['^release-[0-9]+']"),
    good: job('      - run: echo\n').replace('on: push', "on:\n  push:\n    branches: ['release-*']")
  },
  {
    rule: 'dispatch-input',
    bad: job('      - run: echo\n').replace(
      'on: push',
      'on:\n  workflow_dispatch:\n    inputs:\n      env:\n        type: choice\n        options: [dev, prod]\n        default: staging'
    ),
    good: job('      - run: echo\n').replace(
      'on: push',
      'on:\n  workflow_dispatch:\n    inputs:\n      env:\n        type: choice\n        options: [dev, prod]\n        default: dev'
    )
  },
  {
    rule: 'invalid-file',
    bad: '',
    good: job('      - run: echo\n')
  },
  {
    rule: 'dangerous-triggers',
    bad: job(
      '      - run: echo "$NAME"\n        env:\n          NAME: ${{ github.event.workflow_run.name }}\n'
    ).replace('on: push', 'on: workflow_run'),
    good: job(
      '      - run: echo "$NAME"\n        env:\n          NAME: ${{ github.event.workflow_run.name }}\n'
    ).replace('on: push', 'on: workflow_dispatch')
  },
  {
    rule: 'bot-conditions',
    bad: job('      - run: echo\n', "    if: github.actor == 'dependabot[bot]'\n"),
    good: job('      - run: echo\n', "    if: github.event.pull_request.user.login == 'dependabot[bot]'\n")
  },
  {
    rule: 'unpinned-images',
    bad: job('      - run: echo\n', '    container:\n      image: node:latest\n'),
    good: job('      - run: echo\n', `    container:\n      image: node:22@sha256:${'a'.repeat(64)}\n`)
  },
  {
    rule: 'unredacted-secrets',
    bad: job('      - run: echo\n        env:\n          USER: ${{ fromJSON(secrets.LOGIN).user }}\n'),
    good: job('      - run: echo\n        env:\n          USER: ${{ secrets.LOGIN_USER }}\n')
  },
  {
    rule: 'github-app',
    bad: job(
      `      - uses: actions/create-github-app-token@${'b'.repeat(40)}\n        with:\n          app-id: 1\n          skip-token-revoke: true\n`
    ),
    good: job(
      `      - uses: actions/create-github-app-token@${'b'.repeat(40)}\n        with:\n          app-id: 1\n          skip-token-revoke: false\n`
    )
  },
  ...DEPTH_CASES
]

describe('every rule fires on a bad workflow and stays quiet on its fixed twin', () => {
  test.each(CASES)('$rule', ({ rule, bad, good, options }) => {
    expect(rulesOf(bad, options)).toContain(rule)
    expect(rulesOf(good, options)).not.toContain(rule)
  })

  test('the cases cover the whole catalogue', () => {
    expect(new Set(CASES.map(c => c.rule))).toEqual(new Set(LINT_RULES.map(r => r.id)))
  })
})

describe('the catalogue', () => {
  test('ids are unique and every rule explains itself and its fix', () => {
    expect(new Set(LINT_RULES.map(r => r.id)).size).toBe(LINT_RULES.length)
    for (const rule of LINT_RULES) {
      expect(rule.description.length).toBeGreaterThan(20)
      expect(rule.hint.length).toBeGreaterThan(10)
    }
  })

  test('advice stays at notice level so it never fails a build', () => {
    const levels = Object.fromEntries(LINT_RULES.map(r => [r.id, r.level]))
    expect(levels['missing-timeout']).toBe('notice')
    expect(levels['missing-permissions']).toBe('notice')
    expect(levels['persisted-credentials']).toBe('notice')
  })
})
