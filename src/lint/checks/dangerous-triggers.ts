import { isScalar, type Node } from 'yaml'
import { withoutStrings } from '../expressions.js'
import { findingAt } from '../source.js'
import { entries, get, usesAction, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'

/** Why each privileged trigger is dangerous, in one sentence. */
const DANGEROUS_TRIGGERS: Record<string, string> = {
  pull_request_target:
    'pull_request_target runs with the base repository secrets and a write token for pull requests from any fork',
  workflow_run:
    'workflow_run runs with the base repository secrets and a write token after workflows that pull requests from forks can start, and its artifacts and branch names come from them'
}

/** Context paths an attacker can make name a bot, by getting the bot to act on their pull request. */
const ACTOR_NAMES = ['github.actor', 'github.triggering_actor', 'github.event.pull_request.sender.login']
const ACTOR_IDS = ['github.actor_id', 'github.event.pull_request.sender.id']
/** Ids of dependabot (user and integration), dependabot-preview and renovate: no `[bot]` suffix to spot. */
const BOT_IDS = ['29110', '49699333', '27856297', '29139614']

/**
 * pull_request_target and workflow_run, even when nothing else in the workflow is wrong yet: they
 * are the triggers under which every other mistake becomes exploitable from a fork.
 */
export function dangerousTriggers(workflow: Workflow): Finding[] {
  const inert = onlyInertSteps(workflow)
  return [...workflow.events].flatMap(([name, { key }]) => {
    const why = DANGEROUS_TRIGGERS[name]
    if (!why) return []
    const finding = findingAt(workflow.source, 'dangerous-triggers', key, `${why}.`)
    // Fixed scripts cannot misuse the privileges today; the trigger is still worth knowing about.
    return [inert ? { ...finding, level: 'notice' as const, severity: 'low' as const } : finding]
  })
}

/** Step keys that cannot bring event data, secrets or foreign code into a step. */
const INERT_STEP_KEYS = new Set(['name', 'id', 'run', 'shell', 'working-directory', 'timeout-minutes'])
/** Actions made to run under pull_request_target: they read the pull request, never its code. */
const PRIVILEGED_SAFE_ACTIONS = ['actions/labeler']

/**
 * Whether no job can do harm with the trigger's privileges: every step is a fixed script that
 * reads no expression, env or condition, or an action built for these triggers, and no job calls
 * a reusable workflow.
 */
function onlyInertSteps(workflow: Workflow): boolean {
  const { source } = workflow
  return workflow.jobs.every(
    job =>
      !get(source, job.node, 'uses') &&
      job.steps.length > 0 &&
      job.steps.every(step => {
        if (step.uses) return PRIVILEGED_SAFE_ACTIONS.some(action => usesAction(step, action)) && !step.with
        const keys = entries(source, step.node).map(({ key }) => String(key.value))
        return keys.every(key => INERT_STEP_KEYS.has(key)) && !String(step.run?.value ?? '').includes('${{')
      })
  )
}

/** `if:` conditions that trust the actor's name or id to mean "a bot did this". */
export function botConditions(workflow: Workflow): Finding[] {
  const { source } = workflow
  const conditions = workflow.jobs.flatMap(job => [
    { node: get(source, job.node, 'if'), where: `job \`${job.id}\`` },
    ...job.steps.map(step => ({ node: get(source, step.node, 'if'), where: `a step of job \`${job.id}\`` }))
  ])
  return conditions.flatMap(({ node, where }) => {
    const check = spoofableCheck(node)
    if (!check || !node) return []
    const finding = findingAt(
      source,
      'bot-conditions',
      node,
      `The condition of ${where} trusts \`${check.context}\` to name a bot, but it names whoever made the bot act last, which anyone can arrange from a fork's pull request.`,
      check.text
    )
    return [
      check.decisive ? finding : { ...finding, level: 'warning' as const, confidence: 'medium' as const }
    ]
  })
}

/**
 * An equality between an actor context and a bot's name or id. It is decisive when nothing else
 * must also hold (no `&&`), so the bot check alone lets the job run.
 */
function spoofableCheck(
  node: Node | undefined
): { context: string; text: string; decisive: boolean } | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined
  // `github['actor']` reads the same context as `github.actor`.
  const raw = node.value.replace(/\[\s*'([\w-]+)'\s*\]/g, '.$1')
  const names = ACTOR_NAMES.map(escape).join('|')
  const ids = ACTOR_IDS.map(escape).join('|')
  const patterns = [
    new RegExp(`\\b(${names})\\s*==\\s*'[^']*\\[bot\\]'`, 'i'),
    new RegExp(`'[^']*\\[bot\\]'\\s*==\\s*(${names})\\b`, 'i'),
    new RegExp(`\\b(${ids})\\s*==\\s*'?(${BOT_IDS.join('|')})'?(?!\\d)`, 'i'),
    new RegExp(`'?(?<!\\d)(?:${BOT_IDS.join('|')})'?\\s*==\\s*(${ids})\\b`, 'i')
  ]
  for (const pattern of patterns) {
    const match = pattern.exec(raw)
    if (!match) continue
    return { context: match[1].toLowerCase(), text: match[0], decisive: !withoutStrings(raw).includes('&&') }
  }
  return undefined
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
