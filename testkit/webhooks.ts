/**
 * A local receiver for the notifications the actions send: a Slack-style incoming
 * webhook (answers `ok` as text, like Slack) and a generic JSON webhook (answers 204).
 * Records every request in arrival order; `failWith` makes both answer that status.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface WebhookRequest {
  /** The full URL the client posted to. */
  url: string
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: unknown
}

export interface WebhookReceiver {
  /** Shaped like a Slack incoming-webhook URL (`/services/T…/B…/…`). */
  slackUrl: string
  genericUrl: string
  requests: WebhookRequest[]
  close(): Promise<void>
}

const SLACK_PATH = '/services/T0000TEST/B0000TEST/testkitwebhooksecret'
const GENERIC_PATH = '/hooks/workflow-triage'

export async function startWebhookReceiver(options: { failWith?: number } = {}): Promise<WebhookReceiver> {
  const requests: WebhookRequest[] = []
  let origin = ''
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const path = req.url ?? '/'
    if (req.method !== 'POST' || (path !== SLACK_PATH && path !== GENERIC_PATH)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no_service')
      return
    }
    requests.push({ url: `${origin}${path}`, body: parseJson(text) })
    if (options.failWith) {
      res.writeHead(options.failWith, { 'content-type': 'text/plain' }).end('injected_failure')
    } else if (path === SLACK_PATH) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')
    } else {
      res.writeHead(204).end()
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    slackUrl: `${origin}${SLACK_PATH}`,
    genericUrl: `${origin}${GENERIC_PATH}`,
    requests,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
