/**
 * A spelling difference that romanisations of one Slavic name make
 * (`Zelensky`, `Zelenskyy`, `Zelenskiy`): the grouping key folds it away.
 * Applied in order to a word lower-cased, stripped of diacritics, hyphens
 * and spaces.
 */
export interface Fold {
  pattern: RegExp
  to: string
  /** Sets of spellings this fold makes one (a test checks that each set shares a key). */
  same: ReadonlyArray<readonly string[]>
  /** Pairs of near misses it must keep apart. */
  apart: ReadonlyArray<readonly [string, string]>
}

export const folds: readonly Fold[] = [
  {
    // `-ий`/`-ій`/`-ый` after a consonant: `-y`, `-yy`, `-iy`, `-yi`, `-ii`, `-ij`. A single `-i` stays
    // apart, for English `Henry`/`Henri`; a vowel before stays apart, for `Pompey`/`Pompeii`.
    pattern: /([^aeiouy])(?:[iy][iyj]|y)$/,
    to: '$1ii',
    same: [
      ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskyi'],
      ['Oleksii', 'Oleksiy', 'Oleksij'],
      ['Zaluzhny', 'Zaluzhnyi'],
      ['Dmitry', 'Dmitriy']
    ],
    apart: [['Henry', 'Henri'], ['Kelly', 'Kelli'], ['Pompey', 'Pompeii']]
  },
  {
    // `-ский`/`-ський` also comes as Polish-style `-ski`.
    pattern: /ski$/,
    to: 'skii',
    same: [
      ['Zelenski', 'Zelensky'],
      ['Dostoevski', 'Dostoevsky']
    ],
    apart: [['Kowalski', 'Kowalska']]
  },
  {
    // `-ей`/`-ай`/`-ой`: `Sergei`/`Sergey`, `Nikolai`/`Nikolay`, `Tolstoi`/`Tolstoy`; short names (`Kai`/`Kay`, `Troy`) stay apart.
    pattern: /^(\p{L}{3,}[aeo])y$/u,
    to: '$1i',
    same: [
      ['Sergei', 'Sergey'],
      ['Nikolai', 'Nikolay'],
      ['Tolstoy', 'Tolstoi']
    ],
    apart: [['Kai', 'Kay'], ['Troy', 'Troi']]
  },
  {
    // Patronymic-style `-ович`/`-евич`: `-ych`, `-ich`, French `-itch`.
    pattern: /([oe]v)[iy]t?ch$/,
    to: '$1ich',
    same: [['Yanukovych', 'Yanukovich', 'Yanukovitch']],
    apart: [['Ipswich', 'Ipswych']]
  },
  {
    // French `tch`, German `tsch` for `ч` (`Klitchko`, `Klichko`); before `e`, `i`, `y` it is English (`Mitchell`, `Thatcher`).
    pattern: /tsch|tch(?![eiy])/g,
    to: 'ch',
    same: [['Klitchko', 'Klichko', 'Klitschko'], ['Tchaikovsky', 'Chaikovsky']],
    apart: [['Mitchell', 'Michell'], ['Thatcher', 'Thacher']]
  },
  {
    // French `dj` for Arabic `ج` (`Abdelmadjid`, `Abdelmajid`; `Djamel`, `Jamel`).
    pattern: /dj/g,
    to: 'j',
    same: [['Abdelmadjid', 'Abdelmajid'], ['Djamel', 'Jamel']],
    apart: [['Adjani', 'Ajan']]
  },
  {
    // `ж` as `zh` (English) or `j` (French, and Kazakh’s official Latin spelling).
    pattern: /zh/g,
    to: 'j',
    same: [['Kassym-Jomart', 'Kassym-Zhomart'], ['Prigozhin', 'Prigojin']],
    apart: [['Zhang', 'Chang']]
  },
  {
    // A first `j` before a vowel for `й`/`я`/`ю`/`є` as Polish, German and Czech write it (`Jaroslaw`, `Jelzin`), and French `j` for `ж` (`Jytomyr`).
    pattern: /^j(?=[aeiouy])/,
    to: 'y',
    same: [['Jaroslav', 'Yaroslav'], ['Zhytomyr', 'Jytomyr']],
    apart: [['Jones', 'Jonas']]
  },
  {
    // Polish and German `w` for `в` (`Jaroslaw`, `Wolodymyr`).
    pattern: /w/g,
    to: 'v',
    same: [['Wolodymyr', 'Volodymyr'], ['Jaroslaw', 'Yaroslav']],
    apart: [['Wales', 'Walls']]
  },
  {
    // `е` opening a name, as `ye` or `e` (`Yevgeny`, `Evgeny`; `Yelena`, `Elena`).
    pattern: /^ye(?=[^aeiouy])/,
    to: 'e',
    same: [['Yevgeny', 'Evgeny'], ['Yelena', 'Elena']],
    apart: [['Yemen', 'Amen']]
  },
  {
    // Village names in `-івка`: Ukrainian `-iivka`, Russian `-eevka`, `-eyevka`, and mixtures (`Avdiivka`, `Avdeevka`, `Avdievka`).
    pattern: /(?:ii|iy|iyi|ie|ee|eye|ei)vka$/,
    to: 'ivka',
    same: [['Avdiivka', 'Avdeevka', 'Avdievka', 'Avdeyevka'], ['Andriivka', 'Andreevka']],
    apart: [['Kalivka', 'Kalovka']]
  },
  {
    // Russian `-ое` endings of place names, `-oye` or `-oe`, where Ukrainian has `-e` (`Torskoye`, `Torske`).
    pattern: /(?:oye|(?<=[knv])oe)$/,
    to: 'e',
    same: [['Torskoye', 'Torskoe', 'Torske'], ['Veseloye', 'Vesele']],
    apart: [['Monroe', 'Monre'], ['Chloe', 'Chle']]
  },
  {
    // `е` after a vowel, as `ye` or `e`, in surnames in `-ев`: `Tokayev`/`Tokaev`, `Sergeyev`/`Sergeev`, `Dostoyevsky`/`Dostoevsky`.
    pattern: /([aeiou])yev/g,
    to: '$1ev',
    same: [['Tokayev', 'Tokaev'], ['Sergeyev', 'Sergeev'], ['Dostoyevsky', 'Dostoevsky']],
    apart: [['Boyer', 'Boer']]
  },
  {
    // `кс` before a vowel: `Oleksandr`/`Olexandr`, `Aleksei`/`Alexei`; a final `-ks` is an English plural (`Marks`, `Marx`).
    pattern: /(?<!c)ks(?=[aeiouy])/g,
    to: 'x',
    same: [
      ['Oleksandr', 'Olexandr'],
      ['Aleksei', 'Alexei', 'Alexey']
    ],
    apart: [['Marks', 'Marx'], ['Dickson', 'Dixon']]
  }
]

