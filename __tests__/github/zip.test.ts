import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { DEFAULT_ARTIFACT_LIMITS, filesOfArchive, readCapped } from '../../src/github/artifacts.js'
import { readBoundedZip, ZipError, type ZipLimits } from '../../src/github/zip.js'
import { writeZip } from '../../testkit/zip.js'

const LIMITS: ZipLimits = { maxEntries: 10, maxFileBytes: 1000, maxTotalBytes: 1500 }
const xml = (path: string) => path.endsWith('.xml')

describe('readBoundedZip', () => {
  it('reads the wanted files of a deflated or stored archive, and only those', () => {
    const zip = writeZip([
      { path: 'reports/a.xml', content: '<testsuite/>' },
      { path: 'reports/b.xml', content: '<testsuites/>', stored: true },
      { path: 'reports/', content: '' },
      { path: 'reports/big.bin', content: Buffer.alloc(10_000) }
    ])
    const { files, skipped } = readBoundedZip(zip, xml, LIMITS)
    expect(files.map(file => [file.path, file.content.toString()])).toEqual([
      ['reports/a.xml', '<testsuite/>'],
      ['reports/b.xml', '<testsuites/>']
    ])
    expect(skipped).toEqual([])
  })

  it('skips a file whose declared size is over the file limit without inflating it', () => {
    const zip = writeZip([
      { path: 'huge.xml', content: Buffer.alloc(5_000, 0x20) },
      { path: 'small.xml', content: '<testsuite/>' }
    ])
    const { files, skipped } = readBoundedZip(zip, xml, LIMITS)
    expect(files.map(file => file.path)).toEqual(['small.xml'])
    expect(skipped).toEqual([
      { path: 'huge.xml', reason: expect.stringContaining('over the 1000-byte file limit') }
    ])
  })

  it('refuses a zip bomb whose header lies about its size: inflating stops at the declared size', () => {
    // 16 MB of zeros deflate to about 16 KB; the headers claim 100 bytes.
    const zip = writeZip([{ path: 'bomb.xml', content: Buffer.alloc(16 * 1024 * 1024), declaredSize: 100 }])
    expect(zip.length).toBeLessThan(100_000)
    const { files, skipped } = readBoundedZip(zip, xml, LIMITS)
    expect(files).toEqual([])
    expect(skipped).toEqual([{ path: 'bomb.xml', reason: 'inflates past its declared 100 bytes' }])
  })

  it('refuses a file that inflates to less than its declared size', () => {
    const zip = writeZip([{ path: 'short.xml', content: 'abc', declaredSize: 10 }])
    expect(readBoundedZip(zip, xml, LIMITS).skipped).toEqual([
      { path: 'short.xml', reason: 'inflates to 3 bytes, not the declared 10' }
    ])
  })

  it('stops at the total limit: later files are skipped', () => {
    const zip = writeZip(
      Object.fromEntries(['1', '2', '3'].map(name => [`${name}.xml`, Buffer.alloc(600, 0x41)]))
    )
    const { files, skipped } = readBoundedZip(zip, xml, LIMITS)
    expect(files.map(file => file.path)).toEqual(['1.xml', '2.xml'])
    expect(skipped).toEqual([{ path: '3.xml', reason: 'past the 1500-byte total limit' }])
  })

  it('refuses an archive listing more entries than the limit', () => {
    const zip = writeZip(Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`${index}.txt`, 'x'])))
    expect(() => readBoundedZip(zip, xml, LIMITS)).toThrow(
      new ZipError('the archive lists 11 entries (at most 10 are read)')
    )
  })

  it('skips a file whose CRC does not match', () => {
    const zip = writeZip([{ path: 'a.xml', content: '<testsuite/>', stored: true }])
    zip[zip.indexOf('<testsuite/>')] = 0x20
    expect(readBoundedZip(zip, xml, LIMITS).skipped).toEqual([
      { path: 'a.xml', reason: 'corrupt (CRC mismatch)' }
    ])
  })

  it('refuses what is not a zip archive', () => {
    expect(() => readBoundedZip(Buffer.from('<testsuite/>'), xml, LIMITS)).toThrow(ZipError)
    expect(() => readBoundedZip(Buffer.alloc(0), xml, LIMITS)).toThrow('not a zip archive')
  })

  it('never throws anything but a ZipError and never exceeds the limits, whatever the bytes', () => {
    const base = writeZip([
      { path: 'a.xml', content: '<testsuite>'.repeat(30) },
      { path: 'b.xml', content: 'x'.repeat(900), stored: true }
    ])
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.integer({ min: base.length - 60, max: base.length }),
        (changes, cut) => {
          const zip = Buffer.from(base)
          for (const [at, value] of changes) zip[at] = value
          try {
            const { files } = readBoundedZip(zip.subarray(0, cut), xml, LIMITS)
            const total = files.reduce((sum, file) => sum + file.content.length, 0)
            expect(total).toBeLessThanOrEqual(LIMITS.maxTotalBytes)
            for (const file of files) expect(file.content.length).toBeLessThanOrEqual(LIMITS.maxFileBytes)
          } catch (error) {
            expect(error).toBeInstanceOf(ZipError)
          }
        }
      )
    )
  })
})

describe('filesOfArchive', () => {
  it('gives UTF-8 files as text and skips binary ones', () => {
    const zip = writeZip({
      'junit.xml': '<testsuite name="é"/>',
      'binary.xml': Buffer.from([0x3c, 0x00, 0x3e]),
      'latin1.xml': Buffer.from([0x3c, 0xe9, 0x3e])
    })
    expect(filesOfArchive(zip, DEFAULT_ARTIFACT_LIMITS)).toEqual({
      ok: true,
      files: [{ path: 'junit.xml', text: '<testsuite name="é"/>' }],
      skipped: [
        { path: 'binary.xml', reason: 'binary' },
        { path: 'latin1.xml', reason: 'not UTF-8 text' }
      ]
    })
  })

  it('matches the file-name globs on base names', () => {
    const zip = writeZip({ 'a/TEST-one.xml': '1', 'b/two.xml': '2', 'TEST-three.txt': '3' })
    const result = filesOfArchive(zip, { ...DEFAULT_ARTIFACT_LIMITS, fileNames: ['TEST-*'] })
    expect(result).toMatchObject({
      ok: true,
      files: [{ path: 'a/TEST-one.xml' }, { path: 'TEST-three.txt' }]
    })
  })

  it('reports a malformed archive as a result', () => {
    expect(filesOfArchive(Buffer.from('PK garbage'), DEFAULT_ARTIFACT_LIMITS)).toEqual({
      ok: false,
      reason: 'malformed',
      detail: 'not a zip archive (no end of central directory)'
    })
  })
})

describe('readCapped', () => {
  async function* chunks(count: number, size: number) {
    for (let index = 0; index < count; index++) yield new Uint8Array(size)
  }

  it('reads a body within the cap', async () => {
    expect((await readCapped(chunks(3, 10), 30)).length).toBe(30)
  })

  it('stops reading as soon as the body passes the cap', async () => {
    let produced = 0
    async function* endless() {
      for (;;) {
        produced++
        yield new Uint8Array(1000)
      }
    }
    await expect(readCapped(endless(), 5000)).rejects.toThrow('over the 5000-byte limit')
    expect(produced).toBe(6)
  })
})
