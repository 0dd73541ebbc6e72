/**
 * Ukrainian first names and the Russian forms that Russian-language sources
 * (and copy translated through Russian) give the same people: shared by
 * `transliteration`, which reports the Russian form given to a Ukrainian, and
 * `name-variants`, which groups both forms of one person’s name.
 *
 * `ukrainian` is the romanisation of Ukraine’s national system (2010), the
 * one AP, Reuters and the BBC follow; `russian` lists the forms that
 * romanise the Russian name (several systems), capitalised as written.
 */
export interface FirstName {
  ukrainian: string
  /** The Ukrainian name in Cyrillic, for the note. */
  cyrillic: string
  russian: readonly string[]
}

export const ukrainianFirstNames: readonly FirstName[] = [
  {ukrainian: 'Volodymyr', cyrillic: 'Володимир', russian: ['Vladimir']},
  {ukrainian: 'Oleksandr', cyrillic: 'Олександр', russian: ['Aleksandr', 'Alexandr', 'Alexander']},
  {ukrainian: 'Oleksandra', cyrillic: 'Олександра', russian: ['Aleksandra', 'Alexandra']},
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
  {ukrainian: 'Yuliia', cyrillic: 'Юлія', russian: ['Yulia', 'Yuliya']},
  {ukrainian: 'Iryna', cyrillic: 'Ірина', russian: ['Irina']},
  {ukrainian: 'Tetiana', cyrillic: 'Тетяна', russian: ['Tatiana', 'Tatyana']},
  {ukrainian: 'Nataliia', cyrillic: 'Наталія', russian: ['Natalia', 'Natalya']},
  {ukrainian: 'Liudmyla', cyrillic: 'Людмила', russian: ['Lyudmila', 'Ludmila']},
  {ukrainian: 'Halyna', cyrillic: 'Галина', russian: ['Galina']},
  {ukrainian: 'Svitlana', cyrillic: 'Світлана', russian: ['Svetlana']},
  {ukrainian: 'Kateryna', cyrillic: 'Катерина', russian: ['Yekaterina', 'Ekaterina']},
  {ukrainian: 'Hanna', cyrillic: 'Ганна', russian: ['Anna']},
  {ukrainian: 'Olha', cyrillic: 'Ольга', russian: ['Olga']}
]

/** Each Russian form, lower case, with the Ukrainian name it stands for. */
export const ukrainianByRussianForm: ReadonlyMap<string, FirstName> = new Map(
  ukrainianFirstNames.flatMap((name) => name.russian.map((form) => [form.toLowerCase(), name] as const))
)
