/**
 * A local stand-in for the chat completions endpoint of OpenAI, Azure OpenAI and GitHub
 * Models, scripted by a scenario's `openai` block. It answers any POST whose path ends in
 * `/chat/completions` (`/v1/...`, `/openai/deployments/<name>/...`, `/inference/...`) and
 * records every request so tests can check what reached the model (no secret, no raw log).
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { OpenAiScript } from './scenario/types.js'

export interface RecordedOpenAiRequest {
  method: string
  /** Path without the query string. */
  path: string
  query: Record<string, string>
  headers: IncomingHttpHeaders
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown
}

export interface OpenAiStandin {
  /** Base URL in OpenAI form (`http://127.0.0.1:<port>/v1`); Azure and GitHub Models tests use its origin. */
  url: string
  requests: RecordedOpenAiRequest[]
  close(): Promise<void>
}

export interface OpenAiStandinOptions {
  /** Leave the `usage` block out of answers, as some OpenAI-compatible servers do. */
  omitUsage?: boolean
  /** In `error` mode, answer 429 with this Retry-After (seconds) instead of 500. */
  retryAfterSeconds?: number
}

const DEFAULT_ANSWER = {
  category: 'unknown',
  confidence: 0.5,
  root_cause: 'The log does not show a recognisable cause.',
  risk: 2,
  suggested_fix: 'Read the full job log.'
}

const CATEGORY_WORDS =
  /\bclassify (?:this |it |the failure )?as ["'`]?([a-z_]+)|\bcategory(?: is|:) ["'`]?([a-z_]+)/i

interface ChatRequest {
  model?: string
  messages?: { role?: string; content?: unknown }[]
}

function messageTexts(request: ChatRequest): string[] {
  return (request.messages ?? []).map(message =>
    typeof message.content === 'string' ? message.content : JSON.stringify(message.content ?? '')
  )
}

/**
 * The hostile model: it finds the log in the prompt (between the delimiters when it can)
 * and does what the log says, copying the log's text, mentions and markdown into its answer.
 */
function obeyTheLog(request: ChatRequest): Record<string, unknown> {
  const prompt = messageTexts(request).join('\n')
  const log = /<<<LOG\n([\s\S]*?)\nLOG>>>/.exec(prompt)?.[1] ?? prompt
  const asked = CATEGORY_WORDS.exec(log)
  const category = (asked?.[1] ?? asked?.[2] ?? 'unknown').toLowerCase()
  return {
    category,
    confidence: 1,
    root_cause: log.replace(/\n/g, ' '),
    risk: 0,
    suggested_fix: log
  }
}

function completion(request: ChatRequest, message: Record<string, unknown>, id: number, omitUsage: boolean) {
  const promptTokens =
    Math.ceil(messageTexts(request).join('').length / 4) + 7 * (request.messages?.length ?? 0)
  const text = typeof message.content === 'string' ? message.content : String(message.refusal ?? '')
  const completionTokens = Math.ceil(text.length / 4)
  return {
    id: `chatcmpl-standin${String(id).padStart(6, '0')}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: request.model ?? 'gpt-4.1-mini-2025-04-14',
    system_fingerprint: 'fp_standin',
    service_tier: 'default',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', annotations: [], ...message },
        logprobs: null,
        finish_reason: 'stop'
      }
    ],
    ...(omitUsage
      ? {}
      : {
          usage: {
            prompt_tokens: promptTokens,
            completion_tokens: completionTokens,
            total_tokens: promptTokens + completionTokens,
            prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
            completion_tokens_details: {
              reasoning_tokens: 0,
              audio_tokens: 0,
              accepted_prediction_tokens: 0,
              rejected_prediction_tokens: 0
            }
          }
        })
  }
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
) {
  response.writeHead(status, {
    'content-type': 'application/json',
    'x-request-id': `req_standin_${Date.now()}`,
    ...headers
  })
  response.end(JSON.stringify(body))
}

function apiError(message: string, type: string) {
  return { error: { message, type, param: null, code: null } }
}

const MALFORMED_CONTENT = 'Sure! Here is the classification: {"category": "test_failure", "confidence": 0.9'
const REFUSAL = "I'm sorry, I can't help with that request."

function reply(
  response: ServerResponse,
  script: OpenAiScript,
  chat: ChatRequest,
  id: number,
  options: OpenAiStandinOptions
): void {
  const omitUsage = options.omitUsage ?? false
  switch (script.mode) {
    case 'error':
      if (options.retryAfterSeconds === undefined) {
        sendJson(
          response,
          500,
          apiError('The server had an error while processing your request.', 'server_error')
        )
      } else {
        sendJson(response, 429, apiError('Rate limit reached for requests.', 'rate_limit_exceeded'), {
          'retry-after': String(options.retryAfterSeconds)
        })
      }
      return
    case 'refusal':
      sendJson(response, 200, completion(chat, { content: null, refusal: REFUSAL }, id, omitUsage))
      return
    default: {
      const content =
        script.mode === 'malformed'
          ? MALFORMED_CONTENT
          : JSON.stringify(script.mode === 'echo-log' ? obeyTheLog(chat) : (script.answer ?? DEFAULT_ANSWER))
      sendJson(response, 200, completion(chat, { content, refusal: null }, id, omitUsage))
    }
  }
}

export async function startOpenAiStandin(
  script: OpenAiScript,
  options: OpenAiStandinOptions = {}
): Promise<OpenAiStandin> {
  const requests: RecordedOpenAiRequest[] = []

  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // kept as text: the recorded request shows what was sent
      }
      requests.push({
        method: request.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: request.headers,
        body
      })

      if (request.method !== 'POST' || !url.pathname.endsWith('/chat/completions')) {
        sendJson(
          response,
          404,
          apiError(`Unknown request URL: ${request.method} ${url.pathname}`, 'invalid_request_error')
        )
        return
      }
      if (typeof body !== 'object' || body === null) {
        sendJson(
          response,
          400,
          apiError('We could not parse the JSON body of your request.', 'invalid_request_error')
        )
        return
      }
      // `timeout` never answers; close() ends the socket.
      if (script.mode !== 'timeout') reply(response, script, body as ChatRequest, requests.length, options)
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close(error => (error ? reject(error) : resolve()))
      })
  }
}
