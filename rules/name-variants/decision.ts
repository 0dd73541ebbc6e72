/**
 * The document decision of `name-variants`, kept between updates of one
 * document (`KeptDecision`): the blocks’ spellings are tallied by key, and
 * an update applies the summaries it removes and adds, works out again only
 * the keys they touch, and reports every finding of the document. `decide`
 * is a fresh decision updated once with every summary.
 *
 * What a key’s spellings are is kept as counts; its occurrences (where each
 * spelling stands, in document order) are read from the blocks that hold the
 * key only for the keys that may be reported: those with two spellings or
 * more, and the few that the comparisons of names one letter apart pick out.
 * Where the text has a lower-case word (a capital that may be a common
 * word’s, a closed compound) is searched once, and then only in the blocks
 * an update adds.
 */
import {sameList} from '../../src/engine/findings.js'
import {deletionList, deletions, oneEditApart, slipApart} from '../../src/engine/near-words.js'
import {escapeRegExp} from '../../src/engine/regex-parts.js'
import {shifted} from '../../src/engine/rule.js'
import type {KeptDecision, Report, RuleContext, Summarized, SummaryChanges, TextReader} from '../../src/engine/types.js'
import {addToGroup, occurrences, type Conflict, type Variant} from '../../src/engine/variants.js'
import {foreignShape, nameParticles} from '../name-variants.data.js'
import {joiners, keyOf, marks} from './keys.js'
import {renderingConflicts, type Occurrence, type RenderingConflict, type Sighting} from '../shared/name-renderings.js'
import {ukrainianByRussianForm} from '../shared/ukrainian-names.js'

/** A spelling as the tally takes it: one object per distinct word or pair of words of a document, shared by its occurrences. */
export interface Spelling {
  key: string
  id: string
  /** As written; an occurrence ends this many characters after its start. */
  display: string
}

/**
 * A block’s occurrences of spellings, flat: each a spelling and a number,
 * its start in the block with two flags (see `occurrence`). Two slots per
 * occurrence, not an array each: a summary is kept until the decision.
 */
export type Occurrences = Array<Spelling | number>

// The flags of an occurrence: whether it counts (seen where its capital is its own), and whether it stands where a name does.
const countsFlag = 1
const namedFlag = 2

export function occurrence(start: number, counting: boolean, isNamed: boolean): number {
  return start * 4 + (counting ? countsFlag : 0) + (isNamed ? namedFlag : 0)
}

/** A capitalised word whose capital may not be its own. */
export interface Opening {
  key: string
  id: string
  display: string
  start: number
  end: number
}

/** A first name before `the` and a capitalised word (`Bruno the Mayor`): a surname with its French article translated, if the document has the full name. */
export interface ArticleSurname {
  first: string
  start: number
  end: number
}

/** A block’s spellings, in order: what the document decision tallies. The lists a block has none of are left out. */
export interface NameSummary {
  names: Occurrences
  compounds?: Occurrences
  openings?: Opening[]
  /** Lower-case words without a hyphen (with `compounds` on): closed forms of compounds (`ceasefire`). */
  closed?: string[]
  /** Names of the translated-names gazetteer and their literal renderings (`Il Giornale`, `the Journal`). */
  renderings?: Sighting[]
  articleSurnames?: ArticleSurname[]
}

/** The summary of a block without spellings: one, shared, never changed. */
export const noNames: NameSummary = Object.freeze({names: Object.freeze([]) as unknown as Occurrences})

type Block = Summarized<NameSummary>

/** What the decision reads of the rule’s settings. */
export interface DecisionSettings {
  compounds: boolean
}

// The word after a name’s particle, without a possessive `’s` (`Maio` in `Di Maio’s`).
const nextWord = /^ \p{L}+(?:-\p{L}+)*/u
// A name that opens with its own language’s article (`Il Giornale`, `Le Monde`) takes no English `the` before it.
const sourceArticle = /^(?:Il|Lo|La|Le|Les|L’|El|Los|Las|Der|Die|Das|De|Het|O|A|Os|As)\s/
// What may not touch a word looked up in the text: letters, digits, marks and hyphens.
const wordChar = /[\p{L}\p{N}\p{M}-]/u
const upperFirst = /^\p{Lu}/u
/** Whether a spelling is code or a path, not a name (`buffer.alloc`, `snake_case`): told by its character codes (a regex call per spelling of every key decided). */
function notWordLike(id: string): boolean {
  for (let index = 0; index < id.length; index++) {
    const code = id.charCodeAt(index)
    // `.`, `/`, `\` and `_`.
    if (code === 46 || code === 47 || code === 92 || code === 95) return true
  }
  return false
}

// Bounds on the comparison of names one letter apart (see `nearConflicts`).
export const maxSharing = 32
const maxNearGroups = 100
// Names this long or longer are compared a slip apart too: a letter dropped beside two swapped (`Touadera`, `Taudera`).
export const minSlipLength = 8

/** A spelling of a key as the decision reads it: the occurrences’ blocks and offsets in them, placed in the document at each update. */
interface Kept extends Variant {
  /** The block of each occurrence (`null`: before the first block), and its start and end in it (two slots each). */
  blocks: Array<Block | null>
  offsets: number[]
  group: Group
  /** Seen after a first name or a title, or before a place noun: a person’s or a place’s name. */
  named: boolean
}

/** A key’s spellings with their occurrences (see `KeyTally.group`). */
interface Group {
  variants: Kept[]
  /** Where the key is first met (a block and an index in its list): groups are taken in this order, as a tally made in one pass makes them. */
  block: Block
  index: number
  /** The update its spans were placed at. */
  placed: number
  /** Its spellings of two or more that count (after `admitted`), most frequent first: an inconsistency to report. */
  conflict?: Conflict
}

/** The surnames one letter apart after one first name, with its spelling met first (the first names are taken in that order). */
interface SurnamePairs {
  pairs: Conflict[]
  first: Kept
}

/** One key of one family (names or compounds): counts of its spellings, the blocks that hold it, and its group once read. */
interface KeyTally {
  /** Each once, in no order (an array: most keys are in a few blocks). */
  blocks: Block[]
  /** Per spelling id: its occurrences, and how many of them count. */
  ids: Map<string, {all: number; counting: number}>
  group?: Group
  /** Whether its capitals that may not be their own were let count (see `admits`). */
  admitted: boolean
  /** The last block read into it (see `count`). */
  pass: number
}

/**
 * Where the text has a string, by block (offsets in it; `null`: before the
 * first block). A search for whether the text has it at all (`every`
 * false) keeps one hit per block, and only the first of the text until
 * the blocks it knows of are gone (`whole`: no other).
 */
interface Search {
  query: string
  /** Its leading run of letters, for a word search. */
  lead: string | undefined
  found: Map<Block | null, number[]>
  every: boolean
  whole: boolean
  /** Pushes to `hits` where `text` (the document, or a block’s text) has it, in order (only the first, with `first`). */
  find(text: string, hits: number[], first: boolean): void
  /** What to decide again when its hits change (keys of a family, `n` or `c` before them, or first names, `s`). */
  dependents: Set<string>
}

export class KeptNames implements KeptDecision<NameSummary> {
  private readonly names = new Map<string, KeyTally>()
  private readonly compounds = new Map<string, KeyTally>()
  /** Lower-case words without a hyphen (closed forms of compounds), with how many times the document has them. */
  private readonly closed = new Map<string, number>()
  private readonly renderingBlocks = new Set<Block>()
  private readonly articleBlocks = new Set<Block>()
  private readonly searches = new TextSearches()
  private readonly dirtyNames = new Set<string>()
  private readonly dirtyCompounds = new Set<string>()
  private readonly dirtyFirsts = new Set<string>()
  /** Keys of two or more spellings that count. */
  private readonly nameConflicts = new Set<string>()
  private readonly compoundConflicts = new Set<string>()
  private readonly near = new NearIndex()
  /** The names one letter apart as last found, the index’s version then and the keys they read: found again when either changes. */
  private nearFound: {conflicts: Conflict[]; version: number; keys: Set<string>} | undefined
  /** The names written both ways as last found, with the block of each sighting: found again when a block with sightings comes or goes. */
  private renderingsFound: {conflicts: RenderingConflict[]; blocks: Map<Sighting, Block>} | undefined
  /** Names keys with a first name and a surname, by the first names of their spellings; what each registered. */
  private readonly byFirst = new Map<string, Set<string>>()
  private readonly firstsOf = new Map<string, string[]>()
  /** First names with surnames one letter apart, found once per change (see `nearSurnames`). */
  private readonly surnamePairs = new Map<string, SurnamePairs>()
  /** Names keys with a first name and a particle (`Luigi Di`). */
  private readonly particleKeys = new Set<string>()
  /** The document, searched whole for a search made new; else read in place (`read`: a block added, what is reported). */
  private text = ''
  private read: TextReader = ''
  private blocks: readonly Block[] = []
  private updates = 0
  /** Blocks read into the tallies or out of them (see `count`). */
  private passes = 0
  /**
   * Where the linter keeps a block’s reports (`reportBlock`): those last given, by block, at
   * offsets in it; whether this update changed what the report reads (a key with a conflict,
   * its particle or first name decided again, the names a letter apart, renderings, articles, a
   * block with reports gone); the index’s version then; whether a report fell outside every block.
   */
  private given = new Map<Block, Report[]>()
  private stale = true
  private nearVersion = -1
  private outside = false

