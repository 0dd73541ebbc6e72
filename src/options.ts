import type {RulesOption} from './engine/settings.js'
import {formats, type Format} from './formats/format.js'

export type {RuleSetting} from './engine/settings.js'

/** Options of the preset, of `lint()` and of the processor (`settings.mtlint`). */
export interface Options {
  /** Per rule: `'off' | 'warn' | 'error'`, or `[severity, ruleOptions]`. Rules left out keep their default. */
  rules?: RulesOption | null | undefined
  /** How documents are written; by default inferred from the file extension (`.md`, `.html`…), else plain text. */
  format?: Format | null | undefined
}

const optionKeys: readonly string[] = ['rules', 'format']

/** Checks the shape of options and their `format` (the rule list checks `rules`); throws naming the key at fault. */
export function checkOptions(options: Options | null | undefined): void {
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError('Invalid mtlint options: expected an object such as `{rules: {…}}`')
  }
  for (const key of Object.keys(options ?? {})) {
    if (!optionKeys.includes(key)) {
      throw new Error('Unknown mtlint option `' + key + '`, expected ' + optionKeys.map((k) => '`' + k + '`').join(' or '))
    }
  }
  const format: unknown = options?.format
  if (format !== undefined && format !== null && !formats.includes(format as Format)) {
    throw new Error(
      'Invalid `format` option `' + JSON.stringify(format) + '`, expected ' + formats.map((f) => '`' + f + '`').join(', ')
    )
  }
}
