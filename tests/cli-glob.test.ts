import * as realGlob from 'glob'
import {describe, expect, test} from 'vitest'
import {hasMagic, loadGlob, mayBeGlob} from '../src/cli/glob.js'

/**
 * `src/cli/glob.ts` loads glob only when a path can be a glob, and gives
 * unified-engine a synchronous `hasMagic`: a path without any of
 * `mayBeGlob`'s characters must never be magic to glob itself, and once
 * loaded, its `hasMagic` is glob's.
 */
const cases: ReadonlyArray<{path: string; magic: boolean}> = [
  {path: 'notes.txt', magic: false},
  {path: 'docs/2024-05-01 minutes.md', magic: false},
  {path: '../drafts/chapter_one.html', magic: false},
  {path: 'naïve café.txt', magic: false},
  {path: '*.txt', magic: true},
  {path: 'docs/**/*.md', magic: true},
  {path: 'chapter-?.txt', magic: true},
  {path: 'part[12].txt', magic: true},
  {path: 'notes.{md,txt}', magic: false},
  {path: '+(a|b).txt', magic: true},
  {path: '@(draft).txt', magic: true},
  {path: '!(old).txt', magic: false},
  {path: 'report (final).txt', magic: false},
  {path: 'email@example.txt', magic: false},
  {path: 'a+b.txt', magic: false},
  {path: 'wow!.txt', magic: false}
]

describe('glob when needed', () => {
  test.each(cases)('$path: glob says magic $magic', async ({path, magic}) => {
    expect(realGlob.hasMagic(path)).toBe(magic)
    // A superset: whatever glob finds magic, `mayBeGlob` lets through to it.
    if (magic) expect(mayBeGlob(path)).toBe(true)
    await loadGlob()
    expect(hasMagic(path)).toBe(magic)
  })

  test('a path with no glob character is not magic, glob loaded or not', () => {
    const plain = cases.filter((entry) => !mayBeGlob(entry.path))
    expect(plain.map((entry) => entry.path)).toEqual(['notes.txt', 'docs/2024-05-01 minutes.md', '../drafts/chapter_one.html', 'naïve café.txt'])
    for (const entry of plain) expect(hasMagic(entry.path)).toBe(false)
  })
})
