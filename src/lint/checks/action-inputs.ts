import { popularAction } from '../action-metadata.js'
import { findingAt } from '../source.js'
import { entries, text, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'

/** `with:` of a popular action against its action.yml: unknown, missing required and deprecated inputs. */
export function actionInputs(workflow: Workflow): Finding[] {
  const { source } = workflow
  return workflow.jobs.flatMap(job =>
    job.steps.flatMap(step => {
      const uses = text(step.uses)
      const action = uses ? popularAction(uses) : undefined
      if (!step.uses || !uses || !action) return []
      const given = entries(source, step.with)
      const givenNames = new Set(given.map(({ key }) => String(key.value).toLowerCase()))
      const byName = new Map(action.inputs.map(input => [input.name.toLowerCase(), input]))
      const findings: Finding[] = []
      for (const { key } of given) {
        const input = byName.get(String(key.value).toLowerCase())
        if (!input && !action.openInputs) {
          const known = action.inputs.map(candidate => `\`${candidate.name}\``).join(', ')
          findings.push(
            findingAt(
              source,
              'action-input',
              key,
              `\`${uses}\` has no input \`${key.value}\`; its inputs are ${known || 'none'}.`
            )
          )
        } else if (input?.deprecated) {
          findings.push(
            findingAt(
              source,
              'deprecated-input',
              key,
              `Input \`${key.value}\` of \`${uses}\` is deprecated: ${input.deprecated.replace(/\s+/g, ' ')}`
            )
          )
        }
      }
      const missing = action.inputs.filter(
        input => input.required && !givenNames.has(input.name.toLowerCase())
      )
      if (missing.length > 0) {
        findings.push(
          findingAt(
            source,
            'action-input',
            step.uses,
            `\`${uses}\` requires ${missing.map(input => `\`${input.name}\``).join(', ')}, which this step does not give.`
          )
        )
      }
      return findings
    })
  )
}