/**
 * Arabic given names romanised through French (`ou`, `e`, doubled
 * consonants: `Youssef`, `Mohamed`) or through English (`u`, `a`: `Yusuf`,
 * `Muhammad`). Folded only in a first name before a surname (`Youssef
 * Amrani`, `Yusuf Amrani`): alone, each spelling is also another person’s
 * own (`Mohamed Salah`, `Mohammed bin Salman`).
 */
export const givenNameFolds: readonly Fold[] = [
  {pattern: /^m[ou]h?am+[ae]d$/, to: 'muhammad', same: [['Mohammed', 'Mohamed', 'Muhammad', 'Mohammad', 'Mohamad']], apart: [['Mohammed', 'Mahmoud']]},
  {pattern: /^y(?:ou|u)s+(?:ef|uf|ouf)$/, to: 'yusuf', same: [['Youssef', 'Yousef', 'Yusuf', 'Yusef', 'Youssouf']], apart: [['Yusuf', 'Yosef']]},
  {pattern: /^h[ou]s+(?:ein|ain|ayn)$/, to: 'husayn', same: [['Hussein', 'Husein', 'Hussain', 'Husain', 'Hossein']], apart: [['Hussein', 'Hassan']]},
  {pattern: /^ahm[ae]d$/, to: 'ahmad', same: [['Ahmed', 'Ahmad']], apart: [['Ahmed', 'Hamad']]},
  {pattern: /^mahm(?:ou|u|oo)d$/, to: 'mahmud', same: [['Mahmoud', 'Mahmud', 'Mahmood']], apart: [['Mahmoud', 'Mohammed']]},
  {pattern: /^m(?:ou|u|o)st[ae](?:f|ph)a$/, to: 'mustafa', same: [['Mustafa', 'Moustafa', 'Mostafa', 'Mustapha']], apart: [['Mustafa', 'Musa']]},
  {pattern: /^(?:o|u|ou)mar$/, to: 'umar', same: [['Omar', 'Umar', 'Oumar']], apart: [['Omar', 'Amar']]},
  {pattern: /^(?:o|u)(?:th|s)man$/, to: 'uthman', same: [['Othman', 'Osman', 'Uthman', 'Usman']], apart: [['Osman', 'Oman']]},
  {pattern: /^khal[ei]d$/, to: 'khalid', same: [['Khaled', 'Khalid']], apart: [['Khalid', 'Khalil']]},
  {pattern: /^abd[aeu]l(?=[a-z])/, to: 'abdul', same: [['Abdelaziz', 'Abdulaziz', 'Abdel-Aziz', 'Abdul Aziz'], ['Abdelkader', 'Abdulkader']], apart: [['Abdelaziz', 'Abdelkader']]}
]

