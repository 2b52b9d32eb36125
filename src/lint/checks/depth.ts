import type { Workflow } from '../model.js'
import type { Finding } from '../rules.js'
import { reusableWorkflowCalls, type LintContext } from '../reusable.js'
import { actionInputs } from './action-inputs.js'
import { constantConditions } from './conditions.js'
import { envNames } from './env-names.js'
import { eventSemantics } from './events.js'
import { expressionTypes } from './expression-types.js'
import { runnerConflicts } from './runners.js'

/** The checks that read the workflow as GitHub evaluates it (see rules-depth.ts). */
export const DEPTH_CHECKS: ((workflow: Workflow, context: LintContext) => Finding[])[] = [
  expressionTypes,
  constantConditions,
  eventSemantics,
  runnerConflicts,
  envNames,
  actionInputs,
  (workflow, context) => reusableWorkflowCalls(workflow, context.callable)
]
