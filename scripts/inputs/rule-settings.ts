import {rules, type RuleSetting} from '../../src/index.js'

/** `options.rules` with every rule off but `id`, set to `setting`. */
export function only(id: string, setting: RuleSetting = 'warn'): Record<string, RuleSetting> {
  const map: Record<string, RuleSetting> = {}
  for (const rule of rules) map[rule.id] = rule.id === id ? setting : 'off'
  return map
}
