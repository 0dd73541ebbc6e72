import {describe, expect, test} from 'vitest'
import {rules} from '../../src/preset.js'
import {lint} from '../../src/lint.js'
import {ruleSelector, type RuleParameters} from '../../src/serve/rule-selection.js'

const none: RuleParameters = {
  enabledRules: [],
  disabledRules: [],
  enabledCategories: [],
  disabledCategories: [],
  enabledOnly: false,
  motherTongue: undefined
}

/** The rules a parameter set turns on, by id. */
function on(parameters: Partial<RuleParameters>): string[] {
  const options = ruleSelector(rules)({...none, ...parameters})
  const settings = (options?.rules ?? {}) as Record<string, unknown>
  return rules
    .filter((rule) => {
      const setting = settings[rule.id] ?? rule.severity
      return (Array.isArray(setting) ? setting[0] : setting) !== 'off'
    })
    .map((rule) => rule.id)
}

const defaults = rules.filter((rule) => rule.severity !== 'off').map((rule) => rule.id)

describe('ruleSelector', () => {
  test('no parameters: the preset’s defaults, as lint() with no options', () => {
    expect(ruleSelector(rules)(none)).toBeUndefined()
  })

  test.each<[Partial<RuleParameters>, string[]]>([
    [{disabledRules: ['place-names']}, defaults.filter((id) => id !== 'place-names')],
    [{disabledRules: ['PLACE_NAMES', 'UPPERCASE_SENTENCE_START']}, defaults.filter((id) => id !== 'place-names')],
    [{enabledRules: ['retext-quotes']}, [...defaults, 'retext-quotes']],
    [{enabledRules: ['place-names', 'calque'], enabledOnly: true}, ['place-names', 'calque']],
    [{enabledRules: ['retext-quotes', 'place-names'], disabledRules: ['place-names']}, [...defaults.filter((id) => id !== 'place-names'), 'retext-quotes']],
    [{enabledCategories: ['QUOTES'], enabledOnly: true}, ['quote-marks']],
    [
      {enabledCategories: ['names'], enabledRules: ['retext-quotes'], enabledOnly: true},
      rules.filter((rule) => rule.category === 'names' || rule.id === 'retext-quotes').map((rule) => rule.id)
    ],
    [{disabledCategories: ['NAMES', 'TYPOS']}, rules.filter((rule) => rule.severity !== 'off' && rule.category !== 'names').map((rule) => rule.id)],
    [{enabledRules: ['MORFOLOGIK_RULE_EN_US']}, defaults]
  ])('%j', (parameters, expected) => {
    expect(on(parameters).sort()).toEqual([...expected].sort())
  })

  test.each<[Partial<RuleParameters>, string]>([
    [{enabledOnly: true}, 'enabledOnly=true needs enabledRules or enabledCategories'],
    [{enabledOnly: true, enabledRules: ['calque'], disabledRules: ['place-names']}, 'enabledOnly=true cannot be used with disabledRules or disabledCategories']
  ])('%j is refused', (parameters, message) => {
    expect(() => ruleSelector(rules)({...none, ...parameters})).toThrow(expect.objectContaining({status: 400, message}))
  })

  test('the same parameters give the same options object, so lint() reuses its processor', () => {
    const select = ruleSelector(rules)
    const first = select({...none, disabledRules: ['calque'], motherTongue: 'de-CH'})
    expect(select({...none, disabledRules: ['calque'], motherTongue: 'de-CH'})).toBe(first)
    expect(select({...none, disabledRules: ['calque'], motherTongue: 'fr'})).not.toBe(first)
  })

  test('motherTongue sets the `languages` of the rules that take it, and no other', () => {
    const options = ruleSelector(rules)({...none, motherTongue: 'de-DE'})
    const withLanguages = Object.entries(options!.rules!)
      .filter(([, setting]) => Array.isArray(setting))
      .map(([id, setting]) => [id, setting])
    expect(withLanguages.length).toBeGreaterThan(0)
    for (const [, setting] of withLanguages) expect(setting).toEqual(['warn', {languages: ['de']}])
    expect(options!.rules!['place-names']).toBe('warn')
  })

  test('a motherTongue no rule knows changes nothing', () => {
    expect(ruleSelector(rules)({...none, motherTongue: 'ja-JP'})).toBeUndefined()
  })

  test('motherTongue narrows what is looked for: German quote marks are not French', async () => {
    const text = 'He said „we will come back” and left.\n\nShe said « we will stay » and stayed.'
    const ids = async (motherTongue: string) => (await lint(text, ruleSelector(rules)({...none, motherTongue}))).messages.map((message) => message.reason)
    const german = await ids('de')
    const french = await ids('fr')
    expect(german).not.toEqual(french)
    expect(german.some((reason) => reason.includes('German'))).toBe(true)
    expect(french.some((reason) => reason.includes('French'))).toBe(true)
  })
})
