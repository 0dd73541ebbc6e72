import type {FileSet} from 'unified-engine'
import {readsNoTree} from '../processor.js'

/**
 * A plugin the language server hands unified-engine with every document:
 * it leaves the engine’s files out of the engine’s report.
 *
 * unified-language-server gives the engine a `PassThrough` as the stream to
 * write its report (one line per message) to, and nothing reads it: once a
 * report passes the stream’s high-water mark (16 KB, ~150 findings), the
 * write never completes, nor does the engine, and the document never gets
 * its diagnostics. A language server has no use for a report (diagnostics
 * come from the files themselves), and the engine reports only the files
 * marked as given to it: unmarked, they leave an empty report, and nothing
 * is written to the stream. The engine runs this attacher (with the file set
 * as third argument) before it parses, so even a file that then fails to
 * parse is left out.
 */
export function leaveOutOfReport(...parameters: unknown[]): undefined {
  // The engine calls attachers with `(options, fileSet)`.
  const fileSet = parameters[1] as FileSet | undefined
  for (const file of fileSet?.valueOf() ?? []) file.data.unifiedEngineGiven = false
  return undefined
}

// It reads no tree: plain text is still linted block by block, without one.
readsNoTree(leaveOutOfReport)
