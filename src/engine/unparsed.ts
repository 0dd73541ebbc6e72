import type {Root} from 'nlcst'

declare module 'nlcst' {
  interface RootData {
    /**
     * Set by a parser that leaves plain text unparsed: the engine then parses
     * the file’s text block by block as it walks, and drops each block’s tree
     * once linted (linear, where a whole-document parse is quadratic, and
     * bounded in memory: the tree of a 50 MB file takes gigabytes).
     */
    unparsedText?: true
  }
}

/** The tree of a plain-text document left for the engine to parse block by block (see `RootData.unparsedText`). */
export function unparsedText(): Root {
  return {type: 'RootNode', children: [], data: {unparsedText: true}}
}

export function isUnparsedText(tree: Root): boolean {
  return tree.data?.unparsedText === true
}
