import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { crc32, deflateRawSync } from 'node:zlib'
import { readZip, startArtifactService, type ArtifactService } from '../../testkit/artifacts.js'

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Uploads the files under argv[2] as artifact argv[3] with the real client; prints the result. */
const UPLOADER = `
import { DefaultArtifactClient } from '@actions/artifact'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
const [dir, name] = process.argv.slice(2)
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name))
const result = await new DefaultArtifactClient().uploadArtifact(name, files, dir)
console.log('RESULT ' + JSON.stringify(result))
`

interface Upload {
  code: number
  stdout: string
  stderr: string
}

describe('artifact service with the real @actions/artifact client', () => {
  let service: ArtifactService
  let dir: string
  let uploader: string

  const upload = (filesDir: string, name: string): Promise<Upload> =>
    new Promise(resolve => {
      const env = { ...service.env, GITHUB_SERVER_URL: 'https://github.com', PATH: process.env.PATH ?? '' }
      execFile(process.execPath, [uploader, filesDir, name], { env }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
      )
    })

  beforeAll(async () => {
    // Inside the repository so the uploader resolves @actions/artifact from node_modules.
    mkdirSync(join(REPO_ROOT, '.scenario-out'), { recursive: true })
    dir = mkdtempSync(join(REPO_ROOT, '.scenario-out', 'artifacts-test-'))
    uploader = join(dir, 'upload.mjs')
    writeFileSync(uploader, UPLOADER)
    mkdirSync(join(dir, 'report/charts'), { recursive: true })
    writeFileSync(join(dir, 'report/health-report.json'), JSON.stringify({ version: 1, workflows: [] }))
    writeFileSync(join(dir, 'report/charts/score.svg'), '<svg>ünïcode ✓</svg>'.repeat(500))
    service = await startArtifactService({ runBackendId: 'run-1', jobBackendId: 'job-1' })
  })
  afterAll(async () => {
    await service?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('round-trips an uploaded zip through Azurite back to file contents', async () => {
    const result = await upload(join(dir, 'report'), 'health-report')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const reported = JSON.parse(/RESULT (.*)/.exec(result.stdout)![1]) as { id: number; digest: string }

    expect(await service.artifacts()).toEqual({
      'health-report': {
        'health-report.json': '{"version":1,"workflows":[]}',
        'charts/score.svg': '<svg>ünïcode ✓</svg>'.repeat(500)
      }
    })
    expect(service.uploads()).toEqual([
      expect.objectContaining({
        name: 'health-report',
        finalized: true,
        id: reported.id,
        hash: `sha256:${reported.digest}`
      })
    ])
  })

  it('refuses a second artifact with the same name in the run, as GitHub does', async () => {
    const result = await upload(join(dir, 'report'), 'health-report')
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain('(409)')
    expect(result.stderr).toContain('an artifact with this name already exists on the workflow run')
  })

  it('fails the next CreateArtifact with an injected status, then recovers', async () => {
    service.failNext(403)
    const failed = await upload(join(dir, 'report'), 'failed-once')
    expect(failed.code).not.toBe(0)
    expect(failed.stderr).toMatch(/Failed to CreateArtifact: .*\(403\).*injected CreateArtifact failure/)
    expect(Object.keys(await service.artifacts())).toEqual(['health-report'])

    const retried = await upload(join(dir, 'report'), 'failed-once')
    expect(retried.code).toBe(0)
    expect(Object.keys(await service.artifacts()).sort()).toEqual(['failed-once', 'health-report'])
  })

  it('rejects calls without the runtime token or with ids not in it', async () => {
    const url = `${service.env.ACTIONS_RESULTS_URL}twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact`
    const body = JSON.stringify({
      workflow_run_backend_id: 'run-1',
      workflow_job_run_backend_id: 'job-1',
      name: 'x'
    })
    const anonymous = await fetch(url, { method: 'POST', body })
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({ code: 'unauthenticated', msg: 'missing or wrong runtime token' })

    const authorization = `Bearer ${service.env.ACTIONS_RUNTIME_TOKEN}`
    const otherRun = await fetch(url, {
      method: 'POST',
      headers: { authorization },
      body: body.replace('run-1', 'run-2')
    })
    expect(otherRun.status).toBe(400)
    expect(((await otherRun.json()) as { msg: string }).msg).toMatch(/workflow_run_backend_id/)
  })

  it('puts the backend ids in the runtime token scope the client reads', () => {
    const claims = JSON.parse(
      Buffer.from(service.env.ACTIONS_RUNTIME_TOKEN.split('.')[1], 'base64url').toString()
    )
    expect(claims.scp.split(' ')).toContain('Actions.Results:run-1:job-1')
  })
})

/** A minimal zip writer: enough to feed readZip entries it must read or reject. */
function zip(entries: { name: string; content: string; method: 0 | 8; crc?: number }[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const content = Buffer.from(entry.content)
    const data = entry.method === 8 ? deflateRawSync(content) : content
    const name = Buffer.from(entry.name)
    const crc = entry.crc ?? crc32(content)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(entry.method, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(content.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(entry.method, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(content.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

describe('readZip', () => {
  it('reads stored and deflated entries and skips directories', () => {
    const files = readZip(
      zip([
        { name: 'dir/', content: '', method: 0 },
        { name: 'dir/a.txt', content: 'stored text', method: 0 },
        { name: 'b.json', content: '{"b":true}'.repeat(100), method: 8 }
      ])
    )
    expect([...files.keys()]).toEqual(['dir/a.txt', 'b.json'])
    expect(files.get('dir/a.txt')!.toString()).toBe('stored text')
    expect(files.get('b.json')!.toString()).toBe('{"b":true}'.repeat(100))
  })

  it('rejects a corrupt entry and data that is not a zip', () => {
    expect(() => readZip(zip([{ name: 'a.txt', content: 'text', method: 8, crc: 1234 }]))).toThrow(
      /a\.txt is corrupt/
    )
    expect(() => readZip(Buffer.from('not a zip archive at all, just text'))).toThrow(/not a zip archive/)
  })
})
