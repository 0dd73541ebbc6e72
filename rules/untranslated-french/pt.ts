/** Portuguese for `untranslated-french` (copy from Lusa and Agência Brasil; see `language.ts`). */
import type {SourceLanguage} from './language.js'

export const portuguese: SourceLanguage = {
  language: 'pt',
  words: [
    'dos', 'das', 'pelo', 'pela', 'pelos', 'pelas', 'aos', 'uma', 'umas', 'uns', 'não', 'são', 'também', 'mais',
    'muito', 'foi', 'foram', 'está', 'estão', 'disse', 'afirmou', 'segundo', 'depois', 'ainda', 'hoje', 'ontem', 'sempre',
    'porque', 'quando', 'onde', 'então', 'já', 'governo', 'presidente', 'ministro', 'ano', 'anos', 'dias', 'cidade', 'país',
    'eleições', 'ele', 'ela', 'eles', 'elas', 'seu', 'sua', 'seus', 'suas', 'isso', 'isto', 'esse', 'essa', 'esses', 'essas'
  ],
  weak: ['da', 'em', 'na', 'nos', 'nas', 'com', 'para', 'um', 'ao', 'ser', 'tem', 'sem', 'mas', 'este', 'esta'],
  shared: ['do', 'no', 'a', 'o', 'e', 'os', 'as', 'de'],
  particles: ['da', 'do', 'dos', 'das', 'de'],
  translations: {hoje: ['today'], ontem: ['yesterday'], governo: ['government']},
  acronyms: [
    {acronym: 'STF', expansion: 'Supremo Tribunal Federal', english: 'Brazil’s Supreme Court'},
    {acronym: 'TSE', expansion: 'Tribunal Superior Eleitoral', english: 'Brazil’s electoral court'},
    {acronym: 'INSS', expansion: 'Instituto Nacional do Seguro Social', english: 'the Brazilian social security institute'}
  ]
}
