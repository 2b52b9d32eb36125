// Regenerates testkit/openapi/github-subset.json from GitHub's official OpenAPI description.
//
// The description ships in @octokit/openapi (about 400 MB unpacked), far too big to be a
// dependency: this script packs one pinned version into a temporary folder, keeps only the
// operations the GitHub stand-in serves plus every component they reach, patches two spec
// quirks that stop ajv from compiling or validating it, and writes the subset with sorted
// keys so a regeneration from the same version is byte-identical.
//
// Usage: npm run openapi:extract   (needs the npm registry)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PINNED_VERSION = '23.0.2'
const DESCRIPTION_FILE = 'package/generated/api.github.com.json'
const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'testkit', 'openapi', 'github-subset.json')

/** The operations the stand-in serves, by operationId. */
export const OPERATION_IDS = [
  'repos/get',
  'actions/list-repo-workflows',
  'actions/get-workflow',
  'actions/list-workflow-runs',
  'actions/list-workflow-runs-for-repo',
  'actions/get-workflow-run',
  'actions/get-workflow-run-attempt',
  'actions/list-jobs-for-workflow-run',
  'actions/list-jobs-for-workflow-run-attempt',
  'actions/get-job-for-workflow-run',
  'actions/download-job-logs-for-workflow-run',
  'actions/re-run-workflow-failed-jobs',
  'actions/re-run-workflow',
  'actions/list-workflow-run-artifacts',
  'actions/list-artifacts-for-repo',
  'actions/download-artifact',
  'checks/list-annotations',
  'repos/get-content',
  'repos/list-branches',
  'repos/get-branch',
  'repos/compare-commits-with-basehead',
  'repos/get-commit',
  'git/delete-ref',
  'pulls/list',
  'issues/list-for-repo',
  'issues/create',
  'issues/get',
  'issues/update',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'issues/add-labels',
  'issues/remove-label',
  'issues/list-events',
  'issues/list-labels-for-repo',
  'issues/get-label',
  'issues/create-label',
  'issues/update-label',
  'repos/get-collaborator-permission-level',
  'rate-limit/get'
]

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])

/** Keeps the chosen operations (and their path-level parameters), dropping examples: they are documentation only. */
export function selectOperations(description, operationIds) {
  const wanted = new Set(operationIds)
  const paths = {}
  for (const [path, item] of Object.entries(description.paths)) {
    const kept = {}
    for (const [key, value] of Object.entries(item)) {
      if (HTTP_METHODS.has(key) && wanted.has(value.operationId)) {
        kept[key] = withoutExamples(value)
        wanted.delete(value.operationId)
      }
    }
    if (Object.keys(kept).length > 0) {
      paths[path] = item.parameters ? { parameters: item.parameters, ...kept } : kept
    }
  }
  if (wanted.size > 0) throw new Error(`operations not in the description: ${[...wanted].join(', ')}`)
  return paths
}

function withoutExamples(node) {
  if (Array.isArray(node)) return node.map(withoutExamples)
  if (node === null || typeof node !== 'object') return node
  const copy = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples' && value && typeof value === 'object' && !Array.isArray(value)) continue
    copy[key] = withoutExamples(value)
  }
  return copy
}

/** Every `#/components/<kind>/<name>` reachable from `root`, following references transitively. */
export function reachableComponents(root, components) {
  const picked = {}
  const pending = [root]
  while (pending.length > 0) {
    const node = pending.pop()
    if (Array.isArray(node)) {
      pending.push(...node)
    } else if (node && typeof node === 'object') {
      if (typeof node.$ref === 'string') {
        const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(node.$ref)
        if (!match) throw new Error(`unsupported $ref ${node.$ref}`)
        const [, kind, name] = match
        if (!picked[kind]?.[name]) {
          const target = components[kind]?.[name]
          if (!target) throw new Error(`dangling $ref ${node.$ref}`)
          picked[kind] = { ...picked[kind], [name]: withoutExamples(target) }
          pending.push(picked[kind][name])
        }
      }
      pending.push(...Object.values(node))
    }
  }
  return picked
}

/**
 * Quirk 1: OpenAPI 3.0 `nullable: true` that ajv cannot take as written.
 * - Next to `oneOf`/`anyOf`/`allOf` and no `type`, ajv refuses to compile it ("nullable"
 *   cannot be used without "type"): say the same in plain JSON Schema, a `{type: 'null'}`
 *   alternative.
 * - Next to an `enum` that lacks null (`state_reason`, `conclusion`...), ajv rejects the null
 *   GitHub really sends: add null to the enum.
 */
