// Rebuilds the three committed bundles from a clean slate: ncc never deletes stale output.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const targets = [
  { entry: 'src/actions/triage/index.ts', out: 'dist' },
  { entry: 'src/actions/health-check/index.ts', out: 'health-check/dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' }
]
execFileSync(process.execPath, ['scripts/embed-playbook.mjs'], { stdio: 'inherit' })
for (const { out } of targets) rmSync(out, { recursive: true, force: true })
for (const { entry, out } of targets) {
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'], { stdio: 'inherit' })
}
