import { visit, type Node } from 'yaml'
import { contextPaths, findExpressions } from '../expressions.js'
import { findingAt } from '../source.js'
import { entries, get, items, scalars, text, type Workflow } from '../model.js'
import type { Finding } from '../rules.js'

/** GitHub runs schedules at most every 5 minutes. */
const MIN_SCHEDULE_MINUTES = 5

const REF_FILTERS = ['branches', 'branches-ignore', 'tags', 'tags-ignore']
const PATH_FILTERS = ['paths', 'paths-ignore']

/** Schedules more frequent than GitHub runs, and time zones that are not IANA names. Cron syntax is GitHub's parser's. */
export function scheduleProblems(workflow: Workflow): Finding[] {
  const { source } = workflow
  return items(source, workflow.events.get('schedule')?.config).flatMap(schedule => {
    const cron = get(source, schedule, 'cron')
    const timezone = get(source, schedule, 'timezone')
    const findings: Finding[] = []
    const interval = cron && text(cron) !== undefined ? shortestInterval(text(cron) as string) : undefined
    if (cron && interval !== undefined && interval < MIN_SCHEDULE_MINUTES) {
      findings.push(
        findingAt(
          source,
          'schedule-frequency',
          cron,
          `\`${text(cron)}\` runs every ${interval} minute(s); GitHub runs schedules at most every ${MIN_SCHEDULE_MINUTES} minutes.`
        )
      )
    }
    const zone = text(timezone)
    if (timezone && zone !== undefined && !zone.includes('${{') && !isTimeZone(zone)) {
      findings.push(findingAt(source, 'invalid-cron', timezone, `\`${zone}\` is not an IANA time zone name.`))
    }
    return findings
  })
}

export function filterGlobs(workflow: Workflow): Finding[] {
  const { source } = workflow
  return [...workflow.events.values()].flatMap(({ config }) =>
    entries(source, config).flatMap(({ key, value }) => {
      const kind = REF_FILTERS.includes(String(key.value))
        ? 'ref'
        : PATH_FILTERS.includes(String(key.value))
          ? 'path'
          : undefined
      if (!kind) return []
      return scalars(source, value).flatMap(pattern => {
        const problem = globProblem(String(pattern.value), kind)
        return problem ? [findingAt(source, 'filter-glob', pattern, problem)] : []
      })
    })
  )
}

/** workflow_dispatch defaults that cannot be valid, and `inputs.x` references to undefined inputs. */
export function dispatchInputs(workflow: Workflow): Finding[] {
  const { source } = workflow
  const dispatchInputs = entries(
    source,
    get(source, workflow.events.get('workflow_dispatch')?.config, 'inputs')
  )
  const callInputs = entries(source, get(source, workflow.events.get('workflow_call')?.config, 'inputs'))
  const defaults = dispatchInputs.flatMap(({ key, value }) =>
    defaultProblem(workflow, String(key.value), value)
  )

  const defined = new Set(
    [...dispatchInputs, ...callInputs].map(({ key }) => String(key.value).toLowerCase())
  )
  const dispatchDefined = new Set(dispatchInputs.map(({ key }) => String(key.value).toLowerCase()))
  const references: Finding[] = []
  visit(source.doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string') return
      for (const expression of findExpressions(node.value)) {
        for (const path of contextPaths(expression.body)) {
          const [, name] = /^inputs\.([\w-]+)/.exec(path) ?? []
          const [, eventName] = /^github\.event\.inputs\.([\w-]+)/.exec(path) ?? []
          const undefinedName =
            name !== undefined && !defined.has(name)
              ? `inputs.${name}`
              : eventName !== undefined && !dispatchDefined.has(eventName)
                ? `github.event.inputs.${eventName}`
                : undefined
          if (!undefinedName) continue
          references.push(
            findingAt(
              source,
              'dispatch-input',
              node,
              `\`${undefinedName}\` is not an input of this workflow, so it is always empty.`,
              expression.text
            )
          )
        }
      }
    }
  })
  return [...defaults, ...references]
}

