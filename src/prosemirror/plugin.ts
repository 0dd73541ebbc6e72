import {Plugin, PluginKey, type EditorState, type Transaction} from 'prosemirror-state'
import type {DecorationSet, EditorView} from 'prosemirror-view'
import type {RulesOption} from '../engine/settings.js'
import {createLinter} from '../incremental/index.js'
import {rules} from '../preset.js'
import {textBlocks} from './blocks.js'
import {decorate, findingKey, placeFindings, type Finding} from './findings.js'

/** Options of `mtlintPlugin`. */
export interface MtlintPluginOptions {
  /** Which rules run, as in `lint()`’s options: `{'quote-marks': 'off'}`. */
  rules?: RulesOption | null | undefined
  /** How long typing must pause before the document is linted again (ms); 250 by default. */
  debounce?: number | undefined
  /** Lint within each transaction, so that findings are in the plugin state when `apply` returns (tests, server-side use). */
  sync?: boolean | undefined
}

/** The plugin state: the findings of the document (for a side panel), and their decorations. */
export interface MtlintPluginState {
  findings: readonly Finding[]
  decorations: DecorationSet
  /** Keys of the findings the user ignored (see `ignore`). */
  ignored: ReadonlySet<string>
}

/** What a transaction tells the plugin. */
export type MtlintMeta = {findings: readonly Finding[]; doc: EditorState['doc']} | {ignore: Finding}

export const mtlintPluginKey = new PluginKey<MtlintPluginState>('mtlint')

const categories = new Map(rules.map((rule) => [rule.id, rule.category]))

/**
 * mtlint in a ProseMirror editor: each textblock is an mtlint block, linted
 * incrementally as the editor types (only changed blocks are parsed again),
 * and each finding is drawn as an inline decoration. The plugin state is
 * `{findings}`, each `{from, to, message}`. Between an edit and the next lint,
 * decorations and findings are mapped through the edit.
 */
export function mtlintPlugin(options: MtlintPluginOptions = {}): Plugin<MtlintPluginState> {
  const linter = createLinter({rules: options.rules})
  const wait = options.debounce ?? 250

  const lint = (doc: EditorState['doc']): Finding[] => {
    const blocks = textBlocks(doc)
    return placeFindings(linter.update(blocks), blocks, doc)
  }
  const stateOf = (doc: EditorState['doc'], findings: readonly Finding[], ignored: ReadonlySet<string>): MtlintPluginState => {
    const shown = ignored.size === 0 ? findings : findings.filter((finding) => !ignored.has(findingKey(finding)))
    return {findings: shown, decorations: decorate(doc, shown, categories), ignored}
  }

  return new Plugin<MtlintPluginState>({
    key: mtlintPluginKey,
    state: {
      init(_, state) {
        return stateOf(state.doc, options.sync ? lint(state.doc) : [], new Set())
      },
      apply(tr, value, _, state) {
        const meta = tr.getMeta(mtlintPluginKey) as MtlintMeta | undefined
        if (meta && 'ignore' in meta) {
          const ignored = new Set(value.ignored).add(findingKey(meta.ignore))
          return stateOf(state.doc, value.findings, ignored)
        }
        if (meta && meta.doc === state.doc) return stateOf(state.doc, meta.findings, value.ignored)
        if (!tr.docChanged) return value
        if (options.sync) return stateOf(state.doc, lint(state.doc), value.ignored)
        return mapped(tr, value)
      }
    },
    props: {
      decorations(state) {
        return mtlintPluginKey.getState(state)?.decorations
      }
    },
    view(view) {
      if (options.sync) return {}
      let timer: ReturnType<typeof setTimeout> | undefined
      const schedule = () => {
        clearTimeout(timer)
        timer = setTimeout(() => publish(view), wait)
      }
      const publish = (target: EditorView) => {
        const doc = target.state.doc
        target.dispatch(target.state.tr.setMeta(mtlintPluginKey, {findings: lint(doc), doc}).setMeta('addToHistory', false))
      }
      schedule()
      return {
        update(updated, previous) {
          if (updated.state.doc !== previous.doc) schedule()
        },
        destroy() {
          clearTimeout(timer)
        }
      }
    }
  })
}

/** The findings and decorations of the last lint, moved through an edit until the next lint; those it deleted are dropped. */
function mapped(tr: Transaction, value: MtlintPluginState): MtlintPluginState {
  const findings: Finding[] = []
  for (const finding of value.findings) {
    const from = tr.mapping.mapResult(finding.from, 1)
    const to = tr.mapping.mapResult(finding.to, -1)
    if (from.deleted || to.deleted || to.pos <= from.pos) continue
    findings.push({...finding, from: from.pos, to: to.pos})
  }
  return {findings, decorations: value.decorations.map(tr.mapping, tr.doc), ignored: value.ignored}
}
