import type {Paragraph} from 'nlcst'

/** Severity a user gives a rule; `off` turns it off. */
export type SeverityLabel = 'off' | 'warn' | 'error'

/** What kind of artifact a rule finds; used to group rules in docs and reports. */
export type Category = 'quotes' | 'typography' | 'names' | 'language' | 'boilerplate'

/** One word, punctuation mark or symbol of a sentence, with document offsets. */
export interface Token {
  kind: 'word' | 'punctuation' | 'symbol'
  value: string
  /** `value` in lower case, computed once for all rules. */
  lower: string
  /** Offset of the first character in the document. */
  start: number
  /** Offset just past the last character in the document. */
  end: number
}

/**
 * A block: a paragraph of the article, the unit quotation marks pair within.
 * In plain text, the text between two blank lines; in Markdown and HTML, a
 * paragraph, heading, list item or element of the bridged tree.
 */
export interface Block {
  /**
   * Text of the block as rules read it: the source, with markup, code and URLs
   * masked (see `prose.ts`) and characters written as references read as such.
   */
  text: string
  /** Document offset of `text[0]`. */
  start: number
  /**
   * The block’s nlcst paragraphs. Those of a long block of plain text are
   * parsed piece by piece as they are iterated (see `pieces.ts`): iterate
   * once, and keep no node.
   */
  paragraphs: Iterable<Paragraph>
  /** Document spans `[start, end)` of the block’s inline code (Markdown and HTML), in order. */
  code?: ReadonlyArray<readonly [number, number]>
  /** Add to a node’s `position.*.offset` to get a document offset. */
  nodeBase: number
}

/** What a rule reports; the engine turns it into a vfile message. */
export interface Report {
  /** Document offset where the offending text starts. */
  start: number
  /** Document offset just past the offending text. */
  end: number
  /** Short description of the artifact, shown in parentheses after the text. */
  what?: string
  /** Replacements for exactly the span; `[]` means delete; absent when there is no mechanical fix. */
  expected?: readonly string[]
  /** What to do when there is no single replacement (`expected` absent). */
  advice?: string
  /** Why this is an artifact: the source-language construction or the style guide. */
  note: string
  /** Lowers the message one level (warning → info): the finding is often, not always, an artifact. */
  lowConfidence?: boolean
  /**
   * The whole reason, worded by the rule itself (a rule of another package
   * keeps its package’s wording, which names the detail: the repeated word,
   * the quote style). By default the engine words it from `what`,
   * `expected` and `advice`, in house style.
   */
  reason?: string
  /**
   * Section of the rule’s doc that explains this kind of finding (a heading’s
   * slug, `translated-names`): the message’s `url` points to it.
   */
  anchor?: string
}

/**
 * The document behind a text that differs from it: Markdown and HTML are read
 * with character references decoded (see `formats/reading.ts`), and findings
 * are reported on the document.
 */
export interface SourceText {
  /** The document. */
  source: string
  /** The span of the document that `[start, end)` of the text read covers; `exact` when no end falls inside a reference. */
  span(start: number, end: number): {start: number; end: number; exact: boolean}
  /** Whether `value` can be written over `[start, end)` of the document without making markup of its text (`< !` fixed to `<!`). */
  canReplace(start: number, end: number, value: string): boolean
}

/** A report resolved against the document, holding positions and strings only (never tree nodes). */
export interface Finding extends Report {
  reason: string
  actual: string
}

/** Handlers a rule returns for one document; the engine calls them during its single walk. */
export interface Visitor<Summary = unknown> {
  /** Called for every block, in document order. */
  block?(block: Block): void
  /** Called for every paragraph of a block, in order, after `block` (a peer plugin reads the nlcst). */
  paragraph?(paragraph: Paragraph, block: Block): void
  /** Called for every sentence with its words and marks (white space left out). */
  sentence?(tokens: readonly Token[], block: Block): void
  /** Called once the whole document has been seen: report document-level findings here. */
  end?(): void
  /**
   * Of a rule that reads the whole document in two parts (see
   * `RuleDefinition.decide`): called once a block has been walked, returns
   * the facts the document decision needs of it, at offsets relative to the
   * block’s start, and forgets them. Such a rule carries nothing else from
   * one block to the next, so a block’s summary is kept while the block is
   * unchanged (`createLinter`).
   */
  summary?(block: Block): Summary
}

/** The summary of a block, with where the block stands in the document. */
export interface Summarized<Summary> {
  /** Document offset of the block’s first character. */
  start: number
  summary: Summary
}

/**
 * A rule’s document decision kept between updates of one document
 * (`RuleDefinition.keepDecision`): the incremental linter hands it what
 * changed since its last update, so that its cost follows the edit, not the
 * document.
 */
export interface KeptDecision<Summary> {
  /**
   * Decides the document again: `blocks` are all its summaries in document
   * order, as `decide` gets them; `changes` says which of them are new since
   * the last call and which are gone (by identity: a block kept between
   * updates keeps its summary objects, their `start` moving with it; one
   * that changed places with others comes as removed and added, so the
   * summaries in neither list keep their order). Reports
   * through `context` exactly what `decide` would report over `blocks`, at
   * today’s offsets. The first call has every summary as `added`.
   */
  update(context: RuleContext<unknown>, blocks: ReadonlyArray<Summarized<Summary>>, changes: SummaryChanges<Summary>): void
}

/** The summaries an update of one document brought and took away (see `KeptDecision`). */
export interface SummaryChanges<Summary> {
  /** Summaries of the last update no longer in the document. */
  removed: ReadonlyArray<Summarized<Summary>>
  /** Summaries new in this update, in document order. */
  added: ReadonlyArray<Summarized<Summary>>
}

/**
 * The document’s text read in place (`RuleContext.read`): a string is one.
 * The incremental linter’s reads the editor’s blocks, where the joined text
 * is a concatenation that V8 copies whole at its first character read.
 */
export interface TextReader {
  readonly length: number
  charCodeAt(offset: number): number
  slice(start: number, end: number): string
}

/** What a rule gets for one document. */
export interface RuleContext<Settings> {
  /** The rule’s settings, prepared once per distinct options object. */
  settings: Settings
  /** The whole document (for slicing; rules work block by block). */
  text: string
  /** Of a document decision, where given: `text` read without reading the whole string (a few characters, a block). */
  read?: TextReader
  report(report: Report): void
  /**
   * Of a kept decision (`keepDecision`), where the incremental linter runs it:
   * gives all the rule's reports on `block` (one of the summaries it was
   * handed), at offsets in the block, in the order `decide` reports them, in
   * place of those it last gave for that block. The linter keeps them, moved
   * with the block, until the block goes (is `removed`) or the rule gives
   * others: a decision that uses it reports each block's findings once, not at
   * every update; the rest of its findings go through `report`. Not for
   * deletions (`expected: []`): those may drop other blocks' findings.
   */
  reportBlock?(block: Summarized<unknown>, reports: readonly Report[]): void
  /** Whether a rule this one defers to (`defersTo`) reports `word` wherever it stands: leave it to that rule. */
  claimedByOthers(word: string): boolean
}

/** Checks one option value; returns a problem description, or nothing when fine. */
export type OptionCheck = (value: unknown) => string | undefined
