/**
 * The health check's request budget (`max-api-requests`), shared by every repository, every
 * phase and every triage run the check starts. The write budget is src/safety/budget.ts.
 */
import type { ApiStats } from '../github/client.js'

/** Requests left of `max-api-requests`, from the client's own counter. */
export class RequestBudget {
  constructor(
    readonly max: number,
    private readonly stats: Pick<ApiStats, 'requests'>
  ) {}

  get used(): number {
    return this.stats.requests
  }

  get remaining(): number {
    return Math.max(0, this.max - this.stats.requests)
  }

  /** Whether a piece of work estimated at `cost` requests still fits, keeping `reserve` for later phases. */
  affords(cost: number, reserve = 0): boolean {
    return this.remaining >= cost + reserve
  }
}
