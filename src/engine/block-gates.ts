import type {ActiveRule} from './settings.js'

/**
 * The block gates of the active rules (see `RuleDefinition.blockGates`),
 * searched together: the gates of one set of flags are joined into one
 * alternation, so that a block of plain text is searched once per set of
 * flags rather than once per rule, and a rule is not handed a block where
 * every alternation that holds one of its gates finds nothing. An
 * alternation fails only where each of its alternatives fails: a block is
 * kept from a rule only where the rule’s own first searches would find
 * nothing. Where it finds something, every rule with a gate in it is handed
 * the block (whosever gate it was), and searches it itself.
 */
export interface BlockGates {
  /** Per active rule, in order: the alternations that hold its gates, by index in `searches` (`undefined`: no gate). */
  byRule: ReadonlyArray<readonly number[] | undefined>
  searches: readonly RegExp[]
  /** Per alternation, what it found in each block of the batch being walked: 0 not searched yet, 1 nothing, 2 a match. */
  found: Uint8Array[]
}

const noGates: BlockGates = {byRule: [], searches: [], found: []}

/** The gates of each rule’s settings (a rule’s gates are compiled with its settings, once per distinct options). */
const gatesBySettings = new WeakMap<object, readonly RegExp[]>()
/** Each gate’s number, for the key of a set of gates. */
const gateNumbers = new WeakMap<RegExp, number>()
let gateCount = 0

interface Joined {
  byRule: Array<readonly number[] | undefined>
  searches: RegExp[]
}

/** The alternations of each set of gates met: one per set of options in use, dropped past a few (a server that makes options per request). */
const joined = new Map<string, Joined>()
const keptSets = 16

/** The gates of `active`, joined (made once per set of gates; what each found is kept per walk). */
export function blockGates(active: readonly ActiveRule[]): BlockGates {
  const lists = active.map(gatesOf)
  if (lists.every((list) => list === undefined)) return noGates
  const key = lists.map((list) => (list === undefined ? '' : list.map(numberOf).join(','))).join(';')
  let made = joined.get(key)
  if (!made) {
    if (joined.size === keptSets) joined.clear()
    joined.set(key, (made = join(lists)))
  }
  return {byRule: made.byRule, searches: made.searches, found: made.searches.map(() => new Uint8Array(0))}
}

function gatesOf(entry: ActiveRule): readonly RegExp[] | undefined {
  const {blockGates} = entry.rule
  if (blockGates === undefined) return undefined
  const settings = entry.settings
  if (typeof settings !== 'object' || settings === null) return blockGates(settings)
  let gates = gatesBySettings.get(settings)
  if (!gates) gatesBySettings.set(settings, (gates = blockGates(settings)))
  return gates
}

function numberOf(gate: RegExp): number {
  let number = gateNumbers.get(gate)
  if (number === undefined) gateNumbers.set(gate, (number = gateCount++))
  return number
}

/**
 * Joins the gates by flags (`g` and `y` aside: a gate is tested from a
 * block’s start). A gate with a group name or a numbered backreference is
 * searched alone: joined, its names could clash and its groups would be
 * renumbered.
 */
function join(lists: ReadonlyArray<readonly RegExp[] | undefined>): Joined {
  const sources: Array<{flags: string; parts: string[]; alone: boolean}> = []
  const placeOf = (gate: RegExp): number => {
    const flags = [...gate.flags.replace(/[gyd]/g, '')].sort().join('')
    const alone = /\\[1-9]|\(\?<[^=!]/.test(gate.source)
    let at = alone ? -1 : sources.findIndex((search) => search.flags === flags && !search.alone)
    if (at === -1) at = sources.push({flags, parts: [], alone}) - 1
    if (!sources[at]!.parts.includes(gate.source)) sources[at]!.parts.push(gate.source)
    return at
  }
  const byRule = lists.map((list) => (list === undefined ? undefined : [...new Set(list.map(placeOf))]))
  const searches = sources.map(({flags, parts}) => new RegExp(parts.length === 1 ? parts[0]! : parts.map((part) => '(?:' + part + ')').join('|'), flags))
  return {byRule, searches}
}

/** Readies the gates for a batch of `length` blocks: nothing searched yet. */
export function startBatch(gates: BlockGates, length: number): void {
  const {found} = gates
  for (let index = 0; index < found.length; index++) {
    if (found[index]!.length < length) found[index] = new Uint8Array(Math.max(length, 1024))
    else found[index]!.fill(0, 0, length)
  }
}

/** Whether the `index`th block of the batch (`text`) may hold one of the gates of a rule (`places`: its alternations): false where it holds none. */
export function opens(gates: BlockGates, places: readonly number[], index: number, text: string): boolean {
  for (let at = 0; at < places.length; at++) {
    const place = places[at]!
    const found = gates.found[place]!
    let result = found[index]!
    if (result === 0) found[index] = result = gates.searches[place]!.test(text) ? 2 : 1
    if (result === 2) return true
  }
  return false
}
