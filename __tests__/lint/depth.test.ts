import { describe, expect, test } from '@jest/globals'
import {
  lintWorkflow,
  lintWorkflows,
  type Finding,
  type RuleId,
  type ScriptLinters
} from '../../src/lint/index.js'
import { job, NO_SCRIPT_LINTERS } from './depth-cases.js'

const lint = (content: string): Finding[] =>
  lintWorkflow('.github/workflows/depth.yml', content, { scriptLinters: false })
const rulesOf = (content: string): RuleId[] => lint(content).map(finding => finding.rule)

interface Pair {
  name: string
  rule: RuleId
  bad: string
  good: string
}

const step = (run: string) => `      - run: ${run}\n`
const outputStep = (id: string) => `      - id: ${id}\n        run: echo "v=1" >> "$GITHUB_OUTPUT"\n`
const twoJobs = (
  needs: string,
  read: string,
  outputs = '    outputs:\n      version: ${{ steps.v.outputs.v }}\n'
) =>
  `on: push
jobs:
  prepare:
    runs-on: ubuntu-latest
${outputs}    steps:
      - id: v
        run: echo "v=1" >> "$GITHUB_OUTPUT"
  build:
    needs: [${needs}]
    runs-on: ubuntu-latest
    steps:
      - run: echo ${read}
`
const matrixJob = (read: string) =>
  job(
    step(read),
    '    strategy:\n      matrix:\n        os: [linux, mac]\n        package:\n          - {name: a, optional: true}\n        include:\n          - os: linux\n            extra: x\n'
  )
const called = (secretRead: string) => `on:
  workflow_call:
    secrets:
      deploy-key:
        required: true
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo ${secretRead}
`

