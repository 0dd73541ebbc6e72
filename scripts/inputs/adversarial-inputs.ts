import {calques} from '../../rules/calque/data.js'
import type {Format} from '../../src/index.js'

/**
 * Adversarial inputs, one or more per rule, each built to about `bytes` bytes
 * of UTF-8. `npm run bench:adversarial` times them at 1 MB and 10 MB against
 * ordinary prose; `tests/stress/adversarial.test.ts` (`npm run test:stress`) runs them at 200 KB as a coarse
 * guard. Each aims at what makes a matcher superlinear: long runs a regex
 * rescans, many matches in one sentence or block, deep partial matches.
 */
export interface AdversarialInput {
  name: string
  /** The rule (or stage) the input aims at. */
  target: string
  /** How it is written; plain text when absent. */
  format?: Format
  make(bytes: number): string
}

/** `unit` repeated until the text holds about `bytes` bytes of UTF-8. */
function repeat(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit))))
}

/** `before` + `filler` repeated to fill the remaining bytes + `after`. */
function around(before: string, filler: string, after: string, bytes: number): string {
  return before + repeat(filler, bytes - Buffer.byteLength(before + after)) + after
}

/**
 * Every calque phrase without its last token, written with the first
 * alternative of each token: the phrase table walks deep into the trie at
 * every word and then fails. One sentence: no token ends it.
 */
function calquePrefixes(): string {
  const prefixes: string[] = []
  for (const entry of calques) {
    for (const phrase of entry.phrases) {
      const tokens = phrase
        .trim()
        .split(/\s+/)
        .map((token) => token.replace(/^\[|\]$/g, ''))
        .filter((token) => !token.startsWith('!'))
        .map((token) => (token === '*' ? 'word' : token.split('|')[0]!))
        .filter((token) => !/^[.!?]$/.test(token))
      if (tokens.length > 1) prefixes.push(tokens.slice(0, -1).join(' '))
    }
  }
  return prefixes.join(' ') + ' '
}

export const adversarialInputs: readonly AdversarialInput[] = [
  {
    name: 'quote marks in one paragraph (~100,000 per MB)',
    target: 'quote-marks',
    make: (bytes) => repeat('“a” ”b“ "c" “ d ” “”"', bytes)
  },
  {
    name: 'guillemets with spaces inside, one paragraph',
    target: 'french-typography',
    make: (bytes) => repeat('« a » ‹ b › «\u00a0c\u202f» ', bytes)
  },
  {
    name: 'runs of 500 spaces and no-break spaces before », : and %',
    target: 'french-typography',
    make: (bytes) => repeat('word' + ' \u00a0'.repeat(250) + '» 12' + '\u00a0 '.repeat(250) + '% and' + ' \u202f'.repeat(250) + ': ', bytes)
  },
  {
    name: 'one run of spaces before a colon',
    target: 'french-typography',
    make: (bytes) => around('word', ' ', ': x', bytes)
  },
  {
    name: 'one run of no-break spaces before a guillemet',
    target: 'french-typography',
    make: (bytes) => around('« word', '\u00a0', '» x', bytes)
  },
  {
    name: 'French numbers, times and dates in one paragraph',
    target: 'french-typography, french-dates',
    make: (bytes) => repeat('1 000 000 3,5 % 14h30 le 7 février 2022 XXe siècle 1er 3ème the 2e ', bytes)
  },
  {
    name: '`MM. ` repeated',
    target: 'french-honorifics',
    make: (bytes) => repeat('MM. ', bytes)
  },
  {
    name: 'honorifics and initials in one paragraph',
    target: 'french-honorifics',
    make: (bytes) => repeat('M. Le Drian said Me Dupont and Michael M. Smith, Mme Durand ', bytes)
  },
  {
    name: 'place names in one sentence',
    target: 'place-names',
    make: (bytes) => repeat('Kiev Kyiv Chicken Kiev Odessa ', bytes)
  },
  {
    name: 'French romanisations and accented names in one paragraph',
    target: 'transliteration',
    make: (bytes) => repeat('Oleksiï and Sergueï met in Zoloté, Avdiïvka and Nové Město with Renée. ', bytes)
  },
  {
    name: 'names spelt two ways, over and over',
    target: 'name-variants',
    make: (bytes) => repeat('The Élysée and the Élysée met the Elysée; Jean-Yves, Jean-Yves and Jean Yves spoke. ', bytes)
  },
  {
    name: 'one line of spaces around page furniture',
    target: 'scraper-boilerplate',
    make: (bytes) => {
      const half = ' '.repeat(Math.max(0, Math.floor((bytes - 12) / 2)))
      return half + 'Read also: x' + half
    }
  },
  {
    name: 'page furniture on every line of one block',
    target: 'scraper-boilerplate',
    make: (bytes) => repeat('To see in video\n   source site-41  \nRead also: more\n', bytes)
  },
  {
    name: 'every calque prefix without its ending, one sentence',
    target: 'calque',
    make: (bytes) => repeat(calquePrefixes(), bytes)
  },
  {
    name: 'calques in one sentence without punctuation',
    target: 'calque',
    make: (bytes) => repeat('the head of American diplomacy put it on the account of Westerners ', bytes)
  },
  {
    name: 'one sentence without punctuation, French and English words',
    target: 'untranslated-french',
    make: (bytes) => repeat('selon le ministre the talks a déclaré qu’il les négociations word ', bytes)
  },
  {
    name: 'articles before runs of quote marks',
    target: 'article-agreement',
    make: (bytes) => repeat('a “ “ ( « immediate ceasefire an “ ” ‘ ', bytes)
  },
  {
    name: 'repeated words in one sentence',
    target: 'retext-repeated-words',
    make: (bytes) => repeat('the the ', bytes)
  },
  {
    name: 'one 1 MB word',
    target: 'parser, every rule',
    make: (bytes) => repeat('aé', bytes)
  },
  {
    name: '50,000 short paragraphs per MB',
    target: 'every rule, per block',
    make: (bytes) => repeat('Kiev, MM. Blinken.\n\n', bytes)
  },
  {
    name: 'Markdown: one paragraph of `MM. `',
    target: 'Markdown bridge, every rule',
    format: 'markdown',
    make: (bytes) => repeat('MM. ', bytes)
  },
  {
    name: 'Markdown: quote marks and inline code in one list item',
    target: 'Markdown bridge, quote-marks',
    format: 'markdown',
    make: (bytes) => '* ' + repeat('“a” `”b“` "c" ', bytes - 2)
  },
  {
    name: 'HTML: one `p` of `MM. `',
    target: 'HTML bridge, every rule',
    format: 'html',
    make: (bytes) => '<p>' + repeat('MM. ', bytes - 7) + '</p>'
  },
  {
    name: 'HTML: text without elements, in short lines',
    target: 'HTML bridge, every rule',
    format: 'html',
    make: (bytes) => repeat('Kiev, “he said”.\n', bytes)
  },
  {
    name: 'line breaks only',
    target: 'block splitter',
    make: (bytes) => repeat('\n', bytes)
  },
  {
    name: 'no-break spaces and line breaks',
    target: 'block splitter',
    make: (bytes) => repeat('\u00a0\n', bytes)
  }
]
