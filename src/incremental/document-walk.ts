import {startWalk, type Walk} from '../engine/run.js'
import type {ActiveRule} from '../engine/settings.js'
import type {Finding} from '../engine/types.js'
import type {BlockRun} from './block-run.js'

/**
 * The findings of the rules walked again over the whole document (an `end`
 * handler without a decision), as `runRules` would, from the blocks’
 * recorded tokens: nothing is parsed or tokenised again.
 */
export function walkDocument(text: string, runs: readonly BlockRun[], walked: readonly ActiveRule[]): Map<ActiveRule, Finding[]> {
  const walk = startWalk(text, walked)
  try {
    walkRuns(walk, runs, walked)
  } catch (error) {
    walk.abandon()
    throw error
  }
  return walk.findings
}

function walkRuns(walk: Walk, runs: readonly BlockRun[], walked: readonly ActiveRule[]): void {
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
  walk.finish(walked.map(() => []))
}
