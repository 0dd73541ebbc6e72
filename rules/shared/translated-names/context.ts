/**
 * English words around a name that show it is used as one, whatever its
 * kind: the press verbs after a title (`The Echoes reported`) and the
 * attributions before it (`told The World`, `according to The Country`).
 */
import type {GazetteerContext} from '../../../src/engine/gazetteer.js'

export const nameContext: GazetteerContext = {
  after: [
    ...'reported|reports|reporting|wrote|writes|revealed|reveals|published|publishes|quoted|quotes|cited|cites|learned|learnt|learns|noted|notes|headlined|headlines|claimed|claims|said|says|added|announced|broadcast|aired|indicated|specified|recalled|explained|editorial|editorialist|columnist|correspondent|journalist|journalists|reporter|reporters|interview|survey|poll'.split('|'),
  ],
  credits: ['with AFP', 'with Reuters', 'with AP', 'with agencies', 'with dpa', 'with ANSA', 'with EFE', 'with Reuters and AFP', 'with AFP and Reuters'],
  before: [
    'told', 'tells', 'telling', 'according to', 'quoted by', 'cited by', 'reported by', 'revealed by', 'published by', 'consulted by',
    'obtained by', 'seen by', 'interviewed by', 'interview with', 'interview to', 'interview in', 'interview on', 'confided to', 'said to',
    'told to', 'declared to', 'explained to', 'indicated to', 'specified to', 'wrote in', 'writes in', 'published in', 'column in',
    'columns of', 'pages of', 'guest of', 'guest on', 'microphone of', 'set of', 'on the set of', 'quoted in', 'reported in', 'website of',
    'site of', 'journalist of', 'journalists of', 'reporter of', 'editor of', 'director of', 'founder of'
  ],
  modifiers: new Set(['daily', 'weekly', 'satirical', 'radio', 'television', 'tv', 'public']),
  minor: new Set('the|of|and|in|on|for|to|a|an|at|with|from|by|de|du|des|la|le|les|di|del|della|da|do|dos|das|der|die|am|im|von|y|e|et|it|is|me|my|up'.split('|'))
}
