/**
 * Calques of Russian: constructions of Russian wire copy (TASS, RIA Novosti,
 * Interfax, Lenta.ru) and of Russian-language Ukrainian copy carried over
 * word for word, grouped by topic. Entry syntax: see `entry.ts`.
 */
import type {CalqueEntry} from './entry.js'

/** Heads of state Russian copy names after `глава государства`. */
const LEADERS = 'Putin|Vladimir|Lukashenko|Alexander|Zelensky|Volodymyr|Tokayev|Kassym-Jomart|Erdogan|Xi|Biden|Macron|Trump|Aliyev|Pashinyan|Mirziyoyev'

/** Outlets that `informs`, `writes`, `reports` after the news in Russian and Ukrainian copy. */
const VERBS_OF_REPORTING = 'writes|wrote|reports|reported|notes|noted|claims|claimed|says|said|informs|informed|clarifies|specifies|specified|recalls|recalled|adds|added|emphasizes|emphasises|stresses|stressed'

/** Places and seats of power that Russian headlines make the scene of an impersonal verb (`В Кремле ответили`, `In the Kremlin, they answered`). */
const SEATS = 'Ukraine|Russia|Kyiv|Kiev|Moscow|Washington|Europe|Germany|Poland|Britain|France|China|Israel|Iran|Turkey|Belarus|Crimea|Donbass|Donbas|Berlin|Warsaw|London|Paris|Beijing|Kazakhstan|Georgia|Moldova|Latvia|Lithuania|Estonia|Finland|Japan|NATO|Brussels|Minsk|Ankara|Tehran'
const THE_SEATS = 'Kremlin|Pentagon|US|USA|EU|West|Rada|Duma|UK|Bundestag|Bundeswehr|Elysee|Élysée|Baltics|DPR|LPR'
/** Past-tense verbs of those headlines: what `they` in Kyiv or the Kremlin did. */
const IMPERSONAL_VERBS = 'said|called|named|assessed|explained|answered|responded|reacted|commented|announced|warned|revealed|appreciated|estimated|admitted|promised|threatened|demanded|refused|denied|urged|spoke|told|stated|voiced|predicted|evaluated|disclosed|reported|recalled|pointed'

/** Places whose running Russian copy calls `работа` (the work of the airport): what stops, resumes or is suspended. */
const WORKPLACES = 'airport|airports|airfield|airfields|metro|subway|port|ports|checkpoint|checkpoints|crossing|crossings|ferry|ferries|providers|operators|offices|exchanges|terminal|terminals|substation|substations|refinery|refineries|mall|malls|shops|stores|markets|enterprises|consulate|consulates|embassy|embassies'

/** Years of birth as Russian copy gives them for an age (`2017 года рождения`); a sentence-final year keeps its full stop in the parser. */
const YEARS = Array.from({length: 2025 - 1920 + 1}, (_, index) => String(1920 + index))
const BIRTH_YEARS = YEARS.join('|')
const BIRTH_YEARS_ENDING_SENTENCE = YEARS.map((year) => year + '.').join('|')

/** What follows such a person in an incident report (`a man born in 1987 was detained`); a general `a child born in 1998 may…` is native. */
const WHAT_BEFELL = 'was|died|received|suffered|sustained|got|from|,'

/** People whom Russian copy introduces by year of birth. */
const PEOPLE_BY_BIRTH = 'girl|boy|child|baby|teenager|man|woman|resident|pensioner|native|driver|suspect|serviceman|soldier|citizen|local|student|schoolboy|schoolgirl|youth|guy|conscript|volunteer|mercenary|victim'

/** Charges after `accused in` (`обвинить в госизмене`): nouns that, unlike `the killing`, do not also head a native `accused in the killing of`. */
const CHARGES = 'treason|high|espionage|terrorism|sabotage|extremism|hooliganism|discrediting|spreading|preparing|organizing|organising|attempting|plotting|collaboration|collaborating|collaborationism|provocation|provocations|aggression|lying|genocide|escalation|shelling|violating|violation|violations|interference|meddling|disinformation|inciting|incitement|supporting|financing|desertion|Russophobia|russophobia|Nazism|nazism|hypocrisy|betrayal|separatism|mercenarism|state'
/** What follows the charge when `accused in` is native headline English (`accused in espionage case`). */
const CASE_WORDS = 'case|cases|scheme|schemes|ring|plot|probe|probes|trial|trials|investigation|inquiry|charges|affair|scandal'

/** Holidays Russian copy congratulates someone `with` (`поздравил с Днём Победы`). */
const HOLIDAYS = 'Victory|Independence|New|Defender|Defenders|Easter|Christmas|Ramadan|Eid|Cosmonautics|Knowledge|Constitution|Unity|Flag|Navy|Border|Paratroopers|holiday|holidays|the|his|her|their'