  constructor(private readonly settings: DecisionSettings) {}

  update(context: RuleContext<unknown>, blocks: ReadonlyArray<Summarized<NameSummary>>, {removed, added}: SummaryChanges<NameSummary>): void {
    this.text = context.text
    this.read = context.read ?? context.text
    this.blocks = blocks
    this.updates++
    for (const block of removed) if (this.given.delete(block)) this.stale = true
    this.searchAgain(removed, added)
    for (const block of removed) this.tally(block, -1)
    for (const block of added) this.tally(block, 1)
    if (this.settings.compounds) for (const key of this.dirtyNames) this.dirtyCompounds.add(key)
    for (const key of this.dirtyNames) {
      if (this.nearFound?.keys.has(key)) {
        this.nearFound = undefined
        this.stale = true
      }
      this.decideName(key)
    }
    this.dirtyNames.clear()
    for (const key of this.dirtyCompounds) this.decideCompound(key)
    this.dirtyCompounds.clear()
    for (const first of this.dirtyFirsts) {
      if (this.surnamePairs.has(first)) this.stale = true
      const pairs = this.nearSurnamesOf(first)
      if (pairs) {
        this.stale = true
        this.surnamePairs.set(first, pairs)
      } else this.surnamePairs.delete(first)
    }
    this.dirtyFirsts.clear()
    if (context.reportBlock) this.reportChanged(context.report, context.reportBlock)
    else this.report(context.report)
    // Not kept past the update: the text is the caller’s.
    articlesText = undefined
  }

  /** Adds (`sign` 1) or takes away (-1) a block’s spellings. */
  private tally(block: Block, sign: 1 | -1): void {
    const summary = block.summary
    const pass = ++this.passes
    count(this.names, block, summary.names, sign, this.dirtyNames, pass)
    if (summary.compounds) count(this.compounds, block, summary.compounds, sign, this.dirtyCompounds, pass)
    if (summary.openings) {
      for (const {key} of summary.openings) {
        this.dirtyCompounds.add(key)
        if (sign === 1) {
          const blocks = (this.compounds.get(key) ?? newTally(this.compounds, key)).blocks
          if (!blocks.includes(block)) blocks.push(block)
        }
        const tally = this.compounds.get(key)
        if (sign === -1 && tally && dropBlock(tally.blocks, block) && tally.ids.size === 0 && tally.blocks.length === 0) this.compounds.delete(key)
      }
    }
    if (summary.closed) {
      for (const word of summary.closed) {
        const now = (this.closed.get(word) ?? 0) + sign
        if (now === 0) this.closed.delete(word)
        else this.closed.set(word, now)
        if (now === 0 || now === sign) this.dirtyCompounds.add(keyOf(word))
      }
    }
    if (summary.renderings) {
      mark(this.renderingBlocks, block, sign)
      this.renderingsFound = undefined
      this.stale = true
    }
    if (summary.articleSurnames) {
      mark(this.articleBlocks, block, sign)
      this.stale = true
    }
  }

  /** Works out a names key again: its conflict, its place among the names compared a letter apart, its first names and particles. */
  private decideName(key: string): void {
    const tally = this.names.get(key)
    if (this.nameConflicts.delete(key) || this.particleKeys.has(key)) this.stale = true
    let particle = false
    // Made at their first spelling: most keys have none of either.
    let counted: string[] | undefined
    let firsts: string[] | undefined
    if (tally) {
      tally.group = undefined
      tally.admitted = false
      if (tally.ids.size > 1) {
        const group = this.nameGroup(key, tally)
        if (group.conflict) this.nameConflicts.add(key)
      }
      for (const [id, {counting}] of tally.ids) {
        const space = id.indexOf(' ')
        if (space === -1) {
          if ((counting > 0 || tally.admitted) && key.length >= 5 && !notWordLike(id)) (counted ??= []).push(id)
          continue
        }
        // Only a spelling that counts is compared after its first name (see `nearSurnamesOf`): `The Module` opening a sentence is none.
        if ((counting > 0 || tally.admitted) && id.length - space - 1 >= 5 && !firsts?.includes(id.slice(0, space))) (firsts ??= []).push(id.slice(0, space))
        if (id.indexOf(' ', space + 1) === -1 && nameParticles.has(id.slice(space + 1))) particle = true
      }
    }
    this.near.set(key, counted ?? noIds)
    if (particle || this.nameConflicts.has(key)) this.stale = true
    if (particle) this.particleKeys.add(key)
    else this.particleKeys.delete(key)
    const before = this.firstsOf.get(key) ?? noIds
    for (const first of before) {
      if (firsts?.includes(first)) continue
      const keys = this.byFirst.get(first)!
      keys.delete(key)
      if (keys.size === 0) this.byFirst.delete(first)
      this.dirtyFirsts.add(first)
    }
    for (const first of firsts ?? noIds) {
      let keys = this.byFirst.get(first)
      if (!keys) this.byFirst.set(first, (keys = new Set()))
      keys.add(key)
      this.dirtyFirsts.add(first)
    }
    if (firsts) this.firstsOf.set(key, firsts)
    else this.firstsOf.delete(key)
  }

  /** Works out a compounds key again (with `compounds` on). */
  private decideCompound(key: string): void {
    const tally = this.compounds.get(key)
    if (this.compoundConflicts.delete(key)) this.stale = true
    if (!tally) return
    tally.group = undefined
    let joinable = false
    for (const id of tally.ids.keys()) if (id.includes('-') && this.closed.has(id.replace(joiners, ''))) joinable = true
    if (tally.ids.size < 2 && !joinable) return
    if (this.compoundGroup(key, tally).conflict) {
      this.compoundConflicts.add(key)
      this.stale = true
    }
  }

  /**
   * The spellings of a names key with their occurrences, in document order,
   * read from the blocks that hold it; lets its capitals that may not be their
   * own count where `admits` says so. Kept until the key changes.
   */
  private nameGroup(key: string, tally: KeyTally): Group {
    if (tally.group) return this.placed(tally.group)
    const group = newGroup()
    for (const block of inOrder(tally.blocks)) {
      const list = block.summary.names
      for (const index of indicesOfKey(list, key)) {
        const spelling = list[index] as Spelling
        const at = list[index + 1] as number
        const from = Math.floor(at / 4)
        if (group.block === undefined) start(group, block, index)
        add(group, spelling.id, spelling.display, block, from, from + spelling.display.length, (at & countsFlag) !== 0).named ||= (at & namedFlag) !== 0
      }
    }
    tally.group = group
    tally.admitted = this.admits(key, group)
    if (tally.admitted) for (const variant of group.variants) variant.counts = true
    group.conflict = conflictOf(key, group.variants)
    return this.placed(group)
  }

  /**
   * Lets the capitals that may not be their own count (`Mbappe` opening a
   * sentence, next to `Mbappé` mid-sentence), in groups with a spelling seen
   * mid-sentence, unless a spelling of the group is also a lower-case word of
   * the document: then the capital may be a common word’s (`Rosé is a wine`
   * next to `Rose Byrne`, where prices also `rose`).
   */
  private admits(key: string, group: Group): boolean {
    const variants = group.variants
    if (variants.length < 2 || variants.every((variant) => variant.counts) || !variants.some((variant) => variant.counts)) return false
    return !variants.some((variant) => this.has(variant.id, 'n' + key))
  }

