/**
 * The phrase table of the `calque` rule, per source language. To add a
 * language, add its file of entries beside this one and one line here.
 */
import type {Language} from '../shared/languages.js'
import type {CalqueEntry} from './entry.js'
import {arabic} from './ar.js'
import {german} from './de.js'
import {spanish} from './es.js'
import {french} from './fr.js'
import {italian} from './it.js'
import {dutch} from './nl.js'
import {polish} from './pl.js'
import {portuguese} from './pt.js'
import {russian} from './ru.js'
import {turkish} from './tr.js'
import {ukrainian} from './uk.js'

export const calquesByLanguage: Readonly<Partial<Record<Language, readonly CalqueEntry[]>>> = {
  fr: french,
  de: german,
  es: spanish,
  it: italian,
  ru: russian,
  uk: ukrainian,
  pt: portuguese,
  nl: dutch,
  pl: polish,
  tr: turkish,
  ar: arabic
}

/** An entry with the language it is a calque of. */
export interface LanguageCalque extends CalqueEntry {
  language: Language
}

/** Every entry of every language, in table order. */
export const calques: readonly LanguageCalque[] = Object.entries(calquesByLanguage).flatMap(([language, entries]) =>
  entries!.map((entry) => ({...entry, language: language as Language}))
)
