import {escapeRegExp, matchAll} from '../src/engine/patterns.js'
import {defineOptionlessRule} from '../src/engine/rule.js'
import {honorifics, type Honorific} from './french-honorifics.data.js'

const byForm = new Map<string, Honorific>()
for (const honorific of honorifics) for (const form of honorific.forms) byForm.set(form, honorific)

// A title, not inside a word or after a period, followed by a capitalised name.
const titles = new RegExp(
  '(?<![\\p{L}\\p{N}.])(?:' +
    [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|') +
    ')(?=[ \\u00A0\\u202F]+\\p{Lu})',
  'gu'
)

// French name particles that may follow `M.` (`M. Le Drian`) where a second capital would otherwise read as a full name.
const particles = new Set(['Le', 'La', 'De', 'Du', 'Des', 'Van', 'Von'])
// `Me` heads English titles and phrases: “Me Too”, “Me Time”.
const englishAfterMe = new Set(['Too', 'Time', 'Myself', 'First', 'Before', 'Maybe'])

export default defineOptionlessRule({
  id: 'french-honorifics',
  description: 'Use English honorifics, not French ones (`Messrs.`, not `MM.`)',
  category: 'names',
  severity: 'warn',
  fixable: true,
  create({report}) {
    return {
      block(block) {
        for (const match of matchAll(titles, block.text)) {
          const form = match[0]
          const honorific = byForm.get(form)
          if (!honorific) continue
          const before = block.text.slice(Math.max(0, match.index - 40), match.index)
          const after = block.text.slice(match.index + form.length, match.index + form.length + 80)
          // `20 MM.`: millimetres, not Messieurs.
          if (/\p{N}[ \u00A0\u202F]*$/u.test(before)) continue
          if (honorific.mayBeInitial && readsAsInitial(before, after)) continue
          if (honorific.ambiguous && !readsAsTitle(before, after)) continue
          report({
            start: block.start + match.index,
            end: block.start + match.index + form.length,
            what: honorific.what,
            expected: honorific.expected,
            advice: honorific.advice,
            note: '`' + form + '` abbreviates the French `' + honorific.french + '`; English copy uses English titles (or none, in AP style)',
            lowConfidence: honorific.ambiguous
          })
        }
      }
    }
  }
})

const previousWord = /([\p{L}.]+)[ \u00A0\u202F]*$/u
const nextWords = /^[ \u00A0\u202F]+([\p{L}’'-]+\.?)(?:[ \u00A0\u202F]+([\p{L}’'-]+\.?))?/u

/** `M.` is an initial in `Michael M. Smith`, `J. M. Coetzee`, `M. Night Shyamalan` and `M. C. Escher`. */
function readsAsInitial(before: string, after: string): boolean {
  const previous = previousWord.exec(before)?.[1]
  if (previous && /^\p{Lu}/u.test(previous) && !previous.endsWith('.')) return true
  if (previous && /^\p{Lu}\.$/u.test(previous)) return true
  const [, first = '', second] = nextWords.exec(after) ?? []
  if (/^\p{Lu}\.$/u.test(first)) return true
  if (second && /^\p{Lu}/u.test(second) && !first.includes('-') && !particles.has(first)) return true
  return false
}

/** `Me` is the lawyer’s title in `said Me Dupont` or `her lawyer, Me Dupont`, not in `Call Me Maybe`. */
function readsAsTitle(before: string, after: string): boolean {
  const [, first = ''] = nextWords.exec(after) ?? []
  if (englishAfterMe.has(first)) return false
  if (/,[ \u00A0\u202F]*$/u.test(before)) return true
  const previous = previousWord.exec(before)?.[1]
  return previous !== undefined && /^\p{Ll}/u.test(previous) && previous !== 'the' && previous !== 'a'
}
