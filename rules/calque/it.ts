/**
 * Calques of Italian: constructions of Italian news copy (ANSA, the national
 * dailies, the local press) carried over word for word, grouped by topic.
 * Entry syntax: see `entry.ts`.
 */
import type {CalqueEntry} from './entry.js'

/** Italian parties as MT leaves their names and abbreviations. */
const PARTIES = 'Pd|PD|M5S|Lega|FdI|Fi|FI|Azione|Iv|IV|Avs|AVS|dem|Dem'

/** Italian prime ministers as copy names them after `il premier`. */
const PREMIERS = 'Meloni|Draghi|Conte|Renzi|Berlusconi|Letta|Gentiloni|Monti|Prodi|Giorgia|Mario|Giuseppe|Matteo|Silvio'

/** Portfolios of a town or regional executive (`assessore al Bilancio`). */
const PORTFOLIOS = 'budget|culture|health|environment|mobility|transport|urban|social|tourism|education|sport|welfare|security|housing|heritage|commerce|labour|labor|planning|youth|schools|finance'

export const italian: readonly CalqueEntry[] = [
  // ---------------------------------------------------------------------------
  // Politics
  // ---------------------------------------------------------------------------
  {
    phrases: ['[the premier|Premier] (' + PREMIERS + ')', '[premier|Premier] (' + PREMIERS + ')'],
    source: 'il premier Meloni',
    expected: ['Prime Minister'],
    confidence: 'high',
    note: 'Italian copy calls the prime minister `il premier`; English news writes `Prime Minister Meloni` or `the Italian prime minister`',
    invalid: 'The premier Meloni met the unions on Tuesday.',
    valid: 'Prime Minister Meloni met the unions on Tuesday after the Premier League match.'
  },
  {
    phrases: ['[exponent|exponents] of the (' + PARTIES + '|League|Democratic|Brothers|Five)', '(' + PARTIES + ') [exponent|exponents]', 'the|an|a [exponent] of the (' + PARTIES + ')'],
    source: 'un esponente del Pd',
    expected: ['member'],
    confidence: 'high',
    note: 'Italian `esponente` (exponent) of a party is one of its leading members; English says `a senior member`, `a leading figure`',
    invalid: 'A PD exponent criticised the reform on television.',
    valid: 'A senior PD member criticised the reform; he was an exponent of free jazz.'
  },
  {
    phrases: ['[budget|economic|financial|fiscal maneuver|manoeuvre]', 'the [maneuver|manoeuvre] of|for (2024|2025|2026|2027|2023)', 'the [maneuver|manoeuvre] approved|passed|was|is|will|arrives|reaches|goes|goes|heads|bill|law|text', 'amendments|amendment|vote|votes|voted on|to the [maneuver|manoeuvre]', 'criticising|criticizing|criticised|criticized the [maneuver|manoeuvre] , which “|"', '(government’s|government\'s|Meloni’s|Meloni\'s|Giorgetti’s|Giorgetti\'s|Draghi’s|Draghi\'s|Conte’s|Conte\'s) [maneuver|manoeuvre] ,|.|which|that|is|was|will'],
    source: 'la manovra',
    expected: ['budget'],
    confidence: 'high',
    note: 'Italian `la manovra` (the manoeuvre) is the annual budget law; English says `the budget`',
    invalid: 'The budget maneuver was approved by the Senate on Friday.',
    valid: 'The budget was approved by the Senate on Friday after a tactical manoeuvre by the opposition.'
  },
  {
    phrases: ['municipal|regional|city|town junta|Giunta|juntas', '[the Giunta] of|led|has|had|approved|met|will|is|was', '[the junta] of Rome|Milan|Naples|Turin|Palermo|Genoa|Bologna|Florence|Bari|Venice', '[the junta] of the city|region|municipality'],
    source: 'la giunta',
    expected: ['executive'],
    confidence: 'high',
    note: 'Italian `giunta` is a town’s or region’s executive (the mayor and councillors); English `junta` is a military government',
    invalid: 'The city junta approved the new parking rules.',
    valid: 'The city council’s executive approved the new parking rules; the junta seized power in 1973.'
  },
  {
    phrases: ['[assessor|assessors] for|of|to (' + PORTFOLIOS + ')', '[assessor|assessors] for|of|to the (' + PORTFOLIOS + ')', 'regional|municipal|city [assessor|assessors] !of|for'],
    source: 'l’assessore al Bilancio',
    expected: ['councillor'],
    confidence: 'high',
    note: 'Italian `assessore` is a member of a town’s or region’s executive with a portfolio; English says `councillor for the budget`',
    invalid: 'The assessor for culture presented the summer programme.',
    valid: 'The councillor for culture presented the summer programme to the tax assessor.'
  },
  {
    phrases: [
      'descend|descends|descended|descending into|in the field|arena',
      'get|gets|got|getting down into|in the field',
      // `enter the field` of medicine is English; a decision to enter it, with nothing after, is the candidate’s
      'decided|decides|decide|deciding|decision|ready|willing|wants|want|chose|chosen|choose|announced to [enter the field] :|,|.|;|—|–|“|"'
    ],
    source: 'scendere in campo',
    expected: ['enter politics'],
    confidence: 'high',
    note: 'Italian `scendere in campo` (descend into the field) means to stand for office; English says `enter politics` or `run`',
    invalid: 'The businessman decided to descend into the field for the regional election.',
    valid: 'The businessman decided to run in the regional election; the players took the field.'
  },
  {
    phrases: ['[dissolved|dissolve|dissolves|dissolving the reserve|reservation] ,|.|;|and|on|by|with|after|before|:|accepting|accepted|—|–'],
    source: 'sciogliere la riserva',
    expected: ['formally accepted'],
    confidence: 'high',
    note: 'Italian `sciogliere la riserva` (dissolve the reserve) is a prime minister-designate formally accepting the mandate, or anyone ending the suspense; English says `formally accepted`, `confirmed`',
    invalid: 'Draghi dissolved the reserve and presented his ministers.',
    valid: 'Draghi formally accepted the mandate and presented his ministers; the army kept its reserve.'
  },
  {
    phrases: ['go|goes|went|going|climb|climbs|climbed|climbing up to the Quirinale|Quirinal|Colle', 'rise|rises|rose|rising to the Quirinale|Quirinal|Colle'],
    source: 'salire al Quirinale',
    advice: 'write `go to see the President`',
    confidence: 'high',
    note: 'Italian `salire al Quirinale` (go up to the Quirinale) means to call on the President of the Republic; English says `meet the President`',
    invalid: 'The premier will go up to the Quirinale on Thursday.',
    valid: 'The prime minister will meet the President at the Quirinale Palace on Thursday.'
  },
  {
    phrases: ['monocolour|monocolor|monochrome|monochromatic government|governments|executive|cabinet|majority|M5S|PD|Giunta'],
    source: 'il governo monocolore',
    expected: ['single-party government'],
    confidence: 'high',
    note: 'Italian `monocolore` (one-colour) government is a single-party government',
    invalid: 'The party hopes to lead a monocolour government after the vote.',
    valid: 'The party hopes to lead a single-party government; the photo was monochrome.'
  },
  {
    phrases: ['government|majority|coalition verification|verifications'],
    source: 'la verifica di governo',
    expected: ['coalition review'],
    confidence: 'high',
    note: 'Italian `verifica di governo` (government verification) is a review of the coalition’s programme and balance; English says `coalition review`',
    invalid: 'The partners asked for a government verification in January.',
    valid: 'The partners asked for a coalition review in January and verification of the data.'
  },
  {
    phrases: ['caress|caresses|caressed|caressing the idea|hypothesis|dream|plan|project|prospect'],
    source: 'accarezzare l’idea',
    expected: ['toy with the idea'],
    confidence: 'high',
    note: 'Italian `accarezzare l’idea` (caress the idea) is to toy with an idea',
    invalid: 'The minister caresses the idea of a run for mayor.',
    valid: 'The minister is toying with the idea of a run for mayor; she caressed the cat.'
  },
  {
    phrases: ['passage|passing|exchange|change|changes|handover|transfer of deliveries|delivery|consignments|consignment|instructions', 'exchange|change [delivery|deliveries] between|with'],
    source: 'il passaggio di consegne',
    expected: ['handover'],
    confidence: 'high',
    note: 'Italian `passaggio di consegne` (passing of deliveries) is the handover between an outgoing and incoming office holder',
    invalid: 'The passage of deliveries between the two mayors took place on Monday.',
    valid: 'The handover between the two mayors took place on Monday, with deliveries of flowers.'
  },
  {
    phrases: ['from what is|was learned|learnt', 'according to what is|was learned|learnt|understood', 'from what one learns|learned'],
    source: 'da quanto si apprende',
    expected: ['reportedly'],
    confidence: 'high',
    note: 'Italian `da quanto si apprende` (from what is learned) introduces unconfirmed information; English says `reportedly` or `sources said`',
    invalid: 'From what is learned, the meeting will take place on Friday.',
    valid: 'The meeting will reportedly take place on Friday; what is learned in school stays.'
  },
  {
    phrases: ['[toto-names|toto-ministers|toto-minister|toto-councillors|toto-councilors|toto-government|toto-premier|toto-candidates|toto-president|toto-nomi|totonomi|totoministri]'],
    source: 'il toto-nomi',
    expected: ['speculation about names'],
    confidence: 'high',
    note: 'Italian `toto-` (from the football pools, `totocalcio`) is guesswork about appointments (`toto-ministri`); English says `speculation about who will get which ministry`',
    invalid: 'The toto-ministers has already begun in Rome.',
    valid: 'Speculation about the ministers has already begun in Rome.'
  },
  {
    phrases: ['said|says|announced|explained|declared|confirmed|wrote|promised|promises|promised it|this|so the minister|premier|president|secretary|leader|mayor|governor|senator|deputy|undersecretary|host|presenter', 'said|says|announced|explained|declared|confirmed|wrote|promised|promises it|this (' + PREMIERS + '|Schlein|Elly|Salvini|Tajani|Amadeus)'],
    source: 'lo ha detto il ministro',
    advice: 'put the subject first: `the minister said so`',
    confidence: 'high',
    note: 'Italian `lo ha detto il ministro` (it said the minister) puts a resumptive pronoun before the verb and the subject after it; English says `the minister said so`',
    invalid: 'He will not run again: he said it the minister on Sunday.',
    valid: 'He will not run again, the minister said on Sunday; she said it so clearly.'
  },
  {
    phrases: ['[conductor|conductors] of the show|programme|program|festival|broadcast|talk|quiz|evening', 'TV|television [conductor|conductors]', '[conductor] and artistic director'],
    source: 'il conduttore',
    expected: ['host'],
    confidence: 'high',
    note: 'Italian `conduttore` is the host or presenter of a television show; English `conductor` leads an orchestra',
    invalid: 'The conductor of the show thanked the audience.',
    valid: 'The host of the show thanked the audience and the conductor of the orchestra.'
  },
  {
    phrases: ['make|makes|made|making|do|does|did|doing audience ,|.|;|and|with|on|for|in'],
    source: 'fare audience',
    expected: ['draw viewers'],
    confidence: 'high',
    note: 'Italian `fare audience` (make audience) is drawing viewers; English says `draw viewers`, `pull in an audience`',
    invalid: 'The final evening made audience with twelve million viewers.',
    valid: 'The final evening drew twelve million viewers and made an audience cry.'
  },
  {
    phrases: ['[the CdM] ,|.|approved|has|had|of|on|will|met|adopted|gave', 'the Cdm|CDM'],
    source: 'il Cdm',
    expected: ['the cabinet'],
    confidence: 'high',
    note: 'Italian `Cdm` is the `Consiglio dei ministri`, the cabinet; English says `the cabinet`',
    invalid: 'The CdM approved the decree on Thursday night.',
    valid: 'The cabinet approved the decree on Thursday night.'
  },
  {
    phrases: ['the DDL|Ddl|ddl', 'DDL|Ddl|ddl bill'],
    source: 'il ddl',
    expected: ['the bill'],
    confidence: 'high',
    note: 'Italian `ddl` (`disegno di legge`) is a bill before parliament; English says `the bill`',
    invalid: 'The Senate will vote on the DDL next week.',
    valid: 'The Senate will vote on the bill next week.'
  },
  {
    phrases: ['[the secretary of the] (' + PARTIES + ')'],
    source: 'il segretario del Pd',
    expected: ['the leader of the'],
    confidence: 'high',
    note: 'Italian `segretario` of a party is its leader; English says `the PD leader`',
    invalid: 'The secretary of the PD called for unity.',
    valid: 'The PD leader called for unity; the secretary of the meeting took notes.'
  },
  {
    phrases: ['[the broad|wide|large field] of the centre-left|center-left|progressives|opposition|left', '[the broad|wide|large field] of progressives', 'broad|wide field coalition'],
    source: 'il campo largo',
    expected: ['the broad coalition'],
    confidence: 'high',
    note: 'Italian `campo largo` (broad field) is the proposed alliance of centre-left parties; English says `broad coalition`',
    invalid: 'Schlein wants to build the broad field of the centre-left.',
    valid: 'Schlein wants to build a broad coalition of the centre-left across a wide field of issues.'
  },
  {
    phrases: ['[technical table|tables]', '[the table] of the centre-right|center-right|majority|coalition|centre-left|center-left'],
    source: 'il tavolo tecnico',
    expected: ['technical talks'],
    confidence: 'high',
    note: 'Italian `tavolo` (table) is a round of talks (`tavolo tecnico`: technical talks); English says `talks`',
    invalid: 'A technical table with the unions will meet on Monday.',
    valid: 'Technical talks with the unions will take place on Monday at the kitchen table.'
  },
  // ---------------------------------------------------------------------------
  // Justice and police
  // ---------------------------------------------------------------------------
  {
    phrases: ['[cautionary|precautionary|cautelary custody|detention]', 'in|into|to [custody cautionary|precautionary|cautelare]'],
    source: 'la custodia cautelare',
    expected: ['pre-trial detention'],
    confidence: 'high',
    note: 'Italian `custodia cautelare` (precautionary custody) is custody pending trial; English says `pre-trial detention` or `remanded in custody`',
    invalid: 'The judge ordered precautionary custody for the two brothers.',
    valid: 'The judge ordered pre-trial detention for the two brothers as a precautionary measure.'
  },
  {
    phrases: ['[house arrests] for|in|on|and|,|.|after|since|until|pending|were|was|because', 'to|under|in|into|the|of [house arrests]'],
    source: 'gli arresti domiciliari',
    expected: ['house arrest'],
    confidence: 'high',
    note: 'Italian `arresti domiciliari` and Spanish `arrestos domiciliarios` are plural; English `house arrest` is a mass noun',
    invalid: 'The former mayor was placed under house arrests on Monday.',
    valid: 'The former mayor was placed under house arrest on Monday.'
  },
  {
    phrases: ['[the investigated] ,|.|was|is|has|had|will|told|denied|declared|appeared|refused|man|woman|person|persons|people'],
    source: 'l’indagato',
    expected: ['the suspect'],
    confidence: 'high',
    note: 'Italian `l’indagato` (the investigated) is a suspect formally under investigation; English says `the suspect`',
    invalid: 'The investigated refused to answer the judge’s questions.',
    valid: 'The suspect refused to answer the questions; the investigated cases were closed.'
  },
  {
    phrases: ['[registered|entered|enrolled|inscribed|recorded in the register of suspects|investigated]', '[registered|entered|enrolled|inscribed in the register of the suspects|investigated]'],
    source: 'iscritto nel registro degli indagati',
    expected: ['placed under investigation'],
    confidence: 'high',
    note: 'Italian `iscritto nel registro degli indagati` (entered in the register of suspects) is being placed under formal investigation',
    invalid: 'The mayor was registered in the register of suspects for abuse of office.',
    valid: 'The mayor was placed under investigation for abuse of office and registered to vote.'
  },
  {
    phrases: ['[the military of the] Arma|Carabinieri|carabinieri|Guardia|station|company|command|NAS|Nas|Ros|ROS', 'of|by|from [the Arma] !of'],
    source: 'i militari dell’Arma',
    expected: ['Carabinieri officers'],
    confidence: 'high',
    note: 'Italian calls Carabinieri officers `i militari dell’Arma` (the military of the Arma); English says `Carabinieri officers`',
    invalid: 'The military of the Arma arrested two men near the station.',
    valid: 'Carabinieri officers arrested two men near the station; the military of Chile was deployed.'
  },
  {
    phrases: ['[maxi-operation|maxi-fine|maxi-trial|maxi-raid|maxi-seizure|maxi-blitz|maxi-brawl|maxi-investigation|maxi-fraud|maxi-evasion|maxi-inquiry|maxi-confiscation|maxi-sanction|maxi-operations|maxi-fines|maxi-raids]', '[maxi operation|fine|trial|raid|seizure|blitz|brawl|investigation|fraud|evasion]'],
    source: 'la maxi-operazione',
    advice: 'write `a major operation`, `a huge fine`, `a mass trial`',
    confidence: 'high',
    note: 'Italian `maxi-` marks something big (`maxi-multa`, `maxi-processo`); English says `huge fine`, `mass trial`',
    invalid: 'The police carried out a maxi-operation against the clans.',
    valid: 'The police carried out a major operation against the clans; she wore a maxi dress.'
  },
  {
    phrases: ['the Yellow Flames', 'Fiamme Gialle'],
    source: 'le Fiamme Gialle',
    expected: ['the financial police'],
    confidence: 'high',
    note: 'Italian copy calls the Guardia di Finanza `le Fiamme Gialle` (the yellow flames); English says `the financial police`',
    invalid: 'The Yellow Flames seized two tonnes of cocaine.',
    valid: 'The financial police seized two tonnes of cocaine; the fire burned with yellow flames.'
  },
  {
    phrases: ['fiscal code|codes'],
    source: 'il codice fiscale',
    expected: ['tax code'],
    confidence: 'high',
    note: 'Italian `codice fiscale` (fiscal code) is the personal tax identification number',
    invalid: 'You need your fiscal code to book the vaccine.',
    valid: 'You need your tax code to book the vaccine in this fiscal year.'
  },
  {
    phrases: ['income of citizenship', 'citizenship income'],
    source: 'il reddito di cittadinanza',
    expected: ['citizens’ income'],
    confidence: 'high',
    note: 'Italian `reddito di cittadinanza` is a welfare benefit, called the `citizens’ income` in English',
    invalid: 'The government scrapped the citizenship income last year.',
    valid: 'The government scrapped the citizens’ income last year; income from citizenship fees rose.'
  },
  // ---------------------------------------------------------------------------
  // Weather
  // ---------------------------------------------------------------------------
  {
    phrases: ['[water bomb|bombs] hit|hits|struck|strike|strikes|fell|falls|lashed|lash|lashes|swept|sweeps|caused|causes|flooded|floods|dropped|poured|unleashed|on|over|in'],
    source: 'una bomba d’acqua',
    expected: ['cloudburst'],
    confidence: 'high',
    note: 'Italian `bomba d’acqua` (water bomb) is a cloudburst, a sudden downpour',
    invalid: 'A water bomb hit Rome on Tuesday afternoon.',
    valid: 'A cloudburst hit Rome on Tuesday afternoon; children threw water balloons.'
  },
  // ---------------------------------------------------------------------------
  // Sport and entertainment
  // ---------------------------------------------------------------------------
  {
    phrases: ['the stop|break|pause for the national teams|team|nationals', 'national teams [stop|pause]'],
    source: 'la sosta per le nazionali',
    expected: ['the international break'],
    confidence: 'high',
    note: 'Italian `la sosta per le nazionali` (the stop for the national teams) is the international break',
    invalid: 'Inter will rest during the stop for the national teams.',
    valid: 'Inter will rest during the international break while national teams play.'
  },
  {
    phrases: ['[the mister] said|says|explained|explains|told|wants|asked|asks|has|had|will|praised|admitted|,'],
    source: 'il mister',
    expected: ['the coach'],
    confidence: 'high',
    note: 'Italian football calls the coach `il mister`; English says `the coach` or `the manager`',
    invalid: 'After the match the mister praised the defence.',
    valid: 'After the match the coach praised the defence; Mister Rogers was on television.'
  },
  {
    phrases: ['man against man marking|defence|defense|pressing|duels', 'going|go|goes|went man against man', 'in the man against man'],
    source: 'uomo contro uomo',
    expected: ['man-to-man'],
    confidence: 'low',
    note: 'Italian `uomo contro uomo` (man against man) is man-to-man marking; English says `man-to-man`',
    invalid: 'The coach asked for man against man marking all over the pitch.',
    valid: 'The coach asked for man-to-man marking all over the pitch.'
  },
  {
    phrases: ['[reproduction|Reproduction reserved|Reserved] .|,|;|©', '© [Breeding|breeding Reserve|reserve]', '[Breeding Reserve]'],
    source: 'riproduzione riservata',
    expected: ['all rights reserved'],
    confidence: 'high',
    note: 'Italian `riproduzione riservata` (reproduction reserved) is the copyright line: `all rights reserved`',
    invalid: 'The article ends here. Reproduction reserved.',
    valid: 'The article ends here. All rights reserved; the reproduction was sold.'
  },
  {
    phrases: ['[on the wave of] the|uncertainty|uncertainties|fears|hopes|expectations|enthusiasm|protests|data|results|sales|purchases|selling|buying'],
    source: 'sull’onda di',
    expected: ['amid'],
    confidence: 'low',
    note: 'Italian `sull’onda di` (on the wave of) means amid or driven by; English says `amid`',
    invalid: 'The markets fell on the wave of uncertainty over rates.',
    valid: 'The markets fell amid uncertainty over rates as surfers rode the wave.'
  },
  {
    phrases: ['compact|compacts|compacted|compacting the party|majority|coalition|centre-right|center-right|centre-left|center-left|ranks|group|electorate'],
    source: 'compattare il partito',
    expected: ['rally'],
    confidence: 'high',
    note: 'Italian `compattare` (compact) a party is to rally or unite it',
    invalid: 'The leader tried to compact the party before the vote.',
    valid: 'The leader tried to rally the party before the vote on compact cars.'
  },
  {
    phrases: ['fiscal peace|truce'],
    source: 'la pace fiscale',
    expected: ['tax amnesty'],
    confidence: 'high',
    note: 'Italian `pace fiscale` (fiscal peace) is a tax amnesty',
    invalid: 'The League promised a fiscal peace for small businesses.',
    valid: 'The League promised a tax amnesty for small businesses and fiscal discipline.'
  },
  {
    phrases: ['the maximum unity|attention|transparency|collaboration|cooperation|caution|solidarity|firmness|rigor|rigour'],
    source: 'la massima unità',
    expected: ['the greatest possible'],
    confidence: 'high',
    note: 'Italian `la massima attenzione` (the maximum attention) is `the utmost attention`, `the greatest possible unity`',
    invalid: 'The mayor called for the maximum unity of the majority.',
    valid: 'The mayor called for the utmost unity; the maximum speed is 50.'
  },
  {
    phrases: ['[the deputy|deputies|senator|senators of] (Pd|PD|M5S|Lega|FdI|FI|Fi|Azione|Avs|AVS|Iv)'],
    source: 'la deputata del Pd',
    advice: 'write `PD MP`, `League senator`',
    confidence: 'high',
    note: 'Italian `il deputato del Pd` (the deputy of the PD) is a PD member of parliament; English says `PD MP`',
    invalid: 'The deputy of FdI presented the amendment.',
    valid: 'The FdI MP presented the amendment to the deputy speaker.'
  },
  {
    phrases: ['[vice premier|vice-premier|vicepremier|Vice-premier|Vicepremier] (Salvini|Tajani|Di|Maio|Matteo|Antonio|Luigi)', 'the vice-premier|vicepremier|vice-premiers|vicepremiers'],
    source: 'il vicepremier Salvini',
    expected: ['Deputy Prime Minister'],
    confidence: 'high',
    note: 'Italian `vicepremier` is a deputy prime minister; English says `Deputy Prime Minister Salvini`',
    invalid: 'The vice-premier Salvini criticised the plan.',
    valid: 'Deputy Prime Minister Salvini criticised the plan.'
  },
  {
    phrases: ['[the gip|GIP|Gip] ,|.|of|has|had|rejected|ordered|accepted|granted|ruled|decided|validated|said|wrote|in', '[judge for preliminary investigations]'],
    source: 'il gip',
    expected: ['the preliminary investigations judge'],
    confidence: 'high',
    note: 'Italian `gip` (`giudice per le indagini preliminari`) is the preliminary investigations judge',
    invalid: 'The gip ordered the suspect to remain in prison.',
    valid: 'The judge ordered the suspect to remain in prison.'
  },
  {
    phrases: ['[sentence|ruling|verdict|conviction|trial|sentences|rulings|verdicts|convictions|trials] of first|second degree', '[first-degree|second-degree] sentence|ruling|verdict|trial|conviction|judgment|judgement'],
    source: 'la sentenza di primo grado',
    advice: 'write `first-instance ruling`, `appeal ruling`',
    confidence: 'high',
    note: 'Italian `di primo grado` (of first degree) is a first-instance ruling, `secondo grado` an appeal ruling; in English, `first-degree` qualifies murder',
    invalid: 'The sentence of first degree was overturned on appeal.',
    valid: 'The first-instance ruling was overturned on appeal; it was a first-degree burn.'
  },
  {
    phrases: ['[they make|made know] that|:|,', '[make|makes|made know] from|sources'],
    source: 'fanno sapere',
    advice: 'write `sources said`',
    confidence: 'high',
    note: 'Italian `fanno sapere` (they make know) attributes a message to unnamed sources; English says `sources said`, `let it be known`',
    invalid: 'From the League they make know that the vote is not in doubt.',
    valid: 'League sources said the vote is not in doubt and made it known.'
  },
  {
    phrases: ['[the questor|Questor] of|said|has|had|ordered|signed|announced|,', 'questor|Questor of (Rome|Milan|Naples|Turin|Palermo|Genoa|Bologna|Florence|Bari|Venice)'],
    source: 'il questore',
    expected: ['the police chief'],
    confidence: 'high',
    note: 'Italian `questore` is a provincial police chief; English says `the police chief`',
    invalid: 'The questor of Rome banned the march.',
    valid: 'The Rome police chief banned the march.'
  },
  {
    phrases: [', [class (1930|1931|1932|1933|1934|1935|1936|1937|1938|1939|1940|1941|1942|1943|1944|1945|1946|1947|1948|1949|1950|1951|1952|1953|1954|1955|1956|1957|1958|1959|1960|1961|1962|1963|1964|1965|1966|1967|1968|1969|1970|1971|1972|1973|1974|1975|1976|1977|1978|1979|1980|1981|1982|1983|1984|1985|1986|1987|1988|1989|1990|1991|1992|1993|1994|1995|1996|1997|1998|1999|2000|2001|2002|2003|2004|2005|2006|2007|2008|2009|2010|2011|2012)] ,|.|;|)|and|who|was|from|is'],
    source: 'classe 1985',
    advice: 'write `born in 1985`',
    confidence: 'high',
    note: 'Italian `classe 1985` (class 1985) gives a year of birth; English says `born in 1985`',
    invalid: 'The striker, class 1998, signed a five-year contract.',
    valid: 'The striker, born in 1998, signed a five-year contract with the class of 2016.'
  },
  {
    phrases: ['[the region] (Lazio|Lombardy|Lombardia|Veneto|Piedmont|Piemonte|Campania|Sicily|Sicilia|Puglia|Apulia|Calabria|Sardinia|Sardegna|Liguria|Tuscany|Toscana|Emilia-Romagna|Marche|Umbria|Abruzzo|Molise|Basilicata|Friuli)'],
    source: 'la regione Lazio',
    advice: 'write `the Lazio region`',
    confidence: 'high',
    note: 'Italian `la regione Lazio` (the region Lazio) names a region before the noun; English says `the Lazio region`, or just `Lazio`',
    invalid: 'The region Lazio approved the new health plan.',
    valid: 'The Lazio region approved the new health plan for the region.'
  },
  {
    phrases: ['put|puts|putting|placed|places|posed|poses|set|sets the trust on|over'],
    source: 'porre la fiducia',
    advice: 'write `called a confidence vote on`',
    confidence: 'high',
    note: 'Italian `porre la fiducia` (put the trust) on a bill is to tie it to a confidence vote',
    invalid: 'The government put the trust on the budget law.',
    valid: 'The government called a confidence vote on the budget law and put its trust in allies.'
  },
  {
    phrases: ['majority summit|summits'],
    source: 'il vertice di maggioranza',
    expected: ['coalition summit'],
    confidence: 'high',
    note: 'Italian `vertice di maggioranza` (majority summit) is a meeting of the coalition leaders',
    invalid: 'A majority summit will be held at Palazzo Chigi tonight.',
    valid: 'The coalition leaders will meet tonight; a majority of the summit agreed.'
  },
  {
    phrases: ['[the financiers] seized|discovered|found|arrested|carried|conducted|reported|identified|confiscated|raided|searched'],
    source: 'i finanzieri',
    expected: ['financial police officers'],
    confidence: 'high',
    note: 'Italian `finanzieri` are officers of the Guardia di Finanza, the financial police; English `financiers` are investors',
    invalid: 'The financiers seized 200 kilos of cocaine in the port.',
    valid: 'Financial police officers seized 200 kilos of cocaine; the financiers of the deal fled.'
  },
  {
    phrases: ['[the Cassation] ruled|rejected|upheld|confirmed|annulled|has|had|said|overturned|acquitted|declared'],
    source: 'la Cassazione',
    expected: ['the Court of Cassation'],
    confidence: 'high',
    note: 'Italian `la Cassazione` is the Court of Cassation, Italy’s highest appeal court; English names the court',
    invalid: 'The Cassation upheld the sentence on Friday.',
    valid: 'The Court of Cassation upheld the sentence on Friday.'
  },
  {
    phrases: ['[the Tar|TAR] of|ruled|suspended|rejected|accepted|annulled|upheld|said|has|had|blocked'],
    source: 'il Tar',
    expected: ['the regional administrative court'],
    confidence: 'high',
    note: 'Italian `Tar` (`Tribunale amministrativo regionale`) is a regional administrative court; English says `the regional administrative court`',
    invalid: 'The Tar of Lazio suspended the ordinance.',
    valid: 'The regional administrative court of Lazio suspended the ordinance on tar.'
  },
  {
    phrases: ['[in grave|desperate conditions]', '[in red|yellow code]'],
    source: 'in gravi condizioni, in codice rosso',
    advice: 'write `in a serious condition`',
    confidence: 'high',
    note: 'Italian `in gravi condizioni` (in grave conditions) and `in codice rosso` (in red code) are `in a serious condition`, `in a critical condition`',
    invalid: 'The boy was taken to hospital in grave conditions.',
    valid: 'The boy was taken to hospital in a serious condition; grave conditions prevailed at sea.'
  },
  // ---------------------------------------------------------------------------
  // Government, parties and markets (more)
  // ---------------------------------------------------------------------------
  {
    phrases: ['[the expensive bill|bills|energy|fuel|petrol|gas] emergency|decree|crisis|front|issue|problem|,|.|;|and|in|first|is|was|are|were', '[expensive-bills|expensive-energy|expensive-fuel] !cars|car'],
    source: 'il caro bollette, il caro energia',
    expected: ['soaring energy bills'],
    confidence: 'high',
    note: 'Italian `il caro bollette` (the expensive bills) and `il caro energia` are the rise in energy prices, a noun in Italian; English says `soaring energy bills`, `high energy prices`',
    invalid: 'The government discussed the expensive bills and the pension reform.',
    valid: 'The government discussed soaring energy bills; the expensive bill for the bridge was paid by the region.'
  },
  {
    phrases: ['[the made in Italy] !brand|label|tag|logo|mark|marks|sign|stamp|seal|products|goods|label', 'of [the made in Italy] .|,|;|and|abroad'],
    source: 'la difesa del made in Italy',
    expected: ['Italian-made products'],
    confidence: 'high',
    note: 'Italian copy makes `il made in Italy` a noun with an article (Italian products and their brand); English says `Italian-made products`, `the Made in Italy brand`',
    invalid: 'The minister promised to defend the made in Italy abroad.',
    valid: 'The minister promised to defend Italian-made products abroad and the made in Italy label.'
  },
  {
    phrases: ['[the constitution of a|the government|executive|cabinet|majority|Giunta|junta] !of|’s|\'s', '[the constitution of a|the new government|executive|cabinet|majority|Giunta|junta]'],
    source: 'la costituzione di un governo',
    expected: ['the formation of a new government'],
    advice: 'write `the formation of`',
    confidence: 'low',
    note: 'Italian `costituzione` of a government or a majority is its formation; English keeps `constitution` for the founding law',
    invalid: 'Talks on the constitution of a new government began on Monday.',
    valid: 'Talks on the formation of a new government began on Monday; the constitution of the republic was not changed.'
  },
  {
    phrases: ['[with the ok|okay of]', '[got|gets|received|receives|obtained|obtains the ok|okay of]'],
    source: 'con l’ok di',
    expected: ['with the backing of'],
    confidence: 'low',
    note: 'Italian copy uses `l’ok di` (the ok of) for formal approval; English says `with the backing of`, `with the approval of`',
    invalid: 'The plan went ahead with the ok of the minister.',
    valid: 'The plan went ahead with the approval of the minister, who said it was OK.'
  },
  {
    phrases: ['(SPD|CDU|CSU|PSOE|PP|AfD|SPÖ|ÖVP|Vox|LFI|RN|Labour|Tory|Likud|Syriza) [exponent|exponents]'],
    source: 'l’esponente della Spd',
    expected: ['member'],
    confidence: 'high',
    note: 'Italian copy calls a member of any party, at home or abroad, its `esponente` (exponent); English says `a member`, `a senior figure`',
    invalid: 'The SPD exponent won the mayoral race.',
    valid: 'The SPD politician won the mayoral race; he was a keen exponent of cycling.'
  },
  {
    phrases: ['[monocratic] election|elections|body|bodies|organ|organs|office|offices|post|posts|vote|votes'],
    source: 'le elezioni monocratiche, un organo monocratico',
    expected: ['single-office'],
    confidence: 'high',
    note: 'Italian `monocratico` (monocratic) is an office held by one person (a mayor, a party leader); English says `elections for a single office`, `an office held by one person`',
    invalid: 'The party lost every monocratic election since 2018.',
    valid: 'The party lost every mayoral election since 2018 under its monocratic leader.'
  },
  {
    phrases: ['weak|weaker|strong|stronger|mixed|positive|negative|firm|firmer [lists] in|of Frankfurt|Paris|London|Milan|Madrid|Amsterdam|Europe|Asia|Tokyo', 'the main European|Asian|continental [lists]', 'the European|Asian [lists] closed|close|opened|open|fell|rose|traded|ended|end|were|are'],
    source: 'i listini europei',
    expected: ['stock markets'],
    confidence: 'high',
    note: 'Italian `i listini` (the price lists) are the stock exchanges; English says `the European markets`, `bourses`',
    invalid: 'The main European lists closed lower on Friday.',
    valid: 'The main European markets closed lower on Friday; the lists of candidates were published.'
  },
  {
    phrases: ['[corrects|corrected|correct|correcting|retouches|retouched|retouch|retouching the highs|maxima|maximums|lows|minima|minimums]', '[corrects|corrected|retouches|retouched its|their highs|maxima|lows|minima]'],
    source: 'ritoccare i massimi',
    expected: ['hits new highs'],
    advice: 'write `hits new highs` (or `new lows`)',
    confidence: 'high',
    note: 'Italian `ritoccare i massimi` (retouch the highs) is to set new highs; English says `hits new highs`',
    invalid: 'The ten-year yield corrects the highs of March.',
    valid: 'The ten-year yield hits new highs; the index corrected after the rally.'
  },
  {
    phrases: ['[parent company|companies] in|at the Senate|Chamber|Regional|Council|Assembly|House', '[parent company’s|company\'s] * in|at the Senate|Chamber|Regional|Council|Assembly', '[parent company|companies] of the (' + PARTIES + '|League|Democratic|Brothers|Five|Forza|Greens)'],
    source: 'il capogruppo in Senato',
    expected: ['group leader'],
    confidence: 'high',
    note: 'Italian `capogruppo` (head of group) is a party’s parliamentary group leader, which MT reads as a company’s `capogruppo` (parent company); English says `group leader`, `floor leader`',
    invalid: 'The parent company in the Senate rejected the amendment.',
    valid: 'The group leader in the Senate rejected the amendment; the parent company in Milan sold the unit.'
  },
  {
    phrases: ['the council|assembly|commission|committee|Giunta|junta|board|jury|chamber|Chamber|Senate|cabinet|government [reunited|reunites] in|on|at|for|to|yesterday|today|this|last|,|.|behind'],
    source: 'il consiglio riunito, la commissione si è riunita',
    expected: ['met'],
    confidence: 'high',
    note: 'Italian `riunirsi` (and Spanish `reunirse`) is to meet; English `reunite` is to come together again after a separation',
    invalid: 'The council reunited in the town hall on Friday.',
    valid: 'The council met in the town hall on Friday; the band reunited for one last tour.'
  },
  {
    phrases: ['[from the table] it|there emerged|emerges|came|comes', '[working table|tables] on|for|with|between'],
    source: 'dal tavolo è emerso, il tavolo tecnico',
    advice: 'write `the talks`, `the working group`',
    confidence: 'high',
    note: 'Italian `il tavolo` (the table) of talks and `il tavolo tecnico` (technical table) are the negotiations and a working group; English says `the talks`, `a working group`',
    invalid: 'From the table there emerged a deal on pensions.',
    valid: 'The talks showed that the party wants two posts; the documents lay on the working table of the archive room.'
  },
  {
    phrases: ['[(Conte|Count|Draghi|Meloni|Renzi|Berlusconi|Prodi|Letta|Amato) bis|Bis|ter|Ter] !and'],
    source: 'il Conte bis',
    advice: 'write `the second … government` (`the second Conte government`)',
    confidence: 'high',
    note: 'Italian names a prime minister’s second and third governments `Conte bis`, `Berlusconi ter`; English says `the second Conte government`',
    invalid: 'Two ministers of the Conte bis joined the new party.',
    valid: 'The former minister of the second Conte government congratulated the mayor.'
  },
  {
    phrases: ['[savior|saviour|saviors|saviours of the fatherland|homeland]'],
    source: 'il salvatore della patria (el salvador de la patria, o salvador da pátria)',
    expected: ['saviour'],
    confidence: 'low',
    note: 'Italian `salvatore della patria`, Spanish `salvador de la patria` and Portuguese `salvador da pátria` (saviour of the fatherland) mock a providential man; English says `the saviour`, `a knight in shining armour`',
    invalid: 'The new coach was welcomed as the saviour of the fatherland in July.',
    valid: 'The new coach was welcomed as the club’s saviour in July; the anthem praises the fatherland.'
  },
  {
    phrases: ['[internal dialectic|dialectics]', '[dialectic|dialectics] within|inside the party|coalition|majority|group|movement|government'],
    source: 'la dialettica interna (la dialéctica interna)',
    advice: 'write `internal debate`, `debate within the party`',
    confidence: 'low',
    note: 'Italian `dialettica interna` and Spanish `dialéctica interna` are a party’s internal debate; English keeps `dialectic` for philosophy',
    invalid: 'The leader said the party can live with a lively internal dialectic.',
    valid: 'The leader said the party can live with lively internal debate; Hegel’s dialectic was on the syllabus.'
  }
]
