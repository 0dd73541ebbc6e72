import {numberOrCapital, rareCharacter, space, spacedOrGluedMark, spacedQuote, type TypographyEntry} from './entry.js'

/**
 * Conventions that several source languages share, each written once; each
 * language’s file lists those it writes. Match order: an alternation tries
 * them in this order.
 */

const units =
  '(?:%|‰|°|€|\\$|£|(?:million|billion|trillion|percent|per cent|degrees?|points?|euros?|dollars?|km|kilometres?|kilometers?|metres?|meters?|kg|tonnes?|tons?|hours?|years?|times|litres?|liters?|cm|mm|m|M|km/h)(?![\\p{L}]))'

// Nouns before the name of an organisation, a medium, a unit or a project, which German, Russian, Ukrainian, Arabic and
// Turkish copy puts in quotation marks (`телеканал «Россия-24»`, `“Aidar” battalion`).
const namedThings =
  '(?:agency|company|party|movement|group|channel|newspaper|publication|outlet|portal|website|magazine|daily|broadcaster|organi[sz]ation|plant|operator|holding|station|club|brigade|battalion|regiment|corporation|concern|bank|fund|airline|airport|operation|exercise|project|platform|festival|ship|cruiser|frigate|submarine|system|complex|according to)'

export const quotedName: TypographyEntry = {
  pattern: '[“"«](?<=(?<![\\p{L}])' + namedThings + space + '[“"«])\\p{Lu}[^“”"«»\\n]{0,40}[”"»]',
  trigger: [rareCharacter, spacedQuote],
  what: 'quotation marks around a name',
  note: '{languages} copy puts the names of companies, parties, media and military units in quotation marks (`«Газпром»`); English writes the name alone',
  expected: (actual) => [actual.slice(1, -1)],
  invalid: 'The report was aired by the TV channel “Russia-24” on Monday.',
  valid: 'The report was aired by Russia-24, a TV channel the minister called “a mouthpiece” on Monday.'
}

export const guillemetOpening: TypographyEntry = {
  // Not a German closing `«` (after a word, before a space or a mark): see `de.ts`.
  pattern: '«',
  absorbSpaces: 'after',
  trigger: rareCharacter,
  what: 'opening guillemet',
  note: '{languages} quote with guillemets `«…»`; English uses curly quotes',
  expected: () => ['“'],
  invalid: 'The minister called it «a provocation».',
  valid: 'The minister called it “a provocation”.'
}

export const guillemetClosing: TypographyEntry = {
  pattern: '»',
  absorbSpaces: 'before',
  trigger: rareCharacter,
  what: 'closing guillemet',
  note: '{languages} quote with guillemets `«…»`; English uses curly quotes',
  expected: () => ['”'],
  invalid: 'The mayor spoke of “a dark day» for the town.',
  valid: 'The mayor spoke of “a dark day” for the town.'
}

export const lowOpeningQuote: TypographyEntry = {
  pattern: '„',
  absorbSpaces: 'after',
  trigger: rareCharacter,
  what: 'opening quote mark',
  note: '{languages} open a quotation with a low mark `„`; English opens it with `“`',
  expected: () => ['“'],
  invalid: 'The coach said „we played well” after the match.',
  valid: 'The coach said “we played well” after the match.'
}

export const spaceBeforePercent: TypographyEntry = {
  pattern: '%(?<=\\d' + space + '+%)',
  absorbSpaces: 'before',
  trigger: rareCharacter,
  what: 'space before percent sign',
  note: '{languages} put a space before `%` (`25 %`); English writes `25%`',
  expected: () => ['%'],
  invalid: 'Turnout reached 61 % on Sunday.',
  valid: 'Turnout reached 61% on Sunday.'
}

