/**
 * A local stand-in for the GitHub Actions artifact backend that the real
 * `@actions/artifact` 6 client talks to: Azurite serves the blob side (Put Block /
 * Put Block List to a SAS URL), a small HTTP server answers the two Twirp RPCs
 * (CreateArtifact, FinalizeArtifact). `artifacts()` reads every finalized upload back
 * from Azurite and unzips it, so tests assert on the files the action really uploaded.
 *
 * Azurite is a Node process that takes seconds to start on a busy machine, so one serves
 * many services: each service has its own container. Under jest the e2e global setup starts
 * one per worker (AZURITE_URLS_ENV); elsewhere the first service of a process starts one.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { crc32, inflateRawSync } from 'node:zlib'
import {
  BlobSASPermissions,
  BlobServiceClient,
  type ContainerClient,
  generateBlobSASQueryParameters,
  SASProtocol,
  StorageSharedKeyCredential
} from '@azure/storage-blob'

/** Azurite's well-known development account (documented publicly; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1'
const DEV_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/'
const AZURITE_MAIN = fileURLToPath(new URL('../node_modules/azurite/dist/src/blob/main.js', import.meta.url))
/** JSON array of Azurite blob endpoints started by the test run's global setup, one per jest worker. */
export const AZURITE_URLS_ENV = 'WT_AZURITE_URLS'
const READINESS_POLL_MS = 100

export type ArtifactRpc = 'CreateArtifact' | 'FinalizeArtifact'

export interface ArtifactServiceOptions {
  /** Backend ids carried by the runtime token's `Actions.Results:<runId>:<jobId>` scope. */
  runBackendId?: string
  jobBackendId?: string
}

/** One artifact as the backend recorded it. */
export interface ArtifactUpload {
  name: string
  blobName: string
  finalized: boolean
  size?: number
  hash?: string
  id?: number
}

export interface ArtifactService {
  /** Environment the action process needs for `@actions/artifact`. */
  env: { ACTIONS_RUNTIME_TOKEN: string; ACTIONS_RESULTS_URL: string }
  /** Finalized artifacts, unzipped: artifact name -> file path -> UTF-8 text. */
  artifacts(): Promise<Record<string, Record<string, string>>>
  /** What the backend saw, finalized or not. */
  uploads(): ArtifactUpload[]
  /**
   * Answer the next `times` calls of `rpc` (default CreateArtifact) with `status` and a
   * Twirp error body. Use a 4xx: the client retries a 5xx for 25-35 s.
   */
  failNext(status: number, options?: { rpc?: ArtifactRpc; times?: number }): void
  close(): Promise<void>
}

