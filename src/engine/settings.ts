import type {Rule} from './rule.js'
import type {SeverityLabel} from './types.js'

/** A rule’s setting in the `rules` option: a severity, or `[severity, options]`. */
export type RuleSetting = SeverityLabel | readonly [SeverityLabel, object?]

/** The `rules` option: settings by rule id (or a former id of the rule). */
export type RulesOption = Readonly<Record<string, RuleSetting>>

/** What `rule.plugin` takes: a setting, or the rule’s options alone. */
export type RuleConfig = unknown

/** A rule switched on for a run: its severity (never `off`) and its prepared settings. */
export interface ActiveRule {
  rule: Rule
  severity: 'warn' | 'error'
  settings: unknown
}

const labels: readonly string[] = ['off', 'warn', 'error']

/**
 * Reads the `rules` option against the rule list: rule ids, or former ids
 * (`aliases`). Throws an error naming the rule and the key at fault for
 * unknown rules, severities and rule options, so that a bad option fails when
 * the processor is set up, not mid-run. Returns the rules switched on, in the
 * list’s order.
 */
export function activeRules(list: readonly Rule[], given: RulesOption | null | undefined): ActiveRule[] {
  const settings = given ?? {}
  if (typeof settings !== 'object' || Array.isArray(settings)) {
    throw new TypeError('Invalid `rules` option: expected an object mapping rule ids to settings')
  }
  const byName = new Map<string, Rule>()
  for (const rule of list) for (const name of [rule.id, ...rule.aliases]) byName.set(name, rule)
  const named = new Map<Rule, string>()
  for (const name of Object.keys(settings)) {
    const rule = byName.get(name)
    if (!rule) {
      throw new Error('Unknown rule `' + name + '` in `rules`, expected one of: ' + list.map((rule) => rule.id).join(', '))
    }
    const other = named.get(rule)
    if (other !== undefined) {
      throw new Error('Rule `' + rule.id + '` is set twice in `rules`, as `' + other + '` and as `' + name + '`')
    }
    named.set(rule, name)
  }

  const active: ActiveRule[] = []
  for (const rule of list) {
    const name = named.get(rule)
    const [severity, options] = readSetting(rule.id, name === undefined ? rule.severity : settings[name])
    if (severity !== 'off') active.push({rule, severity, settings: rule.settings(options)})
  }
  return active
}

/**
 * Reads what `rule.plugin` is given: a setting, as in the `rules` option, or
 * the rule’s options alone. Nothing means on, as a warning (as an error for a
 * rule whose default is `error`). Throws as `activeRules` does; `undefined`
 * when the rule is off.
 */
export function activate(rule: Rule, config: RuleConfig): ActiveRule | undefined {
  const optionsAlone = typeof config === 'object' && config !== null && !Array.isArray(config)
  const fallback: SeverityLabel = rule.severity === 'error' ? 'error' : 'warn'
  const [severity, options]: [SeverityLabel, object | undefined] =
    config === undefined || config === null ? [fallback, undefined] : optionsAlone ? [fallback, config] : readSetting(rule.id, config)
  return severity === 'off' ? undefined : {rule, severity, settings: rule.settings(options)}
}

/** Reads one setting: a severity, or `[severity, options]`. */
export function readSetting(id: string, setting: unknown): [SeverityLabel, object | undefined] {
  const [severity, ruleOptions, ...rest] = Array.isArray(setting) ? setting : [setting]
  if (typeof severity !== 'string' || !labels.includes(severity)) {
    throw new Error('Invalid severity `' + JSON.stringify(severity) + '` for rule `' + id + '`, expected `off`, `warn` or `error`')
  }
  if (rest.length > 0 || (ruleOptions !== undefined && (typeof ruleOptions !== 'object' || ruleOptions === null))) {
    throw new Error('Invalid setting for rule `' + id + '`, expected `severity` or `[severity, options]`')
  }
  return [severity as SeverityLabel, ruleOptions as object | undefined]
}
