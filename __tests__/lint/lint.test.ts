import { describe, expect, test } from '@jest/globals'
import { lintWorkflow, lintWorkflows, toAnnotation, type Finding } from '../../src/lint/index.js'

const at = (findings: Finding[], rule: string) =>
  findings
    .filter(f => f.rule === rule)
    .map(({ line, column, endLine, endColumn }) => ({ line, column, endLine, endColumn }))

describe('positions point at the offending token', () => {
  test('an injected expression inside a block script, on its own line and column', () => {
    const content = [
      'on: issues', // 1
      'permissions: {}', // 2
      'jobs:', // 3
      '  greet:', // 4
      '    runs-on: ubuntu-latest', // 5
      '    timeout-minutes: 5', // 6
      '    steps:', // 7
      '      - run: |', // 8
      '          echo "safe ${{ github.event.issue.number }}"', // 9
      '          echo "unsafe ${{ github.event.issue.title }}"' // 10
    ].join('\n')
    const expression = '${{ github.event.issue.title }}'
    expect(at(lintWorkflow('a.yml', content), 'template-injection')).toEqual([
      { line: 10, column: 24, endLine: 10, endColumn: 24 + expression.length }
    ])
  })

  test('the second of two identical expressions is reported at its own place', () => {
    const content =
      'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo "${{ github.head_ref }}"\n          git push origin "${{ github.head_ref }}"\n'
    expect(at(lintWorkflow('a.yml', content), 'template-injection').map(p => [p.line, p.column])).toEqual([
      [7, 17],
      [8, 28]
    ])
  })

  test('a write-all value, a needs entry and a duplicate step id', () => {
    const content = [
      'on: push', // 1
      'permissions: write-all', // 2
      'jobs:', // 3
      '  a:', // 4
      '    runs-on: ubuntu-latest', // 5
      '    needs: [missing]', // 6
      '    steps:', // 7
      '      - id: one', // 8
      '        run: echo', // 9
      '      - id: ONE', // 10
      '        run: echo' // 11
    ].join('\n')
    const findings = lintWorkflow('a.yml', content)
    expect(at(findings, 'excessive-permissions')[0]).toMatchObject({ line: 2, column: 14 })
    expect(at(findings, 'job-needs')[0]).toMatchObject({ line: 6, column: 13 })
    expect(at(findings, 'duplicate-step-id')[0]).toMatchObject({ line: 10, column: 13 })
  })

  test("GitHub's parser errors keep the parser's range, with the message free of its position prefix", () => {
    const content = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stpes: []\n'
    const schema = lintWorkflow('a.yml', content).filter(f => f.rule === 'workflow-schema')
    expect(schema[0]).toMatchObject({ line: 5, column: 5, level: 'error' })
    expect(schema[0].message).not.toMatch(/Line:/)
  })
})

describe("what GitHub's parser covers is reported once, by the parser", () => {
  test('unknown permission scopes and values', () => {
    const content =
      'on: push\npermissions:\n  contents: readable\n  chekcs: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n'
    expect(
      lintWorkflow('a.yml', content)
        .filter(f => f.level === 'error')
        .map(f => [f.rule, f.line])
    ).toEqual([
      ['workflow-schema', 3],
      ['workflow-schema', 4]
    ])
  })

  test('a dependency cycle in needs', () => {
    const content =
      'on: push\njobs:\n  a:\n    needs: b\n    runs-on: ubuntu-latest\n    steps: [{run: echo}]\n  b:\n    needs: a\n    runs-on: ubuntu-latest\n    steps: [{run: echo}]\n'
    const errors = lintWorkflow('a.yml', content).filter(f => f.level === 'error')
    expect(errors.map(f => f.rule)).toEqual(['workflow-schema'])
  })
})

describe('files that are not workflows become findings, never crashes or hangs', () => {
  const onlyRule = (findings: Finding[]) => [...new Set(findings.map(f => f.rule))]

  test('empty and whitespace-only files', () => {
    expect(onlyRule(lintWorkflow('a.yml', ''))).toEqual(['invalid-file'])
    expect(onlyRule(lintWorkflow('a.yml', '  \n\n'))).toEqual(['invalid-file'])
  })

  test('binary content', () => {
    const binary = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d)
    expect(lintWorkflow('a.yml', binary)).toEqual([
      expect.objectContaining({ rule: 'invalid-file', line: 1 })
    ])
  })

  test('a file over the size cap is refused without being parsed', () => {
    const huge = `on: push\n# ${'x'.repeat(1024 * 1024)}\n`
    expect(lintWorkflow('a.yml', huge)).toEqual([expect.objectContaining({ rule: 'invalid-file' })])
  })

  test('YAML that does not parse reports where', () => {
    const findings = lintWorkflow('a.yml', 'on: push\njobs: {a: [\n')
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.every(f => f.rule === 'yaml-syntax' && f.line >= 1)).toBe(true)
  })

  test('one mis-indented line is one yaml-syntax finding, at the line', () => {
    const text = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo hi',
      '     - run: echo bad',
      '      - run: echo ok',
      ''
    ].join('\n')
    const findings = lintWorkflow('a.yml', text).filter(f => f.rule === 'yaml-syntax')
    expect(findings).toHaveLength(1)
    expect(findings[0].line).toBe(7)
  })

  test('text that is YAML but not a mapping', () => {
    const findings = lintWorkflow('a.yml', 'just some prose, not a workflow\n')
    expect(findings.some(f => f.level === 'error')).toBe(true)
  })

  test('an alias bomb is refused quickly instead of being expanded', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i)
      const name = String.fromCharCode(97 + i)
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    const bomb = `on: push\n${levels.join('\n')}\njobs: {}\n`
    // Expanded, it would hold 9^12 nodes: returning at all is the proof it was not.
    const findings = lintWorkflow('bomb.yml', bomb)
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'invalid-file', message: expect.stringMatching(/alias/) })
    ])
  })

  test('a few ordinary anchors are fine', () => {
    const content =
      'on: push\npermissions: {}\njobs:\n  a: &job\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - run: echo\n  b: *job\n'
    expect(lintWorkflow('a.yml', content)).toEqual([])
  })
})

