/** Which injected fault, if any, a request meets, and the answer a status fault gives. */
import type { FaultRule } from '../scenario/types.js'
import type { Reply } from './reply.js'

export type FaultPlan = (method: string, path: string) => FaultRule | undefined

/**
 * Each rule counts the requests it matches: the first `after` go through, then it fires
 * `times` times (every time when unset). The first rule that fires wins.
 */
export function createFaultPlan(rules: FaultRule[]): FaultPlan {
  const compiled = rules.map(rule => ({ rule, pattern: new RegExp(rule.path), seen: 0, fired: 0 }))
  return (method, path) => {
    let chosen: FaultRule | undefined
    for (const entry of compiled) {
      const methodMatches =
        !entry.rule.method || entry.rule.method === '*' || entry.rule.method.toUpperCase() === method
      if (!methodMatches || !entry.pattern.test(path)) continue
      entry.seen += 1
      if (chosen || entry.seen <= (entry.rule.after ?? 0)) continue
      if (entry.rule.times !== undefined && entry.fired >= entry.rule.times) continue
      entry.fired += 1
      chosen = entry.rule
    }
    return chosen
  }
}

/** How the connection misbehaves, or undefined when the fault is an HTTP answer. */
export function connectionFault(rule: FaultRule): 'reset' | 'reset-mid-body' | undefined {
  return rule.kind === 'reset' || rule.kind === 'reset-mid-body' ? rule.kind : undefined
}

const MESSAGES: Record<number, string> = {
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  422: 'Validation Failed',
  429: 'Too Many Requests',
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
}

const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID.'

/** The HTTP answer of a status fault, shaped like GitHub's own error answers. */
export function faultReply(rule: FaultRule): Reply {
  const documentation_url = 'https://docs.github.com/rest'
  if (rule.kind === 'secondary-rate-limit') {
    return {
      status: rule.status ?? 403,
      body: {
        message: SECONDARY_RATE_LIMIT_MESSAGE,
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
      },
      headers: { 'retry-after': String(rule.retryAfter ?? 60) }
    }
  }
  const status = rule.status ?? 500
  return {
    status,
    body: {
      message: MESSAGES[status] ?? `Injected fault ${status}`,
      documentation_url,
      status: String(status)
    },
    headers: rule.retryAfter === undefined ? {} : { 'retry-after': String(rule.retryAfter) }
  }
}
