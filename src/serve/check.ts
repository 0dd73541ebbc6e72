import type {Rule} from '../engine/rule.js'
import {lint} from '../lint.js'
import type {Options} from '../options.js'
import {packageInfo} from '../package-info.js'
import {annotatedText, plainText, type CheckedText} from './annotated-text.js'
import {badRequest, HttpError} from './http-error.js'
import {checkLanguage, unknownLanguage} from './languages.js'
import {matchRules, toMatches} from './matches.js'
import {ruleSelector, type RuleParameters} from './rule-selection.js'

/** A `/v2/check` request, read and checked: what to lint, with which options, and how to answer. */
export interface CheckRequest {
  checked: CheckedText
  /** `undefined`: the defaults. */
  options: Options | undefined
  /** The response’s `language`, as JSON. */
  languageJson: string
}

/** Answers `/v2/check` for one rule list: requests are read into options cached per parameter set, and results written in LanguageTool’s shape. */
export interface Checker {
  /** Reads the form fields of a check; throws an `HttpError` (400, 413) with one line. */
  read(fields: ReadonlyMap<string, string>): CheckRequest
  /** Lints and answers with the JSON body. */
  run(request: CheckRequest): Promise<string>
}

const languageJsons = new Map<string, string>()

/** The response’s `software`, the same for every check: written once. */
const software = JSON.stringify({
  name: 'mtlint',
  version: packageInfo.version,
  buildDate: '',
  apiVersion: 1,
  premium: false,
  status: ''
})

export function checker(list: readonly Rule[], maxLength: number): Checker {
  const optionsFor = ruleSelector(list)
  const rules = matchRules(list)

  return {
    read(fields) {
      const code = fields.get('language')
      if (code === undefined || code === '') throw badRequest("Missing 'language' parameter")
      const language = checkLanguage(code)
      // The code as given, kept short and on one line.
      if (!language) throw badRequest(unknownLanguage(code.slice(0, 20).replace(/[^\w-]/g, '?')))
      let languageJson = languageJsons.get(language.code)
      if (!languageJson) languageJsons.set(language.code, (languageJson = JSON.stringify(language)))

      const text = fields.get('text')
      const data = fields.get('data')
      if (text !== undefined && data !== undefined) throw badRequest("Set either 'text' or 'data', not both")
      if (text === undefined && data === undefined) throw badRequest("Missing 'text' or 'data' parameter")
      const checked = text === undefined ? annotatedText(data!) : plainText(text)
      if (checked.text.length > maxLength) {
        throw new HttpError(
          413,
          'Error: Your text exceeds the limit of ' + maxLength + ' characters (it is ' + checked.text.length + ' characters). Please submit a shorter text.'
        )
      }
      return {checked, options: optionsFor(ruleParameters(fields)), languageJson}
    },

    async run({checked, options, languageJson}) {
      const file = await lint(checked.text, options)
      const matches = toMatches(file.messages, checked, rules)
      return '{"software":' + software + ',"warnings":{"incompleteResults":false},"language":' + languageJson + ',"matches":' + JSON.stringify(matches) + '}'
    }
  }
}

function ruleParameters(fields: ReadonlyMap<string, string>): RuleParameters {
  const list = (name: string) =>
    (fields.get(name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean)
  const enabledOnly = fields.get('enabledOnly') ?? 'false'
  if (enabledOnly !== 'true' && enabledOnly !== 'false') throw badRequest("Invalid 'enabledOnly': expected true or false")
  return {
    enabledRules: list('enabledRules'),
    disabledRules: list('disabledRules'),
    enabledCategories: list('enabledCategories'),
    disabledCategories: list('disabledCategories'),
    enabledOnly: enabledOnly === 'true',
    motherTongue: fields.get('motherTongue') || undefined
  }
}
