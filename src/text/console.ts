/**
 * Text for the job log. The runner reads every line an action prints as a possible workflow
 * command: `::name::value` at the start of a line (after white space), or the older
 * `##[name]value` anywhere in it; and it splits lines at CR as well as LF. Names, branches
 * and log text come from whoever pushed, so what the action prints must never be read as a
 * command (`::add-mask::`, `::stop-commands::`, `::set-output::` and the rest). Pure.
 */

/** Control characters, line and paragraph separators: nothing of it belongs inside one name. */
const LINE_BREAKING = /[\p{Cc}\u0085\u2028\u2029]+/gu

/** `text` on one line: control characters and line separators become one space each run. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKING, ' ')
}

const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/
/** A zero-width space: breaks the command prefix without changing what a reader sees. */
const BREAK = '\u200b'

/**
 * `message` as lines the runner prints and never executes: a line that would start with `::`
 * gets a zero-width space between the colons, and every `##[` one between the hashes.
 */
export function inertLogText(message: string): string {
  return message
    .split(LINE_BREAK)
    .map(line => line.replace(/^(\s*):(?=:)/u, `$1:${BREAK}`).replaceAll('##[', `#${BREAK}#[`))
    .join('\n')
}
