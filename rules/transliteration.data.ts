import type {NameEntry} from '../src/engine/name-table.js'

/** A name that French or German copy romanises its own way. */
export interface TransliterationEntry extends NameEntry {
  /** What the forms are, shown in the message: `French romanisation`. */
  what: string
}

/** Entries of one romanisation system: `french('Putin', 'Путин', ['Poutine'])`. */
function romanisation(system: 'French' | 'German') {
  const what = system + ' romanisation'
  return function (preferred: string, original: string, forms: readonly string[], except?: readonly string[]): TransliterationEntry {
    const note = 'The ' + what + ' of `' + original + '`; English copy writes `' + preferred + '`'
    return except ? {what, preferred, forms, except, note} : {what, preferred, forms, note}
  }
}

const french = romanisation('French')
const german = romanisation('German')

function frenchSpelling(preferred: string, forms: readonly string[]): TransliterationEntry {
  return {what: 'French spelling', preferred, forms, note: 'The French spelling of the name; English copy writes `' + preferred + '`'}
}

/**
 * Slavic, Arabic, Persian and Hebrew names (and a few others) as French
 * (AFP) and German (dpa) copy romanise them, with the spelling English copy
 * uses (AP, Reuters, BBC). French writes `ou` for `u`,
 * `tch` for `ch`, `ch` for `sh`, `j` for `zh`, `gu` for a hard `g`, `ï` for
 * the `й` of `-ий`/`-ій` and `é` for a final `-е`; German writes `w` for `v`,
 * `sch` for `sh` and `j` for `y`.
 *
 * Place spellings that `place-names` replaces (`Dniepr`, `Marioupol`,
 * `Boutcha`…) are left out here so that no span is reported twice; a test
 * keeps the two tables apart.
 */
