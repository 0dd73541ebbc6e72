/**
 * Calques of German: constructions of German news copy (dpa, the regional
 * press, sports reports) carried over word for word, grouped by topic.
 * Entry syntax: see `entry.ts`.
 */
import type {CalqueEntry} from './entry.js'

/** Weekdays, for `in the night to Sunday`. */
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'

/** German parties, as MT leaves their names. */
const PARTIES = 'CDU|CSU|SPD|FDP|AfD|BSW|Greens|Left|Union|ÖVP|SPÖ|FPÖ|NEOS'

/** Ages a person `becomes` (`ist 78 geworden`). */
const AGES = Array.from({length: 91}, (_, index) => String(index + 18)).join('|')

/** The same ages ending a sentence: the tokenizer keeps the full stop with a number (`78.`). */
const AGES_AT_END = AGES.split('|').map((age) => age + '.').join('|')

/** Adjectives and short names of German federal states, before `Prime Minister` (Ministerpräsident). */
const STATE_ADJECTIVES = 'Bavarian|Saxon|Hessian|Thuringian|NRW|Brandenburg|Saarland|Bavaria|Saxony|Hesse|Thuringia'

/** German federal states whose head is a Ministerpräsident (the city states have mayors). */
const STATES = 'Bavaria|Saxony|Hesse|Thuringia|Brandenburg|Saarland|NRW|Bayern|Sachsen|Hessen|Thüringen'

/** Hosts whose names are the titles of German political talk shows (`bei Lanz`). */
const TALK_SHOW_HOSTS = 'Lanz|Miosga|Illner|Maischberger|Plasberg|Hayali|Klamroth'

