import type {NameEntry} from '../../src/engine/name-table.js'

const ukrainian =
  'The Russian-derived spelling; since 2019–2022 AP, Reuters, the BBC and the Guardian use the transliteration of the Ukrainian name'

/**
 * Ukrainian places whose English spelling changed from the Russian-derived
 * form (kept by French wire copy and by older translations) to the Ukrainian one.
 */
export const placeNameTable: readonly NameEntry[] = [
  {preferred: 'Kyiv', forms: ['Kiev'], except: ['Chicken Kiev', 'Battle of Kiev', 'Kiev Pechersk Lavra'], note: ukrainian + ' (`Київ`); `Kiev` survives in fixed expressions such as Chicken Kiev'},
  {preferred: 'Kharkiv', forms: ['Kharkov'], except: ['Battle of Kharkov', 'Battles of Kharkov'], note: ukrainian + ' (`Харків`)'},
  {preferred: 'Odesa', forms: ['Odessa'], except: ['Odessa, Texas', 'Odessa, TX', 'Odessa File', 'Odessa Steps'], note: ukrainian + ' (`Одеса`); Odessa, Texas, keeps its name'},
  {preferred: 'Lviv', forms: ['Lvov'], except: ['Prince Lvov', 'Georgy Lvov'], note: ukrainian + ' (`Львів`)'},
  {preferred: 'Mykolaiv', forms: ['Nikolaev', 'Nikolayev', 'Mykolayiv'], note: ukrainian + ' (`Миколаїв`)'},
  {preferred: 'Zaporizhzhia', forms: ['Zaporozhye', 'Zaporozhe', 'Zaporizhia', 'Zaporijia', 'Zaporijjia'], note: ukrainian + ' (`Запоріжжя`)'},
  {preferred: 'Luhansk', forms: ['Lugansk', 'Louhansk'], note: ukrainian + ' (`Луганськ`)'},
  {preferred: 'Donbas', forms: ['Donbass'], except: ['Donbass Arena'], note: ukrainian + ' (`Донбас`)'},
  {preferred: 'Dnipro', forms: ['Dnepr', 'Dniepr', 'Dnipropetrovsk', 'Dnepropetrovsk'], note: ukrainian + ' (`Дніпро`); the city was renamed from Dnipropetrovsk in 2016'},
  {preferred: 'Chernihiv', forms: ['Chernigov', 'Tchernihiv'], note: ukrainian + ' (`Чернігів`)'},
  {preferred: 'Rivne', forms: ['Rovno'], note: ukrainian + ' (`Рівне`)'},
  {preferred: 'Zhytomyr', forms: ['Zhitomir', 'Jytomyr'], note: ukrainian + ' (`Житомир`)'},
  {preferred: 'Vinnytsia', forms: ['Vinnitsa', 'Vinnytsya'], note: ukrainian + ' (`Вінниця`)'},
  {preferred: 'Ternopil', forms: ['Ternopol'], note: ukrainian + ' (`Тернопіль`)'},
  {preferred: 'Uzhhorod', forms: ['Uzhgorod'], note: ukrainian + ' (`Ужгород`)'},
  {preferred: 'Ivano-Frankivsk', forms: ['Ivano-Frankovsk'], note: ukrainian + ' (`Івано-Франківськ`)'},
  {preferred: 'Kropyvnytskyi', forms: ['Kirovograd', 'Kirovohrad'], note: ukrainian + ' (`Кропивницький`); renamed from Kirovohrad in 2016'},
  {preferred: 'Horlivka', forms: ['Gorlovka'], note: ukrainian + ' (`Горлівка`)'},
  {preferred: 'Sloviansk', forms: ['Slavyansk', 'Slaviansk'], note: ukrainian + ' (`Слов’янськ`)'},
  {preferred: 'Lysychansk', forms: ['Lisichansk', 'Lyssytchansk'], note: ukrainian + ' (`Лисичанськ`)'},
  {preferred: 'Sievierodonetsk', forms: ['Severodonetsk'], note: ukrainian + ' (`Сєвєродонецьк`)'},
  {preferred: 'Bakhmut', forms: ['Artemovsk', 'Artemivsk', 'Bakhmout'], note: ukrainian + ' (`Бахмут`); renamed from Artemivsk in 2016'},
  {preferred: 'Mariupol', forms: ['Marioupol'], note: 'The French transliteration of `Маріуполь`; English copy writes Mariupol'},
  {preferred: 'Bucha', forms: ['Boutcha'], note: 'The French transliteration of `Буча`; English copy writes Bucha'},
  {preferred: 'Sumy', forms: ['Soumy'], note: 'The French transliteration of `Суми`; English copy writes Sumy'},
  {preferred: 'Chernivtsi', forms: ['Chernovtsy', 'Tchernivtsi'], note: ukrainian + ' (`Чернівці`)'},
]

/** The year Ukraine became independent: before it, the Russian-derived spellings were the English ones. */
export const sovietEnd = 1991

/** Words that put a sentence in the time when the old spelling was the English one (`Kievan Rus’`, the Soviet Union). */
export const historyMarkers = /\b(?:Rus[’']?|USSR|SSR|Soviet Union|Soviet Ukraine|Russian Empire|tsar|tsarist|czar|medieval|Middle Ages|Nazi|Wehrmacht|Red Army|World War II|Second World War)(?![\p{L}])/u

/** Words that make the old spelling a mention, not a use: the sentence is about the name itself. */
export const mentionMarkers = /\b(?:spell(?:s|ed|t|ing|ings)?|transliterat\w*|pronounc\w*|renam\w*|name[sd]?|word|Russian-language|Russian language)\b/i
