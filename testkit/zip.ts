/**
 * A small zip writer for the stand-in's artifacts and for tests of the bounded reader: deflated
 * (or stored) entries with local headers, a central directory and its end record, as
 * upload-artifact writes them. `declaredSize` lets a test write a header that lies.
 */
import { crc32, deflateRawSync } from 'node:zlib'

export interface ZipEntryInput {
  path: string
  content: string | Buffer
  /** Store instead of deflate. */
  stored?: boolean
  /** The uncompressed size written in the headers (default: the real one). */
  declaredSize?: number
}

export function writeZip(entries: ZipEntryInput[] | Record<string, string | Buffer>): Buffer {
  const list: ZipEntryInput[] = Array.isArray(entries)
    ? entries
    : Object.entries(entries).map(([path, content]) => ({ path, content }))
  const locals: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const entry of list) {
    const content = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content
    const data = entry.stored ? content : deflateRawSync(content)
    const name = Buffer.from(entry.path, 'utf8')
    const crc = crc32(content)
    const size = entry.declaredSize ?? content.length
    const method = entry.stored ? 0 : 8
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    directory.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directoryBytes = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(list.length, 8)
  end.writeUInt16LE(list.length, 10)
  end.writeUInt32LE(directoryBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directoryBytes, end])
}
