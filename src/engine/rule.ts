import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {reportFindings} from './messages.js'
import {walkedSource} from './unparsed.js'
import {activate, type RuleConfig} from './settings.js'
import {runRules} from './run.js'
import type {Category, KeptDecision, OptionCheck, RuleContext, SeverityLabel, Summarized, Visitor} from './types.js'

export type {RuleConfig} from './settings.js'

export const docsBase = 'https://github.com/mtlint/mtlint/blob/main/rules/'

/** What a rule file declares. The engine, the preset, the docs and the README table all read this. */
export interface RuleDefinition<Options extends object, Settings, Summary = unknown> {
  /** Kebab-case noun naming the artifact; equals the file name in `rules/`. */
  id: string
  /** One imperative sentence. */
  description: string
  category: Category
  /** Severity when the user says nothing (`off`: available, but not on by default). */
  severity: SeverityLabel
  /** Whether some of its messages carry exactly one `expected` replacement. */
  fixable: boolean
  /** Default options; user options are merged over them key by key. */
  defaults: Options
  /** One check per option key; unknown keys are refused. */
  options: {[Key in keyof Options]-?: OptionCheck}
  /** Compiles options into matchers; called once per distinct options object, never per file. */
  prepare(options: Options): Settings
  /** Makes the handlers for one document; per-document state lives in this closure. */
  create(context: RuleContext<Settings>): Visitor<Summary>
  /**
   * The document decision of a rule that reads the whole document (a
   * spelling that must agree, a quotation left open across blocks): its
   * handlers report what a block shows alone and sum up, per block
   * (`Visitor.summary`), the facts the decision needs; this reads those
   * summaries in document order, once every block is walked, and reports at
   * document offsets. Its cost follows the facts, not the text: the
   * incremental linter calls it at every update over the summaries it kept.
   */
  decide?(context: RuleContext<Settings>, blocks: ReadonlyArray<Summarized<Summary>>): void
  /**
   * Optional, beside `decide`: the same decision kept between updates of one
   * document, for the incremental linter (`createLinter`), which calls its
   * `update` with the summaries that changed instead of calling `decide`
   * over all of them. `decide` stays the reference: the incremental property
   * tests hold the two to the same messages.
   */
  keepDecision?(settings: Settings): KeptDecision<Summary>
  /**
   * Whether `decide` reads a block whose summary is `undefined` as no block
   * at all: such blocks are then left out of the summaries it is handed
   * (and that the incremental linter keeps). A rule whose facts are rare
   * (a style match, a mark left open) keeps no entry for each block of a
   * document of short paragraphs.
   */
  sparseSummaries?: boolean
  /**
   * What the `block` handler searches a block’s text for before anything
   * else: regexes (compiled with the settings, once per distinct options)
   * of which one matches the text of every block where the handler reports
   * something or changes the rule’s state. The engine searches the gates of
   * all active rules together, once per block for those of the same flags,
   * and does not hand a block of plain text to the `block` handler of a
   * rule whose gates that block lacks (most short paragraphs lack every
   * gate): see `block-gates.ts`. The handler keeps its own searches, and
   * runs them where gates are not read (Markdown and HTML blocks).
   */
  blockGates?(settings: Settings): readonly RegExp[]
  /**
   * Former ids of the rule: still accepted in the `rules` option and in
   * disable comments, and read as the rule’s id (a renamed rule keeps its
   * old id working through the 0.x series).
   */
  aliases?: readonly string[]
  /**
   * Rules whose words this rule leaves to them (overlap declared to the
   * engine, so that rules never import each other): the rule asks
   * `context.claimedByOthers(word)`, which holds for a word that one of these
   * rules `claims`, whether that rule is on or not.
   */
  defersTo?: readonly string[]
  /** Whether this rule reports `word` wherever it stands (for the rules that defer to it). */
  claims?(word: string): boolean
  /** For a rule of another retext package run through the engine: the package (its messages’ `source`) and its docs. */
  package?: {name: string; url: string}
}

/** What a rule without options declares: no defaults or checks; `prepare`, if any, makes its settings once. */
export type OptionlessRuleDefinition<Settings, Summary = unknown> = Omit<
  RuleDefinition<Record<string, never>, Settings, Summary>,
  'defaults' | 'options' | 'prepare'
