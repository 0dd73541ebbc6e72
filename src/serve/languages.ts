/**
 * The languages the server answers for: English, as LanguageTool names its
 * variants. mtlint lints English only; `auto` is taken as English, since the
 * text an add-on sends to mtlint is the English copy.
 */
export interface LanguageInfo {
  name: string
  code: string
  longCode: string
}

/** `GET /v2/languages`, in LanguageTool’s shape. */
export const languages: readonly LanguageInfo[] = [
  {name: 'English', code: 'en', longCode: 'en'},
  {name: 'English (US)', code: 'en', longCode: 'en-US'},
  {name: 'English (GB)', code: 'en', longCode: 'en-GB'}
]

const byCode = new Map(languages.map((language) => [language.longCode.toLowerCase(), language]))
byCode.set('auto', languages[0]!)

/** What a check reports as its `language`: the one asked for, and the one detected (`auto` detects English). */
export interface CheckLanguage {
  name: string
  code: string
  detectedLanguage: {name: string; code: string; confidence: number}
}

const resolved = new Map<string, CheckLanguage>()

/** The `language` of a check, or `undefined` for a code mtlint does not lint (LanguageTool then answers 400). */
export function checkLanguage(code: string): CheckLanguage | undefined {
  const key = code.toLowerCase()
  let language = resolved.get(key)
  if (!language) {
    const info = byCode.get(key)
    if (!info) return undefined
    language = {name: info.name, code: info.longCode, detectedLanguage: {name: info.name, code: info.longCode, confidence: 1}}
    resolved.set(key, language)
  }
  return language
}

/** LanguageTool’s message for a language it does not know, one line. */
export function unknownLanguage(code: string): string {
  return (
    "Error: '" +
    code +
    "' is not a language code known to mtlint. Supported language codes are: auto, " +
    languages.map((language) => language.longCode).join(', ')
  )
}
