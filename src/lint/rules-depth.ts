import type { LintRule } from './rules.js'

/**
 * Rules that read the workflow the way GitHub evaluates it: expression types, trigger
 * semantics, runner labels, action metadata and the scripts of `run:` steps.
 */
export const DEPTH_RULES = [
  {
    id: 'expression-type',
    level: 'error',
    description:
      'An expression reads a step, job, matrix key, input, secret or output that does not exist there, or uses a value of the wrong type.',
    hint: 'Check the id or property name against the workflow (step ids are only visible to later steps), and the types GitHub compares and expands.'
  },
  {
    id: 'constant-condition',
    level: 'error',
    description: 'An `if:` condition is a constant, so the job or step always or never runs.',
    hint: 'Remove the `if:`, or make the condition depend on a context such as github or needs.'
  },
  {
    id: 'event-config',
    level: 'error',
    description:
      'A trigger is configured in a way GitHub rejects or ignores: both a filter and its -ignore form, a required input with a default, too many inputs, an empty list.',
    hint: "Use one of `branches`/`branches-ignore` (negate with '!'), drop the default of required inputs, and keep at most 25 dispatch inputs."
  },
  {
    id: 'env-name',
    level: 'error',
    description:
      'An environment variable name contains `=`, `&` or whitespace, which no process can receive.',
    hint: 'Use letters, digits and underscores, e.g. `BUILD_MODE`.'
  },
  {
    id: 'action-input',
    level: 'error',
    description:
      'A step gives a popular action (or a job a reusable workflow of the repository) an input or secret it does not declare, or leaves out a required one.',
    hint: "Compare `with:` and `secrets:` against the action's action.yml at the version used, or the called workflow's `on.workflow_call`."
  },
  {
    id: 'deprecated-input',
    level: 'warning',
    description: 'A step gives a popular action an input the action has deprecated.',
    hint: 'Use the replacement the deprecation message names.'
  },
  {
    id: 'shellcheck',
    level: 'warning',
    description: 'shellcheck reports a problem in a bash or sh `run:` script.',
    hint: 'Follow the SC code at https://www.shellcheck.net/wiki/, or disable it with a `# shellcheck disable=SCxxxx` comment.'
  },
  {
    id: 'pyflakes',
    level: 'warning',
    description: 'pyflakes reports a problem in a `shell: python` script.',
    hint: 'Fix the undefined or unused name pyflakes points at.'
  },
  {
    id: 'script-linter-missing',
    level: 'notice',
    description: 'shellcheck or pyflakes is not installed, so `run:` scripts were not checked by it.',
    hint: 'Install shellcheck and pyflakes (apt-get install shellcheck pyflakes3) to lint run: scripts.'
  }
] as const satisfies readonly LintRule[]
