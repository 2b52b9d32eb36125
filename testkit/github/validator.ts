/**
 * Routes and validates stand-in traffic against the committed subset of GitHub's own
 * OpenAPI description (testkit/openapi/github-subset.json, from scripts/extract-openapi.mjs).
 * A mismatch is reported as text, never thrown: the server records it and keeps serving, so a
 * test sees every problem of a run at once.
 */
import { readFileSync } from 'node:fs'
import { OpenAPIBackend, type Document, type Request } from 'openapi-backend'
import type Ajv from 'ajv'
import addFormats from 'ajv-formats'

export const SUBSET_FILE = new URL('../openapi/github-subset.json', import.meta.url)

export interface MatchedOperation {
  operationId: string
  params: Record<string, string>
}

export interface ApiValidator {
  /** The operation a request addresses, with its decoded path parameters; undefined for an unknown route. */
  match(method: string, path: string): MatchedOperation | undefined
  /** Problems with a request's path parameters, query and JSON body. */
  validateRequest(
    operationId: string,
    request: { method: string; path: string; query: Record<string, string>; body: unknown }
  ): string[]
  /** Problems with a response: an undeclared status, or a JSON body that does not fit the declared schema. */
  validateResponse(operationId: string, status: number, body: unknown): string[]
}

let shared: Promise<ApiValidator> | undefined

/** One validator per process: compiling the schemas is the slow part, and validation keeps no state. */
export function loadValidator(): Promise<ApiValidator> {
  shared ??= createValidator(JSON.parse(readFileSync(SUBSET_FILE, 'utf8')) as Document)
  return shared
}

export async function createValidator(definition: Document): Promise<ApiValidator> {
  const api = new OpenAPIBackend({
    definition,
    validate: true,
    quick: true,
    customizeAjv: ajv => withFormats(ajv)
  })
  await api.init()

  const toRequest = (
    method: string,
    path: string,
    query: Record<string, string> = {},
    body?: unknown
  ): Request => ({
    method,
    path,
    query,
    body: body as Request['body'],
    headers: body === undefined ? {} : { 'content-type': 'application/json' }
  })

  return {
    match(method, path) {
      const request = toRequest(method, encodeGreedyParameters(path))
      const operation = api.matchOperation(request)
      if (!operation?.operationId) return undefined
      const { params } = api.router.parseRequest(request, operation)
      return { operationId: operation.operationId, params: params as Record<string, string> }
    },

    validateRequest(operationId, { method, path, query, body }) {
      const operation = api.getOperation(operationId)
      if (!operation) return [`${operationId}: not in the OpenAPI subset`]
      const request = toRequest(method, encodeGreedyParameters(path), query, body)
      const result = api.validateRequest(request, operation)
      // Undeclared query parameters fail too: openapi-backend closes the query object.
      return (result.errors ?? []).map(error => `${operationId} request: ${describe(error)}`)
    },

    validateResponse(operationId, status, body) {
      const operation = api.getOperation(operationId)
      if (!operation) return [`${operationId}: not in the OpenAPI subset`]
      const declared = operation.responses as Record<
        string,
        { content?: Record<string, unknown> } | undefined
      >
      const response = declared[String(status)]
      if (!response) {
        // GitHub answers any operation with 4xx/5xx errors its description leaves out (404 on a
        // missing job, 410 on an expired log): those must still carry the basic error shape.
        if (status >= 400)
          return hasErrorShape(body) ? [] : [`${operationId} response ${status}: not an error object`]
        return [`${operationId} response: status ${status} is not declared`]
      }
      if (!response.content?.['application/json']) return []
      const result = api.validateResponse(body, operation, status)
      return (result.errors ?? []).map(error => `${operationId} response ${status}: ${describe(error)}`)
    }
  }
}

function withFormats(ajv: Ajv): Ajv {
  addFormats(ajv)
  // GitHub's own format for epoch seconds in x-ratelimit-reset.
  ajv.addFormat('timestamp', /^\d+$/)
  // GitHub answers with bot addresses such as 49699333+dependabot[bot]@users.noreply.github.com,
  // which ajv-formats' RFC 5322 subset rejects: accept what the real API sends.
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/)
  return ajv
}

/**
 * GitHub accepts raw slashes inside the trailing parameter of these routes (a file path, a
 * ref, a branch, a `base...head` pair); the router matches one segment per parameter, so the
 * tail is re-encoded before matching. Octokit already sends `%2F`.
 */
const GREEDY_TAIL = /^(\/repos\/[^/]+\/[^/]+\/(?:contents|git\/refs|branches|compare|commits))\/(.+)$/

export function encodeGreedyParameters(path: string): string {
  const match = GREEDY_TAIL.exec(path)
  if (!match) return path
  return `${match[1]}/${match[2].replaceAll('/', '%2F')}`
}

function describe(error: { instancePath?: string; message?: string; params?: unknown }): string {
  const where = error.instancePath || '/'
  return `${where} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params ?? {})}`
}

function hasErrorShape(body: unknown): boolean {
  return (
    typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string'
  )
}
