/** Word classes the periphrasis entries share. */

/**
 * Nationality adjectives of governments that the press names by periphrasis
 * (`the head of Italian diplomacy`); the US, British and EU ones have their
 * own offices and entries.
 */
export const NATIONALITIES =
  'French|German|Italian|Spanish|Portuguese|Russian|Ukrainian|Belarusian|Polish|Hungarian|Romanian|Bulgarian|Greek|Turkish|Dutch|Belgian|Swiss|Austrian|Swedish|Norwegian|Danish|Finnish|Irish|Czech|Slovak|Serbian|Croatian|Georgian|Armenian|Azerbaijani|Moldovan|Lithuanian|Latvian|Estonian|Chinese|Japanese|Korean|Indian|Pakistani|Iranian|Iraqi|Syrian|Lebanese|Israeli|Palestinian|Jordanian|Egyptian|Saudi|Qatari|Emirati|Algerian|Moroccan|Tunisian|Libyan|Malian|Nigerien|Nigerian|Senegalese|Ivorian|Congolese|Rwandan|Ethiopian|Kenyan|Brazilian|Argentine|Argentinian|Mexican|Venezuelan|Colombian|Chilean|Peruvian|Cuban|Canadian|Australian|Afghan|Kazakh|Venezuelan|Vatican'

/** Official residences and seats that the press names instead of their tenants. */
export const RESIDENCES =
  'Élysée|Elysee|Élysée Palace|Elysee Palace|Matignon|Kremlin|White House|Downing Street|Quirinale|Quirinal|Chigi|Palazzo Chigi|Moncloa|Bellevue|Chancellery|Zarzuela|Planalto|Alvorada|Casa Rosada|Bankova|Belem|Belém|Elysium'
