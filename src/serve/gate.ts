import {HttpError} from './http-error.js'

/** A place in the gate: taken when a request arrives, released when it is answered. */
export interface Ticket {
  /** Resolves when the request may run its check; rejects with a 503 if it waited past `deadline`. */
  turn(deadline: number): Promise<void>
  release(): void
}

/**
 * Bounds the checks in flight: `active` at once, and `queued` more waiting
 * for their turn. A request is admitted (or answered 503 at once) when it
 * arrives, before its body is read, so that memory holds at most
 * `active + queued` bodies whatever the load; a request that waits past its
 * deadline is answered 503 and leaves the queue.
 */
export class Gate {
  #running = 0
  #admitted = 0
  readonly #waiting: Array<() => void> = []

  constructor(
    readonly active: number,
    readonly queued: number
  ) {}

  get running(): number {
    return this.#running
  }

  get waiting(): number {
    return this.#waiting.length
  }

  /** A ticket, or a 503 when `active + queued` requests are in already. */
  admit(): Ticket {
    if (this.#admitted >= this.active + this.queued) throw new HttpError(503, 'Error: the server is busy, try again shortly')
    this.#admitted++
    let state: 'admitted' | 'waiting' | 'running' | 'released' = 'admitted'
    let wake: (() => void) | undefined
    let timer: NodeJS.Timeout | undefined
    const leaveQueue = () => {
      clearTimeout(timer)
      const index = this.#waiting.indexOf(wake!)
      if (index !== -1) this.#waiting.splice(index, 1)
    }
    return {
      turn: (deadline) => {
        if (state !== 'admitted') throw new Error('a ticket takes one turn')
        if (this.#running < this.active) {
          this.#running++
          state = 'running'
          return Promise.resolve()
        }
        state = 'waiting'
        return new Promise<void>((resolve, reject) => {
          timer = setTimeout(
            () => {
              leaveQueue()
              state = 'admitted'
              reject(new HttpError(503, 'Error: the server is busy: the check waited past the request timeout'))
            },
            Math.max(0, deadline - Date.now())
          )
          wake = () => {
            clearTimeout(timer)
            this.#running++
            state = 'running'
            resolve()
          }
          this.#waiting.push(wake)
        })
      },
      release: () => {
        if (state === 'released') return
        if (state === 'waiting') leaveQueue()
        if (state === 'running') {
          this.#running--
          this.#waiting.shift()?.()
        }
        state = 'released'
        this.#admitted--
      }
    }
  }
}
