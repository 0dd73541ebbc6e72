import type {Paragraph} from 'nlcst'
import {runRules} from '../engine/run.js'
import type {ActiveRule} from '../engine/settings.js'
import type {Block, Finding, Token} from '../engine/types.js'

/** A paragraph of a block as the document-level rules are walked over it again: its sentences, tokenised. */
export interface RecordedParagraph {
  /** The nlcst paragraph, kept only when a document-level rule has a `paragraph` handler. */
  node: Paragraph | undefined
  sentences: Token[][]
}

/**
 * One block of the engine, linted once: what the block-level rules found in
 * it (offsets in the block), and its tokens, which the document-level rules
 * are walked over at every update without parsing the block again.
 */
export interface BlockRun {
  readonly text: string
  /** The block as the document-level rules see it: `start`, `nodeBase` and the tokens move with it (`place`). */
  readonly block: Block
  readonly paragraphs: readonly RecordedParagraph[]
  /** The findings of each block-level rule, in the order of the rules, at offsets in the block. */
  readonly findings: ReadonlyArray<readonly Finding[]>
  /** Words walked, as `lint()` counts them. */
  readonly words: number
}

/**
 * Parses and lints one block on its own: the block-level rules run as in a
 * whole document (`runRules` over the block’s text), and its sentences’
 * tokens are recorded. `keepNodes`: whether to keep the nlcst paragraphs too.
 */
export function lintBlock(text: string, blockRules: readonly ActiveRule[], keepNodes: boolean): BlockRun {
  const paragraphs: RecordedParagraph[] = []
  let masked = text
  const run = runRules(text, text, blockRules, undefined, {
    block(block) {
      masked = block.text
    },
    paragraph(node) {
      paragraphs.push({node: keepNodes ? node : undefined, sentences: []})
    },
    sentence(tokens) {
      paragraphs.at(-1)!.sentences.push(tokens as Token[])
    }
  })
  const nodes = keepNodes ? paragraphs.map((paragraph) => paragraph.node!) : []
  return {
    text,
    block: {text: masked, start: 0, paragraphs: nodes, nodeBase: 0},
    paragraphs,
    findings: blockRules.map((rule) => run.findings.get(rule) ?? []),
    words: run.words
  }
}

/** Moves a block to document offset `start`: its tokens and its place, in place (cheaper than copies, for every block of every update). */
export function place(run: BlockRun, start: number): void {
  const delta = start - run.block.start
  if (delta === 0) return
  for (const paragraph of run.paragraphs) {
    for (const tokens of paragraph.sentences) {
      for (const token of tokens) {
        token.start += delta
        token.end += delta
      }
    }
  }
  run.block.start = start
  run.block.nodeBase = start
}
