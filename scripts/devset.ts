/**
 * The dev corpus (`../shared/devset/*.jsonl`): real machine-translated
 * English, each excerpt with the artifacts a copy editor marked, and
 * native-English negatives. Third-party text: read here at run time, never
 * copied into the repository. Its README gives the format and the scoring
 * that `scoreCorpus` implements.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {VFile} from 'vfile'

export const defaultCorpus = fileURLToPath(new URL('../../shared/devset', import.meta.url))

/** One item an annotator marked: `actual` is an exact substring of the excerpt’s text. */
export interface Marked {
  category: string
  actual: string
  why: string
}

export interface Excerpt {
  id: string
  url: string
  lang_source: string
  text: string
  expect: Marked[]
  note?: string
  /** The `.jsonl` file it came from. */
  file: string
}

/** A marked item the project judges not to be an artifact: left out of recall, reported. */
export interface Disputed {
  id: string
  actual: string
  reason: string
}

/** Categories a monolingual linter is not asked to find (the corpus README). */
export const unscored = new Set(['other'])

/** Whether the corpus folder holds at least one `.jsonl` file. */
export function corpusExists(folder: string): boolean {
  return existsSync(folder) && readdirSync(folder).some((name) => name.endsWith('.jsonl'))
}

export function readCorpus(folder: string): Excerpt[] {
  const excerpts: Excerpt[] = []
  for (const name of readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(path.join(folder, name), 'utf8').split('\n')
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue
      try {
        excerpts.push({...(JSON.parse(line) as Omit<Excerpt, 'file'>), file: name})
      } catch (error) {
        throw new Error(name + ':' + (index + 1) + ': not a JSON record: ' + (error as Error).message)
      }
    }
  }
  return excerpts
}

export function isNegative(excerpt: Excerpt): boolean {
  return excerpt.expect.length === 0
}

export function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** A message reduced to what scoring needs. */
export interface Hit {
  ruleId: string
  start: number
  end: number
  reason: string
  actual: string
  severity: 'error' | 'warning' | 'info'
  /** The section of the rule’s doc the message points to (its `url` fragment): the calque family. */
  anchor?: string
}

export function hitsOf(file: VFile): Hit[] {
  const hits: Hit[] = []
  for (const message of file.messages) {
    const place = message.place
    if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) continue
    hits.push({
      ruleId: message.ruleId ?? '',
      start: place.start.offset,
      end: place.end.offset,
      reason: message.reason,
      actual: message.actual ?? '',
      severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
      anchor: message.url?.includes('#') ? message.url.slice(message.url.indexOf('#') + 1) : undefined
    })
  }
  return hits
}

/** The corpus README’s overlap rule; an empty message span counts when it touches the item. */
export function overlaps(hit: {start: number; end: number}, start: number, end: number): boolean {
  if (hit.start === hit.end) return hit.start >= start && hit.start <= end
  return hit.start < end && hit.end > start
}

export interface ItemResult extends Marked {
  id: string
  lang: string
  start: number
  end: number
  found: boolean
  disputed: boolean
  /** Rules whose messages overlap the item. */
  by: string[]
  /** Doc sections (families) of the messages that overlap the item, as `rule#section`. */
  families: string[]
}

export interface Tally {
  marked: number
  found: number
  disputed: number
}

export interface Score {
  items: ItemResult[]
  /** Messages on positives that overlap no marked item (the corpus README’s count). */
  outside: Array<Hit & {id: string}>
  /**
   * Of `outside`, those on the same text as a message of the same rule inside
   * a marked item: the artifact again, where the annotators marked the first.
   */
  repeats: Array<Hit & {id: string}>
  positiveWords: number
  negatives: number
  flagged: Array<{id: string; hits: Hit[]}>
  byCategory: Record<string, Tally>
  /** Per category, per source language. */
  byLanguage: Record<string, Record<string, Tally>>
  /** Items found, per category, by each rule that found them. */
  byRule: Record<string, Record<string, number>>
  /** Outside messages per rule. */
  outsideByRule: Record<string, number>
  /** Disputed entries that match no marked item (stale: the corpus changed). */
  staleDisputes: Disputed[]
}

