import { isMap, isScalar, isSeq, type Node } from 'yaml'
import { findingAt } from '../source.js'
import { entries, get, pairOf, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'

/** GitHub refuses a workflow_dispatch with more inputs than this. */
const MAX_DISPATCH_INPUTS = 25
const EXCLUSIVE_FILTERS = ['branches', 'tags', 'paths']

/**
 * Trigger configurations GitHub rejects or silently ignores: a filter with its `-ignore` twin on
 * one event, a required input with a default (never used), more than 25 dispatch inputs, a
 * schedule without cron entries, and empty lists, which match nothing.
 */
export function eventSemantics(workflow: Workflow): Finding[] {
  const { source } = workflow
  const findings: Finding[] = []
  for (const [name, { key, config }] of workflow.events) {
    for (const filter of EXCLUSIVE_FILTERS) {
      const ignore = pairOf(source, config, `${filter}-ignore`)
      if (pairOf(source, config, filter) && ignore) {
        findings.push(
          findingAt(
            source,
            'event-config',
            ignore.key,
            `\`${filter}\` and \`${filter}-ignore\` cannot both filter \`${name}\`; negate patterns in \`${filter}\` with '!' instead.`
          )
        )
      }
    }
    if (name === 'schedule' && !isSeq(config)) {
      findings.push(
        findingAt(
          source,
          'event-config',
          key,
          '`schedule` needs a list of `- cron:` entries; without one it never runs.'
        )
      )
    }
    if (name === 'workflow_dispatch' || name === 'workflow_call')
      findings.push(...inputProblems(workflow, name, config))
    for (const entry of entries(source, config)) {
      if (isSeq(entry.value) && entry.value.items.length === 0) {
        findings.push(
          findingAt(
            source,
            'event-config',
            entry.value,
            `\`${entry.key.value}\` of \`${name}\` is an empty list, so it matches nothing.`
          )
        )
      }
    }
  }
  return findings
}

function inputProblems(workflow: Workflow, event: string, config: Node | undefined): Finding[] {
  const { source } = workflow
  const inputs = get(source, config, 'inputs')
  const declared = entries(source, inputs)
  const findings: Finding[] = []
  if (event === 'workflow_dispatch' && declared.length > MAX_DISPATCH_INPUTS && isMap(inputs)) {
    const inputsKey = pairOf(source, config, 'inputs')?.key ?? declared[0].key
    findings.push(
      findingAt(
        source,
        'event-config',
        inputsKey,
        `workflow_dispatch accepts at most ${MAX_DISPATCH_INPUTS} inputs, and this one declares ${declared.length}.`
      )
    )
  }
  for (const { key, value } of declared) {
    const required = get(source, value, 'required')
    const fallback = pairOf(source, value, 'default')
    if (isScalar(required) && required.value === true && fallback) {
      findings.push(
        findingAt(
          source,
          'event-config',
          fallback.key,
          `Input \`${key.value}\` of ${event} is required, so its default is never used.`
        )
      )
    }
  }
  return findings
}