  /**
   * The spellings of a compounds key: its hyphenated and closed forms, the
   * closed ones (`ceasefire` for `cease-fire`) where the text has them, and
   * the capitalised forms opening a sentence (`Cease-fire`) of a spelling
   * that counts as a compound and not as a name.
   */
  private compoundGroup(key: string, tally: KeyTally): Group {
    if (tally.group) return this.placed(tally.group)
    const group = newGroup()
    const blocks = inOrder(tally.blocks)
    for (const block of blocks) {
      const list = block.summary.compounds
      if (!list) continue
      for (const index of indicesOfKey(list, key)) {
        const spelling = list[index] as Spelling
        const from = Math.floor((list[index + 1] as number) / 4)
        if (group.block === undefined) start(group, block, index)
        add(group, spelling.id, spelling.display, block, from, from + spelling.display.length, true)
      }
    }
    const variants = group.variants
    const searched = new Set<string>()
    for (let index = 0; index < variants.length; index++) {
      const id = variants[index]!.id
      if (!id.includes('-')) continue
      const joined = id.replace(joiners, '')
      if (!this.closed.has(joined) || searched.has(joined)) continue
      searched.add(joined)
      this.eachHit(this.search(joined, 'c' + key), (block, from) => add(group, joined, joined, block, from, from + joined.length, true))
    }
    const names = this.names.get(key)
    for (const block of blocks) {
      for (const opening of block.summary.openings ?? noOpenings) {
        if (opening.key !== key || (names?.ids.get(opening.id)?.counting ?? 0) > 0) continue
        if (variants.some((variant) => variant.id === opening.id)) add(group, opening.id, opening.display, block, opening.start, opening.end, false)
      }
    }
    tally.group = group
    group.conflict = conflictOf(key, variants)
    return this.placed(group)
  }

  /** A group with its spans at today’s offsets. */
  placed(group: Group): Group {
    if (group.placed === this.updates) return group
    group.placed = this.updates
    for (const variant of group.variants) {
      for (let index = 0; index < variant.offsets.length; index += 2) {
        const start = variant.blocks[index / 2]?.start ?? 0
        variant.spans[index] = start + variant.offsets[index]!
        variant.spans[index + 1] = start + variant.offsets[index + 1]!
      }
    }
    return group
  }

  private nameGroupOf(key: string): Group {
    return this.nameGroup(key, this.names.get(key)!)
  }

  /**
   * A first name written twice with surnames one letter apart (`Giulia Moretti`
   * and `Giulia Moratti`): one person’s name misspelled, most often, whatever
   * the surname looks like, so it is reported as info. Surnames of five
   * letters or more, none a derivation of the other, and neither pair written
   * in lower case in the document. In the order a tally made in one pass
   * would meet the spellings.
   */
  private nearSurnamesOf(first: string): SurnamePairs | undefined {
    const keys = this.byFirst.get(first)
    if (!keys) return undefined
    const variants: Array<{variant: Kept}> = []
    for (const key of keys) {
      for (const variant of this.nameGroupOf(key).variants) {
        const space = variant.id.indexOf(' ')
        if (variant.counts && variant.id.length - space - 1 >= 5 && variant.id.slice(0, space) === first) variants.push({variant})
      }
    }
    // A first name before that many surnames is a list, not one person’s name.
    if (variants.length < 2 || variants.length > maxSharing) return undefined
    variants.sort((a, b) => compareVariants(a.variant, b.variant))
    const found: Conflict[] = []
    const surname = (variant: Variant) => variant.id.slice(first.length + 1)
    for (let a = 0; a < variants.length; a++) {
      for (let b = a + 1; b < variants.length; b++) {
        const x = variants[a]!.variant
        const y = variants[b]!.variant
        if (!oneEditApart(keyOf(surname(x)), keyOf(surname(y))) || !oneLetterApart([x.id], [y.id])) continue
        if (this.has(x.id, 's' + first) || this.has(y.id, 's' + first)) continue
        found.push({key: first, majority: x, variants: [x, y]})
      }
    }
    return found.length > 0 ? {pairs: found, first: variants[0]!.variant} : undefined
  }

  /**
   * Groups of single-word names one letter apart (`Luhansk` and `Lukansk`,
   * `Schlein` and `Schelin`), or, from eight letters, a slip apart (`Touadera`
   * and `Taudera`): a name misspelled, most often, so they are reported as
   * info (see `NearIndex` for which keys are compared).
   */
  private nearConflicts(): Conflict[] {
    if (this.nearFound?.version === this.near.version) {
      for (const conflict of this.nearFound.conflicts) for (const variant of conflict.variants) this.placed((variant as Kept).group)
      return this.nearFound.conflicts
    }
    let clusters = this.near.clusters()
    // Real copy has a few such groups; a document with hundreds is a list, and reading the
    // document again for each would make it quadratic: the first met are compared.
    if (clusters.length > maxNearGroups + 1) {
      const firstOf = (cluster: string[]) => cluster.map((key) => this.nameGroupOf(key)).sort(compareGroups)[0]!
      clusters = clusters
        .map((cluster) => ({cluster, first: firstOf(cluster)}))
        .sort((a, b) => compareGroups(a.first, b.first))
        .slice(0, maxNearGroups + 1)
        .map(({cluster}) => cluster)
    }
    const found: Conflict[] = []
    const keys = new Set<string>()
    for (const cluster of clusters) {
      for (const key of cluster) keys.add(key)
      // The spellings compared, as counted for the index, first: most clusters end here, before their occurrences are read.
      const ids = cluster.flatMap((key) => this.near.idsOf(key))
      // English names one letter apart are often two names (`Cyrus`, `Cyprus`; `Hills`, `Halls`): only foreign-looking ones are compared.
      if (!ids.some((id) => foreignShape.test(id))) continue
      // A common word of the document (`White` and `while`): two words.
      if (ids.some((id) => this.has(id, 'n' + cluster[0]))) continue
      const variants: Kept[] = []
      for (const key of cluster) {
        for (const variant of this.nameGroupOf(key).variants)
          if (variant.counts && !variant.id.includes(' ') && !notWordLike(variant.id)) variants.push(variant)
      }
      // No spelling known to be a name by its place: two words.
      if (!variants.some((variant) => variant.named)) continue
      variants.sort((a, b) => b.spans.length - a.spans.length || a.spans[0]! - b.spans[0]!)
      found.push({key: cluster[0]!, majority: variants[0]!, variants})
    }
    this.nearFound = {conflicts: found, version: this.near.version, keys}
    return found
  }

  /** Whether the text has `word`, in this letter case, as a whole word; `dependent` is decided again when that changes. */
  private has(word: string, dependent: string): boolean {
    return this.search(word, dependent, false).found.size > 0
  }

  /** The search of `query` (a word, or `full:` and a first name); `every`: for every hit; `dependent`: decided again when its hits change. */
  private search(query: string, dependent: string | undefined, every = true, find?: Search['find']): Search {
    const search = this.searches.get(query, every, find)
    if (dependent) search.dependents.add(dependent)
    return search
  }

  /**
   * The text around `at` that a name read there lies in: from the character before it (two
   * code units: a letter of an astral plane) to the one after its block (blocks of plain text
   * are apart by a blank line, which no name crosses), and where that starts; the whole text
   * where it is a string (`lint()`, any format).
   */
  private around(at: number): {text: string; from: number} {
    const read = this.read
    if (typeof read === 'string') return {text: read, from: 0}
    const from = Math.max(0, at - 2)
    const next = this.blocks[countAtOrBefore(this.blocks, at)]
    return {text: read.slice(from, next ? next.start + 1 : read.length), from}
  }

  /** Calls `each` with the block and offset of every hit of `search`, in document order. */
  private eachHit(search: Search, each: (block: Block | null, offset: number) => void): void {
    const blocks = [...search.found.keys()].sort((a, b) => (a?.start ?? -1) - (b?.start ?? -1))
    for (const block of blocks) for (const offset of search.found.get(block)!) each(block, offset)
  }

  /** The hits of `search`, at today’s offsets, in document order. */
  private hits(search: Search): number[] {
    const found: number[] = []
    this.eachHit(search, (block, offset) => found.push((block?.start ?? 0) + offset))
    return found
  }

  /** Keeps the searches up to date; what depended on a search whose hits changed is decided again. */
  private searchAgain(removed: readonly Block[], added: readonly Block[]): void {
    const changed = this.searches.update(this.text, this.read, this.blocks, removed, added)
    // The article surnames and the particles read searches no key depends on.
    if (changed.length > 0 && (this.articleBlocks.size > 0 || this.particleKeys.size > 0)) this.stale = true
    for (const search of changed) {
      for (const dependent of search.dependents) {
        const family = dependent.charAt(0)
        const key = dependent.slice(1)
        if (family === 'n') this.dirtyNames.add(key)
        else if (family === 'c') this.dirtyCompounds.add(key)
        else this.dirtyFirsts.add(key)
      }
      search.dependents.clear()
    }
  }

  /**
   * Where the linter keeps a block’s reports: works the reports out again only when the update
   * changed what they read (`stale`), and gives again only the blocks whose reports changed; the
   * rest stay with their blocks. A report outside every block goes through `report`, and the
   * reports are worked out again at every update while there is one.
   */
  private reportChanged(report: (report: Report) => void, reportBlock: (block: Block, reports: readonly Report[]) => void): void {
    if (!this.stale && !this.outside && this.nearVersion === this.near.version) return
    this.stale = false
    this.nearVersion = this.near.version
    this.outside = false
    const byBlock = new Map<Block, Report[]>()
    this.report((found) => {
      const index = countAtOrBefore(this.blocks, found.start) - 1
      if (index === -1) {
        this.outside = true
        report(found)
        return
      }
      const block = this.blocks[index]!
      // A report is made fresh for this call: moved in place.
      found.start -= block.start
      found.end -= block.start
      const list = byBlock.get(block)
      if (list) list.push(found)
      else byBlock.set(block, [found])
    })
    for (const [block, reports] of byBlock) if (!sameReports(this.given.get(block), reports)) reportBlock(block, reports)
    for (const block of this.given.keys()) if (!byBlock.has(block)) reportBlock(block, [])
    this.given = byBlock
  }

