/** Alerts, escalations and resolutions sent to Slack and a generic JSON webhook. */

export interface Notification {
  kind: 'alert' | 'escalation' | 'resolution' | 'remediation'
  repository: string
  workflow: string
  branch: string
  runUrl: string
  category?: string
  priority?: string
  issueUrl?: string
  /** One plain-text line, already redacted and free of mentions. */
  summary: string
}

interface NotifyTargets {
  slackWebhookUrl: string
  webhookUrl: string
}

export interface NotifyResult {
  target: 'slack' | 'webhook'
  ok: boolean
  detail: string
}

/** Slack's mrkdwn treats <, > and & specially: escape them so text cannot form links or mentions. */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function slackMessage(notification: Notification): Record<string, unknown> {
  const title = `${notification.kind}: ${notification.workflow} on ${notification.branch}`
  const facts = [
    notification.category && `*Category:* ${notification.category}`,
    notification.priority && `*Priority:* ${notification.priority}`
  ].filter(Boolean)
  const links = [
    `<${notification.runUrl}|run>`,
    notification.issueUrl && `<${notification.issueUrl}|issue>`
  ].filter(Boolean)
  return {
    text: slackEscape(`${title}: ${notification.summary}`),
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `*${slackEscape(title)}*\n${slackEscape(notification.summary)}` }
      },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: [...facts.map(String), ...links.map(String)].join('  ·  ') }]
      }
    ]
  }
}

/** Posts to each configured target with a timeout; failures are returned, never thrown. */
export async function notify(
  targets: NotifyTargets,
  notification: Notification,
  timeoutMs = 10000
): Promise<NotifyResult[]> {
  const sends: Promise<NotifyResult>[] = []
  if (targets.slackWebhookUrl)
    sends.push(post('slack', targets.slackWebhookUrl, slackMessage(notification), timeoutMs))
  if (targets.webhookUrl) {
    sends.push(
      post(
        'webhook',
        targets.webhookUrl,
        { source: 'workflow-triage', version: 1, ...notification },
        timeoutMs
      )
    )
  }
  return Promise.all(sends)
}

async function post(
  target: NotifyResult['target'],
  url: string,
  body: unknown,
  timeoutMs: number
): Promise<NotifyResult> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs)
    })
    await response.body?.cancel()
    return {
      target,
      ok: response.ok,
      detail: response.ok ? `HTTP ${response.status}` : `failed with HTTP ${response.status}`
    }
  } catch (error) {
    return { target, ok: false, detail: `failed: ${error instanceof Error ? error.message : String(error)}` }
  }
}
