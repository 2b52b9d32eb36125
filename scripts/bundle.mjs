// Rebuilds the committed bundles from a clean slate (ncc never deletes stale output).
// `node scripts/bundle.mjs [triage|health-check|cli ...]` rebuilds only the named ones.
// Each bundle gets a digest of its sources (sources.sha256), checked by the e2e tests.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUNDLES as targets, recordSources } from './bundle-sources.mjs'
const wanted = process.argv.slice(2)
for (const name of wanted) if (!(name in targets)) throw new Error(`unknown bundle '${name}'`)
const selected = wanted.length > 0 ? wanted : Object.keys(targets)

execFileSync(process.execPath, ['scripts/embed-playbook.mjs'], { stdio: 'inherit' })
// `workflow-triage --version` answers from the bundle alone: the installed package has no sources to read.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
writeFileSync(
  'src/cli/version.ts',
  `// Generated from package.json by scripts/bundle.mjs (npm run bundle). Do not edit.\nexport const VERSION = '${version}'\n`
)
for (const name of selected) {
  const { out } = targets[name]
  // dist/ also holds dist/cli: clear the triage files only.
  const keep = name === 'triage' ? new Set(['cli']) : new Set()
  for (const entry of safeList(out))
    if (!keep.has(entry)) rmSync(join(out, entry), { recursive: true, force: true })
}
for (const name of selected) {
  const { entry, out } = targets[name]
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit'
  })
  recordSources(process.cwd(), name)
}

function safeList(dir) {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
