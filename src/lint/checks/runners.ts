import { isMap, type Scalar } from 'yaml'
import { findingAt } from '../source.js'
import { get, items, scalars, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'

/** The operating system a label selects, for labels that select one. */
function osOf(label: string): 'linux' | 'windows' | 'macos' | undefined {
  const name = label.toLowerCase()
  if (name === 'linux' || name.startsWith('ubuntu-')) return 'linux'
  if (name === 'windows' || name.startsWith('windows-')) return 'windows'
  if (name === 'macos' || name.startsWith('macos-')) return 'macos'
  return undefined
}

/**
 * `runs-on: [ubuntu-latest, windows-latest]` asks for one runner with both labels, which no
 * runner has: the job waits forever. Matrix values named in the list count with each of their rows.
 */
export function runnerConflicts(workflow: Workflow): Finding[] {
  const { source } = workflow
  return workflow.jobs.flatMap(job => {
    const runsOn = get(source, job.node, 'runs-on')
    const labels = scalars(source, isMap(runsOn) ? get(source, runsOn, 'labels') : runsOn)
    if (labels.length < 2) return []
    const matrix = get(source, get(source, job.node, 'strategy'), 'matrix')
    const fixed = labels.filter(label => !String(label.value).includes('${{'))
    const fromMatrix = labels.flatMap(label => {
      const key = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(String(label.value).trim())?.[1]
      return key
        ? items(source, get(source, matrix, key)).filter((item): item is Scalar => 'value' in item)
        : []
    })
    const findings: Finding[] = []
    const conflict = (label: Scalar, other: Scalar) => {
      const a = osOf(String(label.value))
      const b = osOf(String(other.value))
      if (a && b && a !== b) {
        findings.push(
          findingAt(
            source,
            'runner-label',
            label,
            `\`${label.value}\` (${a}) and \`${other.value}\` (${b}) cannot both be labels of one runner, so the job never starts; to run on each, use a matrix.`
          )
        )
      }
    }
    fixed.forEach((label, index) => fixed.slice(0, index).forEach(other => conflict(label, other)))
    for (const value of fromMatrix) for (const other of fixed) conflict(value, other)
    return findings
  })
}
