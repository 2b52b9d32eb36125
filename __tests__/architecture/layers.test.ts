import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'

/**
 * Only the restriction rules are read: an unused import in a fixture is not what is tested.
 * The layers are checked by `npm run lint` (eslint.config.js): these lint sources placed at
 * paths of the repository with the project's own configuration, so a config that stops
 * enforcing a boundary fails here.
 */
const eslint = new ESLint({ cwd: process.cwd() })

async function restrictions(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages
    .filter(message =>
      ['@typescript-eslint/no-restricted-imports', 'no-restricted-globals', 'no-restricted-syntax'].includes(
        message.ruleId ?? ''
      )
    )
    .map(message => message.message)
}

describe('the functional core does no I/O', () => {
  it.each([
    ["import { readFileSync } from 'node:fs'", 'src/classify/layer-fixture.ts'],
    ["import { execFileSync } from 'node:child_process'", 'src/text/layer-fixture.ts'],
    ["import * as https from 'https'", 'src/triage/decide.ts'],
    ["import * as core from '@actions/core'", 'src/health/score.ts'],
    ["import OpenAI from 'openai'", 'src/classify/layer-fixture.ts'],
    ["import { Octokit } from '@octokit/core'", 'src/config/policy.ts'],
    ["import { createGateway } from '../github/gateway.js'", 'src/classify/layer-fixture.ts'],
    ["import { notify } from '../report/notify.js'", 'src/triage/issues.ts']
  ])('%s in %s is an error', async (source, filePath) => {
    const found = await restrictions(filePath, `${source}\n`)
    expect(found.some(message => message.includes('does no I/O'))).toBe(true)
  })

  it('forbids fetch and loading modules at run time', async () => {
    const found = await restrictions(
      'src/classify/layer-fixture.ts',
      "export const a = () => fetch('https://example.com')\nexport const b = () => import('node:fs')\n"
    )
    expect(found).toHaveLength(2)
  })

  it('lets the core take a gateway type, and lets the shell do I/O', async () => {
    expect(
      await restrictions(
        'src/triage/decide.ts',
        "import type { GitHubPort } from '../github/port.js'\nexport type P = GitHubPort\n"
      )
    ).toEqual([])
    expect(
      await restrictions(
        'src/github/layer-fixture.ts',
        "import { readFileSync } from 'node:fs'\nexport const read = readFileSync\n"
      )
    ).toEqual([])
    expect(
      await restrictions(
        'src/lint/layer-fixture.ts',
        "import { parse } from '@actions/expressions'\nexport const p = parse\n"
      )
    ).toEqual([])
  })
})

describe('each action keeps out of the other', () => {
  it('the triage does not import the health check', async () => {
    const found = await restrictions(
      'src/triage/layer-fixture.ts',
      "import { score } from '../health/score.js'\nexport const s = score\n"
    )
    expect(found).toHaveLength(1)
  })

  it('the health check uses the triage through its index only', async () => {
    expect(
      await restrictions('src/health/layer-fixture.ts', "import { GatedWriter } from '../triage/writer.js'\n")
    ).toHaveLength(1)
    expect(
      await restrictions('src/health/layer-fixture.ts', "import { runTriage } from '../triage/index.js'\n")
    ).toEqual([])
  })

  it('shared modules import neither action', async () => {
    const found = await restrictions(
      'src/text/layer-fixture.ts',
      "import { decide } from '../triage/decide.js'\nexport const d = decide\n"
    )
    expect(found).toHaveLength(1)
  })
})
