/**
 * The gazetteer of translated names, per source language. To add a
 * language, add its file beside this one and one line here.
 */
import type {Language} from '../languages.js'
import type {NameEntry, NameTable} from './entry.js'
import {arabic} from './ar.js'
import {german} from './de.js'
import {spanish} from './es.js'
import {french} from './fr.js'
import {italian} from './it.js'
import {polish} from './pl.js'
import {portuguese} from './pt.js'
import {russian} from './ru.js'
import {turkish} from './tr.js'

export const namesByLanguage: Readonly<Partial<Record<Language, NameTable>>> = {
  fr: french,
  de: german,
  es: spanish,
  it: italian,
  pt: portuguese,
  ru: russian,
  pl: polish,
  tr: turkish,
  ar: arabic
}

/** An entry with its language and every rendering to look for. */
export interface LanguageName extends NameEntry {
  language: Language
  /** Listed renderings, then those made word for word; never the name itself or its English form. */
  forms: readonly string[]
}
