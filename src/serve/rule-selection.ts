import type {Rule} from '../engine/rule.js'
import type {Options, RuleSetting} from '../options.js'
import {badRequest} from './http-error.js'

/** The rule parameters of a check, as LanguageTool takes them (comma-separated lists, read already). */
export interface RuleParameters {
  enabledRules: readonly string[]
  disabledRules: readonly string[]
  enabledCategories: readonly string[]
  disabledCategories: readonly string[]
  enabledOnly: boolean
  /** The language the copy was translated from (`fr`, `de-CH`): rules with a `languages` option look for its conventions only. */
  motherTongue: string | undefined
}

/** Options cached per distinct set of rule parameters: at most this many (clients send a handful). */
const cacheSize = 64

/**
 * Maps LanguageTool’s rule parameters to mtlint options, once per distinct
 * set: the same options object comes back for the same parameters, so that
 * `lint()` reuses its frozen processor (and the rules their compiled
 * patterns) instead of setting one up per request.
 *
 * Rule ids are mtlint’s (or former ids), in any case, with `_` for `-`
 * (`PLACE_NAMES`); categories are mtlint’s (`QUOTES`, `NAMES`…). Ids and
 * categories mtlint does not know are ignored, as LanguageTool ignores
 * unknown ids: clients send their own LanguageTool rule ids.
 */
export function ruleSelector(list: readonly Rule[]): (parameters: RuleParameters) => Options | undefined {
  const byName = new Map<string, Rule>()
  for (const rule of list) for (const name of [rule.id, ...rule.aliases]) byName.set(normalized(name), rule)
  // Per rule and source language: the rule’s options for it, or null when the rule takes no `languages` (or not that one).
  const languageOptions = new Map<string, object | null>()
  const cache = new Map<string, Options | undefined>()

  const languageOption = (rule: Rule, language: string): object | null => {
    const key = rule.id + ' ' + language
    let options = languageOptions.get(key)
    if (options === undefined) {
      options = {languages: [language]}
      try {
        // Validates (and prepares, cached for this very object) the option, or throws: the rule list says which rules take it.
        rule.settings(options)
      } catch {
        options = null
      }
      languageOptions.set(key, options)
    }
    return options
  }

  const resolve = (parameters: RuleParameters): Options | undefined => {
    const rules = (names: readonly string[]) => new Set(names.flatMap((name) => byName.get(normalized(name)) ?? []))
    const categories = (names: readonly string[]) => new Set(names.map((name) => name.toLowerCase()))
    const enabled = rules(parameters.enabledRules)
    const disabled = rules(parameters.disabledRules)
    const enabledCategories = categories(parameters.enabledCategories)
    const disabledCategories = categories(parameters.disabledCategories)
    const language = parameters.motherTongue?.split(/[-_]/)[0]!.toLowerCase()

    const settings: Record<string, RuleSetting> = {}
    let changed = false
    for (const rule of list) {
      const onByDefault = rule.severity !== 'off'
      let on = parameters.enabledOnly ? enabled.has(rule) || (onByDefault && enabledCategories.has(rule.category)) : onByDefault || enabled.has(rule)
      if (disabled.has(rule) || disabledCategories.has(rule.category)) on = false
      const severity = on ? (onByDefault ? rule.severity : 'warn') : 'off'
      const options = on && language ? languageOption(rule, language) : null
      settings[rule.id] = options ? [severity, options] : severity
      if (severity !== rule.severity || options) changed = true
    }
    return changed ? {rules: settings} : undefined
  }

  return function optionsFor(parameters) {
    if (parameters.enabledOnly && parameters.enabledRules.length === 0 && parameters.enabledCategories.length === 0) {
      throw badRequest('enabledOnly=true needs enabledRules or enabledCategories')
    }
    if (parameters.enabledOnly && (parameters.disabledRules.length > 0 || parameters.disabledCategories.length > 0)) {
      throw badRequest('enabledOnly=true cannot be used with disabledRules or disabledCategories')
    }
    const key = JSON.stringify(parameters)
    if (cache.has(key)) {
      const options = cache.get(key)
      // Most recently used last: the oldest is dropped first.
      cache.delete(key)
      cache.set(key, options)
      return options
    }
    const options = resolve(parameters)
    if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!)
    cache.set(key, options)
    return options
  }
}

function normalized(name: string): string {
  return name.toLowerCase().replaceAll('_', '-')
}
