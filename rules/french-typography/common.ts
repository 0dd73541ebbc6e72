import {numberOrCapital, rareCharacter, space, spacedOrGluedMark, spacedPlus, type TypographyEntry} from './entry.js'

/**
 * Damage of no one source language: what machine translation, page
 * scraping and hasty editing leave in copy translated from any of them.
 * Reported as written, always on.
 */

// A word before a mark: a letter, a digit, a closing bracket or quote, a percent sign.
const wordEnd = '[\\p{L}\\p{N})”"’%]'

// Words that commonly open an English sentence: after a full stop glued to them, or a stray capital before them.
const starters =
  '(?:The|After|This|That|They|She|He|It|We|In|While|When|With|According|Since|During|Last|Our|For|From|Following|Despite|Although|Before|Yesterday|Today|Their|There|These|Those|His|Her|Its|Some|Many|Several|But|However|Read|See|Also)'

// Prefixes English writes with a hanging hyphen before a comma (`pre-, mid- and post-war`).
const prefixes = '(?:anti|inter|intra|micro|macro|mid|multi|non|over|post|semi|super|trans|ultra|under)'

// Abbreviations a full stop inside a sentence follows.
const abbreviations =
  '(?:etc|approx|incl|esp|resp|viz|ibid|fig|figs|vol|vols|dept|govt|misc|max|min|avg|est|cont|corp|var|pp|ed|eds|cf|vs|al|ca|no|nos|op|seq|ft|lbs|oz|sq|tel|jr|sr|bros|mt|rev|gen|col|lt|sgt|capt|cmdr|adm|gov|sen|rep|pres|univ|assn|intl|natl|dist|ave|blvd|rd|st)'

// Second words of English compounds that MT splits from their hyphen (`French -speaking`, `54 -year -old`).
const compoundEnds =
  '(?:speaking|year|years|old|hour|hours|minute|minutes|day|days|week|weeks|month|months|based|led|backed|born|owned|run|style|like|term|time|thirds|quarters|half|level|scale|wide|free|related|sized|made|long|class|type|wing|party|elect|in-law|law)'

// Contractions whose apostrophe a scraper stripped, where the result is no English word (not `cant`, `wont`, `its`).
const contractions =
  '(?:theyre|youre|dont|doesnt|didnt|isnt|wasnt|werent|arent|hasnt|havent|hadnt|wouldnt|couldnt|shouldnt|mustnt|theyve|youve|weve|theyll|youll|itll|thats|whats)'

// The verbs `cant` stands before as `can’t`, and the adjectives `Its` stands before (then `to`) as `It’s`.
const cantVerbs = '(?:possibly|be|do|say|stop|wait|help|go|get|afford|imagine|believe|accept)'
const itsAdjectives = '(?:great|good|bad|hard|easy|nice|important|necessary|possible|impossible|difficult|clear|true|time)'

/** `theyre` → `they’re`, `dont` → `don’t`, `cant` → `can’t`, `Its` → `It’s`. */
function withApostrophe(word: string): string {
  return word.replace(/(nt|re|ve|ll|s)$/, (ending) => (ending === 'nt' ? 'n’t' : '’' + ending))
}

// What Windows-1252 shows for the bytes 0x80–0x9F, the second byte of many UTF-8 letters.
const windows1252 = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'

// Thai letters inside a Latin word (`รlysรฉe` for `Élysée`, read in Windows-874): the whole word, once (bounded:
// a repeated group over an unbounded run overflows the regex engine’s stack).
const thai = '[\\u0E00-\\u0E7F]'
const thaiAmongLatin =
  '(?:' +
  thai +
  '{1,3}\\p{Script=Latin}{1,20}){1,8}' +
  thai +
  '{0,3}|' +
  thai +
  '(?<=\\p{Script=Latin}' +
  thai +
  ')' +
  thai +
  '{0,2}(?:\\p{Script=Latin}{1,20}' +
  thai +
  '{0,3}){0,8}'

// Time zones after a 24-hour time, which English copy writes that way.
const zones = '(?:GMT|UTC|CET|CEST|BST|EST|EDT|PST|MSK|EET|EEST|local|Moscow|Kyiv|Paris|Berlin|hours|h(?![\\p{L}]))'

