import {inject} from 'vitest'
import type {LintedDocument} from '../scripts/inputs/false-alarms.js'
import type {Document} from '../scripts/inputs/native-english.js'

/** The pinned native English corpus, read once per run (`tests/setup/native-corpus.ts`); throws when it changed. */
export function nativeCorpus(): {documents: Document[]; linted: LintedDocument[]} {
  const corpus = inject('nativeCorpus')
  if ('error' in corpus) throw new Error(corpus.error)
  return corpus
}
