import {describe, expect, test} from 'vitest'
import {folds, givenNameFolds} from '../../rules/name-variants.data.js'
import {givenNameKey, keyOf} from '../../rules/name-variants.js'
import {fix, lint} from '../../src/index.js'
import {only, type Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'name-variants'

const invalid: Case[] = [
  {
    // On a tie of spellings that differ by accents only, the name’s accents are kept: scrapers drop them.
    // The spelling with the accents is the name’s own: it gets no message of its own.
    text: 'According to the Élysée, talks go on. Despite this, the Elysée repeated the offer.',
    messages: ['1:57-1:63: Unexpected `Elysée` (inconsistent spelling), expected `Élysée`'],
    fixed: 'According to the Élysée, talks go on. Despite this, the Élysée repeated the offer.'
  },
  {
    // Accents lost in the first mention only (a headline, a caption): the spelling kept, met after it, is the other side, as info.
    text: 'Prime minister Pedro Sanchez spoke on Monday. On Tuesday, Sánchez left for Brussels.',
    messages: [
      '1:22-1:29: Unexpected `Sanchez` (inconsistent spelling), expected `Sánchez`',
      '1:59-1:66: Unexpected `Sánchez` (spelled `Sanchez` elsewhere), keep one spelling'
    ],
    fixed: 'Prime minister Pedro Sánchez spoke on Monday. On Tuesday, Sánchez left for Brussels.'
  },
  {
    text: 'Meteo France issued a warning. Météo France then raised it, and the forecasters at Météo France agreed.',
    messages: [
      '1:1-1:6: Unexpected `Meteo` (inconsistent spelling), expected `Météo`',
      '1:32-1:37: Unexpected `Météo` (spelled `Meteo` elsewhere), keep one spelling'
    ],
    fixed: 'Météo France issued a warning. Météo France then raised it, and the forecasters at Météo France agreed.'
  },
  {
    // The most frequent spelling is expected.
    text: 'Talks at the Elysée began. The Elysée said yes, the Élysée said no.',
    messages: [
      '1:14-1:20: Unexpected `Elysée` (spelled `Élysée` elsewhere), keep one spelling',
      '1:53-1:59: Unexpected `Élysée` (inconsistent spelling), expected `Elysée`'
    ],
    fixed: 'Talks at the Elysée began. The Elysée said yes, the Elysée said no.'
  },
  {
    text: 'Zelensky spoke first. Later, Zelenskyy thanked the allies, Zelenskiy left, and Zelensky stayed.',
    messages: [
      '1:1-1:9: Unexpected `Zelensky` (spelled `Zelenskyy` or `Zelenskiy` elsewhere), keep one spelling',
      '1:30-1:39: Unexpected `Zelenskyy` (inconsistent spelling), expected `Zelensky`',
      '1:60-1:69: Unexpected `Zelenskiy` (inconsistent spelling), expected `Zelensky`'
    ],
    fixed: 'Zelensky spoke first. Later, Zelensky thanked the allies, Zelensky left, and Zelensky stayed.'
  },
  {
    text: 'Minister Oleksii Reznikov spoke. Later, minister Oleksiy Reznikov left.',
    messages: [
      '1:10-1:17: Unexpected `Oleksii` (inconsistent spelling, as often as `Oleksiy`), keep one spelling',
      '1:50-1:57: Unexpected `Oleksiy` (inconsistent spelling, as often as `Oleksii`), keep one spelling'
    ]
  },
  {
    text: 'Talks with Sergey Lavrov and Sergei Shoigu; the Yanukovych and Yanukovitch eras.',
    messages: [
      '1:12-1:18: Unexpected `Sergey` (inconsistent spelling, as often as `Sergei`), keep one spelling',
      '1:30-1:36: Unexpected `Sergei` (inconsistent spelling, as often as `Sergey`), keep one spelling',
      '1:49-1:59: Unexpected `Yanukovych` (inconsistent spelling, as often as `Yanukovitch`), keep one spelling',
      '1:64-1:75: Unexpected `Yanukovitch` (inconsistent spelling, as often as `Yanukovych`), keep one spelling'
    ]
  },
  {
    // French `tch` and German `tsch` for `ч`.
    text: 'Mayor Vitali Klitschko spoke; later, Klitchko left.',
    messages: [
      '1:14-1:23: Unexpected `Klitschko` (inconsistent spelling, as often as `Klitchko`), keep one spelling',
      '1:38-1:46: Unexpected `Klitchko` (inconsistent spelling, as often as `Klitschko`), keep one spelling'
    ]
  },
  {
    // Russian `-oye` and `-eevka` against Ukrainian `-e` and `-iivka`.
    text: 'Mariia Kovalenko spoke in the village of Torskoye. Later she returned to Torske and to Avdiivka, near Avdeevka.',
    messages: [
      '1:42-1:50: Unexpected `Torskoye` (inconsistent spelling, as often as `Torske`), keep one spelling',
      '1:74-1:80: Unexpected `Torske` (inconsistent spelling, as often as `Torskoye`), keep one spelling',
      '1:88-1:96: Unexpected `Avdiivka` (inconsistent spelling, as often as `Avdeevka`), keep one spelling',
      '1:103-1:111: Unexpected `Avdeevka` (inconsistent spelling, as often as `Avdiivka`), keep one spelling'
    ]
  },
  {
    // A place name’s ending (`-ivka`, `-ovka`) shows it is a name wherever it stands: spellings one letter apart are compared.
    text: 'Troops entered Myrolyubivka on Monday, and by Friday they had left Mirolyubivka again.',
    messages: [
      '1:16-1:28: Unexpected `Myrolyubivka` (inconsistent spelling, as often as `Mirolyubivka`), keep one spelling',
      '1:68-1:80: Unexpected `Mirolyubivka` (inconsistent spelling, as often as `Myrolyubivka`), keep one spelling'
    ]
  },
  {
    // An Arabic first name romanised through French and through English, before the same surname, is one person.
    text: 'Minister Youssef Amrani spoke first, and later minister Yusuf Amrani and minister Youssef Amrani left.',
    messages: [
      '1:10-1:24: Unexpected `Youssef Amrani` (spelled `Yusuf Amrani` elsewhere), keep one spelling',
      '1:57-1:69: Unexpected `Yusuf Amrani` (inconsistent spelling), expected `Youssef Amrani`'
    ]
  },
  {
    // The Russian form of a Ukrainian first name, before the same surname, is the same person.
    text: 'President Volodymyr Zelensky spoke, and later Vladimir Zelensky flew to Paris.',
    messages: [
      '1:11-1:29: Unexpected `Volodymyr Zelensky` (spelled `Vladimir Zelensky` elsewhere), keep one spelling',
      '1:47-1:64: Unexpected `Vladimir Zelensky` (inconsistent spelling), expected `Volodymyr Zelensky`'
    ],
    fixed: 'President Volodymyr Zelensky spoke, and later Volodymyr Zelensky flew to Paris.'
  },
  {
    // First name and surname spelled two ways in the surname only: the surname is reported, once.
    text: 'Volodymyr Zelensky spoke. Later, Volodymyr Zelenskyy left, and Volodymyr Zelensky stayed.',
    messages: [
      '1:11-1:19: Unexpected `Zelensky` (spelled `Zelenskyy` elsewhere), keep one spelling',
      '1:44-1:53: Unexpected `Zelenskyy` (inconsistent spelling), expected `Zelensky`'
    ],
    fixed: 'Volodymyr Zelensky spoke. Later, Volodymyr Zelensky left, and Volodymyr Zelensky stayed.'
  },
  {
    // A Ukrainian’s first name in its Ukrainian and its Russian form: the Ukrainian one is kept, however rare.
    text: 'Minister Oleksiy Marchenko spoke. Later, Aleksey Marchenko left, and Aleksey Marchenko returned.',
    messages: [
      '1:10-1:27: Unexpected `Oleksiy Marchenko` (spelled `Aleksey Marchenko` elsewhere), keep one spelling',
      '1:42-1:59: Unexpected `Aleksey Marchenko` (inconsistent spelling), expected `Oleksiy Marchenko`',
      '1:70-1:87: Unexpected `Aleksey Marchenko` (inconsistent spelling), expected `Oleksiy Marchenko`'
    ],
    fixed: 'Minister Oleksiy Marchenko spoke. Later, Oleksiy Marchenko left, and Oleksiy Marchenko returned.'
  },
  {
    // One first name before surnames one letter apart: one person’s name misspelled, as info, whatever it looks like.
    text: 'The interior minister, Giulia Moretti, spoke. Later, Giulia Moratti defended the plan.',
    messages: [
      '1:24-1:38: Unexpected `Giulia Moretti` (inconsistent spelling, as often as `Giulia Moratti`), keep one spelling',
      '1:54-1:68: Unexpected `Giulia Moratti` (inconsistent spelling, as often as `Giulia Moretti`), keep one spelling'
    ]
  },
  {
    // A surname after a name particle is a name too.
    text: 'President Marcelo Rebelo de Sousa spoke; later the president, Rebelo de Souza, left.',
    messages: [
      '1:29-1:34: Unexpected `Sousa` (inconsistent spelling, as often as `Souza`), keep one spelling',
      '1:73-1:78: Unexpected `Souza` (inconsistent spelling, as often as `Sousa`), keep one spelling'
    ]
  },
  {
    // One letter apart, a name known as one by its place (after a first name): reported as info.
    text: 'The governor Oksana Hrytsenko spoke on Monday. Later, Hrytsneko said the village of Pisky was calm.',
    messages: [
      '1:21-1:30: Unexpected `Hrytsenko` (inconsistent spelling, as often as `Hrytsneko`), keep one spelling',
      '1:55-1:64: Unexpected `Hrytsneko` (inconsistent spelling, as often as `Hrytsenko`), keep one spelling'
    ]
  },
  {
    // Two capitalised words in a row are a spelling of a hyphenated name.
    text: 'Jean-Yves Le Drian arrived; later Jean Yves Le Drian left, and Jean-Yves Le Drian spoke.',
    messages: [
      '1:1-1:10: Unexpected `Jean-Yves` (spelled `Jean Yves` elsewhere), keep one spelling',
      '1:35-1:44: Unexpected `Jean Yves` (inconsistent spelling), expected `Jean-Yves`'
    ],
    fixed: 'Jean-Yves Le Drian arrived; later Jean-Yves Le Drian left, and Jean-Yves Le Drian spoke.'
  },
  {
    // A name opening a sentence counts next to a spelling seen mid-sentence.
    text: 'Zelenskyy spoke first. Later, Zelensky thanked the allies, and Zelensky stayed.',
    messages: [
      '1:1-1:10: Unexpected `Zelenskyy` (inconsistent spelling), expected `Zelensky`',
      '1:31-1:39: Unexpected `Zelensky` (spelled `Zelenskyy` elsewhere), keep one spelling'
    ],
    fixed: 'Zelensky spoke first. Later, Zelensky thanked the allies, and Zelensky stayed.'
  },
  {
    // The text opens with the unaccented spelling: the accented one, met after it, gets the info.
    text: 'Elysée officials spoke. The Élysée said, the Élysée said, the Élysée said, the Elysée said.',
    messages: [
      '1:1-1:7: Unexpected `Elysée` (inconsistent spelling), expected `Élysée`',
      '1:29-1:35: Unexpected `Élysée` (spelled `Elysée` elsewhere), keep one spelling',
      '1:80-1:86: Unexpected `Elysée` (inconsistent spelling), expected `Élysée`'
    ]
  },
  {
    text: 'The ceasefire held until the ceasefire broke, and a new cease-fire began.',
    options: {compounds: true},
    messages: [
      '1:5-1:14: Unexpected `ceasefire` (spelled `cease-fire` elsewhere), keep one spelling',
      '1:57-1:67: Unexpected `cease-fire` (inconsistent spelling), expected `ceasefire`'
    ],
    fixed: 'The ceasefire held until the ceasefire broke, and a new ceasefire began.'
  },
  {
    // The replacement takes the initial capital of the occurrence it replaces.
    text: 'The ceasefire held; the ceasefire broke, and the ceasefire returned. Cease-fire talks began after the cease-fire ended.',
    options: {compounds: true},
    messages: [
      '1:5-1:14: Unexpected `ceasefire` (spelled `cease-fire` elsewhere), keep one spelling',
      '1:70-1:80: Unexpected `Cease-fire` (inconsistent spelling), expected `Ceasefire`',
      '1:103-1:113: Unexpected `cease-fire` (inconsistent spelling), expected `ceasefire`'
    ],
    fixed: 'The ceasefire held; the ceasefire broke, and the ceasefire returned. Ceasefire talks began after the ceasefire ended.'
  },
  {
    text: 'The e-mail came; an email followed, then another e-mail.',
    options: {compounds: true},
    messages: [
      '1:5-1:11: Unexpected `e-mail` (spelled `email` elsewhere), keep one spelling',
      '1:21-1:26: Unexpected `email` (inconsistent spelling), expected `e-mail`'
    ]
  },
  {
    // A long name a slip apart (a letter dropped beside two swapped), after a title: a misspelling, as info.
    text: 'The current president Touadera won again. Since then, Taudera has kept power.',
    messages: [
      '1:23-1:31: Unexpected `Touadera` (inconsistent spelling, as often as `Taudera`), keep one spelling',
      '1:55-1:62: Unexpected `Taudera` (inconsistent spelling, as often as `Touadera`), keep one spelling'
    ]
  },
  {
    // A city’s local name kept from the source beside its English name: one name, spelled two ways.
    text: 'The mayor of Florence praised the plan. In the evening Firenze seemed calm.',
    messages: [
      '1:14-1:22: Unexpected `Florence` (inconsistent spelling, as often as `Firenze`), keep one spelling',
      '1:56-1:63: Unexpected `Firenze` (inconsistent spelling, as often as `Florence`), keep one spelling'
    ]
  },
  {
    text: 'Talks in München went on. Delegates left Munich on Monday and reached Munich by night.',
    messages: [
      '1:10-1:17: Unexpected `München` (inconsistent spelling), expected `Munich`',
      '1:42-1:48: Unexpected `Munich` (spelled `München` elsewhere), keep one spelling'
    ],
    fixed: 'Talks in Munich went on. Delegates left Munich on Monday and reached Munich by night.'
  },
  {
    text: 'The envoy flew from Moscou to Warsaw, and back to Moscow by way of Varsovie.',
    messages: [
      '1:21-1:27: Unexpected `Moscou` (inconsistent spelling, as often as `Moscow`), keep one spelling',
      '1:31-1:37: Unexpected `Warsaw` (inconsistent spelling, as often as `Varsovie`), keep one spelling',
      '1:51-1:57: Unexpected `Moscow` (inconsistent spelling, as often as `Moscou`), keep one spelling',
      '1:68-1:76: Unexpected `Varsovie` (inconsistent spelling, as often as `Warsaw`), keep one spelling'
    ]
  },
  {
    // A name kept in its language in one place and rendered word for word in another (the gazetteer of `calque`):
    // the rendering, with its `the` where the name has its own article, and the name kept, as info.
    text: 'Il Giornale ran the poll on Friday. By Sunday, wrote the Journal, the mayor had lost ground.',
    messages: [
      '1:1-1:12: Unexpected `Il Giornale` (rendered `the Journal` elsewhere), keep one name',
      '1:54-1:65: Unexpected `the Journal` (name rendered word for word, `Il Giornale` elsewhere), expected `Il Giornale`'
    ],
    fixed: 'Il Giornale ran the poll on Friday. By Sunday, wrote Il Giornale, the mayor had lost ground.'
  },
  {
    // A rendering in lower case between quotation marks; a name with an English name gets that one.
    text: 'The new season of Tatort opens in Cologne. The ‘crime scene’ episode drew nine million viewers.',
    messages: [
      '1:19-1:25: Unexpected `Tatort` (rendered `crime scene` elsewhere), keep one name',
      '1:49-1:60: Unexpected `crime scene` (name rendered word for word, `Tatort` elsewhere), expected `Tatort`'
    ]
  },
  {
    // A rendering that `calque` reports itself is left to it: the name kept is the other side.
    text: 'Delegates met at the Palais des Festivals; by noon the Festival Palace was full.',
    messages: ['1:22-1:42: Unexpected `Palais des Festivals` (rendered `Festival Palace` elsewhere), keep one name']
  },
  {
    // An operation’s English name without the word `Operation` is the name too.
    text: 'Patrols in the Peace Spring zone went on; later the Source of Peace area saw clashes.',
    messages: ['1:16-1:28: Unexpected `Peace Spring` (rendered `Source of Peace` elsewhere), keep one name']
  },
  {
    // A French surname with its article (`Le Goff`, `Le Maire`) translated with it: the full name elsewhere is expected.
    text: 'The report by Yannick Le Goff came out in May. In June, Yannick the Goff’s team wrote a second one.',
    messages: [
      '1:15-1:30: Unexpected `Yannick Le Goff` (translated as `Yannick the Goff` elsewhere), keep the surname',
      '1:57-1:73: Unexpected `Yannick the Goff` (surname translated, `Yannick Le Goff` elsewhere), expected `Yannick Le Goff`'
    ],
    fixed: 'The report by Yannick Le Goff came out in May. In June, Yannick Le Goff’s team wrote a second one.'
  },
  {
    // A first name and surname opening a sentence count beside the same spelling mid-sentence: the first occurrence is shown.
    text: 'Greta Hallmann’s office denied it. Critics said Greta Halmann had known, and Greta Hallmann resigned.',
    messages: [
      '1:1-1:15: Unexpected `Greta Hallmann` (spelled `Greta Halmann` elsewhere), keep one spelling',
      '1:49-1:62: Unexpected `Greta Halmann` (spelling one letter from another), expected `Greta Hallmann`'
    ]
  },
  {
    // A name’s particle with and without its capital after one first name: the most frequent is expected.
    text: 'The prize went to Anna De Rossi in May. Judges praised Anna de Rossi again, and Anna de Rossi thanked them.',
    messages: [
      '1:19-1:32: Unexpected `Anna De Rossi` (particle written another way), expected `Anna de Rossi`',
      '1:56-1:69: Unexpected `Anna de Rossi` (written `Anna De Rossi` elsewhere), keep one spelling'
    ],
    fixed: 'The prize went to Anna de Rossi in May. Judges praised Anna de Rossi again, and Anna de Rossi thanked them.'
  }
]

const valid: Case[] = [
  // A slip apart is compared in names of eight letters or more, and inside the word only.
  {text: 'President Pereira met Minister Peirra on Monday.', messages: []},
  {text: 'President Touadera met Minister Taudero on Monday.', messages: []},
  // A city’s local name alone, or its English name alone, is consistent; so is a local name beside another city’s.
  {text: 'Napoli won again, and the fans of Napoli sang all night.', messages: []},
  // English calls some clubs by their city’s local name: a sports story writes the club so and the city in English.
  {text: 'Napoli beat Torino, and fans in Naples and Turin sang; Rapid Wien drew in Vienna; FC Köln lost in Cologne.', messages: []},
  {text: 'The fair in Munich opened, and buyers from Munich came back.', messages: []},
  {text: 'The train from Firenze reached Venice, and the crowd in Genoa waited for Lisboa.', messages: []},
  {text: 'According to the Élysée, talks go on. Despite this, the Élysée repeated the offer.', messages: []},
  // A capital opening a sentence or a title may be a common word’s.
  {text: 'Rose Byrne poured a glass. Rosé is a wine. Rose left.', messages: []},
  // Mid-sentence `Rose` is a name; opening a sentence, `Rosé` may be the common word, which `rose` in lower case shows.
  {text: 'Actress Rose Byrne arrived as prices rose. Rosé is a wine.', messages: []},
  {text: 'The Best Rosé Wines\n\nRose Byrne tastes them all, with Rose Byrne’s friends.', messages: []},
  {text: 'Her Résumé and His Resume\n\nA résumé is not to resume; an exposé is not to expose.', messages: []},
  {text: 'Read-only. Readonly properties are set by the Readonly helper.', messages: []},
  // Names that fold apart.
  {text: 'So Henry met Henri, Kelly met Kelli, Pompey saw Pompeii, Kai met Kay and Marks met Marx.', messages: []},
  {text: 'So Sidney met Sydney, Dickson met Dixon, and Kowalski met Kowalska.', messages: []},
  // Identifiers, numbers and all-capital words.
  {text: 'Use the SourceMap or a Source Map; the LRUCache is no Lru Cache.', messages: []},
  {text: 'The G-7 and the G7 met; NATO and the Nato-led force.', messages: []},
  {text: 'He met Zelensky and Zelensky’s aide, then Zelensky again.', messages: []},
  {text: 'Backed by the Open Collective\ufe0f sponsors and the Open Collective backers.', messages: []},
  {text: 'The Élysée said so; the E\u0301lysée agreed.', messages: []},
  // `transliteration` reports `Oleksiï`, with `Oleksii` expected.
  {text: 'Minister Oleksiï Reznikov spoke. Later, minister Oleksii Reznikov left.', messages: []},
  {text: 'Vladimir Putin met Emmanuel Macron; the Putin-Macron talks followed.', messages: []},
  {text: 'The cease-fire held until the ceasefire broke.', messages: []},
  {text: 'They re-sign to resign, re-cover to recover, and the co-op sold a coop.', options: {compounds: true}, messages: []},
  {text: 'The long-term plan works in the long term.', options: {compounds: true}, messages: []},
  {text: 'She left Paris for the house of Gaston Pâris in Paris.', options: {ignore: ['Pâris']}, messages: []},
  // A dash typed as a hyphen after a name is no spelling of it.
  {text: 'Those are the words of the Congress-"more adequate." The Congress agreed.', messages: []},
  // English exonyms keep the local accents inside official names.
  {text: 'The leader of Coalition Avenir Québec spoke in Quebec City, where Quebec voters listened.', messages: []},
  // One letter apart: English names (`Cyrus`, `Cyprus`), words also written in lower case, derivations.
  {text: 'A crisis flared on Cyprus, and Mr. Cyrus Vance flew there.', messages: []},
  {text: 'The Air Force trained at Valley Forge, and Temple Hills met in the Halls.', messages: []},
  {text: 'Trade with the Americas helps Americans; the Hondurans of Honduras agree.', messages: []},
  {text: 'Governor Maria Kovalenko met Mario Kovalenko; the White House said so, while others waited.', messages: []},
  // Two first names, a derived surname, surnames under five letters: two people.
  {text: 'Giulia Moretti met Paolo Moratti, and John Roberts met John Robertson; Anna Lind met Anna Lund.', messages: []},
  // An accent and a letter apart, as written: an English word and a foreign name, not one name misspelled.
  {text: 'Senator Marta Sesión opened the Spring Session of the assembly.', messages: []},
  // Two places, one named after the other (`Pokrovsk`, `Pokrovske`), and English-shaped words with a place ending.
  {text: 'Fighting near Pokrovsk spread to Pokrovske and to Mykolaivka, west of Mykolaiv.', messages: []},
  // Alone, or before different surnames, `Mohamed` and `Mohammed` are two people.
  {text: 'Mohamed Salah scored, and Mohammed bin Salman watched; later Mohamed waved and Mohammed left.', messages: []},
  // Alone, `Vladimir` and `Volodymyr` are two people.
  {text: 'Vladimir Putin spoke of Volodymyr Zelensky, and Zelensky answered Putin.', messages: []},
  // A name and its rendering, each alone, are consistent; a rendering in lower case, unquoted, is ordinary English;
  // one word of a rendering needs `the` and no capital after it (`the Journal Star` is another paper).
  {text: 'Il Giornale ran the poll, and Il Giornale kept it on its front page.', messages: []},
  {text: 'Podemos held a rally where the crowd chanted that we can win.', messages: []},
  {text: 'Il Giornale ran the poll; the Journal Star and a local journal ran it too.', messages: []},
  {text: 'Tatort fans gathered at the crime scene of the first episode.', messages: []},
  // An epithet after a first name is no translated surname without the same first name before `Le` or `La`.
  {text: 'A film on Catherine the Great starred Catherine Deneuve; Peter the Great was played by Peter Le Marchand’s son Paul.', messages: []},
  // A sentence opening `At the` is no first name before a translated surname, nor is `At La` a full name.
  {text: 'At the Closerie we met. Later we sat at a table At La Terrasse.', messages: []},
  // Opening a sentence alone, a pair does not count (`Greta Hallmann` against `Greta Halmann` needs a spelling seen mid-sentence).
  {text: 'Greta Hallmann’s office denied it. Critics said Greta Halmann had known.', messages: []},
  // Particles written one way each, by different first names: two people.
  {text: 'The prize went to Anna De Rossi in May; her rival Marco de Rossi lost.', messages: []}
]

describe(id, () => {
  ruleTable(id, invalid, valid)

  test('message metadata', async () => {
    expect(await firstMessage(id, 'Zelenskyy spoke first. Later, Zelensky thanked the allies, Zelenskiy left, and Zelensky stayed.')).toEqual({
      name: '1:1-1:10',
      file: '',
      message: 'Unexpected `Zelenskyy` (inconsistent spelling), expected `Zelensky`',
      reason: 'Unexpected `Zelenskyy` (inconsistent spelling), expected `Zelensky`',
      line: 1,
      column: 1,
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 10, offset: 9}},
      ruleId: id,
      source: 'mtlint',
      fatal: false,
      actual: 'Zelenskyy',
      expected: ['Zelensky'],
      note: 'This document spells it 3 ways, `Zelensky` (2×), `Zelenskyy` (1×) and `Zelenskiy` (1×): keep one spelling, the most frequent',
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/name-variants.md'
    })
  })

  // The editor’s contract: fixing the spellings from the top leaves one message fewer each time, never a new one on the word just fixed.
  test('fixing an unaccented spelling from the top moves no message onto it', async () => {
    let text = 'The Elysee said so; the Elysee, the Élysée and the Élysée agreed, and the Élysée too.'
    for (let step = 0; step < 2; step++) {
      const before = await lint(text, {rules: only(id)})
      const first = before.messages.find((message) => message.expected?.length === 1)!
      text = fix(text, [first])
      const after = await lint(text, {rules: only(id)})
      expect(after.messages.map((message) => message.place && 'start' in message.place && message.place.start.offset)).not.toContain(
        first.place && 'start' in first.place && first.place.start.offset
      )
      expect(after.messages.length).toBeLessThan(before.messages.length)
    }
    expect(text).toBe('The Élysée said so; the Élysée, the Élysée and the Élysée agreed, and the Élysée too.')
  })

  test('refuses unknown and mistyped options, naming the rule and the key', async () => {
    await expect(lint('Élysée.', {rules: {'name-variants': ['warn', {ignore: 'Pâris'}]}})).rejects.toThrow(
      'Invalid option `ignore` for rule `name-variants`: expected an array of non-empty strings'
    )
    await expect(lint('Élysée.', {rules: {'name-variants': ['warn', {compound: true}]}})).rejects.toThrow(
      'Unknown option `compound` for rule `name-variants`, expected one of `ignore`, `compounds`'
    )
  })
})

