/**
 * Values as people read them in issues, comments, alerts and reports: one rendering of each,
 * whichever action writes it. Plain text: the caller escapes it for its sink.
 */
import { truncate } from './markdown.js'

/**
 * `42 s`, `4 min 12 s`, `1 h 3 min`, `2 d 3 h`: the two largest units, a zero second unit left
 * out (`34 min`, `1 h`). Null (no data) reads `–`; a negative or non-finite span `unknown`.
 */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '–'
  if (!Number.isFinite(seconds) || seconds < 0) return 'unknown'
  const total = Math.round(seconds)
  const [large, small, [largeName, smallName]] =
    total < 60
      ? [total, 0, ['s', '']]
      : total < 3600
        ? [Math.floor(total / 60), total % 60, ['min', 's']]
        : total < 86_400
          ? [Math.floor(total / 3600), Math.floor(total / 60) % 60, ['h', 'min']]
          : [Math.floor(total / 86_400), Math.floor(total / 3600) % 24, ['d', 'h']]
  return small === 0 ? `${large} ${largeName}` : `${large} ${largeName} ${small} ${smallName}`
}

/**
 * A commit as people quote it: the first 7 hex digits. Anything else (a value from an
 * untrusted source) is cut to 12 characters; the caller escapes it for its sink.
 */
export function shortSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : truncate(sha, 12)
}
