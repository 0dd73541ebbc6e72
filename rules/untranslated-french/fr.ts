/**
 * French for `untranslated-french`: its word lists (every word lower case,
 * with a straight apostrophe; the tests check that no word is in two
 * lists), the grammar of its names and elisions, its loanwords, and the
 * acronyms of its institutions.
 */
import type {SourceLanguage} from './language.js'

/** French words that are not English words: one of them is enough to report. */
export const frenchWords: readonly string[] = [
  // Articles, pronouns, determiners.
  'le', 'les', 'des', 'au', 'une', 'cette', 'cet', 'ces', 'leur', 'leurs', 'notre', 'votre', 'vos',
  'nous', 'vous', 'ils', 'elle', 'elles', 'eux', 'lui', 'celui', 'celle', 'ceux', 'celles', 'cela', 'ceci', 'ça',
  'quelques', 'plusieurs', 'chaque', 'aucun', 'aucune', 'tous', 'toutes', 'autres', 'même', 'mêmes',
  // Prepositions, conjunctions, adverbs.
  'selon', 'dans', 'avec', 'chez', 'sur', 'sous', 'vers', 'après', 'depuis', 'contre', 'entre', 'parmi',
  'qui', 'que', 'quoi', 'lorsque', 'puisque', 'quand', 'pourquoi', 'parce', 'mais', 'donc', 'alors',
  'puis', 'ainsi', 'aussi', 'très', 'déjà', 'toujours', 'jamais', 'rien', 'beaucoup', 'cependant',
  'pourtant', 'notamment', 'également', 'aujourd\'hui', 'hier', 'demain', 'lors', 'où', 'à', 'oui',
  // Verbs: être, avoir and the reporting verbs of news copy.
  'sont', 'était', 'étaient', 'été', 'être', 'sera', 'seront', 'serait', 'sommes', 'êtes', 'suis',
  'avait', 'avaient', 'avoir', 'ont', 'avons', 'avez', 'aurait', 'faire', 'fait', 'faut', 'peut', 'peuvent',
  'doit', 'doivent', 'pourrait', 'devrait', 'dit', 'déclaré', 'affirmé', 'ajouté', 'estimé', 'indiqué', 'précisé',
  'souligné', 'annoncé',
  // Nouns of news copy with no English homograph.
  'gouvernement', 'ministre', 'président', 'présidente', 'guerre', 'paix', 'monde', 'ville', 'année',
  'ans', 'jour', 'jours', 'mois', 'semaine', 'heures', 'enfants', 'personnes', 'soldats', 'armée',
  'attaque', 'frontière', 'sécurité', 'cessez-le-feu'
]

/**
 * French words that are also abbreviations, typos or other languages’ words
 * in English text (`est.`, `dont`, `il`): two of them, or one with a word
 * from `frenchWords`, are needed to report.
 */
export const weakFrenchWords: readonly string[] = [
  'du', 'aux', 'un', 'et', 'est', 'environ', 'nos', 'il', 'je', 'ou', 'ne', 'ni', 'pas', 'ce', 'sa', 'ses', 'mes', 'tes', 'ta', 'dont', 'va', 'fut', 'mort', 'morts', 'gens'
]

/**
 * French words that are also common English words: they never make a report,
 * but they extend one (`a déclaré`, `on a dit`) and do not count as English.
 */
export const sharedWords: readonly string[] = [
  'a', 'on', 'la', 'de', 'en', 'son', 'ma', 'mon', 'ton', 'me', 'se', 'te', 'plus', 'par', 'pour', 'car', 'sans',
  'tout', 'si', 'non', 'y', 'premier', 'pendant'
]


/** Determiners and prepositions: the word after one belongs to the French phrase (`le gouvernement`, `dans la ville`). */
export const determiners: readonly string[] = [
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'au', 'aux', 'de', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses',
  'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'dans', 'avec', 'chez', 'sur',
  'sous', 'entre', 'contre', 'depuis', 'après'
]

/** Particles of names: before a capitalised word they are part of the name (`Charles de Gaulle`, `Joachim du Bellay`). */
export const nameParticles: readonly string[] = ['de', 'du', 'des']

/**
 * Articles that start names when capitalised themselves (`Le Monde`, `Les Misérables`, `Il Divo`);
 * in lower case they are French articles (`selon le Kremlin`).
 */
export const nameArticles: readonly string[] = ['le', 'la', 'les', 'il']

