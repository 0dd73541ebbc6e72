/** Word classes the periphrasis entries share. */

/**
 * Nationality adjectives of governments the press names by periphrasis
 * (`the head of Italian diplomacy`). The US, British and EU offices have
 * names of their own and entries of their own in the phrase table.
 */
export const NATIONALITIES =
  'French|German|Italian|Spanish|Portuguese|Russian|Ukrainian|Belarusian|Polish|Hungarian|Romanian|Bulgarian|Greek|Turkish|Dutch|Belgian|Swiss|Austrian|Swedish|Norwegian|Danish|Finnish|Irish|Czech|Slovak|Serbian|Croatian|Georgian|Armenian|Azerbaijani|Moldovan|Lithuanian|Latvian|Estonian|Chinese|Japanese|Korean|Indian|Pakistani|Iranian|Iraqi|Syrian|Lebanese|Israeli|Palestinian|Jordanian|Egyptian|Saudi|Qatari|Emirati|Algerian|Moroccan|Tunisian|Libyan|Malian|Nigerien|Nigerian|Senegalese|Ivorian|Congolese|Rwandan|Ethiopian|Kenyan|Brazilian|Argentine|Argentinian|Mexican|Venezuelan|Colombian|Chilean|Peruvian|Cuban|Canadian|Australian|Afghan|Kazakh|Vatican|Japanese|Taiwanese|Vietnamese|Thai|Indonesian'

/** The same, with the American and British ones: for offices that have no name of their own (`the American side`). */
export const ALL_NATIONALITIES = NATIONALITIES + '|American|British|European|Western|Chechen|Kyrgyz|Uzbek|Tajik|Turkmen|Mongolian'

/** Countries named in one word, for titles built on a genitive (`the Minister of Defence of Ukraine`). */
export const COUNTRIES =
  'Ukraine|Russia|Belarus|France|Germany|Italy|Spain|Portugal|Poland|Hungary|Romania|Bulgaria|Greece|Turkey|Türkiye|Austria|Switzerland|Belgium|Sweden|Norway|Denmark|Finland|Ireland|Britain|Serbia|Croatia|Georgia|Armenia|Azerbaijan|Moldova|Lithuania|Latvia|Estonia|China|Japan|India|Pakistan|Iran|Iraq|Syria|Lebanon|Israel|Egypt|Algeria|Morocco|Tunisia|Libya|Mali|Niger|Nigeria|Senegal|Brazil|Argentina|Mexico|Venezuela|Colombia|Chile|Canada|Australia|Kazakhstan|Uzbekistan|Kyrgyzstan|Tajikistan|Afghanistan|Qatar|Israel|Estonia|USA|US|UK'

/** Russian regions and republics whose `глава` (head) MT renders `the head of`. */
export const RUSSIAN_REGIONS =
  'Chechnya|Crimea|Dagestan|Ingushetia|Tatarstan|Bashkortostan|Bashkiria|Buryatia|Yakutia|Tuva|Karelia|Komi|Mordovia|Chuvashia|Udmurtia|Kalmykia|Adygea|Khakassia|Sevastopol|DPR|LPR|DNR|LNR|Donetsk|Luhansk|Lugansk'