  /** Reports every finding of the document (see `decide` in the rule for what each is). */
  private report(report: (report: Report) => void): void {
    const reporter = new Reporter(this.read, report)
    const conflicts = [...groupsInOrder(this.nameConflicts, this.names, this), ...groupsInOrder(this.compoundConflicts, this.compounds, this)].map(
      (group) => group.conflict!
    )
    // Single words first: a pair of words is reported only where its words have no message.
    conflicts.sort((a, b) => Number(a.variants[0]!.id.includes(' ')) - Number(b.variants[0]!.id.includes(' ')))
    for (const conflict of conflicts) if (!surnameOnly(conflict)) reporter.conflict(conflict, false)
    for (const conflict of this.nearConflicts()) reporter.conflict(conflict, true)
    for (const conflict of this.nearSurnames()) reporter.conflict(conflict, true)
    this.reportRenderings(reporter)
    this.reportArticleSurnames(reporter)
    this.reportParticleCase(reporter)
  }

  /** Reports the names written both ways (see `Reporter.rendering`), found again only when the sightings change. */
  private reportRenderings(reporter: Reporter): void {
    if (!this.renderingsFound) {
      const blocks = new Map<Sighting, Block>()
      const sightings: Sighting[] = []
      for (const block of inOrder(this.renderingBlocks)) {
        for (const sighting of block.summary.renderings!) {
          blocks.set(sighting, block)
          sightings.push(sighting)
        }
      }
      this.renderingsFound = {conflicts: [...renderingConflicts(sightings)], blocks}
    }
    const {conflicts, blocks} = this.renderingsFound
    const place = (sighting: Occurrence) => shifted(sighting, blocks.get(sighting as Sighting)!.start)
    for (const {entry, own, renderings, unreported} of conflicts) {
      reporter.rendering({entry, own: own.map(place), renderings: renderings.map(place), unreported: unreported.map(place)})
    }
  }

  /** The surnames one letter apart of every first name (see `nearSurnamesOf`), at most `maxNearGroups` and one more. */
  private nearSurnames(): Conflict[] {
    const firsts = [...this.surnamePairs.values()].sort((a, b) => compareVariants(a.first, b.first))
    const found: Conflict[] = []
    for (const {pairs} of firsts) {
      for (const {key, variants} of pairs) {
        if (found.length > maxNearGroups + 1) return found
        for (const variant of variants) this.placed((variant as Kept).group)
        const pair = [...variants].sort((m, n) => n.spans.length - m.spans.length || m.spans[0]! - n.spans[0]!)
        found.push({key, majority: pair[0]!, variants: pair})
      }
    }
    return found
  }

  /**
   * Reports a first name before `the` and a capitalised word (`Bruno the Mayor`) where the
   * document also writes that first name before a surname with a French article (`Bruno Le
   * Maire`): the article and the surname translated as words. The full name’s first occurrence
   * is the other side, as info. Epithets (`Alexander the Great`) have no such full name beside them.
   */
  private reportArticleSurnames(reporter: Reporter): void {
    for (const block of inOrder(this.articleBlocks)) {
      for (const candidate of block.summary.articleSurnames!) {
        const {first} = candidate
        const start = candidate.start + block.start
        const end = candidate.end + block.start
        const search = this.search('full:' + first, undefined, true, fullNames(first))
        const at = this.hits(search)[0]
        if (at === undefined) continue
        const around = this.around(at)
        const full = fullNameAt(first, around.text, at - around.from)!
        const rendered = this.read.slice(start, end)
        const note =
          'This document names `' +
          full +
          '` and `' +
          rendered +
          '`: machine translation turned the surname’s French article and the word after it into English'
        if (reporter.show(start, end)) reporter.report({start, end, what: 'surname translated, `' + full + '` elsewhere', expected: [full], note})
        if (reporter.show(at, at + full.length))
          reporter.report({
            start: at,
            end: at + full.length,
            what: 'translated as `' + rendered + '` elsewhere',
            advice: 'keep the surname',
            note,
            lowConfidence: true
          })
      }
    }
  }

  /**
   * Reports a name whose particle is written with and without its capital after the same first
   * name (`Luigi Di Maio`, `Luigi di maio`; `Charles De Gaulle`, `Charles de Gaulle`): one person,
   * and each person writes it one way. The most frequent spelling is expected; on a tie, both
   * are reported, with nothing expected.
   */
  private reportParticleCase(reporter: Reporter): void {
    const groups = [...this.particleKeys].map((key) => this.nameGroupOf(key)).sort(compareGroups)
    for (const group of groups) {
      for (const variant of group.variants) {
        const [first, particle, more] = variant.display.split(' ')
        if (more !== undefined || !particle || !nameParticles.has(particle.toLowerCase()) || particle.toLowerCase() === particle) continue
        const lower = this.hits(this.search(first + ' ' + particle.toLowerCase(), undefined))
        if (lower.length === 0) continue
        const capital: number[] = []
        for (let index = 0; index < variant.spans.length; index += 2) capital.push(variant.spans[index]!)
        const name = (start: number) => {
          const {text, from} = this.around(start)
          const after = start - from + first!.length + particle.length + 1
          return text.slice(start - from, after) + (nextWord.exec(text.slice(after))?.[0] ?? '')
        }
        const sides = [capital, lower].sort((a, b) => b.length - a.length)
        const kept = sides[0]!.length > sides[1]!.length ? sides[0]! : undefined
        const note = 'This document writes the particle of one name with and without its capital: `' + name(capital[0]!) + '` and `' + name(lower[0]!) + '`'
        for (const side of sides) {
          if (side === kept) continue
          const other = side === capital ? lower : capital
          for (const start of side) {
            const actual = name(start)
            if (!reporter.show(start, start + actual.length)) continue
            reporter.report(
              kept
                ? {start, end: start + actual.length, what: 'particle written another way', expected: [name(kept[0]!)], note}
                : {
                    start,
                    end: start + actual.length,
                    what: 'particle written another way, as often as `' + name(other[0]!) + '`',
                    advice: 'keep one spelling',
                    note
                  }
            )
          }
        }
        if (kept && reporter.show(kept[0]!, kept[0]! + name(kept[0]!).length)) {
          const other = kept === capital ? lower : capital
          reporter.report({
            start: kept[0]!,
            end: kept[0]! + name(kept[0]!).length,
            what: 'written `' + name(other[0]!) + '` elsewhere',
            advice: 'keep one spelling',
            note,
            lowConfidence: true
          })
        }
      }
    }
  }
}

const noIds: string[] = []
const noOpenings: Opening[] = []

function newTally(tallies: Map<string, KeyTally>, key: string): KeyTally {
  // Every field from the start (`group` too): a field added later makes a hidden class that lives only while such an object does, and the code that checks it was compiled again at every lint.
  const tally: KeyTally = {blocks: [], ids: new Map(), group: undefined, admitted: false, pass: 0}
  tallies.set(key, tally)
  return tally
}

/** Adds (`sign` 1) or takes away (-1) a block’s occurrences to the tallies of their keys. */
function count(tallies: Map<string, KeyTally>, block: Block, list: Occurrences, sign: 1 | -1, dirty: Set<string>, pass: number): void {
  for (let index = 0; index < list.length; index += 2) {
    const {key, id} = list[index] as Spelling
    const counting = ((list[index + 1] as number) & countsFlag) !== 0 ? sign : 0
    if (sign === 1) {
      const tally = tallies.get(key) ?? newTally(tallies, key)
      const ids = tally.ids.get(id)
      // Once per key and block: names repeat in a block.
      if (tally.pass !== pass) {
        tally.pass = pass
        tally.blocks.push(block)
        dirty.add(key)
      }
      if (ids) {
        ids.all++
        ids.counting += counting
      } else tally.ids.set(id, {all: 1, counting})
      continue
    }
    const tally = tallies.get(key)!
    const ids = tally.ids.get(id)!
    if (tally.pass !== pass) {
      tally.pass = pass
      dropBlock(tally.blocks, block)
      dirty.add(key)
    }
    if (--ids.all === 0) tally.ids.delete(id)
    else ids.counting += counting
    if (tally.ids.size === 0 && tally.blocks.length === 0) tallies.delete(key)
  }
}

