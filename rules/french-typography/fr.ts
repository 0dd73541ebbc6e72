import {numberOrCapital, rareCharacter, space, spacedOrGluedMark, spacedPlus, type LanguageTypography} from './entry.js'
import {decimalComma, dialogueDash, guillemetClosing, guillemetOpening, hourH, spaceBeforePercent, thousandsSpace} from './shared.js'

// A word the `+ … +` of wire copy follows: an article, a possessive or a preposition (not `Ctrl + Shift +`).
const afterWord = '(?<![\\p{L}])(?:the|a|an|of|his|her|their|its|in|on|for|from|by|with|to|and)' + space
const wireNote = '{languages} wire copy (AFP) marks a quotation inside a quotation, or a title, with `+ … +`'
const wireAdvice = 'replace the `+` marks with quotation marks, or italicise the title'

// French compound place names, which take hyphens in English copy too (AP, Reuters): the spaced spelling is wrong.
const hyphenatedPlaces = [
  'Champs-Élysées', 'Île-de-France', 'Pas-de-Calais', 'Hauts-de-France', 'Seine-Saint-Denis', 'Seine-et-Marne',
  'Val-de-Marne', 'Hauts-de-Seine', 'Seine-Maritime', 'Alpes-Maritimes', 'Bouches-du-Rhône', 'Loire-Atlantique',
  'Ille-et-Vilaine', 'Maine-et-Loire', 'Indre-et-Loire', 'Lot-et-Garonne', 'Meurthe-et-Moselle', 'Saône-et-Loire',
  'Pyrénées-Atlantiques', 'Pyrénées-Orientales', 'Haute-Garonne', 'Haute-Savoie', 'Aix-en-Provence', 'Clermont-Ferrand',
  'Boulogne-Billancourt', 'Châlons-en-Champagne', 'Neuilly-sur-Seine', 'Issy-les-Moulineaux', 'Mont-Saint-Michel',
  'Saint-Germain-des-Prés'
]
const unaccented: Readonly<Record<string, string>> = {É: 'E', é: 'e', è: 'e', ê: 'e', Î: 'I', î: 'i', ô: 'o', â: 'a'}
// `Champs-Élysées` → `Champs[ ][ÉE]lys[ée]es`: every hyphen a space, each accent optional.
const spacedPlace = (name: string) =>
  name
    .split('-')
    .map((part) => [...part].map((letter) => (unaccented[letter] ? '[' + letter + unaccented[letter] + ']' : letter)).join(''))
    .join(space)
const placeByLoose = new Map(hyphenatedPlaces.map((name) => [name.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('-', ' '), name]))

const guillemetNote = '{languages} quotes with guillemets `« … »` and spaces inside them; English uses curly quotes with no inner space'

