import {readFileSync} from 'node:fs'
import {nativeEnglish} from './inputs/native-english.js'

/**
 * A deterministic benchmark corpus of about `bytes` bytes: native English
 * prose (the README files of installed packages) interleaved with the
 * machine-translated seed article, one seed paragraph after every native
 * document, so that rules find artifacts at a realistic rate.
 */
export function benchCorpus(bytes: number): string {
  const seed = readFileSync(new URL('../fixtures/afp-ukraine-2022.txt', import.meta.url), 'utf8').split(/\n{2,}/)
  const native = nativeEnglish().map((document) => document.text.trim())
  const parts: string[] = []
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const part = index % 2 === 0 ? native[(index / 2) % native.length]! : seed[((index - 1) / 2) % seed.length]!
    parts.push(part)
    size += Buffer.byteLength(part) + 2
  }
  return parts.join('\n\n')
}

/** The benchmark corpus written as `format`: as it is (plain text, Markdown), or its paragraphs as HTML `p` elements. */
export function benchDocument(bytes: number, format: 'text' | 'markdown' | 'html'): string {
  const corpus = benchCorpus(bytes)
  return format === 'html' ? '<p>' + corpus.split(/\n{2,}/).join('</p>\n<p>') + '</p>' : corpus
}

/**
 * `count` article-sized records (`{"id", "text"}`, ~`bytes` each) as JSON
 * Lines, cut from the same corpus at paragraph boundaries: the input of the
 * `--jsonl --jobs` cases.
 */
export function benchRecords(count: number, bytes = 4_000): string {
  const paragraphs = benchCorpus(Math.min(count * bytes, 2_000_000)).split('\n\n')
  const lines: string[] = []
  let next = 0
  for (let id = 1; id <= count; id++) {
    const parts: string[] = []
    let size = 0
    while (size < bytes) {
      const paragraph = paragraphs[next++ % paragraphs.length]!
      parts.push(paragraph)
      size += paragraph.length + 2
    }
    lines.push(JSON.stringify({id, text: parts.join('\n\n')}))
  }
  return lines.join('\n') + '\n'
}
