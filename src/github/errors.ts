/** How an error of a GitHub request reads in warnings, problems and reports. */
import { redactSecrets } from '../classify/redact.js'

/** An API error as `GET /repos/o/r/... answered HTTP 503: Service Unavailable` (no query: it may hold names). */
export function describeError(error: unknown): string {
  const { status, request, message } = (error ?? {}) as {
    status?: unknown
    request?: { method?: unknown; url?: unknown }
    message?: unknown
  }
  const text = redactSecrets(typeof message === 'string' ? message : String(error))
  if (typeof status !== 'number' || typeof request?.url !== 'string') return text
  let path: string
  try {
    path = new URL(request.url).pathname
  } catch {
    path = request.url.split('?')[0]
  }
  const reason = text.replace(/ - https:\/\/docs\.github\.com\S*$/, '')
  return `${String(request.method ?? 'GET')} ${redactSecrets(path)} answered HTTP ${status}: ${reason}`
}
