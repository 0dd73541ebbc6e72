/**
 * Press periphrasis of French copy: offices named by their residence or by
 * a turn of phrase (`le locataire de l’Élysée`, `le chef de la diplomatie
 * italienne`), France named `the Hexagon`, cities by their epithets, teams
 * by their colours. English names the office, the country, the city.
 * Entry syntax: see `../entry.ts`.
 */
import type {CalqueEntry} from '../entry.js'
import {NATIONALITIES} from './words.js'

/** Residences and seats, each with the office English names instead. */
const tenants: ReadonlyArray<[residence: string, office: string, source: string]> = [
  ['Élysée|Elysee|Élysée Palace|Elysee Palace', 'French president', 'le locataire de l’Élysée'],
  ['Matignon', 'French prime minister', 'le locataire de Matignon'],
  ['Kremlin', 'Russian president', 'le maître du Kremlin'],
  ['White House', 'US president', 'le locataire de la Maison-Blanche'],
  ['Downing Street|Number 10', 'British prime minister', 'le locataire de Downing Street'],
  ['Quirinale|Quirinal', 'Italian president', 'le locataire du Quirinal'],
  ['Palazzo Chigi|Chigi Palace', 'Italian prime minister', 'le locataire du palais Chigi'],
  ['Moncloa', 'Spanish prime minister', 'le locataire de la Moncloa'],
  ['Chancellery', 'German chancellor', 'le locataire de la chancellerie'],
  ['Place Beauvau|Beauvau', 'French interior minister', 'le locataire de la place Beauvau'],
  ['Quai d’Orsay', 'French foreign minister', 'le locataire du Quai d’Orsay'],
  ['Bercy', 'French finance minister', 'le locataire de Bercy'],
  ['Planalto|Planalto Palace', 'Brazilian president', 'le locataire du Planalto'],
  ['Casa Rosada', 'Argentine president', 'le locataire de la Casa Rosada']
]

/** Residences English copy also uses as names: there `the tenant of` is a stylistic choice, not always a calque. */
const englishResidences = new Set(['White House', 'Downing Street'])

/** `the tenant of the Élysée`, `the Élysée tenant`, `the master of the Kremlin`, for every residence. */
const residenceEntries: CalqueEntry[] = tenants.map(([residence, office, source]) => {
  const forms = residence.split('|')
  return {
    phrases: forms.flatMap((form) => [
      'tenant|tenants|lodger|master|mistress of the ' + form,
      'tenant|tenants|lodger|master|mistress of ' + form,
      'the ' + form + ' tenant|lodger|master'
    ]),
    source,
    expected: [office],
    confidence: englishResidences.has(forms[0]!) ? 'low' : 'high',
    note: 'French press names an office by its residence (`le locataire de l’Élysée`); English names the office: the ' + office,
    invalid: 'The tenant of the ' + forms[0] + ' will speak on Sunday.',
    valid: 'The ' + office + ' will speak on Sunday.'
  }
})

