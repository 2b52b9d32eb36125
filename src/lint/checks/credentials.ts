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
      if (!isLiteral(value) || !looksLikeSecret(String(key.value), String(value.value))) return []
      return [
        findingAt(
          source,
          'hardcoded-credentials',
          value,
          `The value of \`${key.value}\` looks like a credential written in the workflow.`
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

/** Reuses the log redactor: a known token format, or a password/token/secret-named variable with a value. */
function looksLikeSecret(name: string, value: string): boolean {
  return redactSecrets(value) !== value || redactSecrets(`${name}=${value}`) !== `${name}=${value}`
}
