/**
 * Workflow run artifacts: how a listing reads, the limits an artifact's files are read
 * within, and the bounded download. GitHub answers an artifact download with a 302 to a
 * short-lived blob URL, like a job log; the archive is read only when the listing says it is
 * small enough, streamed with a byte cap (the listing may be wrong), then unzipped by the
 * bounded reader.
 */
import { matchesAny } from '../text/glob.js'
import type { ApiStats, Octokit } from './client.js'
import { httpStatus } from './logs.js'
import { readBoundedZip, ZipError, type SkippedEntry, type ZipLimits } from './zip.js'

export interface ArtifactInfo {
  id: number
  name: string
  /** The archive's size as the listing states it (checked again while downloading). */
  sizeInBytes: number
  expired: boolean
  createdAt: string | null
  /** The run that uploaded it (the repository listing names it; a run's own listing too). */
  workflowRun: { id: number; headBranch: string | null; headSha: string | null } | null
}

export interface ArtifactLimits extends ZipLimits {
  /** Archives larger than this are not downloaded. */
  maxZipBytes: number
  /** Globs on a file's base name (`*.xml`): only these files are inflated. */
  fileNames: readonly string[]
}

/** Generous for test reports (a large Surefire run writes a few megabytes), small for memory. */
export const DEFAULT_ARTIFACT_LIMITS: ArtifactLimits = {
  maxZipBytes: 10 * 1024 * 1024,
  maxEntries: 2000,
  maxFileBytes: 5 * 1024 * 1024,
  maxTotalBytes: 20 * 1024 * 1024,
  fileNames: ['*.xml']
}

export interface ArtifactFile {
  path: string
  text: string
}

/**
 * An artifact's wanted files as text. An expired, oversized or unreadable artifact is a
 * result, not an error, so a caller can fall back to the logs and say why.
 */
export type ArtifactFilesResult =
  | { ok: true; files: ArtifactFile[]; skipped: SkippedEntry[] }
  | { ok: false; reason: 'expired' | 'too-large' | 'malformed' | 'unavailable'; detail: string }

/** The fields of GitHub's artifact object this reads. */
export interface ApiArtifact {
  id: number
  name: string
  size_in_bytes: number
  expired: boolean
  created_at: string | null
  workflow_run?: { id?: number; head_branch?: string; head_sha?: string } | null
}

export function toArtifactInfo(artifact: ApiArtifact): ArtifactInfo {
  const run = artifact.workflow_run
  return {
    id: artifact.id,
    name: artifact.name,
    sizeInBytes: artifact.size_in_bytes,
    expired: artifact.expired,
    createdAt: artifact.created_at ?? null,
    workflowRun:
      run && typeof run.id === 'number'
        ? { id: run.id, headBranch: run.head_branch ?? null, headSha: run.head_sha ?? null }
        : null
  }
}

/** Why an artifact is not downloaded at all, judged from its listing; null when it may be. */
export function refusedBeforeDownload(
  artifact: ArtifactInfo,
  limits: ArtifactLimits
): Extract<ArtifactFilesResult, { ok: false }> | null {
  if (artifact.expired) return { ok: false, reason: 'expired', detail: 'the artifact has expired' }
  if (artifact.sizeInBytes > limits.maxZipBytes)
    return {
      ok: false,
      reason: 'too-large',
      detail: `the archive is ${artifact.sizeInBytes} bytes, over the ${limits.maxZipBytes}-byte limit`
    }
  return null
}

/** The wanted files of a downloaded archive, as UTF-8 text (a binary file is skipped). */
export function filesOfArchive(zip: Buffer, limits: ArtifactLimits): ArtifactFilesResult {
  let contents
  try {
    contents = readBoundedZip(
      zip,
      path => matchesAny(path.split('/').pop() ?? path, limits.fileNames),
      limits
    )
  } catch (error) {
    if (error instanceof ZipError) return { ok: false, reason: 'malformed', detail: error.message }
    throw error
  }
  const files: ArtifactFile[] = []
  const skipped = [...contents.skipped]
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for (const { path, content } of contents.files) {
    let text: string
    try {
      text = decoder.decode(content)
    } catch {
      skipped.push({ path, reason: 'not UTF-8 text' })
      continue
    }
    if (text.includes('\0')) skipped.push({ path, reason: 'binary' })
    else files.push({ path, text })
  }
  return { ok: true, files, skipped }
}

/** An archive larger than the limit that the listing claimed was within it. */
class ArchiveTooLarge extends Error {}

/** Downloads (302, then the pre-signed blob URL without our token) and reads an artifact. */
export async function downloadArtifactFiles(
  octokit: Octokit,
  stats: ApiStats,
  request: { owner: string; repo: string; artifact: ArtifactInfo; limits: ArtifactLimits }
): Promise<ArtifactFilesResult> {
  const { owner, repo, artifact, limits } = request
  const refused = refusedBeforeDownload(artifact, limits)
  if (refused) return refused
  let zip: Buffer
  try {
    const response = await octokit.request(
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      {
        owner,
        repo,
        artifact_id: artifact.id,
        archive_format: 'zip',
        request: { redirect: 'manual', parseSuccessResponseBody: false }
      }
    )
    const status = response.status as number
    const location = response.headers.location
    const body = response.data as unknown
    if (status >= 300 && status < 400 && location) {
      if (body && typeof (body as ReadableStream).cancel === 'function')
        await (body as ReadableStream).cancel()
      stats.requests++
      stats.byRoute['GET {blob}'] = (stats.byRoute['GET {blob}'] ?? 0) + 1
      const blob = await fetch(location)
      if (!blob.ok) {
        await blob.body?.cancel()
        return {
          ok: false,
          reason: blob.status === 404 || blob.status === 410 ? 'expired' : 'unavailable',
          detail: `the artifact storage answered HTTP ${blob.status}`
        }
      }
      zip = await readCapped(blob.body, limits.maxZipBytes)
    } else {
      zip = await readCapped(body as ReadableStream<Uint8Array> | null, limits.maxZipBytes)
    }
  } catch (error) {
    if (error instanceof ArchiveTooLarge) return { ok: false, reason: 'too-large', detail: error.message }
    const status = httpStatus(error)
    if (status === 410 || status === 404)
      return { ok: false, reason: 'expired', detail: `the artifact is no longer available (HTTP ${status})` }
    return {
      ok: false,
      reason: 'unavailable',
      detail: `the artifact download failed: ${status === undefined ? (error as Error).message : `HTTP ${status}`}`
    }
  }
  return filesOfArchive(zip, limits)
}

/** The whole body, refused as soon as it grows past `maxBytes` (the listing's size may be wrong). */
export async function readCapped(
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null,
  maxBytes: number
): Promise<Buffer> {
  if (body === null) return Buffer.alloc(0)
  const chunks: Buffer[] = []
  let length = 0
  // Leaving the loop by a throw cancels the stream: the rest is never received.
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    length += chunk.length
    if (length > maxBytes) throw new ArchiveTooLarge(`the archive is over the ${maxBytes}-byte limit`)
    chunks.push(Buffer.from(chunk))
  }
  return Buffer.concat(chunks)
}
