import { isScalar, visit } from 'yaml'
import { findingAt } from '../source.js'
import { text, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'

const DEPRECATED_COMMAND = /::(set-output|save-state|set-env|add-path)\b/g

const REPLACEMENT: Record<string, string> = {
  'set-output': '$GITHUB_OUTPUT',
  'save-state': '$GITHUB_STATE',
  'set-env': '$GITHUB_ENV',
  'add-path': '$GITHUB_PATH'
}

export function deprecatedCommands(workflow: Workflow): Finding[] {
  return workflow.jobs.flatMap(job =>
    job.steps.flatMap(step => {
      const run = step.run
      if (!run) return []
      const script = String(run.value)
      return [...script.matchAll(DEPRECATED_COMMAND)].map((match, index, all) =>
        findingAt(
          workflow.source,
          'deprecated-command',
          run,
          `The \`${match[1]}\` workflow command is deprecated${/set-env|add-path/.test(match[1]) ? ' and disabled' : ''}; write to ${REPLACEMENT[match[1]]} instead.`,
          match[0],
          all.slice(0, index).filter(other => other[0] === match[0]).length
        )
      )
    })
  )
}

/** ACTIONS_ALLOW_UNSECURE_COMMANDS anywhere a variable can be set: env maps and matrix rows alike. */
export function insecureCommands(workflow: Workflow): Finding[] {
  const findings: Finding[] = []
  visit(workflow.source.doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || String(pair.key.value).toUpperCase() !== 'ACTIONS_ALLOW_UNSECURE_COMMANDS')
        return
      if (text(isScalar(pair.value) ? pair.value : undefined)?.toLowerCase() === 'false') return
      findings.push(
        findingAt(
          workflow.source,
          'insecure-commands',
          pair.key,
          'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables set-env and add-path, which let any output line set variables.'
        )
      )
    }
  })
  return findings
}