export function patchNullable(node) {
  if (Array.isArray(node)) return node.map(patchNullable)
  if (node === null || typeof node !== 'object') return node
  const patched = {}
  for (const [key, value] of Object.entries(node)) patched[key] = patchNullable(value)
  if (patched.nullable !== true) return patched
  if (Array.isArray(patched.enum) && !patched.enum.includes(null)) patched.enum = [...patched.enum, null]
  if ('type' in patched) return patched
  delete patched.nullable
  if (Array.isArray(patched.oneOf)) return { ...patched, oneOf: [...patched.oneOf, { type: 'null' }] }
  if (Array.isArray(patched.anyOf)) return { ...patched, anyOf: [...patched.anyOf, { type: 'null' }] }
  if (Array.isArray(patched.allOf)) {
    const { allOf, ...rest } = patched
    return { ...rest, anyOf: [{ allOf }, { type: 'null' }] }
  }
  // Nothing constrains the value: it was already allowed to be null.
  return patched
}

/**
 * Quirk 2: path and query parameters such as `workflow_id` are `oneOf: [integer, string]`.
 * Parameters arrive as strings and are coerced, so "42" matches both branches and `oneOf`
 * rejects it. `anyOf` says what GitHub means: either form is accepted.
 */
export function patchParameterOneOf(parameter) {
  if (!parameter?.schema?.oneOf || (parameter.in !== 'path' && parameter.in !== 'query')) return parameter
  const { oneOf, ...schema } = parameter.schema
  return { ...parameter, schema: { ...schema, anyOf: oneOf } }
}

/**
 * Quirk 3: `created` on the workflow-run lists says `format: date-time`, but its description
 * (and the real API) takes GitHub's search date syntax: `>=2024-01-01`, `a..b`. A parameter
 * documented with that syntax keeps `type: string` and loses the format.
 */
export function patchSearchDateParameter(parameter) {
  const searchSyntax = /search syntax/i.test(parameter?.description ?? '')
  if (!searchSyntax || parameter.in !== 'query' || parameter.schema?.format !== 'date-time') return parameter
  const { format: _dateTime, ...schema } = parameter.schema
  return { ...parameter, schema }
}

const patchParameter = parameter => patchSearchDateParameter(patchParameterOneOf(parameter))

function patchParameters(subset) {
  for (const item of Object.values(subset.paths)) {
    for (const [key, value] of Object.entries(item)) {
      if (key === 'parameters') item.parameters = value.map(patchParameter)
      else if (value.parameters) value.parameters = value.parameters.map(patchParameter)
    }
  }
  const parameters = subset.components.parameters ?? {}
  for (const [name, parameter] of Object.entries(parameters)) parameters[name] = patchParameter(parameter)
}

export function sortKeys(node) {
  if (Array.isArray(node)) return node.map(sortKeys)
  if (node === null || typeof node !== 'object') return node
  return Object.fromEntries(
    Object.keys(node)
      .sort()
      .map(key => [key, sortKeys(node[key])])
  )
}

export function buildSubset(description, version) {
  const paths = selectOperations(description, OPERATION_IDS)
  const components = reachableComponents(paths, description.components)
  const subset = {
    openapi: description.openapi,
    info: {
      title: 'GitHub REST API subset served by the workflow-triage test stand-in',
      version: description.info.version,
      description:
        `Generated by scripts/extract-openapi.mjs from @octokit/openapi@${version} ` +
        '(generated/api.github.com.json): the operations the stand-in serves and the components ' +
        'they reach; examples dropped; `nullable` (typeless, or with an enum lacking null), parameter `oneOf` and the search-syntax `created` format patched for ajv. Do not edit.',
      'x-source-package': `@octokit/openapi@${version}`
    },
    servers: description.servers,
    paths,
    components
  }
  subset.paths = patchNullable(subset.paths)
  subset.components = patchNullable(subset.components)
  patchParameters(subset)
  return sortKeys(subset)
}

function fetchDescription(version) {
  const workDir = mkdtempSync(join(tmpdir(), 'octokit-openapi-'))
  try {
    const tarball = execFileSync('npm', ['pack', `@octokit/openapi@${version}`, '--silent'], {
      cwd: workDir,
      encoding: 'utf8'
    }).trim()
    execFileSync('tar', ['-xzf', tarball, DESCRIPTION_FILE], { cwd: workDir })
    return JSON.parse(readFileSync(join(workDir, DESCRIPTION_FILE), 'utf8'))
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const subset = buildSubset(fetchDescription(PINNED_VERSION), PINNED_VERSION)
  writeFileSync(OUTPUT, `${JSON.stringify(subset, null, 2)}\n`)
  const operations = Object.values(subset.paths).flatMap(item =>
    Object.keys(item).filter(k => HTTP_METHODS.has(k))
  )
  console.log(`wrote ${OUTPUT}: ${operations.length} operations from @octokit/openapi@${PINNED_VERSION}`)
}
