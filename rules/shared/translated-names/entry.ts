/**
 * The gazetteer of the `calque` rule’s translated-names family: names of
 * newspapers, broadcasters and their programmes, parties, unions,
 * institutions and places, per source language (`fr.ts`, `de.ts`…, listed
 * in `data.ts`), with the literal renderings machine translation makes of
 * them (`Le Télégramme` → `The Telegram`). English copy keeps a title in its
 * own language and uses the accepted English name of a party or institution.
 *
 * Renderings are made from the name’s words through the language’s
 * `words` list (`Ouest-France` → `West France`), and listed where word
 * order or idiom changes (`Debout la France` → `Stand Up France`).
 */
import type {Kind} from './kinds.js'

export interface NameEntry {
  /** The name as its own language writes it: `Le Télégramme`. */
  name: string
  kind: Kind
  /** The name English copy uses, where it is not `name`: `National Rally`. */
  english?: string
  /** Renderings the word list cannot make (word order, idioms), in title case. */
  renderings?: readonly string[]
  /** Whether to make renderings from the word list too (default: yes). */
  wordForWord?: false
  /**
   * What a rendering needs around it to read as this name (see
   * `src/engine/gazetteer.ts`); by default, capitals are enough for a
   * rendering of two words or more (`West France`), context is needed for one
   * word (`Echoes`):
   * - `context`: the renderings are ordinary English (`The World`, `South
   *   West`): found capitalised with context (`the daily`, `reported`,
   *   quotation marks), never from capitals alone;
   * - `cue`: a rendering is also an English-language title (`The Mirror`,
   *   `The Sun`): found only after a cue of its kind (`the weekly`).
   */
  needs?: 'context' | 'cue'
  /** What it is, in one line: `regional daily of Brittany, based in Morlaix`. */
  note: string
}

/** One source language’s names and the word list their renderings are made from. */
export interface NameTable {
  /**
   * Source words (lower case, accents kept) and their literal English
   * renderings; `''` drops the word. Words not listed are kept as they are.
   */
  words: Readonly<Record<string, string | readonly string[]>>
  names: readonly NameEntry[]
}
