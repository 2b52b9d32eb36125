import { parse } from 'yaml'
import { MAX_WORKFLOW_BYTES } from '../lint/source.js'

interface StepNode {
  name?: unknown
  run?: unknown
  uses?: unknown
}
interface JobNode {
  name?: unknown
  steps?: unknown
}

/** GitHub's display name of a step without `name:`: "Run <first line>" or "Run <action>". */
function displayName(step: StepNode): string {
  if (typeof step.name === 'string') return step.name
  if (typeof step.run === 'string') return `Run ${step.run.trim().split('\n')[0]}`
  if (typeof step.uses === 'string') return `Run ${step.uses}`
  return ''
}

/** "test (ubuntu-latest, 20)" -> "test": matrix legs carry their values in parentheses. */
function baseJobName(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*$/, '').trim()
}

/**
 * The `run:` command of the failing step, from the workflow file at the run's sha:
 * what a maintainer runs to reproduce the failure locally. Null when the step is an
 * action (`uses:`), the job or step cannot be found, or the file does not parse.
 */
export function failingStepCommand(
  workflowYaml: string,
  jobName: string,
  stepName: string | null
): string | null {
  if (!stepName || Buffer.byteLength(workflowYaml, 'utf8') > MAX_WORKFLOW_BYTES) return null
  let document: unknown
  try {
    document = parse(workflowYaml, { maxAliasCount: 50 })
  } catch {
    return null
  }
  const jobs = (document as { jobs?: unknown } | null)?.jobs
  if (typeof jobs !== 'object' || jobs === null) return null
  const wanted = baseJobName(jobName)
  // A reusable-workflow caller shows as "caller / callee": match on the last part too.
  const candidates = new Set([jobName, wanted, wanted.split(' / ').pop() ?? wanted])
  for (const [key, value] of Object.entries(jobs as Record<string, JobNode>)) {
    const name = typeof value?.name === 'string' ? baseJobName(value.name) : key
    if (!candidates.has(key) && !candidates.has(name) && !name.includes('${{')) continue
    if (!Array.isArray(value?.steps)) continue
    const step = (value.steps as StepNode[]).find(candidate => displayName(candidate ?? {}) === stepName)
    if (step && typeof step.run === 'string') return step.run.trim()
  }
  return null
}
