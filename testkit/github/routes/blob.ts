/**
 * The short-lived blob URL that GitHub's job-log endpoint redirects to. It lives outside the
 * REST API (no OpenAPI validation, no rate limit), serves the raw log bytes and honours
 * `Range` as blob storage does, so tail-only downloads can be tested.
 */
import type { Reply } from '../reply.js'
import { findJob, findRepo, logOf, type StandinState } from '../state.js'
import { blobSignature, JOB_LOG_BLOB_PREFIX } from './actions.js'

export { JOB_LOG_BLOB_PREFIX }

const textType = { 'content-type': 'text/plain; charset=utf-8' }

export type ByteRange = { start: number; end: number } | 'unsatisfiable' | undefined

/**
 * `bytes=a-b`, `bytes=a-` and the suffix form `bytes=-n`; undefined (serve it all) for no
 * header or a form blob storage would ignore (several ranges).
 */
export function parseRange(header: string | undefined, size: number): ByteRange {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null
  if (!match || (match[1] === '' && match[2] === '')) return undefined
  if (match[1] === '') {
    const suffix = Number(match[2])
    if (suffix === 0 || size === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(match[1])
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  if (start >= size || end < start) return 'unsatisfiable'
  return { start, end }
}

export function serveJobLog(
  state: StandinState,
  url: URL,
  rangeHeader: string | undefined,
  logsAsOctetStream: boolean
): Reply {
  const jobId = Number(url.pathname.slice(JOB_LOG_BLOB_PREFIX.length))
  const repository = url.searchParams.get('repository') ?? ''
  if (url.searchParams.get('sig') !== blobSignature(repository, jobId)) {
    return {
      status: 403,
      raw: Buffer.from('AuthenticationFailed: signature did not match'),
      headers: textType
    }
  }
  const [owner = '', name = ''] = repository.split('/')
  const repo = findRepo(state, owner, name)
  const location = repo && findJob(repo.scenario, jobId)
  const log = location && logOf(location)
  if (!location || !log) return { status: 404, raw: Buffer.from('BlobNotFound'), headers: textType }

  const octetStream = location.job.logContentType === 'application/octet-stream' || logsAsOctetStream
  const headers = {
    'content-type': octetStream ? 'application/octet-stream' : 'text/plain; charset=utf-8',
    'accept-ranges': 'bytes'
  }
  const range = parseRange(rangeHeader, log.length)
  if (range === 'unsatisfiable') {
    return {
      status: 416,
      raw: Buffer.alloc(0),
      headers: { ...headers, 'content-range': `bytes */${log.length}` }
    }
  }
  if (!range) return { status: 200, raw: log, headers }
  return {
    status: 206,
    raw: log.subarray(range.start, range.end + 1),
    headers: { ...headers, 'content-range': `bytes ${range.start}-${range.end}/${log.length}` }
  }
}
