import type {Command, EditorState, Transaction} from 'prosemirror-state'
import type {Finding} from './findings.js'
import {mtlintPluginKey} from './plugin.js'

/** Whether the finding still covers the text it was found in. */
function current(state: EditorState, finding: Finding): boolean {
  return finding.to <= state.doc.content.size && state.doc.textBetween(finding.from, finding.to) === finding.message.actual
}

function replace(tr: Transaction, from: number, to: number, replacement: string): Transaction {
  return replacement === '' ? tr.delete(from, to) : tr.insertText(replacement, from, to)
}

/** Replaces a finding’s span with `replacement` (one of its `expected`), keeping the marks of the text; one undoable step. */
export function applyFix(finding: Finding, replacement: string): Command {
  return (state, dispatch) => {
    if (!current(state, finding)) return false
    dispatch?.(replace(state.tr, finding.from, finding.to, replacement).scrollIntoView())
    return true
  }
}

/**
 * Applies every fix with exactly one replacement, as `fix()` does, in one
 * transaction (one undoable step); of overlapping findings the first is fixed.
 */
export function applyAllSafeFixes(): Command {
  return (state, dispatch) => {
    const findings = mtlintPluginKey.getState(state)?.findings ?? []
    const safe = findings.filter((finding) => finding.message.expected?.length === 1 && current(state, finding)).sort((a, b) => a.from - b.from || a.to - b.to)
    const chosen: Finding[] = []
    for (const finding of safe) if (chosen.length === 0 || chosen.at(-1)!.to <= finding.from) chosen.push(finding)
    if (chosen.length === 0) return false
    if (dispatch) {
      const tr = state.tr
      // From the end, so that earlier positions stay valid.
      for (const finding of chosen.reverse()) replace(tr, finding.from, finding.to, finding.message.expected![0]!)
      dispatch(tr)
    }
    return true
  }
}

/** Hides a finding, and the same finding after later edits, for the rest of the session. */
export function ignore(finding: Finding): Command {
  return (state, dispatch) => {
    dispatch?.(state.tr.setMeta(mtlintPluginKey, {ignore: finding}))
    return true
  }
}
