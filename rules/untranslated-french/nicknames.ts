import {languageNames, type Language} from '../shared/languages.js'
import type {Report, Token} from '../../src/engine/types.js'
import type {Nickname, SourceLanguage} from './language.js'

/** A nickname to look for: its words in lower case, with its entry and language. */
interface Form {
  words: readonly string[]
  nickname: Nickname
  language: Language
}

/** The chosen languages’ nicknames, by their first word in lower case (NFC). */
export interface Nicknames {
  byFirst: ReadonlyMap<string, readonly Form[]>
}

export function compileNicknames(languages: readonly SourceLanguage[]): Nicknames {
  const byFirst = new Map<string, Form[]>()
  for (const data of languages) {
    for (const nickname of data.nicknames ?? []) {
      for (const form of nickname.forms) {
        const words = form.normalize('NFC').toLowerCase().split(' ')
        const list = byFirst.get(words[0]!) ?? []
        list.push({words, nickname, language: data.language})
        // Longest first: `XV de la Rose` before a shorter form sharing its first word.
        list.sort((a, b) => b.words.length - a.words.length)
        byFirst.set(words[0]!, list)
      }
    }
  }
  return {byFirst}
}

/** A nickname met in a sentence, and its report, for the document decision (`firstMentions`). */
export interface NicknameMention {
  nickname: Nickname
  /** Its first and last tokens in its sentence, and the sentence, counted in its block. */
  index: number
  last: number
  sentence: number
  /** Glossed in parentheses beside it (`the Insoumis (LFI)`). */
  glossed: boolean
  report: Report
}

/**
 * A nickname of the source language’s press left as it was (`among the
 * pentastellati`, `the captain of the Tricolores`), starting at the word
 * `index`: its longest form there; `firstMentions` keeps those to report.
 * The caller filters words by their shape first (most start no nickname).
 */
export function nicknameAt(tokens: readonly Token[], index: number, nicknames: Nicknames, sentence: number): NicknameMention | undefined {
  const token = tokens[index]!
  const ascii = token.value.charCodeAt(0) < 128
  const forms = nicknames.byFirst.get(ascii ? token.lower : token.lower.normalize('NFC'))
  if (!forms) return undefined
  const form = forms.find(({words}) => words.every((word, offset) => tokens[index + offset]?.lower.normalize('NFC') === word))
  if (!form) return undefined
  const last = index + form.words.length - 1
  const {nickname, language} = form
  const name = languageNames[language]
  return {
    nickname,
    index,
    last,
    sentence,
    glossed: tokens[index - 1]?.value === '(' || tokens[last + 1]?.value === '(',
    report: {
      start: token.start,
      end: tokens[last]!.end,
      what: name + ' nickname for ' + nickname.meaning,
      advice: 'write `' + nickname.english + '`',
      note: '`' + tokens.slice(index, last + 1).map((word) => word.value).join(' ') + '` is what the ' + name + ' press calls ' + nickname.meaning + ': machine translation left it as it was, and an English reader does not know who is meant (name them in English, at least at the first mention)',
      lowConfidence: nickname.lowConfidence
    }
  }
}

/** What the document has seen so far (a `Set`, or a view of a kept decision’s). */
export interface SeenKeys<Key> {
  has(key: Key): boolean
  add(key: Key): void
}

/**
 * The mentions to report, in document order: like an acronym, a nickname is
 * explained at its first mention, so each is reported once per document
 * (`seen`), unless glossed; the words of a reported one start no other.
 */
export function* firstMentions(mentions: Iterable<NicknameMention>, seen: SeenKeys<Nickname>): Generator<NicknameMention> {
  let reported: NicknameMention | undefined
  for (const mention of mentions) {
    if (reported && reported.sentence === mention.sentence && mention.index <= reported.last) continue
    if (seen.has(mention.nickname)) continue
    seen.add(mention.nickname)
    if (mention.glossed) continue
    reported = mention
    yield mention
  }
}
