import {matchAll} from '../src/engine/regex-parts.js'
import {defineOptionlessRule, shifted} from '../src/engine/rule.js'
import {itemAt} from '../src/engine/tokens.js'
import type {Block, KeptDecision, Report, Summarized} from '../src/engine/types.js'
import {indexOfBlock, insertInOrder} from './shared/kept-blocks.js'
import {afterClosing, beforeOpening, quoteGlyphs, sourceOpenings, speechVerbs} from './quote-marks.data.js'

/** A double quote mark and what its neighbours say about it. */
interface Mark {
  glyph: string
  /** Document offset of the mark. */
  offset: number
  /** Document offset just past the mark (`,,` is two characters). */
  end: number
  /** Where it stands: `open` before a word, `close` after one, `floating` between spaces, `inner` between two words. */
  position: 'open' | 'close' | 'floating' | 'inner'
  /** White space between the mark and the quoted text, if any: [start, end) offsets. */
  spaceBefore: number
  spaceAfter: number
  /** Whether a letter or digit touches the mark on the outer side (`said”he`, `word“Quote`), for each side. */
  gluedBefore: boolean
  gluedAfter: boolean
  /** A straight mark after a digit: an inch sign (`6" wide`) unless it closes an open quotation (`"CC-BY-3.0"`). */
  maybeInch: boolean
}

/** A quotation’s two marks. */
interface Pair {
  open: Mark
  close: Mark
}

type Style = 'straight' | 'curly'

