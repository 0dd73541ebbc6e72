/**
 * Kinds of names in the gazetteer: how a message calls each, and the English
 * words that, right before or after a rendering, show it is used as a name
 * of that kind (`the daily The Telegram`, `the Stand Up France party`).
 */
export const kinds = {
  daily: {label: 'daily', title: true, cues: 'newspaper|newspapers|daily|dailies|paper|papers|tabloid|journal|title|publication|outlet|edition'},
  weekly: {label: 'weekly', title: true, cues: 'weekly|weeklies|magazine|magazines|newspaper|paper|publication|outlet|satirical|title'},
  site: {label: 'news site', title: true, cues: 'site|website|portal|outlet|publication|media|blog'},
  agency: {label: 'news agency', title: true, cues: 'agency|agencies|wire'},
  broadcaster: {label: 'broadcaster', title: true, cues: 'channel|channels|broadcaster|station|network|radio|television|tv|antenna'},
  programme: {label: 'programme', title: true, cues: 'programme|program|show|broadcast|newscast|bulletin|series|magazine|talk-show'},
  party: {label: 'party', title: false, cues: 'party|parties|movement|formation|list|alliance|coalition|bloc|deputies|mps|lawmakers|candidate|leader'},
  union: {label: 'trade union', title: false, cues: 'union|unions|confederation|federation'},
  institution: {label: 'institution', title: false, cues: 'agency|authority|body|institute|institution|office|council|service|regulator|academy|court'},
  place: {label: 'place', title: false, cues: 'building|palace|square|stadium|hall|chamber|headquarters|arena'},
  event: {label: 'event', title: true, cues: 'festival|prize|prizes|award|awards|ceremony|race|tournament|competition|championship|league'},
  work: {label: 'title', title: true, cues: 'film|movie|book|novel|song|album|series|play'},
  operation: {label: 'military operation', title: false, cues: 'operation|offensive|campaign|area|zone'}
} as const

export type Kind = keyof typeof kinds