const PAIRS: Pair[] = [
  {
    name: 'a step id that no earlier step has',
    rule: 'expression-type',
    bad: job(step('${{ steps.v.outputs.v }}') + outputStep('v')),
    good: job(outputStep('v') + step('${{ steps.v.outputs.v }}'))
  },
  {
    name: 'a job that is not in needs',
    rule: 'expression-type',
    bad: twoJobs('prepare', '${{ needs.prepair.outputs.version }}'),
    good: twoJobs('prepare', '${{ needs.prepare.outputs.version }}')
  },
  {
    name: 'an output the needed job does not declare',
    rule: 'expression-type',
    bad: twoJobs('prepare', '${{ needs.prepare.outputs.release }}'),
    good: twoJobs('prepare', '${{ needs.prepare.outputs.version }}')
  },
  {
    name: 'a matrix key the matrix does not have',
    rule: 'expression-type',
    bad: matrixJob('${{ matrix.platform }}'),
    good: matrixJob('${{ matrix.os }}')
  },
  {
    name: 'a matrix key added by include',
    rule: 'expression-type',
    bad: matrixJob('${{ matrix.extras }}'),
    good: matrixJob('${{ matrix.extra }}')
  },
  {
    name: 'a property of a matrix object value',
    rule: 'expression-type',
    bad: matrixJob('${{ matrix.package.dev }}'),
    good: matrixJob('${{ matrix.package.optional }}')
  },
  {
    name: 'a matrix read in a job without one',
    rule: 'expression-type',
    bad: job(step('${{ matrix.os }}')),
    good: job(step('${{ github.job }}'))
  },
  {
    name: 'a secret a called workflow does not declare',
    rule: 'expression-type',
    bad: called('${{ secrets.deploy_key }}'),
    good: called('${{ secrets.deploy-key }}')
  },
  {
    name: 'an output a popular action does not have',
    rule: 'expression-type',
    bad: job(
      '      - id: cache\n        uses: actions/cache@v4\n        with:\n          path: x\n          key: y\n' +
        step('${{ steps.cache.outputs.cache_hit }}')
    ),
    good: job(
      '      - id: cache\n        uses: actions/cache@v4\n        with:\n          path: x\n          key: y\n' +
        step("${{ steps.cache.outputs['cache-hit'] }}")
    )
  },
  {
    name: 'a workflow_call output reading an undeclared job output',
    rule: 'expression-type',
    bad: 'on:\n  workflow_call:\n    outputs:\n      tag:\n        value: ${{ jobs.build.outputs.tagg }}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    outputs:\n      tag: v1\n    steps:\n      - run: echo\n',
    good: 'on:\n  workflow_call:\n    outputs:\n      tag:\n        value: ${{ jobs.build.outputs.tag }}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    outputs:\n      tag: v1\n    steps:\n      - run: echo\n'
  },
  {
    name: 'a property read from a string',
    rule: 'expression-type',
    bad: job(step('${{ github.repository.owner }}')),
    good: job(step('${{ github.repository_owner }}'))
  },
  {
    name: 'an object compared with a string',
    rule: 'expression-type',
    bad: job("      - run: echo\n        if: github.event.pull_request == 'x' && fromJSON('{}') == 'x'\n"),
    good: job(
      `      - run: echo\n        if: github.event.pull_request == 'x' && fromJSON('{"a":"x"}').a == 'x'\n`
    )
  },
  {
    name: 'booleans ordered with <',
    rule: 'expression-type',
    bad: job('      - run: echo\n        if: github.ref_protected < true\n'),
    good: job("      - run: echo\n        if: github.run_number < '10'\n")
  },
  {
    name: 'an object expanded into a script',
    rule: 'expression-type',
    bad: job(step('${{ vars }}')),
    good: job(step('${{ toJSON(vars) }}'))
  },
  {
    name: 'an object given to a function that reads text',
    rule: 'expression-type',
    bad: job("      - run: echo\n        if: startsWith(github.event, 'x')\n"),
    good: job("      - run: echo\n        if: startsWith(github.event.ref, 'x')\n")
  },
  {
    name: 'a format() argument without a placeholder',
    rule: 'expression-type',
    bad: job(step("${{ format('{0}', github.sha, github.ref) }}")),
    good: job(step("${{ format('{0} {1}', github.sha, github.ref) }}"))
  },
  {
    name: 'a format() placeholder without an argument',
    rule: 'expression-type',
    bad: job(step("${{ format('{0} {1}', github.sha) }}")),
    good: job(step("${{ format('{0} {{1}}', github.sha) }}"))
  },
  {
    name: 'broken JSON given to fromJSON()',
    rule: 'expression-type',
    bad: job(step(`\${{ fromJSON('{"a":1') }}`)),
    good: job(step(`\${{ fromJSON('{"a":1}').a }}`))
  },
  {
    name: 'an object as runs-on',
    rule: 'expression-type',
    bad: job(step('echo')).replace('ubuntu-latest', `\${{ fromJSON('{"os":"linux"}') }}`),
    good: job(step('echo')).replace('ubuntu-latest', `\${{ fromJSON('["ubuntu-latest"]') }}`)
  },
  {
    name: 'a string as env',
    rule: 'expression-type',
    bad: job('      - run: echo\n        env: ${{ github.sha }}\n'),
    good: job('      - run: echo\n        env: ${{ fromJSON(\'{"A": "1"}\') }}\n')
  },
  {
    name: 'an input default reading a later input, or of the wrong type',
    rule: 'expression-type',
    bad: 'on:\n  workflow_call:\n    inputs:\n      a:\n        type: string\n      b:\n        type: boolean\n        default: ${{ inputs.a }}\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
    good: 'on:\n  workflow_call:\n    inputs:\n      a:\n        type: boolean\n      b:\n        type: boolean\n        default: ${{ inputs.a }}\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n'
  },
  {
    name: 'a constant expression in ${{ }}',
    rule: 'constant-condition',
    bad: job("      - run: echo\n        if: ${{ contains('abc', 'b') }}\n"),
    good: job("      - run: echo\n        if: ${{ contains(github.ref, 'b') }}\n")
  },
  {
    name: 'a constant job condition',
    rule: 'constant-condition',
    bad: job(step('echo'), '    if: false\n'),
    good: job(step('echo'), '    if: always()\n')
  },
  {
    name: 'paths with paths-ignore',
    rule: 'event-config',
    bad: job(step('echo'), '', 'on:\n  pull_request:\n    paths: [src/**]\n    paths-ignore: [docs/**]'),
    good: job(step('echo'), '', "on:\n  pull_request:\n    paths: [src/**, '!docs/**']")
  },
  {
    name: 'a required input with a default',
    rule: 'event-config',
    bad: job(
      step('echo'),
      '',
      'on:\n  workflow_dispatch:\n    inputs:\n      env:\n        required: true\n        default: dev'
    ),
    good: job(
      step('echo'),
      '',
      'on:\n  workflow_dispatch:\n    inputs:\n      env:\n        required: false\n        default: dev'
    )
  },
  {
    name: 'more than 25 dispatch inputs',
    rule: 'event-config',
    bad: job(
      step('echo'),
      '',
      `on:\n  workflow_dispatch:\n    inputs:\n${Array.from({ length: 26 }, (_, i) => `      in${i}:\n        type: string\n`).join('')}`.trimEnd()
    ),
    good: job(
      step('echo'),
      '',
      `on:\n  workflow_dispatch:\n    inputs:\n${Array.from({ length: 25 }, (_, i) => `      in${i}:\n        type: string\n`).join('')}`.trimEnd()
    )
  },
  {
    name: 'a schedule without cron entries',
    rule: 'event-config',
    bad: job(step('echo'), '', 'on: [push, schedule]'),
    good: job(step('echo'), '', "on:\n  push:\n  schedule:\n    - cron: '0 3 * * *'")
  },
  {
    name: 'an empty filter list',
    rule: 'event-config',
    bad: job(step('echo'), '', 'on:\n  push:\n    tags: []'),
    good: job(step('echo'), '', 'on:\n  push:\n    tags: [v*]')
  },
  {
    name: 'two operating systems in one runs-on',
    rule: 'runner-label',
    bad: job(step('echo')).replace('ubuntu-latest', '[ubuntu-latest, windows-latest]'),
    good: job(step('echo')).replace('ubuntu-latest', '[self-hosted, linux, x64]')
  },
  {
    name: 'a matrix row conflicting with a fixed label',
    rule: 'runner-label',
    bad: job(step('echo'), '    strategy:\n      matrix:\n        os: [macos-latest]\n').replace(
      'runs-on: ubuntu-latest',
      "runs-on: [ubuntu-latest, '${{ matrix.os }}']"
    ),
    good: job(step('echo'), '    strategy:\n      matrix:\n        os: [ubuntu-22.04]\n').replace(
      'runs-on: ubuntu-latest',
      "runs-on: [self-hosted, '${{ matrix.os }}']"
    )
  },
  {
    name: 'an exclude object no matrix value contains',
    rule: 'matrix',
    bad: job(
      step('echo'),
      '    strategy:\n      matrix:\n        os:\n          - {name: linux, arch: x64}\n        exclude:\n          - os: {name: mac}\n'
    ),
    good: job(
      step('echo'),
      '    strategy:\n      matrix:\n        os:\n          - {name: linux, arch: x64}\n          - {name: mac, arch: arm}\n        exclude:\n          - os: {name: mac}\n'
    )
  },
  {
    name: 'an environment variable name with =',
    rule: 'env-name',
    bad: job(step('echo'), '    env:\n      MODE=fast: 1\n'),
    good: job(step('echo'), '    env:\n      MODE: fast\n')
  },
  {
    name: 'a required input of a popular action left out',
    rule: 'action-input',
    bad: job('      - uses: actions/cache@v4\n        with:\n          path: x\n'),
    good: job('      - uses: actions/cache@v4\n        with:\n          path: x\n          key: y\n')
  },
  {
    name: 'a deprecated input of a release-branch action',
    rule: 'deprecated-input',
    bad: job(
      '      - uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n          packages_dir: out\n'
    ),
    good: job(
      '      - uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n          packages-dir: out\n'
    )
  }
]