/** Takes `block` out of a tally’s blocks (their order is not kept: they are read through `inOrder`); whether it was there. */
function dropBlock(blocks: Block[], block: Block): boolean {
  const at = blocks.indexOf(block)
  if (at === -1) return false
  blocks[at] = blocks[blocks.length - 1]!
  blocks.pop()
  return true
}

function mark(blocks: Set<Block>, block: Block, sign: 1 | -1): void {
  if (sign === 1) blocks.add(block)
  else blocks.delete(block)
}

/** Whether a block’s reports are those given for it last (the fields the reporter sets). */
function sameReports(last: readonly Report[] | undefined, reports: readonly Report[]): boolean {
  if (last?.length !== reports.length) return false
  return reports.every((report, index) => {
    const other = last[index]!
    return (
      report.start === other.start &&
      report.end === other.end &&
      report.what === other.what &&
      report.advice === other.advice &&
      report.note === other.note &&
      report.lowConfidence === other.lowConfidence &&
      sameList(report.expected, other.expected)
    )
  })
}

/**
 * Where the spellings of `key` stand in a block's list of spellings and
 * occurrences (`NameSummary.names`, `compounds`: spelling, occurrence, …).
 * A list of many (a long block: a headline list, a table) is indexed by key
 * once: a group is made for each key with two spellings, and reading the
 * whole list for each made a block of 1 MB cost ~40 ms, growing with the
 * square of its length.
 */
function indicesOfKey(list: NameSummary['names'], key: string): readonly number[] {
  if (list.length <= indexedLength) {
    const found: number[] = []
    for (let index = 0; index < list.length; index += 2) if ((list[index] as Spelling).key === key) found.push(index)
    return found
  }
  let byKey = keyIndices.get(list)
  if (!byKey) {
    byKey = new Map()
    for (let index = 0; index < list.length; index += 2) {
      const spellingKey = (list[index] as Spelling).key
      const indices = byKey.get(spellingKey)
      if (indices) indices.push(index)
      else byKey.set(spellingKey, [index])
    }
    keyIndices.set(list, byKey)
  }
  return byKey.get(key) ?? noIndices
}

/** A list longer than this (spellings and occurrences) is indexed by key (see `indicesOfKey`). */
const indexedLength = 128
/** The index of each list of spellings that was indexed, kept as long as the list (a block's summary, unchanged while the block is). */
const keyIndices = new WeakMap<NameSummary['names'], Map<string, number[]>>()
const noIndices: readonly number[] = []

/** The blocks in document order. */
function inOrder(blocks: Iterable<Block>): Block[] {
  return [...blocks].sort((a, b) => a.start - b.start)
}

/** A group to fill (`block` is set at its first occurrence). */
function newGroup(): Group {
  // `conflict` from the start, as `group` in `newTally`.
  return {variants: [], block: undefined as unknown as Block, index: 0, placed: 0, conflict: undefined}
}

function start(group: Group, block: Block, index: number): void {
  group.block = block
  group.index = index
}

/** Adds an occurrence in `block` (`[from, to)` in it) to a group being read. */
function add(group: Group, id: string, display: string, block: Block | null, from: number, to: number, counts: boolean): Kept {
  const variants = group.variants
  const start = block?.start ?? 0
  const variant = addToGroup(variants, id, display, start + from, start + to, counts, (made) =>
    Object.assign(made, {blocks: [], offsets: [], named: false, group})
  )
  variant.blocks.push(block)
  variant.offsets.push(from, to)
  return variant
}

/** Spellings in the order a tally made in one pass meets them: by their group, then in it. */
function compareVariants(a: Kept, b: Kept): number {
  return compareGroups(a.group, b.group) || a.group.variants.indexOf(a) - b.group.variants.indexOf(b)
}

/** Groups in the order a tally made in one pass creates them: by where their key is first met. */
function compareGroups(a: Group, b: Group): number {
  return a.block.start - b.block.start || a.index - b.index
}

function groupsInOrder(keys: Iterable<string>, tallies: ReadonlyMap<string, KeyTally>, decision: KeptNames): Group[] {
  const groups: Group[] = []
  for (const key of keys) groups.push(decision.placed(tallies.get(key)!.group!))
  return groups.sort(compareGroups)
}

/** A group’s spellings that count, if two or more: most frequent first (a tie goes to the one seen first). */
function conflictOf(key: string, group: readonly Kept[]): Conflict | undefined {
  if (group.length < 2) return undefined
  const variants = group.filter((variant) => variant.counts)
  if (variants.length < 2) return undefined
  variants.sort((a, b) => b.spans.length - a.spans.length || a.spans[0]! - b.spans[0]!)
  return {key, majority: variants[0]!, variants}
}

/** How many blocks start at or before `at`. */
function countAtOrBefore(blocks: readonly Block[], at: number): number {
  let low = 0
  let high = blocks.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (blocks[middle]!.start <= at) low = middle + 1
    else high = middle
  }
  return low
}

// A run of the characters a word looked up may not touch (see `wordChar`): a block added is read run by run.
const wordRuns = /[\p{L}\p{N}\p{M}-]+/gu
const leadingRun = /^[\p{L}\p{N}\p{M}-]+/u

/**
 * The searches of one document’s text, kept between updates: made over the
 * whole text once, then only in the blocks an update adds. A block added
 * is read run of letters by run: the word searches are found by the run
 * they start with, not each searched in the block.
 */
class TextSearches {
  private readonly searches = new Map<string, Search>()
  /** Word searches by their leading run of letters. */
  private readonly byLead = new Map<string, Search[]>()
  /** Searches of another shape (a full name, a word that starts with no letter): searched in each block added. */
  private readonly others = new Set<Search>()
  /** The searches with hits in each block. */
  private readonly inBlock = new Map<Block | null, Search[]>()
  private text = ''
  private blocks: readonly Block[] = []

  /** The search of `query`, made over the whole text if new; `find`: how, if not as a whole word. */
  get(query: string, every: boolean, find?: Search['find']): Search {
    let search = this.searches.get(query)
    if (search) return search
    const lead = find ? undefined : leadingRun.exec(query)?.[0]
    search = {query, lead, found: new Map(), every, whole: false, find: find ?? wholeWords(query), dependents: new Set()}
    this.searches.set(query, search)
    if (lead === undefined) this.others.add(search)
    else {
      const list = this.byLead.get(lead)
      if (list) list.push(search)
      else this.byLead.set(lead, [search])
    }
    this.searchWhole(search)
    return search
  }

  private searchWhole(search: Search): void {
    const hits: number[] = []
    search.find(this.text, hits, !search.every)
    search.whole = search.every || hits.length === 0
    for (const at of hits) {
      const index = countAtOrBefore(this.blocks, at) - 1
      const block = index === -1 ? null : this.blocks[index]!
      this.hit(search, block, at - (block?.start ?? 0))
    }
  }

  private hit(search: Search, block: Block | null, offset: number): void {
    const offsets = search.found.get(block)
    if (offsets) {
      offsets.push(offset)
      return
    }
    search.found.set(block, [offset])
    const searches = this.inBlock.get(block)
    if (searches) searches.push(search)
    else this.inBlock.set(block, [search])
  }

  private drop(search: Search): void {
    this.searches.delete(search.query)
    if (search.lead === undefined) this.others.delete(search)
    else {
      const list = this.byLead.get(search.lead)!
      list.splice(list.indexOf(search), 1)
      if (list.length === 0) this.byLead.delete(search.lead)
    }
  }

  /** Drops the hits of the blocks removed, looks in the blocks added (read in place, `read`); returns the searches whose hits changed (for a search of whether the text has it, whether it does). */
  update(text: string, read: TextReader, blocks: readonly Block[], removed: readonly Block[], added: readonly Block[]): Search[] {
    this.text = text
    this.blocks = blocks
    if (this.searches.size === 0 || (removed.length === 0 && added.length === 0)) return []
    const had = new Map<Search, boolean>()
    const touch = (search: Search) => {
      if (!had.has(search)) had.set(search, search.found.size > 0)
    }
    // Hits before the first block: forgotten at any change (searched again when asked for).
    for (const search of this.inBlock.get(null) ?? []) {
      touch(search)
      search.found.delete(null)
      this.drop(search)
    }
    this.inBlock.delete(null)
    for (const block of removed) {
      for (const search of this.inBlock.get(block) ?? []) {
        touch(search)
        search.found.delete(block)
      }
      this.inBlock.delete(block)
    }
    const hits: number[] = []
    for (const block of added) {
      // To the next block: a search in the document would run on past the block.
      const next = this.blocks[countAtOrBefore(this.blocks, block.start)]
      const own = read.slice(block.start, next?.start ?? read.length)
      if (this.byLead.size > 0) {
        for (const run of own.matchAll(wordRuns)) {
          const searches = this.byLead.get(run[0])
          if (!searches) continue
          const at = run.index
          for (const search of searches) {
            const {query, found} = search
            const last = found.get(block)?.at(-1)
            // One hit per block is enough to know the text has it; hits do not overlap.
            if (last !== undefined && (!search.every || last + query.length > at)) continue
            if (!own.startsWith(query, at) || wordChar.test(own.charAt(at + query.length))) continue
            touch(search)
            this.hit(search, block, at)
          }
        }
      }
      for (const search of this.others) {
        hits.length = 0
        search.find(own, hits, !search.every)
        if (hits.length > 0) touch(search)
        for (const at of hits) this.hit(search, block, at)
      }
    }
    const changed: Search[] = []
    for (const [search, before] of had) {
      if (!search.every && search.found.size === 0 && !search.whole && this.searches.get(search.query) === search) this.searchWhole(search)
      if (search.every || before !== search.found.size > 0) changed.push(search)
    }
    return changed
  }
}