export const transliterations: readonly TransliterationEntry[] = [
  // Russian and Belarusian politicians.
  french('Putin', 'Путин', ['Poutine']),
  french('Shoigu', 'Шойгу', ['Choïgou', 'Choigou']),
  german('Shoigu', 'Шойгу', ['Schoigu']),
  french('Sergei', 'Сергей', ['Sergueï', 'Serguei']),
  german('Lavrov', 'Лавров', ['Lawrow']),
  german('Medvedev', 'Медведев', ['Medwedew']),
  french('Mishustin', 'Мишустин', ['Michoustine']),
  french('Mikhail', 'Михаил', ['Mikhaïl']),
  french('Alexei', 'Алексей', ['Alexeï', 'Alekseï']),
  german('Navalny', 'Навальный', ['Nawalny']),
  french('Navalnaya', 'Навальная', ['Navalnaïa']),
  french('Yulia', 'Юлия', ['Ioulia']),
  french('Yevgeny', 'Евгений', ['Evgueni', 'Evguéni']),
  french('Prigozhin', 'Пригожин', ['Prigojine']),
  german('Prigozhin', 'Пригожин', ['Prigoschin']),
  french('Gerasimov', 'Герасимов', ['Guerassimov']),
  french('Nikolai', 'Николай', ['Nikolaï']),
  french('Andrei', 'Андрей', ['Andreï']),
  french('Belousov', 'Белоусов', ['Belooussov']),
  french('Patrushev', 'Патрушев', ['Patrouchev']),
  french('Ushakov', 'Ушаков', ['Ouchakov']),
  french('Naryshkin', 'Нарышкин', ['Narychkine']),
  french('Sobyanin', 'Собянин', ['Sobianine']),
  french('Volodin', 'Володин', ['Volodine']),
  french('Khodorkovsky', 'Ходорковский', ['Khodorkovski']),
  french('Zhirinovsky', 'Жириновский', ['Jirinovski']),
  french('Lukashenko', 'Лукашенко', ['Loukachenko']),
  german('Lukashenko', 'Лукашенко', ['Lukaschenko']),
  french('Tsikhanouskaya', 'Ціханоўская', ['Tikhanovskaïa']),
  french('Pushilin', 'Пушилин', ['Pouchiline']),
  french('Pasechnik', 'Пасечник', ['Pasetchnik']),
  // Soviet leaders and Russian writers and composers.
  french('Gorbachev', 'Горбачёв', ['Gorbatchev']),
  german('Gorbachev', 'Горбачёв', ['Gorbatschow']),
  french('Yeltsin', 'Ельцин', ['Eltsine']),
  german('Yeltsin', 'Ельцин', ['Jelzin']),
  french('Stalin', 'Сталин', ['Staline']),
  french('Lenin', 'Ленин', ['Lénine']),
  french('Trotsky', 'Троцкий', ['Trotski']),
  french('Brezhnev', 'Брежнев', ['Brejnev']),
  german('Brezhnev', 'Брежнев', ['Breschnew']),
  french('Khrushchev', 'Хрущёв', ['Khrouchtchev']),
  german('Khrushchev', 'Хрущёв', ['Chruschtschow']),
  french('Chekhov', 'Чехов', ['Tchekhov']),
  german('Chekhov', 'Чехов', ['Tschechow']),
  french('Tchaikovsky', 'Чайковский', ['Tchaïkovski']),
  german('Tchaikovsky', 'Чайковский', ['Tschaikowski']),
  french('Dostoevsky', 'Достоевский', ['Dostoïevski']),
  german('Dostoevsky', 'Достоевский', ['Dostojewski']),
  french('Tolstoy', 'Толстой', ['Tolstoï']),
  french('Pushkin', 'Пушкин', ['Pouchkine']),
  german('Pushkin', 'Пушкин', ['Puschkin']),
  french('Solzhenitsyn', 'Солженицын', ['Soljenitsyne']),
  french('Shostakovich', 'Шостакович', ['Chostakovitch']),
  // Georgian and Armenian leaders, romanised through Russian.
  french('Saakashvili', 'სააკაშვილი', ['Saakachvili']),
  french('Pashinyan', 'Փաշինյան', ['Pachinian']),
  // Ukrainian politicians and officers.
  german('Zelensky', 'Зеленський', ['Selenskyj']),
  german('Volodymyr', 'Володимир', ['Wolodymyr']),
  french('Oleksii', 'Олексій', ['Oleksiï']),
  french('Andrii', 'Андрій', ['Andriï']),
  french('Serhii', 'Сергій', ['Serguiï', 'Serhiï']),
  french('Mykhailo', 'Михайло', ['Mykhaïlo']),
  french('Yermak', 'Єрмак', ['Iermak']),
  french('Kuleba', 'Кулеба', ['Kouleba']),
  french('Poroshenko', 'Порошенко', ['Porochenko']),
  german('Poroshenko', 'Порошенко', ['Poroschenko']),
  french('Tymoshenko', 'Тимошенко', ['Timochenko', 'Tymochenko']),
  german('Tymoshenko', 'Тимошенко', ['Tymoschenko']),
  french('Yanukovych', 'Янукович', ['Ianoukovitch']),
  german('Yanukovych', 'Янукович', ['Janukowytsch']),
  french('Yushchenko', 'Ющенко', ['Iouchtchenko']),
  german('Yushchenko', 'Ющенко', ['Juschtschenko']),
  french('Kuchma', 'Кучма', ['Koutchma']),
  french('Zaluzhnyi', 'Залужний', ['Zaloujny', 'Zaloujnyï']),
  german('Zaluzhnyi', 'Залужний', ['Saluschnyj']),
  french('Budanov', 'Буданов', ['Boudanov']),
  french('Umerov', 'Умєров', ['Oumerov']),
  french('Shmyhal', 'Шмигаль', ['Chmyhal']),
  german('Shmyhal', 'Шмигаль', ['Schmyhal']),
  french('Stefanchuk', 'Стефанчук', ['Stefantchouk']),
  french('Ruslan', 'Руслан', ['Rouslan']),
  french('Yuri', 'Юрій', ['Iouri']),
  // Places in Ukraine that `place-names` does not cover.
  french('Chernobyl', 'Чорнобиль', ['Tchernobyl']),
  german('Chernobyl', 'Чорнобиль', ['Tschernobyl']),
  german('Kyiv', 'Київ', ['Kiew']),
  german('Kharkiv', 'Харків', ['Charkiw']),
  german('Zaporizhzhia', 'Запоріжжя', ['Saporischschja']),
  german('Donetsk', 'Донецьк', ['Donezk']),
  french('Zolote', 'Золоте', ['Zoloté']),
  french('Avdiivka', 'Авдіївка', ['Avdiïvka']),
  german('Avdiivka', 'Авдіївка', ['Awdijiwka']),
  french('Izium', 'Ізюм', ['Izioum']),
  french('Kupiansk', 'Куп’янськ', ['Koupiansk']),
  french('Vuhledar', 'Вугледар', ['Vouhledar']),
  french('Chasiv Yar', 'Часів Яр', ['Tchassiv Iar']),
  french('Robotyne', 'Роботине', ['Robotyné']),
  french('Kurakhove', 'Курахове', ['Kourakhové']),
  french('Vovchansk', 'Вовчанськ', ['Vovtchansk']),
  french('Druzhkivka', 'Дружківка', ['Droujkivka']),
  french('Chuhuiv', 'Чугуїв', ['Tchouhouïv']),
  french('Svatove', 'Сватове', ['Svatové']),
  french('Shchastia', 'Щастя', ['Chtchastia']),
  french('Kremenchuk', 'Кременчук', ['Krementchouk']),
  french('Cherkasy', 'Черкаси', ['Tcherkassy']),
  french('Yasynuvata', 'Ясинувата', ['Iassynouvata']),
  french('Kerch', 'Керч', ['Kertch']),
  french('Sevastopol', 'Севастополь', ['Sébastopol'], ['Boulevard de Sébastopol']),
  // Places in Russia.
  french('Kursk', 'Курск', ['Koursk']),
  french('Nizhny Novgorod', 'Нижний Новгород', ['Nijni Novgorod']),
  french('Yekaterinburg', 'Екатеринбург', ['Iekaterinbourg']),
  french('Chelyabinsk', 'Челябинск', ['Tcheliabinsk']),
  french('Novosibirsk', 'Новосибирск', ['Novossibirsk']),
  french('Murmansk', 'Мурманск', ['Mourmansk']),
  french('Chukotka', 'Чукотка', ['Tchoukotka']),
  french('Sakhalin', 'Сахалин', ['Sakhaline']),
  french('Dagestan', 'Дагестан', ['Daguestan']),
  // Arabic names.
  french('bin Salman', 'بن سلمان', ['ben Salmane']),
  french('Salman', 'سلمان', ['Salmane']),
  french('bin Zayed', 'بن زايد', ['ben Zayed']),
  french('bin Laden', 'بن لادن', ['ben Laden']),
  french('Osama', 'أسامة', ['Oussama']),
  french('Bashar', 'بشار', ['Bachar']),
  french('Gaddafi', 'القذافي', ['Kadhafi']),
  french('Muammar', 'معمر', ['Mouammar']),
  french('Mubarak', 'مبارك', ['Moubarak']),
  french('Abu', 'أبو', ['Abou'], ['Abou Ben Adhem']),
  french('Ismail', 'إسماعيل', ['Ismaïl']),
  french('Sinwar', 'السنوار', ['Sinouar']),
  french('Muqtada', 'مقتدى', ['Moqtada']),
  french('Saif', 'سيف', ['Saïf']),
  french('Sisi', 'السيسي', ['Sissi'], ['Empress Sissi']),
  french('Kais', 'قيس', ['Kaïs']),
  french('Saied', 'سعيد', ['Saïed']),
  french('Kuwait', 'الكويت', ['Koweït']),
  french('Dubai', 'دبي', ['Dubaï']),
  french('Jeddah', 'جدة', ['Djeddah']),
  french('Baghdad', 'بغداد', ['Bagdad'], ['Bagdad Café', 'Bagdad Cafe']),
  french('Mosul', 'الموصل', ['Mossoul']),
  french('Fallujah', 'الفلوجة', ['Falloujah']),
  french('Idlib', 'إدلب', ['Idleb']),
  french('Beirut', 'بيروت', ['Beyrouth']),
  french('Nablus', 'نابلس', ['Naplouse']),
  french('Jenin', 'جنين', ['Jénine']),
  french('Khan Younis', 'خان يونس', ['Khan Younès']),
  french('Sharm el-Sheikh', 'شرم الشيخ', ['Charm el-Cheikh']),
  // Hebrew names.
  french('Netanyahu', 'נתניהו', ['Netanyahou']),
  french('Benjamin', 'בנימין', ['Benyamin']),
  french('Ehud', 'אהוד', ['Ehoud']),
  french('IDF', 'צה״ל', ['Tsahal']),
  // Persian and Pashto place names.
  french('Tehran', 'تهران', ['Téhéran']),
  french('Kabul', 'کابل', ['Kaboul']),
  french('Herat', 'هرات', ['Hérat']),
  // Other names French writes with a diaeresis: the guess below would strip it the wrong way or not see it.
  frenchSpelling('Hawaii', ['Hawaï']),
  frenchSpelling('Haiti', ['Haïti']),
  frenchSpelling('Taiwan', ['Taïwan']),
  frenchSpelling('Shanghai', ['Shanghaï']),
  frenchSpelling('Hanoi', ['Hanoï']),
  frenchSpelling('Zaire', ['Zaïre'])
]