> & {
  prepare?: () => Settings
}

/** Builds a rule that takes no options (any option given is refused, naming the rule). */
export function defineOptionlessRule<Settings = undefined, Summary = unknown>(definition: OptionlessRuleDefinition<Settings, Summary>): Rule {
  const {prepare, ...rest} = definition
  return defineRule<Record<string, never>, Settings, Summary>({...rest, defaults: {}, options: {}, prepare: () => prepare?.() as Settings})
}

/** A rule as a unified plugin: given a severity, `[severity, options]` or options, like a setting of the `rules` option. */
export type RulePlugin = Plugin<[RuleConfig?], Root>

/**
 * A rule ready to run: its declaration plus what is derived from it. The rule
 * is its own unified plugin, on its own:
 * `retext().use(retextEnglish).use(placeNames, 'error')`.
 */
export interface Rule extends RulePlugin {
  readonly id: string
  readonly description: string
  readonly category: Category
  /** Severity when the user says nothing (`off`: available, but not on by default). */
  readonly severity: SeverityLabel
  readonly fixable: boolean
  /** Rule doc, relative to the package root (a URL for rules of other packages, documented there). */
  readonly doc: string
  readonly url: string
  /** The package the rule comes from, and so its messages’ `source`: `mtlint`, or a peer’s (`retext-quotes`). */
  readonly source: string
  /** Whether the rule comes from another package (`source` is not `mtlint`). */
  readonly peer: boolean
  /** Former ids, read as this one (see `RuleDefinition.aliases`). */
  readonly aliases: readonly string[]
  /** Ids of the rules whose words this rule leaves to them (see `RuleDefinition.defersTo`). */
  readonly defersTo: readonly string[]
  /** Whether this rule reports `word` wherever it stands. */
  readonly claims?: (word: string) => boolean
  /** Whether a rule of `defersTo` claims `word`; set when the rule list is made (`ruleList`). */
  readonly claimedByOthers: (word: string) => boolean
  /** Validates user options (throws naming the rule and the key) and returns prepared settings. */
  settings(options: unknown): unknown
  create(context: RuleContext<unknown>): Visitor
  /** The document decision over the blocks’ summaries, for a rule that reads the whole document in two parts (see `RuleDefinition.decide`). */
  readonly decide?: (context: RuleContext<unknown>, blocks: ReadonlyArray<Summarized<unknown>>) => void
  /** The decision kept between updates of one document (see `RuleDefinition.keepDecision`). */
  readonly keepDecision?: (settings: unknown) => KeptDecision<unknown>
  /** Whether blocks without a summary are left out of `decide`’s (see `RuleDefinition.sparseSummaries`). */
  readonly sparseSummaries?: boolean
  /** What the `block` handler searches for first (see `RuleDefinition.blockGates`). */
  readonly blockGates?: (settings: unknown) => readonly RegExp[]
  /**
   * The rule as a unified plugin (the rule itself):
   * `retext().use(retextEnglish).use(rule.plugin, 'error')`. Takes a
   * severity, `[severity, options]` or options, like a setting of the
   * `rules` option; bad ones throw when the processor is set up, naming the
   * rule and the key.
   */
  readonly plugin: RulePlugin
}

const claimsNothing = (): boolean => false

/** Builds a rule from its declaration: a plugin with the rule’s metadata on it. */
export function defineRule<Options extends object, Settings, Summary = unknown>(definition: RuleDefinition<Options, Settings, Summary>): Rule {
  const own = definition.package === undefined
  const url = own ? docsBase + definition.id + '.md' : definition.package!.url
  const plugin = function (config?: RuleConfig) {
    const active = activate(rule, config)
    if (!active) return undefined
    // Two parameters: unified runs it synchronously.
    return function (tree: Root, file: VFile) {
      const walked = walkedSource(tree, String(file))
      reportFindings(file, runRules(walked.source, walked.text, [active], walked.sourceText).findings)
    }
  }
  Object.defineProperty(plugin, 'name', {value: (own ? 'mtlint' : definition.package!.name) + ':' + definition.id})
  const rule: Rule = Object.assign(plugin, {
    id: definition.id,
    description: definition.description,
    category: definition.category,
    severity: definition.severity,
    fixable: definition.fixable,
    doc: own ? 'rules/' + definition.id + '.md' : url,
    url,
    source: own ? 'mtlint' : definition.package!.name,
    peer: !own,
    aliases: definition.aliases ?? [],
    defersTo: definition.defersTo ?? [],
    claims: definition.claims,
    claimedByOthers: claimsNothing,
    settings: settingsResolver(definition),
    create: definition.create as Rule['create'],
    decide: definition.decide as Rule['decide'],
    keepDecision: definition.keepDecision as Rule['keepDecision'],
    sparseSummaries: definition.sparseSummaries === true,
    blockGates: definition.blockGates as Rule['blockGates'],
    plugin
  })
  return rule
}