/** Finds where a text has `word` as a whole word, in this letter case. */
function wholeWords(word: string): Search['find'] {
  return (text, hits, first) => {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      if (wordChar.test(text.charAt(at - 1)) || wordChar.test(text.charAt(at + word.length))) continue
      hits.push(at)
      if (first) return
    }
  }
}

// Where the last text searched whole has a French article (see `articlesIn`).
let articlesText: string | undefined
let articles: number[] = []

/**
 * Where `text` has a French article before a word (` Le `, ` La `, ` Les `), in order: where a surname with its article may stand.
 * One search for ` L`, the letters after it read in place; once per text for every first name looked up in it.
 */
function articlesIn(text: string): number[] {
  if (text === articlesText) return articles
  const found: number[] = []
  for (let at = text.indexOf(' L'); at !== -1; at = text.indexOf(' L', at + 2)) {
    const next = text.charCodeAt(at + 2)
    // `e ` or `a ` (` Le `, ` La `), or `es ` (` Les `).
    if (((next === 101 || next === 97) && text.charCodeAt(at + 3) === 32) || (next === 101 && text.startsWith('s ', at + 3))) found.push(at)
  }
  articlesText = text
  articles = found
  return found
}

const fullNamePatterns = new Map<string, RegExp>()

function fullNamePattern(first: string): RegExp {
  let pattern = fullNamePatterns.get(first)
  if (!pattern) {
    // A cache of the first names met lately, not of every one a long-running process meets.
    if (fullNamePatterns.size > 1000) fullNamePatterns.clear()
    pattern = new RegExp('(?<![\\p{L}\\p{N}-])' + escapeRegExp(first) + ' (?:Le|La|Les) \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?![\\p{L}\\p{N}])', 'uy')
    fullNamePatterns.set(first, pattern)
  }
  return pattern
}

/** The full name (`first`, a French article, a capitalised surname: `Bruno Le Maire`) at `at`, if any. */
function fullNameAt(first: string, text: string, at: number): string | undefined {
  const pattern = fullNamePattern(first)
  pattern.lastIndex = at
  return pattern.exec(text)?.[0]
}

/**
 * Finds where a text has `first`, a French article and a capitalised surname: looked for only
 * before a French article (` Le `, ` La `, ` Les `), found with one search for ` L`.
 */
function fullNames(first: string): Search['find'] {
  return (text, hits) => {
    for (const at of articlesIn(text)) {
      if (at < first.length || !text.startsWith(first, at - first.length)) continue
      if (fullNameAt(first, text, at - first.length) !== undefined) hits.push(at - first.length)
    }
  }
}

/** Reports of one update, with the places that have a message. */
class Reporter {
  /** The spellings reported. */
  private readonly reported = new Set<Variant>()
  // Where a word already has a message: a first name and surname (`Volodymyr Zelensky`) whose
  // surname is reported on its own (`Zelensky`, `Zelenskyy`) gets no second one.
  private readonly shown = new Set<number>()

  constructor(
    private readonly text: TextReader,
    readonly report: (report: Report) => void
  ) {}

  /** Whether the words of `[start, end)` have no message yet; marks them as having one. */
  show(start: number, end: number): boolean {
    let space = start
    while (space < end && this.text.charCodeAt(space) !== 32) space++
    const second = space < end ? space + 1 : -1
    if (this.shown.has(start) || this.shown.has(second)) return false
    this.shown.add(start)
    if (second !== -1) this.shown.add(second)
    return true
  }

  /**
   * Reports a group of spellings: those other than the preferred one at every occurrence, with
   * it expected, and the preferred one at its first occurrence, as info; on a tie that nothing
   * breaks, every occurrence, with nothing expected.
   */
  conflict({variants}: Conflict, near: boolean): void {
    const kept = preferredOf(variants)
    const note =
      'This document spells it ' +
      variants.length +
      ' ways, ' +
      list(variants) +
      ': keep one spelling' +
      (kept ? ', ' + whyKept(kept, variants) : '') +
      (near ? ' (the spellings are one letter apart: a misspelling, or two names)' : '')
    for (const variant of variants) {
      if (variant === kept || this.reported.has(variant)) continue
      this.reported.add(variant)
      const others = variants.filter((other) => other !== variant).map((other) => '`' + other.display + '`')
      for (let index = 0; index < variant.spans.length; index += 2) {
        const start = variant.spans[index]!
        const end = variant.spans[index + 1]!
        if (!this.show(start, end)) continue
        const actual = this.text.slice(start, end)
        this.report(
          kept
            ? {
                start,
                end,
                what: near ? 'spelling one letter from another' : 'inconsistent spelling',
                expected: [inCaseOf(kept, actual)],
                note,
                lowConfidence: near
              }
            : {start, end, what: 'inconsistent spelling, as often as ' + others.join(', '), advice: 'keep one spelling', note, lowConfidence: near}
        )
      }
    }
    // The spelling kept is one side of the inconsistency too: its first occurrence is shown, as info,
    // so that an editor who keeps the other spelling sees where the two disagree. Not when it only
    // has the accents the others lost and comes first: then the text set out with the name’s own
    // spelling, and the later ones are slips. Met only after its unaccented form (a headline, a
    // caption), it is the other side of what the reader saw.
    if (kept && !this.reported.has(kept) && !(accentsOnly(kept, variants) && comesFirst(kept, variants))) {
      this.reported.add(kept)
      const others = variants.filter((other) => other !== kept)
      if (!this.show(kept.spans[0]!, kept.spans[1]!)) return
      this.report({
        start: kept.spans[0]!,
        end: kept.spans[1]!,
        what: 'spelled ' + either(others.map((other) => '`' + other.display + '`')) + ' elsewhere',
        advice: 'keep one spelling',
        note,
        lowConfidence: true
      })
    }
  }

  /**
   * Reports a name kept in one place and rendered word for word in another: each rendering
   * `calque` leaves alone, with the name expected (its English name, where it has one), and
   * the name’s first occurrence, as info: the other side of what the reader saw.
   */
  rendering({entry, own, renderings: rendered, unreported}: RenderingConflict): void {
    const text = this.text
    const kept = text.slice(own[0]!.start, own[0]!.end)
    const expected = entry.english ?? entry.name
    // `the Journal` for `Il Giornale`: the article goes with the rendering.
    const startOf = (start: number) => (sourceArticle.test(expected) && start >= 4 && text.slice(start - 4, start).toLowerCase() === 'the ' ? start - 4 : start)
    const rendering = text.slice(startOf(rendered[0]!.start), rendered[0]!.end)
    const note =
      'This document writes `' +
      entry.name +
      '` (' +
      entry.note +
      ') both as `' +
      kept +
      '` and, word for word, as `' +
      rendering +
      '`: keep one name' +
      (entry.english ? '; English copy writes `' + entry.english + '`' : '; English copy keeps `' + entry.name + '`')
    for (const {start, end} of unreported) {
      const from = startOf(start)
      if (!this.show(from, end)) continue
      this.report({start: from, end, what: 'name rendered word for word, `' + kept + '` elsewhere', expected: [expected], note, lowConfidence: true})
    }
    if (!this.show(own[0]!.start, own[0]!.end)) return
    this.report({start: own[0]!.start, end: own[0]!.end, what: 'rendered `' + rendering + '` elsewhere', advice: 'keep one name', note, lowConfidence: true})
  }
}

/**
 * Which names keys are compared a letter apart, and which are one letter
 * apart (`Luhansk` and `Lukansk`), or, from eight letters, a slip apart
 * (`Touadera` and `Taudera`): keys of five letters or more with a counted
 * single-word spelling, that begin alike and differ inside the word (a last
 * letter changed or an ending added makes another word: `Maria`, `Mario`;
 * `Korea`, `Korean`), with spellings one letter apart as written. Keys one
 * edit apart share a key with one letter deleted: only those are compared,
 * and an update compares only the keys it changed.
 */
