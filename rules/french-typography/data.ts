/**
 * The data of the `french-typography` rule: each source language’s file
 * lists the conventions it shares (`shared.ts`) and its own; `common.ts`
 * holds the damage of no one language. To add a language, add its file and
 * one line here.
 *
 * Every entry starts with its own mark and checks what stands before it with
 * a lookbehind after that mark (`\\.(?<= \\.)`), never with a lookaround in
 * front: V8 then skips from one such mark to the next (see `compilePatterns`).
 */
import type {LanguagePatternData} from '../../src/engine/language-patterns.js'
import type {Language} from '../shared/languages.js'
import {arabic} from './ar.js'
import {commonTypography} from './common.js'
import {german} from './de.js'
import type {TypographyEntry} from './entry.js'
import {spanish} from './es.js'
import {french} from './fr.js'
import {italian} from './it.js'
import {dutch} from './nl.js'
import {polish} from './pl.js'
import {portuguese} from './pt.js'
import {russian} from './ru.js'
import {sharedTypography} from './shared.js'
import {turkish} from './tr.js'
import {ukrainian} from './uk.js'

export const typography: LanguagePatternData<Language, TypographyEntry> = {
  shared: sharedTypography,
  common: commonTypography,
  byLanguage: {fr: french, de: german, es: spanish, it: italian, pt: portuguese, ru: russian, uk: ukrainian, ar: arabic, tr: turkish, nl: dutch, pl: polish}
}
