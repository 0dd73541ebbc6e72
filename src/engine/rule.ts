import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {lintRule} from 'unified-lint-rule'
import {runRules} from './run.js'
import {emitFindings, lowerLowConfidence, takeCollected} from './emit.js'
import type {Category, OptionCheck, RuleContext, SeverityLabel, Visitor} from './types.js'

export const docsBase = 'https://github.com/mtlint/mtlint/blob/main/rules/'

/** What a rule file declares. The engine, the preset, the docs and the README table all read this. */
export interface RuleDefinition<Options extends object, Settings> {
  /** Kebab-case noun naming the artifact; equals the file name in `rules/`. */
  id: string
  /** One imperative sentence. */
  description: string
  category: Category
  /** Severity when the user says nothing. */
  severity: 'warn' | 'error'
  /** Whether some of its messages carry exactly one `expected` replacement. */
  fixable: boolean
  /** Default options; user options are merged over them key by key. */
  defaults: Options
  /** One check per option key; unknown keys are refused. */
  options: {[Key in keyof Options]-?: OptionCheck}
  /** Compiles options into matchers; called once per distinct options object, never per file. */
  prepare(options: Options): Settings
  /** Makes the handlers for one document; per-document state lives in this closure. */
  create(context: RuleContext<Settings>): Visitor
}

/** What a rule without options declares: no defaults or checks; `prepare`, if any, makes its settings once. */
export type OptionlessRuleDefinition<Settings> = Omit<RuleDefinition<Record<string, never>, Settings>, 'defaults' | 'options' | 'prepare'> & {
  prepare?: () => Settings
}

/** Builds a rule that takes no options (any option given is refused, naming the rule). */
export function defineOptionlessRule<Settings = undefined>(definition: OptionlessRuleDefinition<Settings>): Rule {
  const {prepare, ...rest} = definition
  return defineRule<Record<string, never>, Settings>({...rest, defaults: {}, options: {}, prepare: () => prepare?.() as Settings})
}

/** Options as users pass them to a plugin: `[severity, options]`, a severity, or options. */
export type RuleConfig = unknown

/** A rule ready to run: its declaration plus what is derived from it. */
export interface Rule {
  readonly id: string
  readonly description: string
  readonly category: Category
  /** Severity when the user says nothing (`off`: available, but not on by default). */
  readonly severity: SeverityLabel
  readonly fixable: boolean
  /** Rule doc, relative to the package root (a URL for peers, documented in their own package). */
  readonly doc: string
  readonly url: string
  /** Whether the rule comes from another package (its messages keep their own `source` and `ruleId`). */
  readonly peer: boolean
  /** Validates user options (throws naming the rule and the key) and returns prepared settings. */
  settings(options: unknown): unknown
  create(context: RuleContext<unknown>): Visitor
  /** The rule as a unified plugin: `retext().use(retextEnglish).use(rule.plugin, ['error', options])`. */
  readonly plugin: Plugin<[RuleConfig?], Root>
}

/** Builds a rule from its declaration; `plugin` is made with `unified-lint-rule`, which handles severity and stamps `ruleId`, `source`, `url` and `fatal`. */
export function defineRule<Options extends object, Settings>(
  definition: RuleDefinition<Options, Settings>
): Rule {
  const url = docsBase + definition.id + '.md'
  const settings = settingsResolver(definition)
  const rule: Rule = {
    id: definition.id,
    description: definition.description,
    category: definition.category,
    severity: definition.severity,
    fixable: definition.fixable,
    doc: 'rules/' + definition.id + '.md',
    url,
    peer: false,
    settings,
    create: definition.create as Rule['create'],
    plugin: withLoweredSeverity(lintRule<Root, unknown>({origin: 'mtlint:' + definition.id, url}, transform)) as Plugin<
      [RuleConfig?],
      Root
    >
  }
  return rule

  function transform(tree: Root, file: VFile, options: unknown): undefined {
    // Inside the preset, one shared walk has already run every rule; standalone, the rule walks alone.
    const findings =
      takeCollected(file, rule.id) ??
      runRules(tree, String(file), [{rule, settings: settings(options)}]).get(rule.id) ??
      []
    emitFindings(file, findings)
  }
}

type LintTransformer = (tree: Root, file: VFile, next: (error?: Error) => undefined) => undefined

/** unified-lint-rule gives every message of a rule the rule’s severity; low-confidence findings then go one level down. */
function withLoweredSeverity(plugin: (config?: RuleConfig) => LintTransformer | undefined) {
  return function (config?: RuleConfig): LintTransformer | undefined {
    const transformer = plugin(config)
    if (!transformer) return undefined
    return function (tree, file, next) {
      const from = file.messages.length
      return transformer(tree, file, function (error) {
        lowerLowConfidence(file, from)
        return next(error)
      })
    }
  }
}

/** Validates and prepares options, caching the prepared settings per options object. */
export function settingsResolver<Options extends object, Settings>(
  definition: Pick<RuleDefinition<Options, Settings>, 'id' | 'defaults' | 'options' | 'prepare'>
): (options: unknown) => Settings {
  const prepared = new WeakMap<object, Settings>()
  const defaults = definition.prepare(definition.defaults)

  return function (options) {
    if (options === undefined || options === null) return defaults
    if (typeof options !== 'object' || Array.isArray(options)) {
      throw new TypeError(
        'Invalid options for rule `' + definition.id + '`: expected an object, not `' + JSON.stringify(options) + '`'
      )
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
  definition: Pick<RuleDefinition<Options, unknown>, 'id' | 'defaults' | 'options'>,
  options: Record<string, unknown>
): Options {
  const checks = definition.options as Record<string, OptionCheck>
  for (const [key, value] of Object.entries(options)) {
    const check = checks[key]
    if (!check) {
      const known = Object.keys(checks)
      throw new Error(
        'Unknown option `' + key + '` for rule `' + definition.id + '`' +
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
