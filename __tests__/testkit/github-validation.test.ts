import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { getOctokit } from '@actions/github'
import { startGitHubStandin, type GitHubStandin, type StandinOptions } from '../../testkit/github/index.js'
import { sampleRepository } from '../../testkit/github/sample.js'
import { SUBSET_FILE } from '../../testkit/github/validator.js'

const owner = 'acme'
const repo = 'widgets'
let standin: GitHubStandin | undefined

async function start(options: StandinOptions = {}) {
  standin = await startGitHubStandin(sampleRepository(), options)
  return standin
}

function post(server: GitHubStandin, path: string, body: unknown) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })
}

afterEach(async () => {
  await standin?.close()
  standin = undefined
})

describe('OpenAPI validation of stand-in traffic', () => {
  it('records a malformed request body and still answers like GitHub', async () => {
    const server = await start()
    const response = await post(server, `/repos/${owner}/${repo}/issues`, { title: 'Broken', labels: 5 })
    expect(response.status).toBe(201)
    expect(server.violations).toEqual([
      expect.stringMatching(/^issues\/create request: \/requestBody\/labels must be array/)
    ])
  })

  it('records a query parameter of the wrong type and an undeclared one', async () => {
    const server = await start()
    await fetch(`${server.url}/repos/${owner}/${repo}/actions/runs?per_page=many`)
    await fetch(`${server.url}/repos/${owner}/${repo}/actions/runs?brnach=main`)
    expect(server.violations).toEqual([
      expect.stringMatching(
        /^actions\/list-workflow-runs-for-repo request: \/query\/per_page must be integer/
      ),
      expect.stringMatching(
        /^actions\/list-workflow-runs-for-repo request: \/query must NOT have additional properties .*brnach/
      )
    ])
  })

  it('records an unknown route and an unsupported GraphQL query', async () => {
    const server = await start()
    const response = await fetch(`${server.url}/repos/${owner}/${repo}/actions/secrets`)
    expect(response.status).toBe(404)
    await post(server, '/graphql', { query: '{ viewer { login } }' })
    expect(server.violations).toEqual([
      `unknown route: GET /repos/${owner}/${repo}/actions/secrets`,
      expect.stringMatching(/^graphql: unsupported query/)
    ])
  })

  it('records a response that does not fit the schema', async () => {
    const server = await start({
      transformResponse: (operationId, body) =>
        operationId === 'actions/get-workflow-run'
          ? { ...(body as object), id: 'nine thousand and one', status: 7 }
          : body
    })
    const octokit = getOctokit('ghs_test', { baseUrl: server.url })
    const run = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 9001 })
    expect(run.data.id).toBe('nine thousand and one')
    await octokit.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: 9001 })
    expect(server.violations).toEqual([
      expect.stringMatching(/^actions\/get-workflow-run response 200: \/id must be integer/)
    ])
  })

  it('records a required field missing deep inside a list', async () => {
    const server = await start({
      transformResponse: (operationId, body) => {
        if (operationId !== 'issues/list-for-repo') return body
        const [first, ...rest] = body as Record<string, unknown>[]
        const { user: _user, ...withoutUser } = first
        return [withoutUser, ...rest]
      }
    })
    await fetch(`${server.url}/repos/${owner}/${repo}/issues`)
    expect(server.violations).toEqual([
      expect.stringMatching(/^issues\/list-for-repo response 200: \/0 must have required property 'user'/)
    ])
  })
})

describe('the committed OpenAPI subset', () => {
  const subset = JSON.parse(readFileSync(SUBSET_FILE, 'utf8'))

  it('names the pinned @octokit/openapi version it was extracted from', () => {
    expect(subset.info['x-source-package']).toMatch(/^@octokit\/openapi@\d+\.\d+\.\d+$/)
    expect(subset.info.description).toContain(subset.info['x-source-package'])
  })

  it('has no typeless nullable, no nullable enum without null, and no oneOf on parameters', () => {
    const problems: string[] = []
    const visit = (node: unknown, where: string) => {
      if (Array.isArray(node)) return node.forEach((child, index) => visit(child, `${where}/${index}`))
      if (!node || typeof node !== 'object') return
      const schema = node as Record<string, unknown>
      if (schema.nullable === true && !('type' in schema)) problems.push(`typeless nullable at ${where}`)
      if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) {
        problems.push(`nullable enum without null at ${where}`)
      }
      if ((schema.in === 'path' || schema.in === 'query') && (schema.schema as { oneOf?: unknown })?.oneOf) {
        problems.push(`oneOf parameter at ${where}`)
      }
      for (const [key, value] of Object.entries(schema)) visit(value, `${where}/${key}`)
    }
    visit(subset, '#')
    expect(problems).toEqual([])
  })

  it('resolves every $ref inside itself', () => {
    const dangling = [...JSON.stringify(subset).matchAll(/"\$ref":"#\/components\/([^/]+)\/([^"]+)"/g)]
      .filter(([, kind, name]) => !subset.components[kind]?.[name])
      .map(([reference]) => reference)
    expect(dangling).toEqual([])
  })
})
