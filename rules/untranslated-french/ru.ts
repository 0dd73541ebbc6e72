/** Russian for `untranslated-french`: the acronyms of its institutions that copy translated from Russian leaves (see `language.ts`). */
import type {SourceLanguage} from './language.js'

export const russian: SourceLanguage = {
  language: 'ru',
  words: [],
  weak: [],
  shared: [],
  acronyms: [
    {acronym: 'VSU', expansion: 'Вооружённые силы Украины (Vooruzhonnye sily Ukrainy)', english: 'the Ukrainian armed forces'},
    {acronym: 'MChS', expansion: 'Министерство по чрезвычайным ситуациям', english: 'the Emergencies Ministry'},
    {acronym: 'SVO', expansion: 'специальная военная операция (spetsialnaya voyennaya operatsiya)', english: 'the war, which Russia calls a special military operation'}
  ],
  nicknames: [
    {forms: ['Nezalezhnaya', 'Nezalezhnaia', 'Nezalezhnaja'], meaning: 'Ukraine, by its sarcastic name in the Russian press: Незалежная, the independent one', english: 'Ukraine'}
  ]
}