export const german: readonly CalqueEntry[] = [
  {
    // only `Of:` opening a line with a capital: `From:` is an e-mail header
    phrases: ['[Of :] * *'],
    source: 'Von: Florian Naumann',
    expected: ['By'],
    confidence: 'high',
    note: 'German and Italian bylines open with `Von:`, `Di` (of); English writes `By`',
    invalid: 'Of: Anna Berger and Jonas Klein',
    valid: 'By Anna Berger and Jonas Klein. Made of: wood and glue.'
  },
  // ---------------------------------------------------------------------------
  // Politics
  // ---------------------------------------------------------------------------
  {
    phrases: [
      '[top candidate|candidates] of|for the (' + PARTIES + ')',
      '(' + PARTIES + ') [top candidate|candidates]',
      '[top candidate|candidates] in|for the state|regional|European|federal|Bundestag|Landtag election|elections',
      'runs|run|ran|running|stands|stand|stood|standing as the [top candidate] !for'
    ],
    source: 'der Spitzenkandidat',
    expected: ['lead candidate'],
    confidence: 'high',
    note: 'German `Spitzenkandidat` heads a party’s list; English says `lead candidate`',
    invalid: 'Friedrich Merz is the top candidate of the CDU in the federal election.',
    valid: 'She was a top candidate for the job, and the CDU’s lead candidate praised her.'
  },
  {
    phrases: ['[strongest force] in|after the Bundestag|Landtag|parliament|state|election|vote|polls|regional|federal|European', '[second-strongest|third-strongest force]', '[second|third strongest force]', 'became|become|becomes|remained|remains [the strongest force] !in'],
    source: 'stärkste Kraft',
    expected: ['largest party'],
    confidence: 'high',
    note: 'German `stärkste Kraft` is the party with the most votes; English says `the largest party` or `came first`',
    invalid: 'The AfD became the strongest force in the state election in Thuringia.',
    valid: 'The AfD became the largest party in the state election; the navy is the strongest force in the region.'
  },
  {
    phrases: ['[coalition break] ,|.|;|and|in|over|came|was|is|would|could|after|before|of', 'the|a|after|before [coalition breach]'],
    source: 'der Koalitionsbruch',
    expected: ['collapse of the coalition'],
    confidence: 'high',
    note: 'German `Koalitionsbruch` is the collapse of a coalition; English says `the coalition’s collapse`',
    invalid: 'After the coalition break in November, new elections were called.',
    valid: 'After the coalition collapsed in November, new elections were called; the coffee break was short.'
  },
  {
    phrases: ['the fronts have|had|are|were hardened', 'the fronts hardened'],
    source: 'die Fronten haben sich verhärtet',
    expected: ['positions have hardened'],
    confidence: 'high',
    note: 'German `die Fronten verhärten sich` (the fronts harden) means the two sides’ positions harden; English says `positions have hardened`',
    invalid: 'In the budget dispute, the fronts have hardened.',
    valid: 'In the budget dispute, positions have hardened on both fronts.'
  },
  {
    // the article is in the span, so that the fix writes `an admission`
    phrases: ['[a certificate|testimony of poverty]', '[a poverty certificate]', '[a sign of poverty] for|of the government|coalition|minister|ministry|chancellor|party|club|board', 'disgrace|shame|embarrassment|scandal|failure and [a sign of poverty]'],
    source: 'ein Armutszeugnis',
    expected: ['an admission of failure'],
    confidence: 'high',
    note: 'German `Armutszeugnis` (certificate of poverty) means a damning admission of failure; English says `an admission of failure`',
    invalid: 'The opposition called the budget a certificate of poverty for the coalition.',
    valid: 'The opposition called the budget an admission of failure; malnutrition is a sign of poverty.'
  },
  {
    phrases: ['stirrup holder|holders', 'stirrup-holder|stirrup-holders'],
    source: 'der Steigbügelhalter',
    expected: ['enabler'],
    confidence: 'high',
    note: 'German `Steigbügelhalter` (stirrup holder) is someone who helps another to power; English says `enabler` or `kingmaker`',
    invalid: 'Critics called him the stirrup holder of the far right.',
    valid: 'Critics called him the enabler of the far right; the stirrup was broken.'
  },
  {
    phrases: ['[country chairman|chairwoman|chairmen|chief|leadership] of the (' + PARTIES + ')', '(' + PARTIES + ') [country chairman|chairwoman|chief|leadership]'],
    source: 'der Landesvorsitzende',
    expected: ['state party leader'],
    confidence: 'high',
    note: 'German `Landesvorsitzender` leads a party in one federal state (`Land`, mistaken for country); English says `state party leader`',
    invalid: 'The SPD country chairman resigned after the defeat.',
    valid: 'The SPD state party leader resigned after the defeat; the country chairman of the bank stayed.'
  },
  {
    phrases: ['the federal government and the countries', 'federal government and countries', 'the federation and the countries', 'the federal and country governments'],
    source: 'Bund und Länder',
    expected: ['the federal and state governments'],
    confidence: 'high',
    note: 'German `Länder` are the federal states, not countries; `Bund und Länder` is the federal and state governments',
    invalid: 'The federal government and the countries agreed on new rules.',
    valid: 'The federal and state governments agreed on new rules with other countries.'
  },
  {
    phrases: ['[party|coalition|negotiation|negotiating|faction|ministry|government|union|parliamentary] circles said|say|says|reported|report|indicated', 'according to [party|coalition|negotiation|negotiating|faction|ministry|parliamentary circles]', 'from|in [coalition|negotiation|negotiating|faction|ministry circles]', 'it is said in [party|coalition|government circles]', 'says|said [party|coalition|government circles] .|,|;'],
    source: 'heißt es in Parteikreisen',
    expected: ['party sources'],
    confidence: 'high',
    note: 'German `Kreise` (circles) are a story’s unnamed sources; English says `party sources`, `coalition sources`',
    invalid: 'The deal is almost done, according to coalition circles.',
    valid: 'The deal is almost done, coalition sources said; the team ran in circles.'
  },
  {
    phrases: ['it is called|stated in the|a statement|paper|letter|report|resolution|draft|decision|communique|communiqué'],
    source: 'heißt es in der Erklärung',
    advice: 'write `the statement says`',
    confidence: 'high',
    note: 'German `heißt es in` (it is called in) introduces a quotation from a document; English says `the statement says`',
    invalid: 'The talks were constructive, it is called in the statement.',
    valid: 'The talks were constructive, the statement says; it is called the Basic Law.'
  },
  {
    phrases: ['according to own statements|information|details|indications', 'according to its|their|his|her own statements|indications'],
    source: 'nach eigenen Angaben',
    expected: ['by its own account'],
    confidence: 'high',
    note: 'German `nach eigenen Angaben` (according to own statements) means by the speaker’s own account; English says `by its own account` or `it said`',
    invalid: 'The company, according to own statements, employs 4,000 people.',
    valid: 'The company, by its own account, employs 4,000 people according to its statements to investors.'
  },
  {
    phrases: ['according to information of|from the newspaper|broadcaster|magazine|daily', 'according to information of'],
    source: 'nach Informationen der Zeitung',
    advice: 'write `the newspaper reported`',
    confidence: 'high',
    note: 'German `nach Informationen von` introduces a scoop; English says `the newspaper reported`',
    invalid: 'According to information of the Spiegel, the minister will resign.',
    valid: 'The minister will resign, Der Spiegel reported, citing information from officials.'
  },
  {
    phrases: ['he|she|Scholz|Merz|Habeck|Lindner|Söder|Baerbock [said] the newspapers|newspaper|broadcaster|magazine|station|daily|weekly|paper|agency|portal|network of|in', 'he|she|had [said] the “|" Bild|Spiegel|Zeit|Stern|Welt|Süddeutsche|Frankfurter|Tagesspiegel|Handelsblatt|Focus'],
    source: 'sagte er der Zeitung',
    expected: ['told'],
    confidence: 'low',
    note: 'German `sagte er der Zeitung` (dative: to the newspaper) is rendered `said the newspaper`; English says `he told the newspaper`',
    invalid: 'He said the newspapers of the Funke media group that he would run again.',
    valid: 'He told the newspapers of the Funke media group that he would run again.'
  },
  {
    phrases: ['[warned|warns|warn|warning in front of] dangers|danger|risks|risk|consequences|too|any|further|new|rising|excessive|alarmism|panic|escalation|hasty|premature|overreaction|extremism|violence|attacks|scams|fraud'],
    source: 'warnte vor',
    expected: ['warned against', 'warned of'],
    confidence: 'high',
    note: 'German `warnen vor` (warn before) means to warn against or of something; English never says `warn in front of`',
    invalid: 'The minister warned in front of alarmism over the figures.',
    valid: 'The minister warned against alarmism; she stood in front of the cameras and warned reporters.'
  },
  {
    phrases: [
      '[gave|give|gives|given their|his|her voice to] the|a (' + PARTIES + ')',
      '[gave|give|gives|given their|his|her voice to] the party|candidate|list',
      // voters are the giver: the vote, whatever party follows
      'voters|electors|electorate|voter [gave|give|given their|his|her voice to]',
      'voters|electors|electorate|voter have|had|has [given their|his|her voice to]'
    ],
    source: 'ihre Stimme gegeben',
    expected: ['voted for'],
    confidence: 'high',
    note: 'German `Stimme` is both a voice and a vote; `seine Stimme geben` is to vote for',
    invalid: 'Many young voters gave their voice to the AfD.',
    valid: 'Many young voters voted for the AfD; the singer gave her voice to the song.'
  },
  {
    phrases: ['[second vote|votes] result|results|share', '[first vote|votes] and second vote|votes'],
    source: 'die Zweitstimme',
    expected: ['party-list vote'],
    confidence: 'low',
    note: 'German `Zweitstimme` (second vote) is the party-list vote of the Bundestag ballot; English says `party-list vote`',
    invalid: 'The party’s second vote result fell to eight percent.',
    valid: 'The party’s share of the list vote fell to eight percent; a second vote on the bill was held.'
  },
  {
    phrases: ['vaccination obligation|obligations', 'mask obligation|obligations', 'mask duty', 'vaccination duty', 'test obligation'],
    source: 'die Impfpflicht, die Maskenpflicht',
    expected: ['mandate'],
    confidence: 'high',
    note: 'German `-pflicht` (duty) in `Impfpflicht`, `Maskenpflicht` is a legal requirement; English says `vaccine mandate`, `mask mandate`',
    invalid: 'The mask obligation on trains ends in February.',
    valid: 'The mask mandate on trains ends in February; the obligation to report stays.'
  },
  {
    phrases: ['[work|works|worked|working in home office]'],
    source: 'im Homeoffice arbeiten',
    expected: ['work from home'],
    confidence: 'high',
    note: 'German `Homeoffice` means working from home; in English the Home Office is the UK interior ministry',
    invalid: 'Most staff work in home office until March.',
    valid: 'Most staff work from home until March; a clerk worked in the Home Office.'
  },
  {
    phrases: ['[the corona crisis|pandemic|period|time|era|rules|measures|restrictions|vaccination|aid|aids|test|tests]', '[corona crisis|pandemic|rules|measures|restrictions|aid|aids]'],
    source: 'die Corona-Krise',
    expected: ['the coronavirus pandemic'],
    confidence: 'low',
    note: 'German `Corona` names the coronavirus and its pandemic (`Corona-Krise`, `Corona-Regeln`); English says `the coronavirus pandemic`, `Covid rules`',
    invalid: 'Many shops closed during the corona crisis.',
    valid: 'Many shops closed during the coronavirus pandemic; the Corona beer brand held up.'
  },
  {
    phrases: ['hamster purchases|purchase|buying|buys', 'hamster-buying|hamster-purchases'],
    source: 'Hamsterkäufe',
    expected: ['panic buying'],
    confidence: 'high',
    note: 'German `Hamsterkäufe` (hamster purchases) is panic buying',
    invalid: 'Hamster purchases emptied the shelves of pasta.',
    valid: 'Panic buying emptied the shelves of pasta and hamster food.'
  },
  {
    phrases: ['citizen’s|citizen\'s money', 'citizenship benefit|benefits|money'],
    source: 'das Bürgergeld',
    expected: ['citizen’s income'],
    confidence: 'high',
    note: 'German `Bürgergeld` is the basic welfare benefit; English copy says `citizen’s income` (or `basic income support`), not money or citizenship',
    invalid: 'Almost four million people receive citizen’s money.',
    valid: 'Almost four million people receive the citizen’s income; citizens’ groups raised money.'
  },
  {
    phrases: ['tank discount|discounts|rebate'],
    source: 'der Tankrabatt',
    expected: ['fuel discount'],
    confidence: 'high',
    note: 'German `Tankrabatt` (tank discount) was a cut in fuel tax; English says `fuel discount` or `fuel tax cut`',
    invalid: 'The tank discount ended in August.',
    valid: 'The fuel tax cut ended in August; the tank was discounted.'
  },
  {
    phrases: ['[special assets] for|of the Bundeswehr|armed|army|military|defence|defense|infrastructure|climate', '[special assets] of|worth * billion', '[special asset|assets] Bundeswehr'],
    source: 'das Sondervermögen',
    expected: ['special fund'],
    confidence: 'high',
    note: 'German `Sondervermögen` (special assets) is an off-budget fund; English says `special fund`',
    invalid: 'The special assets for the Bundeswehr are worth 100 billion euros.',
    valid: 'The special fund for the Bundeswehr is worth 100 billion euros; the bank sold its special assets.'
  },
  {
    phrases: ['[incitement of|to the people] ,|.|;|and|charges|charge|case|trial|investigation', 'charged|convicted|accused|suspicion of [incitement of the people]'],
    source: 'Volksverhetzung',
    expected: ['incitement to hatred'],
    confidence: 'high',
    note: 'German `Volksverhetzung` (incitement of the people) is the offence of incitement to hatred',
    invalid: 'He was convicted of incitement of the people for the posts.',
    valid: 'He was convicted of incitement to hatred; the people of the town protested.'
  },
  {
    phrases: ['investigation|examination|investigative custody'],
    source: 'die Untersuchungshaft',
    expected: ['pre-trial detention'],
    confidence: 'high',
    note: 'German `Untersuchungshaft` (examination custody) is pre-trial detention, `on remand`',
    invalid: 'The suspect is in investigation custody.',
    valid: 'The suspect is in pre-trial detention while the investigation goes on.'
  },
  {
    phrases: ['prison|jail sentence|sentences|term|terms on probation', '[suspended on probation]', 'prison|jail sentence|term [with probation]'],
    source: 'eine Haftstrafe auf Bewährung',
    expected: ['suspended sentence'],
    confidence: 'high',
    note: 'German `Haftstrafe auf Bewährung` (prison sentence on probation) is a suspended sentence',
    invalid: 'The court handed him a prison sentence on probation.',
    valid: 'The court handed him a suspended sentence and two years on probation.'
  },
  {
    phrases: ['[police presidium|praesidium] ,|.|of|in|said|says|announced|reported|has|had|is|was'],
    source: 'das Polizeipräsidium',
    expected: ['police headquarters'],
    confidence: 'high',
    note: 'German `Polizeipräsidium` is a regional police headquarters; English says `police headquarters` or `the police`',
    invalid: 'The police presidium of Munich said two men were arrested.',
    valid: 'Munich police headquarters said two men were arrested; the presidium of the party met.'
  },
  {
    phrases: ['caused|cause|causes|causing|suffered|estimated [a damage of]', 'a|an property [damage of]'],
    source: 'ein Schaden von',
    advice: 'write `damage estimated at` or `caused … of damage`',
    confidence: 'high',
    note: 'German `ein Schaden von` counts damage as one thing; English `damage` takes no article: `damage of 50,000 euros`',
    invalid: 'The fire caused a damage of 50,000 euros.',
    valid: 'The fire caused damage of 50,000 euros; the damage was covered.'
  },
  {
    phrases: ['in|on|during the night to (' + WEEKDAYS + ')'],
    source: 'in der Nacht zu Sonntag',
    expected: ['overnight into $1'],
    confidence: 'high',
    note: 'German `in der Nacht zu Sonntag` (in the night to Sunday) is the night before Sunday; English says `overnight into Sunday` or `on Saturday night`',
    invalid: 'Unknown people set fire to two cars in the night to Sunday.',
    valid: 'Unknown people set fire to two cars on Saturday night; the night to remember was Sunday.'
  },
  {
    phrases: ['[since years|decades] !ago|of|and|when|before|after|earlier|later|past|prior|gone|back|to|in', 'already since years|decades|months|weeks'],
    source: 'seit Jahren',
    expected: ['for years'],
    confidence: 'high',
    note: 'German `seit Jahren` (since years) with a present tense means for years; English says `has … for years`',
    invalid: 'The bridge is closed since years.',
    valid: 'The bridge has been closed for years, since years of neglect weakened it.'
  },
  {
    phrases: ['plus degrees', 'minus degrees'],
    source: 'Plusgrade, Minusgrade',
    advice: 'write `above freezing` or `below freezing`, or give the temperature',
    confidence: 'high',
    note: 'German `Plusgrade`, `Minusgrade` are temperatures above or below freezing; English says `above freezing`, `below zero`',
    invalid: 'Temperatures fall to minus degrees at night.',
    valid: 'Temperatures fall below freezing at night, minus five degrees in places.'
  },
  {
    phrases: ['[the leading index] DAX|Dax|MDax|MDAX|ATX|SMI|TecDax|SDax', '[leading index] DAX|Dax|MDax|MDAX|ATX|SMI'],
    source: 'der Leitindex Dax',
    expected: ['the benchmark'],
    confidence: 'high',
    note: 'German `Leitindex` (leading index) is a market’s benchmark index; English says `the benchmark DAX`',
    invalid: 'The leading index DAX closed one percent higher.',
    valid: 'The benchmark DAX closed one percent higher; the leading index of economic indicators fell.'
  },
  {
    phrases: ['[billions-heavy|billion-heavy|millions-heavy|million-heavy|billion-heavy]', '[billions heavy] package|programme|program|plan|deal|investment|aid|loan'],
    source: 'milliardenschwer',
    expected: ['multibillion-euro'],
    confidence: 'high',
    note: 'German `milliardenschwer` (billions-heavy) means worth billions; English says `multibillion-euro`',
    invalid: 'The government agreed a billions-heavy aid package.',
    valid: 'The government agreed a multibillion-euro aid package; the heavy trucks cost billions.'
  },
  {
    phrases: ['[the intensive station|stations|capacities]', '[intensive station|stations|capacities] !of'],
    source: 'die Intensivstation, Intensivkapazitäten',
    expected: ['intensive care'],
    confidence: 'high',
    note: 'German `Intensiv-` compounds (`Intensivstation`, `Intensivkapazitäten`) are intensive care; English says `intensive care unit`, `intensive care capacity`',
    invalid: 'The intensive stations in Bavaria are full.',
    valid: 'The intensive care units in Bavaria are full after intensive training.'
  },
  {
    phrases: ['[a|an refugee|asylum|emergency|initial accommodation] in|for|near|at|on|was|is|has|had|where|with|,|.|?|!|;', 'refugee|asylum accommodations'],
    source: 'eine Flüchtlingsunterkunft',
    expected: ['a refugee shelter'],
    confidence: 'high',
    note: 'German `Unterkunft` is countable (a shelter); English `accommodation` is not: `a refugee shelter`',
    invalid: 'Unknown people set fire to a refugee accommodation in Saxony.',
    valid: 'Unknown people set fire to a refugee shelter; the town found accommodation for refugees.'
  },
  {
    phrases: ['[has|had become (' + AGES + ')] .|,|;|last|this|on|in|at', 'he|she [became (' + AGES + ')] .|,|;|last|this|on|in|at', '[has|had become (' + AGES_AT_END + ')]', 'has|had recently|just [become (' + AGES + ')] .|,|;|last|this|on|in|at', 'has|had recently|just [become (' + AGES_AT_END + ')]'],
    source: 'ist 78 geworden',
    expected: ['turned $1'],
    confidence: 'high',
    note: 'German `ist 78 geworden` (has become 78) is a birthday; English says `turned 78`',
    invalid: 'The former chancellor has become 78 this week.',
    valid: 'The former chancellor turned 78 this week and has become a grandfather.'
  },
  {
    phrases: ['the Bundestag election|elections'],
    source: 'die Bundestagswahl',
    expected: ['the federal election'],
    confidence: 'low',
    note: 'German `Bundestagswahl` (Bundestag election) is the federal election; English news says `the federal election`',
    invalid: 'The Bundestag election takes place in February.',
    valid: 'The federal election takes place in February; the Bundestag voted on Friday.'
  },
  {
    phrases: ['[social court] ruled|ruling|of|in', '[administrative court] of (Berlin|Munich|Cologne|Hamburg|Frankfurt|Stuttgart|Leipzig|Dresden)'],
    source: 'das Verwaltungsgericht Berlin',
    advice: 'write `the Berlin administrative court`',
    confidence: 'low',
    note: 'German courts are named after their seat (`Verwaltungsgericht Berlin`); English puts the city first: `the Berlin administrative court`',
    invalid: 'The administrative court of Berlin overturned the ban.',
    valid: 'The Berlin administrative court overturned the ban.'
  },
  // ---------------------------------------------------------------------------
  // Sport
  // ---------------------------------------------------------------------------
  {
    phrases: ['[table last|bottom|second|third|fourth|fifth|sixth] !of|tennis|games|tables|and|or', 'the [table last|second|third]'],
    source: 'Tabellenletzter, Tabellenzweiter',
    advice: 'write `bottom club`, `second-placed`',
    confidence: 'high',
    note: 'German `Tabellenletzter` (table last), `Tabellenzweiter` (table second) are the bottom club and the second-placed club',
    invalid: 'Bayern beat the table last 3-0 on Saturday.',
    valid: 'Bayern beat the bottom club 3-0 on Saturday; the table leg was broken.'
  },
  {
    phrases: ['[the voices on|to the] match|game|matchday|derby|defeat|victory|win|draw|final|semi-final|semifinal|game', '[the voices] after the match|game|final|derby', '[voices on|to the] match|game|matchday'],
    source: 'die Stimmen zum Spiel',
    expected: ['reactions'],
    confidence: 'high',
    note: 'German `die Stimmen zum Spiel` (the voices to the match) are the post-match reactions; English says `reaction`',
    invalid: 'Here are the voices on the match between Dortmund and Leipzig.',
    valid: 'Here is the reaction to the match between Dortmund and Leipzig; voices were raised on the terraces.'
  },
  {
    phrases: ['the DFB-Elf|DFB-team', 'the DFB eleven|team', 'DFB [selection]'],
    source: 'die DFB-Elf',
    expected: ['Germany'],
    confidence: 'high',
    note: 'German `die DFB-Elf` names the national team after its federation; English says `Germany`',
    invalid: 'The DFB eleven lost to Spain in the quarter-final.',
    valid: 'Germany lost to Spain in the quarter-final; the DFB fined the club.'
  },
  {
    phrases: ['the federal coach|trainer', 'national trainer', 'federal coach|trainer Julian|Hansi|Joachim'],
    source: 'der Bundestrainer',
    expected: ['the Germany coach'],
    confidence: 'high',
    note: 'German `Bundestrainer` (federal coach) is the national team coach; English says `the Germany coach`',
    invalid: 'The federal coach named three new players.',
    valid: 'The Germany coach named three new players to the national team.'
  },
  {
    phrases: ['[head trainer|trainers] of|at Bayern|Dortmund|Leipzig|Leverkusen|Schalke|Stuttgart|Frankfurt|Wolfsburg|the club', 'the|new|former [head trainer] !of'],
    source: 'der Cheftrainer',
    expected: ['head coach'],
    confidence: 'low',
    note: 'German `Trainer`, `Cheftrainer` is a football coach; English says `head coach` or `manager`',
    invalid: 'The new head trainer wants more pressing.',
    valid: 'The new head coach wants more pressing from his fitness trainer’s players.'
  },
  {
    phrases: ['eleven-metre|eleven-meter|11-metre|11-meter|eleven-metres|eleven-meters', 'eleven metre|meter penalty|shot|kick'],
    source: 'der Elfmeter',
    expected: ['penalty'],
    confidence: 'high',
    note: 'German `Elfmeter` (eleven-metre) is a penalty kick',
    invalid: 'He missed an eleven-metre in the last minute.',
    valid: 'He missed a penalty in the last minute, eleven metres from goal.'
  },
  {
    phrases: ['goal hunter|hunters', '[goal getter|getters] !.'],
    source: 'der Torjäger',
    expected: ['striker'],
    confidence: 'low',
    note: 'German `Torjäger` (goal hunter) is a prolific striker; English says `striker`, `goalscorer`',
    invalid: 'The goal hunter scored twice against Mainz.',
    valid: 'The striker scored twice against Mainz; hunters shot three deer.'
  },
  {
    phrases: ['the record champion|champions Bayern|FC', '[the record champion|champions] from Munich', 'German [record champion|champions]'],
    source: 'der Rekordmeister',
    expected: ['Bayern'],
    confidence: 'low',
    note: 'German `der Rekordmeister` (the record champion) is Bayern Munich’s press name; English names the club',
    invalid: 'The record champion from Munich lost in Bochum.',
    valid: 'Bayern, champions a record number of times, lost in Bochum.'
  },
  {
    phrases: ['[the people of Munich|Dortmund|Leverkusen|Gelsenkirchen] won|lost|beat|drew|scored|conceded|led|trailed|play|played|face|faced|host|hosted|travel|travelled|traveled|firmly|flatly|denied|sacked|signed'],
    source: 'die Münchner, die Dortmunder',
    advice: 'name the club (`Bayern`, `Dortmund`)',
    confidence: 'low',
    note: 'German sports copy names a club after its city’s people (`die Münchner`); English names the club',
    invalid: 'The people of Munich lost 2-1 in Leverkusen.',
    valid: 'Bayern lost 2-1 in Leverkusen; the people of Munich voted on the stadium.'
  },
  {
    phrases: ['[German master|masters] Bayern|Dortmund|Leverkusen|Wolfsburg', 'the [German master|masters] from'],
    source: 'der deutsche Meister',
    expected: ['German champions'],
    confidence: 'high',
    note: 'German `Meister` is a champion as well as a master craftsman; English says `German champions`',
    invalid: 'German master Leverkusen drew in Bremen.',
    valid: 'German champions Leverkusen drew in Bremen; a master baker opened a shop.'
  },
  {
    phrases: ['[showed|show|shows|showing himself|herself|themselves|itself|yourself] satisfied|pleased|disappointed|confident|optimistic|relieved|surprised|shocked|concerned|irritated|convinced|unimpressed|impressed|happy|angry|upset|dissatisfied|sceptical|skeptical|conciliatory|combative|self-critical|self-confident|annoyed|outraged|dismayed|moved|grateful|thankful'],
    source: 'zeigte sich zufrieden',
    advice: 'write `was pleased`, `said he was satisfied`',
    confidence: 'high',
    note: 'German `sich zufrieden zeigen` (show oneself satisfied) reports a reaction; English says `was pleased`, `said she was satisfied`',
    invalid: 'The coach showed himself satisfied with the draw.',
    valid: 'The coach was satisfied with the draw and showed himself to be a good loser.'
  },
  {
    phrases: ['by|from [the protection of the constitution] !of', '[the protection of the constitution] classified|classifies|monitors|monitored|observes|observed|watches|watched|considers|considered|lists|listed|warned|warns'],
    source: 'der Verfassungsschutz',
    expected: ['the domestic intelligence service'],
    confidence: 'high',
    note: 'German `Verfassungsschutz` (protection of the constitution) is the domestic intelligence service; English says `domestic intelligence`, or its full name, the Office for the Protection of the Constitution',
    invalid: 'The party is monitored by the protection of the constitution.',
    valid: 'The party is monitored by the domestic intelligence service, the Office for the Protection of the Constitution.'
  },
  {
    phrases: ['self-runner|self-runners|selfrunner'],
    source: 'kein Selbstläufer',
    expected: ['foregone conclusion'],
    confidence: 'high',
    note: 'German `Selbstläufer` (self-runner) is something that succeeds on its own; `kein Selbstläufer` is not a foregone conclusion',
    invalid: 'The re-election is not a self-runner.',
    valid: 'The re-election is not a foregone conclusion for the runner.'
  },
  {
    phrases: ['climate sticker|stickers|gluer|gluers|glue-ers'],
    source: 'die Klimakleber',
    expected: ['climate activists who glue themselves to roads'],
    confidence: 'high',
    note: 'German `Klimakleber` (climate gluers) are activists who glue themselves to roads; English says so',
    invalid: 'The climate stickers blocked the motorway again.',
    valid: 'Climate activists blocked the motorway again, handing out stickers.'
  },
  {
    phrases: ['adjustment meeting|session|sessions|meetings'],
    source: 'die Bereinigungssitzung',
    expected: ['final budget committee session'],
    confidence: 'high',
    note: 'German `Bereinigungssitzung` (adjustment meeting) is the budget committee’s final session on the budget',
    invalid: 'The budget committee’s adjustment meeting lasted until dawn.',
    valid: 'The budget committee’s final session lasted until dawn after a small adjustment.'
  },
  {
    phrases: ['[go|goes|went|going out from it|this] that|,'],
    source: 'gehen davon aus, dass',
    expected: ['assume'],
    confidence: 'high',
    note: 'German `davon ausgehen` (go out from it) means to assume; English says `police assume that`',
    invalid: 'Investigators go out from it that the fire was set deliberately.',
    valid: 'Investigators assume that the fire was set deliberately; they went out from the building.'
  },
  {
    phrases: ['[on the edge of the] meeting|conference|congress|talks|G20|G7|visit|session|summit|negotiations', '[on the edge of the] NATO|EU|UN|OSCE|European|party|climate|peace|coalition|cabinet|Bundestag|Security meeting|summit|conference|congress|talks|session|Council', '[on the edges of the] meeting|conference|congress|talks|G20|G7|visit|session|summit'],
    source: 'am Rande des Gipfels',
    expected: ['on the sidelines of the'],
    confidence: 'high',
    note: 'German `am Rande` (at the edge) of a meeting is on its sidelines; English says `on the sidelines of the summit`',
    invalid: 'The two ministers met on the edge of the NATO meeting.',
    valid: 'The two ministers met on the sidelines of the NATO meeting, on the edge of town.'
  },
  {
    phrases: ['fled|escaped|flee|flees|escapes unrecognized|unrecognised|unrecognizably|unrecognisably'],
    source: 'flüchtete unerkannt',
    expected: ['unidentified'],
    confidence: 'high',
    note: 'German `unerkannt` (unrecognised) said of a fleeing offender means unidentified; English says `escaped unidentified`',
    invalid: 'The robber fled unrecognized with the cash.',
    valid: 'The robber escaped unidentified with the cash; his voice was unrecognised.'
  },
  {
    phrases: ['[a|his|her double pack] against|for|in|to|from|,|.|secured|sealed|gave|helped|decided|made', '[double pack] by|from (Kane|Musiala|Wirtz|Füllkrug|Havertz|Sané)'],
    source: 'der Doppelpack',
    expected: ['a brace'],
    confidence: 'high',
    note: 'German `Doppelpack` (double pack) is two goals by one player; English says `a brace`',
    invalid: 'Kane scored a double pack against Mainz.',
    valid: 'Kane scored a brace against Mainz; the shop sold a double pack of batteries.'
  },
  {
    phrases: ['hit|hits|struck|strikes|found|finds|only [the aluminium|aluminum]'],
    source: 'nur das Aluminium getroffen',
    expected: ['the woodwork'],
    confidence: 'high',
    note: 'German sports copy calls the goalposts and crossbar `das Aluminium`; English says `the woodwork`',
    invalid: 'Musiala only hit the aluminium in the first half.',
    valid: 'Musiala only hit the woodwork in the first half; the factory recycles aluminium.'
  },
  {
    phrases: ['[parliamentary manager|managers]', '[first parliamentary managing director]'],
    source: 'der Parlamentarische Geschäftsführer',
    expected: ['chief whip'],
    confidence: 'high',
    note: 'German `Parlamentarischer Geschäftsführer` (parliamentary manager) is a party’s chief whip in the Bundestag',
    invalid: 'The parliamentary manager of the Greens criticised the timetable.',
    valid: 'The Greens’ chief whip criticised the timetable set by the managers.'
  },
  {
    phrases: ['chancellor’s|chancellor\'s|Chancellor’s|Chancellor\'s word of power', '[spoke|speak|speaks|speaking|issued|issue|issues a word of power]'],
    source: 'ein Machtwort sprechen',
    advice: 'write `put his foot down`',
    confidence: 'high',
    note: 'German `ein Machtwort sprechen` (speak a word of power) is to put one’s foot down',
    invalid: 'Scholz finally spoke a word of power in the heating dispute.',
    valid: 'Scholz finally put his foot down in the heating dispute.'
  },
  {
    phrases: ['[the price increase rate]', '[price increase rate] rose|fell|stood|was|is|climbed|dropped'],
    source: 'die Teuerungsrate',
    expected: ['the inflation rate'],
    confidence: 'high',
    note: 'German `Teuerungsrate` (price increase rate) is the inflation rate',
    invalid: 'The price increase rate fell to 2.2 percent in May.',
    valid: 'The inflation rate fell to 2.2 percent in May after a price increase.'
  },
  {
    phrases: ['yellow of the egg'],
    source: 'nicht das Gelbe vom Ei',
    advice: 'write `not ideal`',
    confidence: 'high',
    note: 'German `das Gelbe vom Ei` (the yellow of the egg) is the ideal; `nicht das Gelbe vom Ei` means not ideal',
    invalid: 'The compromise is not the yellow of the egg.',
    valid: 'The compromise is not ideal, and the yolk of the egg was runny.'
  },
  {
    phrases: ['tomatoes on the|his|her|their|your|my eyes'],
    source: 'Tomaten auf den Augen haben',
    advice: 'write `be blind to it`',
    confidence: 'high',
    note: 'German `Tomaten auf den Augen haben` (have tomatoes on the eyes) is to miss the obvious',
    invalid: 'The referee must have had tomatoes on his eyes.',
    valid: 'The referee must have been blind; there were tomatoes on the plate.'
  },
  {
    phrases: ['understand|understood|understands only train station', 'only train station'],
    source: 'ich verstehe nur Bahnhof',
    advice: 'write `it is all Greek to them`',
    confidence: 'high',
    note: 'German `ich verstehe nur Bahnhof` (I understand only train station) means it is all Greek to me',
    invalid: 'On the new tax rules, most voters understand only train station.',
    valid: 'On the new tax rules, most voters are lost; only the train station was open.'
  },
  {
    phrases: ['everything in butter', 'everything is in butter', 'all in butter'],
    source: 'alles in Butter',
    expected: ['all is well'],
    confidence: 'high',
    note: 'German `alles in Butter` (everything in butter) means all is well',
    invalid: 'After the talks, everything is in butter again.',
    valid: 'After the talks, all is well again, and everything is cooked in butter.'
  },
  {
    phrases: ['[is|was all sausage] to', 'is|was sausage to me|him|her|us|them'],
    source: 'das ist mir Wurst',
    advice: 'write `I couldn’t care less`',
    confidence: 'high',
    note: 'German `das ist mir Wurst` (that is sausage to me) means I could not care less',
    invalid: 'Who wins the election is sausage to me.',
    valid: 'I could not care less who wins the election; the sausage was cold.'
  },
  {
    phrases: ['rifle|gun into the grain|corn', 'throw|throws|threw|throwing the shotgun into the grain|corn'],
    source: 'die Flinte ins Korn werfen',
    advice: 'write `throw in the towel`',
    confidence: 'high',
    note: 'German `die Flinte ins Korn werfen` (throw the rifle into the grain) is to give up, throw in the towel',
    invalid: 'The coach is not throwing the rifle into the grain yet.',
    valid: 'The coach is not throwing in the towel yet; the farmer stored grain.'
  },
  {
    phrases: ['pour|pours|poured|pouring oil into|in the fire'],
    source: 'Öl ins Feuer gießen',
    expected: ['added fuel to the fire'],
    confidence: 'high',
    note: 'German `Öl ins Feuer gießen` (pour oil into the fire) is English `add fuel to the fire`',
    invalid: 'The minister’s remarks poured oil into the fire.',
    valid: 'The minister’s remarks added fuel to the fire; they poured oil into the pan.'
  },
  {
    phrases: ['on|onto|to the long bench'],
    source: 'auf die lange Bank schieben',
    expected: ['on the back burner'],
    confidence: 'high',
    note: 'German `auf die lange Bank schieben` (push onto the long bench) is to put off, shelve',
    invalid: 'The reform has been pushed onto the long bench again.',
    valid: 'The reform has been shelved again; they sat on a long bench.'
  },
  {
    phrases: ['the shot went|goes|go backwards|backward'],
    source: 'der Schuss ging nach hinten los',
    expected: ['the plan backfired'],
    confidence: 'high',
    note: 'German `der Schuss ging nach hinten los` (the shot went off backwards) means it backfired',
    invalid: 'For the party, the shot went backwards.',
    valid: 'For the party, the plan backfired; the shot went wide.'
  },
  {
    phrases: ['[thorn in the eye|eyes] of|for|to'],
    source: 'ein Dorn im Auge',
    expected: ['thorn in the side'],
    confidence: 'high',
    note: 'German `ein Dorn im Auge` (a thorn in the eye) is English `a thorn in the side`',
    invalid: 'The new mosque is a thorn in the eye of the AfD.',
    valid: 'The new mosque is a thorn in the side of the AfD.'
  },
  {
    phrases: ['devil on the wall'],
    source: 'den Teufel an die Wand malen',
    advice: 'write `fear the worst`',
    confidence: 'high',
    note: 'German `den Teufel an die Wand malen` (paint the devil on the wall) is to fear the worst, to be alarmist',
    invalid: 'We should not paint the devil on the wall.',
    valid: 'We should not fear the worst; a painting of the devil hangs in the hall.'
  },
  {
    phrases: ['bite|bites|bit|biting into the sour apple'],
    source: 'in den sauren Apfel beißen',
    expected: ['bite the bullet'],
    confidence: 'high',
    note: 'German `in den sauren Apfel beißen` (bite into the sour apple) is English `bite the bullet`',
    invalid: 'The coalition will have to bite into the sour apple.',
    valid: 'The coalition will have to bite the bullet; she ate a sour apple.'
  },
  {
    phrases: ['[that is|was another|different pair of shoes]', '[that’s|that\'s another|different pair of shoes]', '[that is|was a different pair of shoes]', '[that’s|that\'s a different pair of shoes]'],
    source: 'ein anderes Paar Schuhe',
    expected: ['that is a different matter'],
    confidence: 'high',
    note: 'German `ein anderes Paar Schuhe` (another pair of shoes) is English `a different matter`',
    invalid: 'Winning the election, that is another pair of shoes.',
    valid: 'Winning the election is a different matter; she bought another pair of shoes.'
  },
  {
    phrases: ['[on my|his|her|our|their cap] .|,|!|;|and', 'take|takes|took|taking it|this|that * [on my|his|her|our|their cap]', 'take|takes|took|taking it|this|that * * [on my|his|her|our|their cap]'],
    source: 'auf meine Kappe nehmen',
    advice: 'write `I take full responsibility`',
    confidence: 'high',
    note: 'German `auf meine Kappe nehmen` (take on my cap) is to take responsibility',
    invalid: 'I take that 100 percent on my cap, the coach said.',
    valid: 'I take full responsibility; he put on his cap.'
  },
  {
    phrases: ['no good hair|hairs on', 'not a good hair on'],
    source: 'kein gutes Haar lassen an',
    advice: 'write `had nothing good to say about`',
    confidence: 'high',
    note: 'German `kein gutes Haar an jemandem lassen` (leave no good hair on someone) is to have nothing good to say about them',
    invalid: 'The opposition left no good hair on the budget.',
    valid: 'The opposition had nothing good to say about the budget; no hair was left on his head.'
  },
  {
    phrases: ['[was|were|got|been flashed] at|with|by|doing * km/h|kilometres|kilometers|mph'],
    source: 'geblitzt',
    advice: 'write `caught by a speed camera`',
    confidence: 'high',
    note: 'German `geblitzt werden` (be flashed) is to be caught by a speed camera',
    invalid: 'The driver was flashed at 180 km/h on the motorway.',
    valid: 'The driver was caught by a speed camera at 180 km/h; the lights flashed.'
  },
  // ---------------------------------------------------------------------------
  // Federal states (Länder) and talk shows
  // ---------------------------------------------------------------------------
  {
    phrases: ['[(' + STATE_ADJECTIVES + ') prime minister|ministers]', '[prime minister of] (' + STATES + ')', '[Lower Saxony prime minister]', '[(' + STATE_ADJECTIVES + '|Westphalian|Northrhine-Westphalian|Rhineland-Palatinate|Baden-Württemberg|Schleswig-Holstein|Saxony-Anhalt|Pomeranian) Minister President|Minister-President|minister-president]'],
    source: 'der bayerische Ministerpräsident',
    advice: 'write `state premier` (`the Bavarian state premier`)',
    confidence: 'high',
    note: 'German `Ministerpräsident` heads a federal state’s government; English news says `state premier` (`the Bavarian state premier`), keeping `prime minister` for the head of a national government',
    invalid: 'NRW Prime Minister Hendrik Wüst visited the flooded towns.',
    valid: 'The state premier of North Rhine-Westphalia visited the flooded towns with the prime minister of Belgium.'
  },
  {
    phrases: ['(' + PARTIES + ') [country association|associations|list|lists|executive|congress|group]', '[country association|associations|list|executive|congress] of the (' + PARTIES + ')'],
    source: 'der Landesverband, die Landesliste, der Landesparteitag',
    advice: 'write `state` for `country`: `state branch`, `state list`, `state party conference`',
    confidence: 'high',
    note: 'German `Land` in `Landesverband`, `Landesliste` and `Landesparteitag` is a federal state; English says `state branch`, `state list`, `state party conference`',
    invalid: 'The CDU country association chose its candidates on Saturday.',
    valid: 'The CDU’s state branch chose its candidates on Saturday; the country association of Welsh rugby met too.'
  },
  {
    phrases: ['[at (' + TALK_SHOW_HOSTS + ')] !show|’s|\'s', '[at (Caren|Markus|Maybrit|Sandra|Anne|Frank|Louis) (' + TALK_SHOW_HOSTS + '|Will)] !show|’s|\'s'],
    source: 'bei Markus Lanz, bei Miosga',
    advice: 'write `on Markus Lanz’s talk show` (or `on the ZDF talk show Markus Lanz`)',
    confidence: 'high',
    note: 'German `bei Lanz` (at Lanz) is a guest appearance on the talk show named after its host; English names the show: `on Markus Lanz’s talk show`',
    invalid: 'At Markus Lanz the minister defended the budget.',
    valid: 'On Markus Lanz’s talk show the minister defended the budget; she had dinner with Lanz later.'
  },
  {
    phrases: ['[the statics] of the|this|that|his|her|their coalition|government|alliance|party|majority|cabinet|governing|traffic'],
    source: 'die Statik der Koalition',
    expected: ['the stability'],
    confidence: 'high',
    note: 'German `Statik` (statics) of a coalition or government is its stability, what holds it together; English says `the stability`',
    invalid: 'The quarrel threatens the statics of the coalition.',
    valid: 'The quarrel threatens the stability of the coalition; statics is taught to engineers.'
  },
  {
    phrases: ['[farewell|retirement|retire|retires|retired|retiring from the policy] .|,|;|!|?|and|in|at|after|before|at|for|because|with', '[went|go|goes|going into the policy] .|,|and|in|at|after|before|because'],
    source: 'der Abschied aus der Politik',
    expected: ['from politics'],
    confidence: 'high',
    note: 'German `Politik` is both politics and policy; leaving or entering `die Politik` is politics, which English never calls `the policy`',
    invalid: 'The veteran deputy announced his retirement from the policy at 75.',
    valid: 'The veteran deputy announced his retirement from politics at 75 after a change in the policy.'
  },
  {
    phrases: ['[poverty certificate|certificates|testimony]', '[certificate|testimony of poverty] for|of|from|to|,|.'],
    source: 'ein Armutszeugnis',
    expected: ['admission of failure'],
    confidence: 'high',
    note: 'German `Armutszeugnis` (certificate of poverty) is a damning admission of failure; English says `an admission of failure`, `a damning indictment`',
    invalid: 'The delay is a poverty certificate for the ministry.',
    valid: 'The delay is an admission of failure for the ministry; she applied for a certificate of residence.'
  },
  {
    phrases: ['[basic child security|protection]', '[child basic security]', '[basic security] for children|families|pensioners|jobseekers'],
    source: 'die Kindergrundsicherung, die Grundsicherung',
    expected: ['basic child benefit'],
    confidence: 'high',
    note: 'German `Grundsicherung` (basic security) is a welfare benefit, and `Kindergrundsicherung` the planned child benefit; English says `basic child benefit`, `basic income support`',
    invalid: 'The coalition argued over basic child security for months.',
    valid: 'The coalition argued over the basic child benefit for months; basic security checks are done at the gate.'
  },
  {
    phrases: ['[has|have|had|not become strongest] in|with|again|ahead|,|.|;', '[became|become|becomes strongest] in|with|again|ahead|,|.|;'],
    source: 'stärkste Kraft werden',
    expected: ['come first'],
    confidence: 'high',
    note: 'German `stärkste Kraft werden` (become strongest) is to win the most votes; English says `come first`, `become the largest party`',
    invalid: 'The far right has become strongest in Thuringia.',
    valid: 'The far right came first in Thuringia; the wind became strongest at night.'
  },
  {
    phrases: ['[the|this live ticker is no longer continued]', '[the|this live ticker is not continued]', '[the|this live ticker will no longer be continued]', '[the|this live ticker will not be continued]', '[the|this liveticker is no longer continued]', '[the|this liveticker is not continued]'],
    source: 'der Liveticker wird nicht weitergeführt',
    expected: ['this live blog has ended'],
    confidence: 'high',
    note: 'German `Liveticker` closes with `wird an dieser Stelle nicht weitergeführt` (is not continued at this point); English live blogs say `this live blog has ended`',
    invalid: 'This live ticker is not continued after midnight.',
    valid: 'This live blog has now ended; the ticker tape parade continued.'
  },
  {
    phrases: ['[in front of his|her|their|its|the (cost|election|campaign|party|coalition|own) cart]', '[in front of his|her|their|its cart]'],
    source: 'jemanden vor seinen Karren spannen',
    advice: 'write `use him for their own ends`, `put him on the spot`',
    confidence: 'high',
    note: 'German `jemanden vor seinen Karren spannen` (harness someone in front of one’s cart) is to use them for one’s own ends; the cart is German idiom, not English',
    invalid: 'The union tried to harness the chancellor in front of its cart.',
    valid: 'The union tried to use the chancellor for its own ends; the horse stood in front of the cart.'
  },
  {
    phrases: ['[Oh|oh|Ah|ah you green nine]', '[you green nine]'],
    source: 'Ach du grüne Neune',
    expected: ['Good grief'],
    confidence: 'high',
    note: 'German `Ach du grüne Neune` (oh you green nine) is an exclamation of dismay; English says `Good grief`, `Oh dear`',
    invalid: 'Ah you green nine, the coalition is arguing again.',
    valid: 'Good grief, the coalition is arguing again; the green nine of clubs lay on the table.'
  },
  {
    phrases: ['[cobbler|shoemaker stay with|by your|his last|groin|strip|strips]', '[cobbler|shoemaker , stay with|by your|his last|groin|strip|strips]', '[stay|stick with|to your|his groin]'],
    source: 'Schuster, bleib bei deinen Leisten',
    expected: ['the cobbler should stick to his last'],
    confidence: 'high',
    note: 'German `Schuster, bleib bei deinen Leisten` is rendered with `Leiste` read as a groin or strip; English has `the cobbler should stick to his last`, or `stick to what you know`',
    invalid: 'The minister told the economists: shoemaker, stay with your last.',
    valid: 'The minister told the economists to stick to what they know; the cobbler stayed late.'
  },
  {
    phrases: ['[the voices] of|at|to|on|from Sky|DAZN|ZDF|ARD|RTL', '[the voices] of|at|to|on|from the Sky|DAZN|ZDF|ARD|RTL', '[- the voices] .|!|?|:', '[– the voices] .|!|?|:', '[the votes on|to the] match|game|matchday|derby', '[the votes on|to the *] matchday|Bundesliga|match|game', '[The votes on|to the * Bundesliga] matchday'],
    source: 'die Stimmen zum Spiel',
    expected: ['the reactions'],
    confidence: 'high',
    note: 'German sports copy collects the post-match quotes as `die Stimmen` (the voices), which MT also renders as `votes`; English says `the reactions`, `reaction from`',
    invalid: 'We have collected the voices of Sky after the final whistle.',
    valid: 'We have collected the reactions given to Sky after the final whistle; voices of Sky viewers were heard.'
  },
  {
    phrases: ['[in front of] alarmism|populism|extremism|scaremongering|hysteria|complacency|overreaction|escalation|euphoria|disinformation|exaggerations|illusions|naivety|haste|recklessness|carelessness|radicalisation|radicalization|scammers|fraudsters|counterfeits|pickpockets'],
    source: 'warnen vor Alarmismus',
    expected: ['against'],
    confidence: 'high',
    note: 'German `warnen vor` (warn before) keeps `vor` after a complement (`warnte am Jahresende vor Alarmismus`), which MT renders `in front of`; English warns `against` or `of` it',
    invalid: 'The economist warned on Monday in front of populism.',
    valid: 'The economist warned on Monday against populism; a crowd gathered in front of the bank.'
  },
  // ---------------------------------------------------------------------------
  // Third round: politics and sport
  // ---------------------------------------------------------------------------
  {
    phrases: ['Macron’s|Macron\'s|presidential|liberal|Renaissance|his|her [center|centre camp] !for|at|of|in', '[the center|centre camp] lost|won|has|had|is|was|came|fell|got|remains|remained|needs|will|would'],
    source: 'das Mitte-Lager',
    expected: ['centrist camp'],
    confidence: 'high',
    note: 'German `Mitte-Lager` (centre camp) is the political centre’s alliance, as of Macron; English says `the centrist camp`, `the centrist alliance`',
    invalid: 'After the vote, Macron’s center camp had to look for allies on the right.',
    valid: 'After the vote, Macron’s centrist camp had to look for allies; the refugee centre camp at the border was closed.'
  },
  {
    phrases: ['[faithful to the contract]', '[faithful to the coalition agreement|contract|treaty]', '[contract-faithful]'],
    source: 'vertragstreu',
    advice: 'write `stick to the agreement`, `honour the agreement`',
    confidence: 'low',
    note: 'German `vertragstreu` (faithful to the contract) says partners keep to the coalition agreement; English says `stick to the agreement`, `honour the agreement`',
    invalid: 'The Greens expect their partners to be faithful to the coalition agreement until the end.',
    valid: 'The Greens expect their partners to stick to the coalition agreement; she was faithful to the end.'
  },
  {
    phrases: ['[the classic against|between] BVB|Bayern|Dortmund|Schalke|Munich|Borussia|Gladbach|Leverkusen|Hamburg|Bremen|Werder|HSV'],
    source: 'der Klassiker',
    advice: 'write `the big game against Dortmund` (or the German name `Der Klassiker`)',
    confidence: 'high',
    note: 'German sports copy calls Bayern against Dortmund `der Klassiker` (the classic); English says `the big game`, `the top-of-the-table clash` or keeps `Der Klassiker`',
    invalid: 'Bayern lost the classic against BVB 0-2 at home.',
    valid: 'Bayern lost the big game against Dortmund 0-2 at home; it was a classic comeback.'
  },
  {
    phrases: ['race|stage|kilometres|kilometers|km|climb|descent|line|finish|attacked|escaped|crossed|arrived|finished|rode|won|solo [as a soloist]'],
    source: 'als Solist',
    expected: ['alone'],
    confidence: 'high',
    note: 'German cycling copy says a rider leads or wins `als Solist` (as a soloist); English says `alone`, `on a solo break`',
    invalid: 'The Dane attacked on the last climb and crossed the line as a soloist.',
    valid: 'The Dane attacked on the last climb and crossed the line alone; she sang as a soloist with the choir.'
  },
  {
    // the capital of `Chairman` and the name after it are the copy’s: `the country Chairman Jana Roth`
    phrases: ['[the country Chairman|Chairwoman|Chairmen] !of|for', '[(' + PARTIES + ') country Chairman|Chairwoman]'],
    source: 'der Landesvorsitzende (title before a name)',
    expected: ['state party leader'],
    confidence: 'low',
    note: 'German `Landesvorsitzender` leads a party in one federal state (`Land`, mistaken for country); English says `state party leader`',
    invalid: 'The party invited the country Chairman Jens Albrecht from Hesse.',
    valid: 'The party invited Jens Albrecht, its state party leader in Hesse; the country Chairman of the bank stayed away.'
  },
  {
    phrases: ['[Because :]'],
    source: 'Denn:',
    advice: 'join it to the sentence before (`That is because the parties…`)',
    confidence: 'high',
    note: 'German opens a sentence with `Denn:` (because:) to announce the reason; English writes `That is because…` or joins it to the sentence before',
    invalid: 'The vote will not settle everything. Because: the parties must still form a coalition.',
    valid: 'The vote will not settle everything, because the parties must still form a coalition.'
  },
  {
    phrases: ['[a furious] BVB|Bayern|Dortmund|Leipzig|Leverkusen|Schalke|Wolfsburg|Gladbach|Stuttgart|Hertha|Freiburg|Hoffenheim|Mainz|Bochum|Werder|Augsburg|Heidenheim|Union|Eintracht|Borussia|HSV|St.|FC|VfB|VfL|SC|TSG|RB'],
    source: 'ein furioser BVB (furios)',
    advice: 'write `a rampant`, `a brilliant`',
    confidence: 'low',
    note: 'German `furios` is brilliant, thrilling (a `furioser Sieg`); English `furious` is angry: `a rampant Dortmund`, `a brilliant Bayern`',
    invalid: 'A furious Leverkusen swept Mainz aside 5-0 in the first half.',
    valid: 'A rampant Leverkusen swept Mainz aside 5-0; the furious coach left early.'
  },
  {
    // a report in the third person; a coach’s quoted `you` stays quiet only when it addresses someone, so this is info
    phrases: ['[in|at your own arena|stadium] .|,|!|;|against', '[in front of your own fans|crowd|audience|public|supporters]'],
    source: 'in der eigenen Arena, vor eigenem Publikum',
    advice: 'write `at home`, `in front of their own fans`',
    confidence: 'low',
    note: 'German `eigen` (own) carries no person (`in der eigenen Arena`); MT supplies `your`, which English reserves for the reader: `at home`, `in front of their own fans`',
    invalid: 'Leipzig rarely lose to Bayern. Especially in your own arena.',
    valid: 'Leipzig rarely lose to Bayern, especially at home in front of their own fans.'
  },
  {
    phrases: ['[Or ?]'],
    source: 'Oder?',
    advice: 'spell the question out (`Or is he?`) or drop it',
    confidence: 'high',
    note: 'German ends a claim with the tag question `Oder?` (or?), asking the reader to agree; English asks `isn’t he?` or `Or is he?`',
    invalid: 'The chancellor is in charge. Or?',
    valid: 'The chancellor is in charge. Or is he? Tea or coffee?'
  }
]
