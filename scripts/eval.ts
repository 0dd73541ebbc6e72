/**
 * `npm run eval`: lints every excerpt of the dev corpus with the default
 * preset and prints recall per category (and per source language), messages
 * outside every marked span per 1,000 words of positives, and the negatives
 * flagged. Writes the whole score as JSON.
 *
 *   npm run eval [-- --corpus DIR] [--verbose] [--misses [CATEGORY]] [--json FILE]
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {lint} from '../src/index.js'
import {combined, corpusExists, defaultCorpus, lintCorpus, readCorpus, readDisputed, recall, scoreCorpus, unscored, type Score, type Tally} from './devset.js'

const {values} = parseArgs({
  options: {
    corpus: {type: 'string', default: defaultCorpus},
    verbose: {type: 'boolean', default: false},
    misses: {type: 'boolean', default: false},
    category: {type: 'string'},
    json: {type: 'string', default: '.eval/report.json'}
  }
})

if (!corpusExists(values.corpus)) {
  console.error('mtlint eval: no `.jsonl` corpus in ' + values.corpus + ' (give one with --corpus DIR)')
  process.exit(2)
}

const excerpts = readCorpus(values.corpus)
const disputed = readDisputed()
const started = performance.now()
const score = scoreCorpus(excerpts, await lintCorpus(excerpts, (text) => lint(text)), disputed)
const elapsed = performance.now() - started

const percent = (tally: Tally) => (100 * recall(tally)).toFixed(1).padStart(5) + '%'
const row = (cells: Array<string | number>, widths: number[]) =>
  cells.map((cell, index) => (index === 0 ? String(cell).padEnd(widths[0]!) : String(cell).padStart(widths[index]!))).join('  ')

printRecall(score)
if (values.misses) printMisses(score, values.category)
if (values.verbose) printOutside(score)
mkdirSync(path.dirname(values.json), {recursive: true})
writeFileSync(values.json, JSON.stringify(score, null, 1) + '\n')
console.log('\n' + excerpts.length + ' excerpts linted in ' + Math.round(elapsed) + ' ms; report: ' + values.json)

function printRecall(score: Score): void {
  const widths = [18, 7, 6, 9, 7]
  console.log(row(['category', 'marked', 'found', 'disputed', 'recall'], widths))
  const categories = Object.keys(score.byCategory).sort((a, b) => score.byCategory[b]!.marked - score.byCategory[a]!.marked)
  for (const category of categories) {
    const tally = score.byCategory[category]!
    const note = unscored.has(category) ? '  (not scored)' : ''
    console.log(row([category, tally.marked, tally.found, tally.disputed, percent(tally)], widths) + note)
  }
  const all = combined(score)
  console.log(row(['all but calque', all.marked, all.found, all.disputed, percent(all)], widths))

  console.log('\nrecall per source language')
  const languages = [...new Set(score.items.map((item) => item.lang))].sort()
  const scored = categories.filter((category) => !unscored.has(category))
  console.log(row(['category', ...languages], [18, ...languages.map(() => 11)]))
  for (const category of scored) {
    const cells = languages.map((lang) => {
      const tally = score.byLanguage[category]?.[lang]
      return tally ? tally.found + '/' + (tally.marked - tally.disputed) : '—'
    })
    console.log(row([category, ...cells], [18, ...languages.map(() => 11)]))
  }

  printFamilies(score, 'calque', 'calque')

  console.log('\nitems found, by the rule that found them')
  for (const [rule, counts] of Object.entries(score.byRule).sort()) {
    console.log(
      '  ' +
        rule.padEnd(24) +
        Object.entries(counts)
          .map(([category, count]) => category + ' ' + count)
          .join(', ')
    )
  }

  const perThousand = (1000 * score.outside.length) / score.positiveWords
  console.log(
    '\noutside messages: ' + score.outside.length + ' on ' + score.positiveWords + ' words of positives (' + perThousand.toFixed(2) + ' per 1,000 words)'
  )
  for (const [rule, count] of Object.entries(score.outsideByRule).sort((a, b) => b[1] - a[1])) {
    console.log('  ' + rule.padEnd(24) + count)
  }
  if (score.repeats.length > 0) {
    console.log('(of which ' + score.repeats.length + ' on a later occurrence of an artifact a marked item holds: the annotators mark the first)')
  }
  console.log('negatives flagged: ' + score.flagged.length + ' of ' + score.negatives)
  for (const {id, hits} of score.flagged) {
    for (const hit of hits) console.log('  ' + id + '  ' + hit.ruleId + ': ' + hit.reason)
  }
  if (score.staleDisputes.length > 0) {
    console.log('disputed entries that match no marked item (eval/disputed.json is stale):')
    for (const entry of score.staleDisputes) console.log('  ' + entry.id + ' `' + entry.actual + '`')
  }
}

/**
 * Items of `category` found per family of `rule` (the doc section its
 * messages point to, `calque#translated-names`) and source language; an
 * item found by messages of two families counts in both, one found by other
 * rules only under `other rules only`. Outside messages per family beside.
 */
function printFamilies(score: Score, category: string, rule: string): void {
  const items = score.items.filter((item) => item.category === category && !item.disputed)
  if (items.length === 0) return
  const languages = [...new Set(items.map((item) => item.lang))].sort()
  const rows = new Map<string, Map<string, number>>()
  const count = (family: string, lang: string) => {
    const row = rows.get(family) ?? new Map<string, number>()
    rows.set(family, row.set(lang, (row.get(lang) ?? 0) + 1).set('all', (row.get('all') ?? 0) + 1))
  }
  for (const item of items) {
    if (!item.found) continue
    const families = item.families.filter((family) => family.startsWith(rule + '#'))
    for (const family of families) count(family, item.lang)
    if (families.length === 0) count('other rules only', item.lang)
  }
  const marked = new Map<string, number>()
  for (const item of items) marked.set(item.lang, (marked.get(item.lang) ?? 0) + 1)
  const outside = new Map<string, number>()
  for (const hit of score.outside)
    if (hit.anchor && hit.ruleId === rule) outside.set(hit.ruleId + '#' + hit.anchor, (outside.get(hit.ruleId + '#' + hit.anchor) ?? 0) + 1)
  const widths = [32, 12, 8, ...languages.map(() => 7)]
  console.log('\n' + category + ' items found per family and source language (recall of all ' + items.length + ' marked)')
  console.log(row(['family', 'all', 'outside', ...languages], widths))
  console.log(row(['marked', items.length, '', ...languages.map((lang) => marked.get(lang) ?? 0)], widths))
  for (const [family, counts] of [...rows].sort((a, b) => (b[1].get('all') ?? 0) - (a[1].get('all') ?? 0))) {
    const all = counts.get('all') ?? 0
    console.log(
      row(
        [family, all + ' ' + ((100 * all) / items.length).toFixed(1) + '%', outside.get(family) ?? '', ...languages.map((lang) => counts.get(lang) ?? '')],
        widths
      )
    )
  }
}

function printMisses(score: Score, only: string | undefined): void {
  console.log('\nmisses' + (only ? ' (' + only + ')' : ''))
  for (const item of score.items) {
    if (item.found || item.disputed || unscored.has(item.category)) continue
    if (only && item.category !== only) continue
    console.log('  ' + item.id + ' [' + item.category + '] `' + item.actual + '` — ' + item.why)
  }
}

function printOutside(score: Score): void {
  console.log('\noutside messages')
  for (const hit of score.outside) console.log('  ' + hit.id + '  ' + hit.ruleId + ' ' + hit.severity + ': ' + hit.reason)
}
