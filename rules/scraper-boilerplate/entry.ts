import type {PatternEntry} from '../../src/engine/alternation.js'

/**
 * Where a furniture pattern stands on its line:
 * - `line`: it fills the line, spaces around it aside (most furniture: a
 *   widget label, a byline, a related-article link);
 * - `start`: it opens a line of prose (a rubric label, a dateline, a
 *   scraper’s date tag glued to the first sentence);
 * - `end`: it closes a line of prose (a photo credit after a caption, a
 *   sharing button glued to the last sentence);
 * - `inline`: anywhere (an editorial aside left by the source).
 */
export type Place = 'line' | 'start' | 'end' | 'inline'

/** One kind of page furniture, as a pattern. */
export interface FurnitureEntry {
  /** Regular expression source, without anchors (the place adds them); no named groups. */
  pattern: string
  place: Place
  /** Matched as written: by default a pattern is case-insensitive. */
  cased?: boolean
  /** What the furniture is, shown in parentheses after it. */
  what: string
  /** Why it is furniture: the widget, or the source-language form it renders. */
  note: string
  /**
   * Words or signs (in lower case) one of which the line must hold for the
   * entry to be tried: for a pattern that may start with any word (`… uses
   * cookies …`, a name before `•`), which costs more than the rest of the
   * lexicon together when tried on every line.
   */
  keywords?: readonly string[]
  /**
   * What every match holds that no mark or keyword says, for a pattern that
   * may start with any capitalised word (tried on most lines otherwise):
   * `glued capital`, a lower-case letter directly before a capital (two
   * words run together). The entry is tried only on a line that holds it
   * (of any script; or a control character: see `line-facts.ts`).
   */
  holds?: LineFact
  /** An invented text in which the entry finds exactly `found` (its tests check both). */
  example: string
  found: string
}

/** A fact of a line that the one pass over a block reads (see `line-facts.ts`). */
export type LineFact = 'glued capital'

/** A language’s furniture: what its sites print, in that language and as machine translation renders it. */
export type Lexicon = readonly FurnitureEntry[]

/** The note every entry starts from. */
export const furniture = 'Page furniture from the site the article was scraped from, not part of the article'

/**
 * The pattern of an entry, anchored to its place on a line (`m` flag: `$` at
 * line ends). `line` and `start` patterns are matched at the start of a
 * trimmed line (sticky), so they need no `^`.
 */
export function anchored(entry: Pick<FurnitureEntry, 'pattern' | 'place'>): string {
  switch (entry.place) {
    case 'line':
      return '(?:' + entry.pattern + ')[ \\t\\uFFFC]*$'
    case 'start':
      return '(?:' + entry.pattern + ')'
    case 'end':
      return '(?:' + entry.pattern + ')[ \\t]*$'
    case 'inline':
      return entry.pattern
  }
}

/** An entry as the pattern engine reads it: every finding is a line (or part) to delete. */
export function patternEntry(entry: FurnitureEntry): PatternEntry & {source: FurnitureEntry} {
  return {pattern: anchored({...entry, pattern: singleLine(entry.pattern)}), what: entry.what, note: entry.note, expected: () => [], source: entry}
}

/**
 * `\s` without the line breaks `\r` and `\n`, spelt out: the characters of
 * `[^\S\r\n]` (a test compares them over every code point). V8 compiles
 * the negated form far more slowly under `iu`: it folds the case of the
 * class’s contents, nearly all of Unicode, before negating them. Spelt out,
 * the first match of the lexicon’s start-of-line alternation, which compiles
 * it, took ~40 ms of CPU instead of ~90.
 */
export const spaceNotBreak = '[\\t\\v\\f \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]'

/**
 * A pattern that never crosses a line break, however it is written: `\s`
 * and negated classes (`[^.]`) leave line breaks out. The data can then say
 * `\s*` where it means spaces: a line is a line whether the block around it
 * was parsed alone or with the whole document.
 */
export function singleLine(pattern: string): string {
  let result = ''
  let inClass = false
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index]!
    if (character === '\\') {
      const next = pattern[index + 1] ?? ''
      index++
      if (next === 's') result += inClass ? ' \\t\\u00A0\\u202F' : spaceNotBreak
      else result += character + next
      continue
    }
    if (!inClass && character === '[') {
      inClass = true
      if (pattern[index + 1] === '^') {
        result += '[^\\r\\n'
        index++
        continue
      }
    } else if (inClass && character === ']') {
      inClass = false
    }
    result += character
  }
  return result
}

// Building blocks of the lexicons.

/** A month name in English, full or abbreviated. */
export const month = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\p{L})\.?`
/** A weekday in English, full or abbreviated, with its comma. */
export const weekday = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?,?`
/** A clock time: `11:07`, `5:56 p.m.`, `19:49:48`, `05:28h` (not the seconds and GMT of a generated HTTP date). */
export const time = String.raw`\d{1,2}[:.h]\d{2}(?::\d{2}(?!\s*gmt))?\s*(?:h\b\.?|[ap]\.?\s?m\b\.?)?(?:\s*(?:gmt|utc|cet|cest|msk)\s*(?:[+-]\s*\d{1,2}(?::\d{2})?)?|\s*\((?:gmt|utc)\s*[+-]\d{1,2}:?\d{0,2}\))?`
/** A calendar date in English word order, or in digits. */
export const date = String.raw`(?:${weekday}\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${month},?(?:\s+\d{4})?|${month}\s*\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4}|,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})`
/** News agencies and picture agencies whose names end a credit, in lower case. */
// prettier-ignore
export const agencies = [
  'afp', 'ap', 'reuters', 'dpa', 'efe', 'epa', 'ansa', 'tass', 'ria novosti', 'sputnik', 'anadolu', 'xinhua', 'getty images', 'imago',
  'pixabay', 'shutterstock', 'unsplash', 'sipa', 'abaca', 'hans lucas', 'belga', 'anp', 'pap', 'lusa', 'apa', 'keystone', 'europa press',
  'qmi', 'unn', 'ukrinform', 'interfax', 'agencies', 'pool'
] as const
export const agency = '(?:' + agencies.join('|') + ')'
/** A name of one to four words (bylines): letters, initials, hyphens, apostrophes. */
export const name = String.raw`[\p{L}@][\p{L}\p{N}_.'’-]*(?:\s[\p{L}][\p{L}.'’-]*){0,3}`
