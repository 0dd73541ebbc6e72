/**
 * Press periphrasis of Spanish copy: the government’s offices named the
 * Spanish way, parties by their members’ nicknames, clubs by their colours.
 * Entry syntax: see `../entry.ts`.
 */
import type {CalqueEntry} from '../entry.js'

/** Partido Popular (PP) politicians that Spanish copy calls `el popular` before their name. */
const PP_POLITICIANS = 'Feijóo|Ayuso|Mazón|Rajoy|Casado|Gamarra|Tellado|Bendodo|Almeida|Rueda|Mañueco|Moreno|Sémper|Zaplana|Bonilla|Prohens|Azcón|Guardiola|Camps|Aznar|Pons|Muñoz|Catalá'

export const spanish: readonly CalqueEntry[] = [
  {
    phrases: ['[president of the Government] !of', '[President of the Government] !of', 'acting president|President of the Government'],
    source: 'el presidente del Gobierno',
    expected: ['prime minister'],
    confidence: 'high',
    note: 'Spanish `presidente del Gobierno` is the prime minister of Spain; English says `prime minister`',
    invalid: 'The President of the Government will appear before Congress on Wednesday.',
    valid: 'The prime minister will appear before Congress on Wednesday, as the government announced.'
  },
  {
    phrases: ['[the popular] (leader|president|candidate|deputies|deputy|spokesman|spokeswoman|baron|barons|secretary|ranks|bench|group|mayor|mayors|councillors|councilors|senators|leadership|formation)', '[the populars]', 'the leader|leaders of the popular', '[the popular] (' + PP_POLITICIANS + ')', '[the popular] (Alberto|Isabel|Carlos|José|Juan|Juanma|Esteban|Cuca|Pablo|Mariano|Borja|Elías|Fernando) (' + PP_POLITICIANS + '|Núñez|Díaz|Moreno|Martínez-Almeida|Zaplana)', '[the popular] has|have|had|said|says|insisted|insists|assured|added|warned|criticised|criticized|accused|demanded|asked|defended|announced|replied|stressed|considers|believes|recalled|assumed|regretted|lamented', '[the ‘|\'|“ popular ’|\'|”]', '[the ‘|\'|“ populars ’|\'|”]'],
    source: 'el líder popular, los populares',
    advice: 'name the party: `the PP leader`',
    confidence: 'low',
    note: 'Spanish `popular` (el líder popular, los populares) refers to the Partido Popular (PP), not to popularity; English says `the PP leader`, `the PP`',
    invalid: 'The popular leader demanded early elections.',
    valid: 'The PP leader, a popular figure in Madrid, demanded early elections.'
  },
  {
    phrases: ['[the white] club|team|side|squad', '[the merengue|merengues] club|team|side|coach', 'the merengues'],
    source: 'el club blanco, los merengues',
    expected: ['Real Madrid'],
    confidence: 'high',
    note: 'Spanish sports copy calls Real Madrid `el club blanco` or `los merengues`; English says `Real Madrid`',
    invalid: 'The white club confirmed the signing on Friday.',
    valid: 'Real Madrid, in their white kit, confirmed the signing on Friday.'
  },
  {
    phrases: ['[the mattress|mattress-makers|colchonero|colchoneros] (coach|team|club|side|squad|fans|captain|striker|goalkeeper|defence|defense|board|president|players|coach’s|coach\'s|team’s|team\'s|club’s|club\'s)', 'the mattress makers'],
    source: 'el técnico colchonero',
    expected: ['Atlético'],
    confidence: 'high',
    note: 'Spanish sports copy calls Atlético Madrid `el colchonero` (the mattress maker) after its old striped kit; English says `Atlético`',
    invalid: 'The mattress coach praised his defence.',
    valid: 'The Atlético coach praised his defence; the mattress sale starts today.'
  },
  {
    // capitalised as the copy has it, after the Metropolitano stadium: the lower-case `metropolitan team` of a city stays quiet
    phrases: ['[the Metropolitan team|club|side|squad|set|ensemble]'],
    source: 'el conjunto metropolitano',
    expected: ['Atlético'],
    confidence: 'high',
    note: 'Spanish sports copy calls Atlético Madrid `el conjunto metropolitano` after its Metropolitano stadium; English says `Atlético`',
    invalid: 'The Metropolitan team hosts Sevilla on Sunday evening.',
    valid: 'Atlético host Sevilla on Sunday evening; the metropolitan team of planners met.'
  },
  {
    phrases: ['[the culé|culés|azulgrana|blaugrana] (club|team|side|coach|fans|squad|captain|board|president)'],
    source: 'el club culé, el conjunto azulgrana',
    expected: ['Barcelona'],
    confidence: 'high',
    note: 'Spanish sports copy calls FC Barcelona `culé` or `azulgrana` (blue and garnet); English says `Barcelona`',
    invalid: 'The azulgrana coach rested three starters.',
    valid: 'The Barcelona coach rested three starters.'
  },
  {
    phrases: ['the Zarzuela said|announced|confirmed|indicated|reported|explained', 'the Zarzuela Palace said|announced|confirmed|indicated|reported|explained'],
    source: 'la Zarzuela',
    confidence: 'high',
    note: 'Spanish copy names the royal household by its palace, `la Zarzuela`; English says `the royal household`',
    invalid: 'The Zarzuela announced the king’s trip on Monday.',
    valid: 'The royal household announced the king’s trip on Monday.'
  },
  {
    phrases: ['[the Moncloa] said|says|announced|confirmed|indicated|insists|insisted|wants|considers|believes|sources|,'],
    source: 'la Moncloa',
    expected: ['the prime minister’s office'],
    confidence: 'low',
    note: 'Spanish copy names the prime minister’s office by its palace, `la Moncloa`; English mostly says `the prime minister’s office`',
    invalid: 'The Moncloa insists the budget will pass.',
    valid: 'The prime minister’s office insists the budget will pass.'
  },
  {
    phrases: ['[the red and white] (coach|team|club|side|squad|fans|captain|striker|goalkeeper)', '[the red-and-white|rojiblanco] (coach|team|club|side|squad|fans|captain|striker|goalkeeper)', '[the rojiblancos]'],
    source: 'el técnico rojiblanco',
    advice: 'name the club',
    confidence: 'low',
    note: 'Spanish sports copy names a club by its colours (`rojiblanco`: Atlético Madrid, Athletic Bilbao, Sevilla…); English names the club',
    invalid: 'The red and white coach praised his players.',
    valid: 'The Atlético coach praised his players in their red and white shirts.'
  },
  {
    phrases: ['[the postconvergents|post-convergents|postconvergent|post-convergent] !councillors|councilors|ministers|deputies|leaders|party|sector|wing|members', '[postconvergent|post-convergent] councillors|councilors|ministers|deputies|leaders|party|sector|wing|members'],
    source: 'los posconvergentes',
    expected: ['Junts'],
    confidence: 'high',
    note: 'Catalan and Spanish copy call Junts, heir of Convergència, `los posconvergentes` (the post-convergents); English names the party: `Junts`',
    invalid: 'The postconvergents refused to back the budget.',
    valid: 'Junts refused to back the budget after the convergence talks.'
  },
  {
    phrases: ['[head|president|spokesman|spokeswoman|spokesperson|vice-president|member|members of the Consell]', '[the Consell] said|says|approved|announced|has|had|will|insists|,'],
    source: 'el president del Consell',
    advice: 'name it: `the Valencian regional government` (or the Balearic one)',
    confidence: 'high',
    note: 'Valencian and Balearic copy call the regional government `el Consell`; English says `the Valencian regional government` and `the regional president`',
    invalid: 'The spokesman of the Consell denied the report.',
    valid: 'The Valencian regional government’s spokesman denied the report.'
  }
]
