import { isMap, isScalar, type Node, type Scalar } from 'yaml'
import { findExpressions } from '../expressions.js'
import { findingAt } from '../source.js'
import { entries, get, items, type Job, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'

/**
 * Job and service container images that are not pinned by digest. No tag or `latest` moves with
 * every push to the image: a warning. A version tag can be moved too, but is the usual practice:
 * advice. `${{ matrix.x }}` images are checked through the matrix values.
 */
export function unpinnedImages(workflow: Workflow): Finding[] {
  const { source } = workflow
  return workflow.jobs.flatMap(job => {
    const containers = [
      { node: get(source, job.node, 'container'), what: `the container of job \`${job.id}\`` },
      ...entries(source, get(source, job.node, 'services')).map(({ key, value }) => ({
        node: value,
        what: `service \`${String(key.value)}\` of job \`${job.id}\``
      }))
    ]
    return containers.flatMap(({ node, what }) => {
      const image = isScalar(node) ? node : get(source, node, 'image')
      if (!isScalar(image) || typeof image.value !== 'string') return []
      return candidates(workflow, job, image).flatMap(({ value, at }) => {
        const problem = pinProblem(value)
        if (!problem) return []
        const finding = findingAt(
          source,
          'unpinned-images',
          at,
          `The image \`${value}\` of ${what} ${problem.why}.`
        )
        return [problem.loose ? finding : { ...finding, level: 'notice' as const, severity: 'low' as const }]
      })
    })
  })
}

/** The image names an `image:` can take: itself, or each matrix value it expands. */
function candidates(workflow: Workflow, job: Job, image: Scalar): { value: string; at: Node }[] {
  const value = String(image.value).trim()
  const expressions = findExpressions(value)
  if (expressions.length === 0) return [{ value, at: image }]
  const key =
    expressions.length === 1 &&
    expressions[0].text === value &&
    /^\s*matrix\.([\w-]+)\s*$/.exec(expressions[0].body)?.[1]
  if (!key) return []
  const { source } = workflow
  const matrix = get(source, get(source, job.node, 'strategy'), 'matrix')
  const values: Node[] = [
    ...items(source, get(source, matrix, key)),
    ...items(source, get(source, matrix, 'include')).flatMap(row => {
      const cell = isMap(row) ? get(source, row, key) : undefined
      return cell ? [cell] : []
    })
  ]
  return values.flatMap(node =>
    isScalar(node) && typeof node.value === 'string' && !node.value.includes('${{')
      ? [{ value: node.value.trim(), at: node }]
      : []
  )
}

function pinProblem(image: string): { why: string; loose: boolean } | undefined {
  if (image === '' || /@sha256:[0-9a-f]{64}$/i.test(image)) return undefined
  const name = image.slice(image.lastIndexOf('/') + 1)
  const tag = name.includes(':') ? name.slice(name.indexOf(':') + 1) : undefined
  if (tag === undefined)
    return { why: 'has no tag, so it is whatever `latest` is when the job starts', loose: true }
  if (tag === 'latest')
    return { why: 'uses the `latest` tag, which moves with every push of the image', loose: true }
  return { why: 'is pinned by tag, which its publisher can move, not by digest', loose: false }
}
