import {shifted} from '../../src/engine/rule.js'
import type {KeptDecision, Report, RuleContext, Summarized} from '../../src/engine/types.js'
import {indexOfBlock, insertInOrder} from '../shared/kept-blocks.js'
import type {Nickname} from './language.js'
import {firstMentions, type NicknameMention, type SeenKeys} from './nicknames.js'

/** A block’s acronyms and nicknames, in order, with their reports at offsets in the block. */
export interface Mentions {
  acronyms: AcronymMention[]
  nicknames: NicknameMention[]
}

/** An acronym of a source-language institution, explained where it stands (`glossed`) or reported unless explained earlier. */
export interface AcronymMention {
  acronym: string
  glossed: boolean
  report: Report
}

/** What the document remembers: an acronym explained (by its text), a nickname met (by its entry). */
type Key = string | Nickname

type Placed = Summarized<Mentions | undefined>

/**
 * The reports of a block’s mentions, at offsets in the block, given what the
 * blocks before it explained and met (`seen`, to which this adds): an
 * acronym is reported until it is explained, a nickname at its first mention.
 */
function blockReports(mentions: Mentions, seen: SeenKeys<Key>): Report[] {
  const reports: Report[] = []
  for (const {acronym, glossed, report} of mentions.acronyms) {
    if (seen.has(acronym)) continue
    if (glossed) seen.add(acronym)
    else reports.push(report)
  }
  for (const mention of firstMentions(mentions.nicknames, seen)) reports.push(mention.report)
  return reports
}

/** A block with mentions: its keys, and its reports as last decided. */
interface Mentioned {
  keys: ReadonlySet<Key>
  reports: Report[]
}

// A key whose first block went (or stopped adding it) during an update, until a block read adds it.
const searching = Symbol('searching')

/**
 * The document decision of acronyms and nicknames, kept between updates
 * (`decide` is one update with every block added). Each key is added to what
 * the document has seen by one block, its first (`first`); a block’s
 * reports depend only on whether the first block of each of its keys comes
 * before it. An update reads again the blocks added, and those of their keys
 * (and of the keys of blocks removed) whose first block changes: in
 * document order, each block read setting the first block of its keys.
 */
export function keptMentionDecision(): KeptDecision<Mentions | undefined> {
  const blocksWith = new Map<Placed, Mentioned>()
  // Each key’s blocks, in document order.
  const occurrences = new Map<Key, Placed[]>()
  // Each key’s first block: the one that adds it to what is seen (absent: none does).
  const first = new Map<Key, Placed | typeof searching>()
  return {
    update({report}: RuleContext<unknown>, _blocks, {removed, added}) {
      // Blocks to read again, in document order; the reading adds blocks after the one read.
      const pending: Placed[] = []
      const queued = new Set<Placed>()
      const queue = (block: Placed | undefined) => {
        if (block === undefined || queued.has(block)) return
        queued.add(block)
        insertInOrder(pending, block)
      }
      // The blocks of `key` after `block`, up to `last` (none: to the end).
      const queueAfter = (key: Key, block: Placed, last?: Placed) => {
        const list = occurrences.get(key)!
        for (let index = indexOfBlock(list, block) + 1; index < list.length; index++) {
          queue(list[index])
          if (list[index] === last) return
        }
      }

      const lost: Key[] = []
      for (const block of removed) {
        const state = blocksWith.get(block)
        if (!state) continue
        blocksWith.delete(block)
        for (const key of state.keys) {
          const list = occurrences.get(key)!
          list.splice(list.indexOf(block), 1)
          if (list.length === 0) {
            occurrences.delete(key)
            first.delete(key)
          } else if (first.get(key) === block) {
            first.set(key, searching)
            lost.push(key)
          }
        }
      }
      // A key whose first block went: all its blocks are read again (one moved before the gone one may be the first now).
      for (const key of lost) for (const block of occurrences.get(key) ?? []) queue(block)
      for (const block of added) {
        const mentions = block.summary
        if (mentions === undefined) continue
        const keys = new Set<Key>()
        for (const {acronym} of mentions.acronyms) keys.add(acronym)
        for (const {nickname} of mentions.nicknames) keys.add(nickname)
        blocksWith.set(block, {keys, reports: []})
        for (const key of keys) {
          const list = occurrences.get(key)
          if (list) insertInOrder(list, block)
          else occurrences.set(key, [block])
        }
        queue(block)
      }

      for (let at = 0; at < pending.length; at++) {
        const block = pending[at]!
        const state = blocksWith.get(block)!
        const start = block.start
        const added = new Set<Key>()
        const seen: SeenKeys<Key> = {
          has(key) {
            if (added.has(key)) return true
            const marker = first.get(key)
            return marker !== undefined && marker !== searching && marker !== block && marker.start < start
          },
          add(key) {
            added.add(key)
          }
        }
        state.reports = blockReports(block.summary!, seen)
        for (const key of state.keys) {
          const was = first.get(key)
          if (added.has(key)) {
            if (was === block) continue
            first.set(key, block)
            // The blocks of the key up to its former first block now come after it (none: all of them).
            if (was !== searching) queueAfter(key, block, was)
          } else if (was === block || was === searching) {
            // No longer the first, or not the one searched for: the next block of the key may be.
            if (was === block) {
              first.set(key, searching)
              lost.push(key)
            }
            const list = occurrences.get(key)!
            queue(list[indexOfBlock(list, block) + 1])
          }
        }
      }
      for (const key of lost) if (first.get(key) === searching) first.delete(key)

      for (const [block, {reports}] of blocksWith) for (const found of reports) report(shifted(found, block.start))
    }
  }
}
