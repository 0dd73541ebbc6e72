import {Worker} from 'node:worker_threads'
import type {Options} from '../options.js'
import {lintItem, type BatchItem, type RecordResult} from './record.js'

/** Worker threads that lint batch inputs: `run` goes to the least busy one. */
export interface Pool {
  run(item: BatchItem): Promise<RecordResult>
  close(): Promise<void>
}

interface Slot {
  worker: Worker
  waiting: Map<number, {item: BatchItem; resolve: (result: RecordResult) => void}>
}

// Built, the worker is `dist/records-worker.js`, beside the chunk holding this
// code; from source (tsx, whose loader workers inherit), `worker.ts` beside this file.
const workerUrl = import.meta.url.endsWith('.ts') ? new URL('./worker.ts', import.meta.url) : new URL('./records-worker.js', import.meta.url)

/**
 * Up to `jobs` worker threads, started as inputs come (each is an isolate
 * that compiles the linter again: a batch of three records starts at most
 * three). An input that cannot be sent to a worker (a record holding a
 * function, which structured cloning refuses) is linted in the calling
 * thread, as with `jobs: 1`.
 */
export function createPool(jobs: number, options: Options | undefined): Pool {
  let seq = 0
  const slots: Slot[] = []

  function start(): Slot {
    const slot: Slot = {worker: new Worker(workerUrl, {workerData: {options}}), waiting: new Map()}
    slot.worker.on('message', ({seq, result}: {seq: number; result: RecordResult}) => {
      slot.waiting.get(seq)?.resolve(result)
      slot.waiting.delete(seq)
    })
    // A crashed worker (out of memory, a bug) fails its inputs, not the batch: each gets an error result, and a new worker takes its place.
    const fail = (reason: string) => {
      if (!slots.includes(slot)) return
      slots[slots.indexOf(slot)] = start()
      for (const {item, resolve} of slot.waiting.values()) resolve({line: item.line, error: 'Cannot lint: ' + reason})
      slot.waiting.clear()
    }
    slot.worker.on('error', (error) => fail(error.message))
    slot.worker.on('exit', (code) => fail('worker exited with code ' + code))
    return slot
  }

  /** The least busy worker; a new one while some are busy and fewer than `jobs` run. */
  function pick(): Slot {
    let slot = slots[0]
    for (const other of slots) if (other.waiting.size < slot!.waiting.size) slot = other
    if (!slot || (slot.waiting.size > 0 && slots.length < jobs)) {
      slot = start()
      slots.push(slot)
    }
    return slot
  }

  return {
    run(item) {
      const slot = pick()
      const id = seq++
      try {
        slot.worker.postMessage({seq: id, item})
      } catch {
        return lintItem(item, options)
      }
      return new Promise((resolve) => slot.waiting.set(id, {item, resolve}))
    },
    async close() {
      const closing = slots.splice(0)
      await Promise.all(closing.map((slot) => slot.worker.terminate()))
    }
  }
}
