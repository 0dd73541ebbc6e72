import type {Lexicon} from '../entry.js'
import {ar} from './ar.js'
import {de} from './de.js'
import {en} from './en.js'
import {es} from './es.js'
import {fr} from './fr.js'
import {it} from './it.js'
import {nl} from './nl.js'
import {pl} from './pl.js'
import {pt} from './pt.js'
import {ru} from './ru.js'
import {tr} from './tr.js'
import {uk} from './uk.js'

/** Every language’s furniture; English first (the widgets every site prints). */
export const lexicons: Readonly<Record<string, Lexicon>> = {en, fr, de, es, it, pt, ru, uk, nl, pl, tr, ar}
