// Which sources a bundle was built from. `npm run bundle` records a digest of them next to
// each bundle; the e2e tests refuse a bundle whose sources changed since (they would test old code).
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

export const BUNDLES = {
  triage: { entry: 'src/actions/triage/index.ts', out: 'dist' },
  'health-check': { entry: 'src/actions/health-check/index.ts', out: 'health-check/dist' },
  cli: { entry: 'src/cli/index.ts', out: 'dist/cli' }
}

const RECORD = 'sources.sha256'
/** Inputs of every bundle besides the source files: the dependency tree and the compiler settings. */
const SHARED_INPUTS = ['package-lock.json', 'tsconfig.json']
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g

/** The repository files an entry reaches through relative imports, sorted. */
export function sourceFiles(root, entry) {
  const seen = new Set()
  const pending = [resolve(root, entry)]
  while (pending.length > 0) {
    const file = pending.pop()
    if (seen.has(file)) continue
    seen.add(file)
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const target = resolve(dirname(file), specifier)
      const candidates = [target, target.replace(/\.js$/, '.ts'), `${target}.ts`, join(target, 'index.ts')]
      const found = candidates.find(candidate => candidate.endsWith('.ts') && existsSync(candidate))
      if (found) pending.push(found)
    }
  }
  return [...seen].map(file => relative(root, file)).sort()
}

export function sourcesDigest(root, entry) {
  const hash = createHash('sha256')
  for (const file of [...sourceFiles(root, entry), ...SHARED_INPUTS]) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0')
  }
  return hash.digest('hex')
}

export function recordSources(root, name) {
  const { entry, out } = BUNDLES[name]
  writeFileSync(join(root, out, RECORD), `${sourcesDigest(root, entry)}\n`)
}

/** The named bundles whose recorded digest is missing or differs from the working tree's sources. */
export function staleBundles(root, names = Object.keys(BUNDLES)) {
  return names.filter(name => {
    const { entry, out } = BUNDLES[name]
    const record = join(root, out, RECORD)
    return !existsSync(record) || readFileSync(record, 'utf8').trim() !== sourcesDigest(root, entry)
  })
}

/** Throws a message that says what to run when a bundle is older than its sources. */
export function assertBundlesCurrent(root, names = Object.keys(BUNDLES)) {
  const stale = staleBundles(root, names)
  if (stale.length === 0) return
  const where = stale.map(name => BUNDLES[name].out).join(', ')
  throw new Error(
    `The bundle in ${where} was not built from the current sources, so the end-to-end tests would ` +
      `test old code. Rebuild it with: node scripts/bundle.mjs ${stale.join(' ')}`
  )
}
