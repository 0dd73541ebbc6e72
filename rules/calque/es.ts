/**
 * Calques of Spanish: constructions of Spanish and Latin American news copy
 * (EFE, Europa Press, the regional press) carried over word for word,
 * grouped by topic. Entry syntax: see `entry.ts`.
 */
import type {CalqueEntry} from './entry.js'

const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December'
const DAYS_OF_MONTH = Array.from({length: 31}, (_, index) => String(index + 1)).join('|')

/** Spanish parties and Spanish politicians’ surnames, as MT leaves them. */
const PARTIES = 'PP|PSOE|Vox|Podemos|Sumar|ERC|Junts|PNV|Bildu|Ciudadanos|Cs|BNG|CUP|Morena|PRI|PAN'

/** Spanish party leaders and parties whose people copy calls `those of …` (`los de Otegui`). */
const LEADERS = 'Otegui|Arnaldo|Puigdemont|Junqueras|Feijóo|Feijoo|Abascal|Iglesias|Ayuso|Arrimadas|Aragonès|Ortuzar|Mazón|Sánchez|PP|PSOE|Vox|Podemos|Sumar|ERC|Junts|PNV|Bildu|Ciudadanos|BNG'

/** Ministries, capitalised as Spanish regional governments name them (`conseller d’Economia`). */
const PORTFOLIOS = 'Economy|Health|Education|Interior|Justice|Territory|Presidency|Finance|Culture|Agriculture|Employment|Tourism|Environment|Universities|Housing|Equality'

/** Offences as Spanish copy names them after `un presunto delito de`. */
const OFFENCES = 'embezzlement|bribery|fraud|sedition|rebellion|money|influence|misappropriation|corruption|murder|homicide|sexual|tax|disobedience|prevarication|malversation|terrorism|injuries|threats|robbery|documentary|falsification|trafficking'

