/**
 * `mtlint/tiptap`: mtlint in a TipTap editor, as an extension around the
 * ProseMirror plugin of `mtlint/prosemirror`. `@tiptap/core` is a peer
 * dependency (its `@tiptap/pm` brings the prosemirror-* packages).
 */
import {Extension} from '@tiptap/core'
import {applyAllSafeFixes, applyFix, ignore} from '../prosemirror/commands.js'
import type {Finding} from '../prosemirror/findings.js'
import {mtlintPlugin, mtlintPluginKey, type MtlintPluginOptions} from '../prosemirror/plugin.js'

export type {Finding} from '../prosemirror/findings.js'
export {severityOf} from '../prosemirror/findings.js'
export {mtlintPluginKey, type MtlintPluginOptions} from '../prosemirror/plugin.js'

/** `editor.storage.mtlint`: the findings of the document’s current state (for a side panel). */
export interface MtlintStorage {
  findings: readonly Finding[]
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    mtlint: {
      /** Replaces a finding’s span with `replacement` (one of its `expected`); one undoable step. */
      applyFix: (finding: Finding, replacement: string) => ReturnType
      /** Applies every fix that has exactly one replacement, in one undoable step. */
      applyAllSafeFixes: () => ReturnType
      /** Hides a finding, and the same finding after later edits, for the rest of the session. */
      ignoreFinding: (finding: Finding) => ReturnType
    }
  }

  interface Storage {
    mtlint: MtlintStorage
  }
}

/**
 * The extension: `Mtlint.configure({rules, debounce, sync})` takes the
 * plugin’s options. Findings are in `editor.storage.mtlint.findings`; the
 * commands are `applyFix`, `applyAllSafeFixes` and `ignoreFinding`.
 */
export const Mtlint = Extension.create<MtlintPluginOptions, MtlintStorage>({
  name: 'mtlint',

  addOptions() {
    return {rules: undefined, debounce: 250, sync: false}
  },

  addStorage() {
    return {findings: []}
  },

  addProseMirrorPlugins() {
    return [mtlintPlugin(this.options)]
  },

  addCommands() {
    // TipTap hands a ProseMirror command the chain’s state and dispatch, so each fix joins the chain’s transaction.
    return {
      applyFix:
        (finding, replacement) =>
        ({state, dispatch}) =>
          applyFix(finding, replacement)(state, dispatch),
      applyAllSafeFixes:
        () =>
        ({state, dispatch}) =>
          applyAllSafeFixes()(state, dispatch),
      ignoreFinding:
        (finding) =>
        ({state, dispatch}) =>
          ignore(finding)(state, dispatch)
    }
  },

  onBeforeCreate() {
    // A getter, so that the storage is current as soon as the view exists and after every state, even between a lint and a command.
    const {editor} = this
    Object.defineProperty(this.storage, 'findings', {enumerable: true, get: () => mtlintPluginKey.getState(editor.state)?.findings ?? []})
  }
})

export default Mtlint
