import {startWalk} from '../engine/run.js'
import type {ActiveRule} from '../engine/settings.js'
import type {Finding, Summarized} from '../engine/types.js'
import type {BlockRun} from './block-run.js'

/**
 * The document-level findings: each deciding rule’s decision over the
 * blocks’ kept summaries, and the rules walked again over the whole
 * document (an `end` handler without a decision), as `runRules` would, from
 * the blocks’ recorded tokens: nothing is parsed or tokenised again.
 * `deciding` and `walked` are the rules; the summaries of `runs` are those
 * of `deciding`, in order.
 */
export function decideDocument(
  text: string,
  runs: readonly BlockRun[],
  deciding: readonly ActiveRule[],
  walked: readonly ActiveRule[]
): Map<ActiveRule, Finding[]> {
  const walk = startWalk(text, [...deciding, ...walked])
  if (walked.length > 0) {
    const visitors = walk.visitors.slice(deciding.length)
    const blockVisitors = visitors.filter((visitor) => visitor.block)
    const paragraphVisitors = visitors.filter((visitor) => visitor.paragraph)
    const sentenceVisitors = visitors.filter((visitor) => visitor.sentence)
    for (const {block, paragraphs} of runs) {
      walk.enter(block)
      for (const visitor of blockVisitors) visitor.block!(block)
      for (const paragraph of paragraphs) {
        for (const visitor of paragraphVisitors) visitor.paragraph!(paragraph.node!, block)
        for (const tokens of paragraph.sentences) for (const visitor of sentenceVisitors) visitor.sentence!(tokens, block)
      }
    }
  }
  const summaries: Array<Array<Summarized<unknown>>> = [...deciding, ...walked].map(() => [])
  for (const run of runs) {
    for (let index = 0; index < deciding.length; index++) for (const summarized of run.summaries[index]!) summaries[index]!.push(summarized)
  }
  walk.finish(summaries)
  return walk.findings
}
