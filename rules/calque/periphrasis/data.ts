/**
 * Press periphrasis and metonymy per source language (the tenant of an
 * official residence, the head of X diplomacy, the Hexagon): phrase entries
 * of the same shape as the phrase table’s (`../entry.ts`), matched by a
 * table of their own. To add a language, add its file and one line here.
 */
import type {Language} from '../../shared/languages.js'
import type {LanguageCalque} from '../data.js'
import type {CalqueEntry} from '../entry.js'
import {german} from './de.js'
import {spanish} from './es.js'
import {french} from './fr.js'
import {italian} from './it.js'
import {portuguese} from './pt.js'
import {russian} from './ru.js'

export const periphrasesByLanguage: Readonly<Partial<Record<Language, readonly CalqueEntry[]>>> = {
  fr: french,
  de: german,
  es: spanish,
  it: italian,
  pt: portuguese,
  ru: russian
}

/** Every entry of every language, in table order. */
export const periphrases: readonly LanguageCalque[] = Object.entries(periphrasesByLanguage).flatMap(([language, entries]) =>
  entries!.map((entry) => ({...entry, language: language as Language}))
)
