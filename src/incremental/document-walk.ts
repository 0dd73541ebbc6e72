import {startWalk} from '../engine/run.js'
import type {ActiveRule} from '../engine/settings.js'
import type {Finding} from '../engine/types.js'
import type {BlockRun} from './block-run.js'

/**
 * Walks the document-level rules (an `end` handler, or state carried from
 * block to block) over the whole document, as `runRules` would, from the
 * blocks’ recorded tokens: nothing is parsed or tokenised again.
 */
export function walkDocument(text: string, runs: readonly BlockRun[], rules: readonly ActiveRule[]): Map<ActiveRule, Finding[]> {
  const walk = startWalk(text, rules)
  if (rules.length === 0) return walk.findings
  const blockVisitors = walk.visitors.filter((visitor) => visitor.block)
  const paragraphVisitors = walk.visitors.filter((visitor) => visitor.paragraph)
  const sentenceVisitors = walk.visitors.filter((visitor) => visitor.sentence)
  for (const {block, paragraphs} of runs) {
    walk.enter(block)
    for (const visitor of blockVisitors) visitor.block!(block)
    for (const paragraph of paragraphs) {
      for (const visitor of paragraphVisitors) visitor.paragraph!(paragraph.node!, block)
      for (const tokens of paragraph.sentences) for (const visitor of sentenceVisitors) visitor.sentence!(tokens, block)
    }
  }
  walk.enter(undefined)
  for (const visitor of walk.visitors) visitor.end?.()
  return walk.findings
}
