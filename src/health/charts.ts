/**
 * Inline SVG charts for the HTML report. No scripts, fonts or network: colours come from
 * CSS classes the page styles for light and dark mode. Each chart carries a stable
 * `data-chart` attribute so a browser check can find it.
 */
import type { HealthStatus, RunSample } from './score.js'
import { redactSecrets } from '../classify/redact.js'
import { formatDuration } from '../text/format.js'

export function escapeHtml(text: string): string {
  // Redacted before escaping: once escaped, a secret may no longer look like one.
  return redactSecrets(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Only http(s) links: a `javascript:` URL in a report would run on click. */
export function safeHref(url: string): string | null {
  return /^https?:\/\//i.test(url) ? escapeHtml(url) : null
}

const CONCLUSION_CLASSES = new Set([
  'success',
  'failure',
  'timed_out',
  'startup_failure',
  'cancelled',
  'skipped',
  'action_required'
])

function conclusionClass(conclusion: string | null): string {
  return `run-${conclusion !== null && CONCLUSION_CLASSES.has(conclusion) ? conclusion : 'other'}`
}

const SQUARE = 14
const GAP = 4

/** One square per run, oldest left and newest right, each linking to its run. */
export function runStripSvg(runs: RunSample[], label: string): string {
  const chronological = [...runs].reverse()
  const width = Math.max(1, chronological.length * (SQUARE + GAP) - GAP)
  const squares = chronological.map((run, index) => {
    const duration = run.durationSeconds === null ? '' : `, ${formatDuration(run.durationSeconds)}`
    const attempt = run.runAttempt > 1 ? `, attempt ${run.runAttempt}` : ''
    const tooltip = `#${run.id} ${run.conclusion ?? 'not concluded'} on ${run.headBranch}, ${run.createdAt}${duration}${attempt}`
    const rect =
      `<rect class="run ${conclusionClass(run.conclusion)}" x="${index * (SQUARE + GAP)}" y="0" ` +
      `width="${SQUARE}" height="${SQUARE}" rx="3"><title>${escapeHtml(tooltip)}</title></rect>`
    const href = safeHref(run.htmlUrl)
    return href === null ? rect : `<a href="${href}">${rect}</a>`
  })
  return (
    `<svg class="chart strip" data-chart="strip" role="img" aria-label="${escapeHtml(label)}" ` +
    `width="${width}" height="${SQUARE}" viewBox="0 0 ${width} ${SQUARE}">${squares.join('')}</svg>`
  )
}

interface ScoreBar {
  label: string
  score: number
  status: HealthStatus
}

const BAR_ROW = 26
const BAR_LABEL_WIDTH = 200
const BAR_AREA = 360

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

/** Horizontal bars, one per scored workflow, on a 0-100 scale. */
export function scoresSvg(bars: ScoreBar[]): string {
  const width = BAR_LABEL_WIDTH + BAR_AREA + 48
  const height = Math.max(1, bars.length) * BAR_ROW
  const rows = bars.map((bar, index) => {
    const y = index * BAR_ROW
    const length = Math.max(2, (bar.score / 100) * BAR_AREA)
    return (
      `<g class="bar status-${bar.status}"><title>${escapeHtml(`${bar.label}: ${bar.score}/100, ${bar.status}`)}</title>` +
      `<text class="label" x="${BAR_LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(truncate(bar.label, 28))}</text>` +
      `<rect class="track" x="${BAR_LABEL_WIDTH}" y="${y + 5}" width="${BAR_AREA}" height="16" rx="4"/>` +
      `<rect class="fill" x="${BAR_LABEL_WIDTH}" y="${y + 5}" width="${length.toFixed(1)}" height="16" rx="4"/>` +
      `<text class="value" x="${BAR_LABEL_WIDTH + BAR_AREA + 8}" y="${y + 17}">${bar.score}</text></g>`
    )
  })
  const empty =
    bars.length === 0 ? `<text class="empty" x="0" y="17">No workflow has enough runs to score.</text>` : ''
  return (
    `<svg class="chart scores" data-chart="scores" role="img" aria-label="Workflow scores" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rows.join('')}${empty}</svg>`
  )
}

interface DurationPoint {
  seconds: number
  /** Shown in the point's tooltip, e.g. the run id and date. */
  label: string
}

const SPARK_WIDTH = 270
const SPARK_HEIGHT = 56
const SPARK_PAD = 6
/** Room left of the line for the scale: the slowest duration at the top, 0 at the bottom. */
const SCALE_WIDTH = 50

/**
 * A line of successful-run durations over time, oldest left, scaled from zero to the slowest,
 * with that scale written beside it: a line without one makes a 2 s wobble look like a cliff.
 */
export function durationsSvg(points: DurationPoint[], label: string): string {
  const open =
    `<svg class="chart durations" data-chart="durations" role="img" aria-label="${escapeHtml(label)}" ` +
    `width="${SPARK_WIDTH}" height="${SPARK_HEIGHT}" viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}">`
  if (points.length < 2) {
    return `${open}<text class="empty" x="0" y="${SPARK_HEIGHT / 2 + 4}">Not enough successful runs</text></svg>`
  }
  const slowest = Math.max(...points.map(point => point.seconds), 1)
  const step = (SPARK_WIDTH - SCALE_WIDTH - 2 * SPARK_PAD) / (points.length - 1)
  const coordinates = points.map((point, index) => ({
    x: SCALE_WIDTH + SPARK_PAD + index * step,
    y: SPARK_HEIGHT - SPARK_PAD - (point.seconds / slowest) * (SPARK_HEIGHT - 2 * SPARK_PAD),
    point
  }))
  const line = coordinates.map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')
  const dots = coordinates.map(
    ({ x, y, point }) =>
      `<circle class="point" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3">` +
      `<title>${escapeHtml(`${point.label}: ${formatDuration(point.seconds)}`)}</title></circle>`
  )
  const top = SPARK_PAD
  const bottom = SPARK_HEIGHT - SPARK_PAD
  const scale =
    `<g class="scale" data-scale="durations">` +
    `<line class="axis" x1="${SCALE_WIDTH}" y1="${top}" x2="${SCALE_WIDTH}" y2="${bottom}"/>` +
    `<line class="grid" x1="${SCALE_WIDTH}" y1="${top}" x2="${SPARK_WIDTH}" y2="${top}"/>` +
    `<line class="grid" x1="${SCALE_WIDTH}" y1="${bottom}" x2="${SPARK_WIDTH}" y2="${bottom}"/>` +
    `<text class="tick" x="${SCALE_WIDTH - 4}" y="${top + 4}" text-anchor="end">${escapeHtml(formatDuration(slowest))}</text>` +
    `<text class="tick" x="${SCALE_WIDTH - 4}" y="${bottom}" text-anchor="end">${formatDuration(0)}</text></g>`
  return `${open}${scale}<polyline class="line" points="${line}"/>${dots.join('')}</svg>`
}

export interface FlakeDay {
  /** `YYYY-MM-DD` (UTC) */
  day: string
  flakes: number
}

const FLAKE_CHART_HEIGHT = 90
const FLAKE_BAR_WIDTH = 12
const FLAKE_BAR_GAP = 3
const FLAKE_AXIS_HEIGHT = 16
/** Days shown at most: the newest ones. */
const FLAKE_CHART_DAYS = 60

/**
 * Flakes per day as columns, oldest left, scaled from zero to the busiest day, which is
 * written beside the columns as the scale; days without a flake stay as gaps.
 */
export function flakesSvg(days: FlakeDay[], label: string): string {
  const shown = days.slice(-FLAKE_CHART_DAYS)
  const width = SCALE_WIDTH + Math.max(1, shown.length) * (FLAKE_BAR_WIDTH + FLAKE_BAR_GAP) + SPARK_PAD
  const open =
    `<svg class="chart flakes" data-chart="flakes" role="img" aria-label="${escapeHtml(label)}" ` +
    `width="${width}" height="${FLAKE_CHART_HEIGHT}" viewBox="0 0 ${width} ${FLAKE_CHART_HEIGHT}">`
  if (shown.length === 0) {
    return `${open}<text class="empty" x="0" y="${FLAKE_CHART_HEIGHT / 2}">No flaky test recorded</text></svg>`
  }
  const most = Math.max(1, ...shown.map(day => day.flakes))
  const bottom = FLAKE_CHART_HEIGHT - FLAKE_AXIS_HEIGHT
  const area = bottom - SPARK_PAD
  const bars = shown.map((day, index) => {
    const height = (day.flakes / most) * area
    const x = SCALE_WIDTH + SPARK_PAD + index * (FLAKE_BAR_WIDTH + FLAKE_BAR_GAP)
    return (
      `<rect class="flake-bar" x="${x}" y="${(bottom - height).toFixed(1)}" width="${FLAKE_BAR_WIDTH}" height="${height.toFixed(1)}">` +
      `<title>${escapeHtml(`${day.day}: ${day.flakes} flake(s)`)}</title></rect>`
    )
  })
  const scale =
    `<g class="scale" data-scale="flakes">` +
    `<line class="axis" x1="${SCALE_WIDTH}" y1="${SPARK_PAD}" x2="${SCALE_WIDTH}" y2="${bottom}"/>` +
    `<line class="grid" x1="${SCALE_WIDTH}" y1="${bottom}" x2="${width}" y2="${bottom}"/>` +
    `<text class="tick" x="${SCALE_WIDTH - 4}" y="${SPARK_PAD + 8}" text-anchor="end">${most}</text>` +
    `<text class="tick" x="${SCALE_WIDTH - 4}" y="${bottom}" text-anchor="end">0</text>` +
    `<text class="tick" x="${SCALE_WIDTH + SPARK_PAD}" y="${FLAKE_CHART_HEIGHT - 2}">${escapeHtml(shown[0].day)}</text>` +
    `<text class="tick" x="${width - SPARK_PAD}" y="${FLAKE_CHART_HEIGHT - 2}" text-anchor="end">${escapeHtml(shown.at(-1)!.day)}</text></g>`
  return `${open}${scale}${bars.join('')}</svg>`
}
