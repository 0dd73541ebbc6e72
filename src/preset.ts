import type {Root} from 'nlcst'
import type {Processor, Transformer} from 'unified'
import type {VFile} from 'vfile'
import {allRules} from '../rules/index.js'
import {configure, type ConfiguredRule, type Options} from './engine/config.js'
import {clearCollected, emitFindings, hasCollected, setCollected, takeCollected} from './engine/emit.js'
import {runRules, type ActiveRule} from './engine/run.js'
import {readingOf} from './formats/markup.js'

type Reporter = (tree: Root, file: VFile) => void

/** The preset, resolved once per options object: which rules run, with what settings. */
export interface Setup {
  configured: ConfiguredRule[]
  active: ActiveRule[]
}

/** Resolves options into the rules to run; throws on unknown rules, severities and rule options. */
export function setup(options?: Options | null): Setup {
  const configured = configure(allRules, options)
  return {configured, active: configured.map(({rule, options}) => ({rule, settings: rule.settings(options)}))}
}

/**
 * The mtlint preset, as a retext plugin:
 * `retext().use(retextEnglish).use(mtlint, {rules: {…}})`.
 *
 * Every rule is a unified-lint-rule plugin (severity and options per rule),
 * but the rules share one walk of the tree: the walk collects each rule’s
 * findings, then each rule’s plugin reports its own.
 */
export default function mtlint(this: Processor, options?: Options | null): Transformer<Root, Root> {
  const {configured, active} = setup(options)
  const reporters = configured.map((entry) => reporterFor(this, entry))
  return function (tree, file) {
    // `lint()` walks block by block itself and hands the findings over. A tree
    // bridged from Markdown or HTML is placed in the document as read.
    const reading = readingOf(tree)
    if (!hasCollected(file)) setCollected(file, runRules(tree, reading?.text ?? String(file), active, [], reading))
    for (const report of reporters) report(tree, file)
    clearCollected(file)
  }
}

function reporterFor(processor: Processor, {rule, severity, options}: ConfiguredRule): Reporter {
  if (rule.peer) {
    // Peers keep their own `ruleId` and `source`; only the severity is mtlint’s.
    return function (_, file) {
      const from = file.messages.length
      emitFindings(file, takeCollected(file, rule.id) ?? [])
      for (const message of file.messages.slice(from)) message.fatal = severity === 'error'
    }
  }
  const transformer = rule.plugin.call(processor, [severity, options]) as
    | ((tree: Root, file: VFile, next: (error?: Error) => void) => void)
    | undefined
  return function (tree, file) {
    transformer?.(tree, file, function (error) {
      if (error) throw error
    })
  }
}
