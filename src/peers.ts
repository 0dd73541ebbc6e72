import type {Root} from 'nlcst'
import retextQuotes from 'retext-quotes'
import retextRepeatedWords from 'retext-repeated-words'
import {VFile} from 'vfile'
import {withoutStackTraces} from './engine/emit.js'
import type {Rule} from './engine/rule.js'
import type {Category, Report, Visitor} from './engine/types.js'
import {repeatedWords} from './repeated-words.js'

type PeerTransformer = (tree: Root, file: VFile) => void

interface PeerDefinition {
  id: string
  description: string
  category: Category
  /** Default severity, from the precision measured on native English (see the README). */
  severity: 'off' | 'warn'
  fixable: boolean
  /** Option keys the peer accepts; anything else is refused, as for mtlint’s own rules. */
  optionKeys: readonly string[]
  /** Prepares the options, once per options object. */
  attach(options: object | undefined): unknown
  /** Per-document handlers, from what `attach` prepared. */
  create(prepared: unknown, report: (report: Report) => void): Visitor
  /** The package’s own plugin, for use on its own (`rules`). */
  plugin: Rule['plugin']
}

/**
 * A retext plugin from another package, run through mtlint’s engine, with its
 * messages kept as it words them, under its own `source` and `ruleId`,
 * holding positions rather than tree nodes.
 */
function definePeer(definition: PeerDefinition): Rule {
  const prepared = new WeakMap<object, unknown>()
  const defaultSettings = definition.attach(undefined)

  return {
    id: definition.id,
    description: definition.description,
    category: definition.category,
    severity: definition.severity,
    fixable: definition.fixable,
    // Documented in its own package.
    doc: 'https://github.com/retextjs/' + definition.id + '#readme',
    url: 'https://github.com/retextjs/' + definition.id + '#readme',
    peer: true,
    plugin: definition.plugin,
    settings(options) {
      if (options === undefined || options === null) return defaultSettings
      if (typeof options !== 'object' || Array.isArray(options)) {
        throw new TypeError('Invalid options for rule `' + definition.id + '`: expected an object')
      }
      for (const key of Object.keys(options)) {
        if (!definition.optionKeys.includes(key)) {
          throw new Error('Unknown option `' + key + '` for rule `' + definition.id + '`')
        }
      }
      if (!prepared.has(options)) prepared.set(options, definition.attach(options))
      return prepared.get(options)
    },
    create: ({settings, report}) => definition.create(settings, report)
  }
}

/**
 * Runs a package’s transformer paragraph by paragraph (cheap and linear where
 * a whole-document parse is not; both peers work within a paragraph), moving
 * its messages out as findings.
 */
function paragraphByParagraph(transform: PeerTransformer, id: string, report: (report: Report) => void): Visitor {
  // One scratch file per document; the peer’s messages are moved out of it after each paragraph.
  const scratch = new VFile()
  return {
    paragraph(paragraph, block) {
      withoutStackTraces(() => transform({type: 'RootNode', children: [paragraph]}, scratch))
      const messages = scratch.messages.splice(0)
      for (const message of messages) {
        const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
        const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
        if (start === undefined || end === undefined) continue
        const finding: Report = {
          start: start + block.nodeBase,
          end: end + block.nodeBase,
          note: message.note ?? '',
          origin: {
            reason: message.reason,
            ruleId: message.ruleId ?? id,
            source: message.source ?? id,
            url: message.url
          }
        }
        if (message.expected) finding.expected = message.expected
        report(finding)
      }
    }
  }
}

export const quotesPeer = definePeer({
  id: 'retext-quotes',
  description: 'Check straight and smart quotes and apostrophes (from `retext-quotes`)',
  category: 'quotes',
  // Off: on native English READMEs it reports every straight quote (~78 per 10,000 words).
  severity: 'off',
  fixable: true,
  optionKeys: ['preferred', 'smart', 'straight'],
  attach: (options) => retextQuotes(options ?? undefined),
  create: (transform, report) => paragraphByParagraph(transform as PeerTransformer, 'retext-quotes', report),
  plugin: retextQuotes as Rule['plugin']
})

export const repeatedWordsPeer = definePeer({
  id: 'retext-repeated-words',
  description: 'Check for repeated words such as `the the` (from `retext-repeated-words`)',
  category: 'language',
  // On: ~0.4 per 10,000 words on native English, and each of those is a real typo.
  severity: 'warn',
  fixable: true,
  optionKeys: [],
  attach: () => undefined,
  // Ported to the shared sentence tokens (see `repeated-words.ts`): the package costs ~0.4× a parse per block.
  create: (_, report) => repeatedWords(report),
  plugin: retextRepeatedWords as Rule['plugin']
})
