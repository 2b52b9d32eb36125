import { spawnSync } from 'node:child_process'
import type { ScriptLanguage, ScriptLinters, ScriptProblem } from './checks/scripts.js'

/**
 * shellcheck codes that only misfire on workflow scripts: variables come from `env:` (SC2154,
 * SC2153), `${{ }}` placeholders look constant (SC2050, SC2194, SC2157, SC2043), and sourced
 * files are not there (SC1091).
 */
const SHELLCHECK_EXCLUDES = 'SC1091,SC2043,SC2050,SC2153,SC2154,SC2157,SC2194'
/** Each tool gets this long per script; a hung tool costs one script, not the health check. */
const TIMEOUT_MS = 10_000

interface ShellcheckComment {
  line: number
  column: number
  level: string
  code: number
  message: string
}

/** The linters found on PATH: shellcheck, and pyflakes (`pyflakes3` on Debian and Ubuntu). */
export function systemScriptLinters(): ScriptLinters {
  const available = new Map<string, string | undefined>()
  const find = (names: string[]) => {
    const key = names.join(',')
    if (!available.has(key))
      available.set(
        key,
        names.find(name => runs(name, ['--version']))
      )
    return available.get(key)
  }
  return {
    lint(language: ScriptLanguage, script: string): ScriptProblem[] | undefined {
      if (language === 'python') {
        const pyflakes = find(['pyflakes3', 'pyflakes'])
        return pyflakes ? runPyflakes(pyflakes, script) : undefined
      }
      const shellcheck = find(['shellcheck'])
      return shellcheck ? runShellcheck(shellcheck, language, script) : undefined
    }
  }
}

function runs(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: TIMEOUT_MS })
  return result.error === undefined && result.status === 0
}

function runShellcheck(command: string, shell: 'bash' | 'sh', script: string): ScriptProblem[] {
  const result = spawnSync(
    command,
    ['--norc', '-f', 'json1', '-S', 'info', '-s', shell, '-e', SHELLCHECK_EXCLUDES, '-'],
    {
      input: script,
      encoding: 'utf8',
      timeout: TIMEOUT_MS
    }
  )
  if (result.error || !result.stdout) return []
  const { comments } = JSON.parse(result.stdout) as { comments: ShellcheckComment[] }
  return comments.map(comment => ({
    line: comment.line,
    column: comment.column,
    message: `SC${comment.code} (${comment.level}): ${comment.message}`
  }))
}

function runPyflakes(command: string, script: string): ScriptProblem[] {
  const result = spawnSync(command, [], { input: script, encoding: 'utf8', timeout: TIMEOUT_MS })
  if (result.error) return []
  return `${result.stdout}\n${result.stderr}`.split('\n').flatMap(line => {
    const match = /^<stdin>:(\d+):(?:(\d+):?)?\s*(.*)$/.exec(line)
    return match ? [{ line: Number(match[1]), column: Number(match[2] ?? 1), message: match[3] }] : []
  })
}
