import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { defineConfig } from 'eslint/config'

/**
 * The layers of src/ (docs/ARCHITECTURE.md draws them). The rule is checked here, not remembered:
 * the functional core never touches I/O, and neither action reaches into the other's internals.
 * ESLint applies the last matching `no-restricted-imports`, so each file group gets every
 * restriction that holds for it in one list.
 */

/** Node built-ins that reach the file system, processes or the network. */
const NODE_IO = ['fs', 'fs/promises', 'child_process', 'http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns']
  .flatMap(name => [name, `node:${name}`])
  .map(name => ({ name, message: 'The functional core does no I/O: take the data as an argument.' }))

/** Packages that talk to the outside world (the expression and workflow parsers are pure and allowed). */
const IO_PACKAGES = {
  regex: '^(@actions/(core|github|exec|artifact|io|cache|http-client|tool-cache)|openai|@octokit/)',
  message: 'The functional core does no I/O: the shell (github/, ai/, report/, actions/, cli/) does.'
}

/** The shell's gateways: the core may know their types, never call them. */
const SHELL_MODULES = {
  regex: '(^|/)(github/(client|gateway|logs)|ai/client|report/(artifact|notify)|actions/|cli/)[^/]*(\\.js)?$',
  allowTypeImports: true,
  message: 'The functional core does no I/O: receive what the gateway read, or its type only.'
}

/** Each action's pipeline stays out of the other's folder. */
const NOT_HEALTH = { regex: '(^|/)health/', message: 'The triage does not reach into the health check.' }
const NOT_TRIAGE_INTERNALS = {
  regex: '(^|/)triage/(?!index(\\.js)?$)',
  message: "The health check uses the triage through src/triage/index.ts only, never the triage's internals."
}
const NOT_ACTIONS = {
  regex: '(^|/)(triage|health)/',
  message: 'Shared modules serve both actions: they import neither.'
}

/**
 * Who may import what: each group's boundary, and which of its files are the pure core (plain
 * data in, plain data out), which also do no I/O.
 */
const LAYERS = [
  {
    files: ['src/types.ts', 'src/{safety,text,classify,config,github,ai,report,lint}/**/*.ts'],
    boundary: [NOT_ACTIONS],
    core: [
      'src/types.ts',
      'src/text/**/*.ts',
      'src/classify/**/*.ts',
      'src/config/{policy,playbook,inputs,default-playbook}.ts',
      'src/safety/{gate,provenance,records}.ts',
      'src/lint/**/*.ts'
    ],
    shell: ['src/lint/script-linters.ts']
  },
  {
    files: ['src/triage/**/*.ts', 'src/actions/triage/**/*.ts'],
    boundary: [NOT_HEALTH],
    core: [
      'src/triage/{decide,priority,mass-failure,issues,report,event,failing-tests,reproduce}.ts',
      'src/triage/flows/plan.ts'
    ],
    shell: []
  },
  {
    files: ['src/health/**/*.ts', 'src/actions/health-check/**/*.ts'],
    boundary: [NOT_TRIAGE_INTERNALS],
    core: ['src/health/{score,prune,report,report-html,report-markdown,charts,issues,plan}.ts'],
    shell: []
  }
]

const CORE_IO_RULES = {
  'no-restricted-globals': [
    'error',
    { name: 'fetch', message: 'The functional core does no I/O: the shell sends requests.' }
  ],
  'no-restricted-syntax': [
    'error',
    { selector: 'ImportExpression', message: 'The functional core loads no modules at run time.' }
  ]
}

function restrict(restrictions) {
  return {
    'no-restricted-imports': 'off',
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: restrictions.filter(restriction => 'name' in restriction),
        patterns: restrictions.filter(restriction => !('name' in restriction))
      }
    ]
  }
}

export default defineConfig(
  { ignores: ['dist/**', 'health-check/dist/**', 'node_modules/**', 'coverage/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' }
    },
    rules: {
      // Logs are parsed and cleaned for ANSI escapes, NULs and control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  ...LAYERS.flatMap(({ files, boundary, core, shell }) => [
    { files, rules: restrict(boundary) },
    {
      files: core,
      ignores: shell,
      rules: { ...restrict([...boundary, ...NODE_IO, IO_PACKAGES, SHELL_MODULES]), ...CORE_IO_RULES }
    }
  ])
)