/**
 * Hyphenated compounds whose closed form is another word: `re-sign` and
 * `resign`, `re-cover` and `recover`, `un-ionised` and `unionised`, `co-op`
 * and `coop`. They are never grouped.
 */
export const distinctCompounds = /^(?:re|un)-|^co-op$/

/**
 * Keys of English place names whose local spelling with accents is right in
 * English copy too, inside official names (`Quebec` and `Coalition Avenir
 * Québec`, `Montreal` and `Université de Montréal`): never compared.
 */
export const accentedExonyms: readonly string[] = ['quebec', 'montreal', 'quebecois']

/** Titles and offices after which a capitalised word is a person’s name (`President Touadera`, `spokesman Davis`). */
export const nameTitles: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'premier', 'chancellor', 'governor', 'mayor', 'senator',
  'deputy', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chairman', 'chairwoman', 'general', 'colonel',
  'commander', 'ambassador', 'secretary', 'judge', 'coach', 'striker', 'player', 'captain', 'king', 'queen', 'prince',
  'princess', 'pope', 'patriarch', 'bishop', 'cardinal', 'sheikh', 'emir', 'counterpart', 'opponent', 'rival'
])

/** Nouns after which a capitalised word is a place’s name (`Luhansk region`, `Torske village`). */
export const placeNouns: ReadonlySet<string> = new Set([
  'region', 'oblast', 'province', 'district', 'county', 'village', 'town', 'city', 'raion', 'governorate', 'front', 'direction', 'sector', 'area'
])

/**
 * Endings of Ukrainian and Russian place names (`Myrolyubivka`, `Pokrovske`,
 * `Volgograd`, `Bilhorod`, `Ternopil`, `Chernivtsi`): a capitalised word that
 * ends so is a place’s name wherever it stands, as after a place noun.
 */
export const placeEnding = /(?:[oiy]vk|evk)a$|(?:ovsk|ivsk)(?:e|yi|iy|oye|aya)$|(?:grad|hrad|horod|gorod|ivtsi|ovtsy)$|[^aeiou]opil$/

/**
 * Letters that English names seldom have and romanised names often do:
 * Slavic `kh`, `zh`, `yu`, `sch`, `-sky`, `-ovka`; Polish `sz`, `cz`; French
 * `oua`; a final `-a`, `-o` or `-u` after a consonant (`Touadera`, `Sousa`);
 * any letter outside ASCII. Near spellings are compared only when one of
 * them has this shape.
 */
