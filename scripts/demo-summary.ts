/** Wording of the demo's summary (scripts/demo.ts), kept apart so it can be tested. */

export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`
}

/**
 * Each triage runs on its own fresh copy of the sample repository, so every new issue gets the
 * same number there: a number alone would suggest they all landed in one issue.
 */
export function issueWords(issueNumber: string | undefined, existingIssues: number[]): string {
  if (!issueNumber) return 'no issue'
  const number = Number(issueNumber)
  return existingIssues.includes(number) ? `updated issue #${number}` : 'opened a new issue'
}

/** The health check's exit code is its verdict (fail-on), not a crash: say so. */
export function healthExitWords(exitCode: number, status: string | null, failOn = 'critical'): string {
  if (exitCode === 0) return `exit code 0 (no workflow at or past fail-on: ${failOn})`
  if (exitCode === 1 && status !== null)
    return `exit code 1 on purpose: the repository is ${status} and fail-on is ${failOn}, so the job fails to get attention`
  return `exit code ${exitCode}`
}

export function lintCountWords(counts: Record<string, number>, files: number): string {
  return `${plural(counts.error ?? 0, 'error')}, ${plural(counts.warning ?? 0, 'warning')}, ${plural(counts.notice ?? 0, 'notice')} in ${plural(files, 'file')}`
}
