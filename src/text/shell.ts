/**
 * Commands people paste into a shell. Branch names may hold `$`, `;` or backticks: every word
 * that is not plainly safe is single-quoted.
 */
const SAFE_SHELL_WORD = /^[A-Za-z0-9._/@%+=:,-]+$/

function shellQuote(word: string): string {
  return SAFE_SHELL_WORD.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`
}

/** Recreates a deleted branch at its recorded sha from a clone. */
export function restoreCommand(branch: string, sha: string): string {
  return `git push origin ${shellQuote(`${sha}:refs/heads/${branch}`)}`
}

/** The same restore through the REST API, for people without a clone at hand. */
export function restoreCommandApi(repository: string, branch: string, sha: string): string {
  return `gh api -X POST repos/${shellQuote(repository)}/git/refs -f ${shellQuote(`ref=refs/heads/${branch}`)} -f sha=${shellQuote(sha)}`
}
