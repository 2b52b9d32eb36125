import { describe, expect, test } from '@jest/globals'
import { contextPaths, findExpressions, yieldsBoolean } from '../../src/lint/expressions.js'
import { globProblem, shortestInterval } from '../../src/lint/checks/triggers.js'

describe('findExpressions', () => {
  test('finds each expression with its offsets', () => {
    const value = 'a ${{ x }} b ${{ y.z }}'
    expect(findExpressions(value).map(e => [e.body.trim(), value.slice(e.start, e.end)])).toEqual([
      ['x', '${{ x }}'],
      ['y.z', '${{ y.z }}']
    ])
  })

  test("}} inside a string literal (with '' escapes) does not close the expression", () => {
    expect(findExpressions("${{ format('it''s }}', a) }} tail").map(e => e.text)).toEqual([
      "${{ format('it''s }}', a) }}"
    ])
  })

  test('an unclosed expression is left to the parser', () => {
    expect(findExpressions('${{ github.sha')).toEqual([])
  })
})

describe('contextPaths', () => {
  test('normalises index syntax and case', () => {
    expect(contextPaths("toJSON(GitHub.event['issue'].title) || github.event.commits[0].message")).toEqual([
      'tojson',
      'github.event.issue.title',
      'github.event.commits.*.message'
    ])
  })

  test('ignores words inside string literals', () => {
    expect(contextPaths("format('github.head_ref {0}', github.sha)")).toEqual(['format', 'github.sha'])
  })
})

describe('yieldsBoolean', () => {
  test.each([
    ["contains(github.event.issue.title, 'x')", true],
    ["github.head_ref == 'main'", true],
    ['!github.event.issue.title', true],
    ["github.event.issue.title || 'none'", false],
    ["contains(a, 'b') && github.head_ref", false],
    ['github.event.issue.title', false]
  ])('%s -> %s', (body, expected) => {
    expect(yieldsBoolean(body)).toBe(expected)
  })
})

describe('shortestInterval', () => {
  test.each([
    ['* * * * *', 1],
    ['*/5 * * * *', 5],
    ['0,2 * * * *', 2],
    ['58 * * * *', 60],
    ['0,58 3 * * *', 58],
    ['0,58 * * * *', 2],
    ['not cron', undefined]
  ])('%s -> %s', (cron, minutes) => {
    expect(shortestInterval(cron)).toBe(minutes)
  })
})

describe('globProblem', () => {
  test.each([
    ['main', 'ref'],
    ['release/**', 'ref'],
    ['!release/old-*', 'ref'],
    ['v[0-9]+.*', 'ref'],
    ['src/**/*.ts', 'path']
  ] as const)('%s is a valid %s filter', (pattern, kind) => {
    expect(globProblem(pattern, kind)).toBeUndefined()
  })

  test.each([
    ['^main$', 'ref'],
    ['feature/*+', 'ref'],
    ['v[9-0]', 'ref'],
    ['v[0-9', 'ref'],
    ['./src/**', 'path'],
    ['!', 'ref']
  ] as const)('%s is an invalid %s filter', (pattern, kind) => {
    expect(globProblem(pattern, kind)).toEqual(expect.any(String))
  })
})
