/** Word classes of English news copy that several entries share (`a hundred of demonstrators`). */

/** Nouns for people, as counted in news copy (`a hundred of demonstrators`). */
export const PEOPLE =
  'people|persons|demonstrators|protesters|migrants|soldiers|troops|police|policemen|officers|gendarmes|civilians|students|residents|firefighters|children|women|men|families|journalists|activists|supporters|fans|participants|victims|prisoners|detainees|refugees|workers|employees|militants|rebels|fighters|youths|inhabitants|passengers|patients|candidates|deputies|volunteers|doctors|nurses|farmers|teachers|pupils|tourists|dead|wounded|injured|casualties'

/** Countable nouns of all kinds, as counted in news copy (`a dozen of vehicles`). */
export const COUNTABLE =
  PEOPLE +
  '|houses|homes|buildings|vehicles|cars|trucks|boats|jobs|kilometres|kilometers|metres|meters|hectares|countries|villages|towns|companies|schools|shops|arrests|complaints|cases|euros|dollars|tonnes|tons|tanks|rockets|missiles|drones|shells|bodies'

/** Subjects that AFP copy puts after an inverted speech tag (`…, specified the prefecture`). */
export const SPEAKERS =
  'ministry|minister|prefecture|spokesman|spokeswoman|spokesperson|source|police|prosecutor|army|government|statement|mayor|embassy|agency|company|club|federation|gendarmerie|firefighters|president'

/** Offences named after `opened an investigation for` (`ouvrir une enquête pour`). */
export const OFFENCES =
  'murder|manslaughter|assassination|rape|terrorism|fraud|embezzlement|kidnapping|abduction|corruption|homicide|involuntary|voluntary|attempted|aggravated|complicity|money|sexual|harassment|violence|theft|arson|defamation|breach|endangering|criminal|organised|organized|premeditated|racketeering|extortion|forgery|misappropriation|incitement|glorification|apology|influence|favouritism|illegal|insulting'

/** Past participles after which `there are two days` means `two days ago` (`il y a deux jours`). */
export const HAPPENED =
  'died|killed|arrested|elected|appointed|opened|began|started|ended|launched|published|signed|adopted|arrived|disappeared|happened|injured|wounded|created|founded|inaugurated|abducted|kidnapped|released|freed|detained|resigned|born|closed|collapsed|crashed|erupted'

/** Number words before `days|weeks|months|years` in duration calques. */
export const HOW_MANY = 'two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|several|many|some'
