/**
 * name-variants' index of names one letter apart (`NearIndex`), which keys
 * each shortened key by a hash and tells colliding forms apart by reading
 * the keys in place (`shortenedHashes`, `holds`, `holding`, `sharing`), held
 * to a plain index keyed by the shortened strings, built again from the keys
 * at each step, on generated sequences of keys set and taken out.
 */
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {holding, holds, maxSharing, minSlipLength, NearIndex, oneLetterApart, sharing, shortenedHashes} from '../../rules/name-variants/decision.js'
import {deletionList, oneEditApart, slipApart} from '../../src/engine/near-words.js'
import {runs} from '../property-support.js'

/** The clusters of `ids` (each compared key with its counted spellings) as the index makes them, from shortened keys as strings. */
function plainClusters(ids: ReadonlyMap<string, readonly string[]>, shareLimit: number): string[][] {
  const byForm = new Map<string, Set<string>>()
  for (const key of ids.keys()) {
    for (const form of deletionList(key)) {
      const keys = byForm.get(form) ?? new Set<string>()
      byForm.set(form, keys.add(key))
    }
  }
  const crowded = [...byForm.values()].some((keys) => keys.size > shareLimit)
  const edges = new Map<string, Set<string>>()
  const link = (a: string, b: string) => {
    if (a === b || !oneLetterApart(ids.get(a)!, ids.get(b)!)) return
    edges.set(a, (edges.get(a) ?? new Set()).add(b))
    edges.set(b, (edges.get(b) ?? new Set()).add(a))
  }
  for (const key of ids.keys()) {
    if (!crowded) {
      // Every key one edit or a slip apart.
      for (const other of ids.keys()) if (oneEditApart(key, other) || slipApart(key, other, minSlipLength)) link(key, other)
      continue
    }
    // Through shortened keys shared by `shareLimit` keys or fewer: one edit, and a slip from the longer key.
    const within = (form: string) => {
      const keys = byForm.get(form)
      return keys && keys.size <= shareLimit ? keys : []
    }
    for (const form of deletionList(key)) for (const other of within(form)) if (oneEditApart(key, other)) link(key, other)
    for (const shorter of deletionList(key).slice(1)) {
      for (const shortest of deletionList(shorter).slice(1)) {
        for (const other of within(shortest)) if (other.length === key.length - 1 && slipApart(key, other, minSlipLength)) link(key, other)
      }
    }
  }
  const clusters: string[][] = []
  const seen = new Set<string>()
  for (const key of edges.keys()) {
    if (seen.has(key)) continue
    const cluster = [key]
    seen.add(key)
    for (let index = 0; index < cluster.length; index++) {
      for (const other of edges.get(cluster[index]!)!) if (!seen.has(other) && seen.add(other)) cluster.push(other)
    }
    clusters.push(cluster)
  }
  return sorted(clusters)
}

/** Whether a shortened key of `ids`' keys is shared by more than `shareLimit` of them. */
function plainCrowded(ids: ReadonlyMap<string, readonly string[]>, shareLimit: number): boolean {
  const byForm = new Map<string, Set<string>>()
  for (const key of ids.keys()) for (const form of deletionList(key)) byForm.set(form, (byForm.get(form) ?? new Set()).add(key))
  return [...byForm.values()].some((keys) => keys.size > shareLimit)
}

const reached = {crowded: false, uncrowdedAfter: false, clusters: false}

function sorted(clusters: readonly string[][]): string[][] {
  return clusters.map((cluster) => [...cluster].sort()).sort((a, b) => a.join(' ').localeCompare(b.join(' ')))
}

// Keys a few edits from three words (of four, six and nine letters, few letters in all): keys that share shortened keys,
// crowd them past small limits, and are a slip apart at eight letters or more.
const letter = fc.constantFrom('a', 'b', 'n', 'o')
type Edit = [kind: 0 | 1 | 2 | 3, at: number, letter: string]
const edited = (word: string, edits: readonly Edit[]): string => {
  for (const [kind, at, added] of edits) {
    const place = at % (word.length + 1)
    if (kind === 0) word = word.slice(0, place) + added + word.slice(place)
    else if (kind === 1 && word.length > 1) word = word.slice(0, place) + word.slice(place + 1)
    else if (kind === 2) word = word.slice(0, place) + added + word.slice(place + 1)
    else if (place + 1 < word.length) word = word.slice(0, place) + word.charAt(place + 1) + word.charAt(place) + word.slice(place + 2)
  }
  return word || 'a'
}
const key = fc
  .tuple(fc.constantFrom('bano', 'abnoba', 'nobanaoba'), fc.array(fc.tuple(fc.constantFrom(0, 1, 2, 3), fc.nat(), letter), {maxLength: 2, size: 'max'}))
  .map(([word, edits]) => edited(word, edits as Edit[]))
