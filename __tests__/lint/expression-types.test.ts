import { describe, expect, test } from '@jest/globals'
import { checkExpression, parseExpression, type Scope } from '../../src/lint/expression-check.js'
import {
  ANY,
  arrayOf,
  assignable,
  BOOL,
  comparable,
  mapOf,
  merge,
  NULL,
  NUMBER,
  STRING,
  strictObject,
  typeName,
  typeOfValue
} from '../../src/lint/expression-types.js'

const scope: Scope = new Map([
  ['steps', strictObject({ build: strictObject({ outputs: mapOf(STRING), outcome: STRING }) })],
  ['env', mapOf(STRING)],
  ['matrix', strictObject({ node: NUMBER, os: STRING, package: strictObject({ name: STRING }) })]
])

const check = (body: string) => {
  const tree = parseExpression(body)
  if (!tree) throw new Error(`does not parse: ${body}`)
  return checkExpression(tree, scope)
}

describe('the type model', () => {
  test('values type as GitHub evaluates them; mixed element kinds become any', () => {
    expect(typeName(typeOfValue({ a: [1, 2], b: 'x', c: null }))).toBe(
      '{a: array<number>; b: string; c: null}'
    )
    expect(typeOfValue([1, 'x'])).toEqual(arrayOf(ANY))
    expect(typeOfValue('${{ matrix.x }}')).toEqual(ANY)
  })

  test('objects merge property by property', () => {
    const merged = merge([strictObject({ a: STRING }), strictObject({ b: NUMBER })])
    expect(typeName(merged)).toBe('{a: string; b: number}')
  })

  test('== compares primitives with each other, objects only with objects; < only orders numbers and strings', () => {
    expect(comparable('==', NUMBER, STRING)).toBe(true)
    expect(comparable('==', strictObject({}), STRING)).toBe(false)
    expect(comparable('!=', arrayOf(BOOL), arrayOf(strictObject({})))).toBe(false)
    expect(comparable('==', NULL, strictObject({}))).toBe(true)
    expect(comparable('<', NUMBER, STRING)).toBe(true)
    expect(comparable('<', BOOL, BOOL)).toBe(false)
    expect(comparable('>', NUMBER, NULL)).toBe(false)
  })

  test('anything primitive is assignable to a string, nothing but a bool to a bool', () => {
    expect(assignable(STRING, NUMBER)).toBe(true)
    expect(assignable(BOOL, STRING)).toBe(false)
    expect(assignable(NUMBER, ANY)).toBe(true)
    expect(assignable(arrayOf(STRING), strictObject({}))).toBe(false)
  })
})

describe('typing an expression tree', () => {
  test.each([
    ['steps.build.outputs.anything', 'string'],
    ["steps.build.outcome == 'success'", 'bool'],
    ['matrix.package.name', 'string'],
    ['matrix.*', 'array<any>'],
    ['steps.*.outcome', 'array<string>'],
    ["join(steps.*.outcome, ', ')", 'string'],
    ["format('{0}', matrix.os)", 'string'],
    [`fromJSON('{"a": [true]}').a[0]`, 'bool'],
    ['env.HOME || matrix.node', 'any'],
    ['github.event.anything.at.all', 'any']
  ])('%s is %s', (body, type) => {
    const result = check(body)
    expect(result.problems).toEqual([])
    expect(typeName(result.type)).toBe(type)
  })

  test.each([
    ['steps.test.outputs.x', 'Property `test`'],
    ['matrix.package.dev', 'Property `dev`'],
    ['matrix.os.name', '`name` is read from a string'],
    ['matrix.package[1]', 'named by a string, not a number'],
    ["matrix.package == 'x'", 'cannot be compared'],
    ["format('{0} {1}', matrix.os)", 'uses {1} but only 1'],
    ["format('{0}', matrix.os, matrix.node)", 'no {1}'],
    ["fromJSON('[1,')", 'broken JSON'],
    ["startsWith(matrix.package, 'a')", 'Argument 1 of startsWith()'],
    ["contains(matrix.package, 'a')", 'Argument 1 of contains()']
  ])('%s is a problem', (body, message) => {
    expect(
      check(body)
        .problems.map(problem => problem.message)
        .join('\n')
    ).toContain(message)
  })

  test('a problem says where in the expression it is', () => {
    const [problem] = check(' steps.test.outputs.x ').problems
    expect(' steps.test.outputs.x '.slice(problem.offset)).toMatch(/^test/)
  })
})