export const foreignShape = /[^\x00-\x7F]|kh|zh|yu|ya|yy|iy|sch|sz|cz|dz|ij|oua|[^aeiou]sk[iy]?$|[oi]vka$|[^aeiou][aou]$/

/**
 * Epithets after a first name and `the` (`Peter the Great`, `Ivan the
 * Terrible`): no surname whose French article machine translation turned
 * into `the` (`Bruno the Mayor` for Bruno Le Maire).
 */
export const epithets: ReadonlySet<string> = new Set([
  'great', 'terrible', 'elder', 'younger', 'conqueror', 'magnificent', 'wise', 'bold', 'brave', 'pious', 'fair', 'just', 'lionheart',
  'confessor', 'baptist', 'evangelist', 'apostle', 'hun', 'impaler', 'ripper', 'first', 'second', 'third', 'fourth', 'explorer', 'builder', 'pooh'
])

/** Particles inside names, after which a capitalised word is a surname (`Rebelo de Sousa`, `van der Leyen`). */
export const nameParticles: ReadonlySet<string> = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'bin', 'ibn', 'al', 'el'])

/**
 * A European city that English copy calls by an English name (an exonym),
 * and the local names machine translation keeps from its source (`Napoli`
 * for `Naples`, `München` for `Munich`). A document that writes both is
 * inconsistent: the local name is grouped with the English one.
 */
export interface Exonym {
  english: string
  /** The local names, as the source language writes them. */
  local: readonly string[]
  /** What the city is, in one line. */
  note: string
}

// Left out: local names that are also English words or other names (`Roma`, the people), or
// right in native English beside the exonym (`Milano Cortina`, the Winter Games held in Milan),
// such as the names English keeps for football clubs (Napoli, Torino, Sevilla, Venezia, FC Köln,
// Rapid Wien, Legia Warszawa, Sparta Praha, FC København, Dinamo București): a sports story
// may write the club so and the city in English.
export const exonyms: readonly Exonym[] = [
  {english: 'Florence', local: ['Firenze'], note: 'city of Italy'},
  {english: 'Genoa', local: ['Genova'], note: 'city of Italy'},
  {english: 'Padua', local: ['Padova'], note: 'city of Italy'},
  {english: 'Mantua', local: ['Mantova'], note: 'city of Italy'},
  {english: 'Munich', local: ['München', 'Muenchen'], note: 'city of Germany'},
  {english: 'Nuremberg', local: ['Nürnberg', 'Nuernberg'], note: 'city of Germany'},
  {english: 'Lisbon', local: ['Lisboa'], note: 'capital of Portugal'},
  {english: 'Moscow', local: ['Moskva', 'Moskau', 'Moscou'], note: 'capital of Russia (Russian, German and French names)'},
  {english: 'Warsaw', local: ['Warschau', 'Varsovie'], note: 'capital of Poland (German and French names)'},
  {english: 'Prague', local: ['Prag'], note: 'capital of Czechia (German name)'},
  {english: 'Brussels', local: ['Bruxelles', 'Brussel'], note: 'capital of Belgium (French and Dutch names)'},
  {english: 'Antwerp', local: ['Antwerpen', 'Anvers'], note: 'city of Belgium (Dutch and French names)'},
  {english: 'Copenhagen', local: ['Kopenhagen'], note: 'capital of Denmark (German name)'},
  {english: 'Geneva', local: ['Genève', 'Genf', 'Ginevra'], note: 'city of Switzerland (French, German and Italian names)'},
  {english: 'Belgrade', local: ['Beograd'], note: 'capital of Serbia'},
  {english: 'Athens', local: ['Athina', 'Athènes', 'Atene'], note: 'capital of Greece (Greek, French and Italian names)'},
  {english: 'Kyiv', local: ['Kyjiw', 'Kijów', 'Kiyv'], note: 'capital of Ukraine (German, Polish and a stray romanisation)'}
]
