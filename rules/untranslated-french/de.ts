/** German for `untranslated-french` (copy from dpa and German dailies; see `language.ts`). */
import type {SourceLanguage} from './language.js'

export const german: SourceLanguage = {
  language: 'de',
  words: [
    'und', 'der', 'das', 'nicht', 'für', 'ist', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'auf', 'sich', 'auch',
    'dass', 'werden', 'wurde', 'wird', 'sind', 'nach', 'über', 'vom', 'zum', 'zur', 'heute', 'gegen', 'noch', 'nur', 'schon',
    'aber', 'oder', 'wenn', 'mehr', 'kein', 'keine', 'seine', 'ihre', 'unter', 'aus', 'wir', 'ich', 'haben', 'hatte', 'sein',
    'waren', 'kann', 'muss', 'soll', 'sollen', 'gibt', 'jetzt', 'immer', 'sehr', 'bereits', 'zwischen', 'durch', 'ohne', 'wegen',
    'sagte', 'erklärte', 'veröffentlicht', 'geprüft', 'erstellt', 'redaktionell', 'regierung', 'kommentare', 'nachrichten',
    'jahre', 'jahren', 'stadt', 'krieg', 'bundesregierung',
    // Adverbs that open a sentence.
    'jedoch', 'trotzdem', 'deshalb', 'außerdem', 'allerdings', 'zudem'
  ],
  weak: ['dem', 'von', 'mit', 'zu', 'bei', 'im', 'vor', 'wie', 'es', 'sie'],
  shared: ['die', 'den', 'um', 'er', 'am', 'in', 'an', 'so', 'also', 'man', 'war', 'was', 'hat', 'will', 'bis'],
  particles: ['von', 'vom', 'zu', 'zum', 'zur', 'der', 'den'],
  acronyms: [
    {acronym: 'BAMF', expansion: 'Bundesamt für Migration und Flüchtlinge', english: 'the federal migration office'},
    {acronym: 'BVerfG', expansion: 'Bundesverfassungsgericht', english: 'the Federal Constitutional Court'},
    {acronym: 'GroKo', expansion: 'Große Koalition', english: 'the grand coalition'},
    {acronym: 'KiTa', expansion: 'Kindertagesstätte', english: 'a day-care centre'}
  ]
}
