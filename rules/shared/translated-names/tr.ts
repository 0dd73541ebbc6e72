/**
 * Turkish names that machine translation turns into English words: the
 * press, institutions and military operations of Turkey, whose accepted
 * English names wire copy uses. Entry syntax: see `entry.ts`.
 */
import type {NameTable} from './entry.js'

export const turkish: NameTable = {
  words: {},
  names: [
    {name: 'İletişim Başkanlığı', kind: 'institution', english: 'Directorate of Communications', renderings: ['Presidency of Communications', 'Communications Presidency', 'Communication Presidency', 'Presidency of Communication', 'Directorate of Communication'], note: 'the Turkish presidency’s communications office'},
    {name: 'Barış Pınarı Harekâtı', kind: 'operation', english: 'Operation Peace Spring', renderings: ['Source of Peace', 'Spring of Peace', 'Peace Source', 'Peace Fountain', 'Fountain of Peace'], note: 'Turkish offensive in northern Syria, 2019'},
    {name: 'Zeytin Dalı Harekâtı', kind: 'operation', english: 'Operation Olive Branch', renderings: ['Branch of Olive', 'Olive Twig', 'Branch of the Olive'], note: 'Turkish offensive in Afrin, Syria, 2018'},
    {name: 'Fırat Kalkanı Harekâtı', kind: 'operation', english: 'Operation Euphrates Shield', renderings: ['Shield of the Euphrates', 'Euphrates Armor', 'Euphrates Armour'], note: 'Turkish offensive in northern Syria, 2016–2017'},
    {name: 'Hürriyet', kind: 'daily', needs: 'cue', renderings: ['Freedom', 'Liberty'], note: 'national daily, Istanbul'},
    {name: 'Milliyet', kind: 'daily', needs: 'cue', renderings: ['Nationality', 'Nation'], note: 'national daily, Istanbul'},
    {name: 'Sabah', kind: 'daily', needs: 'cue', renderings: ['Morning', 'The Morning'], note: 'national daily, Istanbul'},
    {name: 'Cumhuriyet', kind: 'daily', needs: 'cue', renderings: ['Republic', 'The Republic'], note: 'national daily, Istanbul'},
    {name: 'Yeni Şafak', kind: 'daily', renderings: ['New Dawn', 'New Daybreak'], needs: 'context', note: 'national daily, Istanbul'},
    {name: 'Sözcü', kind: 'daily', needs: 'cue', renderings: ['Spokesman', 'Spokesperson', 'The Spokesman'], note: 'national daily, Istanbul'}
  ]
}
