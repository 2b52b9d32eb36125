import { isMap, isScalar } from 'yaml'
import { entries, get, text, type Workflow } from './model.js'
import { findingAt } from './source.js'
import type { Finding } from './rules.js'

/** What a reusable workflow (`on: workflow_call`) lets its callers give and read. */
interface CallableWorkflow {
  inputs: { name: string; required: boolean }[]
  secrets: { name: string; required: boolean }[]
  outputs: string[]
}

/** The reusable workflows of the files linted together, by their path from `.github/workflows/`. */
export type CallableWorkflows = Map<string, CallableWorkflow>

/** The interface a workflow declares under `on.workflow_call`; undefined when it cannot be called. */
export function callableInterface(workflow: Workflow): CallableWorkflow | undefined {
  const { source } = workflow
  const call = workflow.events.get('workflow_call')
  if (!call) return undefined
  const declared = (section: string) =>
    entries(source, get(source, call.config, section)).map(({ key, value }) => {
      const required = get(source, value, 'required')
      // A required input with a default never needs the caller (GitHub uses the default).
      const fallback = get(source, value, 'default')
      return {
        name: String(key.value),
        required: isScalar(required) && required.value === true && fallback === undefined
      }
    })
  return {
    inputs: declared('inputs'),
    secrets: declared('secrets'),
    outputs: entries(source, get(source, call.config, 'outputs')).map(({ key }) => String(key.value))
  }
}

/** The key of a workflow file among the callable ones: its path from `.github/workflows/`. */
export function callableKey(path: string): string | undefined {
  return /(?:^|\/)\.github\/workflows\/(.+)$/.exec(path.replace(/\\/g, '/'))?.[1]
}

/** The local workflow a job's `uses: ./.github/workflows/x.yml` calls, when it was linted with this one. */
export function calledWorkflow(
  callable: CallableWorkflows,
  uses: string | undefined
): CallableWorkflow | undefined {
  if (!uses?.startsWith('./')) return undefined
  const key = callableKey(uses.slice(2))
  return key === undefined ? undefined : callable.get(key)
}

/**
 * A call of a local reusable workflow against what it declares: unknown and missing required
 * inputs and secrets (`secrets: inherit` passes every secret).
 */
export function reusableWorkflowCalls(workflow: Workflow, callable: CallableWorkflows): Finding[] {
  const { source } = workflow
  return workflow.jobs.flatMap(job => {
    const uses = get(source, job.node, 'uses')
    const called = calledWorkflow(callable, text(uses))
    if (!uses || !called) return []
    const findings: Finding[] = []
    const compare = (section: 'inputs' | 'secrets', given: ReturnType<typeof entries>) => {
      const kind = section === 'inputs' ? 'input' : 'secret'
      const declared = new Set(called[section].map(item => item.name.toLowerCase()))
      for (const { key } of given) {
        if (!declared.has(String(key.value).toLowerCase())) {
          const known = called[section].map(item => `\`${item.name}\``).join(', ') || 'none'
          findings.push(
            findingAt(
              source,
              'action-input',
              key,
              `\`${text(uses)}\` declares no ${kind} \`${key.value}\`; its ${section} are ${known}.`
            )
          )
        }
      }
      const givenNames = new Set(given.map(({ key }) => String(key.value).toLowerCase()))
      const missing = called[section].filter(
        item => item.required && !givenNames.has(item.name.toLowerCase())
      )
      if (missing.length > 0) {
        findings.push(
          findingAt(
            source,
            'action-input',
            uses,
            `\`${text(uses)}\` requires the ${kind}(s) ${missing.map(item => `\`${item.name}\``).join(', ')}, which this job does not give.`
          )
        )
      }
    }
    compare('inputs', entries(source, get(source, job.node, 'with')))
    const secrets = get(source, job.node, 'secrets')
    if (isMap(secrets) || secrets === undefined) compare('secrets', entries(source, secrets))
    return findings
  })
}

/** What the checks of one file know of the files linted with it. */
export interface LintContext {
  callable: CallableWorkflows
}
