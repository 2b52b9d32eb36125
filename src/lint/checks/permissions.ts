import { findingAt } from '../source.js'
import { get, pairOf, text, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'

/**
 * `write-all` or `read-all` at workflow or job level. Invalid scopes and values are reported by
 * GitHub's parser. `read-all` cannot change anything, but it still lets a compromised step read
 * every scope (security alerts, packages, deployments), so it is graded lower.
 */
export function excessivePermissions(workflow: Workflow): Finding[] {
  const { source } = workflow
  const grants = [
    { node: get(source, workflow.root, 'permissions'), where: 'The workflow' },
    ...workflow.jobs.map(job => ({ node: get(source, job.node, 'permissions'), where: `Job \`${job.id}\`` }))
  ]
  return grants.flatMap(({ node, where }) => {
    const grant = text(node)
    if (!node || (grant !== 'write-all' && grant !== 'read-all')) return []
    if (grant === 'write-all') {
      return [
        findingAt(
          source,
          'excessive-permissions',
          node,
          `${where} grants every write permission to the GITHUB_TOKEN.`
        )
      ]
    }
    return [
      {
        ...findingAt(
          source,
          'excessive-permissions',
          node,
          `${where} grants read access to every scope to the GITHUB_TOKEN, more than any job needs.`
        ),
        severity: 'medium' as const
      }
    ]
  })
}

/** Jobs that fall back to the repository's default token permissions. */
export function missingPermissions(workflow: Workflow): Finding[] {
  const { source } = workflow
  if (pairOf(source, workflow.root, 'permissions')) return []
  return workflow.jobs
    .filter(job => !pairOf(source, job.node, 'permissions'))
    .map(job =>
      findingAt(
        source,
        'missing-permissions',
        job.key,
        `Job \`${job.id}\` sets no permissions, so its token gets the repository default, which can be write-all.`
      )
    )
}
