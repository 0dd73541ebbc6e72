import {compilePatterns, type PatternEntry, type PatternOptions} from './pattern-set.js'
import {defineOptionlessRule, type Rule, type RuleDefinition} from './rule.js'

type Meta = Pick<RuleDefinition<object, unknown>, 'id' | 'description' | 'category' | 'severity' | 'fixable'>

/**
 * A rule made of text patterns alone (Vale’s “existence” and “substitution”
 * kinds): the patterns are compiled once into one alternation and run once
 * over each block; every match is reported with its entry’s wording.
 * Options: `lead`, `trim` (see `compilePatterns`).
 */
export function definePatternRule(
  meta: Meta,
  entries: readonly PatternEntry[],
  flags: string,
  options: PatternOptions = {}
): Rule {
  const patterns = compilePatterns(entries, flags, options)
  return defineOptionlessRule({
    ...meta,
    prepare: () => patterns,
    create({settings, report}) {
      return {
        block(block) {
          for (const match of settings.find(block.text, block.start)) {
            report({
              start: match.start,
              end: match.end,
              what: match.entry.what,
              expected: match.entry.expected?.(match.text),
              advice: match.entry.advice,
              note: match.entry.note
            })
          }
        }
      }
    }
  })
}
