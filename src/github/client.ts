import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type Octokit = ReturnType<typeof getOctokit>

/** What the gateway did, for the reports: every HTTP request is counted, retries too. */
export interface ApiStats {
  requests: number
  writes: number
  rateLimited: number
  failures: number
  byRoute: Record<string, number>
}

export interface ClientOptions {
  baseUrl?: string
  /** Where retry/rate-limit notes go (core.info / core.warning in the actions). */
  log?: (message: string) => void
  /** Longest wait the client accepts for a rate limit before giving up, in seconds. */
  maxRetryAfterSeconds?: number
}

export function newApiStats(): ApiStats {
  return { requests: 0, writes: 0, rateLimited: 0, failures: 0, byRoute: {} }
}

type Fetch = (url: string | URL | Request, init?: RequestInit) => Promise<Response>

/**
 * Octokit from @actions/github (proxy-aware fetch) with the official retry and
 * throttling plugins. Rate limits are retried twice when GitHub asks for a wait we
 * can afford; 5xx and resets are retried by plugin-retry.
 */
export function createClient(
  token: string,
  options: ClientOptions = {}
): { octokit: Octokit; stats: ApiStats; readQuery: ReadQuery } {
  const stats = newApiStats()
  const log = options.log ?? (() => {})
  const maxWait = options.maxRetryAfterSeconds ?? 90
  const baseFetch = (defaults.request?.fetch ?? fetch) as Fetch
  const countingFetch: Fetch = async (url, init) => {
    stats.requests++
    const method = (init?.method ?? 'GET').toUpperCase()
    if (method !== 'GET' && method !== 'HEAD') stats.writes++
    const route = `${method} ${routeOf(String(url))}`
    stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1
    try {
      const response = await baseFetch(url, init)
      if (response.status >= 500) stats.failures++
      return response
    } catch (error) {
      stats.failures++
      throw hostNotFound(error, String(url)) ?? error
    }
  }
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      stats.rateLimited++
      const retrying = retryCount < 2 && retryAfter <= maxWait
      log(
        `${kind} on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter}s` : 'giving up'} (attempt ${retryCount + 1})`
      )
      return retrying
    }
  const common = {
    baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
    request: { ...defaults.request, fetch: countingFetch },
    retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 451] }
  }
  const octokit = getOctokit(
    token,
    {
      ...common,
      throttle: { onRateLimit: onLimit('Rate limit'), onSecondaryRateLimit: onLimit('Secondary rate limit') }
    },
    retry,
    throttling
  )
  // The throttling plugin paces every GraphQL request a second apart, as it must for a
  // mutation; read-only queries (paged listings) would pay that second per page for nothing.
  const readQuery: ReadQuery = getOctokit(token, common, retry).graphql
  return { octokit, stats, readQuery }
}

/**
 * A host name that does not resolve will not resolve seconds later either, so such a failure is
 * reported at once rather than after the retries (which would also call it "HTTP 500").
 * @octokit/request passes an error named AbortError through without wrapping it as a
 * RequestError, and plugin-retry only retries RequestErrors: that name is what stops the retries.
 */
function hostNotFound(error: unknown, url: string): Error | null {
  const code = (error as { cause?: { code?: unknown } })?.cause?.code
  if (code !== 'ENOTFOUND' && code !== 'EAI_AGAIN') return null
  let host = url
  try {
    host = new URL(url).host
  } catch {
    // the URL as given names the host well enough
  }
  const unresolved = new Error(
    `cannot reach ${host}: the host name does not resolve (${code}); check the network and GITHUB_API_URL`,
    { cause: error }
  )
  unresolved.name = 'AbortError'
  return unresolved
}

/** A GraphQL client for queries only (never mutations): retried, counted, not paced like writes. */
export type ReadQuery = Octokit['graphql']

/** `/repos/o/r/actions/jobs/123/logs` -> `/repos/{owner}/{repo}/actions/jobs/{id}/logs`, for counting by route. */
export function routeOf(url: string): string {
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    path = url.split('?')[0]
  }
  return path
    .replace(/^\/repos\/[^/]+\/[^/]+/, '/repos/{owner}/{repo}')
    .replace(/\/\d+(?=\/|$)/g, '/{id}')
    .replace(/\/git\/refs\/.+$/, '/git/refs/{ref}')
    .replace(/\/(branches|labels|contents|compare|commits)\/.+$/, '/$1/{name}')
    .replace(/\/collaborators\/[^/]+\/permission$/, '/collaborators/{user}/permission')
}
