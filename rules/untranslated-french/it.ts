/** Italian for `untranslated-french` (agency copy from ANSA and Adnkronos; see `language.ts`). */
import type {SourceLanguage} from './language.js'

export const italian: SourceLanguage = {
  language: 'it',
  words: [
    'gli', 'della', 'dello', 'degli', 'delle', 'nel', 'nella', 'nello', 'negli', 'nelle', 'alla', 'allo', 'alle', 'agli',
    'dalla', 'dallo', 'dalle', 'dagli', 'sulla', 'sullo', 'sulle', 'sugli', 'questo', 'questa', 'questi', 'queste', 'quello',
    'quella', 'quelli', 'quelle', 'anche', 'più', 'perché', 'quando', 'ancora', 'dopo', 'oggi', 'ieri', 'sempre', 'mai',
    'però', 'sono', 'stato', 'stata', 'stati', 'essere', 'hanno', 'aveva', 'sarà', 'può', 'deve', 'tra',
    'governo', 'sindaco', 'consiglio', 'anni', 'giorno', 'giorni', 'guerra', 'città', 'paese', 'legge', 'elezioni',
    'proclamato', 'proclamata', 'passaggio', 'consegne', 'secondo',
    // Adverbs that open a sentence.
    'quindi', 'inoltre', 'tuttavia', 'infatti', 'insomma', 'pertanto', 'comunque', 'invece'
  ],
  weak: ['il', 'dei', 'del', 'nei', 'sul', 'sui', 'dal', 'dai', 'di', 'che', 'per', 'ma', 'uno', 'una', 'fra', 'anno'],
  shared: ['con', 'non', 'e', 'a', 'al', 'da', 'in', 'lo', 'la', 'le', 'i', 'ad', 'ed'],
  openers: {ma: 'but'},
  particles: ['di', 'da', 'del', 'della', 'dei', 'degli', 'delle', 'dal', 'dalla', 'lo', 'la'],
  translations: {ancora: ['still'], oggi: ['today'], ieri: ['yesterday'], governo: ['government'], sindaco: ['mayor']},
  acronyms: [
    {acronym: 'DPCM', expansion: 'decreto del presidente del Consiglio dei ministri', english: 'a prime ministerial decree'},
    {acronym: 'INPS', expansion: 'Istituto nazionale della previdenza sociale', english: 'the Italian social security institute'},
    {acronym: 'IRPEF', expansion: 'imposta sul reddito delle persone fisiche', english: 'income tax'},
    {acronym: 'GdF', expansion: 'Guardia di Finanza', english: 'the financial police'}
  ],
  nicknames: [
    {forms: ['pentastellati', 'pentastellato', 'pentastellata', 'pentastellate'], meaning: 'the members of the Five Star Movement', english: 'Five Star Movement members'},
    {forms: ['grillini', 'grillino', 'grillina', 'grilline'], meaning: 'Beppe Grillo’s followers, the Five Star Movement', english: 'Five Star Movement members'},
    {forms: ['leghisti', 'leghista'], meaning: 'the members of the League', english: 'League members'},
    {forms: ['forzisti', 'forzista'], meaning: 'the members of Forza Italia', english: 'Forza Italia members'},
    {forms: ['meloniani', 'meloniano'], meaning: 'Giorgia Meloni’s supporters', english: 'Meloni supporters'},
    {forms: ['renziani', 'renziano'], meaning: 'Matteo Renzi’s supporters', english: 'Renzi supporters'},
    {forms: ['piddini', 'piddino'], meaning: 'the members of the Democratic Party, PD', english: 'Democratic Party members'}
  ]
}
