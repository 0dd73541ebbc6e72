/**
 * Ukrainian first names and the Russian forms that Russian-language sources
 * (and copy translated through Russian) give the same people: shared by
 * `transliteration`, which reports the Russian form given to a Ukrainian, and
 * `name-variants`, which groups both forms of one person’s name.
 *
 * `ukrainian` is the romanisation of Ukraine’s national system (2010), the
 * one AP, Reuters and the BBC follow; `russian` lists the forms that
 * romanise the Russian name (several systems), capitalised as written.
 * Forms that English copy also gives Ukrainians themselves (`Yulia`,
 * `Natalia`, `Anna`, `Alexander`) are left out.
 */
export interface FirstName {
  ukrainian: string
  /** The Ukrainian name in Cyrillic, for the note. */
  cyrillic: string
  russian: readonly string[]
}

export const ukrainianFirstNames: readonly FirstName[] = [
  {ukrainian: 'Volodymyr', cyrillic: 'Володимир', russian: ['Vladimir']},
  {ukrainian: 'Oleksandr', cyrillic: 'Олександр', russian: ['Aleksandr', 'Alexandr']},
  {ukrainian: 'Oleksii', cyrillic: 'Олексій', russian: ['Aleksei', 'Aleksey', 'Alexei', 'Alexey', 'Alexeï']},
  {ukrainian: 'Serhii', cyrillic: 'Сергій', russian: ['Sergei', 'Sergey', 'Serguei']},
  {ukrainian: 'Dmytro', cyrillic: 'Дмитро', russian: ['Dmitry', 'Dmitri', 'Dmitriy']},
  {ukrainian: 'Mykola', cyrillic: 'Микола', russian: ['Nikolai', 'Nikolay']},
  {ukrainian: 'Andrii', cyrillic: 'Андрій', russian: ['Andrei', 'Andrey']},
  {ukrainian: 'Yurii', cyrillic: 'Юрій', russian: ['Yury', 'Yuriy']},
  {ukrainian: 'Ihor', cyrillic: 'Ігор', russian: ['Igor']},
  {ukrainian: 'Oleh', cyrillic: 'Олег', russian: ['Oleg']},
  {ukrainian: 'Denys', cyrillic: 'Денис', russian: ['Denis']},
  {ukrainian: 'Vitalii', cyrillic: 'Віталій', russian: ['Vitaly', 'Vitaliy']},
  {ukrainian: 'Mykhailo', cyrillic: 'Михайло', russian: ['Mikhail']},
  {ukrainian: 'Pavlo', cyrillic: 'Павло', russian: ['Pavel']},
  {ukrainian: 'Petro', cyrillic: 'Петро', russian: ['Pyotr', 'Piotr']},
  {ukrainian: 'Valentyn', cyrillic: 'Валентин', russian: ['Valentin']},
  {ukrainian: 'Yevhen', cyrillic: 'Євген', russian: ['Yevgeny', 'Yevgeniy', 'Evgeny', 'Evgeniy']},
  {ukrainian: 'Vasyl', cyrillic: 'Василь', russian: ['Vasily', 'Vasiliy', 'Vassily']},
  {ukrainian: 'Hryhorii', cyrillic: 'Григорій', russian: ['Grigory', 'Grigoriy']},
  {ukrainian: 'Heorhii', cyrillic: 'Георгій', russian: ['Georgy', 'Georgiy']},
  {ukrainian: 'Kyrylo', cyrillic: 'Кирило', russian: ['Kirill']},
  {ukrainian: 'Maksym', cyrillic: 'Максим', russian: ['Maxim', 'Maksim']},
  {ukrainian: 'Anatolii', cyrillic: 'Анатолій', russian: ['Anatoly', 'Anatoliy']},
  {ukrainian: 'Arsenii', cyrillic: 'Арсеній', russian: ['Arseny', 'Arseniy']},
  {ukrainian: 'Hennadii', cyrillic: 'Геннадій', russian: ['Gennady', 'Gennadiy']},
  {ukrainian: 'Valerii', cyrillic: 'Валерій', russian: ['Valery', 'Valeriy']},
  {ukrainian: 'Vadym', cyrillic: 'Вадим', russian: ['Vadim']},
  {ukrainian: 'Borys', cyrillic: 'Борис', russian: ['Boris']},
  {ukrainian: 'Mykyta', cyrillic: 'Микита', russian: ['Nikita']},
  {ukrainian: 'Illia', cyrillic: 'Ілля', russian: ['Ilya']},
  {ukrainian: 'Danylo', cyrillic: 'Данило', russian: ['Daniil']},
  {ukrainian: 'Bohdan', cyrillic: 'Богдан', russian: ['Bogdan']},
  {ukrainian: 'Fedir', cyrillic: 'Федір', russian: ['Fyodor', 'Fedor']},
  {ukrainian: 'Semen', cyrillic: 'Семен', russian: ['Semyon']},
  {ukrainian: 'Yakiv', cyrillic: 'Яків', russian: ['Yakov']},
  {ukrainian: 'Olena', cyrillic: 'Олена', russian: ['Yelena', 'Elena']},
  {ukrainian: 'Iryna', cyrillic: 'Ірина', russian: ['Irina']},
  {ukrainian: 'Tetiana', cyrillic: 'Тетяна', russian: ['Tatyana']},
  {ukrainian: 'Nataliia', cyrillic: 'Наталія', russian: ['Natalya']},
  {ukrainian: 'Liudmyla', cyrillic: 'Людмила', russian: ['Lyudmila', 'Ludmila']},
  {ukrainian: 'Halyna', cyrillic: 'Галина', russian: ['Galina']},
  {ukrainian: 'Svitlana', cyrillic: 'Світлана', russian: ['Svetlana']},
  {ukrainian: 'Kateryna', cyrillic: 'Катерина', russian: ['Yekaterina', 'Ekaterina']},
  {ukrainian: 'Olha', cyrillic: 'Ольга', russian: ['Olga']}
]

