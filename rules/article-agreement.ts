import {escapeRegExp, matchAll} from '../src/engine/regex-parts.js'
import {defineOptionlessRule} from '../src/engine/rule.js'
import {acronymsSaidAsWords, marks, soundExceptions, vowelLetters, type Sound} from './article-agreement.data.js'

const markClass = '[' + marks.map(escapeRegExp).join('') + ']'
const gap = '[ \\t\\u00A0\\u202F\\r\\n]*'

// An article after white space, an opening mark or a dash (not `$a`, `\\a`, `it’s a`), then one to
// eight marks, then the word the article belongs to. (Bounded: a repeated group over a run of millions
// of marks overflows the regex engine’s stack.)
// The lookahead on the article’s first letter comes first: V8 then skips to the
// next `a` or `A` instead of running the lookbehind at every position (2.5× faster).
const articles = new RegExp(
  '(?=[aA])(?<=^|[\\s“"«‘(\\[—–])(an?|An?)' + '((?:' + gap + markClass + '){1,8})' + gap + "([\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}’'&.-]*)",
  'gu'
)
// What `articles` needs, without its lookbehind and Unicode classes: an `a` or `an` at a word boundary,
// then a mark. Most blocks have none: one plain scan proves it before the costlier one. The scan stops at
// the marks, the article checked behind each: a scan for the article stops at every `a`.
const articleBeforeMark = new RegExp(markClass + '(?<=\\b[aA]n?' + gap + markClass + ')')
// A mark glued to the article closes a quotation or a possessive (`"set-cookie: a" and`, `A’s`): the word after is not its noun.
const gluedAfterArticle = /^[”"’'»›)\]]/
// What continues an identifier: `uintmax_t`, `fooBar`, `a/b`.
const codeAfter = /^[_/\\@#=(<{$]/

function exceptionRegex(sound: Sound): RegExp {
  const prefixes = soundExceptions.filter((entry) => entry.sound === sound).map((entry) => entry.prefix)
  return new RegExp('^(?:' + prefixes.join('|') + ')')
}
const either = exceptionRegex('either')
const consonant = exceptionRegex('consonant')
const vowel = exceptionRegex('vowel')
const spokenAsWords = new Set(acronymsSaidAsWords)
const acronym = /^[A-Z][A-Z0-9&]*[A-Z][A-Z0-9&]*$/

/** The sound `word` starts with, or `either` when the article could go both ways or the word is not one we can judge. */
export function startingSound(word: string): Sound {
  const first = word.charAt(0)
  if (/\d/.test(first)) return numberSound(word)
  // A letter alone is a label or a variable (`(x)`, `option “b”`), not a noun.
  if (word.length === 1) return 'either'
  // A letter before a hyphen or in a dotted abbreviation is said by its name: `an X-ray`, `a U-turn`, `a U.S.`.
  if (/^\p{L}[-.]/u.test(word)) return letterSound(first)
  const head = word.split('-')[0]!
  if (acronym.test(head)) return acronymSound(head)
  return wordSound(word.toLowerCase())
}

/**
 * Listed acronyms are said as words (`a NATO`); short ones are said letter by
 * letter (`an FBI`, `an MP`). A longer one in capitals may be an English word
 * set in capitals (`a NOTICE`): when its letters and its spelling call for
 * different articles, it could be either.
 */
function acronymSound(head: string): Sound {
  if (spokenAsWords.has(head)) return wordSound(head.toLowerCase())
  const letters = letterSound(head.charAt(0))
  if (head.length <= 3) return letters
  return letters === wordSound(head.toLowerCase()) ? letters : 'either'
}

function wordSound(lower: string): Sound {
  if (either.test(lower)) return 'either'
  if (consonant.test(lower)) return 'consonant'
  if (vowel.test(lower)) return 'vowel'
  return /^[aeiou]/.test(lower) ? 'vowel' : /^\p{L}/u.test(lower) ? 'consonant' : 'either'
}

function letterSound(letter: string): Sound {
  const lower = letter.toLowerCase()
  if (!/^[a-z]$/.test(lower)) return 'either'
  return vowelLetters.includes(lower) ? 'vowel' : 'consonant'
}

/** `8`, `11`, `18`, `80…`, `11,000` are said with a vowel; `1100` (“eleven hundred” or “one thousand…”) is left alone. */
function numberSound(word: string): Sound {
  const digits = /^\d+(?:[,.]\d+)*/.exec(word)?.[0] ?? ''
  if (digits.startsWith('8')) return 'vowel'
  if (/^1[18](?:$|[,.])/.test(digits)) return 'vowel'
  if (/^1[18]\d\d$/.test(digits)) return 'either'
  return 'consonant'
}

// Where a capitalised `A` is an article: at the start of a text, a sentence, a line or a quotation.
// Elsewhere it is a label (`Plan A`, `grade A`).
const sentenceStart = /(?:^|[.!?:;—–“"«(\n])[ \t\u00A0]*$/

export default defineOptionlessRule({
  id: 'article-agreement',
  description: 'Choose `a` or `an` by the word after the quote mark, not by the quote mark',
  category: 'language',
  severity: 'warn',
  fixable: true,
  blockGates: () => [articleBeforeMark],
  create({report}) {
    return {
      block(block) {
        const text = block.text
        if (!articleBeforeMark.test(text)) return
        for (const match of matchAll(articles, text)) {
          const [, article = '', between = '', word = ''] = match
          const start = match.index
          const end = start + article.length
          if (gluedAfterArticle.test(between)) continue
          if (codeAfter.test(text.slice(match.index + match[0].length)) || /\p{Ll}\p{Lu}/u.test(word)) continue
          if (article.charAt(0) === 'A' && !sentenceStart.test(text.slice(Math.max(0, start - 8), start))) continue
          const sound = startingSound(word)
          if (sound === 'either') continue
          const wanted = sound === 'vowel' ? 'an' : 'a'
          if (article.toLowerCase() === wanted) continue
          const expected = article.charAt(0) === 'A' ? 'A' + wanted.slice(1) : wanted
          report({
            start: block.start + start,
            end: block.start + end,
            what: 'article before a ' + sound + ' sound, across `' + between.trim().replace(/\s+/g, ' ') + '`',
            expected: [expected],
            note:
              'Machine translation chose the article without looking past the quote mark or bracket that follows it (French `un « cessez-le-feu immédiat »` became `a ” immediate ceasefire”`); `' +
              word +
              '` starts with a ' +
              sound +
              ' sound'
          })
        }
      }
    }
  }
})
