// Rebuilds the committed bundles from a clean slate (ncc never deletes stale output).
// `node scripts/bundle.mjs [triage|health-check|cli ...]` rebuilds only the named ones.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const targets = {
  triage: { entry: 'src/actions/triage/index.ts', out: 'dist' },
  'health-check': { entry: 'src/actions/health-check/index.ts', out: 'health-check/dist' },
  cli: { entry: 'src/cli/index.ts', out: 'dist/cli' }
}
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
}

function safeList(dir) {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
