import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml'
import { resolve, type SourceFile } from './source.js'

/**
 * A thin, position-keeping view of a workflow for our own checks: the yaml nodes themselves,
 * found by key, so every finding can point at the exact token. GitHub's parser validates the
 * shapes; these checks only look where the shape is what they expect and skip the rest.
 */
export interface Workflow {
  source: SourceFile
  root: YAMLMap
  /** Trigger name (lower case) -> its key node and configuration (null for `on: push`). */
  events: Map<string, { key: Node; config: Node | undefined }>
  jobs: Job[]
}

export interface Job {
  id: string
  key: Scalar
  node: YAMLMap
  steps: Step[]
}

export interface Step {
  node: YAMLMap
  /** `owner/repo@ref`, `./path` or `docker://...` */
  uses?: Scalar
  run?: Scalar
  with?: YAMLMap
}

export function buildWorkflow(source: SourceFile): Workflow | undefined {
  const root = resolve(source, source.doc.contents)
  if (!isMap(root)) return undefined
  return {
    source,
    root,
    events: readEvents(source, get(source, root, 'on')),
    jobs: entries(source, get(source, root, 'jobs')).flatMap(({ key, value }) =>
      isMap(value) ? [{ id: String(key.value), key, node: value, steps: readSteps(source, value) }] : []
    )
  }
}

/** The value of `key` in a mapping, aliases resolved. */
export function get(source: SourceFile, map: Node | undefined, key: string): Node | undefined {
  return pairOf(source, map, key)?.value
}

export function pairOf(
  source: SourceFile,
  map: Node | undefined,
  key: string
): { key: Scalar; value: Node | undefined } | undefined {
  return entries(source, map).find(entry => entry.key.value === key)
}

/** The scalar-keyed entries of a mapping (empty for anything else). */
export function entries(
  source: SourceFile,
  map: Node | undefined
): { key: Scalar; value: Node | undefined }[] {
  if (!isMap(map)) return []
  return map.items.flatMap(pair => {
    const key = resolve(source, pair.key)
    return isScalar(key) ? [{ key, value: resolve(source, pair.value) }] : []
  })
}

/** The items of a sequence (empty for anything else). */
export function items(source: SourceFile, seq: Node | undefined): Node[] {
  if (!isSeq(seq)) return []
  return seq.items.flatMap(item => resolve(source, item) ?? [])
}

/** A scalar's value as text (numbers and booleans too); undefined for collections and null. */
export function text(node: Node | undefined): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined
  return String(node.value)
}

/** A scalar or every scalar of a sequence: filters and `needs` accept both forms. */
export function scalars(source: SourceFile, node: Node | undefined): Scalar[] {
  if (isScalar(node)) return [node]
  return items(source, node).filter(isScalar)
}

export function usesAction(step: Step, action: string): boolean {
  const uses = text(step.uses)?.toLowerCase()
  return uses !== undefined && (uses === action || uses.startsWith(`${action}@`))
}

function readEvents(source: SourceFile, on: Node | undefined): Workflow['events'] {
  const events: Workflow['events'] = new Map()
  for (const node of scalars(source, on))
    events.set(String(node.value).toLowerCase(), { key: node, config: undefined })
  for (const { key, value } of entries(source, on)) {
    events.set(String(key.value).toLowerCase(), { key, config: value })
  }
  return events
}

function readSteps(source: SourceFile, job: YAMLMap): Step[] {
  return items(source, get(source, job, 'steps')).flatMap(node => {
    if (!isMap(node)) return []
    const uses = get(source, node, 'uses')
    const run = get(source, node, 'run')
    const withMap = get(source, node, 'with')
    return [
      {
        node,
        uses: isScalar(uses) ? uses : undefined,
        run: isScalar(run) ? run : undefined,
        with: isMap(withMap) ? withMap : undefined
      }
    ]
  })
}