export async function startArtifactService(options: ArtifactServiceOptions = {}): Promise<ArtifactService> {
  const runBackendId = options.runBackendId ?? randomUUID()
  const jobBackendId = options.jobBackendId ?? randomUUID()
  const token = unsignedJwt({
    scp: `Actions.GenericRead:${runBackendId} Actions.Results:${runBackendId}:${jobBackendId}`,
    exp: Math.floor(Date.now() / 1000) + 6 * 3600
  })

  const blobUrl = await sharedAzuriteUrl()
  const credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_ACCOUNT_KEY)
  const container = new BlobServiceClient(`${blobUrl}/${DEV_ACCOUNT}`, credential).getContainerClient(
    `artifacts-${randomUUID()}`
  )
  await container.create()
  let twirp: Server | undefined
  try {
    const backend = new ArtifactBackend(container, credential, token, { runBackendId, jobBackendId })
    twirp = createServer((req, res) => void backend.handle(req, res))
    const server = twirp
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    const { port } = server.address() as AddressInfo

    return {
      env: { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/` },
      artifacts: () => backend.readArtifacts(),
      uploads: () => backend.uploads.map(upload => ({ ...upload })),
      failNext: (status, fault = {}) =>
        backend.faults.push({ rpc: fault.rpc ?? 'CreateArtifact', status, remaining: fault.times ?? 1 }),
      close: async () => {
        server.closeAllConnections()
        await new Promise<void>(resolve => server.close(() => resolve()))
        await container.deleteIfExists()
      }
    }
  } catch (error) {
    twirp?.close()
    await container.deleteIfExists()
    throw error
  }
}

interface Fault {
  rpc: ArtifactRpc
  status: number
  remaining: number
}

class ArtifactBackend {
  readonly uploads: ArtifactUpload[] = []
  readonly faults: Fault[] = []

  constructor(
    private readonly container: ContainerClient,
    private readonly credential: StorageSharedKeyCredential,
    private readonly token: string,
    private readonly ids: { runBackendId: string; jobBackendId: string }
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const rpc = (req.url ?? '').startsWith(TWIRP_PREFIX) ? req.url!.slice(TWIRP_PREFIX.length) : ''
      if (req.method !== 'POST' || (rpc !== 'CreateArtifact' && rpc !== 'FinalizeArtifact')) {
        return twirpError(res, 404, 'bad_route', `no handler for ${req.method} ${req.url}`)
      }
      if (req.headers.authorization !== `Bearer ${this.token}`) {
        return twirpError(res, 401, 'unauthenticated', 'missing or wrong runtime token')
      }
      const fault = this.faults.find(candidate => candidate.rpc === rpc && candidate.remaining > 0)
      if (fault) {
        fault.remaining -= 1
        return twirpError(res, fault.status, twirpCodeFor(fault.status), `injected ${rpc} failure`)
      }
      const body = JSON.parse(await readBody(req)) as Record<string, unknown>
      if (body.workflow_run_backend_id !== this.ids.runBackendId) {
        return twirpError(res, 400, 'invalid_argument', 'workflow_run_backend_id does not match the token')
      }
      if (body.workflow_job_run_backend_id !== this.ids.jobBackendId) {
        return twirpError(
          res,
          400,
          'invalid_argument',
          'workflow_job_run_backend_id does not match the token'
        )
      }
      const name = typeof body.name === 'string' ? body.name : ''
      if (!name) return twirpError(res, 400, 'invalid_argument', 'name is required')
      return rpc === 'CreateArtifact' ? this.create(res, name) : this.finalize(res, name, body)
    } catch (error) {
      twirpError(res, 500, 'internal', error instanceof Error ? error.message : String(error))
    }
  }

  async readArtifacts(): Promise<Record<string, Record<string, string>>> {
    const result: Record<string, Record<string, string>> = {}
    for (const upload of this.uploads.filter(candidate => candidate.finalized)) {
      const zip = await this.container.getBlobClient(upload.blobName).downloadToBuffer()
      result[upload.name] = Object.fromEntries(
        [...readZip(zip)].map(([path, content]) => [path, content.toString('utf8')])
      )
    }
    return result
  }

  private create(res: ServerResponse, name: string): void {
    // Like the real service: one artifact per name and workflow run.
    if (this.uploads.some(upload => upload.name === name)) {
      return twirpError(
        res,
        409,
        'already_exists',
        'an artifact with this name already exists on the workflow run'
      )
    }
    const blobName = `${this.ids.runBackendId}/${this.uploads.length + 1}-${name}.zip`
    this.uploads.push({ name, blobName, finalized: false })
    const sas = generateBlobSASQueryParameters(
      {
        containerName: this.container.containerName,
        blobName,
        permissions: BlobSASPermissions.parse('rcw'),
        protocol: SASProtocol.HttpsAndHttp,
        expiresOn: new Date(Date.now() + 3600_000)
      },
      this.credential
    )
    const signedUploadUrl = `${this.container.getBlobClient(blobName).url}?${sas.toString()}`
    sendJson(res, 200, { ok: true, signed_upload_url: signedUploadUrl })
  }

  private async finalize(res: ServerResponse, name: string, body: Record<string, unknown>): Promise<void> {
    const upload = this.uploads.find(candidate => candidate.name === name)
    if (!upload) return twirpError(res, 404, 'not_found', `no artifact named ${name} was created`)
    const blob = this.container.getBlobClient(upload.blobName)
    if (!(await blob.exists()))
      return twirpError(res, 400, 'failed_precondition', `${name} has no uploaded blob`)
    const size = Number(body.size ?? 0)
    const actualSize = (await blob.getProperties()).contentLength
    if (size !== actualSize) {
      return twirpError(
        res,
        400,
        'invalid_argument',
        `size ${size} does not match the uploaded ${actualSize} bytes`
      )
    }
    upload.finalized = true
    upload.size = size
    upload.hash = typeof body.hash === 'string' ? body.hash : undefined
    upload.id = this.uploads.indexOf(upload) + 1
    sendJson(res, 200, { ok: true, artifact_id: String(upload.id) })
  }
}

/**
 * Reads a zip archive from its central directory (which holds the real sizes even when
 * the writer streamed entries with data descriptors, as archiver does). Stored and
 * deflated entries only; checks every entry's CRC-32. Directory entries are skipped.
 */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const end = findEndOfCentralDirectory(zip)
  const entryCount = zip.readUInt16LE(end + 10)
  const directoryOffset = zip.readUInt32LE(end + 16)
  if (entryCount === 0xffff || directoryOffset === 0xffffffff)
    throw new Error('ZIP64 archives are not supported')

  const files = new Map<string, Buffer>()
  let at = directoryOffset
  for (let index = 0; index < entryCount; index++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip: bad central directory entry at ${at}`)
    const method = zip.readUInt16LE(at + 10)
    const crc = zip.readUInt32LE(at + 16)
    const compressedSize = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const localOffset = zip.readUInt32LE(at + 42)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    at += 46 + nameLength + extraLength + commentLength
    if (name.endsWith('/')) continue

    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`zip: bad local header for ${name}`)
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28)
    const data = zip.subarray(dataStart, dataStart + compressedSize)
    const content = method === 0 ? Buffer.from(data) : method === 8 ? inflateRawSync(data) : undefined
    if (!content) throw new Error(`zip: ${name} uses unsupported compression method ${method}`)
    if (content.length !== size || crc32(content) !== crc)
      throw new Error(`zip: ${name} is corrupt (size or CRC)`)
    files.set(name, content)
  }
  return files
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff)
  for (let at = zip.length - 22; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) return at
  }
  throw new Error('zip: end of central directory not found (not a zip archive?)')
}