// Double quote marks, German and Polish `„`, and Dutch `,,` before a word.
const doubleQuotes = /["“”„]|(?<![,\p{L}\p{N}]),,(?=\p{L})/gu
// What `doubleQuotes` needs, without its lookarounds.
const quoteCharacters = /["“”„]|,,/
const noMarks: readonly Mark[] = []
// A quote mark, up to three characters that are neither letters nor digits nor quotes, and a quote mark.
const quotedSymbol = /^["“”][^\p{L}\p{N}"“”]{1,3}["“”]/u
const spaces = /[ \u00A0\u202F\t]/
const wordCharacter = /[\p{L}\p{N}]/u

const verbs = '(?:' + [...new Set(speechVerbs)].join('|') + ')(?![\\p{L}])'
const capitalised = '(?:' + [...new Set(speechVerbs)].map((verb) => verb.charAt(0).toUpperCase() + verb.slice(1)).join('|') + ')(?![\\p{L}])'
// After a closing mark: `, said the minister`, `, he said`, `, – stated` (European order). Not `, the ministry said`
// or `, Mrs Gaskell wrote`: British copy puts the comma outside a quoted fragment, and names the speaker first.
const commaBeforeVerb = new RegExp(',(?=[ \\u00A0](?:[–—-][ \\u00A0])?(?:(?:he|she|they|we|I|it|you)[ \\u00A0])?' + verbs + ')', 'uy')
// After a closing mark: `, the president says` — a speaker named by a title first: after a whole quoted sentence only.
const commaBeforeTitle = new RegExp(',(?=[ \\u00A0]the(?:[ \\u00A0][\\p{L}-]+){1,3}[ \\u00A0]' + verbs + ')', 'uy')
// Before an opening mark: the start of a sentence (or of the block), where a quoted sentence starts.
const sentenceStart = /(?:[.!?:][ \u00A0]+|\n[ \u00A0]*)$/u
// After a closing mark: `, Said the minister` — the verb capitalised as if it began a sentence.
const capitalisedVerb = new RegExp(',[ \\u00A0](' + capitalised + ')', 'uy')
// After a closing mark: ` he said` — the attribution, after a quotation that ends without a comma.
const pronounAndVerb = new RegExp('[ \\u00A0](?:he|she|they|we|I|it|you)[ \\u00A0]' + verbs, 'uy')
// After a closing mark: ` “Yesterday` — the next quotation, with nothing between them.
const nextQuotation = /[ \u00A0]["“](?=\p{Lu})/uy
// Before an opening mark: `that “The`, a quoted fragment that goes on with the sentence, capitalised.
const fragmentAfter = /(?<![\p{L}])(?:that|whether|because|of|about|for|with|as|evokes|evoked|called|calls|describes|described|considers|considered)[ \u00A0]$/u
const capitalisedArticle = /(The|A|An)[ \u00A0]\p{Ll}/uy

const note = {
  direction:
    'Machine translation of French `« … »` often turns a guillemet into a curly quote facing the wrong way, or leaves the space French puts inside guillemets',
  glued: 'A space between a quotation and the words around it was lost where machine translation rebuilt the marks',
  unclosed:
    'A quotation opened in this paragraph is never closed (the news convention of reopening the quotation at the start of the next paragraph is allowed)',
  unopened: 'This quote mark closes no quotation: a mark was lost or misplaced when the French guillemets were translated',
  empty: 'Quotation marks with nothing between them are what is left of a quoted name or link that scraping or translation dropped',
  commaOutside:
    'French, German, Russian and other languages put the comma after the closing mark before the speech verb (`», a-t-il dit`); English puts it inside (`,” he said`)',
  doubled: 'German and Ukrainian put a comma after a quoted question or exclamation (`?“,`); English keeps only the `?` or `!`',
  capitalised: 'The speech verb after a quotation goes on with the sentence; machine translation capitalised it as if it began one',
  fragment: 'A quoted fragment that goes on with the sentence starts in lower case; machine translation kept the capital of a quotation that began one',
  stop: 'A quotation followed by its attribution ends with a comma inside the marks (`,” he said`), not a full stop',
  noComma: 'A quotation followed by its attribution ends with a comma inside the marks (`,” he said`); the source’s punctuation was lost',
  runTogether: 'Two quotations in a row with nothing between them were one quotation, or two speakers, in the source: the attribution or the join was lost',
  reopened: 'A quotation already open is opened again: the source resumed it after a cut, or machine translation doubled the mark',
  nested:
    'A quotation inside a quotation takes single quote marks in English (`“an ‘iron fist’ here”`); the source’s inner marks (`« … “ … ” … »`, `„ … ‚ … ‘ … “`) came out as double ones',
  style: 'A text uses one style of quotation marks throughout; a quotation in the other style was pasted or translated separately'
}

export default defineOptionlessRule<undefined, QuoteSummary | undefined>({
  id: 'quote-marks',
  description: 'Pair double quotation marks, facing the right way, in one style, with no space inside and the comma inside',
  category: 'quotes',
  severity: 'warn',
  fixable: true,
  // A block without a quote mark: no marks, nothing to pair (see `marksOf`).
  blockGates: () => [quoteCharacters],
  create({report}) {
    // The block’s quotations, and the mark it leaves open: its summary (see `decide`).
    let pairs: Pair[] = []
    let open: Mark | undefined
    let reopens = false

    return {
      block(block) {
        const marks = marksOf(block)
        // An opening mark left open at the end of the previous block is fine if this block reopens the quotation.
        const first = marks[0]
        reopens = first !== undefined && first.position === 'open' && block.text.slice(0, first.offset - block.start).trim() === ''
        if (first === undefined) return
        // A quotation opened inside an open one (`"We need an "iron fist" here," he said`): the outer quotation, held
        // until it closes, and the inner one once closed. Should the outer one not close, the marks are read as they
        // were before nesting was known: the outer quotation never closed, the inner one a quotation of its own.
        let outer: Mark | undefined
        let inner: Pair | undefined
        const unnest = () => {
          if (inner && reopensQuotation(outer!, inner, block)) {
            report(reopened(inner.open))
            closePair({open: outer!, close: inner.close}, block)
          } else {
            report(unclosed(outer!))
            if (inner) closePair(inner, block)
          }
          if (inner) open = undefined
          outer = inner = undefined
        }
        for (const mark of marks) {
          if (mark.maybeInch && !open) continue
          const role = sourceOpenings.has(mark.glyph) ? 'open' : roleOf(mark, open)
          if (role === 'open') {
            // A second opening is held as nested until the marks after it tell (`unnest`); a third one settles it.
            const nested = outer !== undefined
            if (outer) unnest()
            // Not inside a quotation opened by a closing mark (`” …`): a stray mark more likely than a quotation.
            if (open && !nested && open.glyph !== quoteGlyphs.close) outer = open
            else if (open) report(unclosed(open))
            open = mark
          } else if (outer && !inner) {
            inner = {open: open!, close: mark}
            open = outer
          } else if (inner && !insideSentence(inner.open, block)) {
            // The inner quotation starts a sentence: two quotations, the first never closed, and a stray closing mark.
            unnest()
            report(unopened(mark))
          } else if (open) {
            if (inner) reportNested(inner)
            closePair({open, close: mark}, block)
            outer = inner = open = undefined
          } else {
            report(unopened(mark))
          }
        }
        if (outer) unnest()
      },
      summary(block) {
        const summary: QuoteSummary | undefined =
          pairs.length > 0 || open || reopens
            ? {pairs: pairs.map((pair) => shiftPair(pair, -block.start)), open: open && shiftMark(open, -block.start), reopens}
            : undefined
        // A block without quotations (most) makes no new list.
        if (pairs.length > 0) pairs = []
        open = undefined
        reopens = false
        return summary
      }
    }

    function closePair(pair: Pair, block: Block): void {
      const {open, close} = pair
      if (block.text.slice(open.end - block.start, close.offset - block.start).trim() === '') {
        report({start: open.offset, end: close.end, what: 'empty quotation marks', advice: 'restore the quoted words or remove the marks', note: note.empty})
        return
      }
      pairs.push(pair)
      checkFragment(open, block)
      checkAfterClosing(close, block, quotesSentence(open, block))
    }

    /** `"an "iron fist" here"`: English sets a quotation inside another in single quote marks. */
    function reportNested({open, close}: Pair): void {
      for (const [mark, single] of [
        [open, '‘'],
        [close, '’']
      ] as const) {
        const expected = mark.glyph === quoteGlyphs.straight ? "'" : single
        report({start: mark.offset, end: mark.end, what: 'double quote mark inside a quotation', expected: [expected], note: note.nested})
      }
    }

    /** `that “The protection …”`: a quoted fragment that goes on with the sentence, capitalised. */
    function checkFragment(open: Mark, block: Block): void {
      const at = open.end - block.start
      if (!fragmentAfter.test(block.text.slice(Math.max(0, at - 12), at - 1))) return
      capitalisedArticle.lastIndex = at
      const article = capitalisedArticle.exec(block.text)
      if (!article) return
      const word = article[1]!
      report({
        start: open.end,
        end: open.end + word.length,
        what: 'capital at the start of a quoted fragment',
        expected: [word.toLowerCase()],
        note: note.fragment
      })
    }

    /**
     * What follows a closing mark: `”, said` (comma outside before the speech
     * verb), `?”,` (a comma after a question), `”, Said` (a capitalised verb),
     * `.” he said` and `life” he said` (a full stop or no comma before the
     * attribution), `” “Yesterday` (two quotations run together).
     */
    function checkAfterClosing(close: Mark, block: Block, sentence: boolean): void {
      // A mark that faces the wrong way, or has a space around it, is reported for that first.
      const issues = issuesOf(close, 'close')
      if (issues.misdirected || issues.spaced || issues.glued) return
      const text = block.text
      const at = close.end - block.start
      // (Nothing is read before the block's start or past its end: `charAt` out of bounds deoptimised this function.)
      const before = at >= 2 ? text.charAt(at - 2) : ''
      // `?,”`: the comma inside, after the question.
      if (before === ',' && at >= 3 && /[?!]/.test(text.charAt(at - 3))) {
        report({start: close.offset - 1, end: close.offset, what: 'comma after a quoted question or exclamation', expected: [], note: note.doubled})
        return
      }
      pronounAndVerb.lastIndex = at
      if (pronounAndVerb.test(text)) {
        if (before === '.') {
          report({start: close.offset - 1, end: close.offset, what: 'full stop before the speech verb', expected: [','], note: note.stop})
        } else if (/\p{Ll}/u.test(before)) {
          report({start: close.offset, end: close.end, what: 'no comma before the speech verb', expected: [',' + close.glyph], note: note.noComma})
        }
        return
      }
      nextQuotation.lastIndex = at
      if (/[\p{L}’'…]/u.test(before) && nextQuotation.test(text)) {
        report({
          start: close.offset,
          end: close.end + 2,
          what: 'two quotations run together',
          advice: 'say who speaks, or join the quotations',
          note: note.runTogether
        })
        return
      }
      if (at >= text.length || text.charAt(at) !== ',') return
      const after = close.end
      if (before === '?' || before === '!') {
        report({start: after, end: after + 1, what: 'comma after a quoted question or exclamation', expected: [], note: note.doubled})
        return
      }
      capitalisedVerb.lastIndex = at
      const verb = capitalisedVerb.exec(text)
      if (verb) {
        const start = after + 2
        report({start, end: start + verb[1]!.length, what: 'speech verb with a capital', expected: [verb[1]!.toLowerCase()], note: note.capitalised})
        return
      }
      commaBeforeVerb.lastIndex = at
      commaBeforeTitle.lastIndex = at
      if (!/[.,!?…]/.test(before) && (commaBeforeVerb.test(text) || (sentence && commaBeforeTitle.test(text)))) {
        report({start: close.offset, end: after + 1, what: 'comma outside the closing quote mark', expected: [',' + close.glyph], note: note.commaOutside})
      }
    }
  },
  decide(context, blocks) {
    const decision = keptQuoteDecision()
    decision.update(context, blocks, {removed: [], added: blocks})
    lastDecision.kept = decision
  },
  keepDecision: keptQuoteDecision
})

/** A block’s quotations, the mark it leaves open, and whether it opens with a quotation (reopening one left open), at offsets in the block. */
interface QuoteSummary {
  pairs: Pair[]
  open: Mark | undefined
  reopens: boolean
}

type Placed = Summarized<QuoteSummary | undefined>

/** What the document’s style needs of a block with quotations, and its reports in the style last decided. */
interface Quoted {
  /** Its quotations whose two marks share a style, by style. */
  straight: number
  curly: number
  /** The style of its first quotation (in the order they open) with both marks alike, and the first such quotation of each style. */
  first: Style | undefined
  firstOf: Partial<Record<Style, Mark>>
  /** The document style (`styleKey`) its reports were made for, and the reports, at offsets in the block. */
  decided: number
  reports: Report[]
}

/**
 * The decision of the last document, kept until the next is decided: its
 * `update` is a closure made per document, and V8 keeps a closure's
 * optimised code only while a closure that runs it is alive, so `update`
 * was compiled again at every lint.
 */
const lastDecision: {kept: KeptDecision<QuoteSummary | undefined> | undefined} = {kept: undefined}

/**
 * The document decision, kept between updates (`decide` is one update with
 * every block added). A mark left open at the end of a block is fine if the
 * next block reopens the quotation: each such block keeps the block after
 * it, looked up again only when that one goes. The quote style is the
 * majority of the tallies; a block’s reports on its marks are made again
 * only when the style changes, and the switch of style (`switchReport`) is
 * read over the blocks with quotations. Where the linter keeps a block’s
 * reports with it (`reportBlock`: the incremental linter), they are given
 * only for the blocks added, or for all when the style changes.
 */
function keptQuoteDecision(): KeptDecision<QuoteSummary | undefined> {
  // Blocks that leave a quotation open, and the block after each (`undefined`: the last one).
  const openers = new Map<Placed, Placed | undefined>()
  const quoted = new Map<Placed, Quoted>()
  // The blocks of `quoted`, in document order.
  let ordered: Placed[] = []
  const count: Record<Style, number> = {straight: 0, curly: 0}
  // The document style (`styleKey`) decided last.
  let lastKey = -1
  return {
    update(context, blocks, {removed, added}) {
      const {report, reportBlock} = context
      let quotedGone = false
      for (const block of removed) {
        openers.delete(block)
        const info = quoted.get(block)
        if (!info) continue
        count.straight -= info.straight
        count.curly -= info.curly
        quoted.delete(block)
        quotedGone = true
      }
      if (quotedGone) ordered = ordered.filter((block) => quoted.has(block))
      let at = -1
      for (const block of added) {
        const previous = at
        at = indexOfBlock(blocks, block, at + 1)
        // The block before, when kept (one added just before was met in this loop), may leave a quotation open.
        const before = itemAt(blocks, at - 1)
        if (at !== previous + 1 && before !== undefined && openers.has(before)) openers.set(before, block)
        const summary = block.summary
        if (summary === undefined) continue
        if (summary.open) openers.set(block, blocks[at + 1])
        if (summary.pairs.length === 0) continue
        const info = quotedOf(summary.pairs)
        count.straight += info.straight
        count.curly += info.curly
        quoted.set(block, info)
        insertInOrder(ordered, block)
      }

      const gone = removed.length > 0 ? new Set(removed) : undefined
      for (const [block, next] of openers) {
        let after = next
        if (after !== undefined && gone?.has(after)) openers.set(block, (after = blocks[indexOfBlock(blocks, block) + 1]))
        if (!after?.summary?.reopens) report(unclosed(shiftMark(block.summary!.open!, block.start)))
      }

      // A document quotes in one style (a tie goes to curly quotes: news copy is typeset with them).
      const majority: Style = count.straight > count.curly ? 'straight' : 'curly'
      const mixedDocument = count.straight > 0 && count.curly > 0
      const key = (majority === 'straight' ? 1 : 0) + (mixedDocument ? 2 : 0)
      // Where the linter keeps a block’s reports, only the blocks added, or all when the style changed, report theirs.
      const changedOnly = reportBlock !== undefined && key === lastKey
      lastKey = key
      for (const block of changedOnly ? added : ordered) {
        const info = quoted.get(block)
        if (info === undefined) continue
        if (info.decided !== key) {
          info.decided = key
          info.reports = pairReports(block.summary!.pairs, majority, mixedDocument)
        }
        if (reportBlock) reportBlock(block, info.reports)
        else for (const found of info.reports) report(shifted(found, block.start))
      }
      if (mixedDocument) {
        const found = switchReport(ordered, quoted, majority)
        if (found) report(found)
      }
    }
  }
}

/** What the style decision needs of a block’s quotations (see `Quoted`). */
function quotedOf(pairs: readonly Pair[]): Quoted {
  // Both styles' slots from the start: a property added later makes a hidden class that lives only while such an object does (and the code that checks it was compiled again at every lint).
  const info: Quoted = {straight: 0, curly: 0, first: undefined, firstOf: {straight: undefined, curly: undefined}, decided: -1, reports: []}
  // A block’s pairs are in the order they close; the first quotation opened comes first in the block.
  let firstAt = Infinity
  for (const {open, close} of pairs) {
    const style = styleOf(open)
    if (style === undefined || style !== styleOf(close)) continue
    info[style]++
    if (open.offset < firstAt) {
      firstAt = open.offset
      info.first = style
    }
    const known = info.firstOf[style]
    if (known === undefined || open.offset < known.offset) info.firstOf[style] = open
  }
  return info
}

/**
 * The reports on a block’s quotation marks, at offsets in the block, once
 * the document’s quote style is known: a mark that faces the wrong way, has
 * a space inside or touches the next word, and one in the minority style,
 * gets one message that fixes all at once (a fix that left another message
 * on the mark would not converge). The marks of quotations in the minority
 * style are reported, and so is the mark of a mixed pair that differs from
 * the document’s style.
 */
function pairReports(pairs: readonly Pair[], majority: Style, mixedDocument: boolean): Report[] {
  const reports: Report[] = []
  const add = (found: Report) => reports.push(found)
  for (const {open, close} of pairs) {
    const openStyle = styleOf(open)
    const closeStyle = styleOf(close)
    const mixedPair = openStyle !== undefined && closeStyle !== undefined && openStyle !== closeStyle
    const odd = (style: Style | undefined) => style !== undefined && style !== majority && (mixedDocument || mixedPair)
    if (!sourceOpenings.has(open.glyph)) checkMark(open, 'open', odd(openStyle) ? majority : undefined, 0, add)
    checkMark(close, 'close', odd(closeStyle) ? majority : undefined, 0, add)
  }
  return reports
}

/**
 * A text that quotes in one style and goes on in the other, which it then
 * uses most (`“…”`, then `"…"` throughout): the marks of the first style are
 * reported as the minority, and the first quotation of the second, where the
 * pasted or separately translated part begins, as info.
 */
function switchReport(ordered: readonly Placed[], quoted: ReadonlyMap<Placed, Quoted>, majority: Style): Report | undefined {
  let started = false
  for (const block of ordered) {
    const {first, firstOf} = quoted.get(block)!
    if (first === undefined) continue
    // The document’s first quotation is in the style it uses most: no switch.
    if (!started && first === majority) return undefined
    started = true
    const open = firstOf[majority]
    if (open === undefined) continue
    return {
      start: open.offset + block.start,
      end: open.end + block.start,
      what: majority === 'straight' ? 'straight quotation after curly ones' : 'curly quotation after straight ones',
      advice: 'use one style of quote marks throughout',
      note: note.style,
      lowConfidence: true
    }
  }
  return undefined
}

/**
 * Reports a paired mark that faces the wrong way, has a space on its inner
 * side, touches a word on its outer side, or is in the style `restyle`
 * where the document quotes in the other one. `delta`: where its block starts.
 */
function checkMark(mark: Mark, role: 'open' | 'close', restyle: Style | undefined, delta: number, report: (report: Report) => void): void {
  const {misdirected, spaced, glued, start, end} = issuesOf(mark, role)
  if (!misdirected && !spaced && !glued && !restyle) return
  const style = restyle ?? styleOf(mark)
  const wanted = style === 'straight' ? quoteGlyphs.straight : role === 'open' ? quoteGlyphs.open : quoteGlyphs.close
  const what = [
    restyle ? (restyle === 'straight' ? 'curly quote mark in a text quoted with straight ones' : 'straight quote mark in a text quoted with curly ones') : '',
    misdirected && !restyle ? (role === 'open' ? 'closing quote mark opening a quotation' : 'opening quote mark closing a quotation') : '',
    spaced ? 'space inside the quotation marks' : '',
    glued ? (role === 'open' ? 'opening quote mark glued to the word before it' : 'closing quote mark glued to the next word') : ''
  ]
    .filter(Boolean)
    .join(', with a ')
    .replace('with a opening', 'with an opening')
    .replace('with a closing', 'with the closing')
    .replace('with a straight', 'with the straight')
  const expected = glued ? (role === 'open' ? ' ' + wanted : wanted + ' ') : wanted
  const why = restyle ? note.style : misdirected || spaced ? note.direction : note.glued
  report({start: start + delta, end: end + delta, what, expected: [expected], note: why})
}

/** A mark moved by `delta`. */
function shiftMark(mark: Mark, delta: number): Mark {
  return {...mark, offset: mark.offset + delta, end: mark.end + delta, spaceBefore: mark.spaceBefore + delta, spaceAfter: mark.spaceAfter + delta}
}

function shiftPair(pair: Pair, delta: number): Pair {
  return {open: shiftMark(pair.open, delta), close: shiftMark(pair.close, delta)}
}

/** What is wrong with a paired mark
, whatever the document’s style, and the span a message on it covers. */
function issuesOf(mark: Mark, role: 'open' | 'close') {
  const own = mark.glyph === quoteGlyphs.straight ? quoteGlyphs.straight : role === 'open' ? quoteGlyphs.open : quoteGlyphs.close
  // The inner side of an opening mark is after it; of a closing mark, before it.
  const start = role === 'close' ? mark.spaceBefore : mark.offset
  const end = role === 'open' ? mark.spaceAfter : mark.end
  return {
    misdirected: mark.glyph !== own,
    spaced: end - start > mark.end - mark.offset,
    // A space before an opening mark or after a closing one is the outer side: it should be there.
    glued: role === 'open' ? mark.gluedBefore : mark.gluedAfter,
    start,
    end
  }
}

/**
 * `“It is hard. “We hold on,” he said.`: a quotation that never closes, and
 * one opened inside it on the same line, with a capital and not after a
 * colon, whose closing mark ends a sentence: one quotation opened twice (the
 * source resumed it after a cut, or translation doubled the mark), not two.
 */
function reopensQuotation(outer: Mark, {open, close}: Pair, block: Block): boolean {
  const text = block.text
  return (
    /\p{Lu}/u.test(text.charAt(open.spaceAfter - block.start)) &&
    /[.,!?…]/.test(text.charAt(close.spaceBefore - block.start - 1)) &&
    // Not a quotation introduced by a colon (a quotation inside the first), nor one on another line (another quotation).
    text.charAt(open.spaceBefore - block.start - 1) !== ':' &&
    !text.slice(outer.end - block.start, open.offset - block.start).includes('\n')
  )
}

/** Whether a quotation is a whole sentence: it opens a sentence, with a capital (`“We stay”, the mayor says`). */
function quotesSentence(open: Mark, block: Block): boolean {
  const at = open.offset - block.start
  const before = block.text.slice(Math.max(0, at - 4), at)
  return /\p{Lu}/u.test(block.text.charAt(open.spaceAfter - block.start)) && ((at === before.length && before.trim() === '') || sentenceStart.test(before))
}

/** Whether a mark stands inside a sentence (`with an "iron fist"`), not at the start of one, where a quotation may nest. */
function insideSentence(mark: Mark, block: Block): boolean {
  return /[\p{L}\p{N},:]$/u.test(block.text.slice(Math.max(0, mark.spaceBefore - block.start - 1), mark.spaceBefore - block.start))
}

/** Whether a mark opens or closes, from where it stands and whether a quotation is open. */
function roleOf(mark: Mark, open: Mark | undefined): 'open' | 'close' {
  if (mark.position === 'open' || (mark.position === 'inner' && mark.glyph === quoteGlyphs.open)) return 'open'
  if (mark.position === 'close' || (mark.position === 'inner' && mark.glyph === quoteGlyphs.close)) return 'close'
  return open ? 'close' : 'open'
}

function styleOf(mark: Mark): Style | undefined {
  return mark.glyph === quoteGlyphs.straight ? 'straight' : mark.glyph === quoteGlyphs.open || mark.glyph === quoteGlyphs.close ? 'curly' : undefined
}

function marksOf(block: Block): readonly Mark[] {
  const text = block.text
  // Most blocks quote nothing: one plain scan proves it before the costlier one.
  if (!quoteCharacters.test(text)) return noMarks
  const marks: Mark[] = []
  let skipUntil = -1
  for (const match of matchAll(doubleQuotes, text)) {
    const index = match.index
    if (index < skipUntil) continue
    const end = index + match[0].length
    const before = text.charAt(index - 1)
    // `", "` or `"*"`: quotes around a few marks or spaces quote symbols, not
    // prose; their inner spaces are the content. Leave both marks out.
    const symbol = quotedSymbol.exec(text.slice(index, index + 5))
    if (symbol && (before === '' || /[\s([]/.test(before))) {
      skipUntil = index + symbol[0].length
      continue
    }
    let spaceBefore = index
    while (spaceBefore > 0 && spaces.test(text.charAt(spaceBefore - 1))) spaceBefore--
    let spaceAfter = end
    while (spaceAfter < text.length && spaces.test(text.charAt(spaceAfter))) spaceAfter++
    const next = text.charAt(end)
    const gapBefore = before === '' || /\s/.test(before) || beforeOpening.has(before)
    const gapAfter = next === '' || /\s/.test(next)
    // `use ":" to separate`: a quoted punctuation mark, not a closing quote before a comma.
    const quotesMark = gapBefore && /["“”]/.test(text.charAt(end + 1))
    const position = gapBefore && gapAfter ? 'floating' : (afterClosing.has(next) && !quotesMark) || gapAfter ? 'close' : gapBefore ? 'open' : 'inner'
    marks.push({
      glyph: match[0],
      offset: block.start + index,
      end: block.start + end,
      position,
      spaceBefore: block.start + spaceBefore,
      spaceAfter: block.start + spaceAfter,
      gluedBefore: wordCharacter.test(before),
      gluedAfter: wordCharacter.test(next),
      maybeInch: match[0] === quoteGlyphs.straight && /\d/.test(before)
    })
  }
  return marks
}

function unclosed(mark: Mark): Report {
  // The span takes in a stray space on the inner side, as for paired marks.
  return {
    start: mark.offset,
    end: Math.max(mark.spaceAfter, mark.end),
    what: 'quotation never closed' + (mark.spaceAfter > mark.end ? ', with a space inside the quotation marks' : ''),
    advice: 'close the quotation or remove the mark',
    note: note.unclosed
  }
}

function reopened(mark: Mark): Report {
  return {
    start: mark.offset,
    end: mark.spaceAfter,
    what: 'opening quote mark inside an open quotation',
    advice: 'remove the mark, or close the quotation before it',
    note: note.reopened
  }
}

function unopened(mark: Mark): Report {
  return {
    start: mark.spaceBefore,
    end: mark.end,
    what:
      (mark.glyph === quoteGlyphs.open ? 'opening quote mark that closes no quotation' : 'quote mark that closes no quotation') +
      (mark.spaceBefore < mark.offset ? ', with a space inside the quotation marks' : ''),
    advice: 'open the quotation or remove the mark',
    note: note.unopened
  }
}
