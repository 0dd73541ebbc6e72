import type {VFile} from 'vfile'

/** How a document is written: plain text, Markdown or HTML. */
export type Format = 'text' | 'markdown' | 'html'

export const formats: readonly Format[] = ['text', 'markdown', 'html']

/** File extensions (without dot) mtlint reads, by format. */
export const extensionsByFormat: Readonly<Record<Format, readonly string[]>> = {
  text: ['txt', 'text'],
  markdown: ['md', 'markdown'],
  html: ['html', 'htm']
}

/** Every extension mtlint looks for when given a folder. */
export const extensions: readonly string[] = formats.flatMap((format) => extensionsByFormat[format])

/** The format `given`, else the one the extension of `file.path` names, else plain text. */
export function formatOf(file: VFile, given?: Format | null): Format {
  if (given) return given
  const extension = (file.extname ?? '').slice(1).toLowerCase()
  return formats.find((format) => extensionsByFormat[format].includes(extension)) ?? 'text'
}