/** Elided French words (`l’`, `qu’`, `c’`), reported before a lower-case vowel or `h` (`c’est`, `l’armée`), not before a name (`d’Artagnan`). */
export const elisions: readonly string[] = ['l', 'd', 'qu', 'c', 'n', 's', 'j', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']

/** English words that look like French elisions. */
export const englishElisions: readonly string[] = ['d\'oh', 'd\'you', 'd\'ya', 'd\'ye', 'c\'ya', 's\'il']

/** Single French words with one clear English translation, offered as the fix when the word stands alone. */
export const translations: Readonly<Record<string, readonly string[]>> = {
  selon: ['according to'],
  'aujourd\'hui': ['today'],
  hier: ['yesterday'],
  demain: ['tomorrow'],
  avec: ['with'],
  dans: ['in'],
  mais: ['but'],
  aussi: ['also'],
  très: ['very'],
  depuis: ['since'],
  contre: ['against'],
  après: ['after'],
  déjà: ['already'],
  plusieurs: ['several'],
  cependant: ['however'],
  également: ['also'],
  notamment: ['notably'],
  gouvernement: ['government'],
  ministre: ['minister'],
  président: ['president'],
  guerre: ['war'],
  paix: ['peace'],
  frontière: ['border'],
  sécurité: ['security'],
  armée: ['army'],
  'cessez-le-feu': ['ceasefire']
}

/**
 * Established loanwords and set phrases English took from French, and French
 * names English uses as they are: never reported. Written as English writes
 * them; accents, case, hyphens and spaces between words do not matter.
 * `c’est la vie` is here: dictionaries (Merriam-Webster, the OED) list it as
 * an English idiom.
 */
export const loanwords: readonly string[] = [
  // Phrases.
  'à la', 'à la carte', 'à la mode', 'à propos', 'ancien régime', 'au contraire', 'au fait', 'au naturel', 'au pair',
  'art déco', 'art nouveau', 'au gratin', 'au revoir', 'avant-garde', 'beau monde', 'bon appétit', 'belle époque', 'bête noire', 'bon mot', 'bon vivant', 'bon voyage', 'c\'est la vie',
  'carte blanche', 'cause célèbre', 'chargé d\'affaires', 'cherchez la femme', 'cinéma vérité', 'comme il faut',
  'café au lait', 'chaise longue', 'cordon bleu', 'cordon sanitaire', 'coup d\'état', 'coup de grâce', 'coup de théâtre', 'crème brûlée',
  'crème de la crème', 'crème fraîche', 'cri de coeur', 'cul-de-sac', 'de rigueur', 'de trop', 'déjà vu', 'demi-monde',
  'du jour', 'eau de toilette', 'éminence grise', 'en bloc', 'en masse', 'en passant', 'en route', 'en suite',
  'enfant terrible', 'entente cordiale', 'esprit de corps', 'et al', 'et cetera', 'et seq', 'fait accompli',
  'faux pas', 'femme fatale', 'film noir', 'fin de siècle', 'force majeure', 'haute couture', 'haute cuisine',
  'hors d\'oeuvre', 'hors de combat', 'idée fixe', 'je ne sais quoi', 'joie de vivre', 'laissez-faire',
  'maître', 'maître d\'hôtel', 'mise en place', 'mise en scène', 'mot juste', 'noblesse oblige', 'nom de guerre',
  'nom de plume', 'nouveau riche', 'nouvelle vague', 'objet d\'art', 'pas de deux', 'pièce de résistance',
  'pied-à-terre', 'plus ça change', 'prêt-à-porter', 'que sera sera', 'qui vive', 'rendez-vous', 'raison d\'être', 'raison d\'état', 'sang-froid',
  'savoir-faire', 'soupe du jour', 'table d\'hôte', 'tête-à-tête', 'tour de force', 'trompe l\'oeil', 'vis-à-vis',
  'vive la différence',
  // Words.
  'appliqué', 'attaché', 'blasé', 'brûlée', 'café', 'canapé', 'château', 'châteaux', 'cliché', 'communiqué',
  'consommé', 'crèche', 'crème', 'crêpe', 'décor', 'début', 'débutante', 'détente', 'éclair', 'élan', 'élite',
  'émigré', 'entrée', 'exposé', 'façade', 'fête', 'fiancé', 'fiancée', 'flambé', 'frappé', 'garçon', 'glacé',
  'manqué', 'matinée', 'mêlée', 'ménage', 'naïf', 'naïve', 'naïveté', 'née', 'négligée', 'outré', 'papier-mâché',
  'passé', 'pâté', 'pâtisserie', 'première', 'précis', 'protégé', 'protégée', 'purée', 'régime', 'résumé',
  'risqué', 'rôle', 'rosé', 'sauté', 'séance', 'soirée', 'soufflé', 'soupçon', 'touché', 'olé', 'oeuvre', 'œuvre',
  'chargé', 'habitué', 'denouement', 'dénouement', 'démarche', 'encore', 'voilà', 'déclassé', 'dégagé', 'démodé',
  'ingénue', 'lycée', 'métier', 'plié', 'recherché', 'soigné', 'éclat', 'étude', 'gâteau', 'épée'
]

/** Institutions and services of French and Quebec copy, known by their acronyms in French only. */
export const frenchAcronyms = [
  {acronym: 'OQTF', expansion: 'obligation de quitter le territoire français', english: 'a deportation order'},
  {acronym: 'ZAD', expansion: 'zone à défendre', english: 'a protest camp'},
  {acronym: 'EHPAD', expansion: 'établissement d’hébergement pour personnes âgées dépendantes', english: 'a care home'},
  {acronym: 'Ehpad', expansion: 'établissement d’hébergement pour personnes âgées dépendantes', english: 'a care home'},
  {acronym: 'HLM', expansion: 'habitation à loyer modéré', english: 'social housing'},
  {acronym: 'SMIC', expansion: 'salaire minimum interprofessionnel de croissance', english: 'the minimum wage'},
  {acronym: 'DGSI', expansion: 'Direction générale de la sécurité intérieure', english: 'the French domestic intelligence agency'},
  {acronym: 'DGSE', expansion: 'Direction générale de la sécurité extérieure', english: 'the French foreign intelligence agency'},
  {acronym: 'CRS', expansion: 'Compagnies républicaines de sécurité', english: 'riot police'},
  {acronym: 'URSSAF', expansion: 'Unions de recouvrement des cotisations de sécurité sociale', english: 'the social security contributions agency'},
  {acronym: 'SAMU', expansion: 'Service d’aide médicale urgente', english: 'the emergency medical service'},
  {acronym: 'CHSLD', expansion: 'centre d’hébergement et de soins de longue durée', english: 'a long-term care home'},
  {acronym: 'TER', expansion: 'Transport express régional', english: 'regional trains'},
  {acronym: 'RER', expansion: 'Réseau express régional', english: 'the Paris commuter rail'},
  // Police and justice, as crime and court reports name them (not `RAID`: a word of storage too).
  {acronym: 'PJ', expansion: 'police judiciaire', english: 'the criminal investigation police'},
  {acronym: 'BRI', expansion: 'Brigade de recherche et d’intervention', english: 'a police intervention squad'},
  {acronym: 'IGPN', expansion: 'Inspection générale de la police nationale', english: 'the police watchdog'},
  {acronym: 'PNF', expansion: 'Parquet national financier', english: 'the financial crimes prosecutor’s office'},
  {acronym: 'PNAT', expansion: 'Parquet national antiterroriste', english: 'the anti-terrorism prosecutor’s office'},
  // Quebec: the Montreal police (not `CH`, the Canadiens: Switzerland’s country code too).
  {acronym: 'SPVM', expansion: 'Service de police de la Ville de Montréal', english: 'the Montreal police'}
] as const

export const french: SourceLanguage = {
  language: 'fr',
  words: frenchWords,
  weak: weakFrenchWords,
  shared: sharedWords,
  translations,
  acronyms: frenchAcronyms,
  nicknames: [
    {forms: ['Insoumis'], meaning: 'the members of La France insoumise', english: 'LFI members, or France Unbowed'},
    {forms: ['macronie'], meaning: 'Emmanuel Macron’s camp', english: 'Macron’s camp'},
    {forms: ['macroniste', 'macronistes'], meaning: 'Emmanuel Macron’s supporters', english: 'Macron supporters'},
    {forms: ['lepéniste', 'lepénistes', 'lepeniste', 'lepenistes'], meaning: 'Marine Le Pen’s supporters', english: 'Le Pen supporters'},
    {forms: ['mélenchoniste', 'mélenchonistes', 'melenchoniste', 'melenchonistes'], meaning: 'Jean-Luc Mélenchon’s supporters', english: 'Mélenchon supporters'},
    {forms: ['frontiste', 'frontistes'], meaning: 'the members of the National Front', english: 'National Front members'},
    {forms: ['marcheurs'], meaning: 'the members of La République en marche, Macron’s party', english: 'members of Macron’s party'},
    // The national teams of French sports writing.
    {forms: ['Tricolores'], meaning: 'the France team', english: 'France, or the France team', lowConfidence: true},
    {forms: ['Espoirs'], meaning: 'France’s under-21 team', english: 'France’s under-21 team'},
    {forms: ['Bleuets'], meaning: 'France’s youth team', english: 'France’s youth team'},
    {forms: ['Bleuettes'], meaning: 'France’s women’s youth team', english: 'France’s women’s youth team'},
    {forms: ['XV de France'], meaning: 'the France rugby team', english: 'France', lowConfidence: true},
    {forms: ['XV du Chardon'], meaning: 'the Scotland rugby team, the thistle fifteen', english: 'Scotland'},
    {forms: ['XV de la Rose'], meaning: 'the England rugby team, the rose fifteen', english: 'England'},
    {forms: ['XV du Trèfle', 'XV du Trefle'], meaning: 'the Ireland rugby team, the shamrock fifteen', english: 'Ireland'},
    {forms: ['XV du Poireau'], meaning: 'the Wales rugby team, the leek fifteen', english: 'Wales'},
    {forms: ['Diables rouges'], meaning: 'the Belgium team', english: 'Belgium, or the Red Devils', lowConfidence: true},
    {forms: ['Rouge et Bleu', 'Rouge & Bleu', 'Rouge-et-Bleu'], meaning: 'Paris Saint-Germain', english: 'PSG'}
  ]
}
