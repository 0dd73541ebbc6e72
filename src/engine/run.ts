import type {Root} from 'nlcst'
import {parseBlocks, treeBlocks} from './blocks.js'
import {describe} from './describe.js'
import type {Rule} from './rule.js'
import {sentenceTokens} from './tokens.js'
import type {Block, Finding, Report, Token, Visitor} from './types.js'

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
  let current: Block | undefined

  for (const {rule, settings} of active) {
    const list: Finding[] = []
    findings.set(rule.id, list)
    visitors.push(
      rule.create({
        settings,
        text,
        report(report) {
          const actual = text.slice(report.start, report.end)
          const read = readText(current, report) ?? actual
          // Where the rule read other text than the source holds (a character written as a
          // reference, masked markup), describe what it read and leave the fix to a person.
          const finding: Report =
            read === actual || !report.expected ? report : {...report, expected: undefined, advice: unfixable}
          list.push({...finding, actual, reason: report.origin?.reason ?? describe(read, finding)})
        }
      })
    )
  }

  const blockVisitors = visitors.filter((visitor) => visitor.block)
  const sentenceVisitors = visitors.filter((visitor) => visitor.sentence)
  const blocks = typeof source === 'string' ? parseBlocks(source) : treeBlocks(source, text)

  for (const block of blocks) {
    current = block
    for (const visitor of blockVisitors) visitor.block!(block)
    if (sentenceVisitors.length > 0) visitSentences(block, sentenceVisitors)
  }

  current = undefined
  for (const visitor of visitors) visitor.end?.()
  return findings
}

const unfixable = 'fix it by hand (the source spells it with markup or a character reference)'

/** The block text a report covers, when it lies in the block being visited. */
function readText(block: Block | undefined, report: Report): string | undefined {
  if (!block || report.start < block.start || report.end > block.start + block.text.length) return undefined
  return block.text.slice(report.start - block.start, report.end - block.start)
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