describe('name-variants in a long block of many names', () => {
  // One block (lines, no blank line) holding more spellings than a block's list is read whole for (see `indicesOfKey`):
  // the two spellings of the Élysée still meet, wherever in the block they stand.
  const names = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent']
  const lines = Array.from({length: 120}, (_, index) => `Then we met ${names[index % names.length]} in town`)
  lines.splice(10, 0, 'Talks at the Élysée went on late')
  lines.splice(100, 0, 'Despite this, the Elysée repeated the offer')
  const text = lines.join('\n')

  test('a spelling met far from the other is reported', async () => {
    const messages = (await lint(text, {rules: only(id)})).messages.map(String)
    const line = lines.indexOf('Despite this, the Elysée repeated the offer') + 1
    expect(messages).toEqual([`${line}:19-${line}:25: Unexpected \`Elysée\` (inconsistent spelling), expected \`Élysée\``])
  })
})

describe('name-variants folds', () => {
  test.each(folds.flatMap((fold) => fold.same.map((same) => [same.join(', '), same] as const)))('one key for %s', (_, same) => {
    expect(new Set(same.map((spelling) => keyOf(spelling.toLowerCase()))).size).toBe(1)
  })

  test.each(folds.flatMap((fold) => fold.apart))('`%s` and `%s` keep apart', (a, b) => {
    expect(keyOf(a.toLowerCase())).not.toBe(keyOf(b.toLowerCase()))
  })

  // First names only: `givenNameKey` folds the key of a first name before a surname.
  const firstNameKey = (name: string) => givenNameKey(keyOf(name.toLowerCase()))
  test.each(givenNameFolds.flatMap((fold) => fold.same.map((same) => [same.join(', '), same] as const)))('one first-name key for %s', (_, same) => {
    expect(new Set(same.map(firstNameKey)).size).toBe(1)
  })

  test.each(givenNameFolds.flatMap((fold) => fold.apart))('first names `%s` and `%s` keep apart', (a, b) => {
    expect(firstNameKey(a)).not.toBe(firstNameKey(b))
  })

  test('diacritics, hyphens and spaces fold away', () => {
    expect(new Set(['élysée', 'elysée', 'elysee'].map(keyOf))).toEqual(new Set(['elysee']))
    expect(keyOf('jean-yves')).toBe(keyOf('jean yves'))
  })
})