describe('each check flags its workflow and not the near-identical fixed one', () => {
  test.each(PAIRS)('$rule: $name', ({ rule, bad, good }) => {
    expect(rulesOf(bad)).toContain(rule)
    expect(rulesOf(good)).not.toContain(rule)
  })
})

describe('what GitHub accepts is not flagged', () => {
  test.each([
    ['repository_dispatch as a list entry', 'on: [push, repository_dispatch]'],
    ['repository_dispatch as a string', 'on: repository_dispatch'],
    ['a dispatch input with no configuration', 'on:\n  workflow_dispatch:\n    inputs:\n      logLevel:'],
    ['env computed by one expression', 'on: push\nenv: ${{ fromJSON(vars.ENV) }}']
  ])('%s', (_, on) => {
    const content = job(
      '      - run: echo\n        env: ${{ fromJSON(vars.STEP_ENV) }}\n',
      '    services: ${{ fromJSON(vars.SERVICES) }}\n',
      on
    )
    expect(lint(content).filter(finding => finding.level !== 'notice')).toEqual([])
  })

  test('actions/github-script steps may set outputs of any name', () => {
    const content = job(
      "      - id: script\n        uses: actions/github-script@v7\n        with:\n          script: core.setOutput('anything', 1)\n" +
        step('${{ steps.script.outputs.anything }}')
    )
    expect(rulesOf(content)).not.toContain('expression-type')
  })

  test('octokit/request-action takes any input, but only declares its three outputs', () => {
    const request =
      '      - id: release\n        uses: octokit/request-action@v2.x\n        with:\n          route: GET /repos/{owner}/{repo}/releases/latest\n          owner: octokit\n'
    expect(rulesOf(job(request + step('${{ steps.release.outputs.data }}')))).toEqual(
      expect.not.arrayContaining(['action-input', 'expression-type'])
    )
    expect(rulesOf(job(request + step('${{ steps.release.outputs.body }}')))).toContain('expression-type')
  })

  test('a matrix computed by an expression is not typed', () => {
    const content = job(
      step('${{ matrix.anything.at.all }}'),
      '    strategy:\n      matrix: ${{ fromJSON(vars.MATRIX) }}\n'
    )
    expect(rulesOf(content)).not.toContain('expression-type')
  })
})

