import { data, Lexer, Parser, type Expr } from '@actions/expressions'
import {
  Binary,
  ContextAccess,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Star,
  Unary
} from '@actions/expressions/ast'
import type { Token } from '@actions/expressions/lexer'
import {
  ANY,
  arrayOf,
  BOOL,
  comparable,
  merge,
  propertyType,
  STRING,
  typeName,
  typeOfValue,
  type ExprType
} from './expression-types.js'

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
]

/** Functions beyond the language's own, allowed only at some keys (GitHub's parser checks where). */
const STATUS_FUNCTIONS = [
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 0 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 }
]

/** The types of the contexts at one place of the workflow; a context not listed is `any`. */
export type Scope = Map<string, ExprType>

interface TypeProblem {
  message: string
  /** 0-based offset of the offending token in the expression body. */
  offset: number
}

/** The syntax tree of an expression body, or undefined when it does not parse (GitHub's parser reports that). */
export function parseExpression(body: string): Expr | undefined {
  try {
    const { tokens } = new Lexer(body).lex()
    return new Parser(tokens, CONTEXTS, STATUS_FUNCTIONS).parse()
  } catch {
    return undefined
  }
}

/** The type of an expression in a scope, with every type problem found on the way. */
export function checkExpression(expr: Expr, scope: Scope): { type: ExprType; problems: TypeProblem[] } {
  const problems: TypeProblem[] = []
  const type = typeOf(expr, scope, (message, token) =>
    problems.push({ message, offset: token ? offsetOf(token) : 0 })
  )
  return { type, problems }
}

type Report = (message: string, token?: Token) => void

function typeOf(expr: Expr, scope: Scope, report: Report): ExprType {
  if (expr instanceof Literal) return typeOfValue(literalValue(expr))
  if (expr instanceof Grouping) return typeOf(expr.group, scope, report)
  if (expr instanceof Unary) {
    typeOf(expr.expr, scope, report)
    return BOOL
  }
  if (expr instanceof Logical) {
    const types = expr.args.map(arg => typeOf(arg, scope, report))
    // `a && b` and `a || b` yield one of their operands.
    return merge(types)
  }
  if (expr instanceof Binary) {
    const left = typeOf(expr.left, scope, report)
    const right = typeOf(expr.right, scope, report)
    const operator = expr.operator.lexeme
    if (!comparable(operator, left, right)) {
      report(
        `A ${typeName(left)} value cannot be compared with a ${typeName(right)} value by \`${operator}\`.`,
        expr.operator
      )
    }
    return BOOL
  }
  if (expr instanceof ContextAccess) return scope.get(expr.name.lexeme.toLowerCase()) ?? ANY
  if (expr instanceof IndexAccess) return indexType(expr, scope, report)
  if (expr instanceof FunctionCall) return callType(expr, scope, report)
  return ANY
}

function indexType(expr: IndexAccess, scope: Scope, report: Report): ExprType {
  const receiver = typeOf(expr.expr, scope, report)
  if (expr.index instanceof Star) {
    if (receiver.kind === 'array') return receiver
    if (receiver.kind === 'object')
      return arrayOf(merge([...receiver.props.values(), ...(receiver.other ? [receiver.other] : [])]))
    return arrayOf(ANY)
  }
  const dotted = expr.index instanceof Literal && isIdentifier(expr.index)
  const index = dotted ? STRING : typeOf(expr.index, scope, report)
  const name = expr.index instanceof Literal ? literalValue(expr.index) : undefined
  const token = expr.index instanceof Literal ? expr.index.token : undefined
  switch (receiver.kind) {
    case 'any':
      return ANY
    case 'array': {
      // `needs.*.result`: a property of an array (after `*`) is that property of every element.
      if (typeof name !== 'string') return receiver.element
      const element = receiver.element
      if (element.kind !== 'object') return arrayOf(ANY)
      return arrayOf(propertyType(element, name) ?? ANY)
    }
    case 'object': {
      if (index.kind !== 'string' && index.kind !== 'any') {
        report(`An object's property is named by a string, not a ${typeName(index)}.`, token)
        return ANY
      }
      if (typeof name !== 'string') return receiver.other ?? ANY
      const property = propertyType(receiver, name)
      if (!property) {
        report(`Property \`${name}\` is not defined in the object type ${typeName(receiver)}.`, token)
        return ANY
      }
      return property
    }
    default:
      if (dotted) {
        report(`\`${String(name)}\` is read from a ${typeName(receiver)}, which has no properties.`, token)
      }
      return ANY
  }
}

