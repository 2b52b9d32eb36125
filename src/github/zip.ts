/**
 * A bounded reader for zip archives a run uploaded (pure). An artifact is untrusted: its
 * headers may lie and a few kilobytes may inflate to gigabytes. Everything is read from the
 * central directory, every offset is checked against the buffer, only the wanted entries
 * are inflated, and zlib itself stops inflating at the size the directory declares
 * (`maxOutputLength`), so memory stays within the limits whatever the archive says.
 */
import { crc32, inflateRawSync } from 'node:zlib'

export interface ZipLimits {
  /** Entries the central directory may list; an archive with more is refused. */
  maxEntries: number
  /** Uncompressed bytes of one wanted file; a larger file is skipped. */
  maxFileBytes: number
  /** Uncompressed bytes of all wanted files together; files past it are skipped. */
  maxTotalBytes: number
}

export interface ZipEntryFile {
  path: string
  content: Buffer
}

export interface SkippedEntry {
  path: string
  reason: string
}

export interface ZipContents {
  files: ZipEntryFile[]
  skipped: SkippedEntry[]
}

/** The archive as a whole cannot be read (not a zip, truncated, zip64, too many entries). */
export class ZipError extends Error {}

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const END_RECORD_BYTES = 22
const DIRECTORY_ENTRY_BYTES = 46
const LOCAL_HEADER_BYTES = 30
const MAX_COMMENT_BYTES = 0xffff
const ZIP64_MARKER = 0xffffffff
const STORED = 0
const DEFLATED = 8
const ENCRYPTED_FLAG = 0x1
const CONTROL = /[\x00-\x1f\x7f]/g

export function readBoundedZip(
  zip: Buffer,
  wanted: (path: string) => boolean,
  limits: ZipLimits
): ZipContents {
  const end = endOfDirectory(zip)
  const entryCount = zip.readUInt16LE(end + 10)
  const directorySize = zip.readUInt32LE(end + 12)
  const directoryOffset = zip.readUInt32LE(end + 16)
  if (entryCount === 0xffff || directoryOffset === ZIP64_MARKER)
    throw new ZipError('zip64 archives are not read')
  if (entryCount > limits.maxEntries)
    throw new ZipError(`the archive lists ${entryCount} entries (at most ${limits.maxEntries} are read)`)
  if (directoryOffset + directorySize > end)
    throw new ZipError('the central directory lies outside the archive')

  const files: ZipEntryFile[] = []
  const skipped: SkippedEntry[] = []
  let totalBytes = 0
  let at = directoryOffset
  for (let index = 0; index < entryCount; index++) {
    if (at + DIRECTORY_ENTRY_BYTES > end || zip.readUInt32LE(at) !== DIRECTORY_ENTRY)
      throw new ZipError(`central directory entry ${index + 1} is malformed`)
    const flags = zip.readUInt16LE(at + 8)
    const method = zip.readUInt16LE(at + 10)
    const crc = zip.readUInt32LE(at + 16)
    const compressedSize = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const next =
      at + DIRECTORY_ENTRY_BYTES + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    if (next > end) throw new ZipError(`central directory entry ${index + 1} runs past the directory`)
    const localOffset = zip.readUInt32LE(at + 42)
    const path = zip
      .toString('utf8', at + DIRECTORY_ENTRY_BYTES, at + DIRECTORY_ENTRY_BYTES + nameLength)
      .replace(CONTROL, '')
    at = next
    if (path.endsWith('/') || !wanted(path)) continue

    const skip = (reason: string) => skipped.push({ path, reason })
    if (flags & ENCRYPTED_FLAG) skip('encrypted')
    else if (size === ZIP64_MARKER || compressedSize === ZIP64_MARKER) skip('zip64 entry')
    else if (method !== STORED && method !== DEFLATED) skip(`compression method ${method} is not read`)
    else if (size > limits.maxFileBytes)
      skip(`${size} bytes, over the ${limits.maxFileBytes}-byte file limit`)
    else if (totalBytes + size > limits.maxTotalBytes)
      skip(`past the ${limits.maxTotalBytes}-byte total limit`)
    else {
      const data = entryData(zip, localOffset, compressedSize, directoryOffset)
      if (typeof data === 'string') {
        skip(data)
        continue
      }
      const content = expand(data, method, size)
      if (typeof content === 'string') skip(content)
      else if (crc32(content) !== crc) skip('corrupt (CRC mismatch)')
      else {
        totalBytes += size
        files.push({ path, content })
      }
    }
  }
  return { files, skipped }
}

/** The end-of-central-directory record: the last signature whose comment ends the archive. */
function endOfDirectory(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - END_RECORD_BYTES - MAX_COMMENT_BYTES)
  for (let at = zip.length - END_RECORD_BYTES; at >= earliest; at--) {
    if (
      zip.readUInt32LE(at) === END_OF_DIRECTORY &&
      at + END_RECORD_BYTES + zip.readUInt16LE(at + 20) <= zip.length
    )
      return at
  }
  throw new ZipError('not a zip archive (no end of central directory)')
}

/** An entry's compressed bytes, which must lie before the central directory; or why not. */
function entryData(
  zip: Buffer,
  localOffset: number,
  compressedSize: number,
  directoryOffset: number
): Buffer | string {
  if (localOffset + LOCAL_HEADER_BYTES > directoryOffset || zip.readUInt32LE(localOffset) !== LOCAL_HEADER)
    return 'malformed (no local header)'
  const start =
    localOffset + LOCAL_HEADER_BYTES + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28)
  if (start + compressedSize > directoryOffset) return 'malformed (data runs past the archive)'
  return zip.subarray(start, start + compressedSize)
}

/** The entry's bytes, inflated no further than its declared size; or why they are refused. */
function expand(data: Buffer, method: number, size: number): Buffer | string {
  if (method === STORED) return data.length === size ? Buffer.from(data) : 'malformed (stored size differs)'
  let content: Buffer
  try {
    // One byte of slack tells a lying size (more data) from an exact one.
    content = inflateRawSync(data, { maxOutputLength: size + 1 })
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
      return `inflates past its declared ${size} bytes`
    return 'malformed (not valid deflate data)'
  }
  return content.length === size ? content : `inflates to ${content.length} bytes, not the declared ${size}`
}