export class NearIndex {
  /** `shareLimit`: how many keys a shortened key may be shared by before the clusters leave it out (`maxSharing`; smaller in tests, two at least: a form is counted crowded as its list grows). */
  constructor(private readonly shareLimit = maxSharing) {}

  /** Each key compared, with its counted spellings. */
  private readonly ids = new Map<string, readonly string[]>()
  /**
   * Keys by themselves and each of their forms with one letter deleted (a shortened key), by the
   * shortened key’s hash (`shortenedHashes`: no string made per form); one key as itself (nearly
   * every form is one key’s, and needs no array), more in an array. Forms whose hashes collide
   * share a list: a shortened key’s keys are those of the list that `hold` it.
   */
  private readonly byDeletion = new Map<number, string | string[]>()
  /** How many of those are shared by more than `maxSharing` keys. */
  private crowded = 0
  /** Keys one letter or a slip apart, both ways. */
  private readonly edges = new Map<string, Set<string>>()
  /** Changes at each change of the keys compared or their spellings. */
  version = 0
  /** The keys of seven letters or more by their first and last letters and length (`endsOf`): keys a slip apart share them but for the length. */
  private readonly ends = new Map<string, string[]>()

  /** The counted spellings of `key`, if compared. */
  idsOf(key: string): readonly string[] {
    return this.ids.get(key) ?? noIds
  }

  /** Sets the counted spellings of `key` (none: not compared). */
  set(key: string, ids: readonly string[]): void {
    const before = this.ids.get(key)
    // A key not compared and still not (nearly every key an update decides again) changes nothing.
    if (before === undefined ? ids.length === 0 : before.length === ids.length && before.every((id, index) => id === ids[index])) return
    this.version++
    if (before) this.remove(key)
    if (ids.length === 0) return
    this.ids.set(key, ids)
    if (key.length >= minSlipLength - 1) {
      const ends = this.ends.get(endsOf(key, key.length))
      if (ends) ends.push(key)
      else this.ends.set(endsOf(key, key.length), [key])
    }
    const hashes = shortenedHashes(key)
    for (let gap = -1; gap < key.length; gap++) {
      const hash = hashes[gap + 1]!
      const keys = this.byDeletion.get(hash)
      if (keys === undefined) this.byDeletion.set(hash, key)
      // A key with a doubled letter has a shortened form twice.
      else if (typeof keys === 'string') {
        if (keys !== key) this.byDeletion.set(hash, [keys, key])
      } else {
        if (!keys.includes(key)) keys.push(key)
        // A shortened key this key makes shared by one more than `maxSharing` (a list shared by colliding forms holds more).
        if (keys.length > this.shareLimit && !repeatsGap(key, gap) && sharing(keys, key, gap) === this.shareLimit + 1) this.crowded++
      }
    }
    for (const other of this.neighbours(key, false, hashes)) this.link(key, other)
  }

  private remove(key: string): void {
    this.ids.delete(key)
    if (key.length >= minSlipLength - 1) {
      const ends = endsOf(key, key.length)
      const keys = this.ends.get(ends)!
      keys.splice(keys.indexOf(key), 1)
      if (keys.length === 0) this.ends.delete(ends)
    }
    const hashes = shortenedHashes(key)
    // Counted while the key is still in: each shortened key it left shared by one more than `maxSharing`.
    for (let gap = -1; gap < key.length; gap++) {
      const keys = this.byDeletion.get(hashes[gap + 1]!)
      if (typeof keys === 'object' && keys.length > this.shareLimit && !repeatsGap(key, gap) && sharing(keys, key, gap) === this.shareLimit + 1) this.crowded--
    }
    for (const hash of hashes) {
      const keys = this.byDeletion.get(hash)
      if (typeof keys === 'string') {
        if (keys === key) this.byDeletion.delete(hash)
        continue
      }
      const at = keys?.indexOf(key) ?? -1
      if (at === -1) continue
      keys!.splice(at, 1)
      if (keys!.length === 0) this.byDeletion.delete(hash)
    }
    for (const other of this.edges.get(key) ?? []) this.edges.get(other)!.delete(key)
    this.edges.delete(key)
  }

  private link(a: string, b: string): void {
    for (const [from, to] of [
      [a, b],
      [b, a]
    ] as const) {
      let set = this.edges.get(from)
      if (!set) this.edges.set(from, (set = new Set()))
      set.add(to)
    }
  }

  /**
   * The keys one letter or a slip apart from `key`. `capped`: through no
   * shortened key shared by more than `maxSharing` keys (a generated list),
   * and a slip found from the longer key only (every key is looked at).
   * `hashes`: the key’s `shortenedHashes`.
   */
  private neighbours(key: string, capped: boolean, hashes = shortenedHashes(key)): readonly string[] {
    // Made at the first key found: nearly every key has none (no array, and no closure, per key).
    let found: string[] | undefined
    for (let gap = -1; gap < key.length; gap++) {
      const others = this.byDeletion.get(hashes[gap + 1]!)
      // Nearly every shortened key is this key’s alone: no other to consider.
      if (others !== undefined && others !== key) found = this.consider(found, key, holding(others, key, gap), oneEdit, capped)
    }
    // Uncapped, the keys a slip apart are among those with the key’s first and last letters and one letter fewer or more:
    // each is compared, where the shortened keys shared would make each key’s forms with two letters deleted.
    if (!capped) {
      if (key.length >= minSlipLength) found = this.consider(found, key, this.ends.get(endsOf(key, key.length - 1)), slipFewer, capped)
      if (key.length >= minSlipLength - 1) found = this.consider(found, key, this.ends.get(endsOf(key, key.length + 1)), slipMore, capped)
      return found ?? noIds
    }
    // A slip apart (a letter dropped beside two swapped): the longer key with two letters deleted is the shorter one with one deleted.
    if (key.length >= minSlipLength && this.ends.has(endsOf(key, key.length - 1))) {
      for (const shorter of deletionList(key)) {
        if (shorter === key) continue
        for (const shortest of deletions(shorter)) {
          if (shortest !== shorter) found = this.consider(found, key, this.keysAt(shortest), slipShorter, capped)
        }
      }
    }
    return found ?? noIds
  }

  /** `found` with the keys of `others` that are `apart` from `key` (see `Apart`) and spelled one letter apart; `capped`: none of a list longer than `maxSharing`. */
  private consider(found: string[] | undefined, key: string, others: readonly string[] | undefined, apart: Apart, capped: boolean): string[] | undefined {
    if (!others || (capped && others.length > this.shareLimit)) return found
    for (const other of others) {
      if (other === key || found?.includes(other) || !isApart(key, other, apart) || !oneLetterApart(this.ids.get(key)!, this.ids.get(other)!)) continue
      ;(found ??= []).push(other)
    }
    return found
  }

  /** The keys at a shortened key, as a list. */
  private keysAt(shorter: string): readonly string[] | undefined {
    const keys = this.byDeletion.get(shortenedHashes(shorter)[0]!)
    return keys === undefined ? undefined : holding(keys, shorter, -1)
  }

  /** The keys compared, in groups of keys linked one letter or a slip apart (two keys or more each). */
  clusters(): string[][] {
    const edges = this.crowded > 0 ? this.cappedEdges() : this.edges
    const clusters: string[][] = []
    const seen = new Set<string>()
    for (const key of edges.keys()) {
      if (seen.has(key) || edges.get(key)!.size === 0) continue
      const cluster = [key]
      seen.add(key)
      for (let index = 0; index < cluster.length; index++) {
        for (const other of edges.get(cluster[index]!)!) {
          if (seen.has(other)) continue
          seen.add(other)
          cluster.push(other)
        }
      }
      clusters.push(cluster)
    }
    return clusters
  }

  /** The links of every key, with shortened keys shared by more than `maxSharing` keys left out. */
  private cappedEdges(): Map<string, Set<string>> {
    const edges = new Map<string, Set<string>>()
    for (const key of this.ids.keys()) {
      for (const other of this.neighbours(key, true)) {
        for (const [from, to] of [
          [key, other],
          [other, key]
        ] as const) {
          let set = edges.get(from)
          if (!set) edges.set(from, (set = new Set()))
          set.add(to)
        }
      }
    }
    return edges
  }
}

// Powers of the hash's base, as far as the longest key hashed asks; the hashes of the last key hashed (see `shortenedHashes`).
const hashBase = 0x9e3779b1
const powers = [1]
let hashed: string | undefined
let hashes: number[] = []

/**
 * The hashes of a key and of each of its forms with one letter deleted, in
 * `deletions` order, from one pass each way over its letters: a polynomial
 * hash, where the form without letter `i` is the prefix’s hash times the
 * base to the length of the rest, plus the rest’s. No string is made; a
 * form’s keys are told from those of a colliding one by `holds`. Its result is
 * shared, and valid until the next call.
 */
