import {describe, expect, test} from 'vitest'
import {Gate} from '../../src/serve/gate.js'

describe('Gate', () => {
  test('admits `active + queued` requests, then answers 503 at once', () => {
    const gate = new Gate(1, 2)
    const tickets = [gate.admit(), gate.admit(), gate.admit()]
    expect(() => gate.admit()).toThrow(expect.objectContaining({status: 503}))
    tickets[0]!.release()
    expect(gate.admit()).toBeDefined()
  })

  test('runs one at a time, in order of arrival', async () => {
    const gate = new Gate(1, 2)
    const order: string[] = []
    const [first, second, third] = [gate.admit(), gate.admit(), gate.admit()]
    await first!.turn(Date.now() + 1000)
    const waiting = [second!.turn(Date.now() + 1000).then(() => order.push('second')), third!.turn(Date.now() + 1000).then(() => order.push('third'))]
    expect(gate.running).toBe(1)
    expect(gate.waiting).toBe(2)
    first!.release()
    await waiting[0]
    expect(order).toEqual(['second'])
    second!.release()
    await waiting[1]
    expect(order).toEqual(['second', 'third'])
    third!.release()
    expect([gate.running, gate.waiting]).toEqual([0, 0])
  })

  test('a request that waits past its deadline gets a 503 and leaves the queue', async () => {
    const gate = new Gate(1, 1)
    const running = gate.admit()
    await running.turn(Date.now() + 1000)
    const late = gate.admit()
    await expect(late.turn(Date.now() + 20)).rejects.toMatchObject({status: 503})
    expect(gate.waiting).toBe(0)
    late.release()
    running.release()
    expect(gate.running).toBe(0)
    // Room again for the next.
    const next = gate.admit()
    await next.turn(Date.now() + 1000)
    expect(gate.running).toBe(1)
    next.release()
  })

  test('a request released while it waits (its client left) frees its place', async () => {
    const gate = new Gate(1, 1)
    const running = gate.admit()
    await running.turn(Date.now() + 1000)
    const leaving = gate.admit()
    void leaving.turn(Date.now() + 20).catch(() => {})
    expect(gate.waiting).toBe(1)
    leaving.release()
    expect(gate.waiting).toBe(0)
    // Its deadline passing later takes no one else out of the queue.
    const staying = gate.admit()
    const turn = staying.turn(Date.now() + 1000)
    await new Promise((resolve) => setTimeout(resolve, 40))
    expect(gate.waiting).toBe(1)
    running.release()
    await turn
    staying.release()
    expect([gate.running, gate.waiting]).toEqual([0, 0])
  })
})
