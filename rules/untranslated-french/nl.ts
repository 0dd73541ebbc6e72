/** Dutch for `untranslated-french` (copy from ANP and Dutch and Flemish dailies; see `language.ts`). */
import type {SourceLanguage} from './language.js'

export const dutch: SourceLanguage = {
  language: 'nl',
  words: [
    'het', 'een', 'niet', 'zijn', 'ook', 'maar', 'naar', 'uit', 'werd', 'wordt', 'worden', 'heeft', 'hebben', 'deze',
    'tegen', 'onder', 'tussen', 'zoals', 'waar', 'wel', 'geen', 'zich', 'hij', 'zij', 'wij', 'omdat', 'volgens',
    'vandaag', 'gisteren', 'regering', 'jaar', 'jaren', 'stad', 'oorlog', 'afgetroefd', 'titelduel'
  ],
  weak: ['voor', 'bij', 'dat', 'wat', 'om', 'te', 'dit', 'nog', 'meer'],
  shared: ['van', 'met', 'door', 'al', 'en', 'de', 'op', 'is', 'in', 'over'],
  particles: ['van', 'der', 'den', 'ter', 'ten', 'het'],
  translations: {volgens: ['according to'], vandaag: ['today'], gisteren: ['yesterday']}
}
