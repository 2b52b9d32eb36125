import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  assertBundlesCurrent,
  recordSources,
  sourceFiles,
  staleBundles
} from '../../scripts/bundle-sources.mjs'

/** A repository with the triage entry importing one module, and one file it does not import. */
function writeRepository(root: string): void {
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  write('src/actions/triage/index.ts', "import { run } from './main.js'\nawait run()\n")
  write(
    'src/actions/triage/main.ts',
    "export { decide } from '../../triage/decide.js'\nexport async function run() {}\n"
  )
  write('src/triage/decide.ts', 'export const decide = 1\n')
  write('src/health/score.ts', 'export const score = 1\n')
  write('package-lock.json', '{}\n')
  write('tsconfig.json', '{}\n')
  mkdirSync(join(root, 'dist'), { recursive: true })
}

describe('the sources a bundle was built from', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'wt-bundle-sources-'))
    writeRepository(root)
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('are the files the entry reaches through relative imports', () => {
    expect(sourceFiles(root, 'src/actions/triage/index.ts')).toEqual([
      'src/actions/triage/index.ts',
      'src/actions/triage/main.ts',
      'src/triage/decide.ts'
    ])
  })

  it('make a bundle stale when one of them changes, not when another file does', () => {
    expect(staleBundles(root, ['triage'])).toEqual(['triage'])
    recordSources(root, 'triage')
    expect(staleBundles(root, ['triage'])).toEqual([])

    writeFileSync(join(root, 'src/health/score.ts'), 'export const score = 2\n')
    expect(staleBundles(root, ['triage'])).toEqual([])

    writeFileSync(join(root, 'src/triage/decide.ts'), 'export const decide = 2\n')
    expect(staleBundles(root, ['triage'])).toEqual(['triage'])
    expect(() => assertBundlesCurrent(root, ['triage'])).toThrow(
      /dist was not built from the current sources.*node scripts\/bundle\.mjs triage/
    )
  })

  it('include the lockfile: a dependency change makes the bundle stale', () => {
    recordSources(root, 'triage')
    writeFileSync(join(root, 'package-lock.json'), '{"changed":true}\n')
    expect(staleBundles(root, ['triage'])).toEqual(['triage'])
  })
})
