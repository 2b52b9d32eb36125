/**
 * The health check's operations budget: API requests (`max-api-requests`) and writes
 * (`max-writes`), shared by every repository, every phase and every triage run the
 * check starts. Each write still passes the one safety gate (src/triage/gate.ts)
 * through a GatedWriter; this only decides how much of the budget that writer gets.
 */
import type { ApiStats } from '../github/client.js'
import type { ActionRecord } from '../triage/report.js'
import { GatedWriter } from '../triage/writer.js'
import { PRUNE_COST, PRUNE_READ_COST } from './branches.js'

/** Results whose request was sent: they used the budget whether or not they succeeded. */
const SENT: ReadonlySet<ActionRecord['result']> = new Set(['done', 'failed'])

export function writesSent(records: readonly ActionRecord[]): number {
  return records.filter(record => SENT.has(record.result)).length
}

export class WriteAllowance {
  /** The audit trail of every write considered, in order. */
  readonly records: ActionRecord[] = []
  #settled = 0
  #active: GatedWriter | null = null

  constructor(
    readonly max: number,
    private readonly base: { dryRun: boolean; branchPatterns: readonly string[] }
  ) {}

  get used(): number {
    return this.#settled + (this.#active?.writesUsed ?? 0)
  }

  get remaining(): number {
    return Math.max(0, this.max - this.used)
  }

  /** A writer for one repository's writes, allowed what is left; settle it before the next one. */
  writer(defaultBranch: string): GatedWriter {
    if (this.#active) throw new Error('settle the previous writer first')
    this.#active = new GatedWriter(
      { dryRun: this.base.dryRun, defaultBranch, branchPatterns: this.base.branchPatterns },
      this.remaining
    )
    return this.#active
  }

  settle(writer: GatedWriter): void {
    if (writer !== this.#active) throw new Error('not the active writer')
    this.#active = null
    this.record(writer.records)
  }

  /** Writes made by a pipeline with a writer of its own (a triage run): counted and kept. */
  record(records: readonly ActionRecord[]): void {
    this.records.push(...records)
    this.#settled += writesSent(records)
  }
}

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

/** Requests kept back from scoring and from lint's file reads, so pruning and issues can still start. */
export const SCORING_RESERVE = 10

/** What each of the reads that follow scoring may spend. */
export interface ReadShares {
  /** Workflow files lint may read through the API. */
  lintFiles: number
  /** Whether the health issues may be listed. */
  issueListing: boolean
  /** Pages of branches pruning may list, or null when pruning waits for the next run. */
  branchPages: number | null
}

/**
 * Shares the requests left after scoring among the reads that then go out together, in
 * order of priority: lint's file reads (keeping SCORING_RESERVE for the others), the issue
 * listing, then pruning's listings, which keep enough back for one deletion. The shares
 * are fixed before any read is sent and count one request per listing besides the branch
 * pages; a listing of more pages, or a retry, comes out of the deletion's reserve, and the
 * deletions check the live count before each one.
 */
export function shareReads(
  remaining: number,
  wanted: { lintFiles: number; issues: boolean; prune: boolean }
): ReadShares {
  const lintFiles = Math.min(wanted.lintFiles, Math.max(0, remaining - SCORING_RESERVE))
  let left = remaining - lintFiles
  const issueListing = wanted.issues && left >= 1
  if (issueListing) left -= 1
  const pruneAffordable = wanted.prune && left >= PRUNE_READ_COST + PRUNE_COST
  // The protected-branch and pull-request listings take one request each; the rest is pages.
  const branchPages = pruneAffordable ? left - (PRUNE_READ_COST - 1) - PRUNE_COST : null
  return { lintFiles, issueListing, branchPages }
}
