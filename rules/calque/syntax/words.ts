/** Word classes of English news copy that the syntactic patterns read. */

const set = (words: string) => new Set(words.split('|'))

/**
 * Reporting verbs that English itself puts before their subject after a
 * quotation (`“…,” said the minister`, `warned Mr Smith`, `explained the
 * author`): reported only with a complement between verb and subject.
 */
export const SAID = set(
  'said|says|added|adds|asked|asks|replied|replies|wrote|writes|told|tells|warned|warns|explained|explains|insisted|insists|noted|notes|observed|observes|argued|argues|admitted|admits|conceded|concedes|concluded|concludes|continued|continues|recalled|recalls|agreed|agrees|countered|counters|quipped|quips|joked|jokes|retorted|retorts|cautioned|cautions|suggested|suggests|acknowledged|acknowledges|declared|declares|announced|announces|answered|answers|exclaimed|exclaims|shouted|shouts|urged|urges|commented|comments'
)

/**
 * Reporting verbs that French, Spanish, Italian and Portuguese put before
 * the subject (`a précisé la préfecture`, `ha subrayado el ministro`) and
 * English never does.
 */
export const TAG_VERBS = set(
  'specified|specifies|indicated|indicates|underlined|underlines|stressed|stresses|affirmed|affirms|assured|assures|estimated|estimates|judged|judges|considered|considers|lamented|laments|deplored|deplores|regretted|regrets|hammered|hammers|insisted|insists|warned|warns|recalled|recalls|reminded|reminds|noted|notes|observed|observes|announced|announces|declared|declares|confided|confides|launched|launches|slipped|slips|advanced|advances|developed|develops|reacted|reacts|welcomed|welcomes|hailed|hails|denounced|denounces|detailed|details|explained|explains|continued|continues|confirmed|confirms|highlighted|highlights|emphasised|emphasized|emphasises|emphasizes|pointed|points|assessed|assesses|summarised|summarized|summarises|summarizes|acknowledged|acknowledges|admitted|admits|argued|argues|claimed|claims|commented|comments|concluded|concludes|conceded|concedes|informed|informs|maintained|maintains|reported|reports|revealed|reveals|retorted|retorts|specifies|lashed|lashes|quipped|quips|tempered|tempers|nuanced|nuances|justified|justifies|promised|promises|predicted|predicts|analysed|analyzed|analyses|analyzes|insisted|clarified|clarifies|supported|supports|criticised|criticized|criticises|criticizes|defended|defends|rejoiced|rejoices|worried|worries|believed|believes|thought|thinks|felt|feels|recognised|recognized|recognises|recognizes|answered|answers|replied|testified|testifies|valued|values|praised|praises|celebrated|celebrates|exclaimed|exclaims|dismissed|dismisses|ensured|ensures|guaranteed|guarantees|summed|sums'
)

/** Reporting verbs in the plural (`– confirm the League and FdI –`): inverted only after a quotation or a dash. */
export const PLURAL_TAG_VERBS = set(
  'confirm|specify|indicate|announce|explain|stress|underline|note|insist|warn|recall|declare|affirm|assure|report|inform|add|comment|observe|emphasise|emphasize|point|write|conclude|explain|argue|claim|admit|say|reply|retort|insist|continue|react|deplore|lament|regret|estimate|judge|consider|detail|clarify'
)

/** Titles that English writes before a name without an article (`King Felipe`, `President Macron`). */
export const TITLES = set(
  'king|queen|president|prime|premier|chancellor|minister|pope|prince|princess|mayor|senator|deputy|judge|governor|prefect|cardinal|bishop|archbishop|ayatollah|sheikh|emir|sultan|marshal|colonel|captain|commissioner|coach|patriarch|metropolitan|dr|doctor|professor|mr|mrs|ms|madame|monsieur|señor|signor|don|doña'
)

/** Press nouns that German `sagte X der Zeitung` (said X the newspaper: told it) ends on. */
export const PRESS_NOUNS = set('newspaper|newspapers|paper|daily|magazine|weekly|broadcaster|channel|station|agency|publication|portal|network|group|editorial|tabloid|radio|television|tv|show|programme|program')

/**
 * Verbs among them that also take a person or a thing as object (`hailed
 * the soldiers`, `warned the minister`): inverted only after a quotation or
 * with a complement before the subject, not after a mere comma, where
 * `The president, as head of state, hailed the soldiers` is English.
 */
