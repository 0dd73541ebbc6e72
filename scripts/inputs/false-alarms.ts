import type {VFileMessage} from 'vfile-message'
import {lint, rules, type RuleSetting} from '../../src/index.js'
import {nativeEnglish, type Document} from './native-english.js'

/** A message on the native corpus, as plain data (the tests share one lint of the corpus per run). */
export interface CorpusMessage {
  /** `line:column-line:column: reason`, as `String(message)` shows it. */
  text: string
  ruleId?: string
  source?: string
  line?: number
  reason: string
  actual?: string
  expected?: string[]
  url?: string
}

/** A document of the corpus with the messages of every rule on it. */
export interface LintedDocument {
  path: string
  words: number
  messages: CorpusMessage[]
}

/** Lints the corpus with every rule on (peers too). */
export async function lintCorpus(documents: readonly Document[] = nativeEnglish()): Promise<LintedDocument[]> {
  const everything: Record<string, RuleSetting> = {}
  for (const rule of rules) everything[rule.id] = 'warn'
  const linted: LintedDocument[] = []
  for (const document of documents) {
    const file = await lint(document.text, {rules: everything})
    linted.push({path: document.path, words: document.words, messages: file.messages.map(corpusMessage)})
  }
  return linted
}

function corpusMessage(message: VFileMessage): CorpusMessage {
  const fields: CorpusMessage = {text: String(message), reason: message.reason}
  if (message.ruleId) fields.ruleId = message.ruleId
  if (message.source) fields.source = message.source
  if (message.line !== undefined) fields.line = message.line
  if (message.actual !== undefined) fields.actual = message.actual
  if (message.expected) fields.expected = message.expected
  if (message.url) fields.url = message.url
  return fields
}

/** False alarms on the native English corpus: every message there is one. */
export interface FalseAlarms {
  documents: number
  words: number
  /** Messages per rule id. */
  counts: Map<string, number>
  /** A few messages per rule, `path:line: reason`, to show where they come from. */
  samples: Map<string, string[]>
}

/** Counts what each rule reports on the linted corpus. */
export function countFalseAlarms(linted: readonly LintedDocument[]): FalseAlarms {
  const counts = new Map<string, number>(rules.map((rule) => [rule.id, 0]))
  const samples = new Map<string, string[]>()
  for (const document of linted) {
    for (const message of document.messages) {
      const id = message.ruleId!
      counts.set(id, (counts.get(id) ?? 0) + 1)
      const list = samples.get(id) ?? []
      if (list.length < 3) list.push(`${document.path}:${message.line}: ${message.reason}`)
      samples.set(id, list)
    }
  }
  return {documents: linted.length, words: linted.reduce((sum, document) => sum + document.words, 0), counts, samples}
}

/** Lints the corpus and counts what each rule reports. */
export async function measureFalseAlarms(): Promise<FalseAlarms> {
  return countFalseAlarms(await lintCorpus())
}

/** False alarms per 10,000 words. */
export function per10k(alarms: FalseAlarms, id: string): number {
  return ((alarms.counts.get(id) ?? 0) * 10_000) / alarms.words
}