/** Scores the hits of every excerpt (by id) against the marked items, as the corpus README says. */
export function scoreCorpus(excerpts: readonly Excerpt[], hitsById: ReadonlyMap<string, Hit[]>, disputed: readonly Disputed[]): Score {
  const disputeKeys = new Set(disputed.map((entry) => entry.id + '\u0000' + entry.actual))
  const usedDisputes = new Set<string>()
  const score: Score = {
    items: [],
    outside: [],
    repeats: [],
    positiveWords: 0,
    negatives: 0,
    flagged: [],
    byCategory: {},
    byLanguage: {},
    byRule: {},
    outsideByRule: {},
    staleDisputes: []
  }

  for (const excerpt of excerpts) {
    const hits = hitsById.get(excerpt.id) ?? []
    if (isNegative(excerpt)) {
      score.negatives++
      if (hits.length > 0) score.flagged.push({id: excerpt.id, hits})
      continue
    }
    score.positiveWords += words(excerpt.text)
    const spans: Array<[number, number]> = []
    for (const marked of excerpt.expect) {
      const start = excerpt.text.indexOf(marked.actual)
      if (start === -1) throw new Error(excerpt.id + ': marked `' + marked.actual + '` is not in the text')
      const end = start + marked.actual.length
      spans.push([start, end])
      const overlapping = hits.filter((hit) => overlaps(hit, start, end))
      const by = [...new Set(overlapping.map((hit) => hit.ruleId))]
      const families = [...new Set(overlapping.filter((hit) => hit.anchor).map((hit) => hit.ruleId + '#' + hit.anchor))]
      const key = excerpt.id + '\u0000' + marked.actual
      const isDisputed = disputeKeys.has(key)
      if (isDisputed) usedDisputes.add(key)
      score.items.push({...marked, id: excerpt.id, lang: excerpt.lang_source, start, end, found: by.length > 0, disputed: isDisputed, by, families})
    }
    // The annotator marks the first occurrence of an artifact (corpus README): an outside message on a
    // later occurrence of what a rule found in a marked span is the same artifact again, told apart.
    const inside = hits.filter((hit) => spans.some(([start, end]) => overlaps(hit, start, end)))
    const foundTexts = new Set(inside.map((hit) => hit.ruleId + '\u0000' + hit.actual.toLowerCase()))
    for (const hit of hits) {
      if (inside.includes(hit)) continue
      score.outside.push({...hit, id: excerpt.id})
      if (foundTexts.has(hit.ruleId + '\u0000' + hit.actual.toLowerCase())) score.repeats.push({...hit, id: excerpt.id})
    }
  }

  for (const item of score.items) {
    const add = (tally: Tally) => {
      tally.marked++
      if (item.disputed) tally.disputed++
      else if (item.found) tally.found++
    }
    add((score.byCategory[item.category] ??= {marked: 0, found: 0, disputed: 0}))
    add(((score.byLanguage[item.category] ??= {})[item.lang] ??= {marked: 0, found: 0, disputed: 0}))
    if (item.found && !item.disputed) {
      for (const rule of item.by) {
        const counts = (score.byRule[rule] ??= {})
        counts[item.category] = (counts[item.category] ?? 0) + 1
      }
    }
  }
  for (const hit of score.outside) score.outsideByRule[hit.ruleId] = (score.outsideByRule[hit.ruleId] ?? 0) + 1
  score.staleDisputes = disputed.filter((entry) => !usedDisputes.has(entry.id + '\u0000' + entry.actual))
  return score
}

/** Recall of a tally: disputed items are left out of the denominator. */
export function recall(tally: Tally): number {
  const denominator = tally.marked - tally.disputed
  return denominator === 0 ? 1 : tally.found / denominator
}

/** The scored categories together, calques apart (issue 12 scores those on their own). */
export function combined(score: Score, exclude: ReadonlySet<string> = new Set(['calque'])): Tally {
  const total: Tally = {marked: 0, found: 0, disputed: 0}
  for (const [category, tally] of Object.entries(score.byCategory)) {
    if (unscored.has(category) || exclude.has(category)) continue
    total.marked += tally.marked
    total.found += tally.found
    total.disputed += tally.disputed
  }
  return total
}

/** Lints every excerpt with `lintText` (the default preset, unless the caller says otherwise). */
export async function lintCorpus(excerpts: readonly Excerpt[], lintText: (text: string) => Promise<VFile>): Promise<Map<string, Hit[]>> {
  const hitsById = new Map<string, Hit[]>()
  for (const excerpt of excerpts) hitsById.set(excerpt.id, hitsOf(await lintText(excerpt.text)))
  return hitsById
}

/** The project’s disputed labels (`eval/disputed.json`). */
export function readDisputed(): Disputed[] {
  return JSON.parse(readFileSync(new URL('../eval/disputed.json', import.meta.url), 'utf8')) as Disputed[]
}
