import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    // Many documents, with worker threads: Node only, so not in the (browser-safe) main entry.
    records: 'src/records/index.ts',
    // mtlint in a ProseMirror editor; prosemirror-* are peer dependencies, left out of the bundle.
    prosemirror: 'src/prosemirror/index.ts',
    cli: 'src/cli.ts',
    'language-server': 'src/language-server.ts',
    // The worker threads of `--jsonl --jobs` and `lintRecords({jobs})`, loaded by file URL.
    'records-worker': 'src/records/worker.ts'
  },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: {entry: {index: 'src/index.ts', records: 'src/records/index.ts', prosemirror: 'src/prosemirror/index.ts'}},
  sourcemap: true,
  clean: true,
  splitting: true
})
