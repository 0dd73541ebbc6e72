import {compileNameTable, type NameEntry, type NameMatch, type NameTable} from '../src/engine/name-table.js'
import {isStringRecord, oneOf} from '../src/engine/option-checks.js'
import {defineRule, shifted} from '../src/engine/rule.js'
import type {KeptDecision, Report, Summarized} from '../src/engine/types.js'
import {insertInOrder} from './shared/kept-blocks.js'
import {historyMarkers, mentionMarkers, placeNameTable, sovietEnd} from './shared/place-names.js'

interface Options {
  /** `current`: flag every outdated spelling; `consistent`: flag only the minority spelling of a document that mixes both. */
  prefer: 'current' | 'consistent'
  /** Extra spellings to replace, as `{old: current}`; they extend the built-in table. */
  names: Readonly<Record<string, string>>
}

interface Settings {
  prefer: Options['prefer']
  table: NameTable
}

// The outdated spellings of the table, which this rule reports wherever they stand.
const outdated = new Set(placeNameTable.flatMap((entry) => entry.forms))

export default defineRule<Options, Settings, NameMatch[] | undefined>({
  id: 'place-names',
  description: 'Use the current English spelling of place names (`Kyiv`, not `Kiev`)',
  category: 'names',
  severity: 'warn',
  fixable: true,
  defaults: {prefer: 'current', names: {}},
  options: {prefer: oneOf('current', 'consistent'), names: isStringRecord},
  claims: (word) => outdated.has(word),
  prepare(options) {
    const extra = Object.entries(options.names).map(([old, current]): NameEntry => ({
      preferred: current,
      forms: [old],
      note: 'Listed in this project’s configuration'
    }))
    return {
      prefer: options.prefer,
      table: compileNameTable([...placeNameTable, ...extra], {withPreferred: options.prefer === 'consistent'})
    }
  },
  // A block without a listed spelling: nothing to report or to sum up.
  blockGates: (settings) => [settings.table.gate()],
  create({settings, report}) {
    if (settings.prefer === 'current') {
      return {
        block(block) {
          for (const match of settings.table.find(block.text, block.start)) {
            if (isHistoricalOrMention(block.text, match.start - block.start, match.end - block.start)) continue
            report({
              start: match.start,
              end: match.end,
              what: 'outdated spelling',
              expected: [match.entry.preferred],
              note: match.entry.note
            })
          }
        }
      }
    }

    // Consistency only: each block’s spellings are its summary; `decide` compares them once the document is read.
    let seen: NameMatch[] | undefined
    return {
      block(block) {
        for (const match of settings.table.find(block.text, 0)) {
          if (!match.preferred && isHistoricalOrMention(block.text, match.start, match.end)) continue
          ;(seen ??= []).push(match)
        }
      },
      summary() {
        const summary = seen
        seen = undefined
        return summary
      }
    }
  },
  decide(context, blocks) {
    keptSpellingDecision(context.settings).update(context, blocks, {removed: [], added: blocks})
  },
  keepDecision: keptSpellingDecision,
  // A block that spells no listed place sums up nothing (nearly every block): its decision never reads it.
  sparseSummaries: true
})

type Placed = Summarized<NameMatch[] | undefined>

/**
 * The decision of `consistent`, kept between updates (`decide` is one update
 * with every block added): each place’s spellings are tallied over its
 * blocks, and an update decides again the places of the blocks it adds and
 * removes. A place spelt both ways gets its minority spelling reported.
 */
function keptSpellingDecision(settings: Settings): KeptDecision<NameMatch[] | undefined> {
  // Each place’s blocks, in document order, and its reports with their blocks (offsets in the block).
  const occurrences = new Map<NameEntry, Placed[]>()
  const reports = new Map<NameEntry, Array<{block: Placed; report: Report}>>()
  return {
    update({report}, _blocks, {removed, added}) {
      if (settings.prefer === 'current') return
      const touched = new Set<NameEntry>()
      for (const block of removed) {
        for (const entry of entriesOf(block)) {
          touched.add(entry)
          const list = occurrences.get(entry)!
          list.splice(list.indexOf(block), 1)
        }
      }
      for (const block of added) {
        for (const entry of entriesOf(block)) {
          touched.add(entry)
          const list = occurrences.get(entry)
          if (list) insertInOrder(list, block)
          else occurrences.set(entry, [block])
        }
      }
      for (const entry of touched) {
        const decided = placeReports(entry, occurrences.get(entry)!)
        if (decided) reports.set(entry, decided)
        else reports.delete(entry)
        if (occurrences.get(entry)!.length === 0) occurrences.delete(entry)
      }
      for (const list of reports.values()) for (const {block, report: found} of list) report(shifted(found, block.start))
    }
  }
}

/** The places a block spells, once each. */
function entriesOf(block: Placed): ReadonlySet<NameEntry> {
  return new Set(block.summary?.map((match) => match.entry))
}

/** The reports on a place spelt both ways in its blocks (document order), at offsets in their blocks; `undefined` when it is spelt one way. */
function placeReports(entry: NameEntry, blocks: readonly Placed[]): Array<{block: Placed; report: Report}> | undefined {
  const matches: Array<{block: Placed; match: NameMatch}> = []
  for (const block of blocks) for (const match of block.summary!) if (match.entry === entry) matches.push({block, match})
  const current = matches.filter(({match}) => match.preferred).length
  const old = matches.length - current
  if (current === 0 || old === 0) return undefined
  // The majority wins; a tie goes to the current spelling.
  const keepCurrent = current >= old
  const majority = keepCurrent ? entry.preferred : mostCommonForm(matches.map(({match}) => match).filter((m) => !m.preferred))
  const note = 'This document spells the place both `' + entry.preferred + '` (' + current + '×) and the older way (' + old + '×). ' + entry.note
  return matches
    .filter(({match}) => match.preferred !== keepCurrent)
    .map(({block, match}) => ({block, report: {start: match.start, end: match.end, what: 'inconsistent spelling', expected: [majority], note}}))
}

function mostCommonForm(matches: readonly NameMatch[]): string {
  const counts = new Map<string, number>()
  for (const match of matches) counts.set(match.form, (counts.get(match.form) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0]
}

const sentenceEnd = /[.!?…][”"’)]*\s/g
// How far around an old spelling its sentence is read.
const reach = 200
const year = /(?<![\d,.])(1[0-9]{3})(?![\d,])/g

/**
 * Whether the old spelling is right where it stands: in a sentence about
 * the time it was current (a year before 1991, `Kievan Rus’`, the USSR), or
 * as a mention rather than a use, in a sentence about names and spellings
 * (`the older spelling Kiev`). Quotation marks alone do not make a mention:
 * machine translation keeps the source’s (`the “Donbass” militias`); nor
 * does a sentence that merely writes both spellings, which mixes them.
 */
function isHistoricalOrMention(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end)
  if (mentionMarkers.test(sentence) || historyMarkers.test(sentence)) return true
  for (const match of sentence.matchAll(year)) if (Number(match[1]) < sovietEnd) return true
  return false
}

/**
 * The sentence around `[start, end)`, within a window of `reach` characters
 * on each side: one look per match, however long the block or its sentences.
 */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - reach)
  const before = text.slice(from, start)
  let cut = 0
  for (const match of before.matchAll(sentenceEnd)) cut = match.index + match[0].length
  const after = text.slice(end, end + reach)
  sentenceEnd.lastIndex = 0
  const next = sentenceEnd.exec(after)
  return before.slice(cut) + text.slice(start, end) + (next ? after.slice(0, next.index + 1) : after)
}
