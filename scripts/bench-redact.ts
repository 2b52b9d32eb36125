/**
 * The worst time redaction takes on 1 MB of adversarial text: 200 lines of 5 KB, each
 * repeating the fragments that make backtracking patterns slow (`a://b:c@`, `key=`, quotes,
 * `%3D`, and the prefixes of the other secret shapes). Each input is redacted as one text
 * and line by line; the figure is the slowest median.
 *
 *   npx tsx scripts/bench-redact.ts   # this figure alone
 */
import { fileURLToPath } from 'node:url'
import { redactSecrets } from '../src/classify/redact.js'

const LINES = 200
const LINE_BYTES = 5 * 1024
const REPEATS = 5

/** The repeated fragments, alone and mixed: each makes a 1 MB input of its own. */
const FRAGMENTS = [
  'a://b:c@key="%3D',
  'a://b:c@',
  'key=',
  '"',
  '%3D',
  'x://u:p@h ',
  'password="a ',
  '--password ',
  'token%3Da://',
  '-----BEGIN PRIVATE KEY-----',
  'Bearer eyJ.eyJ',
  'docker login -p',
  'aws configure set x ',
  '\u200bghp_',
  '\x1b]8;;a://b:c@'
]

export interface RedactFigures {
  /** The slowest median, in milliseconds. */
  worstMs: number
  /** The input it was measured on. */
  worstInput: string
}

function adversarialLines(fragment: string): string[] {
  const line = fragment.repeat(Math.ceil(LINE_BYTES / fragment.length)).slice(0, LINE_BYTES)
  return Array.from({ length: LINES }, () => line)
}

/**
 * The median CPU time of `run`, in milliseconds: on a shared machine the wall clock also
 * counts the time other processes held the cores.
 */
function medianMs(run: () => void): number {
  const times = Array.from({ length: REPEATS }, () => {
    const start = process.cpuUsage()
    run()
    const { user, system } = process.cpuUsage(start)
    return (user + system) / 1000
  })
  return times.sort((a, b) => a - b)[Math.floor(REPEATS / 2)] as number
}

export function benchRedaction(): RedactFigures {
  let worst: RedactFigures = { worstMs: 0, worstInput: '' }
  for (const fragment of FRAGMENTS) {
    const lines = adversarialLines(fragment)
    const text = lines.join('\n')
    redactSecrets(text) // compiles the patterns
    const whole = medianMs(() => redactSecrets(text))
    const byLine = medianMs(() => lines.forEach(line => redactSecrets(line)))
    for (const [ms, shape] of [
      [whole, 'one text'],
      [byLine, 'line by line']
    ] as const) {
      if (ms > worst.worstMs) worst = { worstMs: ms, worstInput: `${JSON.stringify(fragment)} (${shape})` }
    }
  }
  return worst
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { worstMs, worstInput } = benchRedaction()
  console.log(`bench: redact_worst_ms_1mb=${worstMs.toFixed(1)} (${worstInput})`)
}
