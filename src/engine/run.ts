import type {Root} from 'nlcst'
import {parseBlocks, treeBlocks} from './blocks.js'
import {describe} from './describe.js'
import type {Rule} from './rule.js'
import {sentenceTokens} from './tokens.js'
import type {Block, Finding, Token, Visitor} from './types.js'

/** A rule switched on for a run, with its prepared settings. */
export interface ActiveRule {
  rule: Rule
  settings: unknown
}

/**
 * Runs every active rule over the document in one pass: each block is visited
 * once and each sentence is tokenised once, for all rules together.
 * `source` is a parsed tree or, to parse block by block, the text itself.
 * Returns the findings of each rule, by rule id.
 */
export function runRules(
  source: Root | string,
  text: string,
  active: readonly ActiveRule[]
): Map<string, Finding[]> {
  const findings = new Map<string, Finding[]>()
  const visitors: Visitor[] = []

  for (const {rule, settings} of active) {
    const list: Finding[] = []
    findings.set(rule.id, list)
    visitors.push(
      rule.create({
        settings,
        text,
        report(report) {
          const actual = text.slice(report.start, report.end)
          list.push({...report, actual, reason: report.origin?.reason ?? describe(actual, report)})
        }
      })
    )
  }

  const blockVisitors = visitors.filter((visitor) => visitor.block)
  const sentenceVisitors = visitors.filter((visitor) => visitor.sentence)
  const blocks = typeof source === 'string' ? parseBlocks(source) : treeBlocks(source, text)

  for (const block of blocks) {
    for (const visitor of blockVisitors) visitor.block!(block)
    if (sentenceVisitors.length > 0) visitSentences(block, sentenceVisitors)
  }

  for (const visitor of visitors) visitor.end?.()
  return findings
}

function visitSentences(block: Block, visitors: readonly Visitor[]): void {
  for (const paragraph of block.paragraphs) {
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      const tokens: readonly Token[] = sentenceTokens(child, block.nodeBase)
      for (const visitor of visitors) visitor.sentence!(tokens, block)
    }
  }
}