/** Each Russian form, lower case, with the Ukrainian name it stands for. */
export const ukrainianByRussianForm: ReadonlyMap<string, FirstName> = new Map(
  ukrainianFirstNames.flatMap((name) => name.russian.map((form) => [form.toLowerCase(), name] as const))
)

/**
 * Ukrainians in the news, by the surname forms English and machine-translated
 * copy give them, with the first name they use in English. A Russian form of
 * a first name before one of these surnames is the Russian name given to a
 * Ukrainian (`Vladimir Zelensky`), whatever the sentence says.
 */
export interface UkrainianPerson {
  first: string
  surnames: readonly string[]
  /** Who they are, for the note. */
  who: string
}

export const ukrainianPeople: readonly UkrainianPerson[] = [
  {first: 'Volodymyr', surnames: ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskyi', 'Zelenski', 'Zelinsky', 'Zhelensky'], who: 'the president of Ukraine'},
  {first: 'Denys', surnames: ['Shmyhal', 'Shmygal', 'Szmigal'], who: 'a Ukrainian prime minister'},
  {first: 'Dmytro', surnames: ['Kuleba'], who: 'a Ukrainian foreign minister'},
  {first: 'Oleksii', surnames: ['Reznikov', 'Danilov', 'Arestovych', 'Arestovich', 'Honcharuk', 'Goncharuk'], who: 'a Ukrainian official'},
  {first: 'Valerii', surnames: ['Zaluzhnyi', 'Zaluzhny', 'Zaluzhniy'], who: 'a Ukrainian commander-in-chief'},
  {first: 'Oleksandr', surnames: ['Syrskyi', 'Syrsky', 'Syrskiy', 'Vilkul', 'Prokudin', 'Kubrakov', 'Usyk', 'Zinchenko'], who: 'a Ukrainian in the news'},
  {first: 'Kyrylo', surnames: ['Budanov'], who: 'the head of Ukraine’s military intelligence'},
  {first: 'Mykhailo', surnames: ['Podolyak', 'Podoliak', 'Fedorov', 'Mudryk'], who: 'a Ukrainian in the news'},
  {first: 'Andrii', surnames: ['Yermak', 'Sybiha', 'Kostin', 'Sadovyi', 'Sadovy'], who: 'a Ukrainian official'},
  {first: 'Serhii', surnames: ['Haidai', 'Gaidai', 'Cherevatyi', 'Cherevaty', 'Cherevatiy', 'Lysak', 'Marchenko'], who: 'a Ukrainian official'},
  {first: 'Oleh', surnames: ['Syniehubov', 'Sinegubov', 'Synehubov'], who: 'the governor of the Kharkiv region'},
  {first: 'Ihor', surnames: ['Terekhov', 'Klymenko'], who: 'a Ukrainian official'},
  {first: 'Valentyn', surnames: ['Reznichenko'], who: 'a governor of the Dnipropetrovsk region'},
  {first: 'Petro', surnames: ['Poroshenko'], who: 'a president of Ukraine'},
  {first: 'Vasyl', surnames: ['Malyuk', 'Maliuk'], who: 'the head of the SBU'},
  {first: 'Ivan', surnames: ['Bakanov', 'Fedorov', 'Starukh'], who: 'a Ukrainian official'},
  {first: 'Iryna', surnames: ['Vereshchuk', 'Venediktova'], who: 'a Ukrainian official'},
  {first: 'Dmytro', surnames: ['Lubinets'], who: 'Ukraine’s ombudsman'},
  {first: 'Denys', surnames: ['Monastyrsky', 'Monastyrskyi'], who: 'a Ukrainian interior minister'},
  {first: 'Borys', surnames: ['Filatov'], who: 'the mayor of Dnipro'},
  {first: 'Arsenii', surnames: ['Yatsenyuk'], who: 'a Ukrainian prime minister'}
]

/** Each surname form, lower case, with its person (a surname shared by two people in the table maps to none). */
export const ukrainianBySurname: ReadonlyMap<string, UkrainianPerson | undefined> = (() => {
  const map = new Map<string, UkrainianPerson | undefined>()
  for (const person of ukrainianPeople) {
    for (const surname of person.surnames) {
      const key = surname.toLowerCase()
      map.set(key, map.has(key) && map.get(key)?.first !== person.first ? undefined : person)
    }
  }
  return map
})()
