import { checkWrite, type GateContext, type ProposedWrite } from './gate.js'

/** What happened to one write the pipeline wanted to make (the audit trail). */
export interface ActionRecord {
  kind: string
  target: string
  /** done: sent and succeeded; would: dry-run; refused: the gate said no; failed: the API said no; proposed: awaits approval. */
  result: 'done' | 'would' | 'refused' | 'failed' | 'proposed' | 'skipped'
  detail: string
  checks?: { name: string; passed: boolean; detail: string }[]
}

/**
 * Every write of a triage run goes through here: the safety gate decides, the budget
 * counts, the audit trail records. In a dry run nothing is sent and the record says
 * what would have been done.
 */
export class GatedWriter {
  readonly records: ActionRecord[] = []
  private readonly budget: WriteBudget

  constructor(
    private readonly base: {
      dryRun: boolean
      defaultBranch: string
      branchPatterns: readonly string[]
      foreignRun?: GateContext['foreignRun']
    },
    maxWrites: number
  ) {
    this.budget = new WriteBudget(maxWrites)
  }

  /** The gate refuses every deletion until it knows the default branch (an empty name never matches). */
  knowDefaultBranch(name: string): void {
    this.base.defaultBranch = name
  }

  /** The run the writes answer to, once known: a fork's run limits what the gate allows. */
  knowRunOrigin(foreignRun: GateContext['foreignRun']): void {
    this.base.foreignRun = foreignRun
  }

  get dryRun(): boolean {
    return this.base.dryRun
  }

  get writesUsed(): number {
    return this.budget.used
  }

  get writesLeft(): number {
    return this.budget.remaining
  }

  /**
   * Runs `send` when the gate allows `write`. Returns the result, or null when the
   * write was not sent (refused, dry run, or failed: the record says which).
   */
  async write<T>(
    write: ProposedWrite,
    target: string,
    facts: Pick<GateContext, 'branch' | 'run'>,
    send: () => Promise<T>,
    describe: (result: T) => string = () => 'sent'
  ): Promise<T | null> {
    const verdict = checkWrite(write, { ...this.base, ...this.budget.context(), ...facts })
    const failedChecks = verdict.checks.filter(check => !check.passed && check.name !== 'dry-run')
    const gateChecks = write.kind === 'delete-branch' || write.kind === 'rerun' ? verdict.checks : undefined
    if (!verdict.allowed) {
      this.records.push({
        kind: write.kind,
        target,
        result: verdict.wouldAllow ? 'would' : 'refused',
        detail: verdict.wouldAllow ? 'dry run' : failedChecks.map(check => check.detail).join('; '),
        checks: gateChecks
      })
      return null
    }
    this.budget.record()
    try {
      const result = await send()
      this.records.push({
        kind: write.kind,
        target,
        result: 'done',
        detail: describe(result),
        checks: gateChecks
      })
      return result
    } catch (error) {
      this.records.push({
        kind: write.kind,
        target,
        result: 'failed',
        detail: error instanceof Error ? error.message : String(error),
        checks: gateChecks
      })
      return null
    }
  }

  /** Something the pipeline chose not to do, or proposed for approval, for the audit trail. */
  note(record: ActionRecord): void {
    this.records.push(record)
  }
}

/**
 * Counts the write requests of one action run. Record every request sent, whether
 * or not it succeeded: the limit bounds what the action asks of the API.
 */
export class WriteBudget {
  #used = 0

  constructor(readonly max: number) {}

  get used(): number {
    return this.#used
  }

  get remaining(): number {
    return Math.max(0, this.max - this.#used)
  }

  record(): void {
    this.#used++
  }

  /** The budget fields of a GateContext. */
  context(): { writesUsed: number; maxWrites: number } {
    return { writesUsed: this.#used, maxWrites: this.max }
  }
}
