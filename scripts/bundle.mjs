// Rebuilds the committed bundles from a clean slate (ncc never deletes stale output).
// `node scripts/bundle.mjs [triage|health-check|cli ...]` rebuilds only the named ones.
// Each bundle gets a digest of its sources (sources.sha256), checked by the e2e tests.
import { execFile, execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
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
// The builds are independent (dist/cli is kept out of the triage clean-up), so they run side by side.
await Promise.all(
  selected.map(async name => {
    const { entry, out } = targets[name]
    const { stderr } = await promisify(execFile)(
      'npx',
      ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'],
      { maxBuffer: 64 * 1024 * 1024 }
    )
    if (stderr) process.stderr.write(stderr)
    recordSources(process.cwd(), name)
  })
)

function safeList(dir) {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