export const thousandsSpace: TypographyEntry = {
  pattern: '\\d(?<![\\d.,]\\d)\\d{0,2}(?:' + space + '\\d{3})+(?!\\d|[.,]\\d)',
  trigger: numberOrCapital,
  what: 'thousands separator',
  note: '{languages} separate thousands with a space (`150 000`); English uses a comma (`150,000`)',
  expected: (actual) => [actual.replace(/[ \u00A0\u202F]/g, ',')],
  invalid: 'The army has 150 000 soldiers at the border.',
  valid: 'In 2014 100 people died at the border.'
}

// A dot between groups of three digits: two groups or more (`1.500.000`), or one before a counted noun or after a
// currency sign (`15.000 people`, `€1.500`); `1.500 mm` and version numbers (`1.100`) are left alone.
const counted =
  '(?:people|persons|inhabitants|residents|soldiers|troops|jobs|votes|voters|fans|spectators|visitors|euros?|dollars?|pounds|francs|rubles|roubles|hryvnias|lira|liras|reais|pesos|zlotys|tonnes|tons|kilometres|kilometers|cases|deaths|victims|workers|employees|members|copies|children|students|refugees|migrants|homes|houses|buildings|cars|vehicles|animals|years)'
export const thousandsDot: TypographyEntry = {
  pattern:
    '\\d(?<![\\d.,]\\d)(?:\\d{0,2}(?:\\.\\d{3}){2,}|(?<=[€$£] ?\\d)\\d{0,2}\\.\\d{3}|\\d{0,2}\\.\\d{3}(?=' +
    space +
    counted +
    '(?![\\p{L}])))(?![\\d]|[.,]\\d)',
  trigger: numberOrCapital,
  what: 'thousands separator',
  note: '{languages} separate thousands with a dot (`15.000`); English uses a comma (`15,000`)',
  expected: (actual) => [actual.replaceAll('.', ',')],
  invalid: 'About 15.000 people marched through the capital.',
  valid: 'The gauge reads 1.500 mm and the library is at version 2.100.'
}

export const decimalComma: TypographyEntry = {
  pattern: '\\d(?<![\\d.,]\\d)\\d*,\\d{1,2}(?!\\d|,\\d)(?=' + space + '?' + units + ')',
  trigger: numberOrCapital,
  what: 'decimal comma',
  note: '{languages} write decimals with a comma (`3,5 million`); English uses a point (`3.5 million`)',
  expected: (actual) => [actual.replace(',', '.')],
  invalid: 'Inflation reached 3,5% in March.',
  valid: 'Pages 1,2 and 3,000 copies; inflation reached 3.5% in March.'
}

export const hourH: TypographyEntry = {
  pattern: '\\d(?<![\\d:.]\\d)(?:(?<=[01])\\d|(?<=2)[0-3])?' + space + '?h' + space + '?[0-5]\\d(?![\\p{L}\\d])',
  trigger: numberOrCapital,
  what: 'time',
  note: '{languages} write times as `14h30`; English writes `14:30` or `2:30 p.m.`',
  expected: (actual) => [actual.replace(/[ \u00A0\u202F]*h[ \u00A0\u202F]*/, ':')],
  invalid: 'The meeting starts at 14h30 in the town hall.',
  valid: 'The 8h battery lasts until 2:30 p.m., or 14:30 CET.'
}

export const hourSuffix: TypographyEntry = {
  pattern: '\\d(?<![\\d:.]\\d)(?:(?<=[01])\\d|(?<=2)[0-3])?[:.][0-5]\\dh(?![\\p{L}\\d])',
  trigger: numberOrCapital,
  what: 'time with an `h` suffix',
  note: '{languages} copy marks a 24-hour time with `h` (`05:28h`); English writes `05:28` or `5:28 a.m.`',
  expected: (actual) => [actual.slice(0, -1)],
  invalid: 'Updated at 05:28h on Monday.',
  valid: 'Updated at 05:28 on Monday, after an 8h shift.'
}

