import {unified, type Plugin} from 'unified'
import {engine, type FileSet} from 'unified-engine'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {useLinearFileQueue} from '../src/cli/file-queue.js'

/**
 * unified-engine with the linear file queue of `cli/file-queue.ts`: the
 * queue must still hold every file until all are done, so that a completer
 * (a plugin that looks at the whole set) runs once and sees every file. Its
 * speed is measured by `npm run bench` (folders of 1,000 to 50,000 files).
 */
useLinearFileQueue()

interface Seen {
  transformed: string[]
  completions: Array<{files: number; transformedBefore: number}>
}

function run(files: Array<VFile | string>, seen: Seen): Promise<{code: number | undefined; reported: VFile[]}> {
  const parse: Plugin = function () {
    this.parser = () => ({type: 'root'})
    this.compiler = (_, file) => String(file)
  }
  // One completer for the run, as a plugin module has (the file set adds a completer once).
  const completer = (set: FileSet) => {
    seen.completions.push({files: set.valueOf().length, transformedBefore: seen.transformed.length})
  }
  // Files finish out of order: each waits a little, more for some.
  const watch: Plugin<unknown[]> = function (_, fileSet) {
    ;(fileSet as FileSet).use(completer)
    return async (_tree, file) => {
      await new Promise((resolve) => setTimeout(resolve, (file.stem?.length ?? 0) % 7))
      seen.transformed.push(file.path)
    }
  }
  return new Promise((resolve, reject) => {
    let reported: VFile[] = []
    engine(
      {
        processor: unified().use(parse),
        // Plugins from the configuration get the file set.
        plugins: [[watch]],
        cwd: process.cwd(),
        files,
        extensions: ['.txt'],
        out: false,
        reporter: (given: VFile[]) => {
          reported = given
          return ''
        }
      },
      (error, code) => (error ? reject(error) : resolve({code, reported}))
    )
  })
}

describe('the linear file queue', () => {
  test.each([1, 2, 500])('%d files: each transformed once, the completer runs once, after all, and sees all', async (count) => {
    const seen: Seen = {transformed: [], completions: []}
    const files = Array.from({length: count}, (_, index) => new VFile({path: 'f' + 'x'.repeat(index % 11) + index + '.txt', value: 'x'}))
    const {code, reported} = await run(files, seen)
    expect(code).toBe(0)
    expect(reported).toHaveLength(count)
    expect(new Set(seen.transformed).size).toBe(count)
    expect(seen.completions).toEqual([{files: count, transformedBefore: count}])
  })

  test('failed and missing files do not hold the queue', async () => {
    const seen: Seen = {transformed: [], completions: []}
    const failed = new VFile({path: 'failed.txt', value: ''})
    failed.message('Cannot process file').fatal = true
    const files = [new VFile({path: 'a.txt', value: 'x'}), failed, new VFile({path: 'b.txt', value: 'x'}), 'missing.txt']
    const {code, reported} = await run(files, seen)
    expect(code).toBe(1)
    expect(reported.map((file) => [file.path, file.messages.map(String)])).toEqual([
      ['a.txt', []],
      ['b.txt', []],
      ['failed.txt', ['failed.txt:1:1: Cannot process file']],
      ['missing.txt', ['missing.txt:1:1: No such file or folder']]
    ])
    expect(seen.transformed.sort()).toEqual(['a.txt', 'b.txt'])
    expect(seen.completions).toEqual([{files: 4, transformedBefore: 2}])
  })
})
