/**
 * Calques of Ukrainian: constructions of Ukrainian news copy (Ukrinform,
 * UNIAN, regional military administrations’ Telegram channels) carried over
 * word for word. Calques Ukrainian shares with Russian copy are in `ru.ts`.
 * Entry syntax: see `entry.ts`.
 */
import type {CalqueEntry} from './entry.js'

/** Ukrainian outlets named after the news they `inform`. */
const OUTLETS = 'UNIAN|Ukrinform|Censor.NET|Suspilne|RBC-Ukraine|Hromadske|TSN|LIGA.net|Interfax-Ukraine|Strana.ua|Unian|Ukrainska'

/** What Ukrainian and Russian strike reports say `fell into` a building (`влучання`, `попадання`). */
const MUNITIONS = 'ammunition|munition|munitions|shell|shells|missile|missiles|rocket|rockets|drone|drones|UAV|UAVs|projectile|projectiles|mine|mines|bomb|bombs|debris|fragment|fragments|Shahed|Shaheds'
/** What they fall into. */
const STRUCK = 'residential|private|apartment|multi-storey|multistorey|high-rise|two-storey|five-storey|nine-storey|house|houses|building|buildings|school|hospital|yard|garage|shop|store|warehouse|substation|enterprise'

/** Verbs of a day’s toll, before `per day` (`за добу`, over the past day). */
const TOLL = 'killed|wounded|injured|died|shelled|hit|attacked|struck|recorded|destroyed|downed|detained|evacuated|launched|fired|rescued'

