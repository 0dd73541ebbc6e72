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

/**
 * A Ukrainian place or person under the Russian form of the name (`Krivoy
 * Rog` for Kryvyi Rih, `Gaidai` for Haidai: the Russian `г` where Ukrainian
 * has `h`), as Russian-language sources and copy translated through Russian
 * give it.
 */
function russianForm(preferred: string, original: string, forms: readonly string[]): TransliterationEntry {
  return {
    what: 'Russian form of a Ukrainian name',
    preferred,
    forms,
    note: 'The Russian form of the Ukrainian `' + original + '`; English copy (AP, Reuters, the BBC) uses the Ukrainian name, `' + preferred + '`'
  }
}

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
  french('Shoigu', 'Шойгу', ['Choïgou', 'Choigou', 'Shoigou']),
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
  french('Yevgeny', 'Евгений', ['Evgueni', 'Evguéni', 'Yevgueni']),
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
  // Ukrainian places and people under their Russian names, as Russian-language sources give them.
  russianForm('Kryvyi Rih', 'Кривий Ріг', ['Krivoy Rog', 'Krivoi Rog', 'Kryvyy Rih']),
  russianForm('Kreminna', 'Кремінна', ['Kremennaya', 'Kremennaia']),
  russianForm('Marhanets', 'Марганець', ['Marganets']),
  russianForm('Kostiantynivka', 'Костянтинівка', ['Konstantinovka']),
  russianForm('Vuhledar', 'Вугледар', ['Ugledar']),
  russianForm('Marinka', 'Мар’їнка', ['Maryinka']),
  russianForm('Chasiv Yar', 'Часів Яр', ['Chasov Yar']),
  russianForm('Krasnohorivka', 'Красногорівка', ['Krasnogorovka']),
  russianForm('Popasna', 'Попасна', ['Popasnaya']),
  russianForm('Rubizhne', 'Рубіжне', ['Rubezhnoye', 'Rubezhnoe']),
  french('Rubizhne', 'Рубіжне', ['Roubizhne']),
  russianForm('Svatove', 'Сватове', ['Svatovo']),
  russianForm('Kupiansk', 'Куп’янськ', ['Kupyansk']),
  russianForm('Balakliia', 'Балаклія', ['Balakleya', 'Balakleia']),
  russianForm('Izium', 'Ізюм', ['Izyum']),
  russianForm('Vovchansk', 'Вовчанськ', ['Volchansk']),
  russianForm('Chuhuiv', 'Чугуїв', ['Chuguev', 'Chuguyev']),
  russianForm('Okhtyrka', 'Охтирка', ['Akhtyrka']),
  russianForm('Nizhyn', 'Ніжин', ['Nezhin']),
  russianForm('Bila Tserkva', 'Біла Церква', ['Belaya Tserkov']),
  russianForm('Boryspil', 'Бориспіль', ['Borispol']),
  russianForm('Irpin', 'Ірпінь', ['Irpen']),
  russianForm('Hostomel', 'Гостомель', ['Gostomel']),
  russianForm('Vyshhorod', 'Вишгород', ['Vyshgorod']),
  russianForm('Borodianka', 'Бородянка', ['Borodyanka']),
  russianForm('Khmelnytskyi', 'Хмельницький', ['Khmelnitsky', 'Khmelnitskiy']),
  russianForm('Kamianets-Podilskyi', 'Кам’янець-Подільський', ['Kamenets-Podolsky']),
  russianForm('Bilhorod-Dnistrovskyi', 'Білгород-Дністровський', ['Belgorod-Dnestrovsky']),
  russianForm('Ochakiv', 'Очаків', ['Ochakov']),
  russianForm('Nova Kakhovka', 'Нова Каховка', ['Novaya Kakhovka']),
  russianForm('Enerhodar', 'Енергодар', ['Energodar']),
  russianForm('Berdiansk', 'Бердянськ', ['Berdyansk']),
  russianForm('Orikhiv', 'Оріхів', ['Orekhov']),
  russianForm('Huliaipole', 'Гуляйполе', ['Gulyaipole', 'Gulyaypole']),
  russianForm('Henichesk', 'Генічеськ', ['Genichesk']),
  russianForm('Pavlohrad', 'Павлоград', ['Pavlograd']),
  russianForm('Kamianske', 'Кам’янське', ['Kamenskoye']),
  russianForm('Zhovti Vody', 'Жовті Води', ['Zheltye Vody']),
  russianForm('Kremenchuk', 'Кременчук', ['Kremenchug']),
  russianForm('Myrhorod', 'Миргород', ['Mirgorod']),
  russianForm('Debaltseve', 'Дебальцеве', ['Debaltsevo']),
  russianForm('Yasynuvata', 'Ясинувата', ['Yasinovataya']),
  russianForm('Makiivka', 'Макіївка', ['Makeevka', 'Makeyevka']),
  russianForm('Velyka Novosilka', 'Велика Новосілка', ['Velikaya Novoselka']),
  russianForm('Kurakhove', 'Курахове', ['Kurakhovo']),
  russianForm('Selydove', 'Селидове', ['Selidovo']),
  russianForm('Dobropillia', 'Добропілля', ['Dobropolye']),
  russianForm('Druzhkivka', 'Дружківка', ['Druzhkovka']),
  russianForm('Snihurivka', 'Снігурівка', ['Snigirevka']),
  russianForm('Vasylivka', 'Василівка', ['Vasilyevka']),
  russianForm('Robotyne', 'Роботине', ['Rabotino']),
  russianForm('Klishchiivka', 'Кліщіївка', ['Kleshcheevka', 'Kleshcheyevka']),
  russianForm('Kurdiumivka', 'Курдюмівка', ['Kurdyumovka']),
  russianForm('Krokhmalne', 'Крохмальне', ['Krakhmalnoye', 'Krakhmalnoe']),
  russianForm('Tabaivka', 'Табаївка', ['Tabaevka', 'Tabayevka']),
  russianForm('Novomykhailivka', 'Новомихайлівка', ['Novomikhailovka', 'Novomikhaylovka']),
  russianForm('Lyman', 'Лиман', ['Liman', 'Krasny Liman']),
  russianForm('Rozdolne', 'Роздольне', ['Razdolnoye', 'Razdolnoe', 'Razdolne']),
  russianForm('Myrnohrad', 'Мирноград', ['Mirnograd']),
  russianForm('Trostianets', 'Тростянець', ['Trostyanets']),
  russianForm('Oleshky', 'Олешки', ['Aleshki']),
  russianForm('Hola Prystan', 'Гола Пристань', ['Golaya Pristan']),
  russianForm('Polohy', 'Пологи', ['Pologi']),
  russianForm('Yenakiieve', 'Єнакієве', ['Yenakiyevo', 'Yenakievo', 'Enakievo']),
  russianForm('Dokuchaievsk', 'Докучаєвськ', ['Dokuchayevsk', 'Dokuchaevsk']),
  russianForm('Ocheretyne', 'Очеретине', ['Ocheretino']),
  russianForm('Novohrodivka', 'Новогродівка', ['Novogrodovka']),
  russianForm('Shakhtarsk', 'Шахтарськ', ['Shakhtyorsk', 'Shakhtersk']),
  russianForm('Khartsyzk', 'Харцизьк', ['Khartsyzsk']),
  russianForm('Shmyhal', 'Шмигаль', ['Shmygal', 'Szmigal']),
  russianForm('Yanushevych', 'Янушевич', ['Yanushevich']),
  russianForm('Humeniuk', 'Гуменюк', ['Gumenyuk']),
  russianForm('Haidai', 'Гайдай', ['Gaidai', 'Gayday']),
  french('Haidai', 'Гайдай', ['Gaïdaï']),
  russianForm('Syniehubov', 'Синєгубов', ['Sinegubov', 'Sinegoubov']),
  russianForm('Halushchenko', 'Галущенко', ['Galushchenko']),
  russianForm('Honcharuk', 'Гончарук', ['Goncharuk']),
  russianForm('Suspilne', 'Суспільне', ['Suspilnoye']),
  {what: 'Russian form of a Kazakh name', preferred: 'Kassym-Jomart', forms: ['Kassym-Zhomart', 'Kasym-Zhomart'], note: 'The Russian romanisation of the Kazakh `Қасым-Жомарт`; Kazakhstan’s president writes his name Kassym-Jomart Tokayev in English, as English copy does'},
  {what: 'Russian acronym', preferred: 'DPR', forms: ['DNR'], except: ['DNR order', 'DNR orders', 'DNR status'], note: 'The romanised Russian acronym of `Донецкая народная республика`; English copy writes DPR, for the self-proclaimed Donetsk People’s Republic'},
  {what: 'Russian acronym', preferred: 'LPR', forms: ['LNR'], note: 'The romanised Russian acronym of `Луганская народная республика`; English copy writes LPR, for the self-proclaimed Luhansk People’s Republic'},
  // Ukrainian regions by their colloquial names in `-shchyna`, left untranslated.
  ...[
    ['Kyiv', 'Київщина', 'Kyivshchyna'],
    ['Kharkiv', 'Харківщина', 'Kharkivshchyna'],
    ['Donetsk', 'Донеччина', 'Donechchyna'],
    ['Luhansk', 'Луганщина', 'Luhanshchyna'],
    ['Kherson', 'Херсонщина', 'Khersonshchyna'],
    ['Sumy', 'Сумщина', 'Sumshchyna'],
    ['Poltava', 'Полтавщина', 'Poltavshchyna'],
    ['Chernihiv', 'Чернігівщина', 'Chernihivshchyna'],
    ['Odesa', 'Одещина', 'Odeshchyna'],
    ['Mykolaiv', 'Миколаївщина', 'Mykolaivshchyna'],
    ['Dnipropetrovsk', 'Дніпропетровщина', 'Dnipropetrovshchyna'],
    ['Zhytomyr', 'Житомирщина', 'Zhytomyrshchyna'],
    ['Lviv', 'Львівщина', 'Lvivshchyna'],
    ['Vinnytsia', 'Вінниччина', 'Vinnychchyna']
  ].map(([city, original, form]): TransliterationEntry => ({
    what: 'Ukrainian name of a region',
    preferred: city + ' region',
    forms: [form!],
    note: '`' + form + '` romanises `' + original + '`, the colloquial Ukrainian name of the ' + city + ' region (oblast); English copy writes `' + city + ' region`'
  })),
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

