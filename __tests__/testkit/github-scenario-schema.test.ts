import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import ts from 'typescript'
import { sampleRepository } from '../../testkit/github/sample.js'
import type { Scenario } from '../../testkit/scenario/types.js'

const TYPES_FILE = fileURLToPath(new URL('../../testkit/scenario/types.ts', import.meta.url))
const schema = JSON.parse(
  readFileSync(new URL('../../testkit/scenario/schema.json', import.meta.url), 'utf8')
)

interface SchemaObject {
  properties?: Record<string, SchemaObject>
  required?: string[]
  items?: SchemaObject
  $ref?: string
}

function compile() {
  const ajv = new Ajv({ allErrors: true, strict: true })
  addFormats(ajv)
  return ajv.compile(schema)
}

function sampleScenario(): Scenario {
  return {
    description: 'A failed pull request run',
    action: 'triage',
    repository: sampleRepository(),
    extraRepositories: [{ ...sampleRepository(), name: 'gadgets' }],
    event: { name: 'workflow_run', payload: { action: 'completed', workflow_run: { id: 9001 } } },
    inputs: { 'dry-run': 'true' },
    env: { GITHUB_RUN_ID: '1' },
    now: '2026-03-02T12:00:00Z',
    workspace: { 'playbook.md': '---\n---\n' },
    faults: [
      { method: 'GET', path: '/actions/jobs/\\d+/logs$', status: 503, times: 1, after: 0, retryAfter: 1 }
    ],
    latencyMs: 5,
    openai: { mode: 'answer', answer: { category: 'test_failure' } },
    webhooks: { slack: true, generic: false, failWith: 500 },
    artifacts: { failWith: 403 }
  }
}

/** Member names of an interface in types.ts, with whether each is optional. */
function interfaceMembers(name: string): Map<string, boolean> {
  const source = ts.createSourceFile(
    TYPES_FILE,
    readFileSync(TYPES_FILE, 'utf8'),
    ts.ScriptTarget.ES2022,
    true
  )
  const declaration = source.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === name
  )
  if (!declaration) throw new Error(`interface ${name} not found in types.ts`)
  const members = new Map<string, boolean>()
  for (const member of declaration.members) {
    if (ts.isPropertySignature(member))
      members.set(member.name.getText(source), member.questionToken !== undefined)
  }
  return members
}

function definition(name: string): SchemaObject {
  return schema.definitions[name] as SchemaObject
}

describe('scenario JSON Schema', () => {
  it('accepts a complete scenario', () => {
    const validate = compile()
    expect(validate(sampleScenario())).toBe(true)
    expect(validate.errors ?? []).toEqual([])
  })

  it('accepts the example in docs/scenarios.md', () => {
    const docs = readFileSync(new URL('../../docs/scenarios.md', import.meta.url), 'utf8')
    const example = /```json\n([\s\S]*?)```/.exec(docs)?.[1]
    const validate = compile()
    expect(validate(JSON.parse(example ?? 'null'))).toBe(true)
    expect(validate.errors ?? []).toEqual([])
  })

  it('rejects misspelled fields, wrong enums and missing required fields, naming where', () => {
    const validate = compile()
    const scenario = sampleScenario() as unknown as Record<string, unknown>
    const repository = scenario.repository as Record<string, unknown>
    repository.defaultbranch = 'main'
    ;(repository.runs as Record<string, unknown>[])[0].status = 'done'
    delete (repository.branches as Record<string, unknown>[])[1].commits
    expect(validate(scenario)).toBe(false)
    const problems = (validate.errors ?? []).map(error => `${error.instancePath} ${error.message}`)
    expect(problems).toEqual(
      expect.arrayContaining([
        '/repository must NOT have additional properties',
        '/repository/runs/0/status must be equal to one of the allowed values',
        "/repository/branches/1 must have required property 'commits'"
      ])
    )
  })

  it.each([
    ['Scenario', schema as SchemaObject],
    ['ScenarioRepository', definition('repository')],
    ['ScenarioWorkflow', definition('workflow')],
    ['ScenarioRun', definition('run')],
    ['ScenarioArtifact', definition('artifact')],
    ['ScenarioJob', definition('job')],
    ['ScenarioBranch', definition('branch')],
    ['ScenarioCommit', definition('commit')],
    ['ScenarioPullRequest', definition('pullRequest')],
    ['ScenarioIssue', definition('issue')],
    ['FaultRule', definition('fault')],
    ['OpenAiScript', definition('openai')]
  ])('describes exactly the fields of %s, with the same optional ones', (typeName, object) => {
    const members = interfaceMembers(typeName)
    expect(Object.keys(object.properties ?? {}).sort()).toEqual([...members.keys()].sort())
    const required = [...members].filter(([, optional]) => !optional).map(([name]) => name)
    expect([...(object.required ?? [])].sort()).toEqual(required.sort())
  })
})