// A key's spellings: none (taken out), itself, with an accent for a letter, or with a capital (the index compares spellings as written).
const spellings = (of: string) => fc.oneof(fc.constant([]), fc.subarray([of, of.replace('a', 'á'), of.charAt(0).toUpperCase() + of.slice(1)], {minLength: 1}))
const step = key.chain((of) => fc.tuple(fc.constant(of), spellings(of)))

test.each([
  {keys: ['Touadera', 'Taudera'], clusters: [['taudera', 'touadera']]},
  {keys: ['Volodymyr', 'Volodomyr', 'Volodimyr'], clusters: [['volodimyr', 'volodomyr', 'volodymyr']]},
  {keys: ['Korea', 'Korean', 'Maria', 'Mario'], clusters: []},
  {keys: ['Sesión', 'Session'], clusters: []}
])('$keys: clusters $clusters', ({keys, clusters}) => {
  const index = new NearIndex()
  const ids = new Map<string, readonly string[]>()
  for (const spelling of keys) {
    const lower = spelling.toLowerCase()
    const of = lower.normalize('NFD').replace(/\p{M}/gu, '')
    const list = [...(ids.get(of) ?? []), lower]
    ids.set(of, list)
    index.set(of, list)
  }
  expect(sorted(index.clusters())).toEqual(clusters)
  expect(plainClusters(ids, maxSharing)).toEqual(clusters)
})

test('the hashed index of names one letter apart finds the clusters a string-keyed one finds', () => {
  fc.assert(
    fc.property(fc.array(step, {minLength: 1, maxLength: 60, size: 'max'}), fc.integer({min: 2, max: 6}), (steps, shareLimit) => {
      const index = new NearIndex(shareLimit)
      const ids = new Map<string, readonly string[]>()
      let crowded = false
      for (const [of, list] of steps) {
        index.set(of, list)
        if (list.length === 0) ids.delete(of)
        else ids.set(of, list)
        crowded ||= plainCrowded(ids, shareLimit)
        expect(index.idsOf(of)).toEqual(list)
        expect(sorted(index.clusters())).toEqual(plainClusters(ids, shareLimit))
      }
      reached.crowded ||= crowded
      reached.uncrowdedAfter ||= crowded && !plainCrowded(ids, shareLimit)
      reached.clusters ||= plainClusters(ids, shareLimit).length > 0
    }),
    runs
  )
  // The sequences reach crowded shortened keys, crowded keys taken out again, and clusters.
  expect(reached).toEqual({crowded: true, uncrowdedAfter: true, clusters: true})
})

test("a key's shortened hashes are the hashes of its shortened forms made as strings", () => {
  fc.assert(
    fc.property(fc.string({unit: fc.constantFrom('a', 'b', 'é', 'ï', 'z'), minLength: 1, maxLength: 20}), (word) => {
      const hashes = [...shortenedHashes(word)]
      expect(hashes).toEqual(deletionList(word).map((form) => shortenedHashes(form)[0]))
    }),
    runs
  )
})

test('holds, holding and sharing read in place what the shortened forms made as strings give', () => {
  const word = fc.string({unit: fc.constantFrom('a', 'b', 'n'), minLength: 1, maxLength: 7})
  fc.assert(
    fc.property(fc.array(word, {minLength: 1, maxLength: 8}), word, fc.nat(), (keys, source, at) => {
      const gap = (at % (source.length + 1)) - 1
      const form = deletionList(source)[gap + 1]!
      const held = keys.filter((other) => deletionList(other).includes(form))
      expect(keys.map((other) => holds(other, source, gap))).toEqual(keys.map((other) => held.includes(other)))
      expect(holding(keys, source, gap) ?? []).toEqual(held)
      expect(holding(keys[0]!, source, gap) ?? []).toEqual(held.includes(keys[0]!) ? [keys[0]] : [])
      expect(sharing(keys, source, gap)).toBe(held.length)
    }),
    runs
  )
})
