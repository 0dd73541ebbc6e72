/**
 * The data of the `french-dates` rule: each source language’s file lists
 * the dates and ordinals it shares (`shared.ts`) and its own; `common.ts`
 * holds those of no one language. To add a language, add its file and one
 * line here.
 */
import type {LanguagePatternData} from '../../src/engine/language-patterns.js'
import type {Language} from '../shared/languages.js'
import {commonDates} from './common.js'
import {german} from './de.js'
import type {DateEntry} from './entry.js'
import {spanish} from './es.js'
import {french} from './fr.js'
import {italian} from './it.js'
import {polish} from './pl.js'
import {portuguese} from './pt.js'
import {russian} from './ru.js'
import {sharedDates} from './shared.js'
import {turkish} from './tr.js'
import {ukrainian} from './uk.js'

export const dates: LanguagePatternData<Language, DateEntry> = {
  shared: sharedDates,
  common: commonDates,
  byLanguage: {fr: french, de: german, es: spanish, it: italian, pt: portuguese, ru: russian, uk: ukrainian, tr: turkish, pl: polish}
}

/**
 * How every match starts (see `compilePatterns`): a digit or a Roman numeral.
 * A date’s article, weekday or month before its first digit is matched
 * backwards (`before`), so the regex skips from digit to digit instead of
 * stopping at every `le`, `ma` or `de` of English text (3× faster).
 */
export const first = '[\\dIVX]'
