/**
 * The HTTP side of the GitHub stand-in: node:http on 127.0.0.1, routing through the OpenAPI
 * subset, fault injection and latency, GitHub's headers (rate limit, request id, Link), and
 * validation of every API request and response. Problems are recorded in `violations`, never
 * answered with an error of the stand-in's own, so the client sees what GitHub would send.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FaultRule, ScenarioRepository, ScenarioResult } from '../scenario/types.js'
import { connectionFault, createFaultPlan, faultReply } from './faults.js'
import type { Site } from './model.js'
import { notFound, type Reply, type Route, type RouteContext } from './reply.js'
import { actionsRoutes } from './routes/actions.js'
import { BLOB_PREFIX, serveBlob } from './routes/blob.js'
import { answerGraphql } from './routes/graphql.js'
import { issuesRoutes } from './routes/issues.js'
import { reposRoutes } from './routes/repos.js'
import { createState, findRepo, snapshotOf, type StandinState } from './state.js'
import { loadValidator } from './validator.js'

export interface StandinOptions {
  /** Added before every answer, in milliseconds. */
  latencyMs?: number
  faults?: FaultRule[]
  /** Serve every job log as application/octet-stream instead of text/plain. */
  logsAsOctetStream?: boolean
  /** Fixed time stamped on everything created or changed. */
  now?: string
  /**
   * Lets a test change an API answer before it is validated and sent (e.g. to prove that a
   * malformed response is caught). Returns the body to send.
   */
  transformResponse?: (operationId: string, body: unknown) => unknown
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  /** The status sent; 0 when the connection was reset before any answer. */
  status: number
  body: unknown
}

export interface GitHubStandin {
  /** API base, e.g. http://127.0.0.1:PORT (GraphQL at `${url}/graphql`). */
  url: string
  requests: RecordedRequest[]
  violations: string[]
  /** Every request that changes something (non-GET, GraphQL queries excepted), in order. */
  writes(): ScenarioResult['writes']
  snapshot(): Pick<ScenarioResult, 'issues' | 'pullRequests' | 'deletedRefs' | 'reruns'>
  /** The live state: tests may read or change it between requests. */
  state: StandinState
  close(): Promise<void>
}

const ROUTES: Record<string, Route> = { ...actionsRoutes, ...reposRoutes, ...issuesRoutes }
const RATE_LIMIT = 5000
const RATE_LIMIT_WINDOW_SECONDS = 3600

