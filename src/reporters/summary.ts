import type {VFile} from 'vfile'
import {statistics} from 'vfile-statistics'
import {density as densityOf} from './message.js'
import {displayPath, formatCount} from './shared.js'

function count(value: number, noun: string): string {
  return formatCount(value) + ' ' + noun + (value === 1 ? '' : 's')
}

function wordsOf(file: VFile): number {
  return file.data.mtlint?.words ?? 0
}

/** One line for the run: `mtlint: 2 files, 1,204 words: 1 error, 7 warnings, 0 infos` (and what `--fix` did). */
export function summary(files: readonly VFile[], fixed: number): string {
  const stats = statistics([...files])
  const words = files.reduce((sum, file) => sum + wordsOf(file), 0)
  return (
    'mtlint: ' +
    [count(files.length, 'file'), count(words, 'word')].join(', ') +
    ': ' +
    [count(stats.fatal, 'error'), count(stats.warn, 'warning'), count(stats.info, 'info')].join(', ') +
    (fixed > 0 ? '; fixed ' + count(fixed, 'file') : '')
  )
}

/** `--stats`: findings per 1,000 words for each file, worst first, so a batch of articles can be triaged. */
export function density(files: readonly VFile[]): string {
  const rows = files
    .map((file) => {
      const words = wordsOf(file)
      const {findings, perThousandWords} = densityOf(file.messages, words)
      return {path: displayPath(file), findings, words, density: perThousandWords}
    })
    .sort((a, b) => b.density - a.density || b.findings - a.findings || a.path.localeCompare(b.path))
  const width = Math.max(...rows.map((row) => row.density.toFixed(1).length), 'per 1k'.length)
  return [
    'per 1k'.padStart(width) + '  findings  words  file',
    ...rows.map(
      (row) => row.density.toFixed(1).padStart(width) + '  ' + String(row.findings).padStart(8) + '  ' + formatCount(row.words).padStart(5) + '  ' + row.path
    )
  ].join('\n')
}
