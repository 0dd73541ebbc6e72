import {lint, rules, type RuleSetting} from '../../src/index.js'
import {nativeEnglish, type Document} from './native-english.js'

/** False alarms on the native English corpus: every message there is one. */
export interface FalseAlarms {
  documents: number
  words: number
  /** Messages per rule id (peers under their own source). */
  counts: Map<string, number>
  /** A few messages per rule, `path:line: reason`, to show where they come from. */
  samples: Map<string, string[]>
}

/** Lints a native English corpus (the READMEs by default) with every rule on (peers too) and counts what each rule reports. */
export async function measureFalseAlarms(documents: readonly Document[] = nativeEnglish()): Promise<FalseAlarms> {
  const everything: Record<string, RuleSetting> = {}
  for (const rule of rules) everything[rule.id] = 'warn'

  const counts = new Map<string, number>(rules.map((rule) => [rule.id, 0]))
  const samples = new Map<string, string[]>()
  for (const document of documents) {
    const file = await lint(document.text, {rules: everything})
    for (const message of file.messages) {
      const id = message.source === 'mtlint' ? message.ruleId! : message.source!
      counts.set(id, (counts.get(id) ?? 0) + 1)
      const list = samples.get(id) ?? []
      if (list.length < 3) list.push(`${document.path}:${message.line}: ${message.reason}`)
      samples.set(id, list)
    }
  }
  return {documents: documents.length, words: documents.reduce((sum, document) => sum + document.words, 0), counts, samples}
}

/** False alarms per 10,000 words. */
export function per10k(alarms: FalseAlarms, id: string): number {
  return ((alarms.counts.get(id) ?? 0) * 10_000) / alarms.words
}
