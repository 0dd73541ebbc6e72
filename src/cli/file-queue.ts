import {VFile} from 'vfile'
import {FileSet, type EngineFileSet} from './engine-internals.js'

/**
 * Makes unified-engine 11.2’s file set linear in the number of files.
 *
 * Each file, once linted, waits in the engine’s queue until every file of
 * the run is, so that plugins that look at the whole set (“completers”) see
 * it complete. To know that, the queue walks every file of the set, with
 * `statistics()` of its messages, each time one file arrives; and `add`
 * searches the array of origins for duplicates. Both are quadratic: 1,000
 * files took 2 s, 8,000 took 41 s (74% of it in the queue), and 20,000 did
 * not finish in 2 minutes.
 *
 * The queue asks for the set (`valueOf()`) right after it stores the
 * arriving file’s callback in `complete`. So `complete` is wrapped to note
 * the arrival, and that one call gets, instead of every file, the first file
 * still on its way that the queue would wait for (or none): the queue waits
 * or flushes exactly as it would have. Every other caller (completers) gets
 * the whole set. `add` keeps its origins in a `Set` as well.
 */

interface QueueState {
  origins: Set<string>
  byOrigin: Map<string, VFile>
  /** Files added and not yet in the queue, in the order added. */
  waiting: Set<VFile>
  /** Whether a file has just arrived in the queue, which is about to ask for the set. */
  arrived: boolean
}

const states = new WeakMap<EngineFileSet, QueueState>()
const maps = new WeakMap<EngineFileSet, Record<string, unknown>>()

function stateOf(set: EngineFileSet): QueueState {
  let state = states.get(set)
  if (!state) {
    state = {origins: new Set(set.origins ?? []), byOrigin: new Map(), waiting: new Set(), arrived: false}
    states.set(set, state)
  }
  return state
}

function waitedFor(file: VFile): boolean {
  return !file.data.unifiedEngineIgnored && !file.messages.some((message) => message.fatal === true)
}

let patched = false

/** Patches unified-engine’s `FileSet` (once per process). */
export function useLinearFileQueue(): void {
  if (patched) return
  patched = true
  const prototype = FileSet.prototype

  Object.defineProperty(prototype, 'complete', {
    configurable: true,
    get(this: EngineFileSet) {
      return maps.get(this)
    },
    set(this: EngineFileSet, map: Record<string, unknown>) {
      const state = stateOf(this)
      maps.set(
        this,
        new Proxy(map, {
          set(target, key, value) {
            target[key as string] = value
            if (typeof value === 'function') {
              const file = state.byOrigin.get(String(key))
              if (file) state.waiting.delete(file)
              state.arrived = true
            }
            return true
          }
        })
      )
    }
  })

  prototype.add = function (this: EngineFileSet, given: VFile | string) {
    const file = typeof given === 'string' ? new VFile({path: given}) : given
    const state = stateOf(this)
    const origin = String(file.history[0])
    if (state.origins.has(origin)) return this
    state.origins.add(origin)
    this.origins.push(file.history[0]!)
    state.byOrigin.set(origin, file)
    state.waiting.add(file)
    this.files.push(file)
    this.expected++
    // As the engine does: a file that falls through its pipeline at once still queues up after the rest are added.
    setImmediate(() => this.emit('add', file))
    return this
  }

  prototype.valueOf = function (this: EngineFileSet) {
    const state = stateOf(this)
    if (!state.arrived || state.waiting.size === 0) {
      state.arrived = false
      return this.files
    }
    state.arrived = false
    for (const file of state.waiting) if (waitedFor(file)) return [file]
    return []
  }
}