/** French typography: guillemets with spaces inside, a space before `;:!?%`, `150 000`, `3,5`, `14h30`; AFP wire conventions. */
export const french: LanguageTypography = {
  own: [
    {
      // Not a German closing `«` (after a word: `Text« `).
      pattern: '«(?=' + space + ')(?<![\\p{L}\\p{N}]«)',
      absorbSpaces: 'after',
      trigger: rareCharacter,
      what: 'opening guillemet',
      note: guillemetNote,
      expected: () => ['“'],
      invalid: 'They called it « a farce” on Monday.',
      valid: 'They called it “a farce” on Monday.'
    },
    {
      // Not a German opening `»` (before a word: ` »Text`).
      pattern: '»(?<=' + space + '»)(?![\\p{L}\\p{N}])',
      absorbSpaces: 'before',
      trigger: rareCharacter,
      what: 'closing guillemet',
      note: guillemetNote,
      expected: () => ['”'],
      invalid: 'They called it “a farce » on Monday.',
      valid: 'They called it “a farce” on Monday.'
    },
    {
      pattern: '‹',
      absorbSpaces: 'after',
      what: 'single guillemet',
      note: '{languages} nests quotations in single guillemets `‹ … ›`; English nests them in single curly quotes',
      trigger: rareCharacter,
      expected: () => ['‘'],
      invalid: 'He said: “They shouted ‹ no ’ twice.”',
      valid: 'He said: “They shouted ‘no’ twice.”'
    },
    {
      pattern: '›',
      absorbSpaces: 'before',
      what: 'single guillemet',
      note: '{languages} nests quotations in single guillemets `‹ … ›`; English nests them in single curly quotes',
      trigger: rareCharacter,
      expected: () => ['’'],
      invalid: 'He said: “They shouted ‘no › twice.”',
      valid: 'He said: “They shouted ‘no’ twice.”'
    },
    {
      // After a word, not after an opening mark. The lookahead comes first so that
      // the lookbehind runs only at the few `;:!?`, not at every position.
      // One space, as French sets it: a run of spaces before `:` lines up a list or a table, as in `'none'       : …`.
      pattern: '[;:!?](?<=[^\\s([{«“‘]' + space + '[;:!?])(?=[\\s”’»]|$)',
      absorbSpaces: 'before',
      trigger: spacedOrGluedMark,
      what: 'space before punctuation',
      note: '{languages} puts a (narrow) no-break space before `;`, `:`, `!` and `?`; English puts none',
      expected: (actual) => [actual.slice(-1)],
      invalid: 'Why did the talks fail ? Nobody knows.',
      valid: 'Why did the talks fail? Nobody knows.'
    },
    {
      // AFP wire copy marks a quotation inside a quotation, or a title, with `+`: `the + Nouvelle Vague +`.
      pattern: '\\+(?<=' + afterWord + '\\+)(?=' + space + '\\p{Lu}[^+\\n]{0,80}' + space + '\\+)',
      trigger: spacedPlus,
      absorbSpaces: 'after',
      what: 'wire-copy quote mark `+`',
      note: wireNote,
      advice: wireAdvice,
      invalid: 'She starred in the + New Wave + films of the 1960s.',
      valid: 'Press Ctrl + Shift + P, or add 2 + 3 in the films of the 1960s.'
    },
    {
      pattern: '\\+(?<=' + afterWord + '\\+' + space + '\\p{Lu}[^+\\n]{0,80}' + space + '\\+)',
      trigger: spacedPlus,
      absorbSpaces: 'before',
      what: 'wire-copy quote mark `+`',
      note: wireNote,
      advice: wireAdvice,
      invalid: 'She starred in the + New Wave + films of the 1960s.',
      valid: 'Press Ctrl + Shift + P, or add 2 + 3 in the films of the 1960s.'
    },
    {
      // Inclusive writing: `député·e·s`, `étudiant·es`; not the Catalan `l·l` of names (`Col·legi`).
      pattern: '·(?=\\p{Ll})(?<=\\p{Ll}·)(?<!l·(?=l))',
      trigger: rareCharacter,
      what: 'inclusive-writing middle dot',
      note: '{languages} inclusive writing joins masculine and feminine endings with a middle dot (`élu·e·s`); English nouns have no gendered ending to join',
      advice: 'write the English noun once, or both forms in full',
      invalid: 'The elected·es of the region met on Monday.',
      valid: 'The elected officials of the region met on Monday · Paris'
    },
    {
      // `Dani’ has arrived`: sports copy clips a player’s name with an apostrophe. Not a closing single quote (no `‘`
      // before it on the line), a plural possessive (`Jones’`), nor `Ol’`. Found at the apostrophe, the name checked
      // behind it: started at the capital, the scan tried it at every capital letter (~40 ms per MB).
      pattern: '’(?=' + space + '\\p{Ll})',
      before: '(?<![\\p{L}\\p{N}‘\'’])(?!Ol’)\\p{Lu}\\p{Ll}{1,5}(?<![sxz])(?<!‘[^’\\n]{0,200})',
      trigger: rareCharacter,
      what: 'name clipped with an apostrophe',
      note: '{languages} sports copy clips a player’s name or nickname with an apostrophe (`Dani’` for Daniel); machine translation left it, and an English reader does not know who is meant',
      advice: 'write the name in full',
      invalid: 'The coach praised Rafi’ who ran all game.',
      valid: 'The coach praised ‘Rafi’ as they call him, the Joneses’ son and Ol’ man Tom.'
    },
    {
      // `1 euro 99` for `1,99 €`: how French says a price.
      pattern: '\\d(?<![\\d.,]\\d)\\d*' + space + 'euros?' + space + '\\d{2}(?![\\d.,]?\\d)',
      trigger: numberOrCapital,
      what: 'spoken price',
      note: '{languages} says a price in euros and cents (`1 euro 99`); English copy writes `€1.99`',
      expected: (actual) => {
        const [euros = '', , cents = ''] = actual.split(/[ \u00A0\u202F]/)
        return ['€' + euros + '.' + cents]
      },
      invalid: 'Diesel will not exceed 1 euro 99 a litre.',
      valid: 'Diesel will not exceed €1.99 a litre, 3 euros more than in 2019.'
    },
    {
      // AFP wire copy sets a subheading between dashes on a line of its own: `- “A masterful presence” -`.
      pattern: '[-–—](?<![^\\n][-–—])(?=' + space + '[^\\n]{1,80}' + space + '[-–—](?![^\\n]))',
      trigger: [rareCharacter, spacedOrGluedMark],
      what: 'wire-copy subheading between dashes',
      note: '{languages} wire copy (AFP) frames a subheading with dashes (`- Un peu d’histoire -`); English copy sets it as a heading, without them',
      advice: 'make the line a subheading without the dashes, or remove it',
      invalid: 'He was 90.\n- A life on screen -\nHis first film came out in 1962.',
      valid: 'He was 90.\n- a list item - with a dash in it\n— The Associated Press'
    },
    {
      // `l’Entrepôt`, `d’Artagnan` with the apostrophe stripped by a scraper: `LEntrepot`.
      // Not a drop cap before an English word (`DAfter`: see `common.ts`).
      pattern: '[LD](?=[AEIOUÉÈÊ]\\p{Ll}{3,}(?![\\p{L}]))(?<![\\p{L}\\p{N}][LD])(?!(?:After|Although|According|Amid|As|At|In|It|On|Once|Over|Under|Until|Upon|Earlier|Even|Elsewhere|Every|Each)(?![\\p{L}]))',
      trigger: numberOrCapital,
      what: 'elided article without its apostrophe',
      note: '{languages} elides `le`, `la` and `de` before a vowel (`L’Entrepôt`); a scraper stripped the apostrophe',
      expected: (actual) => [actual + '’'],
      invalid: 'A regular at LEntrepot, a bistro in the east of Paris.',
      valid: 'A regular at L’Entrepôt, with LEDs and LAN parties.'
    },
    {
      // `1’30` for 1 minute 30 seconds, `2 min 22 sec` for a time gap.
      pattern: '\\d(?<![\\d.,:’\']\\d)\\d{0,2}(?:’[0-5]\\d(?![\\d’”"\']|' + space + '?(?:ft|feet|in)(?![\\p{L}]))|' + space + 'min' + space + '\\d{1,2}' + space + '(?:sec|s)(?![\\p{L}]))',
      trigger: numberOrCapital,
      what: 'minutes and seconds',
      note: '{languages} sports copy writes minutes and seconds as `1’30` or `2 min 22 s`; English writes `1:30` or `1 minute 30 seconds`',
      expected: (actual) => [actual.replace(/’|[ \u00A0\u202F]min[ \u00A0\u202F]/, ':').replace(/[ \u00A0\u202F](?:sec|s)$/, '')],
      invalid: 'The first try came after 1’30 of play.',
      valid: 'The first try came after 1:30 of play; he is 6’2” tall and 5’10 ft.'
    },
    {
      pattern: '(?:' + hyphenatedPlaces.map(spacedPlace).join('|') + ')(?![\\p{L}-])(?<![\\p{L}-](?:' + hyphenatedPlaces.map(spacedPlace).join('|') + '))',
      // Its first word and a space: a scan of its own, for the words alone.
      trigger: '(?:' + [...new Set(hyphenatedPlaces.map((name) => spacedPlace(name.split('-')[0]!)))].join('|') + ')' + space,
      what: 'place name without its hyphens',
      note: '{languages} joins the words of a compound place name with hyphens (`Champs-Élysées`, `Seine-Saint-Denis`); English copy keeps them',
      expected: (actual) => [placeByLoose.get(actual.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ \u00A0\u202F]/g, ' ')) ?? actual],
      invalid: 'The parade went down the Champs Elysées on Sunday.',
      valid: 'The parade went down the Champs-Élysées on Sunday, far from Pas-de-Calais.'
    }
  ],
  shared: [guillemetOpening, guillemetClosing, spaceBeforePercent, thousandsSpace, decimalComma, hourH, dialogueDash]
}