export const russian: readonly CalqueEntry[] = [
  // ---------------------------------------------------------------------------
  // Politics and attribution
  // ---------------------------------------------------------------------------
  {
    phrases: ['[in] his|her|their|its Telegram|telegram channel|channels', '[in] his|her|their|its Telegram-channel|telegram-channel', '[in Telegram-channel|telegram-channel]', '[on|in Telegram channel] ,|.|;|and|that|of'],
    source: 'в своём Telegram-канале',
    expected: ['on'],
    confidence: 'high',
    note: 'Russian and Ukrainian `в Telegram-канале` (in the Telegram channel) is rendered `in`; English posts on a channel: `on his Telegram channel`',
    invalid: 'The governor wrote in his Telegram channel that two drones were shot down.',
    valid: 'The governor wrote on his Telegram channel that two drones were shot down in the night.'
  },
  {
    phrases: ['[the head of state] (' + LEADERS + ')'],
    source: 'глава государства Путин',
    expected: ['President'],
    confidence: 'high',
    note: 'Russian copy calls a president `глава государства` (the head of state) before his name; English writes `President Putin`',
    invalid: 'The head of state Putin signed the decree on Monday.',
    valid: 'President Putin, the head of state, signed the decree on Monday.'
  },
  {
    phrases: ['the collective West', 'collective West'],
    source: 'коллективный Запад',
    expected: ['the West'],
    confidence: 'high',
    note: 'Russian official language says `коллективный Запад` (the collective West); English says `the West` or quotes the Kremlin’s term',
    invalid: 'Lavrov said the collective West wanted a long war.',
    valid: 'Lavrov said the West wanted a long war; the collective bargaining failed.'
  },
  {
    phrases: ['[the publication’s|publication\'s|newspaper’s|newspaper\'s|agency’s|agency\'s|channel’s|channel\'s interlocutor]', '[interlocutor of the] publication|newspaper|agency|channel|outlet|edition|portal'],
    source: 'собеседник издания',
    expected: ['the newspaper’s source'],
    confidence: 'high',
    note: 'Russian `собеседник издания` (the publication’s interlocutor) is the paper’s unnamed source; English says `a source told the newspaper`',
    invalid: 'According to the publication’s interlocutor, the talks have stalled.',
    valid: 'A source told the newspaper that the talks have stalled; his interlocutor agreed.'
  },
  {
    phrases: ['the (Ukrainian|Russian|American|British|German|French|Polish|Israeli|Turkish|Chinese|online|Internet|Western|Italian|Spanish|Japanese) [edition] ' + VERBS_OF_REPORTING, '[the edition] ' + VERBS_OF_REPORTING, 'according to the edition', 'according to the (Ukrainian|Russian|American|British|German|French|Polish|Israeli|Turkish|Chinese|online|Internet|Western|Italian|Spanish|Japanese) [edition] !of'],
    source: 'издание пишет',
    expected: ['outlet'],
    confidence: 'high',
    note: 'Russian and Ukrainian `издание` (edition) is a news outlet; English says `the newspaper`, `the outlet`, or names it',
    invalid: 'The American edition writes that the deal is close.',
    valid: 'The American newspaper writes that the deal is close; the first edition sold out.'
  },
  {
    phrases: ['[with reference to] sources|its|their|informed|anonymous', '[with reference to] a|an|the source|sources|ministry|agency|press|newspaper|publication', '[with reference to] Reuters|TASS|RIA|Interfax|Bloomberg|CNN|AFP|AP|Axios|Politico'],
    source: 'со ссылкой на источники',
    expected: ['citing'],
    confidence: 'high',
    note: 'Russian `со ссылкой на` (with reference to) introduces a report’s source; English says `citing`',
    invalid: 'The newspaper wrote this with reference to sources in the government.',
    valid: 'The newspaper wrote this, citing sources in the government, with references in a footnote.'
  },
  {
    phrases: ['previously it was reported|noted|announced|stated|said|learned|known that|about', 'previously , it was reported|noted|announced|stated|learned|known that|about', 'prior to this , it was reported|noted|announced|stated', 'prior to this it was reported|noted|announced|stated'],
    source: 'Ранее сообщалось, что',
    expected: ['It was previously reported that'],
    confidence: 'high',
    note: 'Russian `Ранее сообщалось` (previously it was reported) recalls earlier news; English says `It was previously reported that` or `Earlier,`',
    invalid: 'Previously it was reported that the bridge was damaged.',
    valid: 'It was previously reported that the bridge was damaged; previously, it was closed.'
  },
  {
    // only a sentence-opening `As` and the comma right after the verb: `As noted above,` and `as the minister noted in May` are English
    phrases: [
      '[As noted|emphasized|emphasised|stressed|specified|clarified|indicated ,]',
      '[As the * noted|emphasized|emphasised|stressed|specified|clarified|indicated ,]',
      '[As the * * noted|emphasized|emphasised|stressed|specified|clarified|indicated ,]'
    ],
    source: 'Как отметил министр, Як зазначається',
    advice: 'put the speaker after the statement: `…, the minister said`',
    confidence: 'low',
    note: 'Russian and Ukrainian open a reported statement with `Как отметил…`, `Як зазначається` (as was noted); English news copy attributes it after the statement: `…, the minister said`',
    invalid: 'As the regional governor emphasized, the water supply will be restored by evening.',
    valid: 'The water supply will be restored by evening, the regional governor said; as noted above, repairs began at dawn.'
  },
  {
    phrases: ['as they say|said in the message|statement|report|communique|release', 'as it is said|stated|noted in the message|communique', 'according to this|the message ,'],
    source: 'Как говорится в сообщении',
    expected: ['the statement said'],
    confidence: 'high',
    note: 'Russian `как говорится в сообщении` (as they say in the message) quotes an official statement; English says `the statement said`',
    invalid: 'As they say in the message, the work of the airport is suspended.',
    valid: 'The statement said the airport was closed, as they say in the trade.'
  },
  {
    phrases: ['[statement states|stated]', '[message] of the ministry|department|administration|governor|headquarters|MFA|MoD|MOD|Ministry|Department|SBU|FSB|Kremlin|prosecutor’s|regional|city'],
    source: 'в сообщении министерства',
    expected: ['statement'],
    confidence: 'high',
    note: 'Russian `сообщение` (message) of a ministry is its statement; English says `the ministry’s statement`, and `the statement says`, not `states`',
    invalid: 'The message of the ministry says that three drones were shot down.',
    valid: 'The ministry’s statement says that three drones were shot down; the message from home arrived.'
  },
  {
    phrases: ['denied|denies|deny|denying|refuted|refutes|refute the information about|on', 'denied|denies|deny|refuted|refutes the publications about|in', 'commented on the publications about|in'],
    source: 'опроверг информацию о',
    expected: ['denied reports of'],
    confidence: 'high',
    note: 'Russian `опроверг информацию о` (denied the information about) means denied reports of something; English says `denied reports that`',
    invalid: 'Peskov denied the information about a planned visit.',
    valid: 'Peskov denied reports of a planned visit and gave no information about the trip.'
  },
  {
    phrases: ['[reported|announced|informs|announces about] the liberation|capture|shelling|attack|attacks|strike|strikes|downing|destruction|death|deaths|detention|arrest|explosion|explosions|interception|start|launch|occupation|shootdown'],
    source: 'сообщил об обстреле',
    expected: ['reported'],
    confidence: 'high',
    note: 'Russian `сообщить о` (to inform about) takes its object with a preposition; English reports or announces a thing directly: `reported the shelling`',
    invalid: 'The army reported about the liberation of the village.',
    valid: 'The army reported the liberation of the village; he was informed about the change.'
  },
  {
    phrases: ['It|it is also|further|additionally noted that', 'It|it is noted that the|in|on|at|during'],
    source: 'Также отмечается, что',
    advice: 'drop it, or name who noted it (`the statement adds that`)',
    confidence: 'low',
    note: 'Russian `отмечается` (it is noted) attributes a statement to no one; English names the source: `the ministry added that`',
    invalid: 'It is also noted that two people were injured.',
    valid: 'The ministry also said that two people were injured, as noted above.'
  },
  {
    phrases: ['[on the eve] ,|.|;|the|he|she|it|they|a|an|Russia|Ukraine|Moscow|Kyiv|Kiev|Putin|Zelensky|in|at'],
    source: 'накануне',
    expected: ['the day before'],
    confidence: 'high',
    note: 'Russian `накануне` (on the eve) alone means the day before or yesterday; English `on the eve` needs `of` something',
    invalid: 'On the eve, the ministry announced new sanctions.',
    valid: 'On the eve of the summit, the ministry announced new sanctions.'
  },
  {
    phrases: ['[on the air of] the|a|channel|TV|television|radio|Russia-1|Channel|Rossiya', '[in the air of] the telethon|channel|TV|television|radio|program|programme|show'],
    source: 'в эфире',
    expected: ['on'],
    confidence: 'high',
    note: 'Russian `в эфире` (on the air of) a channel means on that channel or show; English says `on Channel One`, `on the telethon`',
    invalid: 'He said this on the air of the national telethon.',
    valid: 'He said this on the national telethon; the show went on the air at nine.'
  },
  {
    phrases: ['[on the background of] rising|growing|tensions|war|sanctions|escalation|conflict|protests|crisis|attacks|reports|news|talks|statements|inflation|falling', '[on the background of] the war|sanctions|escalation|conflict|protests|crisis|attacks|reports|news|talks|statements|situation|pandemic|elections|tensions'],
    source: 'на фоне',
    expected: ['amid'],
    confidence: 'high',
    note: 'Russian `на фоне` (on the background of) means amid; English says `amid`',
    invalid: 'Prices rose on the background of the sanctions.',
    valid: 'Prices rose amid the sanctions; the logo sits on the background of the page.'
  },
  {
    phrases: ['[got|get|gets|getting acquainted with] the tanks|equipment|weapons|situation|work|progress|results|exposition|exhibition|exhibits|samples|vehicles|aircraft|drones|documents', '[got|get|gets|getting acquainted with] the new'],
    source: 'познакомился с',
    expected: ['inspected'],
    confidence: 'low',
    note: 'Russian `познакомиться с` (get acquainted with) a thing means to inspect or look at it; English gets acquainted with people',
    invalid: 'The minister got acquainted with the new tanks at the base.',
    valid: 'The minister inspected the new tanks at the base and got to know the crews.'
  },
  {
    phrases: ['[on the photo|picture|image] ,|:|-|–|—|near|next|you|we|is'],
    source: 'на фото',
    expected: ['in the photo'],
    confidence: 'high',
    note: 'Russian `на фото` (on the photo) says what a picture shows; English says `in the photo`',
    invalid: 'On the photo, the minister stands next to a tank.',
    valid: 'In the photo, the minister stands next to a tank; he signed off on the photos.'
  },
  {
    phrases: ['careful attitude to|towards|toward'],
    source: 'бережное отношение к',
    expected: ['care for'],
    confidence: 'high',
    note: 'Russian `бережное отношение к` (careful attitude to) means looking after something; English says `care for`, `respect for`',
    invalid: 'He praised the careful attitude towards the Russian language.',
    valid: 'He praised the care taken of the Russian language and a careful approach to it.'
  },
  // ---------------------------------------------------------------------------
  // War and emergencies
  // ---------------------------------------------------------------------------
  {
    phrases: ['[the territory of] a|the school|kindergarten|hospital|enterprise|plant|factory|facility|house|market|airfield|airport|station|port|base|farm|substation|refinery|depot|warehouse|cemetery|church|monastery|university|college|dormitory', '[on the territory of] Crimea|Ukraine|Russia|Belarus|Donbass|Donbas|Zaporizhzhia|Kherson|Belgorod|Kursk|Bryansk|Kazakhstan|Moldova|Transnistria|Syria|Georgia'],
    source: 'на территории школы',
    advice: 'write `in Crimea`, `a school compound`, `the school grounds`',
    confidence: 'high',
    note: 'Russian `на территории` (on the territory of) a country or a site means in or at it; English says `in Crimea`, `the school grounds`',
    invalid: 'A shell hit the territory of a school in the city centre.',
    valid: 'A shell hit the grounds of a school in the city centre, in disputed territory.'
  },
  {
    phrases: [
      '[a|the populated locality|localities|point|points]',
      '[populated locality|localities|point|points]',
      '[in the area of the settlement|settlements|locality] of',
      'city|town|village|cities|towns|villages or a|the [populated area]',
      'captured|liberated|occupied|seized|entered|took|take|capture|liberate|occupy|seize|enter [a|the populated area]'
    ],
    source: 'населённый пункт',
    advice: 'write `village`, `town`, `settlement`, or `near` a place',
    confidence: 'high',
    note: 'Russian `населённый пункт` (populated point) is any village or town; English says `village`, `town`, `settlement`',
    invalid: 'The troops entered the populated point after heavy fighting.',
    valid: 'The troops entered the village after heavy fighting in populated areas.'
  },
  {
    phrases: ['came|come|comes|coming|fell|fall|falls|got under the shelling|shelling', 'came|come|comes|fell|got [under the fire of] the|Ukrainian|Russian|enemy'],
    source: 'попало под обстрел ВСУ',
    advice: 'write `was shelled by Ukrainian forces`',
    confidence: 'high',
    note: 'Russian `попасть под обстрел` (fall under the shelling) of someone is being shelled by them; English says `was shelled by`',
    invalid: 'The village came under the shelling of the Ukrainian army.',
    valid: 'The village was shelled by the Ukrainian army and came under heavy fire.'
  },
  {
    phrases: ['[eliminate|eliminating|eliminated the consequences]', '[elimination of the consequences]', '[liquidation of the consequences]', '[liquidate|liquidating|liquidated the consequences]', '[liquidation of the fire|fires|blaze]', '[liquidated|liquidate|liquidating the fire|fires|blaze|flames]', 'the fire was|has|had been [liquidated]', 'the fire was [liquidated]'],
    source: 'ликвидация последствий',
    advice: 'write `deal with the aftermath`, `put out the fire`',
    confidence: 'high',
    note: 'Russian `ликвидация` (liquidation) of a fire or of a disaster’s consequences is putting it out or dealing with the aftermath',
    invalid: 'Rescuers are working to eliminate the consequences of the strike.',
    valid: 'Rescuers are working to deal with the aftermath of the strike and clear the rubble.'
  },
  {
    phrases: ['consequences|circumstances|details|data|information|extent|causes are|is [being specified|clarified]', 'consequences|circumstances|details|extent|causes of the|this * are|is [being specified|clarified]', 'are|is [being specified] .', 'consequences|circumstances|details|information are|is still [being specified|clarified]', 'consequences of the|this * are|is still [being determined|established|ascertained]', 'consequences are|is still [being determined|established|ascertained]'],
    source: 'последствия уточняются',
    expected: ['being assessed'],
    confidence: 'high',
    note: 'Russian `уточняются` (are being specified) says that details are not known yet; English says `the damage is being assessed`, `details are not yet known`',
    invalid: 'The consequences of the attack are being specified.',
    valid: 'The damage from the attack is being assessed; the specified limits were met.'
  },
  {
    phrases: ['drone|drones|UAV|UAVs|missile|missiles|aircraft of the|an|a * [type]', '[aircraft-type] drone|drones|UAV|UAVs', '[of an|a aircraft|airplane|plane type] .|,|;|and|was|were'],
    source: 'БПЛА самолётного типа, типа Shahed',
    advice: 'write `fixed-wing drones`, `Shahed drones`',
    confidence: 'high',
    note: 'Russian `типа` (of the type) names a model; English puts it first: `Shahed drones`, `fixed-wing drones`',
    invalid: 'Air defences shot down six drones of the Shahed type over the region.',
    valid: 'Air defences shot down six Shahed drones over the region, a new type of threat.'
  },
  {
    phrases: ['[air defense|defence worked|works]', '[air defense|defence was|is working]', '[the work of air defense|defence]', '[the work of the air defense|defence]'],
    source: 'работала ПВО',
    advice: 'write `air defences were in action`',
    confidence: 'high',
    note: 'Russian `работала ПВО` (air defence worked) means air defences were firing; English says `air defences were in action`',
    invalid: 'Explosions were heard in the city as air defense worked.',
    valid: 'Explosions were heard in the city as air defences were in action; the defense worked hard.'
  },
  {
    phrases: ['[liquidated|liquidate|liquidating] militants|terrorists|fighters|saboteurs|servicemen|mercenaries|nationalists|occupiers|invaders|soldiers', '[liquidated|liquidate] * militants|terrorists|fighters|saboteurs|servicemen|mercenaries|nationalists|occupiers|invaders|soldiers', 'living force'],
    source: 'ликвидировали боевиков',
    expected: ['killed'],
    confidence: 'high',
    note: 'Russian `ликвидировать` (liquidate) people is to kill them; English says `killed`',
    invalid: 'Special forces liquidated four militants in the forest.',
    valid: 'Special forces killed four militants in the forest; the firm was liquidated.'
  },
  {
    phrases: ['sensitive losses|defeat|defeats|blow|blows|damage'],
    source: 'чувствительные потери',
    expected: ['heavy losses'],
    confidence: 'high',
    note: 'Russian `чувствительный` (sensitive) loss or blow is a painful one; English says `heavy losses`, `a painful blow`',
    invalid: 'The enemy suffered sensitive losses near the river.',
    valid: 'The enemy suffered heavy losses near the river; sensitive data was lost.'
  },
  {
    phrases: ['knocked|knock|knocks|knocking out the enemy|Ukrainians|militants|Russians|occupiers|invaders from'],
    source: 'выбили противника из',
    expected: ['drove out'],
    confidence: 'high',
    note: 'Russian `выбить противника из` (knock the enemy out of) a place is to drive the enemy out of it',
    invalid: 'The troops knocked out the enemy from two villages.',
    valid: 'The troops drove the enemy out of two villages and knocked out a tank.'
  },
  {
    phrases: ['attacked|launched|shelled|struck|fired|shot|hit|sent|released|downed|destroyed|attack|attacks|drones|missiles|shells|rockets|UAVs|strikes|bombs|times|Russians|occupiers|enemy|invaders [this night]', '[this night] Russia|Russians|Russian|enemy|occupiers|drones|invaders|troops|forces|Ukraine|Ukrainian|air'],
    source: 'этой ночью',
    expected: ['overnight'],
    confidence: 'high',
    note: 'Russian `этой ночью` (this night) is last night; English says `overnight`',
    invalid: 'The Russians launched twenty drones this night.',
    valid: 'The Russians launched twenty drones overnight; this night is cold.'
  },
  {
    phrases: ['[specialized|specialised|profile|relevant|operational services] went|arrived|departed|left|rushed|work|worked|are|were to|at', '[all specialized|specialised|relevant services] are|were working|work|worked'],
    source: 'профильные службы выехали на место',
    expected: ['emergency services'],
    confidence: 'high',
    note: 'Russian `профильные службы` (specialised services) at a scene are the emergency services',
    invalid: 'Specialized services went to the scene of the explosion.',
    valid: 'Emergency services went to the scene of the explosion; specialized services for banks exist.'
  },
  {
    phrases: ['[silence regime|regimes]', '[regime of silence|curfew|ceasefire]', '[curfew regime]', '[CTO regime]', '[regime of the counter-terrorist|counterterrorist|counter-terrorism operation]', '[counter-terrorist|counterterrorist operation regime]'],
    source: 'режим тишины, режим КТО',
    advice: 'write `ceasefire`, `curfew`, `counter-terrorism operation`',
    confidence: 'high',
    note: 'Russian `режим` (regime) of a curfew or ceasefire is a state in force; English says `a ceasefire`, `a curfew`',
    invalid: 'A regime of silence was declared for Easter.',
    valid: 'A ceasefire was declared for Easter; the regime fell silent.'
  },
  {
    phrases: ['terrorist|terror danger', 'level of terrorist|terror danger'],
    source: 'уровень террористической опасности',
    expected: ['terrorist threat'],
    confidence: 'high',
    note: 'Russian `террористическая опасность` (terrorist danger) is the terror threat level; English says `terror threat level`',
    invalid: 'The red level of terrorist danger was introduced in the region.',
    valid: 'The terror threat level was raised to red in the region.'
  },
  {
    phrases: ['military-civilian|military-civil administration|administrations'],
    source: 'военно-гражданская администрация',
    expected: ['Russian-installed administration'],
    confidence: 'high',
    note: 'Russian `военно-гражданская администрация` (military-civilian administration) is the authority Russia installs in an occupied region; English says `Russian-installed administration`',
    invalid: 'The military-civilian administration announced an evacuation.',
    valid: 'The Russian-installed administration announced an evacuation for civilian and military staff.'
  },
  {
    // the span is `objects` alone where an adjective comes first, so that the fix keeps it (`energy facilities`)
    phrases: [
      'infrastructure|energy|industrial|nuclear|critical [objects]',
      'objects of critical|energy|civil|civilian|transport infrastructure',
      'civilian [objects] were|are hit|damaged|destroyed',
      'shelling|shelled|shells|shell|struck|strikes|striking|bombed|bombing|hitting civilian [objects]',
      'fired|firing|fire at civilian [objects]'
    ],
    source: 'объекты инфраструктуры',
    expected: ['facilities'],
    confidence: 'high',
    note: 'Russian `объект` (object) is a site or facility; English says `energy facilities`, `infrastructure`',
    invalid: 'Drones hit energy objects in three regions.',
    valid: 'Drones hit energy facilities in three regions; several objects fell from the shelves.'
  },
  {
    phrases: ['[speaker] of the Eastern|Southern|Northern|Western|Khortytsia|Tavria|Operational|Joint|Naval|Navy|grouping', '[the speaker of the] Ministry', '[the speaker of the] Air Force'],
    source: 'спикер Восточной группировки',
    expected: ['spokesman for'],
    confidence: 'high',
    note: 'Russian and Ukrainian `спикер` (speaker) of an armed force or ministry is its spokesperson; English keeps `speaker` for the chair of a parliament',
    invalid: 'The speaker of the Eastern Group said twenty attacks were repelled.',
    valid: 'A spokesman for the Eastern Group said twenty attacks were repelled; the Speaker of the House agreed.'
  },
  {
    phrases: ['[informed about] the liberation|capture|shelling|downing|destruction|shootdown|interception'],
    source: 'сообщили об освобождении',
    expected: ['announced'],
    confidence: 'high',
    note: 'Russian `сообщить о` (to inform about) takes its object with a preposition; English announces a thing directly: `announced the liberation`',
    invalid: 'The army informed about the liberation of the village.',
    valid: 'The army announced the liberation of the village and informed the residents.'
  },
  {
    phrases: ['the [mentioned] organization|organisation|company|person|man|woman|document|law|bill|region|village|official|group|resolution|decree|structure|enterprise|settlement'],
    source: 'згадана організація',
    expected: ['this'],
    confidence: 'low',
    note: 'Ukrainian and Russian `згаданий` (mentioned) points back to something named before; English says `the organisation`, `this organisation`',
    invalid: 'The mentioned organization was banned in 2022.',
    valid: 'The organization mentioned above was banned in 2022.'
  },
  {
    phrases: ['[under|on the article] on|about fraud|treason|murder|terrorism|extremism|sabotage|espionage|theft|bribery|fakes|discrediting|hooliganism|vandalism|desertion|mercenarism|smuggling|embezzlement'],
    source: 'по статье о мошенничестве',
    expected: ['under the law on'],
    confidence: 'high',
    note: 'Russian `по статье о` (under the article on) names the article of the criminal code; English says `on charges of fraud` or `under the law on`',
    invalid: 'A criminal case was opened under the article on treason.',
    valid: 'He was charged with treason under Article 275; the article on treason was published.'
  },
  {
    phrases: ['initiated|instituted a|the criminal case|cases', 'criminal case was|has been|were initiated|instituted'],
    source: 'возбудили уголовное дело',
    advice: 'write `opened a criminal investigation`',
    confidence: 'high',
    note: 'Russian `возбудить уголовное дело` (initiate a criminal case) is to open a criminal investigation',
    invalid: 'Investigators initiated a criminal case against the mayor.',
    valid: 'Investigators opened a criminal investigation into the mayor’s case.'
  },
  {
    phrases: ['measure|measures of restraint', '[in the form of] detention|custody|house|arrest|imprisonment|deprivation'],
    source: 'мера пресечения в виде заключения под стражу',
    advice: 'write `remanded in custody`',
    confidence: 'high',
    note: 'Russian `мера пресечения в виде` (a measure of restraint in the form of) detention is pre-trial custody; English says `remanded in custody`, `placed under house arrest`',
    invalid: 'The court chose a measure of restraint in the form of detention.',
    valid: 'The court remanded him in custody and showed restraint in other measures.'
  },
  {
    phrases: ['colony|colonies of general|strict|special|maximum regime', 'general|strict|special regime colony|colonies'],
    source: 'колония общего режима',
    expected: ['penal colony'],
    confidence: 'high',
    note: 'Russian `колония общего режима` (colony of general regime) is a general-security penal colony; English says `a general-regime penal colony`',
    invalid: 'He was sentenced to six years in a colony of general regime.',
    valid: 'He was sentenced to six years in a penal colony under a strict regime.'
  },
  {
    phrases: ['[in a|the closed|open format|regime|mode]', '[in the format of] videoconference|videoconferencing|teleconference', '[in a videoconference|video|videoconferencing|teleconference format|mode|regime]'],
    source: 'в закрытом формате, в режиме видеоконференции',
    advice: 'write `behind closed doors`, `by video link`',
    confidence: 'high',
    note: 'Russian `в закрытом формате` (in a closed format) and `в режиме видеоконференции` (in the videoconference mode) are `behind closed doors`, `by video link`',
    invalid: 'The talks were held in a closed format.',
    valid: 'The talks were held behind closed doors in a new format.'
  },
  {
    phrases: ['by|with means of EW|REB|electronic', '[EW|REB means]', '[air defense|defence means]'],
    source: 'средствами РЭБ, средства ПВО',
    advice: 'write `electronic warfare`, `air defences`',
    confidence: 'high',
    note: 'Russian `средства` (means) of electronic warfare or air defence are the systems themselves; English says `electronic warfare`, `air defences`',
    invalid: 'The drone was brought down by means of EW near the airfield.',
    valid: 'The drone was brought down by electronic warfare near the airfield by some means.'
  },
  {
    phrases: ['[the mobilized|mobilised] ,|.|were|are|who|will|from|have|had|and|in|received|returned|say|said|complained|complain'],
    source: 'мобилизованные',
    expected: ['the mobilised soldiers'],
    confidence: 'high',
    note: 'Russian `мобилизованные` (the mobilised) are men called up in the mobilisation; English says `mobilised soldiers`, `conscripted reservists`',
    invalid: 'The mobilized complained about their equipment.',
    valid: 'The mobilised soldiers complained about their equipment; the mobilized troops left.'
  },
  {
    phrases: ['the SVO|Svo', 'SVO participants|participant|veterans|veteran|zone|fighters|soldiers', 'participants|participant|veterans|veteran|zone of the SVO'],
    source: 'СВО',
    advice: 'name the war: `the war in Ukraine`',
    confidence: 'high',
    note: 'Russian `СВО` (`специальная военная операция`, special military operation) is the Kremlin’s name for the war in Ukraine; English says `the war in Ukraine`',
    invalid: 'Veterans of the SVO will receive free land plots.',
    valid: 'Veterans of the war in Ukraine will receive free land plots.'
  },
  {
    phrases: ['[the new regions] of Russia|the', '[new regions] of Russia'],
    source: 'новые регионы России',
    expected: ['the annexed regions'],
    confidence: 'high',
    note: 'Russian `новые регионы` (the new regions) are the Ukrainian regions Russia claims to have annexed; English says `the annexed regions`, `occupied Ukrainian regions`',
    invalid: 'The new regions of Russia will vote in September.',
    valid: 'The occupied Ukrainian regions will vote in September in new regions of the map.'
  },
  {
    phrases: ['temporary|temporarily acting governor|head|mayor|minister|director'],
    source: 'временно исполняющий обязанности',
    advice: 'write `acting`',
    confidence: 'high',
    note: 'Russian `врио` (temporarily acting) is an acting official; English says `acting governor`',
    invalid: 'The temporarily acting governor met the residents.',
    valid: 'The acting governor met the residents temporarily housed in the school.'
  },
  {
    phrases: ['[was|were|been|is|are declared|announced wanted]', '[put|placed on the wanted list] by the Interior|Russian|MVD'],
    source: 'объявлен в розыск',
    advice: 'write `was put on the wanted list`',
    confidence: 'high',
    note: 'Russian `объявить в розыск` (declare wanted) is to put on the wanted list',
    invalid: 'The journalist was declared wanted by the Russian Interior Ministry.',
    valid: 'The journalist was put on a wanted list by the Russian Interior Ministry.'
  },
  {
    phrases: ['fakes about the army|military|armed|Armed|Russian', 'spreading|spread|spreads fakes'],
    source: 'фейки о армии',
    advice: 'write `false information`',
    confidence: 'high',
    note: 'Russian `фейки` (fakes) about the army are `false information`, the wording of Russia’s censorship law; English says `spreading false information about the army`',
    invalid: 'He was charged with spreading fakes about the army.',
    valid: 'He was charged with spreading false information about the army, a fake charge.'
  },
  {
    phrases: ['the|a court|judge [arrested] him|her|them|the|a|an|two|three|four|five', 'the|a * court [arrested] him|her|them|the|a|an|two|three|four|five'],
    source: 'суд арестовал',
    expected: ['remanded'],
    confidence: 'high',
    note: 'Russian `суд арестовал` (the court arrested) is the court remanding someone in custody; courts do not arrest in English',
    invalid: 'A Moscow court arrested the journalist for two months.',
    valid: 'A Moscow court remanded the journalist in custody for two months after police arrested her.'
  },
  {
    phrases: ['in annual|yearly|monthly|monetary|percentage|ruble|rouble expression'],
    source: 'в годовом выражении',
    advice: 'write `year on year`, `in money terms`',
    confidence: 'high',
    note: 'Russian `в годовом выражении` (in annual expression) is year on year, `в денежном выражении` in money terms',
    invalid: 'Prices rose by 7% in annual expression.',
    valid: 'Prices rose 7% year on year, an expression of high inflation.'
  },
  {
    phrases: ['abnormal heat|cold|frost|frosts|snowfall|snowfalls|warmth'],
    source: 'аномальная жара',
    advice: 'write `extreme heat`, `a heatwave`',
    confidence: 'high',
    note: 'Russian `аномальная жара` (abnormal heat) is extreme heat or a heatwave; English says `extreme heat`, `unusual cold`',
    invalid: 'Abnormal heat is expected in Moscow next week.',
    valid: 'Extreme heat is expected in Moscow next week; abnormal results were found.'
  },
  {
    phrases: ['forecasters|weathermen|meteorologists promise|promised|promises'],
    source: 'синоптики обещают',
    expected: ['forecasters expect'],
    confidence: 'high',
    note: 'Russian `синоптики обещают` (forecasters promise) is the forecast; English says `forecasters expect`',
    invalid: 'Forecasters promise rain and strong wind on Sunday.',
    valid: 'Forecasters expect rain and strong wind on Sunday, as promised.'
  },
  {
    phrases: ['yellow|orange|red level of danger|hazard|weather', '[yellow|orange|red level of] weather danger'],
    source: 'жёлтый уровень опасности',
    advice: 'write `a yellow warning`',
    confidence: 'high',
    note: 'Russian and Ukrainian `жёлтый уровень опасности` (yellow level of danger) is a yellow weather warning',
    invalid: 'A yellow level of danger has been declared for the capital.',
    valid: 'A yellow weather warning has been issued for the capital at a level of danger not seen before.'
  },
  {
    phrases: ['temporary deployment point|points|site|sites', '[place|places|point|points|area|areas of temporary deployment]'],
    source: 'пункт временной дислокации',
    advice: 'write `base`, `billet`',
    confidence: 'high',
    note: 'Russian and Ukrainian `пункт временной дислокации` (temporary deployment point) is a base or billet',
    invalid: 'The strike hit a temporary deployment point of the enemy.',
    valid: 'The strike hit an enemy base used for temporary deployment.'
  },
  // ---------------------------------------------------------------------------
  // Attribution and reporting, continued
  // ---------------------------------------------------------------------------
  {
    phrases: ['[the|The (' + 'Turkish|Russian|Ukrainian|American|British|German|French|Polish|Israeli|Chinese|Western|foreign|local|Iranian|Belarusian|Kazakh|Georgian|Japanese|Italian|Spanish|Arab|Syrian' + ') mass media]', '[mass media] report|reports|reported|write|wrote|writes|claim|claims|claimed', 'according to [mass media]', '[According to mass media]', 'in|In the [mass media] there'],
    source: 'СМИ (средства массовой информации)',
    expected: ['media'],
    confidence: 'high',
    note: 'Russian and Ukrainian `СМИ`/`ЗМІ` (the means of mass information) is rendered `mass media` in every news item; English news copy says `the media`, `news outlets` or names them',
    invalid: 'Earlier, the Turkish mass media carried news of a planned visit.',
    valid: 'Earlier, Turkish media reported a visit; the study looks at mass media in the twentieth century.'
  },
  {
    phrases: ['It|it [tells about]', 'It|it [told about]', 'the|The book|film|article|report|story|exhibition|documentary|movie|play|novel|series [tells about]'],
    source: 'рассказывает о',
    expected: ['describes'],
    confidence: 'high',
    note: 'Russian `рассказывать о` (to tell about) takes a preposition; English `tell` needs a listener or a story: `it describes`, `it is about`',
    invalid: 'It tells about the life of soldiers at the front.',
    valid: 'It describes the life of soldiers at the front; he tells them about it.'
  },
  {
    phrases: ['[there are dead|wounded|injured|killed|casualties] .|,|and|among|in', '[There are dead|wounded|injured|casualties] .|,|and|among|in'],
    source: 'есть погибшие, є загиблі',
    advice: 'write `people were killed`, `there are casualties`',
    confidence: 'high',
    note: 'Russian and Ukrainian `есть погибшие` (there are dead) uses the adjective as a noun; English says `people were killed` or `there were deaths`',
    invalid: 'The shelling hit a market; unfortunately, there are dead and wounded.',
    valid: 'The shelling hit a market and people were killed; there are dead branches on the road.'
  },
  {
    phrases: ['unitary|quasi-state|state-like [education|educations]'],
    source: 'унитарное (государственное) образование',
    expected: ['entity'],
    confidence: 'high',
    note: 'Russian `образование` is both education and a formation (a state entity); English says `a unitary entity`, `a quasi-state`',
    invalid: 'The union would become a unitary education with one currency.',
    valid: 'The union would become a unitary state with one education system.'
  },
  {
    phrases: ['[caliber|calibre of] 60|82|100|105|107|120|122|125|152|155|203|240 mm|mm.|millimeters|millimetres', 'mines|shells|bombs|rounds of [caliber|calibre] 60|82|100|105|107|120|122|125|152|155|203|240', 'minutes|min|mines|shells|rounds|bombs [caliber|calibre] 60|82|100|105|107|120|122|125|152|155|203|240'],
    source: 'мины калибра 120 мм',
    advice: 'write the calibre before the noun: `120mm mortar rounds`',
    confidence: 'high',
    note: 'Russian `калибра 120 мм` (of caliber 120 mm) puts the calibre after the noun in the genitive; English writes `120mm shells`',
    invalid: 'The enemy fired six mines of caliber 120 at the village.',
    valid: 'The enemy fired six 120mm mortar rounds at the village; the caliber of the gun was unclear.'
  },
  {
    phrases: ['[Telegram-channel|telegram-channel|Telegram-channels|telegram-channels]'],
    source: 'Telegram-канал',
    expected: ['Telegram channel'],
    confidence: 'high',
    note: 'Russian and Ukrainian write the compound `Telegram-канал` with a hyphen; English writes `Telegram channel`, or `on Telegram`',
    invalid: 'The Telegram-channel of the administration posted a photo.',
    valid: 'The administration’s Telegram channel posted a photo.'
  },
  {
    phrases: ['[( * : * Moscow time )]', '[( * Moscow time )]', '[( the same as Moscow time )]', '[( coincides with Moscow time )]', '[( same as Moscow time )]'],
    source: '(22:36 мск), (совпадает с московским)',
    expected: [],
    confidence: 'low',
    note: 'Russian copy adds Moscow time in brackets to every time of day, even abroad; English gives local time, or GMT where it matters',
    invalid: 'The talks began at 10:00 (11:00 Moscow time) in Ankara.',
    valid: 'The talks began at 10:00 local time in Ankara, an hour behind Moscow.'
  },
  {
    phrases: ['[cover|covers|covered|covering fire on] the|enemy|Russian|Ukrainian|invaders|occupiers|positions'],
    source: 'накрывают огнём',
    advice: 'write `pound`, `shell`',
    confidence: 'high',
    note: 'Russian and Ukrainian `накрыть огнём` (to cover with fire) means to pound a target; English `cover fire` protects one’s own troops',
    invalid: 'The defenders cover fire on the invaders near the river.',
    valid: 'The defenders pound the invaders near the river while a second unit gives cover fire.'
  },
  {
    phrases: ['[the two country leaders|presidents|ministers|heads|delegations]'],
    source: 'лидеры двух стран',
    expected: ['the two leaders'],
    confidence: 'high',
    note: 'Russian `лидеры двух стран` (the leaders of two countries) comes out as a noun stack; English says `the two leaders`, `the leaders of both countries`',
    invalid: 'The two country leaders met in Astana on Friday.',
    valid: 'The two leaders met in Astana on Friday; the two-country tour ended there.'
  },
  {
    phrases: ['[response regime]', '[the regime of] emergency|emergency situation|high alert|heightened'],
    source: 'режим реагирования, режим ЧС',
    advice: 'write `alert level`, `state of emergency`',
    confidence: 'high',
    note: 'Russian `режим` (mode, regime) of a state alert is its level; English says `a state of emergency`, `the alert level`',
    invalid: 'The governor introduced a medium response regime in the district.',
    valid: 'The governor raised the alert level in the district; the regime responded with arrests.'
  },
  {
    phrases: ['[he|she assessed] .', ', he|she [specified] .', ', [he|she|it summed up] .', '[the (Turkish|Russian|Ukrainian|Belarusian|Kazakh|Iranian|Chinese|Polish|German|French|American) leader|president|minister summed up|assessed|specified] .'],
    source: 'уточнил он, оценил он, підсумував',
    expected: ['said'],
    confidence: 'low',
    note: 'Russian, Ukrainian and Polish copy vary the verb after a quotation (`уточнил`, `оценил`, `підсумував`, `ocenił`); English news says `said`',
    invalid: '“The situation is difficult but under control,” he assessed.',
    valid: '“The situation is difficult but under control,” he said; the damage was assessed.'
  },
  {
    phrases: ['[, quotes|quoted the|his|her press service]', '[press service quotes|quoted] .|,|him|her'],
    source: 'цитирует пресс-служба, цитує пресслужба',
    advice: 'write `his press service quoted him as saying`',
    confidence: 'high',
    note: 'Russian and Ukrainian end a quotation with its source (`цитирует пресс-служба`); English `quote` needs an object: `his office quoted him as saying`',
    invalid: 'Peace is within reach, quotes the press service of the president.',
    valid: 'Peace is within reach, the president’s office quoted him as saying.'
  },
  {
    phrases: ['the|a city|town|village of [Happiness|Estuary]'],
    source: 'Счастье (Щастя), Лиман',
    advice: 'give the town its name: `Shchastia`, `Lyman`',
    confidence: 'high',
    note: 'Machine translation turns the names of Ukrainian towns into words (`Щастя`: happiness, `Лиман`: estuary); English keeps the name',
    invalid: 'Fighting continued near the town of Happiness in the Luhansk region.',
    valid: 'Fighting continued near the town of Shchastia; happiness is rare there.'
  },
  {
    phrases: ['(Post|Times|Journal|Politico|Axios|Bild|Spiegel|Guardian|Telegraph) [newspaper|publication|edition] writes|wrote|notes|noted|claims|claimed'],
    source: 'пишет газета The Washington Post',
    expected: [],
    confidence: 'high',
    note: 'Russian copy puts the kind of outlet before its name (`газета The Washington Post`, the newspaper The Washington Post); English names the paper alone: `The Washington Post writes`',
    invalid: 'Talks have stalled, the Washington Post newspaper writes.',
    valid: 'Talks have stalled, the Washington Post writes; the Post newspaper group was sold.'
  },
  {
    phrases: ['He|She|They [announced|stated|reported|wrote this] on|in|to|during|at|after|while', 'He|She|They [said this] in|to|during|at|after|while', ', [he|she|they announced|stated this] in|on|during|to|at', ', [he|she|they said this] in|during|to|at'],
    source: 'Об этом он сообщил в Facebook',
    advice: 'put it with the statement: `he said on Facebook`, `he told TASS`',
    confidence: 'low',
    note: 'Russian and Ukrainian close a report on its source (`Об этом он сообщил в Facebook`, about this he reported on Facebook); English says where with the statement itself: `he said on Facebook that…`',
    invalid: 'The bridge will reopen in May. He announced this on Facebook.',
    valid: 'The bridge will reopen in May, he said on Facebook; he said this bridge was the last one.'
  },
  {
    phrases: ['[automobile|automotive part|section|thread|span|lane|lanes|carriageway] of the bridge|road|crossing', '[automobile|automotive part|section|thread|span|lane|lanes|carriageway] of the * bridge', 'one|the|an|one|both [automobile thread|threads]'],
    source: 'автомобильная часть моста, нитка моста',
    expected: ['road section'],
    confidence: 'high',
    note: 'Russian `автомобильный` (automobile) is the adjective for road traffic (`автомобильная часть моста`: the road section of a bridge) and `нитка` (thread) a carriageway; English says `the road section`, `one carriageway`',
    invalid: 'Traffic on the automobile part of the bridge was stopped.',
    valid: 'Traffic on the road section of the bridge was stopped; automobile traffic rose in May.'
  },
  {
    phrases: ['according to a|the [visual assessment|assessments|estimate|estimates]', 'according to [visual assessment|assessments|estimate|estimates]', '[by visual assessment|estimate]'],
    source: 'по визуальной оценке',
    advice: 'write `according to preliminary estimates`',
    confidence: 'high',
    note: 'Russian `по визуальной оценке` (by visual assessment) gives a first estimate of damage; English says `according to preliminary estimates`, `at first sight`',
    invalid: 'According to visual assessment, two spans of the bridge collapsed.',
    valid: 'According to preliminary estimates, two spans of the bridge collapsed after a visual inspection.'
  },
  {
    phrases: ['[The sides discussed|exchanged]', '[the sides discussed|exchanged] the|issues|prospects|cooperation|views'],
    source: 'Стороны обсудили',
    expected: ['They discussed'],
    confidence: 'low',
    note: 'Russian and Ukrainian diplomatic copy call the parties to a meeting `стороны` (the sides); English says `they`, `the two leaders`, or names them',
    invalid: 'Zelensky met the envoy in Kyiv. The sides discussed security guarantees.',
    valid: 'Zelensky met the envoy in Kyiv; they discussed security guarantees, and the two sides agreed to meet again.'
  },
  {
    phrases: ['[came|come|comes|went|go|goes out at|on the|a rally|rallies|protest|protests|picket|pickets|demonstration|demonstrations]', '[came|come|comes|went|go|goes out at|on] rallies|protests|pickets|demonstrations'],
    source: 'вышел на митинг',
    advice: 'write `joined the rally`, `rallied`, `protested`',
    confidence: 'high',
    note: 'Russian `выйти на митинг` (to come out to a rally) means to join one; English says `joined the rally`, `took to the streets`',
    invalid: 'Thousands came out at the rally in the capital.',
    valid: 'Thousands joined the rally in the capital; the results came out at noon.'
  },
  {
    phrases: ['[enemy activity is|was recorded]', '[activity of the enemy is|was recorded]', '[is|was recorded] enemy activity', '[is|was recorded] high|increased enemy activity'],
    source: 'фиксируется активность противника',
    advice: 'write `the enemy is active`, `we see heavy enemy activity`',
    confidence: 'high',
    note: 'Russian and Ukrainian military briefings `record` what they observe (`фиксируется активность противника`, enemy activity is recorded); English says the enemy is active',
    invalid: 'High enemy activity is recorded near the river.',
    valid: 'The enemy is very active near the river; the activity was recorded on video.'
    },
  // ---------------------------------------------------------------------------
  // Second wave: headlines, officialese, communiqués
  // ---------------------------------------------------------------------------
  {
    phrases: ['[In (' + SEATS + ') , they] (' + IMPERSONAL_VERBS + ')', '[In the (' + THE_SEATS + ') , they] (' + IMPERSONAL_VERBS + ')', '[In the United States , they] (' + IMPERSONAL_VERBS + ')', '[In the White House , they] (' + IMPERSONAL_VERBS + ')', '[In the State Duma|Department , they] (' + IMPERSONAL_VERBS + ')', '[In the Verkhovna Rada , they] (' + IMPERSONAL_VERBS + ')', '[In (' + SEATS + ') , the alarm was sounded]', '[was|were revealed|assessed|named in] the (' + THE_SEATS + ') .', '[was|were revealed|assessed|named in] the United States .'],
    source: 'В Кремле ответили, В США назвали',
    advice: 'name who spoke: `the Kremlin said`, `a US analyst revealed`',
    confidence: 'low',
    note: 'Russian headlines use an impersonal plural with a place (`В Кремле ответили`, in the Kremlin they answered; `В США назвали`, in the US they named); English names the speaker: `the Kremlin said`, `US officials revealed`',
    invalid: 'In the Kremlin, they answered the question about the talks.',
    valid: 'The Kremlin answered the question about the talks; in Kyiv, officials said nothing.'
  },
  {
    phrases: ['[suspended|paralyzed|paralysed|blocked|restricted|resumed|restored|stopped|halted the work of] (' + WORKPLACES + ')', '[suspended|paralyzed|paralysed|blocked|restricted|resumed|restored|stopped|halted the work of] * (' + WORKPLACES + ')', '[the work of] (' + WORKPLACES + ')', '[the work of] * (' + WORKPLACES + ')'],
    source: 'работа аэропорта приостановлена',
    advice: 'write `operations at the airport`, or make the place the subject: `the airport closed`',
    confidence: 'high',
    note: 'Russian speaks of a place’s `работа` (work) when it operates, closes or reopens (`работа аэропорта приостановлена`, the work of the airport is suspended); English says `the airport closed`, `flights were suspended`',
    invalid: 'The work of the airport was suspended for three hours.',
    valid: 'Flights at the airport were suspended for three hours while the work of the committee went on.'
  },
  {
    phrases: ['[a|an (' + PEOPLE_BY_BIRTH + ') born in (' + BIRTH_YEARS + ')] (' + WHAT_BEFELL + ')', '[a|an (' + PEOPLE_BY_BIRTH + ') born in] (' + BIRTH_YEARS_ENDING_SENTENCE + ')'],
    source: 'мужчина 1987 года рождения',
    advice: 'give the age: `a six-year-old girl`, `a 38-year-old man`',
    confidence: 'low',
    note: 'Russian police and emergency copy gives a person’s year of birth for the age (`мужчина 1987 года рождения`, a man born in 1987); English news gives the age: `a six-year-old girl`',
    invalid: 'A boy born in 2015 was taken to hospital with burns.',
    valid: 'A six-year-old girl was taken to hospital with burns; her mother was born in Kazan.'
  },
  {
    phrases: ['[allowed|allows|allow|allowing the possibility] of|that', '(Putin|Zelensky|Peskov|Lavrov|Medvedev|Lukashenko|Erdogan|Scholz|Macron|Biden|Trump|Orban|Tokayev|Zakharova|Kuleba|Yermak|Podolyak|Budanov|Kremlin|Pentagon) [allowed|allows|admitted|admits] negotiations|talks|escalation|truce|ceasefire'],
    source: 'допустил возможность переговоров',
    advice: 'write `did not rule out`, `said it was possible`',
    confidence: 'low',
    note: 'Russian `допустить` (to allow) a possibility means not to rule it out (`Зеленский допустил переговоры`, Zelensky allowed negotiations); English says `did not rule out talks`',
    invalid: 'The minister allowed the possibility of new strikes on the port.',
    valid: 'The minister did not rule out new strikes on the port and allowed for the possibility of delays.'
  },
  {
    phrases: ['[discuss|discussed|discusses|discussing issues|questions of] !mutual|common|concern|importance|interest|national|principle', '[discuss|discussed|discusses|discussing the issues|questions of] !mutual|common|concern|importance|interest|national|principle'],
    source: 'обсудили вопросы энергетики',
    advice: 'drop `issues of`: `discussed security guarantees`',
    confidence: 'high',
    note: 'Russian diplomatic copy discusses `вопросы` (questions, issues) of a topic (`обсудили вопросы безопасности`); English discusses the topic itself: `discussed security guarantees`',
    invalid: 'The ministers discussed issues of energy security in Baku.',
    valid: 'The ministers discussed energy security in Baku, and issues of mutual interest.'
  },
  {
    phrases: ['[other news by|to this hour]', '[news by|to this hour]'],
    source: 'Другие новости к этому часу',
    advice: 'write `In other news` or drop the heading',
    confidence: 'high',
    note: 'Russian radio bulletins close on `Другие новости к этому часу` (other news by this hour); English copy says `In other news` or nothing',
    invalid: 'Other news by this hour: the river has burst its banks.',
    valid: 'In other news, the river has burst its banks by this hour of the day.'
  },
  {
    phrases: ['[cleared|cleansed|cleaned|clearing|cleaning from] Russian|Ukrainian|enemy|occupiers|invaders|occupying|occupation|militants|nationalists|saboteurs|mines|terrorists|Nazis|neo-Nazis', '[cleared|cleansed|cleaned|clearing|cleaning from] the Russian|Ukrainian|enemy|occupiers|invaders|occupying|occupation|militants|nationalists|saboteurs|mines|terrorists|Nazis|neo-Nazis'],
    source: 'зачистили от мин',
    expected: ['cleared of'],
    confidence: 'high',
    note: 'Russian and Ukrainian `зачистить от` (to clean from) enemy troops or mines keeps `от` as `from`; English clears a place `of` them',
    invalid: 'The village was finally cleared from Russian troops on Friday.',
    valid: 'The village was finally cleared of Russian troops on Friday; debris was cleared from the road.'
  },
  {
    phrases: ['[led|leading to the|a fire|ignition of]', '[causing|caused|provoked the|a fire|ignition of]'],
    source: 'привело к возгоранию',
    advice: 'write `set fire to`, `set … alight`',
    confidence: 'low',
    note: 'Russian `привело к возгоранию` (led to the ignition, the fire of) a vehicle or tank is a nominal chain; English says the blast `set fire to` it',
    invalid: 'The blast led to the fire of three fuel tanks of the train.',
    valid: 'The blast set fire to three fuel tanks of the train; the fire spread quickly.'
  },
  {
    phrases: ['[Later|later|Also|also it was reported|announced|stated about]', '[Later|later|Also|also , it was reported|announced|stated about]'],
    source: 'Позже сообщалось о задержаниях',
    advice: 'write `it was later reported that …`, or give the news',
    confidence: 'high',
    note: 'Russian `сообщалось о` (it was reported about) keeps the preposition of the passive; English says `it was later reported that` or gives the news',
    invalid: 'Later it was reported about new arrests in the city.',
    valid: 'It was later reported that new arrests were made in the city.'
  },
  {
    phrases: ['Foreign Minister|Ministry [( MFA|MID )]', 'Defence|Defense Minister|Ministry [( MO )]'],
    source: 'министр иностранных дел (МИД)',
    expected: [],
    confidence: 'high',
    note: 'Russian copy glosses a ministry’s acronym (`МИД`, `МО`) after a title, which an English title does not need: `Foreign Minister Sergei Lavrov`',
    invalid: 'Belarusian Foreign Minister (MFA) Maxim Ryzhenkov arrived in Ankara.',
    valid: 'Russian Foreign Minister Sergei Lavrov arrived in Ankara for talks at the Ministry of Foreign Affairs (MFA).'
    },
  // ---------------------------------------------------------------------------
  // Second wave: military communiqués and incident reports
  // ---------------------------------------------------------------------------
  {
    phrases: ['[enemy manpower]', '[manpower of the] enemy|Armed|Ukrainian|Russian|AFU|APU', '[manpower and] military|armoured|armored|equipment|hardware|vehicles', '[accumulation|accumulations|concentration|concentrations|cluster|clusters of manpower]'],
    source: 'живая сила противника',
    expected: ['troops'],
    confidence: 'high',
    note: 'Russian and Ukrainian communiqués count `живая сила` (live force, manpower) among the targets hit; English says `troops`, `personnel`',
    invalid: 'Artillery struck enemy manpower near the river.',
    valid: 'Artillery struck enemy troops near the river; the plant lacks manpower.'
  },
  {
    phrases: ['[zone|zones of responsibility]'],
    source: 'в зоне ответственности',
    expected: ['area of responsibility'],
    confidence: 'high',
    note: 'Russian and Ukrainian military copy locates a unit’s sector in its `зона ответственности` (zone of responsibility); English says `area of responsibility`, or names the sector',
    invalid: 'Two attacks were repelled in the zone of responsibility of the brigade.',
    valid: 'Two attacks were repelled in the brigade’s area of responsibility, in a no-fly zone.'
  },
  {
    phrases: ['[combat clashes|clash]', '[assault actions]', '[conducted|conduct|conducts|conducting offensive|assault actions]'],
    source: 'бойові зіткнення, штурмові дії',
    advice: 'write `clashes`, `assaults`, `attacks`',
    confidence: 'high',
    note: 'Ukrainian General Staff reports count `бойові зіткнення` (combat clashes) and `штурмові дії` (assault actions); English says `clashes`, `assaults`, `attacked`',
    invalid: 'Over the day, 45 combat clashes took place on the front line.',
    valid: 'Over the day, 45 clashes took place on the front line; the combat was fierce.'
  },
  {
    phrases: ['[reflected|reflect|reflects|reflecting] attacks|assaults|counterattacks|counter-attacks|raids|offensives', '[reflected|reflect|reflects|reflecting] the|an|two|three|four|five|six|seven|eight|nine|ten|several|all|enemy attack|attacks|assault|assaults|counterattack|counterattacks|raid|raids|offensive', '[reflected|reflect|reflects|reflecting] the|an|two|three|four|five|six|seven|eight|nine|ten|several|all enemy|Ukrainian|Russian attack|attacks|assault|assaults|counterattack|counterattacks|raid|raids', '[reflection of] the|an|two|three|enemy attack|attacks|assault|assaults|counterattack|counterattacks|offensive'],
    source: 'отразили атаку',
    advice: 'write `repelled`, `repulsed` (`repelled the attack`, `the repulse of the attack`)',
    confidence: 'high',
    note: 'Russian `отразить` (to reflect) an attack means to repel it; English says `repelled the attack`',
    invalid: 'The garrison reflected three attacks near the village.',
    valid: 'The garrison repelled three attacks near the village; the vote reflected the mood.'
  },
  {
    phrases: ['[in a|an state|condition of moderate|medium|average|serious|extreme|grave|mild severity]', '[condition|state of moderate|medium|average severity]', '[moderate|medium severity condition|state]'],
    source: 'в состоянии средней тяжести',
    advice: 'write `in a serious condition`, `in moderate condition`',
    confidence: 'high',
    note: 'Russian `состояние средней тяжести` (a state of medium severity) is a hospital grading; English says `in a serious condition`, `in moderate condition`',
    invalid: 'The driver was taken to hospital in a state of moderate severity.',
    valid: 'The driver was taken to hospital in a serious condition; the pain was of moderate severity.'
  },
  {
    phrases: ['[the fall of debris|fragments|wreckage|parts]', '[as a result of the falling of] debris|fragments|wreckage'],
    source: 'падение обломков',
    expected: ['falling debris'],
    confidence: 'high',
    note: 'Russian and Ukrainian `падение обломков` (the fall of debris) of a downed drone or missile is a nominal chain; English says `falling debris`',
    invalid: 'A house was damaged by the fall of debris after the drone was shot down.',
    valid: 'A house was damaged by falling debris after the drone was shot down, before the fall of Avdiivka.'
  },
  {
    phrases: ['[So ,] on|in the morning|evening|night|afternoon|eve of', '[So ,] on the night to|into'],
    source: 'Так, утром 3 июня',
    expected: ['For example,'],
    confidence: 'low',
    note: 'Russian and Ukrainian `Так,` opens an example of what was just said (`Так, утром 3 июня…`); `So,` misreads it as a conclusion: English says `On the morning of June 3,` or `For example,`',
    invalid: 'Strikes on the city continue. So, on the morning of June 3, a drone hit a school.',
    valid: 'Strikes on the city continue: on the morning of June 3, a drone hit a school, so classes were cancelled.'
    },
  {
    phrases: ['[inflicted|inflicts|inflict|inflicting fire damage] on|to', '[fire damage was|were|is|are inflicted]', '[fire defeat|defeats]', '[means of destruction|defeat] !mass'],
    source: 'нанесли огневое поражение, средства поражения',
    advice: 'write `struck`, `hit`; `weapons`',
    confidence: 'high',
    note: 'Russian military copy `наносит огневое поражение` (inflicts fire damage, fire defeat) where English says `struck`, and counts `средства поражения` (means of destruction) where English says `weapons`',
    invalid: 'Artillery inflicted fire damage on enemy positions near the river.',
    valid: 'Artillery struck enemy positions near the river; the warehouse suffered fire damage.'
  },
  {
    phrases: ['[objective control] footage|video|videos|data|means|shows|showed|show|confirms|confirmed|recorded', '[footage|video|videos|data|means of objective control]', '[by objective control]'],
    source: 'кадры объективного контроля',
    advice: 'write `drone footage`, `footage confirming the hit`',
    confidence: 'high',
    note: 'Russian and Ukrainian military copy calls the camera record of a strike `объективный контроль` (objective control); English says `footage`, `drone footage`',
    invalid: 'The ministry published objective control footage of the strike.',
    valid: 'The ministry published drone footage of the strike; quality control was objective.'
  },
  {
    phrases: ['[combat work] of|by|in|on|at|continues|continued|.|,', '[armed formations] of Ukraine|the', '[armed formations] .|,|in|near|on', '[Ukrainian|nationalist|illegal armed formations]', '[nationalist formations]'],
    source: 'боевая работа, вооружённые формирования Украины',
    advice: 'write `combat operations`; `Ukrainian forces`, `armed groups`',
    confidence: 'high',
    note: 'Russian military copy speaks of `боевая работа` (combat work) and `вооружённые формирования` (armed formations) where English says `combat operations`, `forces`, `armed groups`',
    invalid: 'The combat work of the artillery continues day and night.',
    valid: 'Combat operations continue day and night; the artillery’s work goes on in tight formations.'
  },
  {
    phrases: ['[employees|employee of the] police|FSB|SBU|Rosgvardia|MVD|GIBDD|traffic|Investigative', '[FSB|SBU|Rosgvardia|MVD|GIBDD employees|employee]'],
    source: 'сотрудники полиции, сотрудники ФСБ',
    advice: 'write `police officers`, `FSB officers`',
    confidence: 'high',
    note: 'Russian and Ukrainian `сотрудники` (employees) of the police or a security service are its officers; English says `police officers`, `FSB officers`',
    invalid: 'Employees of the FSB detained two men near the airfield.',
    valid: 'FSB officers detained two men near the airfield; employees of the airport watched.'
  },
  {
    phrases: ['[in the first|second half of the day]'],
    source: 'в первой половине дня',
    advice: 'write `in the morning`, `in the afternoon`',
    confidence: 'low',
    note: 'Russian and Ukrainian `в первой половине дня` (in the first half of the day) is the morning; English says `in the morning`, `in the afternoon`',
    invalid: 'In the first half of the day, the enemy shelled the town twice.',
    valid: 'In the morning, the enemy shelled the town twice; in the first half of the season, it rained.'
  },
  {
    phrases: ['[the|a representation|representations of the] DPR|LPR|Donetsk|Luhansk|Lugansk|MFA|Foreign|ministry|Ministry|company|EU|UN|ICRC|OSCE|IAEA|Rossotrudnichestvo|Red', '[the|a representation|representations of] Rossotrudnichestvo|Gazprom|Roscosmos|Rosatom|Aeroflot|UNICEF|UNHCR'],
    source: 'представительство ДНР',
    advice: 'write `the DPR’s office`, `mission`, `delegation`',
    confidence: 'high',
    note: 'Russian `представительство` (representation) of a body or a company is its office, mission or delegation somewhere; English says `the DPR’s office in Moscow`, `the EU delegation`',
    invalid: 'Shells hit the representation of the Donetsk republic in the city centre.',
    valid: 'Shells hit the office of the Donetsk republic in the city centre; representation of the people matters.'
  },
  {
    phrases: ['[course of the development of the situation]', '[course of the development of events]'],
    source: 'ход развития событий',
    advice: 'write `how the situation develops`, `events`',
    confidence: 'high',
    note: 'Russian officialese stacks nouns (`ход развития событий`, course of development of events); English says `how things develop`',
    invalid: 'Everything depends on the course of the development of events at the front.',
    valid: 'Everything depends on how the situation at the front develops; the course of events is unclear.'
  },
  {
    phrases: ['village|town|settlement|city|community|locality|it|which [refers|refer|referred to] the * district|raion|oblast|region|community|hromada', 'village|town|settlement|city|locality of * [refers|refer|referred to] the * district|raion|oblast|region|community|hromada'],
    source: 'относится к Петровскому району',
    expected: ['belongs to'],
    confidence: 'low',
    note: 'Russian `относится к` (refers to) a district says where a place belongs; English says the village `is in` or `belongs to` the district',
    invalid: 'The village refers to the Petrovsky district of the city.',
    valid: 'The village is in the Petrovsky district; the term refers to the old town.'
  },
  {
    phrases: ['case|cases|investigation|investigations|check|checks|proceedings|opened|initiated|instituted|launched [on|upon the fact|facts of]', '[on|upon the fact of] the|a|an death|murder|theft|fraud|shelling|attack|explosion|fire|disappearance|poisoning|beating|assault|accident'],
    source: 'возбуждено уголовное дело по факту',
    expected: ['over'],
    confidence: 'high',
    note: 'Russian and Ukrainian open a case `по факту` (on the fact of) an event; English opens it `over` the death or `into` the attack',
    invalid: 'Police opened a criminal case on the fact of the explosion.',
    valid: 'Police opened a criminal case over the explosion; the fact of the matter is unclear.'
  },
  {
    phrases: ['[It|it became known that|about]', '[became known about]'],
    source: 'Стало известно, что',
    advice: 'write `It emerged that`, or give the news with its source',
    confidence: 'low',
    note: 'Russian `стало известно` (it became known) opens news without a source; English says `It emerged that` or who revealed it',
    invalid: 'It became known that the governor had resigned.',
    valid: 'It emerged that the governor had resigned; his name became known across the region.'
  },
  // ---------------------------------------------------------------------------
  // Second wave: prepositions governed as in Russian
  // ---------------------------------------------------------------------------
  {
    phrases: ['accused|accuse|accuses|accusing [in] (' + CHARGES + ') !' + CASE_WORDS, 'accused|accuse|accuses|accusing * [in] (' + CHARGES + ') !' + CASE_WORDS, 'suspected|suspects [in] (' + CHARGES + ') !' + CASE_WORDS],
    source: 'обвинил в госизмене, подозревается в шпионаже',
    expected: ['of'],
    confidence: 'high',
    note: 'Russian and Ukrainian `обвинить в` / `підозрювати в` (accuse in, suspect in) govern `в`; English accuses someone `of` treason',
    invalid: 'Moscow accused Kyiv in sabotage at the plant.',
    valid: 'Moscow accused Kyiv of sabotage; a man accused in an espionage case was freed.'
  },
  {
    phrases: ['congratulated|congratulate|congratulates|congratulating [with] Victory|Independence|New|Defender|Defenders|Easter|Christmas|Ramadan|Eid|Cosmonautics|Knowledge|Constitution|Unity|holiday|holidays', 'congratulated|congratulate|congratulates|congratulating * [with] (' + HOLIDAYS + ') Day|holiday|holidays|Year|birthday|anniversary', 'congratulated|congratulate|congratulates|congratulating * [with] Victory|Independence|New|Defender|Easter|Christmas|Ramadan|Eid|Cosmonautics|Knowledge|Constitution|Unity|holiday|holidays', 'congratulated|congratulate|congratulates|congratulating * [with] the New|Victory|Independence|Easter|Christmas|holiday|holidays'],
    source: 'поздравил с Днём Победы',
    expected: ['on'],
    confidence: 'high',
    note: 'Russian `поздравить с` (congratulate with) a holiday is English `congratulate on`, or `wish … a happy Victory Day`',
    invalid: 'Putin congratulated veterans with Victory Day.',
    valid: 'Putin wished veterans a happy Victory Day and congratulated them on the parade with a speech.'
  },
  {
    phrases: ['[Which|What * is in question] is|was|has|have|,', '[Which|What * * is in question] is|was|has|have|,', '[Which|What * are in question] is|was|has|have|,'],
    source: 'О каком населённом пункте идёт речь, не сообщается',
    advice: 'turn it round: `It was not said which…`',
    confidence: 'high',
    note: 'Russian `О каком … идёт речь, не сообщается` (which … is in question is not reported) closes a report on what it does not know; English says `It was not said which village`',
    invalid: 'Which company is in question is not specified.',
    valid: 'It was not said which company was involved; the company’s future is in question.'
  },
  {
    // only opening a sentence and closed by a comma: `according to the publication’s editor` is another entry’s
    phrases: ['[According to the publication|edition ,]'],
    source: 'По данным издания',
    advice: 'name the outlet with its verb: `The Times reported that…`',
    confidence: 'low',
    note: 'Russian `по данным издания` (according to the publication’s data) sources a claim to a paper named earlier; English names it with its verb: `The Times reported that…`',
    invalid: 'According to the publication, the talks will resume in Geneva.',
    valid: 'The Times reported that the talks will resume in Geneva, according to the publication’s editor.'
  }
]
