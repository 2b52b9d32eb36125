/**
 * The short-lived blob URLs that GitHub's job-log and artifact downloads redirect to. They
 * live outside the REST API (no OpenAPI validation, no rate limit), serve the raw bytes and
 * honour `Range` for logs as blob storage does, so tail-only downloads can be tested.
 */
import type { Reply } from '../reply.js'
import { archiveOf, findArtifact, findJob, findRepo, logOf, type StandinState } from '../state.js'
import { ARTIFACT_BLOB_PREFIX, blobSignature, JOB_LOG_BLOB_PREFIX } from './actions.js'

/** Every blob URL starts so. */
export const BLOB_PREFIX = '/_blob/'

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

const signatureMismatch: Reply = {
  status: 403,
  raw: Buffer.from('AuthenticationFailed: signature did not match'),
  headers: textType
}

/** A log or an artifact archive, by the blob URL's prefix. */
export function serveBlob(
  state: StandinState,
  url: URL,
  rangeHeader: string | undefined,
  logsAsOctetStream: boolean
): Reply {
  if (url.pathname.startsWith(ARTIFACT_BLOB_PREFIX)) return serveArtifact(state, url)
  return serveJobLog(state, url, rangeHeader, logsAsOctetStream)
}

export function serveArtifact(state: StandinState, url: URL): Reply {
  const id = Number(url.pathname.slice(ARTIFACT_BLOB_PREFIX.length))
  const repository = url.searchParams.get('repository') ?? ''
  if (url.searchParams.get('sig') !== blobSignature(repository, `artifact:${id}`)) return signatureMismatch
  const [owner = '', name = ''] = repository.split('/')
  const repo = findRepo(state, owner, name)
  const location = repo && findArtifact(repo.scenario, id)
  if (!location) return { status: 404, raw: Buffer.from('BlobNotFound'), headers: textType }
  return { status: 200, raw: archiveOf(location.artifact), headers: { 'content-type': 'application/zip' } }
}

export function serveJobLog(
  state: StandinState,
  url: URL,
  rangeHeader: string | undefined,
  logsAsOctetStream: boolean
): Reply {
  const jobId = Number(url.pathname.slice(JOB_LOG_BLOB_PREFIX.length))
  const repository = url.searchParams.get('repository') ?? ''
  if (url.searchParams.get('sig') !== blobSignature(repository, jobId)) return signatureMismatch
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
