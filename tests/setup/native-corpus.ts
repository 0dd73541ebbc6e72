import type {TestProject} from 'vitest/node'
import {lintCorpus, type LintedDocument} from '../../scripts/inputs/false-alarms.js'
import {nativeEnglish, type Document} from '../../scripts/inputs/native-english.js'

/** The pinned native English corpus and its messages with every rule on, or why it could not be read. */
export type NativeCorpus = {documents: Document[]; linted: LintedDocument[]} | {error: string}

declare module 'vitest' {
  export interface ProvidedContext {
    nativeCorpus: NativeCorpus
  }
}

/**
 * Reads and lints the native corpus once per run, for every test that needs
 * it (`tests/native-corpus.ts`). A corpus that is not the pinned one fails
 * those tests, with how to refresh the pin, and no other.
 */
export default async function setup(project: TestProject): Promise<void> {
  let corpus: NativeCorpus
  try {
    const documents = nativeEnglish()
    corpus = {documents, linted: await lintCorpus(documents)}
  } catch (error) {
    corpus = {error: (error as Error).message}
  }
  project.provide('nativeCorpus', corpus)
}
