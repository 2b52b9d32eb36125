import { isScalar, type Node } from 'yaml'
import {
  ContextAccess,
  FunctionCall,
  Grouping,
  IndexAccess,
  Logical,
  Binary,
  Unary,
  type Expr
} from '@actions/expressions/ast'
import { parseExpression } from '../expression-check.js'
import { findExpressions } from '../expressions.js'
import { get } from '../model.js'
import { findingAt } from '../source.js'
import type { Finding } from '../rules.js'
import type { Workflow } from '../model.js'

/** Functions whose result depends on the run: a condition calling one is never constant. */
const RUN_FUNCTIONS = new Set(['success', 'failure', 'always', 'cancelled', 'hashfiles'])

/** `if: true`, `if: ${{ false }}`, `if: 1 == 1`: a condition that reads nothing of the run. */
export function constantConditions(workflow: Workflow): Finding[] {
  const { source } = workflow
  const conditions = workflow.jobs.flatMap(job => [
    get(source, job.node, 'if'),
    get(source, get(source, job.node, 'snapshot'), 'if'),
    ...job.steps.map(step => get(source, step.node, 'if'))
  ])
  return conditions.flatMap(condition => {
    const body = conditionBody(condition)
    if (!condition || body === undefined) return []
    const tree = parseExpression(body)
    if (!tree || !isConstant(tree)) return []
    return [
      findingAt(
        source,
        'constant-condition',
        condition,
        `The condition \`${body.trim()}\` is a constant, so it decides nothing at run time.`
      )
    ]
  })
}

/** The expression of an `if:` written bare or inside one ${{ }}; undefined when text surrounds it (if-always-true's case). */
function conditionBody(node: Node | undefined): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined
  if (typeof node.value !== 'string') return String(node.value)
  const value = node.value.trim()
  const expressions = findExpressions(value)
  if (expressions.length === 0) return value
  return expressions.length === 1 && expressions[0].text === value ? expressions[0].body : undefined
}

function isConstant(expr: Expr): boolean {
  if (expr instanceof ContextAccess) return false
  if (expr instanceof FunctionCall) {
    return !RUN_FUNCTIONS.has(expr.functionName.lexeme.toLowerCase()) && expr.args.every(isConstant)
  }
  if (expr instanceof Grouping) return isConstant(expr.group)
  if (expr instanceof Unary) return isConstant(expr.expr)
  if (expr instanceof Binary) return isConstant(expr.left) && isConstant(expr.right)
  if (expr instanceof Logical) return expr.args.every(isConstant)
  if (expr instanceof IndexAccess) return isConstant(expr.expr) && isConstant(expr.index)
  return true
}
