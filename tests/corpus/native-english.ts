import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'

/**
 * Native English prose already on the machine: the README files of installed
 * packages, read at run time (never committed), with code, markup and URLs
 * removed so that only prose is left.
 */
export interface Document {
  path: string
  text: string
  words: number
}

const root = new URL('../../node_modules/', import.meta.url).pathname

export function nativeEnglish(): Document[] {
  const documents: Document[] = []
  for (const path of readmes(root, 0).sort()) {
    const text = proseOf(readFileSync(path, 'utf8'))
    const words = countWords(text)
    if (words >= 50) documents.push({path: path.slice(root.length), text, words})
  }
  return documents
}

export function countWords(text: string): number {
  return text.match(/\p{L}+(?:['’]\p{L}+)*/gu)?.length ?? 0
}

function readmes(folder: string, depth: number): string[] {
  const found: string[] = []
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    if (/^readme\.md$/i.test(name)) found.push(path)
    else if (depth < 4 && !name.startsWith('.') && statSync(path).isDirectory()) found.push(...readmes(path, depth + 1))
  }
  return found
}

/** Markdown to plain prose: drops code, HTML, tables, link targets, URLs and badges; keeps paragraphs apart. */
function proseOf(markdown: string): string {
  // Numbered, so that two code spans or links in a row do not read as a repeated word.
  let placeholders = 0
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(pre|code|script|style|table)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?[a-z][^>]*>/gis, '')
    .replace(/^(?: {4,}|\t).*$/gm, '')
    // Code that escaped its fence: lines with statement punctuation or operators.
    .replace(/^.*(?:[{};]\s*$|=>|===|\bconst |\bfunction\s*\().*$/gm, '')
    .replace(/^\s*\|.*$/gm, '')
    .replace(/^\[[^\]\n]+\]:.*$/gm, '')
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]*)\]\[[^\]\n]*\]/g, '$1')
    .replace(/`+[^`\n]*`+/g, () => 'code' + ++placeholders)
    .replace(/\bhttps?:\/\/\S+/g, () => 'link' + ++placeholders)
    .replace(/^#+\s*/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/[*_]{1,3}([^*_\n]+)[*_]{1,3}/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
}
