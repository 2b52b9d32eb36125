import { visit } from 'yaml'
import { findExpressions, withoutStrings } from '../expressions.js'
import { findingAt } from '../source.js'
import { entries, get, text, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'
import { actionName } from './actions.js'

/**
 * `fromJSON(secrets.X)`: GitHub masks a secret's whole value in logs, not the fields parsed out of
 * it, so a field printed or passed on shows in clear.
 */
export function unredactedSecrets(workflow: Workflow): Finding[] {
  const findings: Finding[] = []
  visit(workflow.source.doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string') return
      for (const expression of findExpressions(node.value)) {
        const parsed = /fromjson\s*\(\s*secrets\s*(?:\.\s*([\w-]+)|\[\s*'([^']*)'\s*\])/i.exec(
          expression.body
        )
        if (!parsed || !/fromjson/i.test(withoutStrings(expression.body))) continue
        findings.push(
          findingAt(
            workflow.source,
            'unredacted-secrets',
            node,
            `fromJSON(secrets.${parsed[1] ?? parsed[2]}) yields values GitHub does not mask, so a field of the secret can appear in clear in the logs.`,
            expression.text
          )
        )
      }
    }
  })
  return findings
}

/** actions/create-github-app-token steps that leave their token alive, or make it reach every repository. */
export function githubAppTokens(workflow: Workflow): Finding[] {
  const { source } = workflow
  return workflow.jobs.flatMap(job =>
    job.steps.flatMap(step => {
      if (actionName(step) !== 'actions/create-github-app-token' || !step.uses) return []
      const findings: Finding[] = []
      const skip = get(source, step.with, 'skip-token-revoke')
      const value = text(skip)?.trim().toLowerCase()
      if (skip && value === 'true') {
        findings.push(
          findingAt(
            source,
            'github-app',
            skip,
            `The installation token of job \`${job.id}\` is not revoked when the job ends, so anything that read it can use it for up to an hour.`
          )
        )
      } else if (skip && value?.includes('${{')) {
        findings.push({
          ...findingAt(
            source,
            'github-app',
            skip,
            `Whether the installation token of job \`${job.id}\` is revoked depends on an expression; when it is not, anything that read it can use it for up to an hour.`
          ),
          level: 'warning',
          confidence: 'low'
        })
      }
      const inputs = entries(source, step.with).map(({ key }) => String(key.value).toLowerCase())
      const owner = get(source, step.with, 'owner')
      if (
        owner &&
        !inputs.includes('repositories') &&
        !inputs.some(input => input.startsWith('permission-'))
      ) {
        findings.push({
          ...findingAt(
            source,
            'github-app',
            owner,
            `With \`owner\` and no \`repositories\` or \`permission-*\` inputs, the token of job \`${job.id}\` can use every permission of the app on every repository of that owner.`
          ),
          level: 'warning',
          confidence: 'medium'
        })
      }
      return findings
    })
  )
}