function defaultProblem(workflow: Workflow, name: string, input: Node | undefined): Finding[] {
  const { source } = workflow
  const type = text(get(source, input, 'type'))
  const fallback = get(source, input, 'default')
  const value = text(fallback)
  if (!fallback || value === undefined || value.includes('${{')) return []
  if (type === 'choice') {
    const options = items(source, get(source, input, 'options')).map(text)
    if (options.length > 0 && !options.includes(value)) {
      return [
        findingAt(
          source,
          'dispatch-input',
          fallback,
          `The default \`${value}\` of input \`${name}\` is not one of its options.`
        )
      ]
    }
  }
  if (type === 'number' && (value.trim() === '' || Number.isNaN(Number(value)))) {
    return [
      findingAt(
        source,
        'dispatch-input',
        fallback,
        `The default \`${value}\` of number input \`${name}\` is not a number.`
      )
    ]
  }
  return []
}

/**
 * The shortest gap between two runs of a cron expression, from its minute and hour fields
 * (undefined when they do not parse: GitHub's parser reports invalid cron).
 */
export function shortestInterval(cron: string): number | undefined {
  const [minuteField, hourField] = cron.trim().split(/\s+/)
  const minutes = expandField(minuteField, 0, 59)
  const hours = expandField(hourField, 0, 23)
  if (!minutes || !hours || minutes.length === 0) return undefined
  const gaps = minutes.slice(1).map((minute, i) => minute - minutes[i])
  // Runs in consecutive hours also follow one another across the hour boundary.
  if (hours.some(hour => hours.includes((hour + 1) % 24)))
    gaps.push(60 - minutes[minutes.length - 1] + minutes[0])
  return gaps.length > 0 ? Math.min(...gaps) : undefined
}

function expandField(field: string | undefined, min: number, max: number): number[] | undefined {
  if (field === undefined) return undefined
  const values = new Set<number>()
  for (const part of field.split(',')) {
    const match = /^(\*|\d+)(?:-(\d+))?(?:\/(\d+))?$/.exec(part)
    if (!match) return undefined
    const start = match[1] === '*' ? min : Number(match[1])
    const end = match[2] !== undefined ? Number(match[2]) : match[1] === '*' || match[3] ? max : start
    const step = match[3] !== undefined ? Number(match[3]) : 1
    if (step < 1 || start < min || end > max || start > end) return undefined
    for (let value = start; value <= end; value += step) values.add(value)
  }
  return [...values].sort((a, b) => a - b)
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/**
 * Filter patterns are GitHub's globs (`*`, `**`, `?`, `+`, `[...]`, leading `!`), matched
 * against git ref names or repository-relative paths.
 */
export function globProblem(pattern: string, kind: 'ref' | 'path'): string | undefined {
  const glob = pattern.startsWith('!') ? pattern.slice(1) : pattern
  if (glob === '') return 'An empty filter pattern matches nothing.'
  if (kind === 'ref' && /[\s~^:\\]/.test(glob)) {
    return `\`${pattern}\` contains a character git does not allow in ref names (filters are globs, not regular expressions).`
  }
  if (kind === 'path' && /^\.\.?\//.test(glob)) {
    return `\`${pattern}\` never matches: paths are relative to the repository root, without \`./\`.`
  }
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]
    if ((char === '?' || char === '+') && (i === 0 || glob[i - 1] === '*')) {
      return `In \`${pattern}\`, \`${char}\` must follow a character it repeats, not \`*\` or the start.`
    }
    if (char === '[') {
      const close = glob.indexOf(']', i + 1)
      if (close < 0) return `In \`${pattern}\`, \`[\` is never closed.`
      const range = /(.)-(.)/.exec(glob.slice(i + 1, close))
      if (range && range[1] > range[2]) return `In \`${pattern}\`, the range \`${range[0]}\` is empty.`
      i = close
    }
  }
  return undefined
}