describe('positions', () => {
  test('a type problem points at the offending property on its line', () => {
    const content = job(outputStep('v') + step('x ${{ steps.w.outputs.v }}'))
    const finding = lint(content).find(f => f.rule === 'expression-type')
    const line = content.split('\n')[(finding?.line ?? 0) - 1]
    expect(line.slice((finding?.column ?? 0) - 1)).toMatch(/^w\.outputs\.v/)
  })

  test('script linter notices name the missing tool once per file', () => {
    const content = job(step('echo 1') + step('echo 2') + '      - run: print(1)\n        shell: python\n')
    const notices = lintWorkflow('.github/workflows/x.yml', content, NO_SCRIPT_LINTERS).filter(
      finding => finding.rule === 'script-linter-missing'
    )
    expect(notices.map(notice => notice.message.split(' ')[0]).sort()).toEqual(['pyflakes', 'shellcheck'])
  })
})

describe('run: scripts are linted where they are written', () => {
  /** Reports every `oops` of a script at its own line and column, as shellcheck and pyflakes do. */
  const seen: { language: string; script: string }[] = []
  const oopsLinter: ScriptLinters = {
    lint(language, script) {
      seen.push({ language, script })
      return script.split('\n').flatMap((text, index) => {
        const column = text.indexOf('oops')
        return column < 0 ? [] : [{ line: index + 1, column: column + 1, message: 'oops found' }]
      })
    }
  }

  test('a problem in a literal block points at its line and column in the workflow', () => {
    const content = job(
      '      - run: |\n          echo ${{ github.sha }}\n          echo ${{ github.ref }} oops\n'
    )
    const [finding] = lintWorkflow('.github/workflows/x.yml', content, { scriptLinters: oopsLinter }).filter(
      f => f.rule === 'shellcheck'
    )
    const line = content.split('\n')[finding.line - 1]
    expect(line.slice(finding.column - 1)).toBe('oops')
    expect(seen.at(-1)?.script).not.toContain('${{')
  })

  test('the shell decides the linter: python steps go to pyflakes, pwsh and Windows defaults to none', () => {
    seen.length = 0
    const content = job(
      '      - run: oops\n        shell: python\n      - run: oops\n        shell: pwsh\n      - run: oops\n        shell: sh\n'
    )
    const rules = lintWorkflow('.github/workflows/x.yml', content, { scriptLinters: oopsLinter }).map(
      f => f.rule
    )
    expect(seen.map(s => s.language)).toEqual(['python', 'sh'])
    expect(rules).toEqual(expect.arrayContaining(['pyflakes', 'shellcheck']))
    seen.length = 0
    lintWorkflow(
      '.github/workflows/x.yml',
      job('      - run: oops\n').replace('ubuntu-latest', 'windows-latest'),
      {
        scriptLinters: oopsLinter
      }
    )
    expect(seen).toEqual([])
  })
})

