import {formats, type Format} from '../formats/format.js'
import type {Rule} from './rule.js'
import type {SeverityLabel} from './types.js'

/** A rule’s setting in `options.rules`. */
export type RuleSetting = SeverityLabel | readonly [SeverityLabel, object?]

/** Options of the preset and of `lint()`. */
export interface Options {
  /** Per rule: `'off' | 'warn' | 'error'`, or `[severity, ruleOptions]`. Rules left out keep their default. */
  rules?: Readonly<Record<string, RuleSetting>> | null | undefined
  /** How documents are written; by default inferred from the file extension (`.md`, `.html`…), else plain text. */
  format?: Format | null | undefined
  /** Markdown front matter fields linted as prose (`['title', 'description']`); by default front matter is not linted. */
  frontmatter?: readonly string[] | null | undefined
}

const optionKeys: readonly string[] = ['rules', 'format', 'frontmatter']

/** A rule as configured: its severity (never `off`) and its options as given. */
export interface ConfiguredRule {
  rule: Rule
  severity: 'warn' | 'error'
  options: object | undefined
}

const labels: readonly string[] = ['off', 'warn', 'error']

/**
 * Reads `options.rules` against the registry. Throws an error naming the rule
 * and the key at fault for unknown rules, severities and rule options.
 */
export function configure(registry: readonly Rule[], options: Options | null | undefined): ConfiguredRule[] {
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
    throw new Error(
      'Invalid `format` option `' + JSON.stringify(format) + '`, expected ' + formats.map((f) => '`' + f + '`').join(', ')
    )
  }
  const frontmatter: unknown = options?.frontmatter
  if (frontmatter !== undefined && frontmatter !== null && (!Array.isArray(frontmatter) || frontmatter.some((field) => typeof field !== 'string'))) {
    throw new TypeError('Invalid `frontmatter` option `' + JSON.stringify(frontmatter) + '`, expected a list of field names such as `["title"]`')
  }
  const given = options?.rules ?? {}
  if (typeof given !== 'object' || Array.isArray(given)) {
    throw new TypeError('Invalid `rules` option: expected an object mapping rule ids to settings')
  }

  const byId = new Map(registry.map((rule) => [rule.id, rule]))
  for (const id of Object.keys(given)) {
    if (!byId.has(id)) {
      throw new Error('Unknown rule `' + id + '` in `rules`, expected one of: ' + [...byId.keys()].join(', '))
    }
  }

  const configured: ConfiguredRule[] = []
  for (const rule of registry) {
    const [severity, ruleOptions] = read(rule.id, given[rule.id] ?? rule.severity)
    if (severity === 'off') continue
    // Validate now, so that a bad option fails when the processor is set up, not mid-run.
    rule.settings(ruleOptions)
    configured.push({rule, severity, options: ruleOptions})
  }
  return configured
}

function read(id: string, setting: unknown): [SeverityLabel, object | undefined] {
  const [severity, ruleOptions, ...rest] = Array.isArray(setting) ? setting : [setting]
  if (typeof severity !== 'string' || !labels.includes(severity)) {
    throw new Error(
      'Invalid severity `' + JSON.stringify(severity) + '` for rule `' + id + '`, expected `off`, `warn` or `error`'
    )
  }
  if (rest.length > 0 || (ruleOptions !== undefined && (typeof ruleOptions !== 'object' || ruleOptions === null))) {
    throw new Error('Invalid setting for rule `' + id + '`, expected `severity` or `[severity, options]`')
  }
  return [severity as SeverityLabel, ruleOptions as object | undefined]
}
