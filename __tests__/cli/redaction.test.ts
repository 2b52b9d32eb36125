import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { main } from '../../src/cli/main.js'

// A fake token assembled at run time so that no scanner mistakes this file for a leak.
const TOKEN = `ghp_${'Zq8Xw3Lm9K'.repeat(4).slice(0, 36)}`

async function run(argv: string[]): Promise<string[]> {
  const lines: string[] = []
  await main(argv, {
    stdout: line => lines.push(line),
    stderr: line => lines.push(line),
    stdin: Readable.from([]),
    env: {},
    cwd: process.cwd()
  })
  return lines
}

describe('the CLI redacts what it prints', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wt-cli-'))
  // A long folder name makes the table cut the file name inside the token.
  const file = join(dir, `${'deep-folder-name-'.repeat(3)}${TOKEN}.log`)
  writeFileSync(file, `Error: push refused for ${TOKEN}\n`)

  for (const json of [true, false]) {
    it(`in classify ${json ? '--json' : 'table'} output`, async () => {
      const printed = (await run(['classify', ...(json ? ['--json'] : []), file])).join('\n')
      expect(printed).toContain('[REDACTED:github-token]')
      expect(printed).not.toContain(TOKEN.slice(8))
    })
  }
})