/**
 * The arguments each function reads as text (or a number or bool): an object or an array there
 * is coerced to `Object`/`Array` or NaN, never what the author meant. `contains` and `join` also
 * take an array first.
 */
const TEXT_ARGUMENTS: Record<string, (index: number) => boolean> = {
  startswith: () => true,
  endswith: () => true,
  contains: index => index > 0,
  join: index => index > 0,
  format: () => true,
  fromjson: () => true,
  hashfiles: () => true
}

function callType(call: FunctionCall, scope: Scope, report: Report): ExprType {
  const args = call.args.map(arg => typeOf(arg, scope, report))
  const name = call.functionName.lexeme.toLowerCase()
  args.forEach((type, index) => {
    const textArgument = TEXT_ARGUMENTS[name]?.(index) ?? false
    const collection = type.kind === 'object' || (type.kind === 'array' && textArgument)
    if ((textArgument || name === 'contains' || name === 'join') && collection) {
      report(
        `Argument ${index + 1} of ${call.functionName.lexeme}() is a ${typeName(type)}, where a string is read.`,
        call.functionName
      )
    }
  })
  switch (name) {
    case 'contains':
    case 'startswith':
    case 'endswith':
    case 'success':
    case 'always':
    case 'failure':
    case 'cancelled':
      return BOOL
    case 'format':
      checkFormat(call, report)
      return STRING
    case 'join':
    case 'tojson':
    case 'hashfiles':
      return STRING
    case 'fromjson':
      return fromJsonType(call, report)
    case 'case':
      return merge(args.filter((_, i) => i % 2 === 1 || i === args.length - 1))
    default:
      return ANY
  }
}

/** `format('{0} {1}', a)`: every placeholder needs an argument and every argument a placeholder. */
function checkFormat(call: FunctionCall, report: Report): void {
  const [template, ...values] = call.args
  if (!(template instanceof Literal) || typeof literalValue(template) !== 'string') return
  const text = (literalValue(template) as string).replace(/\{\{|\}\}/g, '')
  const used = new Set([...text.matchAll(/\{(\d+)\}/g)].map(match => Number(match[1])))
  for (const index of used) {
    if (index >= values.length) {
      report(
        `The format string uses {${index}} but only ${values.length} argument(s) follow it.`,
        template.token
      )
    }
  }
  values.forEach((_, index) => {
    if (!used.has(index))
      report(`The format string has no {${index}}, so argument ${index + 1} is unused.`, template.token)
  })
}

/** `fromJSON('<literal>')`: the JSON must parse, and its value is typed from the literal. */
function fromJsonType(call: FunctionCall, report: Report): ExprType {
  const [argument] = call.args
  if (!(argument instanceof Literal) || typeof literalValue(argument) !== 'string') return ANY
  try {
    return typeOfValue(JSON.parse(literalValue(argument) as string))
  } catch (error) {
    report(`fromJSON is given a broken JSON literal: ${(error as Error).message}.`, argument.token)
    return ANY
  }
}

function literalValue(literal: Literal): unknown {
  const value = literal.literal
  if (value instanceof data.Null) return null
  if ('value' in value) return (value as { value: unknown }).value
  return undefined
}

/** `a.b` parses to an index by a literal whose token is the identifier `b`. */
function isIdentifier(literal: Literal): boolean {
  return /^[A-Za-z_]/.test(literal.token.lexeme)
}

function offsetOf(token: Token): number {
  return token.range.start.column
}
