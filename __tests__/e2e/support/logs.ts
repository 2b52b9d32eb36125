/**
 * Job logs in GitHub Actions' own format (each line stamped with a 7-digit-fraction UTC time,
 * `##[group]Run …` around the step's command, `##[error]Process completed with exit code N.`),
 * one per failure category, written for these tests.
 */

/** Stamps `lines` the way the runner does, one tenth of a second apart from `start`. */
export function actionsLog(lines: readonly string[], start = '2026-11-20T10:00:01Z'): string {
  const at = Date.parse(start)
  return lines
    .map((line, index) => `${new Date(at + index * 100).toISOString().replace('Z', '0000Z')} ${line}\n`)
    .join('')
}

/** A `run:` step that printed `output` and failed with `exitCode`. */
export function stepLog(command: string, output: readonly string[], exitCode = 1): string {
  return actionsLog([
    '##[group]Run actions/checkout@v5',
    'Syncing repository: acme/app',
    '##[endgroup]',
    `##[group]Run ${command}`,
    `${command}`,
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    ...output,
    `##[error]Process completed with exit code ${exitCode}.`
  ])
}

export const TEST_FAILURE_LOG = stepLog('npm test', [
  '> app@1.0.0 test',
  '> jest',
  'PASS src/format.test.ts',
  'FAIL src/cart.test.ts',
  '  ● cart › totals include tax',
  '',
  '    expect(received).toBe(expected) // Object.is equality',
  '',
  '    Expected: 108',
  '    Received: 100',
  '',
  '      12 |   const cart = new Cart([{ price: 100 }])',
  '    > 13 |   expect(cart.total()).toBe(108)',
  '         |                        ^',
  '',
  'Tests:       1 failed, 41 passed, 42 total',
  'Snapshots:   0 total',
  'Time:        3.912 s'
])

export const CODE_FAILURE_LOG = stepLog(
  'npm run build',
  [
    '> app@1.0.0 build',
    '> tsc -p tsconfig.json',
    "src/cart.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.",
    "src/cart.ts(22,19): error TS2339: Property 'totl' does not exist on type 'Cart'.",
    'Found 2 errors in the same file, starting at: src/cart.ts:14'
  ],
  2
)

export const DEPENDENCY_LOG = stepLog('npm ci', [
  'npm error code ERESOLVE',
  'npm error ERESOLVE could not resolve',
  'npm error',
  'npm error While resolving: react-dom@19.0.0',
  'npm error Found: react@18.3.1',
  'npm error node_modules/react',
  'npm error   react@"^18.3.1" from the root project',
  'npm error',
  'npm error Could not resolve dependency:',
  'npm error peer react@"^19.0.0" from react-dom@19.0.0',
  'npm error',
  'npm error Conflicting peer dependency: react@19.0.0',
  'npm error A complete log of this run can be found in: /home/runner/.npm/_logs/2026-11-20T10_00_03_120Z-debug-0.log'
])

/** pip giving up on a package because the index timed out: a dependency failure a re-run may fix. */
export const DEPENDENCY_NETWORK_LOG = stepLog('pip install -r requirements.txt', [
  'Collecting requests==2.32.3 (from -r requirements.txt (line 1))',
  "  WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': /simple/requests/",
  "  WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': /simple/requests/",
  'ERROR: Could not find a version that satisfies the requirement requests==2.32.3 (from versions: none)',
  'ERROR: No matching distribution found for requests==2.32.3'
])

export const SECURITY_SCAN_LOG = stepLog('npm audit --audit-level=high', [
  '# npm audit report',
  '',
  'lodash  <4.17.21',
  'Severity: high',
  'Command Injection in lodash - https://github.com/advisories/GHSA-35jh-r3h4-6jhm',
  'fix available via `npm audit fix`',
  'node_modules/lodash',
  '',
  '1 high severity vulnerability',
  '',
  'To address all issues, run:',
  '  npm audit fix'
])

export const INFRASTRUCTURE_LOG = actionsLog([
  '##[group]Run npm test',
  'npm test',
  '##[endgroup]',
  '> app@1.0.0 test',
  '> jest',
  '##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.',
  '##[error]The operation was canceled.'
])

export const AUTHENTICATION_LOG = stepLog(
  'git push origin HEAD:main',
  [
    'remote: Permission to acme/app.git denied to github-actions[bot].',
    "fatal: unable to access 'https://github.com/acme/app/': The requested URL returned error: 403"
  ],
  128
)

export const UNKNOWN_LOG = stepLog(
  './scripts/release-check.sh',
  ['Checking release prerequisites...', 'release-check: state file looks odd, giving up'],
  3
)

/** git's own words for a push that lost a race: the remote branch moved (fetch first). */
export function pushRejectedLog(branch: string): string {
  return stepLog(`git push origin ${branch}`, [
    'To https://github.com/acme/app',
    ` ! [rejected]        ${branch} -> ${branch} (fetch first)`,
    "error: failed to push some refs to 'https://github.com/acme/app'",
    'hint: Updates were rejected because the remote contains work that you do not',
    'hint: have locally. This is usually caused by another repository pushing to',
    "hint: the same ref. If you want to integrate the remote changes, use 'git pull'",
    'hint: before pushing again.',
    "hint: See the 'Note about fast-forwards' in 'git push --help' for details."
  ])
}
