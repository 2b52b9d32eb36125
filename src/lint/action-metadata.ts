import { POPULAR_ACTIONS, type ActionMetadata } from './data/popular-actions.js'

export type { ActionMetadata }

/**
 * The inputs and outputs of a popular action at the major version a `uses:` names, from the
 * metadata generated from the actions' own action.yml files (scripts/popular-actions.ts).
 * Undefined for any other action, and for refs that are not a version (a sha or a branch),
 * whose inputs cannot be known without reading that commit.
 */
export function popularAction(uses: string): ActionMetadata | undefined {
  const at = uses.lastIndexOf('@')
  if (at < 0) return undefined
  const spec = uses.slice(0, at).toLowerCase()
  const ref = uses.slice(at + 1)
  const major = /^(v\d+)(?:\.\d+)*$/.exec(ref)?.[1]
  if (POPULAR_ACTIONS[`${spec}@${ref}`]) return POPULAR_ACTIONS[`${spec}@${ref}`]
  // Some actions name their moving major `v2.x` rather than `v2`.
  return major ? (POPULAR_ACTIONS[`${spec}@${major}`] ?? POPULAR_ACTIONS[`${spec}@${major}.x`]) : undefined
}
