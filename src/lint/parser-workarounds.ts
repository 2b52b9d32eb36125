import { isScalar } from 'yaml'
import { entries, get, pairOf, scalars, type Workflow } from './model.js'
import { spanOf } from './source.js'
import type { Finding } from './rules.js'

/** Keys GitHub lets an expression compute as a whole mapping (e.g. `env: ${{ fromJSON(vars.ENV) }}`). */
const EXPRESSION_MAPPINGS =
  /^Unexpected type 'BasicExpressionToken' encountered while reading '(job env|step env|services)'/

/**
 * Drops what @actions/workflow-parser 0.3.61 reports wrongly:
 * - `repository_dispatch` written as a string or a list entry under `on:` (its schema spells that
 *   form as the constant `branch_protection_rule`);
 * - `services:` and job or step `env:` given as one `${{ }}` expression, which GitHub evaluates;
 * - a workflow_dispatch input with no configuration (`name:` and nothing else), which GitHub accepts;
 * - "at least one job with no dependencies" when a job plainly has none (a consequence of the above).
 */
export function withoutParserFalsePositives(findings: Finding[], workflow: Workflow): Finding[] {
  const { source } = workflow
  const onPair = pairOf(source, workflow.root, 'on')
  const dispatchEntries = scalars(source, onPair?.value).filter(node => node.value === 'repository_dispatch')
  const nullInputs = entries(
    source,
    get(source, workflow.events.get('workflow_dispatch')?.config, 'inputs')
  ).filter(({ value }) => value === undefined || (isScalar(value) && value.value === null))
  const startsAt = (finding: Finding, line: number, column: number) =>
    finding.line === line && finding.column === column
  const hasRootJob = workflow.jobs.some(job => !pairOf(source, job.node, 'needs'))
  return findings.filter(finding => {
    if (finding.rule !== 'workflow-schema') return true
    if (EXPRESSION_MAPPINGS.test(finding.message)) return false
    if (
      hasRootJob &&
      finding.message.startsWith('The workflow must contain at least one job with no dependencies')
    ) {
      return false
    }
    if (
      finding.message === "Unexpected value 'repository_dispatch'" &&
      dispatchEntries.some(node => startsAt(finding, spanOf(source, node).line, spanOf(source, node).column))
    ) {
      return false
    }
    // The parser points at the empty value, on the line of the input's name.
    const aboutNullInput = /^Unexpected value ''$|encountered while reading 'input configuration'/.test(
      finding.message
    )
    return !(aboutNullInput && nullInputs.some(({ key }) => finding.line === spanOf(source, key).line))
  })
}
