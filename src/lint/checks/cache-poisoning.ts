import type { Node } from 'yaml'
import { findExpressions } from '../expressions.js'
import { findingAt } from '../source.js'
import { entries, get, scalars, text, type Job, type Step, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'
import {
  CACHE_AWARE_ACTIONS,
  PUBLISHING_ACTIONS,
  type CacheAwareAction,
  type CacheToggle
} from '../data/action-hazards.js'
import { actionName, parseRemote } from './actions.js'

const CACHE_AWARE = new Map(CACHE_AWARE_ACTIONS.map(entry => [entry.action, entry]))
const TRUE_WORDS = new Set(['true', 'yes', '1', 'on'])

/** Why a job's output is likely to be published: a release trigger, or a publishing step. */
interface Publishing {
  why: string
  /** Every release trigger is a tag push or a release: `github.ref` then names a tag. */
  tagsOnly: boolean
}

/**
 * Cache-aware steps in jobs that build what gets released. Caches are shared across branches and
 * pull requests of a repository, so a run an attacker controls can plant a cache entry that a
 * release job later restores into the artifacts it publishes.
 */
export function cachePoisoning(workflow: Workflow): Finding[] {
  const triggers = releaseTriggers(workflow)
  return workflow.jobs.flatMap(job => {
    const publishing = triggers.length
      ? {
          why: `runs on ${triggers.map(t => t.name).join(' and ')}`,
          tagsOnly: triggers.every(t => t.tagLike)
        }
      : publishingStep(workflow, job)
    if (!publishing) return []
    return job.steps.flatMap(step => {
      const name = actionName(step)
      const entry = name === undefined ? undefined : CACHE_AWARE.get(name)
      if (!entry || !step.uses) return []
      const usage = cacheUsage(workflow, step, entry, publishing.tagsOnly)
      if (!usage) return []
      return [
        findingAt(
          workflow.source,
          'cache-poisoning',
          step.uses,
          `${entry.action} ${usage} in a job that ${publishing.why}: a cache entry written by a branch or pull request run can end up in what this job publishes. ${fixFor(entry)}`
        )
      ]
    })
  })
}

/** Triggers used to publish: releases, tag pushes and pushes to release branches. */
function releaseTriggers(workflow: Workflow): { name: string; tagLike: boolean }[] {
  const { source } = workflow
  const found: { name: string; tagLike: boolean }[] = []
  if (workflow.events.has('release')) found.push({ name: 'release', tagLike: true })
  const push = workflow.events.get('push')?.config
  if (get(source, push, 'tags')) found.push({ name: 'pushed tags', tagLike: true })
  const branches = scalars(source, get(source, push, 'branches')).map(b => String(b.value).toLowerCase())
  if (branches.some(branch => branch.includes('release'))) {
    found.push({ name: 'pushes to release branches', tagLike: false })
  }
  return found
}

function publishingStep(workflow: Workflow, job: Job): Publishing | undefined {
  for (const step of job.steps) {
    const name = actionName(step)
    const publisher = PUBLISHING_ACTIONS.find(entry => entry.action === name)
    if (!publisher) continue
    if (publisher.unless && isFalse(text(get(workflow.source, step.with, publisher.unless)))) continue
    return { why: `publishes with ${publisher.action}`, tagsOnly: false }
  }
  return undefined
}

/** How the step uses its cache ("restores a cache by default"), or undefined when it does not. */
function cacheUsage(
  workflow: Workflow,
  step: Step,
  entry: CacheAwareAction,
  tagsOnly: boolean
): string | undefined {
  const inputs = new Map(
    entries(workflow.source, step.with).map(({ key, value }) => [String(key.value).toLowerCase(), value])
  )
  if (entry.requires?.some(input => !text(inputs.get(input))?.trim())) return undefined
  if (entry.valuePattern) {
    const value = text(inputs.get(entry.valuePattern.input))
    return value !== undefined && value.includes(entry.valuePattern.pattern)
      ? `restores a cache (\`${entry.valuePattern.input}: ${value.trim()}\`)`
      : undefined
  }
  if (!entry.toggles) return 'always restores a cache'
  const major = majorVersion(step)
  let maybe: string | undefined
  for (const toggle of entry.toggles) {
    const state = toggleState(toggle, inputs.get(toggle.input), major, tagsOnly)
    if (state === 'default') return `restores a cache by default (\`${toggle.input}\` is not set)`
    if (state === 'on') return `restores a cache (\`${toggle.input}: ${text(inputs.get(toggle.input))}\`)`
    if (state === 'maybe') maybe ??= `may restore a cache (\`${toggle.input}\` is computed by an expression)`
  }
  return maybe
}

function toggleState(
  toggle: CacheToggle,
  node: Node | undefined,
  major: number | undefined,
  tagsOnly: boolean
): 'default' | 'on' | 'maybe' | undefined {
  const value = text(node)?.trim()
  if (value === undefined || value === '') {
    const defaultOn =
      toggle.defaultOn &&
      !(
        toggle.defaultBeforeMajor !== undefined &&
        major !== undefined &&
        major >= toggle.defaultBeforeMajor
      ) &&
      !(toggle.defaultFromMajor !== undefined && major !== undefined && major < toggle.defaultFromMajor)
    return defaultOn ? 'default' : undefined
  }
  let set: boolean | undefined
  if (value.includes('${{')) {
    set = tagsOnly ? valueOnTagPush(value) : undefined
    if (set === undefined) return 'maybe'
  } else {
    const lower = value.toLowerCase()
    set = toggle.values
      ? toggle.values.includes(lower)
      : toggle.freeForm
        ? !isFalse(lower)
        : TRUE_WORDS.has(lower)
  }
  return set === (toggle.toggle === 'opt-in') ? 'on' : undefined
}

/**
 * What a toggle written as an expression is when the run is a tag push or a release: `${{ true }}`,
 * `startsWith(github.ref, 'refs/tags/')`, `github.ref_type == 'tag'` (with or without an
 * event-name check) and their negations. Anything else is unknown.
 */
function valueOnTagPush(value: string): boolean | undefined {
  const expressions = findExpressions(value)
  if (expressions.length !== 1 || expressions[0].text !== value) return undefined
  return evaluate(expressions[0].body.replace(/\s+/g, '').toLowerCase())
}

function evaluate(code: string): boolean | undefined {
  if (code.startsWith('!')) {
    const inner = evaluate(unwrap(code.slice(1)))
    return inner === undefined ? undefined : !inner
  }
  const body = unwrap(code)
  if (body === 'true') return true
  if (body === 'false') return false
  if (body === "startswith(github.ref,'refs/tags/')") return true
  const terms = body.split('&&')
  const known = new Set([
    "github.ref_type=='tag'",
    "'tag'==github.ref_type",
    "github.event_name=='push'",
    "'push'==github.event_name"
  ])
  if (terms.every(term => known.has(term)) && terms.some(term => term.includes('ref_type'))) return true
  return undefined
}

function unwrap(code: string): string {
  return code.startsWith('(') && code.endsWith(')') ? code.slice(1, -1) : code
}

function fixFor(entry: CacheAwareAction): string {
  const toggle = entry.toggles?.[0]
  if (!toggle) {
    return entry.valuePattern
      ? `Do not read the GitHub Actions cache (\`${entry.valuePattern.input}\`) when building a release.`
      : 'Do not use this action in a release job.'
  }
  return toggle.toggle === 'opt-out'
    ? `Set \`${toggle.input}: ${toggle.values?.[0] ?? 'true'}\` in release jobs.`
    : `Set \`${toggle.input}: false\` (or leave it out) in release jobs.`
}

function isFalse(value: string | undefined): boolean {
  return value !== undefined && ['false', 'no', '0', 'off', ''].includes(value.trim().toLowerCase())
}

/** The major version a step's ref names (`v4`, `v4.2.1`), or undefined for a sha or a branch. */
function majorVersion(step: Step): number | undefined {
  const ref = step.uses && parseRemote(String(step.uses.value))?.ref
  const major = ref === undefined ? undefined : /^v?(\d+)(?:\.|$)/.exec(ref)?.[1]
  return major === undefined ? undefined : Number(major)
}
