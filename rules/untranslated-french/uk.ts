/** Ukrainian for `untranslated-french`: the acronyms of its institutions that copy translated from Ukrainian leaves (see `language.ts`). */
import type {SourceLanguage} from './language.js'

export const ukrainian: SourceLanguage = {
  language: 'uk',
  words: [],
  weak: [],
  shared: [],
  acronyms: [
    {acronym: 'OVA', expansion: 'обласна військова адміністрація (oblasna viiskova administratsiia)', english: 'the regional military administration'},
    {acronym: 'MVA', expansion: 'міська військова адміністрація (miska viiskova administratsiia)', english: 'the city military administration'},
    {acronym: 'ZSU', expansion: 'Збройні сили України (Zbroini syly Ukrainy)', english: 'the Armed Forces of Ukraine'},
    {acronym: 'TCC', expansion: 'територіальний центр комплектування (terytorialnyi tsentr komplektuvannia)', english: 'the military enlistment office'},
    {acronym: 'TCK', expansion: 'територіальний центр комплектування (terytorialnyi tsentr komplektuvannia)', english: 'the military enlistment office'},
    {acronym: 'DSNS', expansion: 'Державна служба України з надзвичайних ситуацій', english: 'the State Emergency Service'}
  ]
}
