import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml'
import { findExpressions } from '../expressions.js'
import { findingAt } from '../source.js'
import { entries, get, items, pairOf, scalars, text, type Job, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'

/** GitHub-hosted runner labels (docs.github.com: GitHub-hosted runners, standard and larger). */
const HOSTED_LABELS = new Set([
  'ubuntu-latest',
  'ubuntu-slim',
  'ubuntu-24.04',
  'ubuntu-22.04',
  'ubuntu-24.04-arm',
  'ubuntu-22.04-arm',
  'windows-latest',
  'windows-2025',
  'windows-2022',
  'windows-11-arm',
  'macos-latest',
  'macos-26',
  'macos-15',
  'macos-14',
  'macos-13',
  'macos-15-intel',
  'macos-latest-large',
  'macos-26-large',
  'macos-15-large',
  'macos-14-large',
  'macos-13-large',
  'macos-latest-xlarge',
  'macos-26-xlarge',
  'macos-15-xlarge',
  'macos-14-xlarge',
  'macos-13-xlarge'
])
/** Labels every self-hosted runner gets; they only ever select self-hosted runners. */
const SELF_HOSTED_LABELS = new Set(['self-hosted', 'linux', 'macos', 'windows', 'x64', 'arm', 'arm64'])

const SHELLS = new Set(['bash', 'sh', 'pwsh', 'python', 'cmd', 'powershell'])
const WINDOWS_ONLY_SHELLS = new Set(['cmd', 'powershell'])
const UNIX_ONLY_SHELLS = new Set(['sh'])

export function missingTimeout(workflow: Workflow): Finding[] {
  const { source } = workflow
  return (
    workflow.jobs
      // A reusable-workflow call cannot set timeout-minutes: the called jobs do.
      .filter(job => !pairOf(source, job.node, 'timeout-minutes') && !pairOf(source, job.node, 'uses'))
      .map(job =>
        findingAt(
          source,
          'missing-timeout',
          job.key,
          `Job \`${job.id}\` has no timeout-minutes; the default is 360.`
        )
      )
  )
}

export function runnerLabels(workflow: Workflow): Finding[] {
  return workflow.jobs.flatMap(job =>
    labelSets(workflow, job).flatMap(set => {
      if (set.some(label => String(label.value).toLowerCase() === 'self-hosted')) return []
      return set
        .filter(label => {
          const name = String(label.value).toLowerCase()
          return !name.includes('${{') && !HOSTED_LABELS.has(name) && !SELF_HOSTED_LABELS.has(name)
        })
        .map(label =>
          findingAt(
            workflow.source,
            'runner-label',
            label,
            `\`${label.value}\` is not a GitHub-hosted runner label, and the job does not ask for \`self-hosted\`.`
          )
        )
    })
  )
}

export function invalidShells(workflow: Workflow): Finding[] {
  const { source } = workflow
  const workflowShell = get(source, get(source, get(source, workflow.root, 'defaults'), 'run'), 'shell')
  const jobShells = workflow.jobs.flatMap(job => {
    const os = runnerOs(workflow, job)
    const shells = [
      get(source, get(source, get(source, job.node, 'defaults'), 'run'), 'shell'),
      ...job.steps.map(step => get(source, step.node, 'shell'))
    ]
    return shells.flatMap(shell => shellProblem(workflow, shell, os))
  })
  return [...shellProblem(workflow, workflowShell, undefined), ...jobShells]
}

export function duplicateStepIds(workflow: Workflow): Finding[] {
  return workflow.jobs.flatMap(job => {
    const seen = new Set<string>()
    return job.steps.flatMap(step => {
      const id = get(workflow.source, step.node, 'id')
      const name = text(id)?.toLowerCase()
      if (!id || name === undefined || name.includes('${{')) return []
      if (!seen.has(name)) {
        seen.add(name)
        return []
      }
      return [
        findingAt(
          workflow.source,
          'duplicate-step-id',
          id,
          `Step id \`${text(id)}\` is used twice in job \`${job.id}\`.`
        )
      ]
    })
  })
}

export function jobNeeds(workflow: Workflow): Finding[] {
  const jobIds = new Set(workflow.jobs.map(job => job.id.toLowerCase()))
  return workflow.jobs.flatMap(job => {
    const seen = new Set<string>()
    return scalars(workflow.source, get(workflow.source, job.node, 'needs')).flatMap(need => {
      const name = String(need.value).toLowerCase()
      const problem = !jobIds.has(name)
        ? `Job \`${job.id}\` needs \`${need.value}\`, which is not a job of this workflow.`
        : seen.has(name)
          ? `Job \`${job.id}\` lists \`${need.value}\` twice in needs (job ids are case-insensitive).`
          : undefined
      seen.add(name)
      return problem ? [findingAt(workflow.source, 'job-needs', need, problem)] : []
    })
  })
}

/** `if: ${{ a }} && b` is the string "true && b" once expanded: a non-empty string, always true. */
export function ifAlwaysTrue(workflow: Workflow): Finding[] {
  const conditions = workflow.jobs.flatMap(job => [
    get(workflow.source, job.node, 'if'),
    ...job.steps.map(step => get(workflow.source, step.node, 'if'))
  ])
  return conditions.flatMap(condition => {
    if (!isScalar(condition) || typeof condition.value !== 'string') return []
    const value = condition.value
    const expressions = findExpressions(value)
    const wholeValue =
      expressions.length === 1 && expressions[0].start === 0 && expressions[0].end === value.length
    if (expressions.length === 0 || wholeValue) return []
    return [
      findingAt(
        workflow.source,
        'if-always-true',
        condition,
        'This condition has text outside its ${{ }}, so it is a non-empty string and always true.'
      )
    ]
  })
}

export function matrixProblems(workflow: Workflow): Finding[] {
  const { source } = workflow
  return workflow.jobs.flatMap(job => {
    const matrix = get(source, get(source, job.node, 'strategy'), 'matrix')
    if (!isMap(matrix)) return []
    const rows = new Map(
      entries(source, matrix)
        .filter(({ key }) => key.value !== 'include' && key.value !== 'exclude')
        .map(({ key, value }) => [String(key.value), value] as const)
    )
    const duplicates = [...rows].flatMap(([key, row]) => {
      const seen = new Set<string>()
      return items(source, row).flatMap(item => {
        const value = scalarKey(item)
        if (value === undefined) return []
        if (!seen.has(value)) {
          seen.add(value)
          return []
        }
        return [findingAt(source, 'matrix', item, `Matrix row \`${key}\` lists ${text(item)} twice.`)]
      })
    })
    const excludes = items(source, get(source, matrix, 'exclude')).flatMap(exclusion =>
      entries(source, exclusion).flatMap(({ key, value }) => excludeProblem(workflow, rows, key, value))
    )
    return [...duplicates, ...excludes]
  })
}

function excludeProblem(
  workflow: Workflow,
  rows: Map<string, Node | undefined>,
  key: Scalar,
  value?: Node
): Finding[] {
  const name = String(key.value)
  if (!rows.has(name)) {
    return [
      findingAt(
        workflow.source,
        'matrix',
        key,
        `The exclude names \`${name}\`, which is not a row of the matrix.`
      )
    ]
  }
  const row = rows.get(name)
  // Rows computed by an expression and values holding one cannot be checked statically.
  const candidates = items(workflow.source, row).map(item => item.toJS(workflow.source.doc) as unknown)
  const excluded = value?.toJS(workflow.source.doc) as unknown
  if (!isSeq(row) || value === undefined || [excluded, ...candidates].some(holdsExpression)) return []
  if (candidates.some(candidate => matchesExclude(excluded, candidate))) return []
  return [
    findingAt(
      workflow.source,
      'matrix',
      value,
      `The exclude value ${JSON.stringify(excluded)} for \`${name}\` matches no value of the matrix row, so it excludes nothing.`
    )
  ]
}

/** An exclude matches a value equal to it; an object exclude matches an object value that has all its properties. */
function matchesExclude(excluded: unknown, candidate: unknown): boolean {
  if (isPlainObject(excluded) && isPlainObject(candidate)) {
    return Object.entries(excluded).every(
      ([key, wanted]) => key in candidate && matchesExclude(wanted, candidate[key])
    )
  }
  if (Array.isArray(excluded) && Array.isArray(candidate)) {
    return (
      excluded.length === candidate.length && excluded.every((item, i) => matchesExclude(item, candidate[i]))
    )
  }
  return excluded === candidate
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function holdsExpression(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('${{')
  if (Array.isArray(value)) return value.some(holdsExpression)
  if (isPlainObject(value)) return Object.values(value).some(holdsExpression)
  return false
}

/** A literal scalar's identity (type and value); undefined for collections and expressions. */
function scalarKey(node: Node | undefined): string | undefined {
  if (!isScalar(node) || (typeof node.value === 'string' && node.value.includes('${{'))) return undefined
  return `${typeof node.value}:${String(node.value)}`
}

/** The label sets a job may run on: its `runs-on`, or each row of the matrix key it names. */
function labelSets(workflow: Workflow, job: Job): Scalar[][] {
  const { source } = workflow
  const runsOn = get(source, job.node, 'runs-on')
  // Runner groups select runners by group, and their labels are the organisation's own.
  if (isMap(runsOn))
    return get(source, runsOn, 'group') ? [] : [scalars(source, get(source, runsOn, 'labels'))]
  const labels = scalars(source, runsOn)
  const matrixKey =
    labels.length === 1 ? /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(String(labels[0].value)) : null
  if (!matrixKey) return [labels]
  const row = get(source, get(source, get(source, job.node, 'strategy'), 'matrix'), matrixKey[1])
  return items(source, row).map(item => scalars(source, item))
}

/** The OS of a job that runs on one known GitHub-hosted label, for platform-specific shells. */
function runnerOs(workflow: Workflow, job: Job): 'windows' | 'unix' | undefined {
  const sets = labelSets(workflow, job)
  if (sets.length !== 1 || sets[0].length !== 1) return undefined
  const label = String(sets[0][0].value).toLowerCase()
  if (!HOSTED_LABELS.has(label)) return undefined
  return label.startsWith('windows') ? 'windows' : 'unix'
}

function shellProblem(
  workflow: Workflow,
  shell: Node | undefined,
  os: 'windows' | 'unix' | undefined
): Finding[] {
  const value = text(shell)
  if (!shell || value === undefined || value.includes('${{') || value.includes('{0}')) return []
  const name = value.trim().toLowerCase()
  const problem = !SHELLS.has(name)
    ? `\`${value}\` is not a shell the runner knows; use a known shell or a custom \`command {0}\`.`
    : os === 'unix' && WINDOWS_ONLY_SHELLS.has(name)
      ? `\`${value}\` is only available on Windows runners; use pwsh or bash.`
      : os === 'windows' && UNIX_ONLY_SHELLS.has(name)
        ? `\`${value}\` is not available on Windows runners; use bash or pwsh.`
        : undefined
  return problem ? [findingAt(workflow.source, 'invalid-shell', shell, problem)] : []
}
