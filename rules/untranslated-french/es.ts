/** Spanish for `untranslated-french` (agency copy from EFE and Europa Press; see `language.ts`). */
import type {SourceLanguage} from './language.js'

export const spanish: SourceLanguage = {
  language: 'es',
  words: [
    'los', 'las', 'una', 'unos', 'unas', 'esta', 'estos', 'estas', 'esto', 'eso', 'ese', 'esa', 'aquel', 'nuestro', 'nuestra',
    'según', 'durante', 'desde', 'hasta', 'sobre', 'hacia', 'también', 'pero', 'muy', 'más', 'porque', 'aunque', 'cuando', 'donde',
    'cómo', 'qué', 'quién', 'sino', 'tras', 'ahora', 'hoy', 'ayer', 'siempre', 'nunca', 'todavía', 'además',
    'está', 'están', 'estaba', 'fue', 'fueron', 'sido', 'será', 'ser', 'tiene', 'tienen', 'puede', 'pueden', 'hace',
    'dijo', 'afirmó', 'aseguró', 'señaló', 'explicó', 'añadió', 'indicó', 'declaró',
    'gobierno', 'presidente', 'presidenta', 'ministro', 'ministra', 'año', 'años', 'días', 'semana', 'país', 'guerra', 'ciudad',
    'ley', 'elecciones', 'partido', 'intervención', 'sesión',
    // Adverbs that open a sentence.
    'entonces', 'asimismo', 'incluso', 'mientras', 'finalmente'
  ],
  weak: ['el', 'del', 'sus', 'por', 'para', 'es', 'su', 'lo', 'nos', 'ya', 'todo', 'todos', 'toda', 'todas', 'este', 'uno', 'dos', 'tres'],
  shared: ['con', 'sin', 'son', 'y', 'o', 'al', 'le', 'se', 'me', 'mi', 'tu', 'no'],
  particles: ['del', 'de', 'la', 'las', 'los', 'y'],
  translations: {según: ['according to'], también: ['also'], durante: ['during'], gobierno: ['government']},
  acronyms: [
    {acronym: 'BOE', expansion: 'Boletín Oficial del Estado', english: 'the official gazette'},
    {acronym: 'ERTE', expansion: 'expediente de regulación temporal de empleo', english: 'a furlough scheme'},
    {acronym: 'ERTEs', expansion: 'expedientes de regulación temporal de empleo', english: 'furlough schemes'},
    {acronym: 'CGPJ', expansion: 'Consejo General del Poder Judicial', english: 'the General Council of the Judiciary'},
    {acronym: 'IRPF', expansion: 'impuesto sobre la renta de las personas físicas', english: 'income tax'},
    {acronym: 'SEPE', expansion: 'Servicio Público de Empleo Estatal', english: 'the state employment service'},
    {acronym: 'UCO', expansion: 'Unidad Central Operativa de la Guardia Civil', english: 'the Civil Guard’s investigative unit'},
    {acronym: 'CNMV', expansion: 'Comisión Nacional del Mercado de Valores', english: 'the Spanish securities regulator'}
  ],
  nicknames: [
    {forms: ['independentistas', 'independentista'], meaning: 'the separatists, in Catalonia or the Basque Country', english: 'separatists'},
    {forms: ['abertzale', 'abertzales'], meaning: 'the Basque pro-independence left', english: 'Basque separatist'},
    {forms: ['peperos', 'pepero'], meaning: 'the members of the People’s Party, PP', english: 'PP members'},
    {forms: ['sanchistas', 'sanchista'], meaning: 'Pedro Sánchez’s supporters', english: 'Sánchez supporters'}
  ]
}
