/**
 * Press periphrasis of German copy: the coalition named after its colours
 * (`die Ampel`, the traffic light), a parliamentary group called a faction
 * (`Fraktion`). Entry syntax: see `../entry.ts`.
 */
import type {CalqueEntry} from '../entry.js'

export const german: readonly CalqueEntry[] = [
  {
    phrases: [
      '[the traffic-light] is|has|does|did|must|will|would|could|should|can|cannot|wants|argues|argued|disagrees|remains|was|needs|faces|agreed|agrees|plans|planned|failed|collapsed|broke|governs|governed',
      '[the traffic light] is|has|does|did|must|will|would|could|should|can|cannot|wants|argues|argued|disagrees|remains|was|needs|faces|agreed|agrees|plans|planned|failed|collapsed|broke|governs|governed',
      '[the traffic lights] is|are|has|have|argue|argued|disagree|remain|were|agreed|agree|failed|collapsed|govern|governed',
      '[traffic-light] minister|ministers|dispute|disputes|quarrel|quarrels|row|rows|crisis|partners|leaders|politicians|issues',
      '[traffic light] minister|ministers|dispute|disputes|quarrel|quarrels|row|rows|crisis|partners|leaders|politicians|issues',
      'of|in|within|for|from|against [the traffic lights] !coalition|coalitions|government|alliance|system|camera|cameras|phase|signal|signals|junction|intersection',
      'of|in|within|for|from|against [the traffic light] !coalition|coalitions|government|alliance|system|camera|cameras|phase|signal|signals|junction|intersection'
    ],
    source: 'die Ampel',
    expected: ['the coalition'],
    confidence: 'high',
    note: 'German press calls the SPD–Greens–FDP coalition `die Ampel` (the traffic light) after the parties’ colours; alone it means nothing in English: say `the coalition` (or `the traffic light coalition`)',
    invalid: 'The traffic light is arguing about the budget again.',
    valid: 'The traffic light coalition is arguing about the budget again; the traffic light at the junction is red.'
  },
  {
    phrases: ['(CDU|CSU|SPD|FDP|AfD|Greens|Left|Union|Bundestag|BSW|ÖVP|FPÖ|CDU/CSU) faction|fraction', 'the left faction|fraction'],
    source: 'die SPD-Fraktion',
    expected: ['$1 parliamentary group'],
    confidence: 'high',
    note: 'German `Fraktion` is a party’s group in parliament, not a faction within it; English says `parliamentary group`',
    invalid: 'The SPD faction voted for the bill.',
    valid: 'The SPD parliamentary group voted for the bill despite a faction on its left.'
  },
  {
    // The broadcaster as the place something was said (a mark or `that` after it), not as
    // the modifier of a noun: `in the ZDF summer interview` is English.
    phrases: [
      '[in the] ZDF|ARD|ORF|SRF|NDR|WDR|MDR|SWR|RBB|RTL|Deutschlandfunk|Phoenix|ntv|n-tv|Sat.1 ,|.|:|;|that',
      '[on the] ZDF|ARD|ORF|SRF|NDR|WDR|MDR|SWR|RBB|RTL|Deutschlandfunk ,|.|:|;|that'
    ],
    source: 'sagte er im ZDF',
    expected: ['on'],
    confidence: 'high',
    note: 'German `im ZDF` (in the ZDF) names the broadcaster with an article; English says `on ZDF`, or `told ZDF`',
    invalid: 'He said in the ZDF that the coalition would hold.',
    valid: 'In the ZDF summer interview, he said on ZDF that the coalition would hold.'
  },
  {
    phrases: ['[the Union parties]', '[the Union’s|Union\'s candidate for chancellor]', '[the Union candidate for chancellor]', '[Union chancellor candidate]'],
    source: 'die Unionsparteien, der Kanzlerkandidat der Union',
    advice: 'write `the CDU/CSU` (`the CDU/CSU’s candidate for chancellor`)',
    confidence: 'high',
    note: 'German calls the CDU and its Bavarian sister the CSU `die Union`; English says `the CDU/CSU`, `the conservative bloc`, not `the Union`, which reads as the European Union or a trade union',
    invalid: 'The Union parties chose their candidate on Monday.',
    valid: 'The CDU/CSU chose its candidate on Monday; the union leaders met the employers.'
  }
]
