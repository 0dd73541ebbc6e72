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
/**
 * Writing systems other than the Latin alphabet, as their runs in English
 * prose are named in messages. `pattern` is a Unicode property escape.
 */
export const scripts: ReadonlyArray<{name: string; pattern: string}> = [
  {name: 'Cyrillic', pattern: '\\p{Script=Cyrillic}'},
  {name: 'Greek', pattern: '\\p{Script=Greek}'},
  {name: 'Arabic', pattern: '\\p{Script=Arabic}'},
  {name: 'Hebrew', pattern: '\\p{Script=Hebrew}'},
  {name: 'Chinese', pattern: '\\p{Script=Han}'},
  {name: 'Japanese', pattern: '\\p{Script=Hiragana}\\p{Script=Katakana}'},
  {name: 'Korean', pattern: '\\p{Script=Hangul}'},
  {name: 'Devanagari', pattern: '\\p{Script=Devanagari}'},
  {name: 'Bengali', pattern: '\\p{Script=Bengali}'},
  {name: 'Thai', pattern: '\\p{Script=Thai}'},
  {name: 'Georgian', pattern: '\\p{Script=Georgian}'},
  {name: 'Armenian', pattern: '\\p{Script=Armenian}'}
]

/**
 * Letters of Cyrillic and Greek that look like Latin ones: text typed or
 * converted in the wrong layout, or spoofed, mixes them into English words
 * (`аrtist` with a Cyrillic `а`).
 */
export const homoglyphs: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  ο: 'o', ν: 'v', Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X'
}

/** Names of languages in their own scripts, as language menus list them: names, not text to translate. */
export const autonyms: readonly string[] = [
  'Русский', 'Українська', 'Беларуская', 'Български', 'Српски', 'Қазақша', 'Ελληνικά', 'العربية', 'فارسی', 'اردو', 'עברית',
  '中文', '简体中文', '繁體中文', '繁体中文', '正體中文', '日本語', '한국어', 'हिन्दी', 'বাংলা', 'ไทย', 'ქართული', 'Հայերեն'
]