/**
 * English spellings of names that recur in foreign news, long enough (seven
 * letters or more) that a word one letter from one of them is a misspelling
 * rather than another name (`Volodomyr`, `Zhelensky`, `Suspline`): reported
 * as info, with the name as the suggestion. Variant spellings in use are
 * listed too, so that none of them is reported.
 */
export const prominentNames: readonly string[] = [
  // Ukraine: people, places, institutions and media.
  'Volodymyr', 'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Oleksandr', 'Oleksii', 'Oleksiy', 'Mykhailo', 'Klitschko',
  'Zaluzhnyi', 'Zaluzhny', 'Syrskyi', 'Podolyak', 'Podoliak', 'Reznikov', 'Budanov', 'Shmyhal', 'Poroshenko',
  'Tymoshenko', 'Yanukovych', 'Yushchenko', 'Syniehubov', 'Synehubov', 'Zaporizhzhia', 'Mykolaiv', 'Kharkiv', 'Kherson',
  'Avdiivka', 'Sievierodonetsk', 'Lysychansk', 'Kramatorsk', 'Sloviansk', 'Mariupol', 'Melitopol', 'Berdiansk',
  'Chernihiv', 'Vinnytsia', 'Zhytomyr', 'Ternopil', 'Kreminna', 'Pokrovsk', 'Vuhledar', 'Kupiansk', 'Suspilne',
  'Ukrinform', 'Ukrainska', 'Verkhovna',
  // Russia and its neighbours.
  'Prigozhin', 'Medvedev', 'Gerasimov', 'Zakharova', 'Navalny', 'Navalnaya', 'Lukashenko', 'Tsikhanouskaya',
  'Kadyrov', 'Belousov', 'Nebenzia', 'Mishustin', 'Tokayev', 'Mirziyoyev', 'Pashinyan', 'Aliyev',
  // Middle East and Africa.
  'Netanyahu', 'Erdogan', 'Tebboune', 'Abdelmadjid', 'Touadera', 'Hezbollah', 'Hizbollah', 'Hizballah', 'Hizbullah', 'Nasrallah',
  // Western Europe.
  'Macron', 'Scholz', 'Meloni', 'Schlein', 'Salvini', 'Mattarella', 'Sánchez', 'Feijóo', 'Lula',
  'Bolsonaro', 'Milei',
  // Seats of Italian power that Italian copy names by their palaces (`Palazzo Senatorio`, Rome’s city hall).
  'Montecitorio', 'Campidoglio', 'Senatorio'
].filter((name) => name.length >= 7)
