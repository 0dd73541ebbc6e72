import {afterEach, beforeEach, expect, test, vi} from 'vitest'
import {Sync} from '../../src/language-server/sync.js'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

const uri = 'file:///desk/talks.txt'

/** A Sync over one open document, and what it gave the server: the changes of each delivery and its version. */
function opened(wait = 100) {
  const sync = new Sync(wait)
  const deliveries: Array<[unknown[], number]> = []
  const deliver = (changes: unknown[], version: number) => void deliveries.push([changes, version])
  return {sync, deliveries, deliver, first: sync.open(uri, 1)}
}

test('Sync: changes gather until the editor is quiet, then reach the server as one, under a version of the server’s own', () => {
  const {sync, deliveries, deliver, first} = opened()
  expect(sync.change(uri, 2, ['a'], deliver)).toBe(true)
  vi.advanceTimersByTime(60)
  sync.change(uri, 3, ['b', 'c'], deliver)
  vi.advanceTimersByTime(99)
  expect(deliveries).toEqual([])
  vi.advanceTimersByTime(1)
  expect(deliveries).toEqual([[['a', 'b', 'c'], first + 1]])
  // The editor hears of the server’s diagnostics under its own number; older ones are dropped.
  expect(sync.published(uri, first + 1)).toBe(3)
  expect(sync.published(uri, first)).toBeUndefined()
})

test('Sync: a flush gives the server the gathered changes at once; with none gathered it gives nothing', () => {
  const {sync, deliveries, deliver, first} = opened()
  sync.change(uri, 2, ['a'], deliver)
  sync.flush(uri)
  sync.flush(uri)
  expect(deliveries).toEqual([[['a'], first + 1]])
  vi.advanceTimersByTime(1000)
  expect(deliveries).toHaveLength(1)
  // Until the next delivery, the server’s diagnostics are of the text it holds, the editor’s version 2.
  sync.change(uri, 3, ['b'], deliver)
  expect(sync.published(uri, first + 1)).toBe(2)
})

test('Sync: a document opened again never shares a version with its previous life, nor do two documents', () => {
  const {sync, deliver, first} = opened()
  sync.change(uri, 2, ['a'], deliver)
  sync.flush(uri)
  sync.forget(uri)
  expect(sync.published(uri, first + 1)).toBeUndefined()
  expect(sync.change(uri, 3, ['b'], deliver)).toBe(false)
  const reopened = sync.open(uri, 1)
  const other = sync.open('untitled:Untitled-1', 1)
  expect(new Set([first, first + 1, reopened, other]).size).toBe(4)
  expect(sync.published(uri, first)).toBeUndefined()
  expect(sync.published(uri, reopened)).toBe(1)
})

test('Sync: a document forgotten with changes gathered gives the server nothing later', () => {
  const {sync, deliveries, deliver} = opened()
  sync.change(uri, 2, ['a'], deliver)
  sync.forget(uri)
  vi.advanceTimersByTime(1000)
  expect(deliveries).toEqual([])
})
