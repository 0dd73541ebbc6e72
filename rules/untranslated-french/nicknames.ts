import {languageNames, type Language} from '../shared/languages.js'
import type {Report, Token} from '../../src/engine/types.js'
import type {Nickname, SourceLanguage} from './language.js'

/** A nickname to look for: its words in lower case, with its entry and language. */
interface Form {
  words: readonly string[]
  nickname: Nickname
  language: Language
}

/** The chosen languages’ nicknames, by their first word in lower case. */
export type Nicknames = ReadonlyMap<string, readonly Form[]>

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
  return byFirst
}

/**
 * Nicknames of the source language’s press left as they were (`among the
 * pentastellati`, `the captain of the Tricolores`), unless glossed in
 * parentheses beside them (`the Insoumis (LFI)`). Like an acronym, a
 * nickname is explained at its first mention: each is reported once per
 * document (`seen`), glossed or not.
 */
export function* nicknamesIn(tokens: readonly Token[], nicknames: Nicknames, seen: Set<Nickname>): Generator<Report> {
  if (nicknames.size === 0) return
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    const forms = nicknames.get(token.value.charCodeAt(0) < 128 ? token.lower : token.lower.normalize('NFC'))
    if (!forms) continue
    const form = forms.find(({words}) => words.every((word, offset) => tokens[index + offset]?.lower.normalize('NFC') === word))
    if (!form) continue
    const last = index + form.words.length - 1
    const {nickname, language} = form
    if (seen.has(nickname)) continue
    seen.add(nickname)
    if (tokens[index - 1]?.value === '(' || tokens[last + 1]?.value === '(') continue
    const name = languageNames[language]
    yield {
      start: token.start,
      end: tokens[last]!.end,
      what: name + ' nickname for ' + nickname.meaning,
      advice: 'write `' + nickname.english + '`',
      note: '`' + tokens.slice(index, last + 1).map((word) => word.value).join(' ') + '` is what the ' + name + ' press calls ' + nickname.meaning + ': machine translation left it as it was, and an English reader does not know who is meant (name them in English, at least at the first mention)',
      lowConfidence: nickname.lowConfidence
    }
    index = last
  }
}
