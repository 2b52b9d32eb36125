import { isMap, isScalar, isSeq, type Node } from 'yaml'
import {
  ANY,
  BOOL,
  mapOf,
  merge,
  NUMBER,
  STRING,
  strictObject,
  typeOfValue,
  type ExprType,
  type ObjectType
} from './expression-types.js'
import { entries, get, items, scalars, text, type Job, type Step, type Workflow } from './model.js'
import { popularAction } from './action-metadata.js'
import { calledWorkflow, type CallableWorkflows } from './reusable.js'
import { checkExpression, parseExpression, type Scope } from './expression-check.js'
import { findExpressions } from './expressions.js'

/** The properties GitHub documents for the `github` context; `event` is the payload, untyped. */
const GITHUB = strictObject({
  action: STRING,
  action_path: STRING,
  action_ref: STRING,
  action_repository: STRING,
  action_status: STRING,
  actor: STRING,
  actor_id: STRING,
  api_url: STRING,
  base_ref: STRING,
  env: STRING,
  // The payload differs per event, so its properties are untyped, but it is an object.
  event: mapOf(ANY),
  event_name: STRING,
  event_path: STRING,
  graphql_url: STRING,
  head_ref: STRING,
  job: STRING,
  job_workflow_sha: STRING,
  path: STRING,
  ref: STRING,
  ref_name: STRING,
  ref_protected: BOOL,
  ref_type: STRING,
  repository: STRING,
  repository_id: STRING,
  repository_owner: STRING,
  repository_owner_id: STRING,
  repository_visibility: STRING,
  repositoryurl: STRING,
  retention_days: NUMBER,
  run_id: STRING,
  run_number: STRING,
  run_attempt: STRING,
  secret_source: STRING,
  server_url: STRING,
  sha: STRING,
  token: STRING,
  triggering_actor: STRING,
  workflow: STRING,
  workflow_ref: STRING,
  workflow_sha: STRING,
  workspace: STRING
})

const RUNNER = strictObject({
  name: STRING,
  os: STRING,
  arch: STRING,
  temp: STRING,
  tool_cache: STRING,
  debug: STRING,
  environment: STRING
})

const CONTAINER = strictObject({ id: STRING, network: STRING })

const JOB = strictObject({
  container: CONTAINER,
  services: mapOf(strictObject({ id: STRING, network: STRING, ports: mapOf(STRING) })),
  status: STRING,
  check_run_id: NUMBER,
  workflow_ref: STRING,
  workflow_sha: STRING,
  workflow_repository: STRING,
  workflow_file_path: STRING
})

const STRATEGY = strictObject({
  'fail-fast': BOOL,
  'job-index': NUMBER,
  'job-total': NUMBER,
  'max-parallel': NUMBER
})

const INPUT_TYPES: Record<string, ExprType> = { boolean: BOOL, number: NUMBER }

/**
 * The context types of one workflow, built once and shared by every expression in it: the
 * workflow-wide contexts, and per job its matrix, needs and the steps seen so far.
 */
export class WorkflowScopes {
  private readonly base: Scope
  private readonly jobScopes = new Map<Job, Scope>()

  constructor(
    private readonly workflow: Workflow,
    private readonly callable: CallableWorkflows
  ) {
    this.base = new Map([
      ['github', GITHUB],
      ['runner', RUNNER],
      ['job', JOB],
      ['strategy', STRATEGY],
      ['vars', mapOf(STRING)],
      ['env', mapOf(STRING)],
      ['secrets', secretsType(workflow)],
      // Undeclared inputs are the dispatch-input rule's finding; here they stay untyped.
      ['inputs', { ...inputsType(workflow), other: ANY }]
    ])
  }

  /** The scope of a value at `path` (keys and sequence indexes from the root of the workflow). */
  at(path: (string | number)[]): Scope {
    const [top, jobId, section, index] = path
    if (top === 'on' && jobId === 'workflow_call' && section === 'outputs') {
      return new Map([...this.base, ['jobs', this.jobsType()]])
    }
    if (top !== 'jobs' || typeof jobId !== 'string') return this.base
    const job = this.workflow.jobs.find(candidate => candidate.id === jobId)
    if (!job) return this.base
    const scope = new Map(this.jobScope(job))
    // The matrix is being defined inside `strategy`, so it cannot be typed there.
    if (section === 'strategy') scope.delete('matrix')
    if (section === 'steps' && typeof index === 'number')
      scope.set('steps', stepsType(job.steps.slice(0, index), this.workflow))
    if (section === 'outputs' || (section === 'environment' && path[3] === 'url')) {
      scope.set('steps', stepsType(job.steps, this.workflow))
    }
    return scope
  }

  private jobScope(job: Job): Scope {
    let scope = this.jobScopes.get(job)
    if (!scope) {
      const needs = this.needsType(job)
      const matrix = matrixType(this.workflow, job, new Map([...this.base, ['needs', needs]]))
      scope = new Map([...this.base, ['matrix', matrix], ['needs', needs]])
      this.jobScopes.set(job, scope)
    }
    return scope
  }

  private needsType(job: Job): ExprType {
    const { source } = this.workflow
    const needed = scalars(source, get(source, job.node, 'needs')).flatMap(need => {
      const target = this.findJob(String(need.value))
      return target
        ? [[String(need.value), jobResultType(this.workflow, target, this.callable)] as [string, ExprType]]
        : []
    })
    return strictObject(needed)
  }