describe('calls of the reusable workflows linted together', () => {
  const called = `on:
  workflow_call:
    inputs:
      environment:
        type: string
        required: true
      dry-run:
        type: boolean
        required: true
        default: false
    secrets:
      deploy-key:
        required: true
    outputs:
      url:
        value: \${{ jobs.deploy.outputs.url }}
jobs:
  deploy:
    runs-on: ubuntu-latest
    outputs:
      url: https://example.test
    steps:
      - run: echo
`
  const READ_URL = '${{ needs.deploy.outputs.url }}'
  const caller = (call: string, read = READ_URL) => `on: push
jobs:
  deploy:
    uses: ./.github/workflows/deploy.yml
${call}  report:
    needs: deploy
    runs-on: ubuntu-latest
    steps:
      - run: echo ${read}
`
  const lintPair = (callerContent: string) =>
    lintWorkflows(
      [
        { path: '.github/workflows/deploy.yml', content: called },
        { path: '.github/workflows/ci.yml', content: callerContent }
      ],
      { scriptLinters: false }
    ).filter(finding => finding.file === '.github/workflows/ci.yml' && finding.level !== 'notice')
  const good = '    with:\n      environment: prod\n    secrets:\n      deploy-key: ${{ secrets.KEY }}\n'

  test('a complete call reading a declared output is clean', () => {
    expect(lintPair(caller(good))).toEqual([])
  })

  test.each([
    [
      'an unknown input',
      good.replace('environment: prod', 'environment: prod\n      region: eu'),
      'action-input',
      READ_URL
    ],
    [
      'a missing required input',
      good.replace('    with:\n      environment: prod\n', ''),
      'action-input',
      READ_URL
    ],
    ['an unknown secret', good.replace('deploy-key:', 'deploy_key:'), 'action-input', READ_URL],
    [
      'an output the called workflow does not declare',
      good,
      'expression-type',
      '${{ needs.deploy.outputs.link }}'
    ]
  ])('%s is flagged', (_, call, rule, read) => {
    expect(lintPair(caller(call, read)).map(finding => finding.rule)).toContain(rule)
  })

  test('secrets: inherit gives every secret', () => {
    expect(
      lintPair(caller('    with:\n      environment: prod\n    secrets: inherit\n')).map(f => f.rule)
    ).not.toContain('action-input')
  })
})