export const OBJECT_VERBS = set(
  'hailed|hails|welcomed|welcomes|praised|praises|criticised|criticized|criticises|criticizes|defended|defends|supported|supports|warned|warns|reminded|reminds|informed|informs|assured|assures|dismissed|dismisses|valued|values|celebrated|celebrates|answered|answers|believed|believes|thought|thinks|felt|feels|worried|worries|launched|launches|advanced|advances|developed|develops|highlighted|highlights|lashed|lashes|pointed|points|revealed|reveals|reported|reports|promised|promises|predicted|predicts|justified|justifies|recognised|recognized|recognises|recognizes|admitted|admits|argued|argues|claimed|claims|maintained|maintains|testified|testifies|announced|announces|confirmed|confirms|denounced|denounces|tempered|tempers|nuanced|nuances|assessed|assesses|analysed|analyzed|analyses|analyzes|detailed|details|considered|considers|judged|judges|estimated|estimates|noted|notes|observed|observes|guaranteed|guarantees|ensured|ensures|summed|sums|slipped|slips|continued|continues'
)

/** Determiners and possessives that start a subject after an inverted verb. */
export const DETERMINERS = set('the|a|an|his|her|its|their|our|one|several|two|three|this|these|those|some|many')

/** Words a complement between the verb and its subject starts with: prepositions, time and manner. */
export const COMPLEMENT_STARTS = set(
  'on|in|at|to|for|during|from|via|with|by|before|after|this|last|next|early|late|yesterday|today|tonight|tomorrow|again|also|notably|still|already|then|later|earlier|finally|moreover|however|moreover|immediately|recently|once|live|here|there|afterwards|publicly|firmly|clearly|simply|quickly|immediately|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|,'
)

/** Words that end a subject or show the clause goes on as English (`said the company would`). */
export const CLAUSE_WORDS = set(
  'that|whether|if|how|what|why|when|where|who|which|to|would|will|is|was|has|had|have|are|were|can|could|should|must|may|might|did|does|do|not|be|been|being|and|but|or|than|as'
)

export const WEEKDAYS = set('monday|tuesday|wednesday|thursday|friday|saturday|sunday')
export const MONTHS = set('january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec')

/** Number words before a unit of time. */
export const NUMBER_WORDS = set('two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|many|a few|few')

/**
 * Countries, regions and cities that English names without an article
 * (`Germany`, not `the Germany`); those that take one (`the Netherlands`,
 * `the Philippines`, `the Congo`, `the Donbas`) are not listed, nor the
 * French departments named after rivers, which English writes with it as
 * the river (`the Somme`, `the Dordogne`, `the Var`).
 */
export const BARE_PLACES = set(
  'Germany|France|Italy|Spain|Portugal|Russia|Ukraine|Belarus|Poland|Hungary|Romania|Bulgaria|Greece|Turkey|Türkiye|Austria|Switzerland|Belgium|Sweden|Norway|Denmark|Finland|Ireland|Britain|England|Scotland|Wales|Iceland|Serbia|Croatia|Slovenia|Slovakia|Bosnia|Albania|Kosovo|Montenegro|Moldova|Georgia|Armenia|Azerbaijan|Lithuania|Latvia|Estonia|Cyprus|Malta|Luxembourg|Europe|Asia|Africa|China|Japan|Korea|India|Pakistan|Afghanistan|Iran|Iraq|Syria|Lebanon|Israel|Palestine|Jordan|Egypt|Libya|Tunisia|Algeria|Morocco|Mali|Niger|Nigeria|Senegal|Chad|Sudan|Ethiopia|Somalia|Kenya|Rwanda|Burundi|Cameroon|Gabon|Ghana|Guinea|Madagascar|Mozambique|Angola|Zimbabwe|Zambia|Brazil|Argentina|Chile|Peru|Colombia|Venezuela|Mexico|Cuba|Haiti|Bolivia|Ecuador|Uruguay|Paraguay|Canada|Australia|Kazakhstan|Uzbekistan|Kyrgyzstan|Tajikistan|Turkmenistan|Mongolia|Vietnam|Cambodia|Laos|Thailand|Indonesia|Malaysia|Singapore|Qatar|Kuwait|Bahrain|Oman|Yemen|Fiji|Samoa|Tonga|Quebec|Québec|Ontario|Catalonia|Andalusia|Galicia|Bavaria|Saxony|Brittany|Normandy|Corsica|Alsace|Lombardy|Sicily|Sardinia|Tuscany|Flanders|Wallonia|Crimea|Kherson|Zaporizhzhia|Kharkiv|Kharkov|Odessa|Odesa|Paris|London|Berlin|Rome|Madrid|Moscow|Kyiv|Kiev|Brussels|Vienna|Warsaw|Lisbon|Athens|Beijing|Tokyo|Marseille|Lyon|Milan|Naples|Barcelona|Munich|Hamburg|Montreal|Morbihan|Finistère|Finistere|Côtes-d’Armor|Ille-et-Vilaine|Loire-Atlantique|Calvados|Yvelines|Essonne|Val-d’Oise|Seine-Saint-Denis|Hauts-de-Seine|Val-de-Marne|Seine-et-Marne|Haute-Garonne|Haute-Savoie|Savoie|Puy-de-Dôme|Haute-Loire|Corrèze|Correze|Cantal|Lozère|Lozere|Réunion|Reunion|Martinique|Guadeloupe|Mayotte'
)

