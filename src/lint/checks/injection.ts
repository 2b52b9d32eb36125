import { isScalar, visit } from 'yaml'
import { contextPaths, findExpressions, yieldsBoolean, withoutStrings } from '../expressions.js'
import { findingAt } from '../source.js'
import { get, usesAction, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'

/**
 * Event fields anyone who opens an issue or pull request, comments or pushes a branch can
 * write (segments; `*` matches one segment, e.g. an array index).
 */
const UNTRUSTED_PATHS = [
  'github.head_ref',
  'github.event.issue.title',
  'github.event.issue.body',
  'github.event.pull_request.title',
  'github.event.pull_request.body',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.label',
  'github.event.pull_request.head.repo.default_branch',
  'github.event.comment.body',
  'github.event.review.body',
  'github.event.review_comment.body',
  'github.event.discussion.title',
  'github.event.discussion.body',
  'github.event.pages.*.page_name',
  'github.event.commits.*.message',
  'github.event.commits.*.author.email',
  'github.event.commits.*.author.name',
  'github.event.head_commit.message',
  'github.event.head_commit.author.email',
  'github.event.head_commit.author.name',
  'github.event.head_commit.committer.email',
  'github.event.head_commit.committer.name',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.display_title',
  'github.event.workflow_run.head_commit.message',
  'github.event.workflow_run.head_commit.author.email',
  'github.event.workflow_run.head_commit.author.name',
  'github.event.workflow_run.pull_requests.*.head.ref'
].map(path => path.split('.'))

/** Refs that name the code of the pull request or triggering run rather than the base repository. */
const UNTRUSTED_REFS = [
  'github.head_ref',
  'github.event.pull_request.head.sha',
  'github.event.pull_request.head.ref',
  'github.event.workflow_run.head_sha',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.head_commit.id'
].map(path => path.split('.'))

/** Triggers that run with the base repository's secrets and write token on behalf of untrusted code. */
const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run']

/**
 * The fix for the expression actually found: a generic example naming another context
 * (`issue.title` for a `pull_request.title` finding) sends people to the wrong field.
 */
function injectionHint(expression: string, untrusted: string): string {
  const name = untrusted
    .split('.')
    .filter(segment => segment !== 'github' && segment !== 'event' && segment !== '*')
    .slice(-2)
    .join('_')
    .toUpperCase()
  return `Pass the value through \`env:\` (\`${name}: \${{ ${expression} }}\`) and use "$${name}" in the script.`
}

export function templateInjection(workflow: Workflow): Finding[] {
  return workflow.jobs.flatMap(job =>
    job.steps.flatMap(step => {
      const script = step.run
      if (!script) return []
      const value = String(script.value)
      return findExpressions(value).flatMap((expression, index, all) => {
        const untrusted = untrustedContext(expression.body)
        if (!untrusted) return []
        const occurrence = all.slice(0, index).filter(other => other.text === expression.text).length
        return [
          {
            ...findingAt(
              workflow.source,
              'template-injection',
              script,
              `\`${untrusted}\` can be written by an attacker and expands into the shell script before it runs.`,
              expression.text,
              occurrence
            ),
            hint: injectionHint(expression.body.trim(), untrusted)
          }
        ]
      })
    })
  )
}

/** The attacker-writable context path an expression's value can carry, if any. */
export function untrustedContext(body: string): string | undefined {
  if (yieldsBoolean(body)) return undefined
  return contextPaths(body).find(path => matchesAny(path, UNTRUSTED_PATHS, true))
}

export function untrustedCheckout(workflow: Workflow): Finding[] {
  const trigger = privilegedTrigger(workflow)
  if (!trigger) return []
  return workflow.jobs.flatMap(job =>
    job.steps.flatMap(step => {
      const ref = get(workflow.source, step.with, 'ref')
      if (!usesAction(step, 'actions/checkout') || !isScalar(ref)) return []
      const value = String(ref.value)
      const readsHead =
        /refs\/pull\/.*\/(head|merge)/.test(value) ||
        findExpressions(value).some(e =>
          contextPaths(e.body).some(path => matchesAny(path, UNTRUSTED_REFS, false))
        )
      if (!readsHead) return []
      return [
        findingAt(
          workflow.source,
          'untrusted-checkout',
          ref,
          `This ${trigger} workflow checks out the untrusted head (${value.trim()}) with the base repository's secrets and token.`
        )
      ]
    })
  )
}

export function untrustedEnvWrite(workflow: Workflow): Finding[] {
  const trigger = privilegedTrigger(workflow)
  if (!trigger) return []
  return workflow.jobs.flatMap(job =>
    job.steps.flatMap(step => {
      if (!step.run) return []
      const script = String(step.run.value)
      const found = /\$\{?(GITHUB_ENV|GITHUB_PATH)\b/.exec(script)
      if (!found || onlyFixedWrites(script)) return []
      return [
        findingAt(
          workflow.source,
          'untrusted-env-write',
          step.run,
          `This ${trigger} workflow writes to $${found[1]}, which lets data from the pull request change later steps.`,
          found[0]
        )
      ]
    })
  )
}

export function overprovisionedSecrets(workflow: Workflow): Finding[] {
  const findings: Finding[] = []
  visit(workflow.source.doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string') return
      for (const expression of findExpressions(node.value)) {
        if (!/(?<![\w.-])secrets(?!\s*[.[\w-])/i.test(withoutStrings(expression.body))) continue
        findings.push(
          findingAt(
            workflow.source,
            'overprovisioned-secrets',
            node,
            'The whole secrets context is serialised here, so every secret of the repository reaches the job.',
            expression.text
          )
        )
      }
    }
  })
  return findings
}

/**
 * Every line that writes to $GITHUB_ENV or $GITHUB_PATH echoes or prints fixed text: nothing from
 * the pull request (a variable, a command's output, a file) can reach the file.
 */
function onlyFixedWrites(script: string): boolean {
  return script
    .split('\n')
    .filter(line => /\bGITHUB_(ENV|PATH)\b/.test(line))
    .every(line => {
      const rest = line.replace(/"?\$\{?GITHUB_(ENV|PATH)\}?"?/g, '')
      return /^\s*(echo|printf)\s/.test(rest) && !/[$`]/.test(rest) && !rest.includes('${{')
    })
}

function privilegedTrigger(workflow: Workflow): string | undefined {
  return PRIVILEGED_TRIGGERS.find(trigger => workflow.events.has(trigger))
}

/**
 * Whether a path read by an expression reaches one of the patterns. `*` on either side matches
 * any segment (`github.event.*.body` reads comment bodies). With `wholeObjects`, a path that
 * stops above an untrusted field (toJSON(github.event.issue)) matches too.
 */
function matchesAny(path: string, patterns: string[][], wholeObjects: boolean): boolean {
  const segments = path.split('.')
  return patterns.some(pattern => {
    const compared = Math.min(segments.length, pattern.length)
    if (segments.length < pattern.length && (!wholeObjects || segments.length < 3)) return false
    for (let i = 0; i < compared; i++) {
      if (segments[i] !== pattern[i] && segments[i] !== '*' && pattern[i] !== '*') return false
    }
    return true
  })
}
