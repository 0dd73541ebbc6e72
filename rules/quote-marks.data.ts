/** Double quotation marks as English typesets them. */
export const quoteGlyphs = {
  open: '“',
  close: '”',
  straight: '"'
} as const

/**
 * Opening marks of source languages (German and Polish `„`, Dutch `,,`):
 * they open a quotation here, and `french-typography` reports them.
 */
export const sourceOpenings = new Set(['„', ',,'])

/** Marks that may stand right after a closing quote (`”,` `”.`) — a quote mark before them closes. */
export const afterClosing = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '…', '—', '–'])

/** Marks that may stand right before an opening quote (`(“`, `—“`). */
export const beforeOpening = new Set(['(', '[', '{', '—', '–', '-', '/'])

/**
 * Verbs that attribute a quotation in news copy (`”, said the minister`),
 * in the past and the present, as machine translation renders the source’s
 * verbs of saying (`a-t-il déclaré`, `sagte er`, `заявил`).
 */
export const speechVerbs: readonly string[] = [
  // Past tense.
  ...['said', 'added', 'declared', 'announced', 'warned', 'explained', 'insisted', 'stressed', 'emphasized', 'emphasised', 'specified'],
  ...['continued', 'noted', 'told', 'replied', 'recalled', 'assured', 'estimated', 'affirmed', 'confided', 'indicated', 'commented'],
  ...['concluded', 'acknowledged', 'admitted', 'argued', 'asserted', 'claimed', 'complained', 'confirmed', 'denounced', 'deplored'],
  ...['lamented', 'observed', 'pleaded', 'regretted', 'reiterated', 'repeated', 'retorted', 'summarized', 'summarised', 'underlined'],
  ...['welcomed', 'wrote', 'rejoiced', 'judged', 'stated', 'reported', 'promised', 'asked', 'answered', 'exclaimed', 'protested'],
  ...['suggested', 'predicted', 'revealed', 'conceded', 'urged', 'vowed', 'tweeted', 'posted', 'maintained', 'testified', 'launched'],
  ...['hammered', 'slipped', 'analyzed', 'analysed', 'detailed', 'believed', 'responded', 'recounted', 'confessed', 'agreed'],
  ...['demanded', 'hailed', 'worried', 'denied', 'accused', 'criticized', 'criticised', 'alluded', 'transmitted', 'advanced', 'greeted'],
  ...['assessed', 'considered'],
  // Present tense, where the form is no noun as well (not `claims`, `reports`, `notes`, `comments`, `recalls`: `”, claims that …`).
  ...['says', 'adds', 'declares', 'announces', 'warns', 'explains', 'insists', 'emphasizes', 'emphasises', 'specifies', 'continues'],
  ...['tells', 'assures', 'affirms', 'confides', 'indicates', 'concludes', 'acknowledges', 'admits', 'argues', 'asserts', 'complains'],
  ...['confirms', 'denounces', 'deplores', 'laments', 'observes', 'pleads', 'reiterates', 'retorts', 'summarizes', 'summarises'],
  ...['underlines', 'welcomes', 'writes', 'rejoices', 'exclaims', 'suggests', 'predicts', 'reveals', 'concedes', 'maintains'],
  ...['testifies', 'believes', 'responds', 'recounts', 'confesses', 'agrees', 'denies', 'accuses', 'criticizes', 'criticises'],
  ...['considers', 'assesses']
]