export function shortenedHashes(key: string): readonly number[] {
  if (key === hashed) return hashes
  const length = key.length
  while (powers.length <= length) powers.push(Math.imul(powers[powers.length - 1]!, hashBase))
  // The suffixes' hashes first, into the slots of the forms (slot `i + 1`: the form without letter `i`).
  const list: number[] = new Array<number>(length + 1)
  let suffix = 0
  for (let index = length - 1; index >= 0; index--) {
    list[index + 1] = suffix
    suffix = (suffix + Math.imul(key.charCodeAt(index), powers[length - 1 - index]!)) | 0
  }
  list[0] = smallHash(suffix)
  let prefix = 0
  for (let index = 0; index < length; index++) {
    list[index + 1] = smallHash((Math.imul(prefix, powers[length - 1 - index]!) + list[index + 1]!) | 0)
    prefix = (Math.imul(prefix, hashBase) + key.charCodeAt(index)) | 0
  }
  hashed = key
  hashes = list
  return list
}

/** A hash as a small integer, which a `Map` keeps without a heap number. */
function smallHash(hash: number): number {
  return (hash ^ (hash >>> 15)) & 0x3fffffff
}

/** Whether `word` is `source` without its letter at `gap` (-1: none), or that with one letter more: one of its keys. */
export function holds(word: string, source: string, gap: number): boolean {
  const length = gap === -1 ? source.length : source.length - 1
  if (word.length !== length && word.length !== length + 1) return false
  // The letter of `word` skipped, if one is (one longer).
  let skipped = word.length === length
  let at = 0
  for (let index = 0; index < source.length; index++) {
    if (index === gap) continue
    const code = source.charCodeAt(index)
    if (word.charCodeAt(at) !== code) {
      if (skipped || word.charCodeAt(++at) !== code) return false
      skipped = true
    }
    at++
  }
  return true
}

/** The keys of a list (see `NearIndex.byDeletion`) that hold the form of `source` without its letter at `gap`. */
export function holding(keys: string | readonly string[], source: string, gap: number): readonly string[] | undefined {
  if (typeof keys === 'string') return holds(keys, source, gap) ? [keys] : undefined
  let held: string[] | undefined
  for (let index = 0; index < keys.length; index++) {
    if (!holds(keys[index]!, source, gap)) {
      held ??= keys.slice(0, index)
      continue
    }
    held?.push(keys[index]!)
  }
  return held ?? keys
}

/** How many keys of a list hold the form of `source` without its letter at `gap`. */
export function sharing(keys: readonly string[], source: string, gap: number): number {
  let count = 0
  for (const key of keys) if (holds(key, source, gap)) count++
  return count
}

/** Whether the form of `key` without its letter at `gap` is also the one without the letter before (a doubled letter): counted once. */
function repeatsGap(key: string, gap: number): boolean {
  return gap > 0 && key.charCodeAt(gap - 1) === key.charCodeAt(gap)
}

/** How another key is apart from a key (see `NearIndex.neighbours`): one edit; a slip, one letter fewer or more; a slip, one letter fewer, found from the key's forms. */
type Apart = typeof oneEdit | typeof slipFewer | typeof slipMore | typeof slipShorter
const oneEdit = 0
const slipFewer = 1
const slipMore = 2
const slipShorter = 3

function isApart(key: string, other: string, apart: Apart): boolean {
  if (apart === oneEdit) return oneEditApart(key, other)
  if (apart === slipFewer) return slipApart(key, other, minSlipLength)
  if (apart === slipMore) return slipApart(other, key, minSlipLength)
  return other.length === key.length - 1 && slipApart(key, other, minSlipLength)
}

/** A key’s first and last letters, and a length. */
function endsOf(key: string, length: number): string {
  return key.charAt(0) + key.charAt(key.length - 1) + length
}

/**
 * Whether spellings of two keys one edit apart are one letter apart as
 * written, accents included (`Touadera`, `Taudera`; not `Session` and
 * `Sesión`, an accent and a letter apart: an English word and a foreign
 * one), and are not one word and its derivation.
 */
export function oneLetterApart(a: readonly string[], b: readonly string[]): boolean {
  return !derived(a, b) && a.some((x) => b.some((y) => oneEditApart(x, y) || slipApart(x, y, minSlipLength)))
}

/** Whether a spelling of one group begins with a spelling of the other: a derivation (`Americas`, `Americans`; `Congress`, `Congresses`). */
function derived(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => x.startsWith(y) || y.startsWith(x) || x.slice(0, -1) === y.slice(0, -1)))
}

/**
 * Whether the spellings of a first name and surname differ in the surname
 * only (`Volodymyr Zelensky`, `Volodymyr Zelenskyy`): the surname’s own
 * group reports that.
 */
function surnameOnly({variants}: Conflict): boolean {
  const first = variants[0]!.id.split(' ')[0]!
  return variants.every((variant) => variant.id.includes(' ') && variant.id.split(' ')[0] === first)
}

/**
 * The spelling to keep: the Ukrainian form of a Ukrainian’s first name;
 * the most frequent; on a tie of spellings that differ only by accents, the
 * one with the most (machine translation and scrapers drop a name’s accents,
 * they do not add them); otherwise none.
 */
function preferredOf(variants: readonly Variant[]): Variant | undefined {
  const ukrainian = ukrainianFormOf(variants)
  if (ukrainian) return ukrainian
  const top = variants.filter((variant) => occurrences(variant) === occurrences(variants[0]!))
  if (top.length === 1) return top[0]
  const plain = new Set(top.map((variant) => stripMarks(variant.id)))
  if (plain.size !== 1) return undefined
  const accents = top.map((variant) => variant.id.normalize('NFD').length - stripMarks(variant.id).length)
  const most = Math.max(...accents)
  return accents.filter((count) => count === most).length === 1 ? top[accents.indexOf(most)] : undefined
}

/** Why `kept` is the spelling to keep (see `preferredOf`). */
function whyKept(kept: Variant, variants: readonly Variant[]): string {
  if (kept === ukrainianFormOf(variants)) return 'the one with the Ukrainian first name (the person is Ukrainian)'
  return occurrences(kept) > Math.max(...variants.filter((variant) => variant !== kept).map(occurrences))
    ? 'the most frequent'
    : 'the one with the name’s accents'
}

/**
 * Of one person’s name with the Ukrainian first name and with its Russian
 * form (`Oleksiy Marchenko`, `Aleksey Marchenko`), the Ukrainian one: a person
 * given both forms in one text is a Ukrainian, whichever form is more frequent.
 */
function ukrainianFormOf(variants: readonly Variant[]): Variant | undefined {
  const russian = (variant: Variant) => ukrainianByRussianForm.has(variant.id.split(' ')[0]!)
  if (!variants.every((variant) => variant.id.includes(' '))) return undefined
  const others = variants.filter((variant) => !russian(variant))
  return others.length === 1 && others.length < variants.length ? others[0] : undefined
}

/**
 * Whether the spellings differ by accents alone and the one kept has them
 * (`Élysée`, `Elysée`): the name’s own spelling, with the accents a scraper
 * or machine translation dropped elsewhere, is no side of an inconsistency.
 */
function accentsOnly(kept: Variant, variants: readonly Variant[]): boolean {
  const plain = stripMarks(kept.id)
  return kept.id !== plain && variants.every((variant) => variant === kept || (stripMarks(variant.id) === plain && marksIn(variant.id) < marksIn(kept.id)))
}

/** Whether the first occurrence of `kept` comes before every occurrence of the other spellings. */
function comesFirst(kept: Variant, variants: readonly Variant[]): boolean {
  const first = kept.spans[0]!
  return variants.every((variant) => variant === kept || variant.spans.every((at, index) => index % 2 === 1 || at > first))
}

function marksIn(value: string): number {
  return value.normalize('NFD').length - stripMarks(value).length
}

function stripMarks(value: string): string {
  return value.normalize('NFD').replace(marks, '')
}

/** The spelling to keep, with the initial capital of the occurrence it replaces (`Cease-fire` → `Ceasefire`). */
function inCaseOf(majority: Variant, actual: string): string {
  const display = majority.display
  return upperFirst.test(actual) ? display.charAt(0).toUpperCase() + display.slice(1) : display
}

/** `\`Zelenskyy\`, \`Zelenskiy\` or \`Zelenskyi\``. */
function either(items: readonly string[]): string {
  return items.length > 1 ? items.slice(0, -1).join(', ') + ' or ' + items.at(-1) : items.join('')
}

/** `\`Élysée\` (2×), \`Elysée\` (1×) and \`Elysee\` (1×)`. */
function list(variants: readonly Variant[]): string {
  const items = variants.map((variant) => '`' + variant.display + '` (' + occurrences(variant) + '×)')
  return items.length > 1 ? items.slice(0, -1).join(', ') + ' and ' + items.at(-1) : items.join('')
}
