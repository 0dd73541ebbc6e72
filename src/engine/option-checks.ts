import type {OptionCheck} from './types.js'

/** Small validators for rule options; each returns a problem description or nothing. */

export function oneOf(...values: readonly string[]): OptionCheck {
  return (value) =>
    typeof value === 'string' && values.includes(value)
      ? undefined
      : 'expected ' + values.map((v) => '`' + v + '`').join(' or ') + ', not `' + JSON.stringify(value) + '`'
}

export const isBoolean: OptionCheck = (value) => (typeof value === 'boolean' ? undefined : 'expected a boolean, not `' + JSON.stringify(value) + '`')

export const isStringArray: OptionCheck = (value) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length > 0) ? undefined : 'expected an array of non-empty strings'

export const isStringRecord: OptionCheck = (value) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.entries(value).every(([key, item]) => key.length > 0 && typeof item === 'string' && item.length > 0)
    ? undefined
    : 'expected an object mapping non-empty strings to non-empty strings'
