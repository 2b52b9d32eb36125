/**
 * The write budget: how many write requests one action run may send (`max-writes`), and how the
 * health check hands what is left of it to each repository's writer in turn. Each write still
 * passes the safety gate (gate.ts) through a GatedWriter; this only counts.
 */
import { GatedWriter, type ActionRecord } from './writer.js'

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
