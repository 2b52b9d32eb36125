import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

const readme = readFileSync('README.md', 'utf8')

describe.each(['action.yml', 'health-check/action.yml'])('%s', file => {
  const action = parse(readFileSync(file, 'utf8')) as {
    name: string
    description: string
    branding: { icon: string; color: string }
    inputs: Record<string, { description?: string; default?: string }>
    outputs: Record<string, { description?: string }>
    runs: { using: string; main: string }
  }

  it('runs on node24 with a bundle, name, description and branding', () => {
    expect(action.runs.using).toBe('node24')
    expect(action.runs.main).toBe('dist/index.js')
    expect(action.name && action.description && action.branding.icon && action.branding.color).toBeTruthy()
  })

  it('describes every input with a default, and every output', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, typeof input.description, typeof input.default]).toEqual([name, 'string', 'string'])
    }
    for (const [name, output] of Object.entries(action.outputs)) {
      expect([name, typeof output.description]).toEqual([name, 'string'])
    }
  })

  it('is documented in the README, input by input and output by output', () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(readme).toContain(`| \`${name}\` |`)
    }
  })
})

describe('the triage action output', () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    outputs: Record<string, { description: string }>
  }
  /** The values a description lists, as `value (meaning)` items after "one of:". */
  const listed = (description: string): string[] =>
    [...description.slice(description.indexOf('one of:')).matchAll(/(?:: |, )([a-z-]+) \(/g)].map(
      match => match[1]
    )
  const readmeRow = readme.split('\n').find(line => line.startsWith('| `action` |')) ?? ''

  it('documents exactly the values the code can emit, in action.yml and README', async () => {
    const { TRIAGE_ACTIONS } = await import('../src/triage/report.js')
    expect(listed(action.outputs.action.description).sort()).toEqual([...TRIAGE_ACTIONS].sort())
    expect(listed(readmeRow).sort()).toEqual([...TRIAGE_ACTIONS].sort())
  })
})

describe('docs/ARCHITECTURE.md and docs/DESIGN.md', () => {
  const folders = (root: string): string[] =>
    readdirSync(root, { withFileTypes: true })
      .filter(entry => entry.isDirectory())
      .flatMap(entry => [join(root, entry.name), ...folders(join(root, entry.name))])
  const sources = (root: string): string[] =>
    readdirSync(root, { withFileTypes: true }).flatMap(entry =>
      entry.isDirectory()
        ? sources(join(root, entry.name))
        : entry.name.endsWith('.ts')
          ? [join(root, entry.name)]
          : []
    )

  it('names every folder under src/ and testkit/', () => {
    const architecture = readFileSync('docs/ARCHITECTURE.md', 'utf8')
    const named = (folder: string) =>
      architecture.includes(`${folder}/`) || architecture.includes(`${folder.split('/').slice(1).join('/')}/`)
    expect([...folders('src'), ...folders('testkit')].filter(folder => !named(folder))).toEqual([])
  })

  it('holds every section the code cites', () => {
    const design = readFileSync('docs/DESIGN.md', 'utf8')
    const sections = new Set([...design.matchAll(/^## (\d+)\. /gm)].map(match => match[1]))
    const steps = new Map<string, number>()
    for (const match of design.matchAll(/^## (\d+)\. [^\n]*\n([\s\S]*?)(?=^## |$(?![\s\S]))/gm))
      steps.set(match[1], [...match[2].matchAll(/^\d+\. /gm)].length)
    const cited = [...folders('src'), 'src']
      .flatMap(folder => sources(folder))
      .flatMap(file => [...readFileSync(file, 'utf8').matchAll(/DESIGN (\d+)(?:\.(\d+))?/g)])
    expect(cited.length).toBeGreaterThan(0)
    for (const [, section, step] of cited) {
      expect(sections).toContain(section)
      if (step) expect(Number(step)).toBeLessThanOrEqual(steps.get(section) ?? 0)
    }
  })
})