/**
 * The guess for names the table does not know: a capitalised word whose
 * `ï`, `ë` or `é` sits in a Slavic-looking word. Matched against the word
 * lower-cased and stripped of diacritics. An ending is required for `ë` and
 * `é`; a cluster is enough for `ï` (`Mykhaïlo`), but not for `é`, which
 * French names from elsewhere carry (`Aurélien Tchouaméni`).
 */
export const slavicEnding = /(?:ov|ova|ev|eva|sky|ski|skyi|skiy|ska|enko|chuk|ych|vich|vitch|ivka|ivske|ivsk|grad|horod)$/
export const slavicCluster = /tch|kh|zh|iou/

/** Word endings (without the final `é`) of Ukrainian place names that French spells `-ové`, `-ské`, `-yné`. */
export const slavicBeforeFinalE = /(?:ov|ev|sk|yn)$/

/**
 * Letters of Central European and other languages that write `é` or `ë`
 * themselves (Czech `Hradec Králové`, `Nové Město`; Hungarian, Polish):
 * near one of these, an accent is the language’s own, not a French romanisation.
 */
export const ownAccents = /[áčďěíňóřšťůúýžľĺŕąęłńśźżőűğş]/

/** What English romanisation changes, shown as advice when the fix is not mechanical. */
export const hints: ReadonlyArray<{pattern: RegExp; hint: string; mechanical: boolean}> = [
  {pattern: /tch/, hint: '`tch` → `ch`', mechanical: false},
  // Not the `ch` of `tch` or of English `shch` (`Khrushchëv`).
  {pattern: /(?<!t|s|sh)ch/, hint: '`ch` → `sh`', mechanical: false},
  {pattern: /ou/, hint: '`ou` → `u`', mechanical: false},
  {pattern: /j/, hint: '`j` → `zh`', mechanical: false},
  {pattern: /gu(?=[eéiïy])/, hint: '`gu` → `g`', mechanical: false},
  // French doubles an `s` between vowels to keep it unvoiced (`Guérassimov`).
  {pattern: /(?<=[aeiouyé])ss(?=[aeiouyé])/, hint: '`ss` → `s`', mechanical: false},
  {pattern: /ï(?=[aeiouyé])/, hint: '`ï` before a vowel → `y`', mechanical: false},
  {pattern: /oï$/, hint: '`oï` → `oy`', mechanical: false},
  {pattern: /ski$/, hint: '`ski` → `sky`', mechanical: false},
  // Any other `ï`: not before a vowel, and not the final `oï` of `Tolstoï`.
  {pattern: /ï(?![aeiouyé])(?<!oï(?=$))/, hint: '`ï` → `i`', mechanical: true},
  {pattern: /ë/, hint: '`ë` → `e`', mechanical: true},
  {pattern: /é/, hint: '`é` → `e`', mechanical: true}
]