describe('comments are never signals', () => {
  test('an `# ERROR:` comment on a clean workflow changes nothing', () => {
    const clean =
      'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - run: echo hi\n'
    const commented = clean.replace(
      '      - run',
      '      # ERROR: template injection, write-all, ::set-output\n      - run'
    )
    expect(lintWorkflow('a.yml', clean)).toEqual([])
    expect(lintWorkflow('a.yml', commented)).toEqual([])
  })
})

describe('clean workflows that look suspicious stay clean', () => {
  test.each([
    ['a bare if expression', "      - run: echo\n        if: github.event_name == 'push' && !cancelled()\n"],
    ['a whole-value if expression', "      - run: echo\n        if: ${{ github.event_name == 'push' }}\n"],
    ['a shell given by an expression', "      - run: echo\n        shell: ${{ 'bash' }}\n"],
    ['a shell name in capitals', '      - run: echo\n        shell: BASH\n'],
    [
      'untrusted data in a comparison',
      "      - run: echo ${{ contains(github.event.issue.title, 'wip') }}\n"
    ],
    [
      'untrusted data given to an action input',
      '      - uses: actions/stale@v9\n        with:\n          stale-pr-message: ${{ github.event.pull_request.title }}\n'
    ],
    ['a closing brace inside a string literal', "      - run: echo '${{ format('{0}}}', github.sha) }}'\n"],
    ['a single secret', '      - run: echo\n        env:\n          TOKEN: ${{ secrets.NPM_TOKEN }}\n']
  ])('%s', (_, steps) => {
    const content = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n${steps}`
    expect(lintWorkflow('a.yml', content).filter(f => f.level !== 'notice')).toEqual([])
  })
})

describe('hardcoded credentials', () => {
  const withEnv = (env: string) =>
    `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n${env}    steps:\n      - run: echo\n`

  test('a token format in an env value is reported on the value', () => {
    const token = `ghp_${'a1B2'.repeat(9)}`
    const findings = lintWorkflow('a.yml', withEnv(`    env:\n      GH_TOKEN: ${token}\n`))
    expect(at(findings, 'hardcoded-credentials')).toEqual([
      { line: 8, column: 17, endLine: 8, endColumn: 17 + token.length }
    ])
  })

  test('throwaway service passwords and database URLs of CI are not tokens', () => {
    const env =
      '    services:\n      db:\n        image: postgres:17\n        env:\n          POSTGRES_PASSWORD: postgres\n    env:\n      DATABASE_URL: postgres://postgres:postgres@localhost/test\n'
    expect(lintWorkflow('a.yml', withEnv(env)).filter(f => f.rule === 'hardcoded-credentials')).toEqual([])
  })
})

describe('lintWorkflows', () => {
  test('keeps each finding with its own file', () => {
    const bad =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: write-all\n    steps:\n      - run: echo\n'
    const findings = lintWorkflows([
      { path: '.github/workflows/one.yml', content: bad },
      { path: '.github/workflows/two.yml', content: '' }
    ])
    expect(findings.filter(f => f.rule === 'excessive-permissions').map(f => f.file)).toEqual([
      '.github/workflows/one.yml'
    ])
    expect(findings.filter(f => f.rule === 'invalid-file').map(f => f.file)).toEqual([
      '.github/workflows/two.yml'
    ])
  })
})

describe('toAnnotation', () => {
  const finding: Finding = {
    file: '.github/workflows/ci.yml',
    line: 4,
    column: 7,
    endLine: 4,
    endColumn: 19,
    rule: 'unpinned-action',
    level: 'warning',
    message: 'pin it',
    hint: 'use a sha'
  }

  test('single-line findings carry their columns', () => {
    expect(toAnnotation(finding)).toEqual({
      level: 'warning',
      message: 'pin it\nFix: use a sha',
      properties: {
        title: 'workflow lint: unpinned-action',
        file: '.github/workflows/ci.yml',
        startLine: 4,
        endLine: 4,
        startColumn: 7,
        endColumn: 19
      }
    })
  })

  test('multi-line findings drop columns, which GitHub rejects across lines', () => {
    const properties = toAnnotation({ ...finding, endLine: 6 }).properties
    expect(properties).toMatchObject({ startLine: 4, endLine: 6 })
    expect(properties).not.toHaveProperty('startColumn')
    expect(properties).not.toHaveProperty('endColumn')
  })
})
