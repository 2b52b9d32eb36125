/**
 * Regenerates src/lint/data/popular-actions.ts: the inputs and outputs of popular actions,
 * read from each action's own action.yml at each major version listed below.
 *
 *   npx tsx scripts/popular-actions.ts                       # from raw.githubusercontent.com
 *   npx tsx scripts/popular-actions.ts --git '/clones/{owner}+{name}'   # from local git clones
 *
 * With --git, `{owner}` and `{name}` in the pattern name a clone (bare or not) where each ref
 * below exists as a tag or branch. Add an action or a new major here, run the script and commit
 * the regenerated file.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

/** `owner/name[/path]` -> the refs (major tags, or release branches) whose metadata to record. */
const ACTIONS: Record<string, string[]> = {
  'actions/checkout': ['v4', 'v5', 'v6'],
  'actions/cache': ['v3', 'v4', 'v5'],
  'actions/cache/restore': ['v4', 'v5'],
  'actions/cache/save': ['v4', 'v5'],
  'actions/setup-node': ['v4', 'v5', 'v6'],
  'actions/setup-python': ['v5', 'v6'],
  'actions/setup-go': ['v5', 'v6'],
  'actions/setup-java': ['v4', 'v5'],
  'actions/setup-dotnet': ['v4', 'v5'],
  'actions/upload-artifact': ['v4', 'v5', 'v6'],
  'actions/download-artifact': ['v4', 'v5', 'v6'],
  'actions/github-script': ['v7', 'v8'],
  'actions/labeler': ['v5', 'v6'],
  'actions/stale': ['v9', 'v10'],
  'actions/upload-pages-artifact': ['v3', 'v4'],
  'actions/deploy-pages': ['v4'],
  'docker/build-push-action': ['v5', 'v6'],
  'docker/login-action': ['v3'],
  'docker/setup-buildx-action': ['v3'],
  'docker/metadata-action': ['v5'],
  'docker/setup-qemu-action': ['v3'],
  'softprops/action-gh-release': ['v2'],
  'codecov/codecov-action': ['v4', 'v5'],
  'peaceiris/actions-gh-pages': ['v4'],
  'aws-actions/configure-aws-credentials': ['v4'],
  'peter-evans/create-pull-request': ['v6', 'v7'],
  'golangci/golangci-lint-action': ['v6', 'v7', 'v8'],
  'ruby/setup-ruby': ['v1'],
  'github/codeql-action/init': ['v3'],
  'github/codeql-action/analyze': ['v3'],
  'github/codeql-action/upload-sarif': ['v3'],
  'octokit/request-action': ['v2.x', 'v3.x'],
  'pypa/gh-action-pypi-publish': ['release/v1'],
  'reviewdog/action-actionlint': ['v1'],
  'rhysd/action-setup-vim': ['v1']
}

/** Actions whose steps can set outputs of any name (a script calls core.setOutput). */
const OPEN_OUTPUTS = new Set(['actions/github-script'])
/** Actions that read inputs beyond those they declare (every other input is a request parameter). */
const OPEN_INPUTS = new Set(['octokit/request-action'])

interface InputSpec {
  name: string
  required: boolean
  deprecated?: string
}

const args = process.argv.slice(2)
const gitPattern = args.includes('--git') ? args[args.indexOf('--git') + 1] : undefined
const OUT = join(import.meta.dirname, '..', 'src', 'lint', 'data', 'popular-actions.ts')

async function readActionYaml(spec: string, ref: string): Promise<string> {
  const [owner, name, ...path] = spec.split('/')
  const dir = path.length > 0 ? `${path.join('/')}/` : ''
  if (gitPattern) {
    const gitDir = gitPattern.replace('{owner}', owner).replace('{name}', name)
    for (const file of ['action.yml', 'action.yaml']) {
      try {
        return execFileSync('git', ['-C', gitDir, 'show', `${ref}:${dir}${file}`], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore']
        })
      } catch {
        // try the other file name
      }
    }
    throw new Error(`no action.yml for ${spec}@${ref} in ${gitDir}`)
  }
  for (const file of ['action.yml', 'action.yaml']) {
    const response = await fetch(`https://raw.githubusercontent.com/${owner}/${name}/${ref}/${dir}${file}`)
    if (response.ok) return response.text()
  }
  throw new Error(`no action.yml for ${spec}@${ref} on GitHub`)
}

function metadataOf(yamlText: string): { inputs: InputSpec[]; outputs: string[] } {
  const action = (parse(yamlText) ?? {}) as {
    inputs?: Record<string, { required?: unknown; default?: unknown; deprecationMessage?: unknown } | null>
    outputs?: Record<string, unknown>
  }
  const inputs = Object.entries(action.inputs ?? {}).map(([name, input]) => {
    // GitHub only insists on a required input that has no default to fall back on.
    const required = (input?.required === true || input?.required === 'true') && input?.default === undefined
    const deprecated =
      typeof input?.deprecationMessage === 'string' ? input.deprecationMessage.trim() : undefined
    return { name, required, ...(deprecated ? { deprecated } : {}) }
  })
  return { inputs, outputs: Object.keys(action.outputs ?? {}) }
}

const entries: string[] = []
for (const [spec, refs] of Object.entries(ACTIONS)) {
  for (const ref of refs) {
    const metadata = {
      ...metadataOf(await readActionYaml(spec, ref)),
      ...(OPEN_OUTPUTS.has(spec) ? { openOutputs: true } : {}),
      ...(OPEN_INPUTS.has(spec) ? { openInputs: true } : {})
    }
    entries.push(`  ${JSON.stringify(`${spec.toLowerCase()}@${ref}`)}: ${JSON.stringify(metadata)}`)
  }
}

writeFileSync(
  OUT,
  `// Generated by scripts/popular-actions.ts from each action's action.yml; do not edit by hand.

export interface ActionMetadata {
  /** \`required\` is true only for a required input without a default. */
  inputs: { name: string; required: boolean; deprecated?: string }[]
  outputs: string[]
  /** The action sets outputs beyond those it declares. */
  openOutputs?: boolean
  /** The action reads inputs beyond those it declares. */
  openInputs?: boolean
}

export const POPULAR_ACTIONS: Record<string, ActionMetadata> = {
${entries.join(',\n')}
}
`
)
console.log(`wrote ${entries.length} action versions to ${OUT}`)
