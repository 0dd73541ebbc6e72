/**
 * The source languages machine-translated copy comes from, as the rules name
 * them in messages and take them in their `languages` option. Shared
 * language knowledge lives here once; each rule keeps its own data per
 * language beside it.
 */
export const languageNames = {
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  ru: 'Russian',
  uk: 'Ukrainian',
  ar: 'Arabic',
  tr: 'Turkish',
  nl: 'Dutch',
  pl: 'Polish'
} as const

/** An ISO 639-1 code of a source language. */
export type Language = keyof typeof languageNames

export const languages = Object.keys(languageNames) as Language[]

/** Checks a `languages` option: a non-empty array of known codes. */
export function checkLanguages(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length === 0) return 'expected a non-empty array of language codes (' + languages.join(', ') + ')'
  const unknown = value.filter((code) => !languages.includes(code as Language))
  return unknown.length > 0
    ? 'unknown language ' + unknown.map((code) => '`' + String(code) + '`').join(', ') + ', expected one of ' + languages.join(', ')
    : undefined
}

/** How rules with data per language name languages and check their `languages` option (see `defineLanguagePatternRule`). */
export const languageNaming = {
  all: languages,
  name: (language: Language): string => languageNames[language],
  check: checkLanguages
}
