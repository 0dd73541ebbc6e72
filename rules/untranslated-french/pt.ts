/** Portuguese for `untranslated-french` (copy from Lusa and Agência Brasil; see `language.ts`). */
import type {SourceLanguage} from './language.js'

export const portuguese: SourceLanguage = {
  language: 'pt',
  words: [
    'dos', 'das', 'pelo', 'pela', 'pelos', 'pelas', 'aos', 'uma', 'umas', 'uns', 'não', 'são', 'também', 'mais',
    'muito', 'foi', 'foram', 'está', 'estão', 'disse', 'afirmou', 'segundo', 'depois', 'ainda', 'hoje', 'ontem', 'sempre',
    'porque', 'quando', 'onde', 'então', 'já', 'governo', 'presidente', 'ministro', 'ano', 'anos', 'dias', 'cidade', 'país',
    'eleições', 'ele', 'ela', 'eles', 'elas', 'seu', 'sua', 'seus', 'suas', 'isso', 'isto', 'esse', 'essa', 'esses', 'essas',
    // Adverbs that open a sentence.
    'porém', 'contudo', 'entretanto', 'portanto', 'além'
  ],
  weak: ['da', 'em', 'na', 'nos', 'nas', 'com', 'para', 'um', 'ao', 'ser', 'tem', 'sem', 'mas', 'este', 'esta'],
  shared: ['do', 'no', 'a', 'o', 'e', 'os', 'as', 'de'],
  openers: {mas: 'but'},
  particles: ['da', 'do', 'dos', 'das', 'de'],
  translations: {hoje: ['today'], ontem: ['yesterday'], governo: ['government']},
  acronyms: [
    {acronym: 'STF', expansion: 'Supremo Tribunal Federal', english: 'Brazil’s Supreme Court'},
    {acronym: 'TSE', expansion: 'Tribunal Superior Eleitoral', english: 'Brazil’s electoral court'},
    {acronym: 'INSS', expansion: 'Instituto Nacional do Seguro Social', english: 'the Brazilian social security institute'}
  ],
  nicknames: [
    {forms: ['emedebista', 'emedebistas'], meaning: 'a member of the Brazilian Democratic Movement, MDB', english: 'MDB member'},
    {forms: ['petista', 'petistas'], meaning: 'a member of the Workers’ Party, PT', english: 'PT member'},
    {forms: ['bolsonarista', 'bolsonaristas'], meaning: 'Jair Bolsonaro’s supporters', english: 'Bolsonaro supporters', lowConfidence: true},
    {forms: ['lulista', 'lulistas'], meaning: 'Lula’s supporters', english: 'Lula supporters'},
    // Club nicknames of Brazilian sports writing.
    {forms: ['Rubro-Negro'], meaning: 'Flamengo, the red-and-black', english: 'Flamengo'},
    {forms: ['Tricolor Paulista'], meaning: 'São Paulo FC', english: 'São Paulo'},
    {forms: ['Verdão'], meaning: 'Palmeiras', english: 'Palmeiras'},
    {forms: ['Timão'], meaning: 'Corinthians', english: 'Corinthians'}
  ]
}