export interface Azurite {
  /** The blob endpoint, e.g. http://127.0.0.1:10000 (the account name follows in paths). */
  url: string
  stop(): Promise<void>
  /** Immediate and synchronous, for a process that is exiting. */
  kill(): void
  /** Lets this process exit while Azurite runs (it is then killed on exit). */
  unref(): void
}

let processAzurite: Promise<Azurite> | undefined

/** The Azurite this process uses: its jest worker's, else one started on first use and stopped at exit. */
async function sharedAzuriteUrl(): Promise<string> {
  const started = process.env[AZURITE_URLS_ENV]
  if (started) {
    const urls = JSON.parse(started) as string[]
    const worker = Number(process.env.JEST_WORKER_ID ?? '1')
    return urls[(worker - 1) % urls.length]
  }
  if (!processAzurite) {
    processAzurite = startAzurite()
    const azurite = await processAzurite
    // Nothing may keep a script alive after its work is done; the child dies with it.
    azurite.unref()
    process.once('exit', () => azurite.kill())
  }
  return (await processAzurite).url
}

/**
 * Starts Azurite's blob service on a free port and resolves once it answers HTTP. Readiness
 * is polled with no deadline: on a busy machine a start can take long, and only an exit of
 * the process is a failure.
 */
export async function startAzurite(): Promise<Azurite> {
  // In-memory persistence refuses --location; a scratch cwd keeps any stray file out of the repository.
  const scratch = mkdtempSync(join(tmpdir(), 'wt-azurite-'))
  const port = await freePort()
  const args = [
    AZURITE_MAIN,
    ...['--blobHost', '127.0.0.1', '--blobPort', String(port)],
    ...['--skipApiVersionCheck', '--disableTelemetry', '--inMemoryPersistence', '--silent']
  ]
  const child = spawn(process.execPath, args, { cwd: scratch, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const stop = async (): Promise<void> => {
    await terminate(child)
    rmSync(scratch, { recursive: true, force: true })
  }
  let running = true
  const exited = new Promise<never>((_, reject) => {
    child.once('error', error => {
      running = false
      reject(error)
    })
    child.once('exit', (code, signal) => {
      running = false
      reject(new Error(`Azurite exited (${signal ?? code}) before it answered: ${stderr}`))
    })
  })
  exited.catch(() => {})
  const url = `http://127.0.0.1:${port}`
  try {
    await Promise.race([exited, answersHttp(url, () => running)])
    return {
      url,
      stop,
      kill: () => child.kill('SIGKILL'),
      unref: () => {
        child.unref()
        ;(child.stderr as Socket).unref()
      }
    }
  } catch (error) {
    await stop()
    throw error
  }
}

async function answersHttp(url: string, running: () => boolean): Promise<void> {
  while (running()) {
    try {
      await fetch(url)
      return
    } catch {
      await sleep(READINESS_POLL_MS)
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const killer = setTimeout(() => child.kill('SIGKILL'), 3000)
  await exited
  clearTimeout(killer)
}

function unsignedJwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function twirpCodeFor(status: number): string {
  const codes: Record<number, string> = {
    400: 'invalid_argument',
    401: 'unauthenticated',
    403: 'permission_denied',
    404: 'not_found',
    409: 'already_exists',
    429: 'resource_exhausted',
    503: 'unavailable'
  }
  return codes[status] ?? 'internal'
}

/** Twirp errors are JSON; the client retries a body it cannot parse, so always send one. */
function twirpError(res: ServerResponse, status: number, code: string, msg: string): void {
  sendJson(res, status, { code, msg })
}
