/**
 * Runs of another writing system in English prose (`Озвучить текст`, a
 * button label left by the scraper), and English words with look-alike
 * letters of another script (`аrtist`), found in a block’s text by hand:
 * only blocks with such a letter are read word by word.
 */
import type {Report} from '../../src/engine/types.js'
import {autonyms, homoglyphs, scripts} from '../languages.js'

const anyScript = new RegExp('[' + scripts.map((script) => script.pattern).join('') + ']', 'u')
const byScript = scripts.map((script) => ({name: script.name, test: new RegExp('[' + script.pattern + ']', 'u')}))
// A word: letters, marks and digits, with inner dots, apostrophes and hyphens (`Диалог.UA`).
const word = /[\p{L}\p{M}\p{N}]+(?:[.’'\-][\p{L}\p{M}\p{N}]+)*/gu
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

export function hasOtherScript(text: string): boolean {
  return anyScript.test(text)
}

/** Runs of another script, and English words with look-alike letters, in `text` (a block starting at `offset`). */
export function* otherScripts(text: string, offset: number): Generator<Report> {
  let run: {start: number; end: number; script: string} | undefined
  const close = function* (): Generator<Report> {
    if (run && !isMentioned(text, run.start, run.end) && !onlyAutonyms(text.slice(run.start, run.end))) {
      yield {
        start: offset + run.start,
        end: offset + run.end,
        what: 'text in ' + run.script + ' script',
        advice: 'translate it, or remove it if it is page furniture',
        note: 'Text in ' + run.script + ' script left in the English copy: machine translation leaves what it does not take for prose (captions, buttons, tags, names), and scrapers keep the source page’s labels'
      }
    }
    run = undefined
  }
  for (const match of text.matchAll(word)) {
    const value = match[0]
    const start = match.index
    const end = start + value.length
    const foreign = anyScript.test(value)
    if (foreign && latin.test(value)) {
      const fixed = value.replace(nonLatinLetter, (letter) => homoglyphs[letter] ?? letter)
      if (!anyScript.test(fixed)) {
        yield* close()
        yield {
          start: offset + start,
          end: offset + end,
          what: 'Latin word with look-alike letters of another script',
          expected: [fixed],
          note: '`' + value + '` holds letters of another script that look like Latin ones (Cyrillic `а`, Greek `ο`): text typed or converted in the wrong keyboard layout, or spoofed; search and spell-check miss it'
        }
        continue
      }
    }
    if (!foreign) {
      yield* close()
      continue
    }
    // A lone word of one to three look-alike letters between Latin words (`As а result`, with a Cyrillic `а`).
    const lookalike = value.length <= 3 ? value.replace(nonLatinLetter, (letter) => homoglyphs[letter] ?? letter) : value
    if (!run && lookalike !== value && !anyScript.test(lookalike) && latinAround(text, start, end)) {
      yield {
        start: offset + start,
        end: offset + end,
        what: 'Latin word with look-alike letters of another script',
        expected: [lookalike],
        note: '`' + value + '` is written with letters of another script that look like Latin ones (Cyrillic `а`, Greek `ο`): text typed or converted in the wrong keyboard layout, or spoofed'
      }
      continue
    }
    // Another line starts another run.
    if (run && text.slice(run.end, start).includes('\n')) yield* close()
    if (run) run.end = end
    else run = {start, end, script: byScript.find((script) => script.test.test(value))?.name ?? 'another'}
  }
  yield* close()
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
  return /\p{Script=Latin}[^\p{L}\n]{1,3}$/u.test(text.slice(Math.max(0, start - 4), start)) && /^[^\p{L}\n]{1,3}\p{Script=Latin}/u.test(text.slice(end, end + 4))
}
