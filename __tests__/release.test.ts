/**
 * What a release and a fresh clone on any platform rely on: the version stated in package.json,
 * the changelog and the CLI; one Node version for development; no dependency that installs on
 * one platform only; no error in the project's own workflows by its own linter.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { VERSION } from '../src/cli/version.js'
import { lintWorkflows } from '../src/lint/index.js'

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string
  license: string
  private?: boolean
  bin: Record<string, string>
  files: string[]
  engines: { node: string }
  dependencies?: Record<string, string>
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { os?: string[]; cpu?: string[]; optional?: boolean; dev?: boolean }>
}

describe('the release', () => {
  it('states one version in package.json, the CLI and a CHANGELOG section', () => {
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(VERSION).toBe(manifest.version)
    expect(readFileSync('CHANGELOG.md', 'utf8')).toMatch(
      new RegExp(`^## \\[${manifest.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm')
    )
  })

  it('is MIT licensed, as package.json says', () => {
    expect(manifest.license).toBe('MIT')
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n/)
  })

  it('packs the CLI bundle alone, with no runtime dependency', () => {
    expect(manifest.private).toBeUndefined()
    expect(manifest.bin).toEqual({ 'workflow-triage': 'dist/cli/index.js' })
    expect(manifest.files).toContain('dist/cli/')
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(readFileSync('dist/cli/index.js', 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })
})

describe('the development setup', () => {
  it('states the Node major of the actions (runs.using) in .nvmrc', () => {
    const using = (parse(readFileSync('action.yml', 'utf8')) as { runs: { using: string } }).runs.using
    expect(using).toBe(`node${readFileSync('.nvmrc', 'utf8').trim()}`)
  })

  it('names no dependency that installs on one platform only', () => {
    const bound = Object.entries(lock.packages).filter(
      ([, entry]) => (entry.os || entry.cpu) && !entry.optional
    )
    expect(bound.map(([path]) => path)).toEqual([])
  })
})

describe("the project's own workflows", () => {
  it('have no error-level finding from its own linter', () => {
    const folder = join('.github', 'workflows')
    const files = readdirSync(folder)
      .filter(name => /\.ya?ml$/.test(name))
      .map(name => ({ path: `${folder}/${name}`, content: readFileSync(join(folder, name), 'utf8') }))
    expect(files.map(file => file.path)).toContain('.github/workflows/release.yml')
    const findings = lintWorkflows(files).filter(finding => finding.level === 'error')
    expect(findings).toEqual([])
  })
})
