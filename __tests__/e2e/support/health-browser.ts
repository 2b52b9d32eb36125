/**
 * Headless Chromium for the HTML report test: the DOM it renders and a screenshot, plus
 * a minimal PNG reader (8-bit RGB/RGBA, not interlaced: what Chromium writes) to count
 * the pixels of a colour, so the test can tell painted charts from a blank page.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { inflateSync } from 'node:zlib'

export const CHROMIUM = '/usr/bin/chromium'

/** Absent Chromium fails the test unless WORKFLOW_TRIAGE_SKIP_BROWSER=1 says to skip it. */
export function browserAvailability(): 'present' | 'skip' | 'missing' {
  if (existsSync(CHROMIUM)) return 'present'
  return process.env.WORKFLOW_TRIAGE_SKIP_BROWSER === '1' ? 'skip' : 'missing'
}

function chromium(args: string[]): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'wt-chromium-'))
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    ...args
  ]
  return new Promise((resolve, reject) => {
    execFile(CHROMIUM, flags, { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      rmSync(profile, { recursive: true, force: true })
      if (error) reject(new Error(`chromium failed: ${error.message}\n${stderr}`))
      else resolve(stdout)
    })
  })
}

/** The DOM Chromium built from the file, serialised. */
export function dumpDom(file: string): Promise<string> {
  return chromium(['--dump-dom', pathToFileURL(file).href])
}

export async function screenshot(
  file: string,
  png: string,
  size = { width: 1280, height: 2400 }
): Promise<void> {
  await chromium([
    `--window-size=${size.width},${size.height}`,
    '--hide-scrollbars',
    `--screenshot=${png}`,
    pathToFileURL(file).href
  ])
}

export interface Image {
  width: number
  height: number
  /** RGB per pixel, row by row. */
  rgb: Uint8Array
}

export function readPng(file: string): Image {
  const data = readFileSync(file)
  if (data.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error(`${file} is not a PNG`)
  let offset = 8
  let width = 0
  let height = 0
  let channels = 0
  const idat: Buffer[] = []
  while (offset < data.length) {
    const length = data.readUInt32BE(offset)
    const type = data.toString('ascii', offset + 4, offset + 8)
    const body = data.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      const [depth, colour, , , interlace] = body.subarray(8, 13)
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0)
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour}, interlace ${interlace})`)
      channels = colour === 6 ? 4 : 3
    } else if (type === 'IDAT') idat.push(body)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const pixels = new Uint8Array(height * stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[y * stride + x - channels] : 0
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels] : 0
      pixels[y * stride + x] = (line[x] + predictor(filter, left, up, upLeft)) & 0xff
    }
  }
  const rgb = new Uint8Array(width * height * 3)
  for (let index = 0; index < width * height; index++) {
    rgb.set(pixels.subarray(index * channels, index * channels + 3), index * 3)
  }
  return { width, height, rgb }
}

function predictor(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0
    case 1:
      return left
    case 2:
      return up
    case 3:
      return (left + up) >> 1
    case 4: {
      const estimate = left + up - upLeft
      const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)]
      return a <= b && a <= c ? left : b <= c ? up : upLeft
    }
    default:
      throw new Error(`unknown PNG filter ${filter}`)
  }
}

/** Pixels of exactly this colour (`#rrggbb`). */
export function countColour(image: Image, hex: string): number {
  const [r, g, b] = [1, 3, 5].map(at => parseInt(hex.slice(at, at + 2), 16))
  let count = 0
  for (let index = 0; index < image.rgb.length; index += 3) {
    if (image.rgb[index] === r && image.rgb[index + 1] === g && image.rgb[index + 2] === b) count++
  }
  return count
}