export const colonScore: TypographyEntry = {
  // A score with its half-time score in brackets: `2:1 (1:0)`; a time would not be followed by another in brackets.
  pattern: '\\d(?<![\\d:.]\\d)\\d?:\\d{1,2}' + space + '\\(\\d{1,2}:\\d{1,2}\\)',
  trigger: numberOrCapital,
  what: 'score with colons',
  note: '{languages} sports copy writes scores with a colon (`2:1 (1:0)`); English writes `2-1 (1-0)`',
  expected: (actual) => [actual.replaceAll(':', '-')],
  invalid: 'Leipzig won 3:1 (2:0) against Mainz.',
  valid: 'Leipzig won 3-1 (2-0) against Mainz; kickoff was at 3:30 (local time).'
}

export const dialogueDash: TypographyEntry = {
  // A line that opens with a dash and a capital and ends as a sentence does: a line of dialogue, not an
  // attribution (`— Mark Twain`) or a list.
  pattern: '[–—](?<![^\\n][–—])' + space + '(?=\\p{Lu}[^\\n]*[.!?…]["”»]?(?![^\\n]))',
  trigger: rareCharacter,
  what: 'dialogue dash',
  note: '{languages} mark direct speech with a dash at the start of the line; English puts it in quotation marks',
  advice: 'put the words in quotation marks and say who speaks',
  invalid: 'The officer looked up.\n– We have nothing to add.',
  valid: 'The officer looked up.\n— The Associated Press'
}

export const attributionDash: TypographyEntry = {
  // `», — said` carried over as `,” — said` or `”, – said`: quotation, comma, dash, then the speech verb.
  // The comma is always there: a dash after a quotation without one is an English parenthesis (`“…” – as he said`).
  pattern: '[—–-](?=' + space + '\\p{Ll})(?<=(?:[”"»],|[,!?…][”"»])' + space + '[—–-])',
  absorbSpaces: 'before',
  trigger: [rareCharacter, spacedOrGluedMark],
  what: 'dash before the speech verb',
  note: '{languages} set a dash between a quotation and the verb that attributes it (`«…», — сказал он`); English writes `,” he said`',
  expected: () => [],
  invalid: '“We will rebuild,” — said the mayor.',
  valid: '“We will rebuild,” said the mayor — and she meant it.'
}

export const headlineDash: TypographyEntry = {
  // `Peace is close, – Erdogan`: quoted words, a comma and a dash before the speaker, in a headline.
  pattern: '[-–—](?<=[\\p{L}\\d][,!?…]' + space + '[-–—])(?=' + space + '\\p{Lu}\\p{Ll}+(?:' + space + '\\p{Lu}\\p{Ll}+)?(?![^\\n]))',
  absorbSpaces: 'before',
  trigger: [rareCharacter, spacedOrGluedMark],
  what: 'dash before the speaker',
  note: '{languages} headlines quote a statement and put the speaker after a comma and a dash (`…, – Зеленский`); English writes `…, Zelensky says`',
  advice: 'attribute the quotation: `…, Zelensky says`',
  invalid: 'The offensive will continue, - Shoigu',
  valid: 'The offensive will continue, Shoigu says'
}

export const cutMark: TypographyEntry = {
  pattern: '<(?<![\\p{L}\\p{N}]<)(?:…|\\.\\.\\.)>',
  trigger: rareCharacter,
  what: 'cut mark',
  note: '{languages} mark a cut in a quotation with `<…>`; English uses `[…]` or `…`',
  expected: () => ['[…]'],
  invalid: 'He said: “The decision is final. <...> We will not go back.”',
  valid: 'He said: “The decision is final. […] We will not go back.”'
}

/** Every shared convention, in match order. */
export const sharedTypography: readonly TypographyEntry[] = [
  quotedName,
  guillemetOpening,
  guillemetClosing,
  lowOpeningQuote,
  spaceBeforePercent,
  thousandsSpace,
  thousandsDot,
  decimalComma,
  hourH,
  hourSuffix,
  colonScore,
  dialogueDash,
  attributionDash,
  headlineDash,
  cutMark
]
