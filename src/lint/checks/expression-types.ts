import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml'
import { WorkflowScopes } from '../contexts.js'
import { checkExpression, parseExpression, type Scope } from '../expression-check.js'
import { assignable, BOOL, NUMBER, STRING, typeName, type ExprType } from '../expression-types.js'
import { findExpressions, type Expression } from '../expressions.js'
import { entries, get, text, type Workflow } from '../model.js'
import { findingAt, resolve, type SourceFile } from '../source.js'
import type { Finding } from '../rules.js'
import type { LintContext } from '../reusable.js'

type Path = (string | number)[]

/** Keys whose value is text, so an object or an array expanded there is printed as `Object`/`Array`. */
const TEXT_KEYS = new Set(['run', 'name', 'run-name', 'shell', 'working-directory', 'image', 'url', 'group'])
/** Keys whose mapping GitHub lets one expression compute as a whole. */
const MAPPING_KEYS = new Set(['env', 'services'])
/** Mappings whose values are text handed to a process or an action. */
const TEXT_MAPS = new Set(['with', 'env', 'outputs'])

const INPUT_TYPES: Record<string, ExprType> = { boolean: BOOL, number: NUMBER, string: STRING }

/**
 * Types every ${{ }} of the workflow against the contexts available where it is written:
 * unknown step ids, jobs, matrix keys, outputs and secrets; properties read from a value that is
 * not an object; comparisons GitHub cannot make; objects expanded into text; `format()`
 * placeholders; broken `fromJSON()` literals; and values of the wrong type for `runs-on` and
 * workflow_call input defaults.
 */
export function expressionTypes(workflow: Workflow, context?: LintContext): Finding[] {
  const scopes = new WorkflowScopes(workflow, context?.callable ?? new Map())
  const findings: Finding[] = []
  walk(workflow.source, workflow.root, [], (node, path) => {
    if (isInputDefault(path)) return
    findings.push(...checkScalar(workflow.source, node, path, scopes.at(path)))
  })
  return [...findings, ...runsOnTypes(workflow, scopes), ...inputDefaults(workflow)]
}

function checkScalar(source: SourceFile, node: Scalar, path: Path, scope: Scope): Finding[] {
  const value = node.value as string
  const expressions = isBareCondition(path, value)
    ? [{ text: value, body: value, start: 0, end: value.length }]
    : findExpressions(value)
  const whole = expressions.length === 1 && value.trim() === expressions[0].text
  const textPosition = !whole || TEXT_KEYS.has(String(path.at(-1))) || TEXT_MAPS.has(String(path.at(-2)))
  return expressions.flatMap((expression, index) => {
    const tree = parseExpression(expression.body)
    if (!tree) return []
    const { type, problems } = checkExpression(tree, scope)
    const findings = problems.map(problem =>
      at(source, node, value, expressions, index, problem.offset, problem.message)
    )
    const mappingKey = String(path.at(-1))
    if (whole && MAPPING_KEYS.has(mappingKey) && type.kind !== 'object' && type.kind !== 'any') {
      findings.push(
        at(
          source,
          node,
          value,
          expressions,
          index,
          0,
          `\`${mappingKey}\` needs a mapping, but this expression is a ${typeName(type)}.`
        )
      )
    } else if (textPosition && (type.kind === 'object' || type.kind === 'array')) {
      findings.push(
        at(
          source,
          node,
          value,
          expressions,
          index,
          0,
          `This expression is a ${typeName(type)}, which is expanded into text as \`Object\` or \`Array\`; use toJSON() or read one property.`
        )
      )
    }
    return findings
  })
}

/** `runs-on: ${{ ... }}` must be a label or a list of labels. */
function runsOnTypes(workflow: Workflow, scopes: WorkflowScopes): Finding[] {
  const { source } = workflow
  return workflow.jobs.flatMap(job => {
    const runsOn = get(source, job.node, 'runs-on')
    if (!isScalar(runsOn) || typeof runsOn.value !== 'string') return []
    const expressions = findExpressions(runsOn.value)
    if (expressions.length !== 1 || runsOn.value.trim() !== expressions[0].text) return []
    const tree = parseExpression(expressions[0].body)
    if (!tree) return []
    const { type } = checkExpression(tree, scopes.at(['jobs', job.id, 'runs-on']))
    if (type.kind !== 'object') return []
    return [
      findingAt(
        source,
        'expression-type',
        runsOn,
        `\`runs-on\` needs a label or a list of labels, but this expression is a ${typeName(type)}.`,
        expressions[0].text
      )
    ]
  })
}

/**
 * A workflow_call input's default may read the inputs declared before it, and must have the
 * input's type.
 */
function inputDefaults(workflow: Workflow): Finding[] {
  const { source } = workflow
  const declared = entries(source, get(source, workflow.events.get('workflow_call')?.config, 'inputs'))
  return declared.flatMap(({ key, value }, position) => {
    const fallback = get(source, value, 'default')
    if (!isScalar(fallback) || typeof fallback.value !== 'string') return []
    const before = declared
      .slice(0, position)
      .map(
        ({ key: name, value: input }) => [String(name.value).toLowerCase(), inputType(source, input)] as const
      )
    const scope: Scope = new Map([['inputs', { kind: 'object', props: new Map(before) }]])
    const findings = checkScalar(
      source,
      fallback,
      ['on', 'workflow_call', 'inputs', String(key.value), 'default'],
      scope
    )
    const expressions = findExpressions(fallback.value)
    const expected = inputType(source, value)
    if (expressions.length === 1 && fallback.value.trim() === expressions[0].text) {
      const tree = parseExpression(expressions[0].body)
      const type = tree ? checkExpression(tree, scope).type : undefined
      if (type && !assignable(expected, type)) {
        findings.push(
          findingAt(
            source,
            'expression-type',
            fallback,
            `The default of input \`${key.value}\` must be a ${typeName(expected)}, but this expression is a ${typeName(type)}.`,
            expressions[0].text
          )
        )
      }
    }
    return findings
  })
}

function inputType(source: SourceFile, input: Node | undefined): ExprType {
  return INPUT_TYPES[text(get(source, input, 'type')) ?? 'string'] ?? STRING
}

/** `if:` is an expression even without ${{ }}. */
function isBareCondition(path: Path, value: string): boolean {
  return path.at(-1) === 'if' && !value.includes('${{')
}

function isInputDefault(path: Path): boolean {
  return path[0] === 'on' && path[1] === 'workflow_call' && path[2] === 'inputs' && path[4] === 'default'
}

/** Every string scalar that holds an expression, with its path from the root. */
function walk(
  source: SourceFile,
  node: Node | undefined,
  path: Path,
  visit: (node: Scalar, path: Path) => void
): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && (node.value.includes('${{') || isBareCondition(path, node.value))) {
      visit(node, path)
    }
  } else if (isMap(node)) {
    for (const { key, value } of entries(source, node))
      walk(source, value, [...path, String(key.value)], visit)
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => walk(source, resolve(source, item), [...path, index], visit))
  }
}

/**
 * A finding at the token an expression problem names: on one-line values the column is exact;
 * elsewhere it is the start of the expression.
 */
function at(
  source: SourceFile,
  node: Scalar,
  value: string,
  expressions: Expression[],
  index: number,
  offset: number,
  message: string
): Finding {
  const expression = expressions[index]
  const occurrence = expressions.slice(0, index).filter(other => other.text === expression.text).length
  const finding = findingAt(source, 'expression-type', node, message, expression.text, occurrence)
  const singleLine = finding.line === finding.endLine && !value.includes('\n')
  return singleLine ? { ...finding, column: finding.column + 3 + offset } : finding
}
