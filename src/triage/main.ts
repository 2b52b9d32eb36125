/**
 * The triage (DESIGN 3), wired: the event's route picks a flow (failure, resolution or
 * approval), the flow acts through the one gated writer, and its result becomes the report and
 * the outputs. Each flow passes what it learns forward; nothing here decides.
 */
import { describeError } from '../github/errors.js'
import { routeConclusion, runReference, type TriageRoute } from './event.js'
import { approvalFlow } from './flows/approval.js'
import { FlowContext, type FlowResult, type TriageDependencies } from './flows/context.js'
import { failureFlow } from './flows/failure.js'
import { triageOutcome, type TriageOutcome } from './flows/outcome.js'
import { resolutionFlow } from './flows/resolution.js'

export async function runTriage(deps: TriageDependencies): Promise<TriageOutcome> {
  const started = Date.now()
  const ctx = new FlowContext(deps)
  let route = deps.route
  let result: FlowResult
  try {
    if (route.kind === 'lookup') {
      route = routeConclusion(runReference(ctx.useRun(await deps.gateway.run(route.runId))))
    }
    result = await follow(ctx, route)
  } catch (error) {
    // The step fails, but the report still says what was done before, and what failed.
    const failure = `The triage could not finish: ${describeError(error)}`
    ctx.problems.push(failure)
    result = { action: 'none', ...ctx.found.remediation, failure }
  }
  return triageOutcome(ctx, route, result, Date.now() - started)
}

async function follow(ctx: FlowContext, route: TriageRoute): Promise<FlowResult> {
  const { gateway } = ctx.deps
  const lookedUp = (runId: number) => ctx.found.run ?? gateway.run(runId)
  switch (route.kind) {
    case 'lookup':
      throw new Error('the run to triage was not looked up')
    case 'ignore':
      return { action: 'ignored', reason: route.reason }
    case 'waiting':
      ctx.useRun(await lookedUp(route.run.runId))
      return {
        action: 'waiting',
        reason: 'the run is waiting for a maintainer to approve it (action_required)'
      }
    case 'triage':
      return failureFlow(ctx, ctx.useRun(await lookedUp(route.run.runId)), route.run)
    case 'resolve':
      return resolutionFlow(ctx, ctx.useRun(await lookedUp(route.run.runId)))
    case 'approval':
      return approvalFlow(ctx, route)
  }
}
