/**
 * The types of the ${{ }} expression language, as GitHub evaluates it: null, bool, number,
 * string, arrays and objects, plus `any` where nothing is known statically (event payloads,
 * computed matrices). An object is strict when it lists every property it can have (step ids,
 * job outputs, matrix keys); otherwise `other` types whatever key is not listed.
 */
export type ExprType =
  | { kind: 'any' }
  | { kind: 'null' }
  | { kind: 'bool' }
  | { kind: 'number' }
  | { kind: 'string' }
  | { kind: 'array'; element: ExprType }
  | { kind: 'object'; props: Map<string, ExprType>; other?: ExprType }

export type ObjectType = Extract<ExprType, { kind: 'object' }>

export const ANY: ExprType = { kind: 'any' }
export const NULL: ExprType = { kind: 'null' }
export const BOOL: ExprType = { kind: 'bool' }
export const NUMBER: ExprType = { kind: 'number' }
export const STRING: ExprType = { kind: 'string' }

/** An object with exactly these properties (names are case-insensitive, so keys are lower-cased). */
export function strictObject(props: Record<string, ExprType> | (readonly [string, ExprType])[]): ObjectType {
  const list = Array.isArray(props) ? props : Object.entries(props)
  return { kind: 'object', props: new Map(list.map(([name, type]) => [name.toLowerCase(), type])) }
}

/** An object whose every property has one type, like `env` or `vars` (a map from string to string). */
export function mapOf(value: ExprType): ObjectType {
  return { kind: 'object', props: new Map(), other: value }
}

export function arrayOf(element: ExprType): ExprType {
  return { kind: 'array', element }
}

/** The type of a property, `undefined` when a strict object does not have it. */
export function propertyType(
  object: Extract<ExprType, { kind: 'object' }>,
  name: string
): ExprType | undefined {
  return object.props.get(name.toLowerCase()) ?? object.other
}

const MAX_NAMED_PROPERTIES = 8

/** How a type is written in messages: `{a: string; b: number}`, `{string => string}`, `array<bool>`. */
export function typeName(type: ExprType): string {
  switch (type.kind) {
    case 'array':
      return `array<${typeName(type.element)}>`
    case 'object': {
      const props = [...type.props].map(([name, prop]) => `${name}: ${typeName(prop)}`)
      if (type.other && props.length === 0) return `{string => ${typeName(type.other)}}`
      // A message names a few properties; the github context alone has forty.
      const shown = props.length > MAX_NAMED_PROPERTIES ? props.slice(0, MAX_NAMED_PROPERTIES) : props
      const more = shown.length < props.length || type.other ? ['...'] : []
      return `{${[...shown, ...more].join('; ')}}`
    }
    default:
      return type.kind
  }
}

/** The type of a literal value (YAML or JSON): what a matrix row or a `fromJSON('...')` yields. */
export function typeOfValue(value: unknown): ExprType {
  if (value === null || value === undefined) return NULL
  if (typeof value === 'boolean') return BOOL
  if (typeof value === 'number') return NUMBER
  if (typeof value === 'string') return value.includes('${{') ? ANY : STRING
  if (Array.isArray(value)) return arrayOf(merge(value.map(typeOfValue)))
  if (typeof value === 'object') {
    return strictObject(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, typeOfValue(v)] as const)
    )
  }
  return ANY
}

/**
 * One type for values that may each have a different one: equal kinds merge (objects by their
 * properties), anything else becomes `any`.
 */
export function merge(types: ExprType[]): ExprType {
  if (types.length === 0) return ANY
  return types.reduce((a, b) => mergeTwo(a, b))
}

function mergeTwo(a: ExprType, b: ExprType): ExprType {
  if (a.kind === 'any' || b.kind === 'any' || a.kind !== b.kind) return ANY
  if (a.kind === 'array' && b.kind === 'array') return arrayOf(mergeTwo(a.element, b.element))
  if (a.kind === 'object' && b.kind === 'object') {
    const props = new Map(a.props)
    for (const [name, type] of b.props)
      props.set(name, props.has(name) ? mergeTwo(props.get(name) as ExprType, type) : type)
    const other = a.other && b.other ? mergeTwo(a.other, b.other) : (a.other ?? b.other)
    return { kind: 'object', props, ...(other ? { other } : {}) }
  }
  return a
}

/**
 * Whether GitHub can compare the two operands meaningfully. `==` coerces primitives but turns
 * an object or array into NaN against a primitive; `<` and friends only order numbers and strings.
 */
export function comparable(operator: string, left: ExprType, right: ExprType): boolean {
  const isCollection = (t: ExprType) => t.kind === 'object' || t.kind === 'array'
  if (operator === '==' || operator === '!=') {
    if (left.kind === 'any' || left.kind === 'null' || right.kind === 'any' || right.kind === 'null')
      return true
    if (isCollection(left) !== isCollection(right)) return false
    if (left.kind === 'array' && right.kind === 'array')
      return comparable(operator, left.element, right.element)
    if (left.kind === 'object' || right.kind === 'object') return left.kind === right.kind
    return true
  }
  const orderable = (t: ExprType) => t.kind === 'any' || t.kind === 'number' || t.kind === 'string'
  return orderable(left) && orderable(right)
}

/** Whether a value of type `value` may be given where `target` is expected (inputs, runs-on). */
export function assignable(target: ExprType, value: ExprType): boolean {
  if (target.kind === 'any' || value.kind === 'any') return true
  // Every primitive converts to a string, and a string can hold the text of a bool or a number.
  if (target.kind === 'string') return value.kind !== 'object' && value.kind !== 'array'
  if (target.kind === 'array') return value.kind === 'array'
  return target.kind === value.kind || value.kind === 'null'
}
