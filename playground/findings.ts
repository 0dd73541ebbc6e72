import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {rules, type Rule} from '../src/index.js'
import {levelOf, spanOf, type Level} from '../src/reporters/message.js'

/** A message as the playground shows it: its span, its rule and what it can be replaced with. */
export interface Finding {
  /** Index in the file’s messages (document order). */
  id: number
  /** Offsets of the span in the text; absent for a message about the whole file. */
  start?: number
  end?: number
  line?: number
  column?: number
  /** The id of the rule the message belongs to (the message’s `ruleId`). */
  ruleKey: string
  rule?: Rule
  /** What to colour it by: the rule’s category (`other` for messages of no rule, such as a bad disable comment). */
  category: string
  level: Level
  message: VFileMessage
}

const byId = new Map(rules.map((rule) => [rule.id, rule]))

/** The rule of a message: every message’s `ruleId` is the id of its rule. */
export function ruleOf(message: VFileMessage): Rule | undefined {
  return message.ruleId ? byId.get(message.ruleId) : undefined
}

/** The findings of a linted file, in its (document) order. */
export function findingsOf(file: VFile): Finding[] {
  return file.messages.map((message, id) => {
    const rule = ruleOf(message)
    const span = spanOf(message)
    return {
      id,
      start: span?.start.offset,
      end: span?.end.offset,
      line: span?.start.line,
      column: span?.start.column,
      ruleKey: rule?.id ?? message.ruleId ?? message.source ?? 'mtlint',
      rule,
      category: rule?.category ?? 'other',
      level: levelOf(message),
      message
    }
  })
}

/** The replacements a user can pick for a finding: `expected`, where `[]` (delete) offers the empty string. */
export function replacementsOf(finding: Finding): string[] {
  const expected = finding.message.expected
  if (!expected || finding.start === undefined) return []
  return expected.length === 0 ? [''] : [...expected]
}

/** Whether “fix all safe” fixes it: exactly one replacement, as `fix()` decides. */
export function isSafe(finding: Finding): boolean {
  return finding.message.expected?.length === 1 && finding.start !== undefined
}

/** The findings of one rule. */
export interface Group {
  ruleKey: string
  rule?: Rule
  category: string
  findings: Finding[]
}

/** Findings grouped by rule, most frequent first (then in the order of the rule table). */
export function groupByRule(findings: readonly Finding[]): Group[] {
  const groups = new Map<string, Group>()
  for (const finding of findings) {
    let group = groups.get(finding.ruleKey)
    if (!group) {
      group = {ruleKey: finding.ruleKey, rule: finding.rule, category: finding.category, findings: []}
      groups.set(finding.ruleKey, group)
    }
    group.findings.push(finding)
  }
  const order = (group: Group) => (group.rule ? rules.indexOf(group.rule) : rules.length)
  return [...groups.values()].sort((a, b) => b.findings.length - a.findings.length || order(a) - order(b))
}
