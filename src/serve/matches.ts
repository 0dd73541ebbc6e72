import type {VFileMessage} from 'vfile-message'
import type {Rule} from '../engine/rule.js'
import type {Category} from '../engine/types.js'
import type {CheckedText} from './annotated-text.js'

/** A match of LanguageTool’s `/v2/check` response. */
export interface Match {
  message: string
  shortMessage: string
  replacements: Array<{value: string}>
  offset: number
  length: number
  context: {text: string; offset: number; length: number}
  sentence: string
  type: {typeName: 'Other' | 'Hint'}
  rule: MatchRule
  ignoreForIncompleteSentence: boolean
  contextForSureMatch: number
}

/** The `rule` of a match: made once per rule, shared by its matches. */
export interface MatchRule {
  id: string
  description: string
  issueType: string
  category: {id: string; name: string}
  urls: Array<{value: string}>
}

/** mtlint’s categories as LanguageTool categories, and the issue type (from its list, which clients colour by) of their rules. */
const categories: Readonly<Record<Category, {name: string; issueType: string}>> = {
  quotes: {name: 'Quotation marks', issueType: 'typographical'},
  typography: {name: 'Typography', issueType: 'typographical'},
  names: {name: 'Names', issueType: 'terminology'},
  language: {name: 'Translation', issueType: 'mistranslation'},
  boilerplate: {name: 'Scraper leftovers', issueType: 'addition'}
}

/** Rules whose issue type is not their category’s. */
const issueTypes: Readonly<Record<string, string>> = {
  'untranslated-french': 'untranslated',
  'french-dates': 'localeviolation',
  'french-honorifics': 'localeviolation',
  'article-agreement': 'grammar',
  'retext-repeated-words': 'duplication'
}

const other: Match['type'] = {typeName: 'Other'}
const hint: Match['type'] = {typeName: 'Hint'}

/** Characters of context on each side of a match, as LanguageTool’s default. */
const contextSize = 40
/** The longest `sentence` sent: a “sentence” without end marks (a list, a table) is cut around the match. */
const maxSentence = 400

/** What the matches of one rule share: their `rule` and `shortMessage`. */
export interface RuleOfMatches {
  rule: MatchRule
  shortMessage: string
}

/** Builds what the matches of each rule share, once, by rule id. */
export function matchRules(list: readonly Rule[]): Map<string, RuleOfMatches> {
  return new Map(
    list.map((rule) => {
      const category = categories[rule.category]
      const matchRule: MatchRule = {
        id: rule.id,
        description: rule.description,
        issueType: issueTypes[rule.id] ?? category.issueType,
        category: {id: rule.category.toUpperCase(), name: category.name},
        urls: [{value: rule.url}]
      }
      return [rule.id, {rule: matchRule, shortMessage: category.name}]
    })
  )
}

/**
 * LanguageTool matches for mtlint’s messages on `checked.text`: offsets and
 * lengths (UTF-16 code units, as JavaScript strings count) into the text the
 * client sent; `context` and `sentence` from the text linted (what a reader
 * sees, markup replaced).
 */
export function toMatches(messages: readonly VFileMessage[], checked: CheckedText, rules: ReadonlyMap<string, RuleOfMatches>): Match[] {
  const text = checked.text
  const matches: Match[] = []
  for (const message of messages) {
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
    const shared = message.ruleId === undefined ? undefined : rules.get(message.ruleId)
    if (start === undefined || end === undefined || !shared) continue
    const [offset, originalEnd] = checked.original(start, end)
    matches.push({
      message: message.reason,
      shortMessage: shared.shortMessage,
      replacements: (message.expected ?? []).map((value) => ({value})),
      offset,
      length: originalEnd - offset,
      context: context(text, start, end),
      sentence: sentence(text, start, end),
      // Low-confidence findings (info: \`fatal\` neither true nor false) are hints.
      type: typeof message.fatal === 'boolean' ? other : hint,
      rule: shared.rule,
      ignoreForIncompleteSentence: false,
      contextForSureMatch: 0
    })
  }
  return matches
}

/** LanguageTool’s context: the match with up to 40 characters on each side, `...` where cut, line breaks as spaces. */
export function context(text: string, start: number, end: number): Match['context'] {
  const from = Math.max(0, start - contextSize)
  const to = Math.min(text.length, end + contextSize)
  const before = from > 0 ? '...' : ''
  const after = to < text.length ? '...' : ''
  return {text: before + text.slice(from, to).replace(/[\r\n\t]/g, ' ') + after, offset: start - from + before.length, length: end - start}
}

const sentenceEnd = /[.!?…]["'”’»)\]]*\s|\n\s*\n/g

/** The sentence around a match: from the end of the sentence before (or a blank line) to the end of its own, trimmed. */
export function sentence(text: string, start: number, end: number): string {
  const floor = Math.max(0, start - maxSentence)
  let from = floor
  sentenceEnd.lastIndex = floor
  for (let found = sentenceEnd.exec(text); found && found.index + found[0].length <= start; found = sentenceEnd.exec(text)) {
    from = found.index + found[0].length
  }
  sentenceEnd.lastIndex = Math.max(end, start + 1)
  const next = sentenceEnd.exec(text)
  const to = next ? Math.min(next.index + next[0].trimEnd().length, end + maxSentence) : Math.min(text.length, end + maxSentence)
  return text.slice(from, Math.max(to, end)).trim()
}
