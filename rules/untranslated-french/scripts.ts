/**
 * Runs of another writing system in English prose (`Озвучить текст`, a
 * button label left by the scraper), and English words with look-alike
 * letters of another script (`аrtist`), found in a block’s text by hand:
 * only blocks with such a letter are read word by word.
 */
import type {Report} from '../../src/engine/types.js'
import {autonyms, homoglyphs, scripts} from '../shared/languages.js'

const anyScript = new RegExp('[' + scripts.map((script) => script.pattern).join('') + ']', 'u')
const byScript = scripts.map((script) => ({name: script.name, test: new RegExp('[' + script.pattern + ']', 'u')}))
// A word: letters, marks and digits, with dots, apostrophes and hyphens (`Диалог.UA`), trimmed
// of those at its ends by hand (a regex repeating a group over a long run overflows V8’s stack).
const wordWithMarks = /[\p{L}\p{M}\p{N}.’'-]+/gu
const edgeMarks = /^[.’'-]+|[.’'-]+$/g
const latin = /\p{Script=Latin}/u
const nonLatinLetter = new RegExp('[' + scripts.map((script) => script.pattern).join('') + ']', 'gu')
// Words after which a run is a mention, not a use: the name or word is being discussed.
const mentionWord = /\b(?:name|names|named|word|words|meaning|means|called|spelled|spelt|spelling|written|writes|reads|script)\b/i
// A language named just before the run (`in Ukrainian, Київ`).
const languageBefore =
  /\b(?:Cyrillic|Russian|Ukrainian|Belarusian|Bulgarian|Serbian|Greek|Arabic|Hebrew|Persian|Farsi|Urdu|Chinese|Mandarin|Japanese|Korean|Hindi|Georgian|Armenian|Thai)\W*$/i
const sentenceEnd = /[.!?]\s/g
// How far before a run a mention word is looked for.
const reach = 60
const autonymSet = new Set(autonyms)
const separators = /[\s|/·•,]+/

/** Whether a run is only the names of languages in their own scripts: a language menu (`English | Русский | 简体中文`). */
function onlyAutonyms(run: string): boolean {
  return run.split(separators).every((part) => part === '' || autonymSet.has(part))
}

// Every letter of those scripts stands at U+0370 or above, outside General Punctuation (U+2000–U+206F:
// curly quotes, dashes), or is astral (a surrogate): text without such a code unit, most English text,
// is not searched with the costly property classes (a test holds the range against every code point).
export const beyondLatin = /[\u0370-\u1FFF\u2070-\uFFFF]/

export function hasOtherScript(text: string): boolean {
  return beyondLatin.test(text) && anyScript.test(text)
}

/** Runs of another script, and English words with look-alike letters, in `text` (a block starting at `offset`). */
export function* otherScripts(text: string, offset: number): Generator<Report> {
  const found: Report[] = []
  let run: {start: number; end: number; script: string} | undefined
  // Words with look-alike letters, gathered while only Latin text on one line lies between them:
  // one message, its span fixed whole.
  let lookalikes: {start: number; end: number} | undefined
  const closeRun = () => {
    if (run && !isMentioned(text, run.start, run.end) && !onlyAutonyms(text.slice(run.start, run.end))) {
      found.push({
        start: offset + run.start,
        end: offset + run.end,
        what: 'text in ' + run.script + ' script',
        advice: 'translate it, or remove it if it is page furniture',
        note:
          'Text in ' +
          run.script +
          ' script left in the English copy: machine translation leaves what it does not take for prose (captions, buttons, tags, names), and scrapers keep the source page’s labels'
      })
    }
    run = undefined
  }
  const closeLookalikes = () => {
    if (!lookalikes) return
    const value = text.slice(lookalikes.start, lookalikes.end)
    found.push({
      start: offset + lookalikes.start,
      end: offset + lookalikes.end,
      what: 'Latin text with look-alike letters of another script',
      expected: [value.replace(nonLatinLetter, (letter) => homoglyphs[letter] ?? letter)],
      note: 'Letters of another script that look like Latin ones (Cyrillic `а`, Greek `ο`): text typed or converted in the wrong keyboard layout, or spoofed; search and spell-check miss it'
    })
    lookalikes = undefined
  }
  const addLookalike = (start: number, end: number) => {
    closeRun()
    if (lookalikes && !text.slice(lookalikes.end, start).includes('\n')) lookalikes.end = end
    else {
      closeLookalikes()
      lookalikes = {start, end}
    }
  }
  // Only the lines that hold a code unit beyond Latin are read word by word: a run and a group of look-alikes never
  // go on past a line break, and what a line without such a letter does to them (a Latin word closes a run) the
  // next line read does as well, or the end. A long block (a list of lines) with one such letter is not read whole.
  for (let lineStart = lineHolding(text, 0); lineStart !== -1;) {
    const lineEnd = lineEndAt(text, lineStart)
    wordWithMarks.lastIndex = lineStart
    for (let match = wordWithMarks.exec(text); match !== null && match.index < lineEnd; match = wordWithMarks.exec(text)) readWord(match)
    lineStart = lineHolding(text, lineEnd)
  }
  closeRun()
  closeLookalikes()
  yield* found.sort((a, b) => a.start - b.start)

  function readWord(match: RegExpExecArray): void {
    const raw = match[0]
    const value = raw.replace(edgeMarks, '')
    if (value === '') return
    const start = match.index + raw.indexOf(value)
    const end = start + value.length
    if (!anyScript.test(value)) {
      closeRun()
      return
    }
    const mixed = latin.test(value)
    // A word of Latin letters and look-alikes (`аrtist`), or a lone short word of look-alikes between Latin words (`As а result`).
    if (
      (mixed || (value.length <= 3 && !run && latinAround(text, start, end))) &&
      !anyScript.test(value.replace(nonLatinLetter, (letter) => homoglyphs[letter] ?? letter))
    ) {
      addLookalike(start, end)
      return
    }
    closeLookalikes()
    // Another line starts another run.
    if (run && text.slice(run.end, start).includes('\n')) closeRun()
    if (run) run.end = end
    else run = {start, end, script: byScript.find((script) => script.test.test(value))?.name ?? 'another'}
  }
}

const beyondLatinAll = new RegExp(beyondLatin.source, 'g')

/** The start of the first line at or after `from` (a line's start) that holds a code unit beyond Latin (see `beyondLatin`), or -1. */
function lineHolding(text: string, from: number): number {
  beyondLatinAll.lastIndex = from
  const found = beyondLatinAll.exec(text)
  return found === null ? -1 : text.lastIndexOf('\n', found.index) + 1
}

/** The offset past the line that starts at `start`: after its line break, or the text's end. */
function lineEndAt(text: string, start: number): number {
  const end = text.indexOf('\n', start)
  return end === -1 ? text.length : end + 1
}

/**
 * Whether a run is a name given beside its romanisation (`Kyiv (Київ)`,
 * `Київ (Kyiv)`) or a word being discussed (`the Ukrainian name Київ`).
 */
function isMentioned(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - reach), start)
  if (/\p{Script=Latin}[\p{L}’']*\s*\(\s*$/u.test(before)) return true
  if (/^\s*\(\s*\p{Script=Latin}/u.test(text.slice(end, end + 10))) return true
  if (languageBefore.test(before)) return true
  // A word about words in the same sentence before the run (`the Hindi word meaning “watchman”, चौकीदार`).
  let from = 0
  for (const match of before.matchAll(sentenceEnd)) from = match.index + match[0].length
  return mentionWord.test(before.slice(from))
}

/** Whether the words just before and after `[start, end)` are Latin. */
function latinAround(text: string, start: number, end: number): boolean {
  return (
    /\p{Script=Latin}[^\p{L}\n]{1,3}$/u.test(text.slice(Math.max(0, start - 4), start)) && /^[^\p{L}\n]{1,3}\p{Script=Latin}/u.test(text.slice(end, end + 4))
  )
}
