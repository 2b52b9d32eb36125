import { isScalar, type Scalar } from 'yaml'
import { findingAt } from '../source.js'
import { get, text, type Step, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'

/** `owner/repo[/path]@ref`, parsed. */
interface RemoteRef {
  owner: string
  repo: string
  path: string
  ref: string
}

const REMOTE_REF = /^([^/@\s]+)\/([^/@\s]+)((?:\/[^@\s]*)?)@(\S+)$/
const FULL_SHA = /^[0-9a-f]{40}$/i
/** Owners whose actions GitHub itself publishes and maintains. */
const FIRST_PARTY_OWNERS = new Set(['actions', 'github'])

/**
 * The first major of popular actions that runs on a Node.js runtime GitHub still provides
 * (earlier majors run on node12/node16, or on the retired v1-v3 artifact and cache services).
 */
const CURRENT_MAJORS: Record<string, number> = {
  'actions/checkout': 4,
  'actions/setup-node': 4,
  'actions/setup-python': 5,
  'actions/setup-go': 4,
  'actions/setup-java': 4,
  'actions/setup-dotnet': 4,
  'actions/cache': 4,
  'actions/upload-artifact': 4,
  'actions/download-artifact': 4,
  'actions/github-script': 7,
  'actions/stale': 9,
  'actions/labeler': 5,
  'actions/configure-pages': 4,
  'actions/deploy-pages': 4,
  'actions/upload-pages-artifact': 3,
  'actions/dependency-review-action': 4,
  'github/codeql-action': 3,
  'docker/login-action': 3,
  'docker/setup-buildx-action': 3,
  'docker/setup-qemu-action': 3,
  'docker/build-push-action': 5,
  'docker/metadata-action': 5
}

export function invalidUses(workflow: Workflow): Finding[] {
  const stepFindings = workflow.jobs.flatMap(job =>
    job.steps.flatMap(step => {
      const problem = step.uses && stepUsesProblem(String(step.uses.value))
      return problem && step.uses ? [findingAt(workflow.source, 'invalid-uses', step.uses, problem)] : []
    })
  )
  const jobFindings = reusableCalls(workflow).flatMap(({ uses }) => {
    const problem = workflowUsesProblem(String(uses.value))
    return problem ? [findingAt(workflow.source, 'invalid-uses', uses, problem)] : []
  })
  return [...stepFindings, ...jobFindings]
}

/**
 * Third-party references by tag or branch. GitHub's own actions may float on a tag, unless the
 * workflow pins one of them by commit sha elsewhere: then hashes are its policy even for GitHub's
 * actions, and a tag breaks it.
 */
export function unpinnedActions(workflow: Workflow): Finding[] {
  const references = [
    ...workflow.jobs.flatMap(job => job.steps.flatMap(step => (step.uses ? [step.uses] : []))),
    ...reusableCalls(workflow).map(call => call.uses)
  ].flatMap(uses => {
    const remote = parseRemote(String(uses.value))
    return remote ? [{ uses, remote }] : []
  })
  const hashPolicy = references.some(
    ({ remote }) => FIRST_PARTY_OWNERS.has(remote.owner.toLowerCase()) && FULL_SHA.test(remote.ref)
  )
  return references.flatMap(({ uses, remote }) => {
    if (FULL_SHA.test(remote.ref)) return []
    const name = `${remote.owner}/${remote.repo}${remote.path}`
    if (!FIRST_PARTY_OWNERS.has(remote.owner.toLowerCase())) {
      return [
        findingAt(
          workflow.source,
          'unpinned-action',
          uses,
          `${name} is referenced by \`${remote.ref}\`, which its owner can move to other code.`
        )
      ]
    }
    if (!hashPolicy) return []
    return [
      findingAt(
        workflow.source,
        'unpinned-action',
        uses,
        `${name} is referenced by \`${remote.ref}\`, while this workflow pins GitHub's actions by commit sha elsewhere: a tag can be moved to other code.`
      )
    ]
  })
}

export function outdatedActions(workflow: Workflow): Finding[] {
  return workflow.jobs.flatMap(job =>
    job.steps.flatMap(step => {
      const remote = step.uses && parseRemote(String(step.uses.value))
      if (!remote || !step.uses) return []
      const name = `${remote.owner}/${remote.repo}`.toLowerCase()
      const current = CURRENT_MAJORS[name]
      const major = /^v?(\d+)(?:\.|$)/.exec(remote.ref)?.[1]
      if (current === undefined || major === undefined || Number(major) >= current) return []
      return [
        findingAt(
          workflow.source,
          'outdated-action',
          step.uses,
          `${name}@${remote.ref} runs on a Node.js runtime GitHub no longer provides; use v${current} or later.`
        )
      ]
    })
  )
}

export function secretsInherit(workflow: Workflow): Finding[] {
  return reusableCalls(workflow).flatMap(({ job }) => {
    const secrets = get(workflow.source, job.node, 'secrets')
    if (text(secrets) !== 'inherit' || !secrets) return []
    return [
      findingAt(
        workflow.source,
        'secrets-inherit',
        secrets,
        `Job \`${job.id}\` passes every secret of this repository to the called workflow.`
      )
    ]
  })
}

/**
 * Checkout steps that keep the token where later steps can read it. Before actions/checkout v6 the
 * token sits in .git/config inside the workspace, so any later step, or an artifact of the
 * workspace, can carry it off: a warning, as zizmor grades it. From v6 it sits outside the
 * workspace and only an artifact upload makes it worse than advice.
 */
export function persistedCredentials(workflow: Workflow): Finding[] {
  return workflow.jobs.flatMap(job => {
    const uploads = job.steps.some(step => actionName(step) === 'actions/upload-artifact')
    return job.steps.flatMap(step => {
      if (actionName(step) !== 'actions/checkout' || !step.uses) return []
      const persist = text(get(workflow.source, step.with, 'persist-credentials'))?.toLowerCase()
      if (persist === 'false') return []
      if (uploads) {
        return [
          findingAt(
            workflow.source,
            'artipacked',
            step.uses,
            `Job \`${job.id}\` uploads artifacts after this checkout stored the token in .git/config, which an artifact of the workspace can include.`
          )
        ]
      }
      // An explicit `true` is a choice (a later step pushes); only the silent default is worth a word.
      if (persist === 'true') return []
      const major = /^v?(\d+)(?:\.|$)/.exec(parseRemote(String(step.uses.value))?.ref ?? '')?.[1]
      if ((major !== undefined && Number(major) >= 6) || persist?.includes('${{')) {
        return [
          findingAt(
            workflow.source,
            'persisted-credentials',
            step.uses,
            'actions/checkout keeps the token for every later step of the job.'
          )
        ]
      }
      return [
        {
          ...findingAt(
            workflow.source,
            'artipacked',
            step.uses,
            'actions/checkout stores the token in .git/config inside the workspace, where every later step of the job, and any artifact or cache of the workspace, can read it.'
          ),
          severity: 'medium' as const
        }
      ]
    })
  })
}

/** `owner/repo[/path]`, lower-cased, of a step's remote action. */
export function actionName(step: Step): string | undefined {
  const remote = step.uses && parseRemote(String(step.uses.value))
  return remote ? `${remote.owner}/${remote.repo}${remote.path}`.toLowerCase() : undefined
}

function reusableCalls(workflow: Workflow): { job: Workflow['jobs'][number]; uses: Scalar }[] {
  return workflow.jobs.flatMap(job => {
    const uses = get(workflow.source, job.node, 'uses')
    return isScalar(uses) ? [{ job, uses }] : []
  })
}

export function parseRemote(uses: string): RemoteRef | undefined {
  if (uses.startsWith('./') || uses.startsWith('docker://') || uses.includes('${{')) return undefined
  const match = REMOTE_REF.exec(uses.trim())
  return match ? { owner: match[1], repo: match[2], path: match[3], ref: match[4] } : undefined
}

function stepUsesProblem(uses: string): string | undefined {
  if (uses.includes('${{')) return undefined
  if (uses.startsWith('./')) return undefined
  if (uses.startsWith('docker://')) {
    return /^docker:\/\/[^\s:@]+(?::[^\s:@]+)?(?:@sha256:[0-9a-f]{64})?$/i.test(uses)
      ? undefined
      : `\`${uses}\` is not a valid Docker image reference (docker://image[:tag][@digest]).`
  }
  if (uses.startsWith('.')) return `The local action \`${uses}\` must start with \`./\`.`
  if (parseRemote(uses)) return undefined
  if (!uses.includes('@')) return `\`${uses}\` has no \`@ref\`: name a tag, branch or commit sha.`
  return `\`${uses}\` must name the owner and repository: \`owner/repo[/path]@ref\`.`
}

function workflowUsesProblem(uses: string): string | undefined {
  if (uses.includes('${{')) return undefined
  const path = uses.startsWith('./') ? uses : parseRemote(uses)?.path
  if (path !== undefined && /^\.?\/\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return undefined
  return `\`${uses}\` is not a reusable workflow reference: \`owner/repo/.github/workflows/file.yml@ref\` or \`./.github/workflows/file.yml\`.`
}
