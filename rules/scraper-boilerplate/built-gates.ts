/**
 * The scraper’s line gates (`rules/scraper-boilerplate/line-gate.ts`)
 * computed when the package is built: at the first line of any text, its
 * line matchers read the gates of every line and start entry from their
 * patterns’ sources (~50 patterns, ~25 KB of regex source), the largest
 * cost of a first `lint()` of one sentence. A tsup plugin
 * (`tsup.config.ts`) gives `line-matcher.ts` a `line-gate.ts` whose
 * `gatesOf` reads them from one JSON string, made by this file from the
 * data being bundled with the function the rule runs from source, so they
 * cannot drift; a pattern not among them (other options, a changed entry)
 * is read from its source as before. From source (tests, scripts) the rule
 * reads every gate itself.
 */
import {singleLine} from './entry.js'
import {lexicons} from './lexicon/index.js'
import {gatesOf, longPrefixes, type Gate} from './line-gate.js'

/** A gate as built: its long prefixes read (see `longPrefixes`), without the pattern tree they are read from. */
export type BuiltGate = Omit<Gate, 'sequence'>

/** The key of a pattern’s gates: whether it is matched as written, and its source. */
function keyOf(source: string, cased: boolean): string {
  return (cased ? '1' : '0') + source
}

/** The gates of every entry the line matchers read (`line` and `start` places, each with its own case), as one JSON string. */
export function serializedGates(): string {
  const built = new Map<string, BuiltGate[] | null>()
  for (const lexicon of Object.values(lexicons)) {
    for (const entry of lexicon) {
      if (entry.place !== 'line' && entry.place !== 'start') continue
      const cased = Boolean(entry.cased)
      const source = singleLine(entry.pattern)
      const gates = gatesOf(source, cased)
      built.set(keyOf(source, cased), gates?.map(withoutTree) ?? null)
    }
  }
  return JSON.stringify([...built])
}

function withoutTree(gate: Gate): BuiltGate {
  longPrefixes(gate)
  const rest: Gate = {...gate}
  delete rest.sequence
  return rest
}

/**
 * `gatesOf` reading built gates first (parsed at its first call), each
 * pattern’s once: the matcher keeps the gates it is given and marks them
 * (`first`), so a second reader of the same pattern reads it from its source.
 */
export function gatesWithBuilt(scan: typeof gatesOf, serialized: string): typeof gatesOf {
  let built: Map<string, BuiltGate[] | null> | undefined
  return function (source, cased) {
    built ??= new Map(JSON.parse(serialized) as Array<[string, BuiltGate[] | null]>)
    const key = keyOf(source, cased)
    const found = built.get(key)
    if (found === undefined) return scan(source, cased)
    built.delete(key)
    return found ?? undefined
  }
}
