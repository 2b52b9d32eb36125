import type { ApiStats, Octokit } from './client.js'

interface LogTail {
  /** The last `maxBytes` of the log, decoded as UTF-8 (invalid bytes replaced), starting at a line boundary. */
  text: string
  /** Bytes received from the server. */
  bytesRead: number
  /** True when the log was longer than what was kept. */
  truncated: boolean
}

export type LogResult =
  { ok: true; tail: LogTail } | { ok: false; reason: 'expired' | 'unavailable'; detail: string }

interface LogRequest {
  owner: string
  repo: string
  jobId: number
  maxBytes: number
}

/**
 * Reads the tail of a job log with bounded memory. GitHub answers the logs endpoint
 * with a 302 to a short-lived blob URL; we ask that URL for a suffix range, and when
 * the server ignores the range we stream the whole body through a tail buffer.
 * A reset in the middle of the body is retried once; an expired log (410/404) is
 * reported, not thrown, so triage can fall back to annotations.
 */
export async function downloadLogTail(
  octokit: Octokit,
  stats: ApiStats,
  request: LogRequest
): Promise<LogResult> {
  let lastError = ''
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      return { ok: true, tail: await fetchTail(octokit, stats, request) }
    } catch (error) {
      const status = httpStatus(error)
      if (status === 410 || status === 404) {
        return { ok: false, reason: 'expired', detail: `the log is no longer available (HTTP ${status})` }
      }
      if (status !== undefined && status < 500 && status !== 429) {
        return { ok: false, reason: 'unavailable', detail: `the log request failed (HTTP ${status})` }
      }
      lastError = error instanceof Error ? error.message : String(error)
    }
  }
  return { ok: false, reason: 'unavailable', detail: `the log download failed twice: ${lastError}` }
}

/** The HTTP status of an Octokit RequestError (or undefined for network errors). */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

async function fetchTail(
  octokit: Octokit,
  stats: ApiStats,
  { owner, repo, jobId, maxBytes }: LogRequest
): Promise<LogTail> {
  const response = await octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
    owner,
    repo,
    job_id: jobId,
    request: { redirect: 'manual', parseSuccessResponseBody: false }
  })
  const status = response.status as number
  const location = response.headers.location
  if (status >= 300 && status < 400 && location) {
    await cancel(response.data)
    stats.requests++
    stats.byRoute['GET {blob}'] = (stats.byRoute['GET {blob}'] ?? 0) + 1
    // The blob URL is pre-signed: it must not receive our token.
    const blob = await fetch(location, { headers: { range: `bytes=-${maxBytes}` } })
    if (!blob.ok) {
      await blob.body?.cancel()
      throw new Error(`the log storage answered HTTP ${blob.status}`)
    }
    const rangeHonoured = blob.status === 206
    const tail = await readTail(blob.body, maxBytes)
    const totalFromRange = Number(/\/(\d+)$/.exec(blob.headers.get('content-range') ?? '')?.[1] ?? NaN)
    const truncated = rangeHonoured ? totalFromRange > tail.bytesRead : tail.truncated
    return decodeTail(tail.bytes, tail.bytesRead, truncated)
  }
  const body = response.data as unknown
  if (typeof body === 'string' || body instanceof ArrayBuffer) {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body)
    const kept = bytes.subarray(Math.max(0, bytes.length - maxBytes))
    return decodeTail(kept, bytes.length, kept.length < bytes.length)
  }
  const tail = await readTail(body as ReadableStream<Uint8Array> | null, maxBytes)
  return decodeTail(tail.bytes, tail.bytesRead, tail.truncated)
}

async function cancel(body: unknown): Promise<void> {
  if (body && typeof (body as ReadableStream).cancel === 'function') await (body as ReadableStream).cancel()
}

/** Keeps only the last `maxBytes` of a stream; memory stays within about 2 x maxBytes. */
async function readTail(
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null,
  maxBytes: number
): Promise<{ bytes: Buffer; bytesRead: number; truncated: boolean }> {
  if (!body) return { bytes: Buffer.alloc(0), bytesRead: 0, truncated: false }
  const chunks: Buffer[] = []
  let kept = 0
  let bytesRead = 0
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    bytesRead += chunk.length
    chunks.push(Buffer.from(chunk))
    kept += chunk.length
    while (chunks.length > 1 && kept - chunks[0].length >= maxBytes) kept -= chunks.shift()!.length
    if (kept > 2 * maxBytes) {
      const merged = Buffer.concat(chunks).subarray(kept - maxBytes)
      chunks.length = 0
      chunks.push(Buffer.from(merged))
      kept = merged.length
    }
  }
  const all = Buffer.concat(chunks)
  const bytes = all.subarray(Math.max(0, all.length - maxBytes))
  return { bytes, bytesRead, truncated: bytesRead > bytes.length }
}

/** The text of a log tail; the first line of a tail cut from a longer log is a fragment and dropped. */
export function decodeTail(bytes: Buffer, bytesRead: number, truncated: boolean): LogTail {
  let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
  if (truncated) {
    // The first line is probably cut in half: drop it rather than classify a fragment.
    const newline = text.indexOf('\n')
    if (newline >= 0 && newline < text.length - 1) text = text.slice(newline + 1)
  }
  return { text, bytesRead, truncated }
}
