import {defineOptionlessRule} from '../../src/engine/rule.js'
import {compilePatterns} from '../../src/engine/pattern-set.js'
import type {Report} from '../../src/engine/types.js'
import {furniture, patternEntry} from './entry.js'
import {lexicons} from './lexicon/index.js'
import {createRepeatFinder, linesOf, type Line} from './structure.js'

const entries = Object.values(lexicons).flat()

/** The lexicon in two alternations: patterns matched without case, and those that need it (a capital after `Read also`). */
function prepare() {
  return {
    caseless: compilePatterns(entries.filter((entry) => !entry.cased).map(patternEntry), 'gimu', {trim: true}),
    cased: compilePatterns(entries.filter((entry) => entry.cased).map(patternEntry), 'gmu', {trim: true})
  }
}

const repeatedNote = furniture + ': the headline printed again (by the page and by the scraper, or as title and teaser)'

/**
 * A line classifier: each line of a block is page furniture when the
 * lexicon of some language knows it (a widget, a byline, a credit; see
 * `lexicon/`) or when it repeats a headline a few lines above (see
 * `structure.ts`). The whole line is reported (a credit or a tag only, when
 * it shares its line with prose).
 */
export default defineOptionlessRule({
  id: 'scraper-boilerplate',
  description: 'Remove page furniture left in the text by the scraper (`To see in video`, `Leave a Reply`, `source site-41`)',
  category: 'boilerplate',
  severity: 'warn',
  // Its messages expect a deletion (`[]`), which `fix` leaves to the editor.
  fixable: false,
  prepare,
  create({settings, text, report}) {
    const repeated = createRepeatFinder()
    const run = createRunMerger(text, report)
    return {
      block(block) {
        const found: Report[] = []
        for (const set of [settings.caseless, settings.cased]) {
          for (const match of set.find(block.text, block.start)) {
            found.push({start: match.start, end: match.end, what: match.entry.what, note: match.entry.note, expected: []})
          }
        }
        for (const line of linesOf(block.text, block.start)) {
          const copy = repeated(line)
          if (copy && !found.some((report) => overlaps(report, copy))) {
            found.push({start: copy.start, end: copy.end, what: 'repeated headline', note: repeatedNote, expected: []})
          }
        }
        found.sort((a, b) => a.start - b.start)
        let previousEnd = -1
        for (const finding of found) {
          if (finding.start < previousEnd) continue
          run.add(finding)
          previousEnd = finding.end
        }
      },
      end() {
        run.flush()
      }
    }
  }
})

/**
 * Furniture lines that follow one another (a comment form’s, an author box’s)
 * are one run, reported once from the first line to the last, to be deleted
 * together: consecutive lines of a block, or lines of one kind with only
 * blank lines between them. Furniture of different kinds in different blocks
 * (a video caption, then a source tag) stays apart.
 */
/**
 * Kinds of furniture that make one part of a page: the widgets of its frame
 * (comment form, related articles, sharing, subscription and paywall
 * prompts, navigation), and its masthead (the headline’s copy, the byline,
 * the time stamp, the author box). A run of one part is deleted as one. A
 * credit, a source tag or a video caption is a finding of its own, even next
 * to them.
 */
const masthead = new Set(['repeated headline', 'byline', 'time stamp', 'reading time or view count', 'author box'])
const frame = new Set([
  'comment form',
  'related-article widget',
  'related-article link',
  'page navigation',
  'sharing widget',
  'subscription prompt',
  'paywall notice',
  'cookie notice',
  'site widget text'
])

function sameRun(what: string, next: string): boolean {
  return what === next || (frame.has(what) && frame.has(next)) || (masthead.has(what) && masthead.has(next))
}

// White space between two furniture lines, or one short line without a sentence’s end (an author’s name between two author boxes).
const runGap = /^\s*\n(?:[ \t]*[\p{L}][\p{L}.'’ -]{0,40}[\p{L}][ \t]*\n)?\s*$/u

function createRunMerger(text: string, report: (report: Report) => void) {
  let pending: Report | undefined
  // The kind of the run’s last line: the next line joins the run when it is of the same part of the page.
  let last = ''
  return {
    add(finding: Report) {
      const what = finding.what!
      const gap = pending && finding.start >= pending.end ? text.slice(pending.end, finding.start) : undefined
      // One widget over several lines of a block; over several blocks, lines of one kind, or of one part of the page.
      if (pending && gap !== undefined && runGap.test(gap) && (!gap.includes('\n\n') || sameRun(last, what))) {
        const mixed = pending.what !== what
        pending = {...pending, end: finding.end, what: mixed ? 'page furniture' : what, note: mixed ? furniture : pending.note}
      } else {
        this.flush()
        pending = finding
      }
      last = what
    },
    flush() {
      if (pending) report(pending)
      pending = undefined
    }
  }
}

function overlaps(report: Report, line: Line): boolean {
  return report.start < line.end && line.start < report.end
}