const clockNote =
  'A text writes its times on one clock: the 12-hour clock with `a.m.` and `p.m.` (AP style) or the 24-hour clock; a text that mixes them kept the source’s `21h` or `21:00` beside times written the English way'

/** Reported as written, in match order. */
export const commonTypography: readonly TypographyEntry[] = [
  {
    // Not a spaced ellipsis (`. . .`), nor after a token of letters and digits (a code or link name, `link2 .`).
    pattern: '\\.(?<=' + wordEnd + space + '+\\.)(?<![.]' + space + '*\\.)(?<!\\p{L}\\d+' + space + '*\\.)(?![.\\p{L}\\p{N}/\\\\]|' + space + '\\.)',
    absorbSpaces: 'before',
    trigger: spacedOrGluedMark,
    what: 'space before full stop',
    note: 'A space before a full stop is left by machine translation of French (which spaces some marks) or by a word dropped before it',
    expected: () => ['.'],
    invalid: 'The talks ended without an agreement .',
    valid: 'The talks ended without an agreement. . . And then? See .env and .5 of it.'
  },
  {
    pattern: ',(?<=' + wordEnd + space + '+,)(?=\\s|$)',
    absorbSpaces: 'before',
    trigger: spacedOrGluedMark,
    what: 'space before comma',
    note: 'A space before a comma is left by machine translation of French or Italian copy, or by a word dropped before it',
    expected: () => [','],
    invalid: 'The minister , who spoke first, left early.',
    valid: 'The minister, who spoke first, left early.'
  },
  {
    // ` ,Word`: a comma that moved from the end of a word to the start of the next one.
    pattern: ',(?<=' + wordEnd + space + ',)(?=\\p{L})',
    absorbSpaces: 'before',
    trigger: spacedOrGluedMark,
    what: 'comma glued to the next word',
    note: 'A comma with a space before it and none after it moved with a word that machine translation or editing dropped',
    expected: () => [', '],
    invalid: 'His last album ,however, sold well.',
    valid: 'His last album, however, sold well; the list a,b,c is code.'
  },
  {
    // `However,despite`: no space after a comma between two words of prose (not `a,b` lists of letters or code).
    pattern: ',(?=\\p{Ll}{3,}(?![\\p{L}\\p{N}.]))(?<=(?<![\\p{L}\\p{N}.])\\p{L}\\p{Ll}{2,},)',
    trigger: spacedOrGluedMark,
    what: 'missing space after comma',
    note: 'A comma glued to the next word is a space lost in scraping or editing',
    expected: () => [', '],
    invalid: 'However,despite the rain, the march went ahead.',
    valid: 'However, despite the rain, the march went ahead.'
  },
  {
    // A space before a closing bracket whose opening one has none after it: `(-1.95% )`, not `( x )`.
    pattern: '\\)(?<=' + space + '\\))(?<=\\((?!' + space + ')[^()\\n]{0,200}' + space + '\\))',
    absorbSpaces: 'before',
    trigger: spacedOrGluedMark,
    what: 'space before closing bracket',
    note: 'A space before a closing bracket is French spacing or a word dropped by machine translation',
    expected: () => [')'],
    invalid: 'The shares fell (-1.9% ) in Madrid.',
    valid: 'The shares fell (-1.9%) in Madrid; call f( x ) to test.'
  },
  {
    pattern: '\\(' + space + '(?=[^()\\n]{0,200}[^ \\u00A0\\u202F()]\\))',
    absorbSpaces: 'after',
    trigger: spacedOrGluedMark,
    what: 'space after opening bracket',
    note: 'A space after an opening bracket is French spacing or a word dropped by machine translation',
    expected: () => ['('],
    invalid: 'The shares fell ( -1.9%) in Madrid.',
    valid: 'The shares fell (-1.9%) in Madrid; call f( x ) to test.'
  },
  {
    // `. .`, `. ,`, `, .` before a space, `. ,Word`, `-,`: not a spaced ellipsis, not a Dutch opening quote (`. ,,Word`).
    pattern:
      '[.,;:](?=' +
      space +
      '(?:[.,](?:\\s|$)|,\\p{Lu}))(?<![.•…]' +
      space +
      '?[.,;:])' +
      space +
      '[.,](?!' +
      space +
      '?\\.)|[-–—](?=,)(?<=\\p{L}' +
      space +
      '[-–—]),|-(?=,)(?<=(?<![\\p{L}])(?!' +
      prefixes +
      '-)\\p{Ll}{4,}-),',
    trigger: [rareCharacter, spacedOrGluedMark],
    what: 'doubled punctuation',
    note: 'Two marks in a row are left where machine translation split or joined sentences, or dropped the words between them',
    advice: 'keep one of the marks',
    invalid: 'The markets were closed. , after which the bank cut its rates.',
    valid: 'The markets were closed. . . After which the bank cut its rates (e.g., in March).'
  },
  {
    // `:.` `;.` `,.`: a mark glued to a full stop (not `e.g.,` or `p.m.,`, which are fine English).
    // Not after an emoji shortcode (`:tada:.`).
    pattern: '[,;:](?=\\.(?![.\\d]))(?<!(?:[.]|:[\\w+-]+)[,;:])\\.',
    trigger: spacedOrGluedMark,
    what: 'doubled punctuation',
    note: 'Two marks in a row are left where machine translation split or joined sentences, or dropped the words between them',
    advice: 'keep one of the marks',
    invalid: 'Zelensky on social media:. The strikes went on.',
    valid: 'Zelensky on social media: the strikes went on (at 9 p.m., e.g., in Kyiv).'
  },
  {
    // A lost space or paragraph break: `take part.Schools`, `other.Image:`, `Kushner.Read`. After a lowercase
    // word (not after a dot, `e.g.The`, an address or a path, nor after an article: `the stream.Transform` is a
    // qualified name), or after a capitalised one before a word that
    // starts sentences (not `React.Component`); more than five in one block is a transcript run together on purpose.
    pattern:
      '\\.(?=[A-Z]\\p{Ll}+[ ,:](?![ ]?\\())(?:(?<=(?<![\\p{L}\\p{N}.@/\\\\_-])\\p{Ll}{2,}\\.)(?<!(?<![\\p{L}])(?:the|a|an)' +
      space +
      '\\p{Ll}+\\.)|(?<=(?<![\\p{L}\\p{N}.@/\\\\_-])\\p{Lu}\\p{Ll}{2,}\\.)(?=' +
      starters +
      '(?![\\p{L}])))',
    trigger: spacedOrGluedMark,
    what: 'missing space after full stop',
    note: 'A full stop glued to the next sentence is a space or a paragraph break lost in scraping',
    expected: () => ['. '],
    quietAbove: 5,
    invalid: 'More than a million people took part.Schools were closed.',
    valid: 'More than a million people took part. Schools were closed; see stream.Readable(), React.Component and e.g.The.'
  },
  {
    // A drop cap kept as a letter of its own before the first word: `NThe heads of…`.
    pattern: '[A-Z](?=' + starters.replace('|He|It|We|In|', '|') + '(?![\\p{L}]))(?<![\\p{L}\\p{N}][A-Z])',
    trigger: numberOrCapital,
    what: 'drop cap left before the first word',
    note: 'The enlarged first letter of an article (a drop cap) was scraped as a letter of its own and glued to the first word',
    expected: () => [],
    invalid: 'NThe heads of the coalition met on Sunday.',
    valid: 'The heads of the coalition met on Sunday at the VA in The Hague.'
  },
  {
    // `said. to add`: a full stop before a word that continues the sentence, after a word that is no abbreviation.
    pattern:
      '\\.(?=' +
      space +
      '(?:and|to|which|but|or|who|whom|whose|that|while|because|with|by|of|in|on|at|for|as|after|before|than|then|where|when)(?![\\p{L}\\p{N}]))' +
      '(?<=(?<![\\p{L}\\p{N}.])\\p{Ll}{3,}\\.)(?<!(?<![\\p{L}\\p{N}.])' +
      abbreviations +
      '\\.)',
    trigger: spacedOrGluedMark,
    what: 'full stop inside a sentence',
    note: 'A full stop before a word that goes on with the sentence is left where machine translation split one source sentence in two',
    advice: 'join the sentence, or start the next one with a capital',
    invalid: 'The leader of the party said. to add that the vote was fair.',
    valid: 'The results, tables, etc. and the votes (approx. to 5%) were fair.'
  },
  {
    // `16 p.m.`, `18:48 pm`: an hour of the 24-hour clock with a 12-hour marker.
    pattern: '(?:1[3-9]|2[0-4])(?<![\\d:.]\\d\\d)(?:[:.][0-5]\\d)?' + space + '?(?:[ap]\\.m\\.?|[ap]m(?![\\p{L}]))',
    trigger: numberOrCapital,
    what: 'hour past 12 with a.m. or p.m.',
    note: 'Machine translation added `p.m.` to an hour of the 24-hour clock the source used (`16h` → `16 p.m.`); English writes `4 p.m.` or `16:00`',
    expected: (actual) => [twelveHour(actual)],
    invalid: 'Meet us at 16 p.m. for the sprint.',
    valid: 'Meet us at 4 p.m. for the sprint, or at 16:00 GMT in Oslo.'
  },
  {
    // `6:55 p.m` at the end of a line or before a space: the final dot lost (not `a.m .`, a space before it).
    pattern: '\\d(?<![\\d:.]\\d)\\d?(?:[:.][0-5]\\d)?' + space + '?[ap]\\.m(?![.\\p{L}]|' + space + '\\.)',
    trigger: numberOrCapital,
    what: 'abbreviation without its final dot',
    note: '`a.m.` and `p.m.` take a final dot in English news copy (AP style)',
    expected: (actual) => [actual + '.'],
    invalid: 'The president arrived at 6:55 p.m\nThe talks began.',
    valid: 'The president arrived at 6:55 p.m. The talks began.'
  },
  {
    // `2000 billion euros` for French `2 000 milliards`: a thousand billion is a trillion.
    pattern: '\\d(?<![\\d.,]\\d)(?:\\d{0,2}(?:,\\d{3})+|\\d{3,})' + space + 'billions?(?![\\p{L}])',
    trigger: numberOrCapital,
    what: 'thousand billion',
    note: 'French `milliard` is a billion, and `2 000 milliards` is two trillion: machine translation keeps the thousands of billions',
    expected: (actual) => [trillions(actual)],
    invalid: 'The public debt passed 3000 billion euros.',
    valid: 'The public debt passed 3 trillion euros, about 400 billion more than in 2019, 1000s of them.'
  },
  {
    pattern: ', {2,}(?=\\p{L})',
    trigger: spacedOrGluedMark,
    what: 'double space after comma',
    note: 'Two spaces after a comma are where a word was dropped or a line joined in scraping',
    expected: () => [', '],
    invalid: 'Also on Friday evening,  the president spoke.',
    valid: 'Also on Friday evening, the president spoke.  Then he left.'
  },
  {
    // `theyre`, `dont`: an apostrophe stripped by a scraper (a contraction that is no English word without it; `cant`
    // only before a verb; not `dont't`, a typo of its own).
    pattern:
      contractions +
      '(?<![\\p{L}\\p{N}]' +
      contractions +
      ")(?![\\p{L}\\p{N}’'])|cant(?<![\\p{L}\\p{N}]cant)(?=" +
      space +
      cantVerbs +
      '(?![\\p{L}]))|' +
      // `Its great to see`: the possessive cannot stand before an adjective and `to`.
      '[Ii]ts(?<![\\p{L}\\p{N}][Ii]ts)(?=' +
      space +
      itsAdjectives +
      space +
      '(?:to|that)(?![\\p{L}]))',
    // The words alone, without the `u` flag (see `entry.ts`): a quarter of the scan of the pattern; `cant` and `its`
    // with the words after them (a lookahead run only where the scan stops at one: `its` is a common word). Only at a
    // word's start (`\b`, which V8 tests before the words: the shared scan ~10% faster); after an underscore, which
    // `\b` takes for a letter, `rareCharacter` stops the scan.
    trigger: ['\\b(?:' + contractions + '|cant(?=' + space + cantVerbs + ')|[Ii]ts(?=' + space + itsAdjectives + space + '(?:to|that)))', rareCharacter],
    what: 'contraction without its apostrophe',
    note: 'A scraper stripped the apostrophes from the page (`they’re` → `theyre`)',
    expected: (actual) => [withApostrophe(actual)],
    invalid: 'Many owners say theyre opening for the symbol.',
    valid: 'Many owners say they’re opening for the symbol; the cant of politics; its good name to keep.'
  },
  {
    // `“You're not…”`: a straight apostrophe in a quotation set with curly marks.
    pattern: "'(?=\\p{L})(?<=“[^“”\\n]{0,300}\\p{L}')(?=[^“”\\n]{0,300}”)",
    trigger: rareCharacter,
    what: 'straight apostrophe in a curly quotation',
    note: 'A quotation set with curly marks takes curly apostrophes (`’`); a straight one was typed or pasted in translation',
    expected: () => ['’'],
    invalid: "“You're not as good as I thought,” the coach said.",
    valid: "“You’re not as good as I thought,” the coach said; he didn't."
  },
  {
    // `cease—fire`, `North Korean—made`: an em dash where a compound takes a hyphen.
    pattern: '—(?<=\\p{Ll}—)(?=(?:fire|made|based|led|backed|run|owned|speaking|style|year|old)(?![\\p{L}]))',
    trigger: rareCharacter,
    what: 'dash inside a compound',
    note: 'Russian and Ukrainian typesetting sometimes sets a dash where English writes a hyphen in a compound (`cease-fire`, `Korean-made`)',
    expected: () => ['-'],
    invalid: 'Instead of a cease—fire, the strikes went on.',
    valid: 'Instead of a cease-fire, the strikes went on—like every night—and the ceasefire failed.'
  },
  {
    // `at 21:00` in a text that writes `9 p.m.` elsewhere (not a time with its zone: `21:00 GMT`, `20:15 local time`).
    // A full stop after the time goes into the span: `21:00.` → `9 p.m.`, not `9 p.m..`.
    pattern: '(?:1[3-9]|2[0-3]|00):[0-5]\\d(?<![\\d:.]\\d\\d:\\d\\d)(?![\\d:])(?!' + space + '?(?:[ap]\\.?m|' + zones + '))(?:\\.(?=\\s|$))?',
    trigger: numberOrCapital,
    what: '24-hour time in a text that writes a.m. and p.m.',
    note: clockNote,
    expected: (actual) => [twelveHour(actual.replace(/\.$/, '') + ' p.m.')],
    style: {group: 'clock', name: '24-hour'},
    invalid: 'The talks began at 9 a.m. and ended at 21:00.',
    valid: 'The talks began at 09:00 and ended at 21:00, or 20:15 local time.'
  },
  {
    // `9 p.m.` in a text that writes `21:00` elsewhere (an hour past 12 with `p.m.` is reported above).
    // The last dot of `p.m.` stays out of the span where it also ends the sentence: `9 p.m.` → `21:00.`.
    pattern: '\\d(?<![\\d:.]\\d)\\d?(?:[:.][0-5]\\d)?' + space + '?(?:[ap]\\.m(?:\\.(?!\\s*(?:[\\p{Lu}"“]|$)))?(?<=\\.m\\.|\\.m(?=\\.))|[ap]m(?![\\p{L}]))',
    trigger: numberOrCapital,
    what: '12-hour time in a text that writes the 24-hour clock',
    note: clockNote,
    expected: (actual) => [twentyFourHour(actual)],
    style: {group: 'clock', name: '12-hour', preferred: true},
    invalid: 'The talks paused at 13:30, resumed at 15:45 and ended at 9 p.m.',
    valid: 'The talks began at 9 a.m. and ended at 9 p.m.'
  },
  {
    pattern: '\\d(?<![\\p{L}\\d.,]\\d)\\d*' + space + '(?:st|nd|rd|th)(?![\\p{L}\\d])',
    trigger: numberOrCapital,
    what: 'space inside an ordinal',
    note: 'An ordinal suffix split from its number by a space, as MT renders a raised suffix (`10ᵉ`)',
    expected: (actual) => [actual.replace(/[ \u00A0\u202F]/, '')],
    invalid: 'They marked the 10 th anniversary of the agreement.',
    valid: 'They marked the 10th anniversary of the agreement.'
  },
  {
    // `51the`, `14and`: a number glued to the next word (French ordinals garbled into words are `french-dates`’).
    pattern: '\\d(?<![\\p{L}\\d.,]\\d)\\d*(?:the|of|in|to|for|was|were|with|people|years|million|billion|percent|euros|dollars)(?![\\p{L}\\d])',
    trigger: numberOrCapital,
    what: 'number glued to a word',
    note: 'A number glued to the next word is a space lost in scraping or machine translation',
    expected: (actual) => [actual.replace(/^(\d+)/, '$1 ')],
    invalid: 'The 2022the report was late.',
    valid: 'The 2022 report was late; the 3rd, 4th and 10kg weights are in the 1990s box.'
  },
  {
    pattern: '-(?=' + compoundEnds + '(?![\\p{L}]))(?<=[\\p{L}\\d]' + space + '-)|-(?=\\p{Lu})(?<=(?<![\\p{L}])(?:Saint|Sainte|San|Santa|Sankt)' + space + '-)',
    absorbSpaces: 'before',
    trigger: spacedOrGluedMark,
    what: 'space inside a hyphenated compound',
    note: 'Machine translation split a compound at its hyphen (`French -speaking`, `54 -year -old`)',
    expected: () => ['-'],
    invalid: 'The French -speaking press reacted first.',
    valid: 'The French-speaking press reacted first - and loudly; run with -v to see it.'
  },
  {
    // `the car - which fans kept alive - is`: an aside between two spaced hyphens, reported whole (one fix for both).
    // Not a term before its definition (`is-blob - Check if … - File-like`): four words on the line up to the first
    // hyphen, and the sentence goes on in lower case after the second. A lone spaced hyphen is left alone (READMEs).
    pattern:
      '-(?<=(?:\\S+' +
      space +
      '){2}[^\\n]*?[\\p{L}\\d"”)]' +
      space +
      '-)' +
      space +
      '\\p{L}(?:[^\\n.!?;:–—-]|(?<!' +
      space +
      ')-){2,150}?[\\p{L}\\d]' +
      space +
      '-(?=' +
      space +
      '\\p{Ll})',
    trigger: spacedOrGluedMark,
    what: 'spaced hyphens around an aside',
    note: 'English sets an aside off with dashes (`—`); the source’s dash (` – ` in German, Spanish, French or Ukrainian copy) came out of translation or the feed as a hyphen',
    expected: (actual) => ['—' + actual.slice(1, -1) + '—'],
    invalid: 'The old tram - which the town had kept running for a century - stopped on Monday.',
    valid: 'tiny-queue - Keep jobs in order - First in, first out. The old tram ran - as ever. Run it with -v - or -q - to see less.'
  },
  {
    pattern: '[€£$]' + space + '(?=\\d)',
    trigger: rareCharacter,
    what: 'space after a currency sign',
    note: 'English sets a currency sign against its amount (`€1`, `R$50`); a space after it comes from the source’s `1 €` spacing',
    expected: (actual) => [actual.charAt(0)],
    invalid: 'The subscription costs € 1 for the first month.',
    valid: 'The subscription costs €1 for the first month.'
  },
  {
    pattern: '°' + space + '+(?=[CF](?![\\p{L}]))',
    trigger: rareCharacter,
    what: 'space inside a temperature unit',
    note: 'English writes `40°C`, with no space between the degree sign and its scale',
    expected: () => ['°'],
    invalid: 'Temperatures could reach 40° C in the south.',
    valid: 'Temperatures could reach 40°C in the south, or 40 °C in SI style.'
  },
  {
    pattern: '\\/(?<=(?<![\\p{L}])(?:km|m|mi)' + space + '\\/)' + space + '?(?=h(?![\\p{L}]))',
    absorbSpaces: 'before',
    trigger: spacedOrGluedMark,
    what: 'space inside a unit',
    note: 'A unit split by a space (`km /h`) was broken by machine translation or scraping',
    expected: (actual) => [actual.trim()],
    invalid: 'Gusts reached 129 km /h on the coast.',
    valid: 'Gusts reached 129 km/h on the coast.'
  },
  {
    pattern: '\\+(?<=[\\s(]\\+)' + space + '(?=\\d+(?:[.,]\\d+)?' + space + '?%)',
    trigger: spacedPlus,
    what: 'space after a plus sign',
    note: 'A change is written against its sign in English market copy (`+0.6%`)',
    expected: () => ['+'],
    invalid: 'The index closed at + 0.6% on Friday.',
    valid: 'The index closed at +0.6% on Friday, 2 + 2 = 4.'
  },
  {
    pattern: '\\](?=\\p{L})(?<=\\[(?:…|\\.\\.\\.)\\])',
    trigger: spacedOrGluedMark,
    what: 'missing space after a cut mark',
    note: 'A space lost after `[…]` in a quotation',
    expected: () => ['] '],
    invalid: 'She said the text would pass […]to tell people the truth.',
    valid: 'She said the text would pass […] to tell people the truth.'
  },
  {
    pattern: '‘(?=\\p{L})(?<=\\p{L}‘)',
    trigger: rareCharacter,
    what: 'opening single quote used as an apostrophe',
    note: 'An apostrophe typed or converted as an opening single quote (`‘`); the apostrophe is `’`',
    expected: () => ['’'],
    invalid: 'The singer‘s latest video was a hit.',
    valid: 'The singer’s latest video was a ‘hit’.'
  },
  {
    // `‘the eco baguette'`: a curly opening single quote closed by a straight one (not an apostrophe before a letter).
    pattern: "'(?!\\p{L})(?<=‘[^‘’'\\n]{1,200}')",
    trigger: rareCharacter,
    what: 'straight quote closing a curly quotation',
    note: 'A quotation opened with a curly single quote is closed with a straight one: the two styles were mixed in translation',
    expected: () => ['’'],
    invalid: "He mocked ‘the eco tax' in his speech.",
    valid: 'He mocked ‘the eco tax’ in his speech and the ’90s.'
  },
  {
    // UTF-8 read in a single-byte code page: `Ã©` for `é`, `â€™` for `’`, Thai letters among Latin ones.
    pattern: 'Ã[\\u0080-\\u00BF' + windows1252 + ']|â€|' + thaiAmongLatin,
    trigger: rareCharacter,
    what: 'mojibake',
    note: 'Text in UTF-8 was decoded in another code page (Windows-1252, Thai), turning each accented letter into two or three wrong ones',
    advice: 'restore the accented letter or quote mark',
    invalid: 'The ceremony at the Ã‰lysÃ©e Palace was short.',
    valid: 'The ceremony at the Élysée Palace was short.'
  }
]

