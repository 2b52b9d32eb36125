import { isScalar, type Node } from 'yaml'
import { redactSecrets } from '../../classify/redact.js'
import { findingAt } from '../source.js'
import { entries, get, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'

export function hardcodedCredentials(workflow: Workflow): Finding[] {
  const { source } = workflow
  const containers = workflow.jobs.flatMap(job => [
    get(source, job.node, 'container'),
    ...entries(source, get(source, job.node, 'services')).map(service => service.value)
  ])
  const passwords = containers.flatMap(container => {
    const password = get(source, get(source, container, 'credentials'), 'password')
    if (!isLiteral(password)) return []
    return [
      findingAt(
        source,
        'hardcoded-credentials',
        password,
        'The registry password is written in the workflow.'
      )
    ]
  })
  const envMaps = [
    get(source, workflow.root, 'env'),
    ...workflow.jobs.flatMap(job => [
      get(source, job.node, 'env'),
      ...job.steps.map(step => get(source, step.node, 'env'))
    ]),
    ...containers.map(container => get(source, container, 'env'))
  ]
  const tokens = envMaps.flatMap(env =>
    entries(source, env).flatMap(({ key, value }) => {
      if (!isLiteral(value) || !looksLikeToken(value.value)) return []
      return [
        findingAt(
          source,
          'hardcoded-credentials',
          value,
          `The value of \`${key.value}\` looks like a token written in the workflow.`
        )
      ]
    })
  )
  return [...passwords, ...tokens]
}

/** A non-empty string written in the file, not computed by an expression. */
function isLiteral(node: Node | undefined): node is Node & { value: string } {
  return (
    isScalar(node) &&
    typeof node.value === 'string' &&
    node.value.trim() !== '' &&
    !node.value.includes('${{')
  )
}

/**
 * Kinds of the log redactor that name a credential by its own format. Its generic kinds
 * (`password=` assignments, credentials in URLs) are left out: CI databases routinely run
 * with literal throwaway passwords such as POSTGRES_PASSWORD: postgres.
 */
const GENERIC_KINDS = new Set(['secret', 'url-credentials'])

function looksLikeToken(value: string): boolean {
  return [...redactSecrets(value).matchAll(/\[REDACTED:([a-z-]+)\]/g)].some(
    ([, kind]) => !GENERIC_KINDS.has(kind)
  )
}
