/**
 * Native English prose already on the machine: the README files of installed
 * packages, read at run time (never committed), with code, markup and URLs
 * removed so that only prose is left.
 *
 * The corpus is pinned (`native-english.pin.json`): the README files it reads,
 * each with the version of its package, and a checksum of the prose extracted
 * from them. Installing another package adds nothing to it; upgrading a pinned
 * one, or changing the extraction, changes it, and reading it then fails with
 * what changed and how to refresh the pin:
 *
 *   npm run corpus:pin          (the same README files, at the versions installed)
 *   npm run docs                (the README’s rule table, from the refreshed corpus)
 *
 * To add a package to the corpus, add its README path (relative to
 * `node_modules/`) to the pin with any version, and refresh.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export interface Document {
  /** The README’s path, relative to `node_modules/`. */
  path: string
  text: string
  words: number
}

/** The pin: each README path with its package’s version, and the checksum of the extracted prose. */
interface Pin {
  readmes: Record<string, string>
  sha256: string
}

const root = fileURLToPath(new URL('../../node_modules/', import.meta.url))
const pinPath = fileURLToPath(new URL('native-english.pin.json', import.meta.url))
const refresh = 'If the change is expected (a dependency was upgraded), refresh the pin with `npm run corpus:pin`, then `npm run docs`.'

/** The pinned corpus; throws, naming what changed and how to refresh the pin, when it is not what was pinned. */
export function nativeEnglish(): Document[] {
  const pin = JSON.parse(readFileSync(pinPath, 'utf8')) as Pin
  const changed: string[] = []
  const documents: Document[] = []
  for (const [path, version] of Object.entries(pin.readmes)) {
    const installed = versionOf(path)
    if (installed === undefined) changed.push(path + ': not installed (pinned at ' + version + ')')
    else if (installed !== version) changed.push(path + ': ' + installed + ' installed, ' + version + ' pinned')
    else documents.push(documentOf(path))
  }
  if (changed.length > 0) {
    throw new Error(
      'The native English corpus is not the one pinned in scripts/inputs/native-english.pin.json:\n  ' +
        changed.slice(0, 10).join('\n  ') +
        (changed.length > 10 ? '\n  … and ' + (changed.length - 10) + ' more' : '') +
        '\n' +
        refresh
    )
  }
  const sum = checksum(documents)
  if (sum !== pin.sha256) {
    throw new Error(
      'The native English corpus’s prose differs from the pinned checksum (' +
        sum +
        ', pinned ' +
        pin.sha256 +
        '): its extraction or a README changed.\n' +
        refresh
    )
  }
  return documents
}

function documentOf(path: string): Document {
  const text = proseOf(readFileSync(join(root, path), 'utf8'))
  return {path, text, words: countWords(text)}
}

/** The version in the `package.json` nearest above a README, if the README is installed. */
function versionOf(path: string): string | undefined {
  if (!existsSync(join(root, path))) return undefined
  for (let folder = dirname(join(root, path)); folder.startsWith(root); folder = dirname(folder)) {
    const manifest = join(folder, 'package.json')
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as {version?: string}).version ?? ''
  }
  return ''
}

function checksum(documents: readonly Document[]): string {
  const hash = createHash('sha256')
  for (const document of documents) hash.update(document.path + '\0' + document.text + '\0')
  return hash.digest('hex')
}

/** Pins the README files listed in the pin at the versions installed now; those no longer installed are dropped. */
function pinInstalled(): void {
  const pin = JSON.parse(readFileSync(pinPath, 'utf8')) as Pin
  const readmes: Record<string, string> = {}
  for (const path of Object.keys(pin.readmes).sort()) {
    const version = versionOf(path)
    if (version === undefined) console.warn('dropped (not installed): ' + path)
    else readmes[path] = version
  }
  const documents = Object.keys(readmes).map(documentOf)
  writeFileSync(pinPath, JSON.stringify({readmes, sha256: checksum(documents)}, null, 2) + '\n')
  console.log('pinned ' + documents.length + ' README files, ' + documents.reduce((sum, document) => sum + document.words, 0) + ' words')
}

export function countWords(text: string): number {
  return text.match(/\p{L}+(?:['’]\p{L}+)*/gu)?.length ?? 0
}

/** Markdown to plain prose: drops code, HTML, tables, link targets, URLs and badges; keeps paragraphs apart. */
function proseOf(markdown: string): string {
  // Numbered, so that two code spans or links in a row do not read as a repeated word.
  let placeholders = 0
  return (
    markdown
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
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--pin')) pinInstalled()
