/**
 * Literal renderings of a name, made word for word through its language’s
 * word list: `Ouest-France` → `West France` and `West-France`; `Les Échos`
 * → `The Echoes` and `Echoes`. Words not listed stay as they are, so that
 * only a name with at least one word translated gets a rendering.
 */
import type {NameTable} from './entry.js'

/** At most this many renderings per name: word lists with many senses multiply. */
const limit = 16

export function wordForWord(name: string, words: NameTable['words']): string[] {
  // Words, with the hyphens that join them and elided articles (`L’`, `d’`) split off.
  const parts = partsOf(name, words)
  // `content`: a word other than the article was translated.
  let renderings: Array<{text: string; translated: boolean; content: boolean}> = [{text: '', translated: false, content: false}]
  for (const part of parts) {
    if (part === '-') {
      // A compound is written with a space or with its hyphen.
      renderings = renderings.flatMap((rendering) => [rendering, {...rendering, text: rendering.text + '-'}])
      continue
    }
    const listed = lookUp(part, words)
    const senses = listed === undefined ? [part] : typeof listed === 'string' ? [listed] : listed
    renderings = renderings.flatMap((rendering) =>
      senses.map((sense) => ({
        text: join(rendering.text, capitalisedLike(sense, part)),
        translated: rendering.translated || listed !== undefined,
        content: rendering.content || (listed !== undefined && sense.toLowerCase() !== 'the')
      }))
    ).slice(0, limit)
  }
  const made = new Set<string>()
  for (const rendering of renderings) {
    if (!rendering.translated) continue
    const text = rendering.text.trim()
    if (text === '') continue
    made.add(text)
    // MT often drops the article a title starts with: `Echoes reported`; but
    // `Figaro` is only the title without its article, not a translation.
    const bare = text.replace(/^the\s+/i, '')
    if (bare !== text && rendering.content) made.add(bare)
  }
  made.delete(name)
  return [...made]
}

/** A name's words, with the hyphens that join them and elided articles split off, unless the word list has them whole. */
function partsOf(name: string, words: NameTable['words']): string[] {
  const parts: string[] = []
  for (const word of name.split(/\s+/)) {
    if (lookUp(word, words)) parts.push(word)
    else if (!word.includes("'") && !word.includes('’') && !word.includes('-')) {
      if (word) parts.push(word)
    } else
      for (const part of word.split(/(?<=['’])/)) {
        if (lookUp(part, words)) parts.push(part)
        else for (const piece of part.split(/(-)/)) if (piece) parts.push(piece)
      }
  }
  return parts
}

function lookUp(word: string, words: NameTable['words']): string | readonly string[] | undefined {
  return words[word.toLowerCase().replaceAll("'", '’')]
}

function join(before: string, word: string): string {
  if (word === '') return before
  return before === '' || before.endsWith('-') ? before + word : before + ' ' + word
}

/** `monde` rendered `world` is `World` where the source capitalises it. */
function capitalisedLike(sense: string, source: string): string {
  const capital = source.charAt(0) !== source.charAt(0).toLowerCase()
  return capital && sense !== '' ? sense.charAt(0).toUpperCase() + sense.slice(1) : sense
}