export const spanish: readonly CalqueEntry[] = [
  // ---------------------------------------------------------------------------
  // Politics
  // ---------------------------------------------------------------------------
  {
    phrases: ['[realized|realised|realizes|realises|realize|realise|realizing|realising] a|an visit|trip|tour|call|inspection|operation|raid|search|journey|tribute|homage|pilgrimage|march|protest|assembly|stop|stopover'],
    source: 'realizar una visita',
    expected: ['made'],
    confidence: 'high',
    note: 'Spanish `realizar` (carry out) is rendered `realize`, which in English means to understand; English says `made a visit`, or simply `visited`',
    invalid: 'The king realized a visit to the flooded towns on Monday.',
    valid: 'The king made a visit to the flooded towns and realized how bad it was.'
  },
  {
    phrases: ['political formation|formations', 'the purple|orange formation', '[the formation led|headed by]'],
    source: 'la formación política',
    expected: ['party'],
    confidence: 'high',
    note: 'Spanish `formación política` (political formation) is a party; English says `party`',
    invalid: 'The rest of the political formations voted against the budget.',
    valid: 'The other parties voted against the budget; the squad kept its formation.'
  },
  {
    phrases: ['[remodeling|remodelling|remodelation|remodeling] of the Government|government|cabinet|Cabinet|Executive|executive', 'government|cabinet [remodeling|remodelling|remodelation]'],
    source: 'la remodelación del Gobierno',
    expected: ['reshuffle'],
    confidence: 'high',
    note: 'Spanish `remodelación del Gobierno` (remodelling of the government) is a cabinet reshuffle',
    invalid: 'The prime minister announced the remodeling of the Government on Monday.',
    valid: 'The prime minister announced a cabinet reshuffle and the remodelling of his kitchen.'
  },
  {
    phrases: ['control session|sessions', 'session of control'],
    source: 'la sesión de control',
    expected: ['question time'],
    confidence: 'high',
    note: 'Spanish `sesión de control` (control session) is parliament’s weekly questioning of the government; English says `question time`',
    invalid: 'The leaders clashed again in the control session of the Congress.',
    valid: 'The leaders clashed again at question time; the session ended under control.'
  },
  {
    phrases: ['[the Table of the] Congress|Cortes|Parliament|Senate|Assembly|Chamber|Parlament', '[the Table] of Congress|Cortes|Parliament'],
    source: 'la Mesa del Congreso',
    expected: ['the Bureau of the'],
    confidence: 'high',
    note: 'Spanish `la Mesa` of a parliament is its governing board; English says `the Bureau` (or `the Speaker’s board`)',
    invalid: 'The Table of the Congress rejected the request.',
    valid: 'The Bureau of the Congress rejected the request left on the table.'
  },
  {
    phrases: ['[the bench of the] (' + PARTIES + ')', '[the bench of] (' + PARTIES + ')'],
    source: 'la bancada del PP',
    expected: ['the parliamentary group of the'],
    confidence: 'high',
    note: 'Spanish `bancada` (bench) is a party’s group of members in parliament; English says `parliamentary group`',
    invalid: 'The bench of the PSOE applauded the speech.',
    valid: 'The PSOE parliamentary group applauded the speech from the front bench.'
  },
  {
    phrases: ['[sense of State|state] !of|and', 'sense of the State', 'a|with|of|the|no|their|his|her [sense of State|state] and to|with|for|the|a'],
    source: 'sentido de Estado',
    expected: ['statesmanship'],
    confidence: 'high',
    note: 'Spanish `sentido de Estado` (sense of state) is statesmanship, putting the country first',
    invalid: 'He asked the opposition to act with a sense of State.',
    valid: 'He asked the opposition to show statesmanship and a sense of the state of the economy.'
  },
  {
    phrases: ['[Holders|holders of] his|her|their|the statements|intervention|speech|remarks|appearance|declarations|interview'],
    source: 'titulares de su intervención',
    expected: ['key points of'],
    confidence: 'high',
    note: 'Spanish `titulares` (headlines) of a speech are its key points; MT reads `titulares` as holders',
    invalid: 'Holders of his speech before the press: no early election.',
    valid: 'Key points of his speech before the press: no early election for office holders.'
  },
  {
    phrases: ['[the Kings] of Spain|Felipe|Don', 'King and Queen [the Kings]'],
    source: 'los Reyes',
    expected: ['the King and Queen'],
    confidence: 'low',
    note: 'Spanish `los Reyes` (the kings) are the King and Queen; English says `the King and Queen`',
    invalid: 'The dinner was hosted by the Kings of Spain at the palace.',
    valid: 'The dinner was hosted by the King and Queen of Spain; the Kings won in Sacramento.'
  },
  {
    phrases: ['[question of confidence] before|in the Congress|Parliament|Chamber|Cortes', '[submit|submits|submitted|submitting|pose|poses|posed|posing|present|presents|presented|raise|raises|raised a question of confidence]'],
    source: 'la cuestión de confianza',
    expected: ['confidence vote'],
    confidence: 'low',
    note: 'Spanish `cuestión de confianza` (question of confidence) is a confidence vote the government calls on itself; English says `confidence vote`',
    invalid: 'Sánchez will not submit a question of confidence this year.',
    valid: 'Sánchez will not call a confidence vote this year; trust is a question of time.'
  },
  {
    phrases: ['until|before|at the end of the legislature', '[the rest of the legislature] ,|.|;', 'early end of|to the legislature'],
    source: 'el fin de la legislatura',
    expected: ['the end of the parliamentary term'],
    confidence: 'low',
    note: 'Spanish `legislatura` is a parliamentary term, not the legislature itself; English says `the parliamentary term`',
    invalid: 'The coalition wants to govern until the end of the legislature.',
    valid: 'The coalition wants to govern until the end of the parliamentary term; the legislature voted.'
  },
  {
    phrases: ['[militancy] of the (' + PARTIES + ')', 'consult|consulted|consults|consulting|ask|asked|asks|asking the militancy', '[the militancy] voted|decided|approved|backed|rejected|will|must'],
    source: 'la militancia',
    expected: ['party members'],
    confidence: 'high',
    note: 'Spanish `militancia` is a party’s membership; English says `party members`',
    invalid: 'The leadership will consult the militancy before entering the government.',
    valid: 'The leadership will consult party members before entering the government; militancy grew.'
  },
  {
    phrases: ['[General State Budget|Budgets]', '[General Budgets of the State]', '[general budgets] of the State|state'],
    source: 'los Presupuestos Generales del Estado',
    expected: ['the national budget'],
    confidence: 'high',
    note: 'Spanish `Presupuestos Generales del Estado` is the national budget; English says `the budget`',
    invalid: 'The government will present the General State Budgets in October.',
    valid: 'The government will present the national budget in October, and state budgets follow.'
  },
  {
    phrases: ['[councillor|counsellor|councilor|counselor|adviser|advisor|consejero|conseller] of (' + PORTFOLIOS + ')', '[regional councillor|councilor|adviser|advisor] of (' + PORTFOLIOS + ')'],
    source: 'el consejero de Economía',
    expected: ['regional minister for'],
    confidence: 'high',
    note: 'Spanish `consejero` (Catalan `conseller`) of a regional portfolio is a regional minister; English says `regional minister for the economy`',
    invalid: 'The councillor of Economy presented the regional budget.',
    valid: 'The regional economy minister presented the budget to the city councillor.'
  },
  {
    phrases: ['distributed|distributes|distributing|distribute criticism|criticisms|criticism’s'],
    source: 'repartir críticas',
    expected: ['criticised'],
    confidence: 'high',
    note: 'Spanish `repartir críticas` (distribute criticism) means to criticise several people at once; English says `lashed out at`',
    invalid: 'In his speech he distributed criticism to the opposition and the unions.',
    valid: 'In his speech he criticised the opposition and distributed leaflets to the unions.'
  },
  {
    phrases: ['[his|her|their sayings] about|on|against|in|were|was|at|before'],
    source: 'sus dichos',
    expected: ['remarks'],
    confidence: 'low',
    note: 'Spanish `dichos` (sayings) are a politician’s statements; English says `remarks`',
    invalid: 'The senator defended his sayings about the judges.',
    valid: 'The senator defended his remarks about the judges; her sayings became proverbs long ago.'
  },
  {
    phrases: ['[the pulse between] the|Madrid|Barcelona|unions|government|employers|Sánchez|Feijóo|Brussels|Washington|Moscow', '[the|a pulse with|against] the government|unions|employers|Madrid|Brussels|Washington|Moscow|opposition|Kremlin'],
    source: 'el pulso entre',
    expected: ['the standoff between'],
    confidence: 'high',
    note: 'Spanish `pulso` (pulse, arm-wrestling) is a trial of strength; English says `standoff`, `tug of war`',
    invalid: 'The pulse between the unions and the government went on all week.',
    valid: 'The standoff between the unions and the government went on all week; his pulse was normal.'
  },
  {
    phrases: ['dance of numbers|figures|data|polls'],
    source: 'baile de cifras',
    advice: 'write `the figures diverged widely`',
    confidence: 'high',
    note: 'Spanish `baile de cifras` (dance of figures) means conflicting figures; English says `the figures vary widely`',
    invalid: 'There was a dance of numbers over the turnout at the march.',
    valid: 'The figures for the turnout at the march varied widely; the dance was a success.'
  },
  {
    phrases: ['[the Executive] led|headed|chaired by (Sánchez|Pedro|Feijóo|Ayuso|Illa|Aragonès|Puigdemont|Moreno|Mazón|Milei|Petro|Boric|Sheinbaum|López)', '[the Executive] of (Sánchez|Pedro|Feijóo|Ayuso|Illa|Aragonès|Puigdemont|Moreno|Mazón|Milei|Petro|Boric|Sheinbaum|López)', '[the central|regional Executive] !committee|council|board|bureau|commission|function|functions|system|branch|officer|office|network', '[the Central executive] !committee|Committee|council|Council|board|Board|bureau|Bureau|commission|Commission|function|functions|system|branch|officer|office|network'],
    source: 'el Ejecutivo',
    expected: ['the government'],
    confidence: 'high',
    note: 'Spanish copy calls a government `el Ejecutivo` (the Executive); English says `the government`',
    invalid: 'The central Executive approved the aid on Tuesday.',
    valid: 'The central government approved the aid on Tuesday; the chief executive resigned.'
  },
  {
    phrases: ['seconded|secunded|seconds|seconding the strike|protest|protests|call|calls|demonstration|demonstrations|mobilization|mobilisation|mobilizations|march|stoppage|boycott'],
    source: 'secundar la huelga',
    expected: ['joined'],
    confidence: 'high',
    note: 'Spanish `secundar` (second) a strike or protest is to join it; English seconds only a motion',
    invalid: 'Thousands of teachers seconded the strike on Tuesday.',
    valid: 'Thousands of teachers joined the strike on Tuesday; she seconded the motion.'
  },
  {
    phrases: ['[qualified|qualifies|qualify|qualifying] the|this|that|his|her|their|its attack|attacks|decision|decisions|statements|remarks|words|incident|incidents|situation|measure|ruling|proposal|law|agreement|deal|result|behaviour|behavior|attitude|plan|sentence|verdict|reform as'],
    source: 'calificar de',
    expected: ['described'],
    confidence: 'high',
    note: 'Spanish `calificar` (qualify) a thing as something is to describe or call it so; English says `described … as`',
    invalid: 'The minister qualified the decision as unacceptable.',
    valid: 'The minister described the decision as unacceptable; the team qualified for the final.'
  },
  {
    phrases: ['assumption|assumptions of responsibilities', 'assumption|assumptions of political responsibilities'],
    source: 'la asunción de responsabilidades',
    expected: ['taking responsibility'],
    confidence: 'high',
    note: 'Spanish `asunción de responsabilidades` is someone taking responsibility (often resigning); English says `taking responsibility`',
    invalid: 'The opposition demands the assumption of responsibilities for the floods.',
    valid: 'The opposition demands that someone take responsibility for the floods, an assumption of guilt.'
  },
  {
    phrases: ['[macho violence|violences]', 'victim|victims of [macho violence]'],
    source: 'la violencia machista',
    expected: ['gender-based violence'],
    confidence: 'high',
    note: 'Spanish `violencia machista` is violence against women; English says `gender-based violence` or `violence against women`',
    invalid: 'Seven women have died of macho violence this month.',
    valid: 'Seven women have died of gender-based violence this month; the film was all macho swagger.'
  },
  {
    phrases: ['the|a new [Magna Carta] of (Chile|Spain|Mexico|Peru|Colombia|Argentina|Venezuela|Ecuador|Bolivia)', 'our|the [Magna Carta] of (Chile|Spain|Mexico|Peru|Colombia|Argentina|Venezuela|Ecuador|Bolivia)', '[reform|reforms of the Magna Carta]', 'article * of the [Magna Carta]'],
    source: 'la Carta Magna',
    expected: ['constitution'],
    confidence: 'low',
    note: 'Spanish `la Carta Magna` is a country’s constitution; in English `Magna Carta` is the charter of 1215',
    invalid: 'The reform of the Magna Carta needs a three-fifths majority.',
    valid: 'The reform of the constitution needs a three-fifths majority; Magna Carta was sealed in 1215.'
  },
  {
    phrases: ['[table of dialogue|negotiation|negotiations]', '[the negotiating table] of|between the Government|government and the'],
    source: 'la mesa de diálogo',
    expected: ['talks'],
    confidence: 'high',
    note: 'Spanish `mesa de diálogo` (dialogue table) is a forum for talks; English says `talks`',
    invalid: 'The table of dialogue between the two governments met in Barcelona.',
    valid: 'Talks between the two governments resumed at the negotiating table in Barcelona.'
  },
  {
    phrases: ['[make|made|makes|making use of the word] ,|.|to|in|at|during|before|after|for', '[asked|asks|ask for the word] to|in|at|during|and|,|.'],
    source: 'hacer uso de la palabra',
    expected: ['spoke'],
    confidence: 'high',
    note: 'Spanish `hacer uso de la palabra` (make use of the word) means to take the floor; English says `spoke` or `took the floor`',
    invalid: 'The minister made use of the word in the Senate on Tuesday.',
    valid: 'The minister took the floor in the Senate on Tuesday and made use of the word “freedom” often.'
  },
  {
    phrases: ['[to the charge of] the|a|an|his|her|their|its', 'is|was|were|are|be|remain|remains|remained|left [to the charge of]'],
    source: 'a cargo de',
    expected: ['in charge of'],
    confidence: 'high',
    note: 'Spanish `a cargo de` (to the charge of) means in the charge of or paid by; English says `in charge of`, `run by`',
    invalid: 'The investigation is to the charge of the Civil Guard.',
    valid: 'The investigation is in the charge of the Civil Guard, to the annoyance of the police.'
  },
  // ---------------------------------------------------------------------------
  // Dates and time
  // ---------------------------------------------------------------------------
  {
    phrases: ['on|since|until|last|during|from|before|after [the past] (' + WEEKDAYS + ')'],
    source: 'el pasado lunes',
    expected: ['last'],
    confidence: 'high',
    note: 'Spanish `el pasado lunes` (the past Monday) means last Monday; English says `last Monday` or `on Monday`',
    invalid: 'The suspect was arrested on the past Tuesday in Valencia.',
    valid: 'The suspect was arrested last Tuesday in Valencia; this past week was quiet.'
  },
  {
    phrases: ['[the day] (' + DAYS_OF_MONTH + ') of (' + MONTHS + ')', '[on the day] (' + DAYS_OF_MONTH + ') !of|and|or'],
    source: 'el día 15 de mayo',
    expected: ['on'],
    confidence: 'high',
    note: 'Spanish `el día 15 de mayo` (the day 15 of May) gives a date; English says `on 15 May` or `on May 15`',
    invalid: 'The trial will open the day 15 of May in Madrid.',
    valid: 'The trial will open on May 15 in Madrid, the day of the festival.'
  },
  {
    phrases: ['[in|during the last hours] ,|.|;|and|the|a|several|police|authorities|there', '[in the last hours] !of|before|after|leading|prior|until'],
    source: 'en las últimas horas',
    expected: ['in the past few hours'],
    confidence: 'low',
    note: 'Spanish `en las últimas horas` (in the last hours) means recently; English says `in the past few hours`',
    invalid: 'In the last hours, the fire has spread to two more villages.',
    valid: 'In the past few hours, the fire has spread; in the last hours of his life he wrote.'
  },
  // ---------------------------------------------------------------------------
  // Justice and police
  // ---------------------------------------------------------------------------
  {
    phrases: ['[the Supreme|Constitutional] ruled|rules|said|says|rejected|rejects|upheld|upholds|has|had|will|overturned|annulled|endorsed|confirmed|acquitted|convicted|agreed|considers|considered'],
    source: 'el Supremo, el Constitucional',
    advice: 'name the court: `the Supreme Court`, `the Constitutional Court`',
    confidence: 'high',
    note: 'Spanish names a high court by its adjective (`el Supremo`, `el Constitucional`); English says `the Supreme Court`',
    invalid: 'The Supreme upheld the sentence on Wednesday.',
    valid: 'The Supreme Court upheld the sentence; the Supreme Leader spoke on Wednesday.'
  },
  {
    phrases: ['[Fiscal|Attorney General of the State]', '[the fiscal] asked|requested|requests|demands|demanded|accuses|accused|said|says|charged|charges|asks|appealed|opposed|considers|considered|will|has|had', 'anti-corruption fiscal|fiscals'],
    source: 'el fiscal, el Fiscal General del Estado',
    advice: 'write `the prosecutor`, `the attorney general`',
    confidence: 'high',
    note: 'Spanish `fiscal` is a prosecutor (`Fiscal General del Estado`: the attorney general); English `fiscal` is an adjective of public money',
    invalid: 'The fiscal requested six years in prison for the former mayor.',
    valid: 'The prosecutor requested six years in prison; the fiscal year ends in March.'
  },
  {
    phrases: ['instructor judge|judges', 'the judge instructor', 'instructing judge|judges'],
    source: 'el juez instructor',
    expected: ['investigating judge'],
    confidence: 'high',
    note: 'Spanish `juez instructor` is the judge who leads a criminal investigation; English says `investigating judge`',
    invalid: 'The instructor judge summoned the minister as a suspect.',
    valid: 'The investigating judge summoned the minister; the driving instructor was a witness.'
  },
  {
    phrases: ['[alleged|presumed crime|crimes of] (' + OFFENCES + ')', '[a|the crime|crimes of] prevarication|malversation|sedition|rebellion|embezzlement|bribery|disobedience|injuries|threats', '[prevarication|malversation] ,|.|;|and|of|charges|charge|case|crime|offence'],
    source: 'un presunto delito de malversación',
    expected: ['alleged'],
    confidence: 'high',
    note: 'Spanish charges someone with `un delito de` (a crime of) embezzlement, `prevaricación` (malfeasance), `malversación` (misuse of public funds); English says `charges of embezzlement`, `abuse of office`',
    invalid: 'The mayor is investigated for an alleged crime of prevarication.',
    valid: 'The mayor is under investigation for alleged abuse of office and embezzlement.'
  },
  {
    phrases: ['provisional|preventive prison|jail', 'sent|send|sends|remanded|ordered to provisional|preventive prison|jail'],
    source: 'la prisión provisional',
    expected: ['pre-trial detention'],
    confidence: 'high',
    note: 'Spanish `prisión provisional` (provisional prison) is pre-trial detention; English says `remanded in custody`',
    invalid: 'The judge sent the three suspects to provisional prison.',
    valid: 'The judge remanded the three suspects in custody; the provisional results came later.'
  },
  {
    // `remember that` is memory in English; the copy’s subjects (sources, parties, `they` for a party’s people) and a fact after `that` make it the reporting verb
    phrases: [
      '(they|sources|spokesman|spokeswoman|spokesperson|Executive|Government|Ministry|' + LEADERS + ') [remember|remembers|remembered] that the|this|these|it|in|last|since|both|a',
      'also|, [remembers] that the|this|these|it|in|last|since|both|a'
    ],
    source: 'recuerdan que',
    advice: 'write `point out that`, `note that`',
    confidence: 'low',
    note: 'Spanish and Italian `recordar que`, `ricordare che` (remember that) introduces a fact the speaker points out; English says `pointed out that`, `noted that`',
    invalid: 'In Madrid, party sources remember that the minister promised a new law.',
    valid: 'Party sources pointed out that the minister promised a new law; I remember that the night was cold.'
  },
  {
    // Native English uses `preventive detention` for detention without charge (internment): it needs the court words of a remand around it.
    phrases: [
      'in|into|to|under|of [preventive detention] for|pending|while|since|awaiting|without|or|,|.',
      'sent|send|sends|remanded|entered|enter|enters|placed|keeps|kept|remains|remained [in|into|to preventive detention]',
      'ordered|orders|decreed|decrees|requested|requests|requesting|lifted|extended [preventive detention]',
      '[preventive detention] was|is ordered|decreed|requested|lifted|extended',
      '[preventive detention] has|had been ordered|decreed|requested|lifted|extended'
    ],
    source: 'la prisión preventiva',
    expected: ['pre-trial detention'],
    confidence: 'low',
    note: 'Spanish and Portuguese `prisión preventiva`, `prisão preventiva` (preventive prison) is custody pending trial; English says `pre-trial detention` or `remanded in custody`',
    invalid: 'The judge ordered preventive detention for the former mayor.',
    valid: 'The judge ordered pre-trial detention for the former mayor; the country has no law on preventive detention of terror suspects.'
  },
  {
    // `those of` is ordinary English in comparisons (`views close to those of Sánchez`): only where no comparison word comes before it
    phrases: [
      '!than|to|from|with|like|as|and|or|by|unlike|including|exceed|exceeds|exceeded|match|matches|matched|mirror|mirrors|mirrored|echo|echoes|echoed|resemble|resembles|resembled|surpass|surpassed|replace|replaced|joined|join [those of] (' + LEADERS + ')',
      '!than|to|from|with|like|as|and|or|by|unlike|including [those of] the (' + LEADERS + ')',
      '[Those of] (' + LEADERS + ')',
      '[Those of] the (' + LEADERS + ')'
    ],
    source: 'los de Otegui, los de Puigdemont',
    advice: 'name the party (`Otegui’s party`, `Bildu`, `Puigdemont’s Junts`)',
    confidence: 'low',
    note: 'Spanish `los de Otegui` (those of Otegui) names a leader’s party or followers; English names the party: `Otegui’s Bildu`, `Puigdemont’s party`',
    invalid: 'The prime minister thanked those of Puigdemont for their votes.',
    valid: 'His proposals are close to those of Puigdemont, and he thanked Junts for its votes.'
  },
  {
    phrases: ['[the imputed] man|woman|person|persons|people|suspect|suspects|minister|mayor|officials|ex-minister', '[was|were imputed] for|in|by', '[has|have been imputed] for|in|by', '[the imputed] ,|.|was|is|has|had|will|declared|testified'],
    source: 'el imputado',
    expected: ['the suspect'],
    confidence: 'high',
    note: 'Spanish `imputado` is a person formally under investigation; English says `suspect` or `placed under investigation`',
    invalid: 'The imputed testified for three hours before the judge.',
    valid: 'The suspect testified for three hours; the imputed rent was taxed.'
  },
  {
    phrases: ['[the agents] of the Civil|National|Local|Municipal|Guardia|Mossos|Ertzaintza|Policía', '[agents] of the Civil Guard', '[agents] of the National|Local|Municipal Police'],
    source: 'los agentes de la Guardia Civil',
    expected: ['officers'],
    confidence: 'high',
    note: 'Spanish `agentes` are police officers; English `agents` are spies or representatives',
    invalid: 'The agents of the Civil Guard found the car near the border.',
    valid: 'Civil Guard officers found the car near the border; the travel agents were closed.'
  },
  {
    phrases: ['a|an [(man|woman|boy|girl|person|youth|youngster|motorist|driver|worker|pensioner|resident|minor|individual|teenager|adolescent) of * years] ,|.|;|who|was|has|had|is|and|in|from|died|dies|whose|with|at'],
    source: 'un hombre de 45 años',
    expected: ['$2-year-old $1'],
    confidence: 'high',
    note: 'Spanish `un hombre de 45 años` (a man of 45 years) gives an age; English says `a 45-year-old man`',
    invalid: 'A man of 45 years died in the accident on the A-7.',
    valid: 'A 45-year-old man died in the accident; a woman of many years’ experience led the rescue.'
  },
  // ---------------------------------------------------------------------------
  // Economy and markets
  // ---------------------------------------------------------------------------
  {
    phrases: ['[basic points|point] above|below|over|higher|lower|from|for|in|to|than'],
    source: 'puntos básicos',
    expected: ['basis points'],
    confidence: 'high',
    note: 'Spanish `puntos básicos` are basis points (hundredths of a percentage point)',
    invalid: 'The risk premium rose to 103 basic points above the German bond.',
    valid: 'The risk premium rose to 103 basis points; she made some basic points.'
  },
  {
    phrases: ['gained|lost|fell|rose|climbed|dropped|shed|advanced|gains|loses|falls|rises * [integers]'],
    source: 'sumó 80 enteros',
    expected: ['points'],
    confidence: 'high',
    note: 'Spanish `enteros` (integers, whole units) are index points; English says `points`',
    invalid: 'The Ibex 35 lost 80 integers on Friday.',
    valid: 'The Ibex 35 lost 80 points on Friday; the program adds two integers.'
  },
  {
    phrases: ['[the selective] Ibex|IBEX|index|Ibex-35|IBEX-35', '[the Madrid selective]', 'the selective index'],
    source: 'el selectivo Ibex 35',
    expected: ['the benchmark'],
    confidence: 'high',
    note: 'Spanish `el selectivo` is the benchmark stock index; English says `the benchmark Ibex 35`',
    invalid: 'The selective Ibex 35 closed with a slight rise.',
    valid: 'The benchmark Ibex 35 closed slightly higher; the club is very selective.'
  },
  {
    phrases: ['with an advance of', 'with a revaluation|revalorization|revalorisation of', 'with a slight|small advance|revaluation|revalorization of', 'revalorization|revalorisation of * %|percent'],
    source: 'con un avance del 0,4%',
    advice: 'write `up 0.4%`, `a 0.4% gain`',
    confidence: 'high',
    note: 'Spanish `avance` (advance) and `revalorización` of a share or index are a gain; English says `up 0.4%`',
    invalid: 'The index closed with an advance of 0.43%.',
    valid: 'The index closed up 0.43% as the army’s advance of 20 kilometres stalled.'
  },
  {
    phrases: ['the|The [Brent barrel] ,|.|rose|fell|climbed|dropped|traded|stood|closed|is|was|has|had|rises|falls|of', 'barrel of Brent'],
    source: 'el barril de Brent',
    expected: ['Brent crude'],
    confidence: 'high',
    note: 'Spanish `el barril de Brent` (the Brent barrel) is the price of Brent crude; English says `Brent crude`',
    invalid: 'The Brent barrel rose 2% to 84 dollars.',
    valid: 'Brent crude rose 2% to 84 dollars a barrel.'
  },
  {
    phrases: ['led|leads|leading the falls|rises|increases|declines|drops|advances|rises|ascents'],
    source: 'liderar las caídas',
    advice: 'write `was the biggest faller`, `led the gains`',
    confidence: 'high',
    note: 'Spanish `liderar las caídas` (lead the falls) names the biggest loser of a session; English says `was the biggest faller`',
    invalid: 'Inditex led the falls on the Madrid stock exchange.',
    valid: 'Inditex was the biggest faller in Madrid as tech stocks led the losses.'
  },
  {
    phrases: ['complementary dividend|dividends'],
    source: 'el dividendo complementario',
    expected: ['final dividend'],
    confidence: 'high',
    note: 'Spanish `dividendo complementario` (complementary dividend) is the final dividend of a financial year',
    invalid: 'The bank will pay a complementary dividend in June.',
    valid: 'The bank will pay a final dividend in June as a complement to the interim one.'
  },
  {
    phrases: ['with a negative|positive evolution', 'negative|positive evolution of the Ibex|index|indices|markets|stock'],
    source: 'con una evolución negativa',
    advice: 'write `in negative territory`, `lower`',
    confidence: 'low',
    note: 'Spanish `evolución negativa` (negative evolution) of a market means it fell; English says `lower`, `in negative territory`',
    invalid: 'European markets traded with a negative evolution all morning.',
    valid: 'European markets traded lower all morning; evolution is a slow process.'
  },
  {
    phrases: ['[in the Spanish|Mexican|Argentine|Colombian|Chilean|Peruvian|Catalan|Andalusian|Basque|Valencian|Galician case] ,|the|a|.'],
    source: 'en el caso español',
    advice: 'write `in Spain`',
    confidence: 'low',
    note: 'Spanish `en el caso español` (in the Spanish case) means in Spain; English names the country',
    invalid: 'In the Spanish case, unemployment fell to 11%.',
    valid: 'In Spain, unemployment fell to 11%; the Spanish case before the court was closed.'
  },
  // ---------------------------------------------------------------------------
  // Weather and health
  // ---------------------------------------------------------------------------
  {
    phrases: ['thermal sensation|sensations'],
    source: 'la sensación térmica',
    expected: ['feels-like temperature'],
    confidence: 'high',
    note: 'Spanish `sensación térmica` (thermal sensation) is the feels-like temperature or wind chill',
    invalid: 'The thermal sensation will drop to minus ten in the mountains.',
    valid: 'It will feel like minus ten in the mountains; the thermal vest helps.'
  },
  {
    phrases: ['heat blow|blows', 'a|the [blow of heat]'],
    source: 'un golpe de calor',
    expected: ['heatstroke'],
    confidence: 'high',
    note: 'Spanish `golpe de calor` (heat blow) is heatstroke',
    invalid: 'A worker died of a heat blow in the fields.',
    valid: 'A worker died of heatstroke in the fields after a blow to the head.'
  },
  {
    phrases: ['cold drop', 'cold drops'],
    source: 'la gota fría',
    expected: ['cut-off low'],
    confidence: 'high',
    note: 'Spanish `gota fría` (cold drop) is a cut-off low bringing torrential rain; English says `cut-off low` or names the storm',
    invalid: 'A cold drop will bring heavy rain to the coast.',
    valid: 'A cut-off low will bring heavy rain; temperatures drop as the cold front passes.'
  },
  {
    phrases: ['temperatures [in slight|notable|clear|moderate ascent|descent|rise|decline]', 'temperatures [in ascent|descent]'],
    source: 'temperaturas en ligero ascenso',
    advice: 'write `temperatures rising slightly`',
    confidence: 'high',
    note: 'Spanish forecasts put temperatures `en ascenso` (in ascent); English says `temperatures rising`',
    invalid: 'Tomorrow brings clear skies and temperatures in slight ascent.',
    valid: 'Tomorrow brings clear skies and slightly rising temperatures on the ascent.'
  },
  {
    phrases: ['[the sanitary] personnel|staff|workers|professionals|workforce', 'sanitarians'],
    source: 'los sanitarios, el personal sanitario',
    expected: ['health workers'],
    confidence: 'high',
    note: 'Spanish `sanitario` means to do with health care (`personal sanitario`: health workers); English `sanitary` means clean or to do with sewage',
    invalid: 'The sanitary personnel of the hospital went on strike.',
    valid: 'The hospital’s health workers went on strike over sanitary conditions.'
  },
  // ---------------------------------------------------------------------------
  // Sport
  // ---------------------------------------------------------------------------
  {
    phrases: ['[body technician|technicians]', 'technical body', 'technical bodies'],
    source: 'el cuerpo técnico',
    expected: ['coaching staff'],
    confidence: 'high',
    note: 'Spanish `cuerpo técnico` (technical body) is a team’s coaching staff',
    invalid: 'The coach thanked his technical body after the win.',
    valid: 'The coach thanked his coaching staff and the technical director after the win.'
  },
  {
    phrases: ['make|made|makes|making|form|formed|forms|do|did|does|give|gave|gives the|a [corridor|pasillo] to|for', 'guard of honour [corridor]'],
    source: 'hacer el pasillo',
    expected: ['guard of honour'],
    confidence: 'high',
    note: 'Spanish `hacer el pasillo` (make the corridor) is a guard of honour for new champions',
    invalid: 'Atlético will make the corridor to Real Madrid on Sunday.',
    valid: 'Atlético will form a guard of honour for Real Madrid in the stadium corridor.'
  },
  {
    phrases: ['[leadership] in|of LaLiga|Primera|Segunda', '[leadership] in|of the league|table|standings|classification'],
    source: 'el liderato',
    expected: ['top spot'],
    confidence: 'low',
    note: 'Spanish `liderato` (leadership) of a league is first place; English says `top spot` or `lead`',
    invalid: 'Barcelona defend their leadership in LaLiga against Sevilla.',
    valid: 'Barcelona defend their lead at the top against Sevilla; the club praised its leadership.'
  },
  {
    phrases: ['[journey|jornada] * of LaLiga|Primera|Segunda', '[journey|jornada] * of the league|championship', 'electoral day|journey|jornada', 'the electoral day'],
    source: 'la jornada',
    advice: 'write `matchday`, `round` (sport) or `election day`',
    confidence: 'high',
    note: 'Spanish `jornada` (day) is a round of fixtures (`matchday`) or a day of voting (`jornada electoral`: election day)',
    invalid: 'Sevilla host Betis in journey 30 of LaLiga.',
    valid: 'Sevilla host Betis in round 30 of LaLiga after a long journey.'
  },
  {
    phrases: ['follow the minute by minute', 'follow the minute-by-minute', '[the minute by minute|minute-by-minute] of|with|,|.'],
    source: 'sigue el minuto a minuto',
    expected: ['live updates'],
    confidence: 'high',
    note: 'Spanish `el minuto a minuto` (the minute by minute) is live coverage; English says `live updates`',
    invalid: 'Follow the minute by minute of the final here.',
    valid: 'Follow minute-by-minute updates of the final here.'
  },
  {
    phrases: ['From|from (' + PARTIES + ') [they] insist|insisted|argue|argued|explain|explained|assure|assured|point|pointed|warn|warned|recall|recalled|remember|remembered|maintain|maintained|consider|considered|believe|believed|stress|stressed|say|said|reason|reasoned', 'argue|argued|reason|reasoned|insist|insisted|explain|explained|assure|assured|warn|warned|recall|recalled|remember|remembered|maintain|maintained [from] (' + PARTIES + ')'],
    source: 'desde ERC insisten',
    advice: 'write `ERC sources insist`, `the party argues`',
    confidence: 'high',
    note: 'Spanish `desde el partido insisten` (from the party they insist) attributes a view to a party’s circles; English says `party sources insist`',
    invalid: 'From Junts they insist that the agreement is dead.',
    valid: 'Junts sources insist that the agreement is dead; she resigned from Junts.'
  },
  {
    phrases: ['[the formation of] Iglesias|Sánchez|Abascal|Feijóo|Díaz|Puigdemont|Junqueras|Casado|Rivera|Arrimadas|Otegi|Otegui|Milei|Yolanda|Pablo|Santiago|Alberto'],
    source: 'la formación de Abascal',
    expected: ['the party of'],
    confidence: 'high',
    note: 'Spanish copy calls a party `la formación de` its leader (the formation of Abascal); English says `Abascal’s party`',
    invalid: 'The formation of Abascal voted against the decree.',
    valid: 'Abascal’s party voted against the decree after the formation of the new group.'
  },
  {
    // `a functioning government` is English (one that works); the capital `Executive` is the Spanish copy’s
    phrases: ['a|the|not [functioning Executive]'],
    source: 'un Ejecutivo en funciones',
    expected: ['caretaker government'],
    confidence: 'high',
    note: 'Spanish `en funciones` (in functions) describes a caretaker government; MT also renders it `functioning`, which in English means one that works',
    invalid: 'Spain has had a functioning Executive since the July election.',
    valid: 'Spain has had a caretaker government since the July election; a functioning government is what it lacks.'
  },
  {
    phrases: ['Government|government|Executive|executive|president|President|minister|cabinet|mayor [in functions]'],
    source: 'el Gobierno en funciones',
    expected: ['acting'],
    confidence: 'high',
    note: 'Spanish `en funciones` (in functions) describes a caretaker government or an acting official; English says `caretaker government`, `acting president`',
    invalid: 'The Government in functions cannot present a budget.',
    valid: 'The caretaker government cannot present a budget; the heart functions well.'
  },
  {
    phrases: ['[has|have|had possibilities to]', '[has|have|had real|serious|many possibilities of winning|to]'],
    source: 'tiene posibilidades de',
    expected: ['has a chance to'],
    confidence: 'high',
    note: 'Spanish `tener posibilidades de` (have possibilities to) means to have a chance of; English says `has a chance of`',
    invalid: 'The candidate has possibilities to win in the second round.',
    valid: 'The candidate has a chance of winning in the second round; the plan has possibilities.'
  },
  {
    phrases: ['in|at|from [the minute (1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|61|62|63|64|65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|100|101|102|103|104|105|106|107|108|109|110|111|112|113|114|115|116|117|118|119|120)]'],
    source: 'en el minuto 90',
    advice: 'write `in the 90th minute`',
    confidence: 'high',
    note: 'Spanish `en el minuto 90` (in the minute 90), like Italian `al minuto 90` and Portuguese `aos 90 minutos`, is `in the 90th minute`',
    invalid: 'Morata scored the winner in the minute 89 with a header.',
    valid: 'Morata scored the winner in the 89th minute, a minute before the end.'
  },
  {
    phrases: ['[spokesperson|spokesman|spokeswoman of the Government]', '[spokesperson|spokesman|spokeswoman of the Executive]'],
    source: 'la portavoz del Gobierno',
    expected: ['government spokesperson'],
    confidence: 'high',
    note: 'Spanish `portavoz del Gobierno` (spokesperson of the Government) is the government spokesperson',
    invalid: 'The spokeswoman of the Government defended the decree.',
    valid: 'The government spokeswoman defended the decree.'
  },
  {
    phrases: ['[the maximums|minimums] will|reach|reached|exceed|exceeded|rise|rose|fall|fell|drop|dropped|could|around|between'],
    source: 'las máximas, las mínimas',
    advice: 'write `highs`, `lows`, `maximum temperatures`',
    confidence: 'high',
    note: 'Spanish forecasts say `las máximas` (the maximums) for the day’s highs; English says `highs`, `lows`',
    invalid: 'The maximums will reach 40 degrees in Seville.',
    valid: 'Highs will reach 40 degrees in Seville; the minimums of the policy were met.'
  },
  {
    phrases: ['thermometers will|would|could mark|exceed|register|touch', 'thermometers marked|mark|marking|registered|touched'],
    source: 'los termómetros marcarán',
    advice: 'write `temperatures will reach`',
    confidence: 'high',
    note: 'Spanish `los termómetros marcarán` (thermometers will mark) forecasts temperatures; English says `temperatures will reach`',
    invalid: 'Thermometers will mark 38 degrees on Friday.',
    valid: 'Temperatures will reach 38 degrees on Friday; the thermometers were broken.'
  },
  {
    phrases: ['interannual rate|rates|inflation|variation|increase|growth|terms|basis|fall|rise|drop'],
    source: 'la tasa interanual',
    expected: ['annual rate'],
    confidence: 'high',
    note: 'Spanish `interanual` (year on year) rate is the annual rate; English says `year on year`, `the annual rate`',
    invalid: 'Prices rose 3.2% in interannual terms in March.',
    valid: 'Prices rose 3.2% year on year in March; interannual climate variability is high.'
  },
  {
    phrases: ['affiliates|affiliated to|of the Social Security', 'Social Security affiliates|affiliations'],
    source: 'afiliados a la Seguridad Social',
    advice: 'write `registered workers`, `people paying social security contributions`',
    confidence: 'high',
    note: 'Spanish `afiliados a la Seguridad Social` (affiliates to Social Security) are workers registered in the social security system',
    invalid: 'The number of affiliates to the Social Security rose by 50,000.',
    valid: 'The number of workers paying social security contributions rose by 50,000.'
  },
  {
    phrases: ['[the autonomies] ,|.|;|and|of|have|has|will|must|can|are|were|receive|received|governed'],
    source: 'las autonomías',
    expected: ['the regions'],
    confidence: 'high',
    note: 'Spanish `las autonomías` are the autonomous regions; English says `the regions`',
    invalid: 'The funds will be shared among the autonomies.',
    valid: 'The funds will be shared among the regions, which value their autonomy.'
  },
  {
    phrases: ['give|gives|gave|giving his|her|their|its arm to twist'],
    source: 'dar el brazo a torcer',
    advice: 'write `back down`',
    confidence: 'high',
    note: 'Spanish `dar el brazo a torcer` (give the arm to twist) is to back down',
    invalid: 'The government will not give its arm to twist on the reform.',
    valid: 'The government will not back down on the reform; he twisted his arm.'
  },
  {
    phrases: ['throw|throws|threw|throwing balls out|outside'],
    source: 'echar balones fuera',
    advice: 'write `dodged the question`',
    confidence: 'high',
    note: 'Spanish `echar balones fuera` (throw balls out) is to dodge the question',
    invalid: 'The minister threw balls out when asked about the contracts.',
    valid: 'The minister dodged the question about the contracts; the boys threw balls at the wall.'
  },
  {
    phrases: ['[give|gives|gave|giving a step] forward|back|backwards|further|ahead'],
    source: 'dar un paso adelante',
    expected: ['take a step'],
    confidence: 'high',
    note: 'Spanish `dar un paso` (give a step) is to take a step',
    invalid: 'The party gave a step forward in the negotiations.',
    valid: 'The party took a step forward in the negotiations; she gave a steppe tour.'
  },
  {
    phrases: ['[has|have|had it very clear|clear] that', '[has|have|had very clear] that'],
    source: 'tener claro que',
    advice: 'write `is clear that`',
    confidence: 'high',
    note: 'Spanish `tenerlo claro` (have it clear) is to be clear, to be certain',
    invalid: 'The president has it very clear that there will be no election.',
    valid: 'The president is very clear that there will be no election; he made it clear.'
  },
  {
    phrases: ['put|puts|putting|place|places|placed|placing in value'],
    source: 'poner en valor',
    advice: 'write `highlight`, `showcase`',
    confidence: 'high',
    note: 'Spanish `poner en valor` (put in value) is to highlight or showcase something',
    invalid: 'The mayor wants to put in value the old town’s heritage.',
    valid: 'The mayor wants to showcase the old town’s heritage and its value.'
  },
  {
    phrases: ['[the also] minister|president|leader|deputy|secretary|spokesman|spokeswoman|spokesperson|former|ex-minister|candidate|mayor|senator|vice-president|vice'],
    source: 'el también ministro',
    advice: 'write `who is also …`',
    confidence: 'high',
    note: 'Spanish `el también ministro` (the also minister) adds a second role; English says `who is also minister`',
    invalid: 'The also minister of Culture defended the law.',
    valid: 'The culture minister, who is also party spokesman, defended the law.'
  },
  {
    phrases: ['king|King emeritus', 'emeritus king|King'],
    source: 'el rey emérito',
    expected: ['former king'],
    confidence: 'high',
    note: 'Spanish `el rey emérito` (the king emeritus) is the former king, Juan Carlos I',
    invalid: 'The king emeritus returned to Spain for a regatta.',
    valid: 'The former king returned to Spain for a regatta; the professor emeritus spoke.'
  },
  {
    phrases: ['electoral advance|advancement|advances'],
    source: 'el adelanto electoral',
    expected: ['early election'],
    confidence: 'high',
    note: 'Spanish `adelanto electoral` (electoral advance) is calling an early election',
    invalid: 'The opposition demands an electoral advance.',
    valid: 'The opposition demands an early election as the army’s advance stalls.'
  },
  {
    phrases: ['[the independentists|independentist] !movement|movements', 'independentist parties|party|leaders|leader|movement|government|bloc|forces'],
    source: 'los independentistas',
    advice: 'write `separatists`, `pro-independence`',
    confidence: 'high',
    note: 'Spanish `independentista` is a supporter of independence; English says `separatists`, `pro-independence parties`',
    invalid: 'The independentists voted against the budget.',
    valid: 'The pro-independence parties voted against the budget.'
  },
  {
    phrases: ['[the collegiate] ,|.|whistled|awarded|showed|sent|decided|gave|did|ruled|annulled|disallowed', '[the colegiado]'],
    source: 'el colegiado',
    expected: ['the referee'],
    confidence: 'high',
    note: 'Spanish match reports call the referee `el colegiado` (the collegiate, a member of the referees’ association); English says `the referee`',
    invalid: 'The collegiate awarded a penalty in the last minute.',
    valid: 'The referee awarded a penalty in the last minute at the collegiate game.'
  },
  {
    phrases: ['LGTBI|LGTB|LGBTI|LGTBIQ|LGTBI+|LGBT collective|collectives', '[collective|collectives] of nurses|doctors|teachers|victims|workers|residents|women|immigrants|farmers|truckers|pensioners|families|neighbours|neighbors'],
    source: 'el colectivo LGTBI',
    advice: 'write `community`, `group`',
    confidence: 'high',
    note: 'Spanish `colectivo` (collective) is a group of people; English says `the LGBTI community`, `nurses’ groups`',
    invalid: 'The collective of nurses called a strike for Monday.',
    valid: 'Nurses’ groups called a strike for Monday with an artists’ collective.'
  },
  {
    phrases: ['interprofessional minimum wage|salary', 'minimum interprofessional wage|salary'],
    source: 'el salario mínimo interprofesional',
    expected: ['minimum wage'],
    confidence: 'high',
    note: 'Spanish `salario mínimo interprofesional` is the national minimum wage',
    invalid: 'The interprofessional minimum wage will rise to 1,134 euros.',
    valid: 'The minimum wage will rise to 1,134 euros for professionals and others.'
  },
  {
    phrases: ['revaluation|revalorization|revalorisation of pensions', 'revaluation|revalorization|revalorisation of the pensions'],
    source: 'la revalorización de las pensiones',
    expected: ['pension increase'],
    confidence: 'high',
    note: 'Spanish `revalorización de las pensiones` is the annual rise in pensions',
    invalid: 'The revaluation of pensions will cost 12 billion euros.',
    valid: 'The rise in pensions will cost 12 billion euros after the currency revaluation.'
  },
  {
    phrases: ['(Sánchez|Feijóo|Ayuso|Illa|Aragonès|Mazón|Moreno|Milei|Boric|Petro|Sheinbaum|Puigdemont|Urkullu|Pradales) [Executive]'],
    source: 'el Ejecutivo de Sánchez',
    expected: ['government'],
    confidence: 'high',
    note: 'Spanish copy calls a government `el Ejecutivo` (the Executive); English says `the Sánchez government`',
    invalid: 'The Sánchez Executive approved the aid on Tuesday.',
    valid: 'The Sánchez government approved the aid; the chief executive resigned.'
  },
  {
    phrases: ['the officialism|oficialismo|officialist|officialists', 'officialist|officialism deputies|senators|bloc|candidate|candidates|party|coalition|legislators|sector'],
    source: 'el oficialismo',
    expected: ['the ruling party'],
    confidence: 'high',
    note: 'Latin American Spanish `el oficialismo` (the officialism) is the ruling party or coalition; English says `the ruling party`',
    invalid: 'The officialism lost its majority in the Senate.',
    valid: 'The ruling party lost its majority in the Senate, officials said.'
  },
  {
    phrases: ['in general and in particular', 'half sanction|half-sanction|half-sanctions'],
    source: 'media sanción, en general y en particular',
    advice: 'write `passed by the lower house`, `as a whole and article by article`',
    confidence: 'high',
    note: 'Argentine parliamentary language: a bill gets `media sanción` (half sanction) when one chamber passes it, and is voted `en general y en particular` (in general and in particular), as a whole and article by article',
    invalid: 'The bill obtained half sanction in the Chamber of Deputies.',
    valid: 'The bill was passed by the Chamber of Deputies and goes to the Senate.'
  },
  {
    phrases: ['[retentions] to|on soy|soybeans|exports|agricultural|grain|grains|wheat|corn|beef|the'],
    source: 'las retenciones',
    expected: ['export duties'],
    confidence: 'high',
    note: 'Argentine Spanish `retenciones` (retentions) are export duties on farm goods; English says `export duties`',
    invalid: 'The government cut the retentions on soy exports.',
    valid: 'The government cut export duties on soy; retention rates at the firm rose.'
  },
  {
    phrases: ['[the yes|Yes of the] Senate|Chamber|House|Congress|Parliament|parliament|Council|government|Government|Cortes|majority|Cdm|CdM', '[the no of the] Senate|Chamber|House|Congress|Parliament|parliament|Council|Cortes'],
    source: 'el sí del Senado',
    advice: 'write `Senate approval`, `the Senate’s rejection`',
    confidence: 'high',
    note: 'Spanish `el sí del Senado` and Italian `il sì del Senato` (the yes of the Senate) are its approval; English says `Senate approval`',
    invalid: 'The reform needs the yes of the Senate before the summer.',
    valid: 'The reform needs Senate approval before the summer; yes, the Senate will vote.'
  },
  {
    phrases: ['injured|wounded|hurt [of gravity|consideration|severity]', 'injured|wounded|hurt [of great|some gravity]'],
    source: 'herido de gravedad',
    advice: 'write `seriously injured`',
    confidence: 'high',
    note: 'Spanish `herido de gravedad` (wounded of gravity) is seriously injured',
    invalid: 'Two workers were injured of gravity in the explosion.',
    valid: 'Two workers were seriously injured in the explosion, a matter of some gravity.'
  },
  {
    phrases: ['at|in|on [kilometre|kilometer|km (1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|61|62|63|64|65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|100|101|102|103|104|105|106|107|108|109|110|111|112|113|114|115|116|117|118|119|120|121|122|123|124|125|126|127|128|129|130|131|132|133|134|135|136|137|138|139|140|141|142|143|144|145|146|147|148|149|150|151|152|153|154|155|156|157|158|159|160|161|162|163|164|165|166|167|168|169|170|171|172|173|174|175|176|177|178|179|180|181|182|183|184|185|186|187|188|189|190|191|192|193|194|195|196|197|198|199|200|201|202|203|204|205|206|207|208|209|210|211|212|213|214|215|216|217|218|219|220|221|222|223|224|225|226|227|228|229|230|231|232|233|234|235|236|237|238|239|240|241|242|243|244|245|246|247|248|249|250|251|252|253|254|255|256|257|258|259|260|261|262|263|264|265|266|267|268|269|270|271|272|273|274|275|276|277|278|279|280|281|282|283|284|285|286|287|288|289|290|291|292|293|294|295|296|297|298|299|300|301|302|303|304|305|306|307|308|309|310|311|312|313|314|315|316|317|318|319|320|321|322|323|324|325|326|327|328|329|330|331|332|333|334|335|336|337|338|339|340|341|342|343|344|345|346|347|348|349|350|351|352|353|354|355|356|357|358|359|360|361|362|363|364|365|366|367|368|369|370|371|372|373|374|375|376|377|378|379|380|381|382|383|384|385|386|387|388|389|390|391|392|393|394|395|396|397|398|399|400|401|402|403|404|405|406|407|408|409|410|411|412|413|414|415|416|417|418|419|420|421|422|423|424|425|426|427|428|429|430|431|432|433|434|435|436|437|438|439|440|441|442|443|444|445|446|447|448|449|450|451|452|453|454|455|456|457|458|459|460|461|462|463|464|465|466|467|468|469|470|471|472|473|474|475|476|477|478|479|480|481|482|483|484|485|486|487|488|489|490|491|492|493|494|495|496|497|498|499|500|501|502|503|504|505|506|507|508|509|510|511|512|513|514|515|516|517|518|519|520|521|522|523|524|525|526|527|528|529|530|531|532|533|534|535|536|537|538|539|540|541|542|543|544|545|546|547|548|549|550|551|552|553|554|555|556|557|558|559|560|561|562|563|564|565|566|567|568|569|570|571|572|573|574|575|576|577|578|579|580|581|582|583|584|585|586|587|588|589|590|591|592|593|594|595|596|597|598|599|600|601|602|603|604|605|606|607|608|609|610|611|612|613|614|615|616|617|618|619|620|621|622|623|624|625|626|627|628|629|630|631|632|633|634|635|636|637|638|639|640|641|642|643|644|645|646|647|648|649|650|651|652|653|654|655|656|657|658|659|660|661|662|663|664|665|666|667|668|669|670|671|672|673|674|675|676|677|678|679|680|681|682|683|684|685|686|687|688|689|690|691|692|693|694|695|696|697|698|699|700|701|702|703|704|705|706|707|708|709|710|711|712|713|714|715|716|717|718|719|720|721|722|723|724|725|726|727|728|729|730|731|732|733|734|735|736|737|738|739|740|741|742|743|744|745|746|747|748|749|750|751|752|753|754|755|756|757|758|759|760|761|762|763|764|765|766|767|768|769|770|771|772|773|774|775|776|777|778|779|780|781|782|783|784|785|786|787|788|789|790|791|792|793|794|795|796|797|798|799|800|801|802|803|804|805|806|807|808|809|810|811|812|813|814|815|816|817|818|819|820|821|822|823|824|825|826|827|828|829|830|831|832|833|834|835|836|837|838|839|840|841|842|843|844|845|846|847|848|849|850|851|852|853|854|855|856|857|858|859|860|861|862|863|864|865|866|867|868|869|870|871|872|873|874|875|876|877|878|879|880|881|882|883|884|885|886|887|888|889|890|891|892|893|894|895|896|897|898|899|900|901|902|903|904|905|906|907|908|909|910|911|912|913|914|915|916|917|918|919|920|921|922|923|924|925|926|927|928|929|930|931|932|933|934|935|936|937|938|939|940|941|942|943|944|945|946|947|948|949|950|951|952|953|954|955|956|957|958|959|960|961|962|963|964|965|966|967|968|969|970|971|972|973|974|975|976|977|978|979|980|981|982|983|984|985|986|987|988|989|990|991|992|993|994|995|996|997|998|999) of] the|road|highway|motorway'],
    source: 'en el kilómetro 45 de la A-7',
    advice: 'write `near the 45 km marker on`',
    confidence: 'high',
    note: 'Spanish (like Italian and Portuguese) gives the place of a road accident as `en el kilómetro 45 de` (at kilometre 45 of) a road; English says `near kilometre marker 45 on`, or names the nearest town',
    invalid: 'The accident happened at kilometre 45 of the A-7 near Málaga.',
    valid: 'The accident happened on the A-7 near Málaga, 45 kilometres from the city.'
  },
  // ---------------------------------------------------------------------------
  // Government, parliament and markets (more)
  // ---------------------------------------------------------------------------
  {
    phrases: ['[the end of the|this legislature] .|,|;|or|and'],
    source: 'el fin de la legislatura',
    expected: ['the end of the parliamentary term'],
    confidence: 'low',
    note: 'Spanish `legislatura` is a parliamentary term, not the legislature itself; English says `the parliamentary term`',
    invalid: 'The opposition demanded elections and the end of the legislature.',
    valid: 'The opposition demanded elections and the end of the parliamentary term; the legislature’s session closed.'
  },
  {
    phrases: ['[the|this said|aforementioned|aforesaid norm]', 'of|in|by|to|with|under [said|aforementioned|aforesaid norm]', '[the|this|that|said new norm] establishes|stipulates|provides|foresees|contemplates|regulates|includes|obliges|allows|prohibits|was|will|came|enters|entered', '[according to the norm] ,|.|;|the|a|which|that'],
    source: 'dicha norma, la norma establece, secondo la norma',
    expected: ['the law'],
    confidence: 'high',
    note: 'Spanish and Italian `norma` is a law or a regulation; English `norm` is a social standard: write `the law`, `the rule`',
    invalid: 'The new norm establishes a minimum wage for domestic workers.',
    valid: 'The new law establishes a minimum wage for domestic workers; such gaps became the norm.'
  },
  {
    phrases: ['at|to|by|from|of|than !the|a|an|some|his|her|their|its|our|these|those|my|your|few|many|several|key|main|other|two|three|four|five|both|all [basic points] !above|below|over|higher|lower|from|for|in|to|than', 'stood|closed|ended|finished|remained|stands|closes|ends|remains|was|is at * [integers]', 'stood|closed|ended|finished|remained|stands|closes|ends|remains|was|is at * , * [integers]'],
    source: '103 puntos básicos, 8.944 enteros',
    advice: 'write `basis points` for a yield or a risk premium, `points` for an index',
    confidence: 'high',
    note: 'Spanish `puntos básicos` are basis points and `enteros` (integers) the points of a stock index; English says `basis points`, `points`',
    invalid: 'The risk premium stood at 98.4 basic points on Tuesday.',
    valid: 'The risk premium stood at 98.4 basis points; she made some basic points about integers.'
  },
  {
    phrases: ['[closed|closes|closing|ended|ends|finished|finishes the day|session|week located|situated] at|in', '[has|have been located|situated at] * %|points|euros|dollars', '[is|was located|situated at] * %|points'],
    source: 'ha cerrado la sesión situado en, se ha situado en',
    advice: 'write `closed at`, `stood at`',
    confidence: 'high',
    note: 'Spanish `situarse en` (be located at) gives the level of an index, a yield or a rate; English says `stood at`, `closed at`',
    invalid: 'The yield on the ten-year bond has been located at 3.3 % this morning.',
    valid: 'The yield on the ten-year bond stood at 3.3 %; the bank has been located at 5 Main Street since 1990.'
  },
  {
    phrases: ['[one|two|three|four|five|six|seven|eight|nine tenths] above|below|higher|lower|more|less|up|down|over|under|compared', '[a tenth] above|below|higher|lower|up|down|compared'],
    source: 'dos décimas por encima',
    advice: 'write `0.2 points`',
    confidence: 'high',
    note: 'Spanish (and Italian) `dos décimas` (two tenths) of a rate or an index is 0.2 points; English writes the figure: `0.2 points higher`',
    invalid: 'Inflation closed the year two tenths above the forecast.',
    valid: 'Inflation closed the year 0.2 points above the forecast; two tenths of a second decided the race.'
  },
  {
    phrases: ['[the Wall Street Stock|stock Exchange|exchange|market]'],
    source: 'la Bolsa de Wall Street',
    expected: ['Wall Street'],
    confidence: 'high',
    note: 'Spanish `la Bolsa de Wall Street` (the Wall Street stock exchange) is the New York Stock Exchange; English says `Wall Street` or `the New York Stock Exchange`',
    invalid: 'The Wall Street Stock Exchange was closed for the holiday.',
    valid: 'Wall Street was closed for the holiday, and so was the New York Stock Exchange.'
  },
  {
    phrases: ['[the Kings] of Spain|Felipe|Philip|Don', '[the Kings] ,|( Felipe|Philip|Don', 'by|with|to|for|from [the Kings] Felipe|Philip|Don|of|,|and|at|in|during|.'],
    source: 'los Reyes',
    expected: ['the King and Queen'],
    confidence: 'high',
    note: 'Spanish `los Reyes` (the Kings) is the King and the Queen together; English says `the King and Queen`',
    invalid: 'The ceremony was presided over by the Kings Felipe and Letizia.',
    valid: 'The ceremony was presided over by King Felipe and Queen Letizia; the Kings beat the Lakers.'
  },
  {
    phrases: ['[oath or promise] of|to|before|,|.|the', '[swore or promised] their|his|her|the|office|loyalty', '[sworn or promised] their|his|her|the|office'],
    source: 'el juramento o promesa del cargo',
    expected: ['swearing-in'],
    confidence: 'high',
    note: 'Spanish deputies `juran o prometen` (swear or promise) their office, a formula MT keeps; English says `were sworn in`, `the swearing-in`',
    invalid: 'The session opened with the oath or promise of the new deputies.',
    valid: 'The session opened with the swearing-in of the new deputies; he kept his oath and his promise.'
  },
  {
    phrases: ['[take|takes|took|taking|carry|carries|carried|carrying|pull|pulls|pulled|pulling|get|gets|got|getting ahead] the process|budget|budgets|project|law|reform|reforms|bill|legislature|agreement|negotiation|plan|accounts'],
    source: 'sacar adelante, tirar adelante el proceso',
    advice: 'write `push ahead with`, `get through`',
    confidence: 'high',
    note: 'Spanish `sacar adelante` or `tirar adelante` (take ahead) a law or a process is to get it through, push it forward; English needs `push ahead with`, `get the budget through`',
    invalid: 'The government wants to take ahead the budget before summer.',
    valid: 'The government wants to get the budget through before summer; the runners pulled ahead.'
  },
  {
    phrases: ['[launched|launches|launch|launching it|them against] the|his|her|their|its government|opposition|minister|president|party|judges|judge|press|media|coalition|leader|mayor|unions|Executive|Government|' + PARTIES, '[launched|launches|launch|launching it|them against] (' + LEADERS + ')'],
    source: 'arremeter contra, la ha emprendido contra',
    expected: ['lashed out at'],
    confidence: 'high',
    note: 'Spanish `arremeter contra` and `emprenderla contra` (launch it against) are verbal attacks; English says `lashed out at`, `turned on`',
    invalid: 'The minister launched it against the opposition in Congress.',
    valid: 'The minister lashed out at the opposition; the army launched it against the target in a rocket test.'
  },
  {
    phrases: ['[curves are coming]', '[curves come|lie ahead]', '[there are curves ahead]', '[come curves] .|,|!'],
    source: 'vienen curvas',
    expected: ['rough times lie ahead'],
    confidence: 'high',
    note: 'Spanish `vienen curvas` (curves are coming) warns of rough times ahead; English says `rough times lie ahead`, `there is a bumpy ride ahead`',
    invalid: 'The minister warned that curves are coming for the coalition.',
    valid: 'The minister warned that rough times lie ahead; the road curves near the river.'
  },
  {
    phrases: ['[exhibits|exhibit|exhibited|exhibiting|exhibit] normality|unity|harmony|muscle|tranquility|tranquillity|calm|serenity'],
    source: 'exhibir normalidad, exhibir unidad',
    expected: ['projects'],
    confidence: 'low',
    note: 'Spanish `exhibir normalidad` or `exhibir unidad` (exhibit unity) is to put on a show of it; English says `projects an air of normality`, `displays unity`',
    invalid: 'The coalition exhibits normality despite the quarrel.',
    valid: 'The coalition projects an air of normality despite the quarrel; the museum exhibits paintings.'
  },
  {
    phrases: ['* [days|rounds left for the end] of the season|league|championship|competition|tournament', '[days remaining for the end] of the season|league|championship'],
    source: 'a falta de cuatro jornadas para el final',
    advice: 'write `with four games left in the season`',
    confidence: 'high',
    note: 'Spanish `jornada` is a matchday, and `quedan cuatro jornadas para el final` (there remain four days until the end) counts games, not days; English says `with four games to go`',
    invalid: 'Bilbao clinched fifth place with three rounds left for the end of the league.',
    valid: 'Madrid won the title with four games to go; four days were left until the end of the season.'
  },
  {
    phrases: ['[the|its|their|a (Real|Madrid|Atlético|Barcelona|Barça|Betis|Sevilla|Valencia|Villarreal|Athletic|Girona) corridor] to|for', '[Atlético’s|Atlético\'s|Madrid’s|Madrid\'s|Barcelona’s|Barcelona\'s|Barça’s|Barça\'s corridor] to|for'],
    source: 'el pasillo del Atlético al Real Madrid',
    expected: ['guard of honour'],
    confidence: 'high',
    note: 'Spanish `el pasillo` (the corridor) to new champions is a guard of honour; English says `guard of honour`',
    invalid: 'The coach spoke about Barcelona’s corridor for Real Madrid.',
    valid: 'The coach spoke about Atlético’s guard of honour for Real Madrid; the corridor to the dressing room was narrow.'
  },
  {
    phrases: ['[AMLO’s|AMLO\'s|Sheinbaum’s|Sheinbaum\'s morning|matinee|mañanera] !press|news|briefing|conference|conferences|flight|meeting|meetings|walk|run|coffee', '[AMLO’s|AMLO\'s|Sheinbaum’s|Sheinbaum\'s early morning] !press|news|briefing|conference|conferences|flight|meeting|meetings|walk|run|coffee', '[the morning|matinee of] AMLO|Sheinbaum|López'],
    source: 'la mañanera de AMLO',
    expected: ['morning press conference'],
    confidence: 'high',
    note: 'Mexican `la mañanera` (the morning one) is the president’s daily morning press conference; English says `morning press conference`',
    invalid: 'The subject came up again in AMLO’s morning on Tuesday.',
    valid: 'The subject came up again in AMLO’s morning press conference on Tuesday.'
  },
  // ---------------------------------------------------------------------------
  // Third round
  // ---------------------------------------------------------------------------
  {
    // `pronounced himself satisfied|fit` is English; a time, a topic or a side after it is the Spanish verb
    phrases: ['[pronounced|pronounces|pronounce|pronouncing himself|herself|themselves|itself] today|yesterday|on|about|against|this|at|during|after|before|through|via|regarding|,|.'],
    source: 'se pronunció (pronunciarse, pronunciar-se, pronunciarsi)',
    advice: 'write `spoke`, `commented`',
    confidence: 'high',
    note: 'Spanish `pronunciarse`, Portuguese `pronunciar-se` and Italian `pronunciarsi` (pronounce oneself) mean to speak out or comment; English keeps `pronounced himself` for a verdict (`pronounced himself satisfied`)',
    invalid: 'The regional president pronounced himself yesterday on the water transfer.',
    valid: 'The regional president spoke yesterday about the water transfer and pronounced himself satisfied.'
  },
  {
    phrases: ['his|her|its|their [training] and|with|or (' + PARTIES + ')', 'his|her|its|their [training] and|with|or the (' + PARTIES + ')', '(' + PARTIES + ') and|with his|her|its|their [training]'],
    source: 'su formación (the party)',
    expected: ['party'],
    confidence: 'high',
    note: 'Spanish `formación` is a party; MT reads it as `training` after a possessive: `his training and Junts` is `his party and Junts`',
    invalid: 'The deal between her training and the PNV still holds, the spokeswoman said.',
    valid: 'The deal between her party and the PNV still holds; her training as a lawyer helped.'
  },
  {
    // a mood or a dispute as the subject, with at most a place between: `the software is installed` stays quiet
    phrases: [
      '(controversy|polemic|debate|doubt|doubts|uncertainty|tension|tensions|fear|crisis|chaos|confusion|unease|mistrust|distrust|pessimism|anxiety|alarm|panic|discontent|malaise) [is|was installed] !on|by|with|at|under',
      '(controversy|polemic|debate|doubt|doubts|uncertainty|tension|tensions|fear|crisis|chaos|confusion|unease|mistrust|distrust|pessimism|anxiety|alarm|panic|discontent|malaise) [has|had been installed] !on|by|with|at|under',
      '(controversy|polemic|debate|doubt|doubts|uncertainty|tension|tensions|fear|crisis|chaos|confusion|unease|mistrust|distrust|pessimism|anxiety|alarm|panic|discontent|malaise) in|among|within|at|inside * [is|was installed]',
      '(controversy|polemic|debate|doubt|doubts|uncertainty|tension|tensions|fear|crisis|chaos|confusion|unease|mistrust|distrust|pessimism|anxiety|alarm|panic|discontent|malaise) in|among|within|at|inside the * [is|was installed]',
      '(controversy|polemic|debate|doubt|doubts|uncertainty|tension|tensions|fear|crisis|chaos|confusion|unease|mistrust|distrust|pessimism|anxiety|alarm|panic|discontent|malaise) in|among|within|at|inside the * * [is|was installed]'
    ],
    source: 'la polémica está instalada (instalarse, instalar-se, s’installer)',
    advice: 'write `has taken hold`, `has set in`',
    confidence: 'high',
    note: 'Spanish `instalarse`, Portuguese `instalar-se` and French `s’installer` (install itself) say a mood or a dispute has set in; English says `has taken hold`, `has set in`',
    invalid: 'Unease among the club’s fans is installed after three defeats.',
    valid: 'Unease has taken hold among the club’s fans after three defeats; the new scoreboard is installed.'
  },
  {
    phrases: ['[virtues and also|but our|their|its|his|her defects]', '[virtues and defects]', '[strengths and also|but our|their|its|his|her defects]', '[strengths and defects]'],
    source: 'virtudes y defectos (virtudes e defeitos, pregi e difetti)',
    expected: ['strengths and weaknesses'],
    confidence: 'low',
    note: 'Spanish `virtudes y defectos`, Portuguese `virtudes e defeitos` and Italian `pregi e difetti` weigh a team or a person; English says `strengths and weaknesses`',
    invalid: 'The coach said the squad knows its virtues and defects.',
    valid: 'The coach said the squad knows its strengths and weaknesses; the car had several defects.'
  },
  {
    // only ending a clause: `the value that corresponds to` is English
    phrases: ['recognition|treatment|respect|attention|place|share|part|price|salary|pay|money|compensation|sanction|punishment|penalty|credit|support [that corresponds|correspond|corresponded] .|;|,', '[as corresponds|corresponded] .|;|,'],
    source: 'el reconocimiento que corresponde (como corresponde)',
    advice: 'write `that they deserve`, `as it should`',
    confidence: 'low',
    note: 'Spanish `que corresponde` and `como corresponde` (that corresponds, as corresponds) mean due or proper; English says `the recognition they deserve`, `as is only right`',
    invalid: 'The nurses have never had the recognition that corresponds.',
    valid: 'The nurses have never had the recognition they deserve; the colour that corresponds to each team is listed.'
  },
  {
    phrases: ['[only yes is yes] law|bill|reform|rule', 'law|bill of [only yes is yes]', '[only yes is yes]'],
    source: 'la ley del solo sí es sí',
    expected: ['only yes means yes'],
    confidence: 'high',
    note: 'Spain’s sexual consent law, `ley del solo sí es sí`, is called the `only yes means yes` law in English',
    invalid: 'The court cut his sentence under the only yes is yes law.',
    valid: 'The court cut his sentence under the only yes means yes law; yes, the answer is yes.'
  },
  {
    phrases: ['[amendment|amendments to the totality|entirety]', '[amendment|amendments to the whole|entire] !bill|act|section|article|chapter|paragraph|text|clause'],
    source: 'la enmienda a la totalidad',
    advice: 'write `a motion to reject the budget`',
    confidence: 'high',
    note: 'Spanish `enmienda a la totalidad` (amendment to the totality) is a motion to throw out a bill or a budget as a whole; English says `a motion to reject`',
    invalid: 'Vox tabled an amendment to the totality of the budget.',
    valid: 'Vox tabled a motion to reject the budget and an amendment to the whole bill.'
  },
  {
    phrases: ['[everything is not worth it]', '[not everything is worth it] to|for|in|,', '[not everything is valid] to|for|in|,|.'],
    source: 'no todo vale',
    expected: ['not everything is acceptable'],
    confidence: 'low',
    note: 'Spanish `no todo vale` (not everything is worth) says some means are out of bounds; English says `not everything is acceptable`, `the end does not justify the means`',
    invalid: 'He warned that everything is not worth it to stay in power.',
    valid: 'He warned that not everything is acceptable to stay in power; not everything is worth buying.'
  },
  {
    phrases: ['[does|do|did not give more than yes|itself]', '[does|do|did not give more of itself|himself|herself|themselves]', '[gives|give|gave no more of itself|himself|herself|themselves]'],
    source: 'no da más de sí',
    advice: 'write `has run its course`, `is exhausted`',
    confidence: 'high',
    note: 'Spanish `no da más de sí` (does not give more of itself) says someone or something is spent; English says `has run its course`',
    invalid: 'The opposition says the government does not give more of itself.',
    valid: 'The opposition says the government has run its course and does not give more money.'
  },
  {
    phrases: ['submit|submits|submitted|submitting|put|puts|putting * to its|their [bases]', 'submit|submits|submitted|submitting|put|puts|putting * * to its|their [bases]', 'submit|submits|submitted|submitting|put|puts|putting to its|their [bases]', 'consult|consults|consulted|consulting its|their [bases]', '[the bases] of the party|of (' + PARTIES + ')'],
    source: 'someter a sus bases',
    expected: ['members'],
    confidence: 'high',
    note: 'Spanish `las bases` of a party are its rank-and-file members; English says `members`, `the rank and file`',
    invalid: 'Podemos will submit the pact to its bases next week.',
    valid: 'Podemos will put the pact to its members next week; the army closed two of its bases.'
  },
  {
    phrases: ['[the (' + PARTIES + ') sector] of|in|within the government|Government|Executive|executive|coalition|cabinet', '[the (' + PARTIES + ') sector] thus|also|insists|insisted|says|said|wants|believes', '[the socialist|Socialist sector] of|in|within the government|Government|Executive|executive|coalition|cabinet'],
    source: 'el sector de ERC del Govern',
    advice: 'write `the ERC side of the government`, `the ERC ministers`',
    confidence: 'high',
    note: 'Spanish `el sector socialista del Gobierno` (the socialist sector) is one party’s side of a coalition government; English says `the Socialist side`, `the Socialist ministers`',
    invalid: 'The PSOE sector of the Government rejected the proposal.',
    valid: 'The PSOE ministers rejected the proposal; the energy sector welcomed it.'
  },
  {
    phrases: ['% [in which it closed|ended|finished|started|opened]'],
    source: 'frente al 3,2% en el que cerró',
    expected: ['at which it closed'],
    confidence: 'high',
    note: 'Spanish market reports compare a yield with the level `en el que cerró` (in which it closed); English says `at which it closed`, `its close`',
    invalid: 'The yield rose to 3.4%, against 3.3% in which it closed on Friday.',
    valid: 'The yield rose to 3.4%, against 3.3% at Friday’s close, the year in which it closed.'
  }
]
