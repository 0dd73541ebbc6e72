import type {Paragraph, Root} from 'nlcst'
import {parseBlocks, treeBlocks} from './blocks.js'
import {findingMaker} from './findings.js'
import type {Rule} from './rule.js'
import {sentenceTokens} from './tokens.js'
import type {Block, Finding, SourceText, Token, Visitor} from './types.js'

/** A rule switched on for a run, with its prepared settings. */
export interface ActiveRule {
  rule: Rule
  settings: unknown
}

/**
 * Runs every active rule over the document in one pass: each block is visited
 * once and each sentence is tokenised once, for all rules together.
 * `source` is a parsed tree, the blocks themselves (bridged as they are
 * iterated), or, to parse block by block, the text itself.
 * `observers` join the walk for the caller’s own counts (the CLI counts words).
 * `sourceText`: the document, when `text` is not it (Markdown and HTML read
 * with character references decoded); findings are placed in it.
 * Returns the findings of each rule, by rule id.
 */
export function runRules(
  source: Root | Iterable<Block> | string,
  text: string,
  active: readonly ActiveRule[],
  observers: readonly Visitor[] = [],
  sourceText?: SourceText
): Map<string, Finding[]> {
  const findings = new Map<string, Finding[]>()
  // Observers take part in the walk and report nothing (the processor counts words with one).
  const visitors: Visitor[] = [...observers]
  let current: Block | undefined
  const makeFinding = findingMaker(text, sourceText)

  for (const {rule, settings} of active) {
    const list: Finding[] = []
    findings.set(rule.id, list)
    visitors.push(
      rule.create({
        settings,
        text,
        report(report) {
          const finding = makeFinding(report, current)
          if (finding) list.push(finding)
        }
      })
    )
  }

  const blockVisitors = visitors.filter((visitor) => visitor.block)
  const paragraphVisitors = visitors.filter((visitor) => visitor.paragraph)
  const sentenceVisitors = visitors.filter((visitor) => visitor.sentence)
  const blocks = typeof source === 'string' ? parseBlocks(source) : 'type' in source ? treeBlocks(source, text) : source

  for (const block of blocks) {
    current = block
    for (const visitor of blockVisitors) visitor.block!(block)
    // One pass over the paragraphs: those of a long block are parsed as they come (see `parseBlocks`).
    if (paragraphVisitors.length === 0 && sentenceVisitors.length === 0) continue
    for (const paragraph of block.paragraphs) {
      for (const visitor of paragraphVisitors) visitor.paragraph!(paragraph, block)
      if (sentenceVisitors.length > 0) visitSentences(paragraph, block, sentenceVisitors)
    }
  }

  current = undefined
  for (const visitor of visitors) visitor.end?.()
  dropInsideDeletions(findings)
  return findings
}

/**
 * A finding inside a span that another finding says to delete (`expected:
 * []`, such as a line of scraper boilerplate) is moot: the text goes away.
 * Deletions sorted by start, with the furthest end reached so far, answer
 * “is this span inside a larger deletion?” in O(log n) per finding.
 */
function dropInsideDeletions(findings: Map<string, Finding[]>): void {
  const deletions: Finding[] = []
  for (const list of findings.values()) for (const finding of list) if (finding.expected?.length === 0) deletions.push(finding)
  if (deletions.length === 0) return
  deletions.sort((a, b) => a.start - b.start)
  // reach[i]: the deletion among the first i + 1 that ends furthest.
  const reach: Finding[] = []
  for (const [index, deletion] of deletions.entries()) {
    const previous = reach[index - 1]
    reach.push(previous && previous.end >= deletion.end ? previous : deletion)
  }
  const inside = (finding: Finding): boolean => {
    let low = 0
    let high = deletions.length - 1
    let last = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (deletions[middle]!.start <= finding.start) {
        last = middle
        low = middle + 1
      } else high = middle - 1
    }
    const widest = last === -1 ? undefined : reach[last]!
    return widest !== undefined && widest !== finding && widest.end >= finding.end && widest.end - widest.start > finding.end - finding.start
  }
  for (const [id, list] of findings) {
    const kept = list.filter((finding) => !inside(finding))
    if (kept.length !== list.length) findings.set(id, kept)
  }
}
function visitSentences(paragraph: Paragraph, block: Block, visitors: readonly Visitor[]): void {
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue
    const tokens: readonly Token[] = sentenceTokens(child, block.nodeBase)
    for (const visitor of visitors) visitor.sentence!(tokens, block)
  }
}