export const french: readonly CalqueEntry[] = [
  ...residenceEntries,
  {
    phrases: ['head|chief|boss of (' + NATIONALITIES + ') diplomacy', 'head|chief|boss of the (' + NATIONALITIES + ') diplomacy'],
    source: 'le chef de la diplomatie italienne',
    expected: ['$1 foreign minister'],
    confidence: 'high',
    note: 'French `le chef de la diplomatie` (head of diplomacy) names the foreign minister; English names the office',
    invalid: 'The head of Italian diplomacy, Antonio Tajani, flew to Kyiv.',
    valid: 'Italian Foreign Minister Antonio Tajani, a veteran of Italian diplomacy, flew to Kyiv.'
  },
  {
    phrases: ['spokesman|spokeswoman|spokesperson of|for (' + NATIONALITIES + '|American|US|British) diplomacy', 'spokesman|spokeswoman|spokesperson of|for the (' + NATIONALITIES + '|American|US|British) diplomacy'],
    source: 'le porte-parole de la diplomatie américaine',
    confidence: 'high',
    note: 'French `le porte-parole de la diplomatie` names the foreign ministry’s spokesperson (the State Department spokesman for the US)',
    invalid: 'The spokesman for American diplomacy declined to comment.',
    valid: 'The State Department spokesman declined to comment on American diplomacy.'
  },
  {
    phrases: ['head|chief of the (' + NATIONALITIES + ') state'],
    source: 'le chef de l’État russe',
    expected: ['$1 president'],
    confidence: 'high',
    note: 'French `le chef de l’État` (and Russian `глава государства`) names the president; English names the office',
    invalid: 'The head of the Russian state spoke for an hour.',
    valid: 'The Russian president, head of state since 2000, spoke for an hour.'
  },
  {
    phrases: ['[the Head of State] !of', '[Head of State] said|says|announced|declared|hailed|saluted|welcomed|added|insisted|indicated|affirmed|assured|specified|stressed|underlined|recalled|will|would|has|had'],
    source: 'le chef de l’État',
    expected: ['the president'],
    confidence: 'high',
    note: 'French `le chef de l’État`, capitalised as a title, names the president; English says `the president`',
    invalid: 'The Head of State hailed the soldiers in a statement.',
    valid: 'The president, as head of state, hailed the soldiers in a statement.'
  },
  {
    phrases: ['in|across|throughout|outside|of|to|from|on [the Hexagon]', '[the Hexagon] is|was|has|had|will|would|remains|records|recorded|counts|counted|saw|sees|,|.'],
    source: 'l’Hexagone',
    expected: ['France'],
    confidence: 'high',
    note: 'French press calls mainland France `l’Hexagone` from its shape; English says `France` or `mainland France`',
    invalid: 'Heavy rain is expected across the Hexagon on Friday.',
    valid: 'The pavilion is a hexagon; heavy rain is expected across France on Friday.'
  },
  {
    phrases: ['in|across|throughout|on|of|to|from|for [the Old Continent]'],
    source: 'le Vieux Continent',
    expected: ['Europe'],
    confidence: 'low',
    note: 'French `le Vieux Continent` is a press name for Europe; English copy says `Europe`',
    invalid: 'The virus spread quickly across the Old Continent.',
    valid: 'The virus spread quickly across Europe, the oldest continent in its tourist trade.'
  },
  {
    phrases: ['[the strongman of] (Damascus|Moscow|Ankara|Minsk|Caracas|Pyongyang|Tripoli|Benghazi|Cairo|Beijing|Baghdad|Kigali|Bamako|Niamey|Ouagadougou|Conakry|Khartoum|Tehran|Grozny|Budapest|Belgrade|Baku|Tunis|Algiers|Havana|Managua|Kinshasa|Yaounde|Yaoundé|Kabul)', '[the strongman|strong man of the] Kremlin'],
    source: 'l’homme fort de Damas',
    confidence: 'low',
    note: 'French `l’homme fort de` (the strong man of) is a press periphrasis for a leader; English names him, or calls him the country’s leader',
    invalid: 'The strongman of Damascus has not appeared in public since.',
    valid: 'Syria’s leader has not appeared in public since; critics called him a strongman.'
  },
  {
    phrases: ['the Phocaean city|capital', 'the Phocaean'],
    source: 'la cité phocéenne',
    expected: ['Marseille'],
    confidence: 'high',
    note: 'French press calls Marseille `la cité phocéenne`, after its Greek founders; English says `Marseille`',
    invalid: 'Shots were fired again in the Phocaean city overnight.',
    valid: 'Shots were fired again in Marseille, a city founded by Greeks from Phocaea.'
  },
  {
    phrases: ['the Pink City', 'the capital of the Gauls', 'the city of the Popes', 'the City of the Popes', 'the Girondin capital'],
    source: 'la Ville rose, la capitale des Gaules, la cité des Papes',
    confidence: 'high',
    note: 'French press names cities by epithets (`la Ville rose`: Toulouse; `la capitale des Gaules`: Lyon; `la cité des Papes`: Avignon; `la capitale girondine`: Bordeaux); English names the city',
    invalid: 'The tram line will open in the Pink City next year.',
    valid: 'The tram line will open in Toulouse, known for its pink brick, next year.'
  },
  {
    phrases: ['[the Palace of the Élysée|Elysee]', '[the Elysian|Eliseisian|Élysian Palace]'],
    source: 'le palais de l’Élysée',
    expected: ['the Élysée Palace'],
    confidence: 'high',
    note: 'English calls the French president’s residence `the Élysée Palace` or `the Élysée`',
    invalid: 'The statement of the Palace of the Élysée was brief.',
    valid: 'The statement from the Élysée Palace was brief.'
  },
  {
    phrases: ['[Place Beauvau|Beauvau] said|says|announced|indicated|specified|confirmed|wants|plans|recalled|insists|counts|counted|reported|reports|has|had|is|was'],
    source: 'la place Beauvau',
    expected: ['the interior ministry'],
    confidence: 'high',
    note: 'French press names the interior ministry by its address, `place Beauvau`; English says `the interior ministry`',
    invalid: 'Place Beauvau announced 500 more police officers.',
    valid: 'The interior ministry, on Place Beauvau, announced 500 more police officers.'
  },
  {
    phrases: ['[Bercy] said|says|announced|indicated|specified|confirmed|wants|plans|expects|estimates|forecasts|insists|recalled|counts|hopes'],
    source: 'Bercy',
    expected: ['the finance ministry'],
    confidence: 'high',
    note: 'French press names the finance ministry by its Paris address, `Bercy`; English says `the finance ministry`',
    invalid: 'Bercy expects growth of 1% next year.',
    valid: 'The finance ministry expects growth of 1% next year; the concert is at Bercy.'
  },
  {
    phrases: ['[the Quai d’Orsay] said|says|announced|indicated|specified|confirmed|condemned|summoned|recommends|advises|called|calls|urged|urges|,|.'],
    source: 'le Quai d’Orsay',
    expected: ['the French foreign ministry'],
    confidence: 'low',
    note: 'French press names the foreign ministry by its address, `le Quai d’Orsay`; English copy mostly says `the French foreign ministry`',
    invalid: 'The Quai d’Orsay summoned the ambassador on Monday.',
    valid: 'The French foreign ministry summoned the ambassador on Monday.'
  },
  {
    phrases: ['in|to|into|of|from [the hemicycle]'],
    source: 'l’hémicycle',
    expected: ['the chamber'],
    confidence: 'high',
    note: 'French `l’hémicycle` names the chamber of the National Assembly or the Senate by its shape; English says `the chamber`',
    invalid: 'The bill returns to the hemicycle next week.',
    valid: 'The bill returns to the chamber next week.'
  },
  {
    phrases: ['the XV of France', 'the French XV'],
    source: 'le XV de France',
    expected: ['the France XV'],
    confidence: 'high',
    note: 'French `le XV de France` names the national rugby union team; English says `France` or `the France XV`',
    invalid: 'The XV of France beat Scotland on Saturday.',
    valid: 'The France XV beat Scotland on Saturday.'
  },
  {
    phrases: ['[the tricolor|tricolour|tricolore] (coach|team|captain|side|squad|selection|camp|goalkeeper|striker|defence|defense|attack|coaching|selector|manager|federation|players|fans|supporters|delegation)'],
    source: 'le sélectionneur tricolore',
    expected: ['the France'],
    confidence: 'high',
    note: 'French press calls its national teams `tricolore` (after the flag); English says `the France team`, `the France coach`',
    invalid: 'The tricolor coach named his squad on Thursday.',
    valid: 'The France coach named his squad on Thursday under a tricolour flag.'
  },
  {
    phrases: ['the first magistrate of (Paris|Lyon|Marseille|Bordeaux|Lille|Nice|Nantes|Toulouse|Strasbourg|Montpellier|Rennes)', 'the first magistrate of the city|town|commune|municipality', 'the first magistrate of France'],
    source: 'le premier magistrat de la ville',
    confidence: 'high',
    note: 'French `le premier magistrat` (first magistrate) of a town is its mayor, of France its president; English names the office',
    invalid: 'The first magistrate of the city unveiled the plan on Monday.',
    valid: 'The mayor unveiled the plan on Monday before the city magistrates.'
  },
  {
    phrases: ['[rebellious|unsubmissive|insubordinate|insoumis] (deputies|deputy|MPs|MP|group|motion|leader|leaders|elected|officials|camp|troops|candidate|candidates|lawmakers|activists)', '[the rebels|insoumis] (LFI)'],
    source: 'les députés insoumis',
    expected: ['LFI'],
    confidence: 'high',
    note: 'French `insoumis` names members of La France insoumise (LFI); translated `rebellious` it reads as a judgment, not a party',
    invalid: 'The rebellious deputies tabled a motion of no confidence.',
    valid: 'The LFI deputies tabled a motion of no confidence; rebellious backbenchers joined them.'
  },
  {
    phrases: ['[the Thirty Glorious]'],
    source: 'les Trente Glorieuses',
    expected: ['the post-war boom'],
    confidence: 'high',
    note: 'French `les Trente Glorieuses` names the three decades of growth after 1945; English says `the post-war boom`',
    invalid: 'He grew up during the Thirty Glorious.',
    valid: 'He grew up during the post-war boom, thirty glorious years for France.'
  },
  {
    phrases: ['the Great|Big Loop', 'the Grand Loop'],
    source: 'la Grande Boucle',
    expected: ['the Tour de France'],
    confidence: 'high',
    note: 'French press calls the Tour de France `la Grande Boucle`; English says `the Tour` or `the Tour de France`',
    invalid: 'He won two stages of the Great Loop last year.',
    valid: 'He won two stages of the Tour de France last year on a great loop through the Alps.'
  },
  {
    phrases: ['[the (audiovisual|broadcasting|media|stock|markets|market|competition|privacy|data|energy|telecoms|telecom|banking|financial|electoral|nuclear|rail|railway|internet|web) policeman|gendarme|cop]', '[the policeman|gendarme of the] (audiovisual|markets|stock|competition|internet|web|airwaves)'],
    source: 'le gendarme de l’audiovisuel',
    advice: 'name the regulator: `the broadcasting regulator`, `Arcom`',
    confidence: 'high',
    note: 'French press calls a regulator the `gendarme` (policeman) of its sector (`le gendarme de l’audiovisuel`, `le gendarme de la Bourse`); English says `the broadcasting regulator`, `the markets regulator`',
    invalid: 'The audiovisual policeman fined the channel 3.5 million euros.',
    valid: 'The broadcasting regulator fined the channel 3.5 million euros; a policeman testified.'
  },
  {
    phrases: ['final|semi-final|semifinal|quarter-final|quarterfinal|finals|semi-finals|quarter-finals of the World', '[winner|winners|champion|champions of the World] !Cup|Series|Championship|Championships|Health|Bank|Trade|War|Food|Council|Economic|Heritage|Wide'],
    source: 'la finale du Mondial',
    advice: 'say `the World Cup`',
    confidence: 'high',
    note: 'French sports copy calls the World Cup `le Mondial`, which MT renders `the World`; English says `the World Cup`',
    invalid: 'Argentina won the final of the World in Qatar.',
    valid: 'Argentina won the World Cup final in Qatar, the best final in the world.'
  },
  {
    phrases: ['the red lantern of', '[the red lantern] of|in|,|.'],
    source: 'la lanterne rouge',
    advice: 'say `bottom of the table`, `the bottom club`',
    confidence: 'high',
    note: 'French sports copy calls the last-placed team or rider `la lanterne rouge` (the red lantern); English says `bottom of the table`',
    invalid: 'Nantes remain the red lantern of Ligue 1.',
    valid: 'Nantes remain bottom of Ligue 1; a red lantern hung over the door.'
  },
  {
    phrases: ['[the (' + NATIONALITIES + ') technician] !of|from|who|at|in', '[the former (' + NATIONALITIES + ') technician] !of|from|who|at|in'],
    source: 'le technicien français',
    expected: ['the $1 coach'],
    confidence: 'low',
    note: 'French sports copy calls a coach `le technicien`; English says `the coach` or `the manager`',
    invalid: 'The Italian technician praised his players.',
    valid: 'The Italian coach praised his players; the Italian technician at the plant fixed the pump.'
  }
]
