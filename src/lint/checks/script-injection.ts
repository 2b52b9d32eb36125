import { isMap, isScalar, visit, type Node, type Scalar } from 'yaml'
import { contextPaths, findExpressions } from '../expressions.js'
import { findingAt } from '../source.js'
import { entries, get, items, text, type Job, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'
import { CODE_INPUTS } from '../data/action-hazards.js'
import { actionName } from './actions.js'
import { untrustedContext } from './injection.js'

const CODE_INPUTS_BY_ACTION = new Map(CODE_INPUTS.map(entry => [entry.action, entry]))

/** How code in each language reads an environment variable, for the fix in a message. */
const READ_ENV: Record<string, (name: string) => string> = {
  JavaScript: name => `process.env.${name}`,
  PowerShell: name => `$env:${name}`,
  shell: name => `"$${name}"`,
  Python: name => `os.environ['${name}']`,
  'yq command': name => `strenv(${name})`,
  'jq command': name => `env.${name}`
}

/** "Set `env: TITLE: ${{ github.event.issue.title }}` and read process.env.TITLE", in the input's language. */
function envFix(context: string, language: string): string {
  const read = READ_ENV[language]
  if (!read) return 'Keep event data out of the template, or check it in an earlier step.'
  const name = (context.split('.').pop() ?? 'VALUE').replace(/\W/g, '_').toUpperCase()
  return `Set it in the step's \`env:\` (\`${name}: \${{ ${context} }}\`) and read ${read(name)} instead.`
}

/** Attacker-writable event data expanded into an input an action runs as code or as a template. */
export function codeInputInjection(workflow: Workflow): Finding[] {
  return workflow.jobs.flatMap(job =>
    job.steps.flatMap(step => {
      const name = actionName(step)
      const entry = name === undefined ? undefined : CODE_INPUTS_BY_ACTION.get(name)
      if (!entry) return []
      return codeInputsOf(workflow, step.with, entry.inputs).flatMap(({ input, value }) =>
        expressionsIn(value).flatMap(({ text: expression, occurrence, body }) => {
          const untrusted = untrustedContext(body)
          if (!untrusted) return []
          return [
            findingAt(
              workflow.source,
              'template-injection',
              value,
              `\`${untrusted}\` can be written by an attacker and expands into the ${entry.language} that ${entry.action} runs from its \`${input}\` input. ${envFix(untrusted, entry.language)}`,
              expression,
              occurrence
            )
          ]
        })
      )
    })
  )
}

/**
 * `${{ matrix.x }}` in a script or code input where the matrix builds `x` from an expression: the
 * value is whatever that expression yields at run time, which may come from the event.
 */
export function matrixInjection(workflow: Workflow): Finding[] {
  return workflow.jobs.flatMap(job => {
    const dynamic = dynamicMatrixKeys(workflow, job)
    if (dynamic.size === 0) return []
    return job.steps.flatMap(step => {
      const name = actionName(step)
      const entry = name === undefined ? undefined : CODE_INPUTS_BY_ACTION.get(name)
      const targets = [
        ...(step.run ? [{ value: step.run, where: 'the shell script' }] : []),
        ...(entry
          ? codeInputsOf(workflow, step.with, entry.inputs).map(({ input, value }) => ({
              value,
              where: `the \`${input}\` input ${entry.action} runs as code`
            }))
          : [])
      ]
      return targets.flatMap(({ value, where }) =>
        expressionsIn(value).flatMap(({ text: expression, occurrence, body }) => {
          const key = contextPaths(body)
            .map(path => /^matrix\.([\w-]+)/.exec(path)?.[1])
            .find(matrixKey => matrixKey !== undefined && (dynamic.has(matrixKey) || dynamic.has('*')))
          if (!key) return []
          return [
            {
              ...findingAt(
                workflow.source,
                'template-injection',
                value,
                `\`matrix.${key}\` is built from an expression in the matrix, and its value expands into ${where} before it runs.`,
                expression,
                occurrence
              ),
              level: 'warning' as const,
              severity: 'medium' as const,
              confidence: 'medium' as const
            }
          ]
        })
      )
    })
  })
}

/** Matrix keys with a value computed by an expression; `*` when the whole matrix is computed. */
function dynamicMatrixKeys(workflow: Workflow, job: Job): Set<string> {
  const { source } = workflow
  const matrix = get(source, get(source, job.node, 'strategy'), 'matrix')
  const keys = new Set<string>()
  if (hasExpression(matrix) && !isMap(matrix)) return new Set(['*'])
  for (const { key, value } of entries(source, matrix)) {
    const name = String(key.value).toLowerCase()
    if (name === 'exclude') continue
    if (name === 'include') {
      for (const row of items(source, value)) {
        for (const cell of entries(source, row)) {
          if (hasExpression(cell.value)) keys.add(String(cell.key.value).toLowerCase())
        }
      }
      if (hasExpression(value) && !items(source, value).length) keys.add('*')
    } else if (hasExpression(value)) {
      keys.add(name)
    }
  }
  return keys
}

function hasExpression(node: Node | undefined): boolean {
  if (!node) return false
  if (isScalar(node)) return String(node.value).includes('${{')
  let found = false
  visit(node, {
    Scalar(_, scalar) {
      if (String(scalar.value).includes('${{')) {
        found = true
        return visit.BREAK
      }
    }
  })
  return found
}

function codeInputsOf(
  workflow: Workflow,
  withMap: Node | undefined,
  inputs: readonly string[]
): { input: string; value: Scalar }[] {
  return entries(workflow.source, withMap).flatMap(({ key, value }) => {
    const input = String(key.value)
    return inputs.includes(input.toLowerCase()) && isScalar(value) && text(value) !== undefined
      ? [{ input, value }]
      : []
  })
}

function expressionsIn(value: Scalar): { text: string; body: string; occurrence: number }[] {
  return findExpressions(String(value.value)).map((expression, index, all) => ({
    text: expression.text,
    body: expression.body,
    occurrence: all.slice(0, index).filter(other => other.text === expression.text).length
  }))
}
