import type {RulesOption} from './engine/settings.js'
import {formats, type Format} from './formats/format.js'

export type {RuleSetting} from './engine/settings.js'

/** Options of the preset, of `lint()` and of the processor (`settings.mtlint`). */
export interface Options {
  /** Per rule: `'off' | 'warn' | 'error'`, or `[severity, ruleOptions]`. Rules left out keep their default. */
  rules?: RulesOption | null | undefined
  /** How documents are written; by default inferred from the file extension (`.md`, `.html`…), else plain text. */
  format?: Format | null | undefined
  /** Markdown front matter fields linted as prose (`['title', 'description']`); by default front matter is not linted. */
  frontmatter?: readonly string[] | null | undefined
}

const optionKeys: readonly string[] = ['rules', 'format', 'frontmatter']

/** Checks the shape of options and their `format` (the rule list checks `rules`); throws naming the key at fault. */
export function checkOptions(options: Options | null | undefined): void {
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError('Invalid mtlint options: expected an object such as `{rules: {…}}`')
  }
  for (const key of Object.keys(options ?? {})) {
    if (!optionKeys.includes(key)) {
      const names = optionKeys.map((k) => '`' + k + '`')
      throw new Error('Unknown mtlint option `' + key + '`, expected ' + names.slice(0, -1).join(', ') + ' or ' + names.at(-1))
    }
  }
  const format: unknown = options?.format
  if (format !== undefined && format !== null && !formats.includes(format as Format)) {
    throw new Error('Invalid `format` option `' + JSON.stringify(format) + '`, expected ' + formats.map((f) => '`' + f + '`').join(', '))
  }
  const frontmatter: unknown = options?.frontmatter
  if (frontmatter !== undefined && frontmatter !== null && (!Array.isArray(frontmatter) || frontmatter.some((field) => typeof field !== 'string'))) {
    throw new TypeError('Invalid `frontmatter` option `' + JSON.stringify(frontmatter) + '`, expected a list of field names such as `["title"]`')
  }
}