/**
 * Words that may follow a place name where the name ends its noun phrase
 * (`the Donbass is`, `the Morbihan and`): verbs, prepositions, conjunctions.
 * Any other word makes the name a modifier (`the Paris prosecutor`).
 */
export const AFTER_A_NAME = set(
  'and|or|but|nor|is|was|are|were|has|had|have|will|would|can|could|must|should|may|might|shall|in|on|at|to|into|with|by|for|from|since|after|before|during|as|also|still|again|itself|then|now|too|remains|remained|did|does|do|against|over|under|through|until|via|because|while|so|yet|alone|where|since|wants|want|said|says|announced|became|becomes|lost|won|beat|beats|face|faces|faced|remain|overnight|yesterday|today|tonight|tomorrow'
)

/** Party and group acronyms that English puts before the noun (`RN MPs`, not `the deputies RN`). */
export const PARTY_ACRONYMS = set(
  'RN|LFI|LR|PS|EELV|PCF|FN|UMP|LREM|LaREM|MoDem|Modem|UDI|NPA|Nupes|NUPES|PP|PSOE|Vox|ERC|PNV|PD|M5S|FdI|FI|CDU|CSU|SPD|FDP|AfD|BSW|ÖVP|FPÖ|SVP|PT|PSDB|PL|PSOL|MDB|MDB'
)

/** Nouns for members of a party or group, as MT leaves them before the acronym (`the deputies RN`). */
export const MEMBERS = set('deputies|deputy|mps|mp|senators|senator|mayor|mayors|elected|officials|official|voters|leader|leaders|candidate|candidates|activists|militants|ministers|minister|members|member|councillors|councilors|lawmakers|representatives|delegates|group|groups|list|lists|camp|sympathizers|sympathisers|executives|barons|spokesman|spokeswoman|president|chairman|chairwoman|secretary')

/** Events English names with the year first (`the 2023 World Cup`), as the last word of their name. */
export const EVENT_ENDINGS = set('Cup|Championship|Championships|Games|Olympics|Paralympics|Euro|Tour|Rally|Grand|Slam|Festival|Biennale|Expo|Exhibition|Show|Summit|Elections|Election|Marathon|Open|Classic|League')

/** Nouns for people and bodies that speak in news copy: the head of a subject after an inverted verb. */
export const SPEAKERS = set(
  'minister|ministry|ministers|president|presidency|premier|chancellor|mayor|prefect|prefecture|governor|spokesman|spokeswoman|spokesperson|source|sources|official|officials|police|gendarmerie|gendarmes|prosecutor|prosecution|judge|court|lawyer|lawyers|attorney|army|military|staff|command|commander|general|soldier|soldiers|officer|officers|government|executive|statement|release|communiqué|communique|report|note|letter|agency|institute|office|company|group|firm|club|federation|union|unions|association|organisation|organization|party|leader|leaders|head|chief|director|boss|ceo|chairman|chairwoman|manager|coach|player|captain|striker|goalkeeper|defender|expert|experts|analyst|analysts|economist|doctor|doctors|researcher|researchers|scientist|witness|witnesses|resident|residents|neighbour|neighbor|mother|father|wife|husband|ex-wife|ex-husband|son|daughter|brother|sister|friend|colleague|deputy|mp|senator|elected|councillor|councilor|candidate|activist|journalist|reporter|correspondent|editor|host|presenter|producer|producers|actor|actress|singer|author|writer|founder|owner|secretary|ambassador|embassy|diplomat|negotiator|envoy|observer|specialist|professor|teacher|student|victim|survivor|side|entourage|adviser|advisor|aide|aides|relative|family|inhabitant|farmer|worker|workers|employee|nurse|rescuer|rescuers|firefighter|firefighters|service|services|authorities|authority|administration|municipality|kremlin|pentagon|élysée|elysee|matignon|channel|newspaper|daily|site|outlet|publication|technician|selector|referee|rider|driver|athlete|champion|winner|runner-up|trainer|coordinator|representative|delegate|union|syndicate|operator|bank|institution|regulator|ministry’s|minister’s|president’s'
)

/** Prepositions: a determiner or name right after one belongs to a complement, not to the subject. */
export const PREPOSITIONS = set('on|in|at|to|for|from|via|with|by|of|during|before|after|into|through|about|under|over|near|behind|outside|inside|within|without|against|among|between|towards|toward|upon')