export const ukrainian: readonly CalqueEntry[] = [
  {
    phrases: ['[We will remind|recall] ,|that|:', '[We remind] ,|that|:', '[Let us remind|recall] ,|that|:', '[Let us remind you] ,', '[We would like to remind you] ,'],
    source: 'Нагадаємо',
    expected: ['As a reminder'],
    confidence: 'high',
    note: 'Ukrainian `Нагадаємо` (we will remind) recalls earlier news; English says `Earlier,` or `As previously reported,`',
    invalid: 'We will remind, on Monday the city was attacked by drones.',
    valid: 'The city was attacked by drones on Monday; we will remind you by email.'
  },
  {
    phrases: ['[It will be recalled that]', '[Let us remind you that]', '[We would like to remind you that]', '[We remind you that]'],
    source: 'Нагадаємо, що',
    expected: ['As a reminder,'],
    confidence: 'high',
    note: 'Ukrainian `Нагадаємо, що` (we will remind that) recalls earlier news to the reader; English says `Earlier,` or `As previously reported,`',
    invalid: 'It will be recalled that the dam was blown up last year.',
    valid: 'The dam was blown up last year, as readers will recall.'
  },
  {
    phrases: [', [informs] (' + OUTLETS + ')', ', (' + OUTLETS + ') [informs] .|;', 'the|The agency|publication|edition|outlet|channel|portal|site|newspaper|ministry|service [informs] .|;'],
    source: 'повідомляє УНІАН, інформує',
    expected: ['reports'],
    confidence: 'high',
    note: 'Ukrainian `інформує` (informs) ends a news item with its source; English `inform` needs an object: `UNIAN reports`',
    invalid: 'Two drones were shot down over the city, informs UNIAN.',
    valid: 'Two drones were shot down over the city, UNIAN reports; the agency informs its readers daily.'
  },
  {
    phrases: ['[light outage|outages|shutdown|shutdowns|cuts|blackout|blackouts]', 'schedules of light|power [outages|shutdowns]', '[problems with the light] in|at|after|because|due|.|,|were|are', '[left|remain|remained|remains|stayed|stay without light] and|after|in|for|.|,'],
    source: 'відключення світла',
    advice: 'write `power cuts`, `electricity`',
    confidence: 'high',
    note: 'Ukrainian `світло` (light) is colloquial for electricity (`відключення світла`: power cuts); English says `power`',
    invalid: 'Light outages will last four hours in the capital.',
    valid: 'Power cuts will last four hours in the capital; the light was dim.'
  },
  {
    phrases: ['[“|" arrival|arrivals ”|"]', 'an|the|another [“|" arrival ”|"]'],
    source: 'приліт',
    expected: ['strike'],
    confidence: 'high',
    note: 'Ukrainian slang `приліт` (arrival) is an incoming missile or shell; English says `strike`, `hit`',
    invalid: 'Residents reported an “arrival” near the railway station.',
    valid: 'Residents reported a strike near the railway station before the arrival of the train.'
  },
  {
    phrases: ['[mutilated|disfigured] house|houses|building|buildings|cars|car|roofs|windows|facades|infrastructure|enterprise|school|kindergarten|homes|apartments', 'houses|buildings|cars|homes|apartments|windows|roofs were|was [mutilated|disfigured]'],
    source: 'понівечено будинки',
    expected: ['damaged'],
    confidence: 'high',
    note: 'Ukrainian `понівечений` (maimed) building is a damaged one; English `mutilated` is said of bodies',
    invalid: 'Up to twenty houses were mutilated in the attack.',
    valid: 'Up to twenty houses were damaged in the attack.'
  },
  {
    phrases: ['the|an|The|An [odious] blogger|propagandist|spokeswoman|spokesman|deputy|MP|politician|presenter|singer|journalist|oligarch|priest|patriarch|leader|head|commander|general|pro-Russian|Russian|ex-MP|ex-deputy|businessman|lawyer|judge|mayor|official|host|TV|Kremlin|former'],
    source: 'одіозний',
    expected: ['notorious'],
    confidence: 'high',
    note: 'Ukrainian and Russian `одіозний` describes a notorious person; English `odious` means hateful and is said of deeds',
    invalid: 'The odious propagandist was banned from entering the country.',
    valid: 'The notorious propagandist was banned from entering the country for his odious remarks.'
  },
  {
    phrases: ['forest strip|strips|plantings', 'in|near|from|into|along|through|behind the|a [forest belt|belts]', 'premises|fields|houses|homes|and|or [forest belt|belts]'],
    source: 'лісосмуга',
    expected: ['tree line'],
    confidence: 'high',
    note: 'Ukrainian `лісосмуга` (forest strip) is a windbreak between fields, a `tree line` in English war reporting',
    invalid: 'The soldiers took cover in a forest belt near the village.',
    valid: 'The soldiers took cover in a tree line near the village.'
  },
  {
    phrases: ['[Preliminarily|preliminarily] ,|the|there|no|one|two|three|a|it|this|we|he|she|they'],
    source: 'Попередньо',
    expected: ['According to preliminary reports'],
    confidence: 'high',
    note: 'Ukrainian `Попередньо` (preliminarily) opens unconfirmed news; English says `According to preliminary reports,`',
    invalid: 'Preliminarily, one person was wounded.',
    valid: 'According to preliminary reports, one person was wounded.'
  },
  {
    phrases: ['addressed|addresses|addressing * with an|a [address]', 'addressed|addresses|addressing * with an|a [extraordinary|unscheduled|video|evening|emotional address]'],
    source: 'звернувся зі зверненням',
    advice: 'write `addressed … in an unscheduled speech`',
    confidence: 'high',
    note: 'Ukrainian `звернувся зі зверненням` (addressed with an address) repeats the verb in its noun; English says `addressed the nation`, `gave an address`',
    invalid: 'The president addressed Ukrainians with an unscheduled address.',
    valid: 'The president gave an unscheduled address to Ukrainians.'
  },
  {
    phrases: ['as * [managed to find out]', 'as * * [managed to find out]', 'as * [managed to establish|clarify|learn]', 'as * * [managed to establish|clarify|learn]'],
    source: 'як вдалося з’ясувати',
    advice: 'write `as journalists found out`, `… has learned`',
    confidence: 'high',
    note: 'Ukrainian `як вдалося з’ясувати` (as * managed to find out) introduces a scoop; English says `as journalists found out`, `has learned`',
    invalid: 'As journalists managed to find out, the contract was signed in May.',
    valid: 'As journalists found out, the contract was signed in May; she managed to sign it.'
  },
  {
    phrases: ['air alarm|alarms'],
    source: 'повітряна тривога',
    expected: ['air raid alert'],
    confidence: 'high',
    note: 'Ukrainian `повітряна тривога` (air alarm) is an air raid alert, which is `declared` (`оголошено`), not announced',
    invalid: 'An air alarm sounded across the country at dawn.',
    valid: 'An air raid alert sounded across the country at dawn; the fire alarm was tested.'
  },
  {
    phrases: ['threat|danger of ballistics', '[launched|launch|launches ballistics]', '[ballistics] attack|attacks|strike|strikes|launch|launches|threat'],
    source: 'загроза балістики',
    expected: ['ballistic missiles'],
    confidence: 'high',
    note: 'Ukrainian `балістика` (ballistics) is colloquial for ballistic missiles; English says `ballistic missiles`',
    invalid: 'The air force warned of the threat of ballistics from the north.',
    valid: 'The air force warned of the threat of ballistic missiles; a ballistics expert testified.'
  },
  {
    phrases: ['wrote|said|posted|published|reported|announced|writes|says|posts|publishes|reports|announces|answering|answered|writing in social networks', 'on his|her|their [page in] Facebook|Instagram|Telegram|X|Twitter|TikTok'],
    source: 'у соцмережах, на своїй сторінці у Facebook',
    advice: 'write `on social media`, `on Facebook`',
    confidence: 'high',
    note: 'Ukrainian and Russian `в соцмережах` (in social networks) and `на сторінці у Facebook` (on his page in Facebook) are `on social media`, `on Facebook` in English',
    invalid: 'The mayor wrote in social networks that the water supply was restored.',
    valid: 'The mayor wrote on social media that the water supply was restored.'
  },
  {
    phrases: ['people’s|people\'s deputy|deputies of Ukraine', '[people’s|people\'s deputy|deputies] from|of the'],
    source: 'народний депутат',
    expected: ['MP'],
    confidence: 'low',
    note: 'Ukrainian `народний депутат` (people’s deputy) is a member of parliament; English news says `MP` or `lawmaker`',
    invalid: 'People’s deputy of Ukraine Oleksiy Honcharenko published the video.',
    valid: 'Ukrainian MP Oleksiy Honcharenko published the video.'
  },
  {
    phrases: ['covered|cover|covers|covering * region|district|community|positions|village|city|town|area|outskirts [with fire]'],
    source: 'накрили вогнем',
    advice: 'write `shelled`',
    confidence: 'high',
    note: 'Ukrainian `накрити вогнем` (cover with fire) is to shell a place; English says `shelled`',
    invalid: 'The occupiers covered Nikopol district with fire overnight.',
    valid: 'The occupiers shelled Nikopol district overnight; smoke covered the city.'
  },
  {
    phrases: ['[with the use of] drones|artillery|aviation|MLRS|missiles|tanks|mortars|FPV|guided|UAVs|kamikaze|attack|cluster|rocket'],
    source: 'із застосуванням',
    expected: ['using'],
    confidence: 'high',
    note: 'Ukrainian and Russian `із застосуванням` (with the use of) weapons means using them; English says `with drones`, `using artillery`',
    invalid: 'The enemy attacked the town with the use of drones.',
    valid: 'The enemy attacked the town using drones; the use of drones grew.'
  },
  {
    phrases: ['[notified|informed of|about suspicion]', '[announced|handed|served|delivered|reported|declared a|the suspicion] to|of|in', 'notice|notification of suspicion'],
    source: 'повідомили про підозру',
    advice: 'write `charged with`',
    confidence: 'high',
    note: 'Ukrainian `повідомити про підозру` (notify of suspicion) is the formal step of charging a suspect; English says `charged`',
    invalid: 'The official was notified of suspicion of taking a bribe.',
    valid: 'The official was charged with taking a bribe; police voiced their suspicion.'
  },
  {
    phrases: ['chose|choose|chosen|chooses|selected|select a|the preventive|restraint measure'],
    source: 'обрали запобіжний захід',
    advice: 'write `remanded in custody`, `released on bail`',
    confidence: 'high',
    note: 'Ukrainian and Russian `обрати запобіжний захід` (choose a preventive measure) is the court setting custody or bail',
    invalid: 'The court chose a preventive measure for the suspect.',
    valid: 'The court remanded the suspect in custody as a preventive measure.'
  },
  {
    phrases: ['[were|was|are|is|remain|remained|left|remains de-energized|de-energised|deenergized]', 'de-energized|de-energised consumers|subscribers|households|settlements|villages|towns'],
    source: 'знеструмлено',
    advice: 'write `left without power`',
    confidence: 'high',
    note: 'Ukrainian `знеструмлено` (de-energised) homes are without power; English says `without power`',
    invalid: 'After the strike, three villages were de-energized.',
    valid: 'After the strike, three villages were left without power.'
  },
  {
    phrases: ['stabilization|stabilisation outages|shutdowns|blackouts|cuts', 'stabilization|stabilisation power outages|cuts'],
    source: 'стабілізаційні відключення',
    expected: ['scheduled power cuts'],
    confidence: 'high',
    note: 'Ukrainian `стабілізаційні відключення` (stabilisation outages) are scheduled power cuts',
    invalid: 'Stabilization outages will resume in Kyiv on Monday.',
    valid: 'Scheduled power cuts will resume in Kyiv on Monday to stabilise the grid.'
  },
  {
    phrases: ['mine-explosive|mine-blast injury|injuries|trauma|traumas', 'mine explosive injury|injuries|trauma'],
    source: 'мінно-вибухова травма',
    expected: ['blast injury'],
    confidence: 'high',
    note: 'Ukrainian and Russian `мінно-вибухова травма` (mine-explosive trauma) is a blast injury',
    invalid: 'The soldier received a mine-explosive injury near Bakhmut.',
    valid: 'The soldier suffered blast injuries near Bakhmut from a mine.'
  },
  {
    phrases: ['[“|" Russian measure|peace ”|"]', 'the|of|for|defend|defending|bring|bringing|brought [Russian measure]'],
    source: 'руський мір, русский мир',
    expected: ['Russian world'],
    confidence: 'high',
    note: 'Ukrainian and Russian `мир`/`мір` means both world and peace (and `мір` also measure); the ideology is `the Russian world`, which English copy quotes',
    invalid: 'The occupiers promised to bring the “Russian measure” to the region.',
    valid: 'The occupiers promised to bring the “Russian world” to the region; a Russian measure at the UN failed.'
  },
  {
    phrases: ['[Wagnerites|Wagnerite|Wagnerovites] !opera|operas|music|composer|festival|Bayreuth|Ring'],
    source: 'вагнерівці, вагнеровцы',
    expected: ['Wagner fighters'],
    confidence: 'low',
    note: 'Ukrainian and Russian make a noun of the Wagner group’s fighters (`вагнерівці`); in English a `Wagnerite` is an admirer of the composer: `Wagner fighters`, `Wagner mercenaries`',
    invalid: 'The Wagnerites left their camp near the border at dawn.',
    valid: 'The Wagner fighters left their camp near the border at dawn.'
    },
  {
    phrases: ['(' + MUNITIONS + ') [fell|fall|falls|got|hit into] the|a|an|one|two|three', '(' + MUNITIONS + ') [fell|fall|falls|got|hit into] (' + STRUCK + ')', '[hit into] the|a|an', '[hit into] (' + STRUCK + ')'],
    source: 'влучання в житловий будинок, попадание в дом',
    expected: ['hit'],
    confidence: 'high',
    note: 'Ukrainian `влучання в` and Russian `попадание в` (a hit into) give a verb of falling or getting into a building; English says the missile `hit` the building',
    invalid: 'Two shells fell into residential buildings in the centre.',
    valid: 'Two shells hit residential buildings in the centre; the boy fell into the river.'
  },
  {
    phrases: ['[Per day ,]', '(' + TOLL + ') [per day] .|,|;|:', '(' + TOLL + ') * [per day] .|,|;|:', 'in the region|oblast|district|community [per day] .|,|;|:'],
    source: 'за добу',
    expected: ['over the past day'],
    confidence: 'low',
    note: 'Ukrainian and Russian `за добу` / `за сутки` (over the day, the past 24 hours) comes out as `per day`, a rate; a report of one day’s events says `over the past day`, `in the past 24 hours`',
    invalid: 'Four civilians were wounded in the region per day.',
    valid: 'Four civilians were wounded in the region over the past day; the plant makes 300 cars per day.'
  },
  {
    phrases: ['[This is how] * answered|commented|responded|reacted', '[This is how] * * answered|commented|responded|reacted on|to'],
    source: 'Так прокоментував, так відповів на запитання',
    advice: 'put the speaker with the quotation: `…, the spokesman told reporters`',
    confidence: 'low',
    note: 'Ukrainian and Russian close a quotation with a sentence of its own (`Так речник відповів на запитання`, this is how the spokesman answered the questions); English attaches the speaker to the quote: `the spokesman told reporters`',
    invalid: 'This is how the spokesman commented on the report.',
    valid: 'The spokesman commented on the report; this is how the system works.'
    },
  {
    phrases: ['[rashists|rashist|ruscists|ruscist|rashism|ruscism|rascists|rascist]'],
    source: 'рашисти, рашизм',
    expected: ['Russian forces'],
    confidence: 'high',
    note: 'Ukrainian `рашисти` (a blend of `Russia` and `fascists`) is official Ukrainian invective; English news copy writes `Russian forces` or quotes the word',
    invalid: 'The rashists shelled the village again overnight.',
    valid: 'Russian forces shelled the village again overnight.'
  }
]