/** `9 p.m.` → `21:00`, `11:25 am` → `11:25`, `12 a.m.` → `00:00`. */
function twentyFourHour(actual: string): string {
  const [, hour = '', minutes = ''] = /^(\d+)(?:[:.](\d\d))?/.exec(actual) ?? []
  const pm = /p/.test(actual.slice(hour.length))
  const value = (Number(hour) % 12) + (pm ? 12 : 0)
  return String(value).padStart(2, '0') + ':' + (minutes || '00')
}

/** `16 p.m.` → `4 p.m.`; `13:05 am` → `1:05 pm`; `21:00 p.m.` → `9 p.m.` (no `:00`). */
function twelveHour(actual: string): string {
  const [, hour = '', rest = '', marker = ''] = /^(\d+)(\S*?)([ \u00A0\u202F]?[ap]\.?m\.?)$/.exec(actual) ?? []
  const value = Number(hour) % 12 || 12
  return String(value) + (rest === ':00' ? '' : rest) + (Number(hour) < 12 ? marker : marker.replace('a', 'p'))
}

/** `3000 billion` → `3 trillion`, `1,500 billions` → `1.5 trillion`, `thousand billion` → `trillion`. */
function trillions(actual: string): string {
  const [figure = ''] = actual.split(/[ \u00A0\u202F]/)
  if (figure === 'thousand') return 'trillion'
  return String(Number(figure.replaceAll(',', '')) / 1000) + ' trillion'
}
