/** The sound a word starts with, which decides between `a` and `an`; `either` when usage is split. */
export type Sound = 'vowel' | 'consonant' | 'either'

/** Words whose spelling misleads about their first sound: `a university`, `an hour`. */
export interface SoundException {
  /** Regular expression source, matched at the start of the lower-case word. */
  prefix: string
  sound: Sound
  why: string
  /** Words the prefix covers (tests check each one). */
  examples: readonly string[]
  /** Words that start alike but keep the spelling’s sound (tests check each one too). */
  unlike?: readonly string[]
}

export const soundExceptions: readonly SoundException[] = [
  {
    prefix: 'one(?![a-z])|once',
    sound: 'consonant',
    why: '`one` and `once` start with a /w/ sound',
    examples: ['one', 'one-time', 'once'],
    unlike: ['onerous', 'onion', 'onset']
  },
  {
    prefix: 'eu|ewe',
    sound: 'consonant',
    why: '`eu` and `ewe` start with a /j/ sound, as in `you`',
    examples: ['european', 'euro', 'eulogy', 'ewe']
  },
  {
    // `u`, one consonant, a vowel: /ju/ (`unit`, `use`, `utility`); but the negative prefix `un-` keeps /ʌ/.
    prefix: 'u[grstv][aeiou]|uni(?!n|mp|mag|mm|d(?!ir))|unanim|ukr|ukul|ubiq|ouija',
    sound: 'consonant',
    why: 'these words start with a /j/ or /w/ sound, as in `you` and `we`',
    examples: ['university', 'union', 'unique', 'unanimous', 'use', 'usual', 'utility', 'urine', 'uruguayan', 'ugandan', 'ukrainian', 'ukulele', 'ubiquitous', 'uvula', 'ouija'],
    unlike: ['unimportant', 'uninformed', 'unidentified', 'unusual', 'unarmed', 'umbrella', 'urgent', 'usher', 'utter', 'uber', 'ultimatum', 'upheaval']
  },
  {
    prefix: 'hour|heir|honest|hono',
    sound: 'vowel',
    why: 'the `h` is silent',
    examples: ['hour', 'hourly', 'heir', 'heiress', 'honest', 'honor', 'honour', 'honorary'],
    unlike: ['house', 'hero', 'honey', 'hot']
  },
  {
    // Usage is split (`an historic`, `an herb` in US English), so neither article is wrong.
    prefix: 'histor|herb|hotel|homage|horrend|horrif|hysteri|habitu|heroic|heredit|hallucin',
    sound: 'either',
    why: 'usage is split between `a` and `an`',
    examples: ['historic', 'historical', 'herb', 'hotel', 'homage', 'horrific', 'hysterical', 'habitual', 'heroic', 'hereditary']
  }
]

/**
 * Acronyms said as words, where reading them letter by letter would give the
 * other article: `a NATO summit` (not “an en-ay-tee-oh”), `a FIFA ruling`.
 * Acronyms not listed are read letter by letter: `an FBI agent`, `a US envoy`, `an MP`.
 */
export const acronymsSaidAsWords: readonly string[] = [
  'FEMA',
  'FIFA',
  'FRONTEX',
  'HAMAS',
  'LAN',
  'LASER',
  'MERCOSUR',
  'MERS',
  'NAFTA',
  'NASA',
  'NATO',
  'NIMBY',
  'NORAD',
  'RADAR',
  'ROM',
  'SARS',
  'SEATO',
  'SIM',
  'SWAT'
]

/** Letters whose names start with a vowel sound: `an F`, `an MP`, `an X-ray`, `an SUV`. */
export const vowelLetters = 'aefhilmnorsx'

/**
 * Marks that machine translation leaves between an article and its noun: the
 * quote marks French guillemets became, and brackets.
 */
export const marks: readonly string[] = ['“', '”', '"', '«', '»', '‹', '›', '‘', '’', "'", '(', '[']