  private jobsType(): ExprType {
    return strictObject(
      this.workflow.jobs.map(job => [job.id, jobResultType(this.workflow, job, this.callable)] as const)
    )
  }

  private findJob(id: string): Job | undefined {
    return this.workflow.jobs.find(job => job.id.toLowerCase() === id.toLowerCase())
  }
}

/** What another job sees of a job: its declared outputs (any for a reusable workflow's) and its result. */
function jobResultType(workflow: Workflow, job: Job, callable: CallableWorkflows): ExprType {
  const { source } = workflow
  const outputs = get(source, job.node, 'outputs')
  const uses = get(source, job.node, 'uses')
  const called = calledWorkflow(callable, text(uses))
  const outputsType = called
    ? strictObject(called.outputs.map(name => [name, STRING] as const))
    : uses !== undefined
      ? mapOf(ANY)
      : isMap(outputs)
        ? strictObject(entries(source, outputs).map(({ key }) => [String(key.value), STRING] as const))
        : isScalar(outputs) && String(outputs.value).includes('${{')
          ? mapOf(ANY)
          : strictObject({})
  return strictObject({ outputs: outputsType, result: STRING })
}

function stepsType(steps: Step[], workflow: Workflow): ExprType {
  const { source } = workflow
  const known = steps.flatMap(step => {
    const id = text(get(source, step.node, 'id'))
    if (id === undefined) return []
    if (id.includes('${{')) return [['', ANY] as [string, ExprType]]
    return [
      [id, strictObject({ outputs: stepOutputs(step), conclusion: STRING, outcome: STRING })] as [
        string,
        ExprType
      ]
    ]
  })
  // A step id computed by an expression could be any name.
  if (known.some(([id]) => id === '')) return mapOf(ANY)
  return strictObject(known)
}

function stepOutputs(step: Step): ExprType {
  const uses = text(step.uses)
  const action = uses ? popularAction(uses) : undefined
  if (!action || action.openOutputs) return mapOf(STRING)
  return strictObject(action.outputs.map(name => [name, STRING] as const))
}

/**
 * The matrix of a job, typed from its rows and `include` entries; `any` where rows are computed by
 * an expression. A job without a matrix has an empty one.
 */
function matrixType(workflow: Workflow, job: Job, scope: Scope): ExprType {
  const { source } = workflow
  const strategy = get(source, job.node, 'strategy')
  if (strategy !== undefined && !isMap(strategy)) return ANY
  const matrix = get(source, strategy, 'matrix')
  if (matrix === undefined) return strictObject({})
  if (!isMap(matrix)) return ANY
  const props = new Map<string, ExprType[]>()
  const add = (name: string, type: ExprType) =>
    props.set(name.toLowerCase(), [...(props.get(name.toLowerCase()) ?? []), type])
  let open = false
  for (const { key, value } of entries(source, matrix)) {
    const name = String(key.value)
    if (name === 'exclude') continue
    if (name === 'include') {
      if (!isSeq(value)) {
        open = true
        continue
      }
      for (const row of items(source, value)) {
        if (!isMap(row)) open = true
        for (const entry of entries(source, row))
          add(String(entry.key.value), typeOfNode(workflow, entry.value, scope))
      }
      continue
    }
    if (isSeq(value)) add(name, merge(items(source, value).map(item => typeOfNode(workflow, item, scope))))
    else add(name, ANY)
  }
  const typed = strictObject([...props].map(([name, types]) => [name, merge(types)] as const))
  return open ? { ...typed, other: ANY } : typed
}

/** A matrix value's type; one written as a single expression has the expression's type. */
function typeOfNode(workflow: Workflow, node: Node | undefined, scope: Scope): ExprType {
  if (!node) return ANY
  if (isScalar(node) && typeof node.value === 'string') {
    const expressions = findExpressions(node.value)
    if (expressions.length === 1 && expressions[0].text === node.value.trim()) {
      const tree = parseExpression(expressions[0].body)
      return tree ? checkExpression(tree, scope).type : ANY
    }
  }
  return typeOfValue(node.toJS(workflow.source.doc))
}

function inputsType(workflow: Workflow): ObjectType {
  const { source } = workflow
  const declared = ['workflow_dispatch', 'workflow_call'].flatMap(event =>
    entries(source, get(source, workflow.events.get(event)?.config, 'inputs')).map(({ key, value }) => {
      const type = text(get(source, value, 'type'))
      return [String(key.value), (type && INPUT_TYPES[type]) ?? STRING] as [string, ExprType]
    })
  )
  return strictObject(declared)
}

/**
 * A workflow only ever called by others receives exactly the secrets it declares (and the token);
 * any other trigger sees the repository's secrets, which the linter cannot know.
 */
function secretsType(workflow: Workflow): ExprType {
  const { source } = workflow
  const call = workflow.events.get('workflow_call')
  const declared = get(source, call?.config, 'secrets')
  if (!call || workflow.events.size !== 1 || !isMap(declared)) return mapOf(STRING)
  return strictObject([
    ['GITHUB_TOKEN', STRING],
    ...entries(source, declared).map(({ key }) => [String(key.value), STRING] as [string, ExprType])
  ])
}