export async function startGitHubStandin(
  repositories: ScenarioRepository | ScenarioRepository[],
  options: StandinOptions = {}
): Promise<GitHubStandin> {
  const validator = await loadValidator()
  const state = createState(Array.isArray(repositories) ? repositories : [repositories], options.now)
  const requests: RecordedRequest[] = []
  const violations: string[] = []
  const writes: ScenarioResult['writes'] = []
  const faults = createFaultPlan(options.faults ?? [])
  const budget = new RateBudget()
  let requestCount = 0
  const site: Site = { api: '', web: 'https://github.com' }

  const server = createServer((req, res) => {
    handle(req, res).catch(problem => {
      violations.push(`stand-in failure on ${req.method} ${req.url}: ${(problem as Error).stack ?? problem}`)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: 'Server Error' }))
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    const url = new URL(req.url ?? '/', site.api)
    const method = (req.method ?? 'GET').toUpperCase()
    const query = Object.fromEntries(url.searchParams)
    const body = parseJson(raw)
    const record: RecordedRequest = { method, path: url.pathname, query, status: 0, body }
    requests.push(record)
    const isBlob = url.pathname.startsWith(BLOB_PREFIX)
    const isGraphql = url.pathname === '/graphql'
    if (method !== 'GET' && !(isGraphql && !isMutation(body)))
      writes.push({ method, path: url.pathname, body })

    if (options.latencyMs) await sleep(options.latencyMs)
    const fault = faults(method, url.pathname)
    if (fault && connectionFault(fault) === 'reset') {
      req.socket.destroy()
      return
    }
    const reply =
      fault && !connectionFault(fault)
        ? faultReply(fault)
        : isBlob
          ? serveBlob(state, url, req.headers.range, options.logsAsOctetStream ?? false)
          : isGraphql
            ? graphql(method, body)
            : api(method, url, query, body)
    requestCount += 1
    const headers: Record<string, string> = isBlob
      ? { ...reply.headers }
      : {
          'content-type': 'application/json; charset=utf-8',
          'x-github-media-type': 'github.v3; format=json',
          'x-github-request-id': requestId(requestCount),
          // Asking for the rate limit is free on GitHub.
          ...budget.headers(isGraphql ? 'graphql' : 'core', url.pathname !== '/rate_limit'),
          ...reply.headers
        }
    const payload =
      reply.raw ?? (reply.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(reply.body)))
    if (reply.body === undefined && !reply.raw) delete headers['content-type']
    headers['content-length'] = String(payload.length)
    record.status = reply.status
    res.writeHead(reply.status, headers)
    if (fault && connectionFault(fault) === 'reset-mid-body') {
      res.write(payload.subarray(0, Math.floor(payload.length / 2)), () => req.socket.destroy())
      return
    }
    res.end(payload)
  }

  function graphql(method: string, body: unknown): Reply {
    if (method !== 'POST') return notFound()
    const answer = answerGraphql(state, body)
    if (answer.problem) violations.push(answer.problem)
    return answer.reply
  }

  function api(method: string, url: URL, query: Record<string, string>, body: unknown): Reply {
    const matched = validator.match(method, url.pathname)
    if (!matched) {
      violations.push(`unknown route: ${method} ${url.pathname}`)
      return notFound()
    }
    const { operationId, params } = matched
    violations.push(...validator.validateRequest(operationId, { method, path: url.pathname, query, body }))
    const reply =
      operationId === 'rate-limit/get'
        ? { status: 200, body: budget.overview() }
        : route(operationId, params, query, body, url)
    if (options.transformResponse && reply.body !== undefined) {
      reply.body = options.transformResponse(operationId, reply.body)
    }
    violations.push(...validator.validateResponse(operationId, reply.status, reply.body))
    return reply
  }

  function route(
    operationId: string,
    params: Record<string, string>,
    query: Record<string, string>,
    body: unknown,
    url: URL
  ): Reply {
    const handler = ROUTES[operationId]
    if (!handler) {
      violations.push(`${operationId}: in the OpenAPI subset but not served`)
      return notFound()
    }
    const repo = findRepo(state, params.owner ?? '', params.repo ?? '')
    if (!repo) return notFound()
    const context: RouteContext = {
      state,
      site,
      repo,
      params,
      query,
      body,
      path: url.pathname
    }
    return handler(context)
  }

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  site.api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: site.api,
    requests,
    violations,
    state,
    writes: () => writes.map(write => ({ ...write })),
    snapshot: () => snapshotOf(state),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close(problem => (problem ? reject(problem) : resolve()))
      })
  }
}

/** GitHub's rate limit: a budget per resource that every API request spends, reset hourly. */
class RateBudget {
  private readonly used: Record<string, number> = { core: 0, graphql: 0, search: 0 }
  private readonly reset = Math.floor(Date.now() / 1000) + RATE_LIMIT_WINDOW_SECONDS

  headers(resource: 'core' | 'graphql', spend: boolean): Record<string, string> {
    if (spend) this.used[resource] += 1
    const { limit, remaining, reset, used } = this.of(resource)
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': resource
    }
  }

  overview() {
    const resources = { core: this.of('core'), graphql: this.of('graphql'), search: this.of('search') }
    return { resources, rate: resources.core }
  }

  private of(resource: string) {
    const used = this.used[resource] ?? 0
    return { limit: RATE_LIMIT, used, remaining: Math.max(0, RATE_LIMIT - used), reset: this.reset }
  }
}

function requestId(sequence: number): string {
  const hex = sequence.toString(16).toUpperCase().padStart(8, '0')
  return `C0DE:${hex.slice(0, 4)}:${hex}:${hex.slice(4)}:6700${hex.slice(-4)}`
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return undefined
  try {
    return JSON.parse(raw.toString('utf8'))
  } catch {
    return raw.toString('utf8')
  }
}

function isMutation(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query
  return typeof query === 'string' && /^\s*mutation\b/.test(query)
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