/**
 * The rule list, checked and linked: ids and aliases are unique, and each
 * rule’s `defersTo` names rules of the list, whose `claims` then make its
 * `claimedByOthers`. The list a preset runs; every rule of a package is in it.
 */
export function ruleList(rules: readonly Rule[]): readonly Rule[] {
  const byName = new Map<string, Rule>()
  for (const rule of rules) {
    for (const name of [rule.id, ...rule.aliases]) {
      const other = byName.get(name)
      if (other) throw new Error('Rule id `' + name + '` is taken twice, by `' + other.id + '` and `' + rule.id + '`')
      byName.set(name, rule)
    }
  }
  for (const rule of rules) {
    if (rule.defersTo.length === 0) continue
    const claims = rule.defersTo.map((id) => {
      const other = byName.get(id)
      if (!other?.claims) throw new Error('Rule `' + rule.id + '` defers to `' + id + '`, which is no rule that claims words')
      return other.claims
    })
    ;(rule as {claimedByOthers: Rule['claimedByOthers']}).claimedByOthers = (word) => claims.some((claim) => claim(word))
  }
  return rules
}

/** Validates and prepares options, caching the prepared settings per options object. */
export function settingsResolver<Options extends object, Settings>(
  definition: Pick<RuleDefinition<Options, Settings, unknown>, 'id' | 'defaults' | 'options' | 'prepare'>
): (options: unknown) => Settings {
  const prepared = new WeakMap<object, Settings>()
  // Prepared when first asked for, not when the rule list is imported.
  let defaults: {settings: Settings} | undefined

  return function (options) {
    if (options === undefined || options === null) return (defaults ??= {settings: definition.prepare(definition.defaults)}).settings
    if (typeof options !== 'object' || Array.isArray(options)) {
      throw new TypeError('Invalid options for rule `' + definition.id + '`: expected an object, not `' + JSON.stringify(options) + '`')
    }
    let settings = prepared.get(options)
    if (settings === undefined) {
      settings = definition.prepare(validate(definition, options as Record<string, unknown>))
      prepared.set(options, settings)
    }
    return settings
  }
}

function validate<Options extends object>(
  definition: Pick<RuleDefinition<Options, unknown, unknown>, 'id' | 'defaults' | 'options'>,
  options: Record<string, unknown>
): Options {
  const checks = definition.options as Record<string, OptionCheck>
  for (const [key, value] of Object.entries(options)) {
    const check = checks[key]
    if (!check) {
      const known = Object.keys(checks)
      throw new Error(
        'Unknown option `' +
          key +
          '` for rule `' +
          definition.id +
          '`' +
          (known.length > 0 ? ', expected one of ' + known.map((k) => '`' + k + '`').join(', ') : ', it takes no options')
      )
    }
    const problem = check(value)
    if (problem) {
      throw new Error('Invalid option `' + key + '` for rule `' + definition.id + '`: ' + problem)
    }
  }
  return {...definition.defaults, ...options} as Options
}

/**
 * A report (or any span) moved by `delta`: into a block’s offsets for its summary (`-block.start`), back to the document’s in `decide`.
 * A copy by `Object.assign`, not by spread: spans of many shapes come here,
 * and a spread site that has seen more than four shapes costs ~3× as much
 * per copy (V8 clones the object in its runtime).
 */
export function shifted<Span extends {start: number; end: number}>(span: Span, delta: number): Span {
  const copy = Object.assign({}, span)
  copy.start = span.start + delta
  copy.end = span.end + delta
  return copy
}
