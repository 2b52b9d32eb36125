/** What a route handler gets and gives back, and the GitHub conventions every route shares. */
import type { Site } from './model.js'
import type { RepoState, StandinState } from './state.js'

export interface Reply {
  status: number
  /** A JSON body. */
  body?: unknown
  /** Or raw bytes (the log blob). */
  raw?: Buffer
  headers?: Record<string, string>
}

export interface RouteContext {
  state: StandinState
  site: Site
  /** The repository the path names (every route under /repos/{owner}/{repo}). */
  repo: RepoState
  params: Record<string, string>
  query: Record<string, string>
  body: unknown
  /** The request path without the query, for Link headers. */
  path: string
}

export type Route = (context: RouteContext) => Reply

const DOCS = 'https://docs.github.com/rest'

export function json(body: unknown, status = 200): Reply {
  return { status, body }
}

export function noContent(): Reply {
  return { status: 204 }
}

export function error(status: number, message: string, extra: Record<string, unknown> = {}): Reply {
  return { status, body: { message, documentation_url: DOCS, status: String(status), ...extra } }
}

export function notFound(): Reply {
  return error(404, 'Not Found')
}

/** 422 the way GitHub words validation failures. */
export function validationFailed(message: string, resource: string, field: string, code: string): Reply {
  return error(422, message, { errors: [{ resource, field, code }] })
}

const DEFAULT_PER_PAGE = 30
const MAX_PER_PAGE = 100

/**
 * One page of `items` (GitHub's `per_page`/`page`, default 30, at most 100) and its `Link`
 * header with next/last (and prev/first past the first page), as api.github.com sends it.
 */
export function paginate<T>(
  context: RouteContext,
  items: T[]
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(context.query.per_page) || DEFAULT_PER_PAGE))
  const page = Math.max(1, Number(context.query.page) || 1)
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))
  const pageUrl = (target: number) => {
    const query = new URLSearchParams({ ...context.query, per_page: String(perPage), page: String(target) })
    return `<${context.site.api}${context.path}?${query}>`
  }
  const links: string[] = []
  if (page < lastPage) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(lastPage)}; rel="last"`)
  if (page > 1)
    links.push(`${pageUrl(Math.min(page - 1, lastPage))}; rel="prev"`, `${pageUrl(1)}; rel="first"`)
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {}
  }
}

/** A paginated JSON array (issues, branches, labels...). */
export function pagedList<T>(context: RouteContext, items: T[]): Reply {
  const { page, headers } = paginate(context, items)
  return { status: 200, body: page, headers }
}

/** A paginated `{ total_count, <key>: [...] }` answer (workflows, runs, jobs). */
export function pagedCollection<T>(context: RouteContext, key: string, items: T[]): Reply {
  const { page, headers } = paginate(context, items)
  return { status: 200, body: { total_count: items.length, [key]: page }, headers }
}
