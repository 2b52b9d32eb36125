import { findingAt } from '../source.js'
import { entries, get, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'

/** `env:` at the workflow, job, step and container/service level. */
export function envNames(workflow: Workflow): Finding[] {
  const { source } = workflow
  const envMaps = [
    get(source, workflow.root, 'env'),
    ...workflow.jobs.flatMap(job => [
      get(source, job.node, 'env'),
      get(source, get(source, job.node, 'container'), 'env'),
      ...entries(source, get(source, job.node, 'services')).map(({ value }) => get(source, value, 'env')),
      ...job.steps.map(step => get(source, step.node, 'env'))
    ])
  ]
  return envMaps.flatMap(env =>
    entries(source, env)
      .filter(({ key }) => /[=&\s]/.test(String(key.value)) && !String(key.value).includes('${{'))
      .map(({ key }) =>
        findingAt(
          source,
          'env-name',
          key,
          `\`${key.value}\` is not a valid environment variable name: it contains \`=\`, \`&\` or whitespace.`
        )
      )
  )
}
