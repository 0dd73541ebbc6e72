/**
 * Press periphrasis of Portuguese (Brazilian) copy: parties and clubs by
 * their nicknames. Entry syntax: see `../entry.ts`.
 */
import type {CalqueEntry} from '../entry.js'

export const portuguese: readonly CalqueEntry[] = [
  {
    phrases: ['[the toucan|toucans|tucano|tucanos] said|says|won|wins|lost|leads|led|governs|governed|defended|attacked|criticised|criticized', '[the toucan|tucano] was|is re-elected|elected|reelected|defeated|nominated|chosen', '[toucan] government|governor|candidate|party|leader|leaders|mayor|deputy|senator|bench'],
    source: 'o tucano',
    expected: ['the PSDB'],
    confidence: 'high',
    note: 'Brazilian copy calls members of the PSDB `tucanos` after the party’s toucan logo; English says `the PSDB`',
    invalid: 'The toucan was re-elected in the first round.',
    valid: 'The PSDB candidate was re-elected in the first round; the toucan is Brazil’s bird.'
  },
  {
    phrases: ['[the red-black|red-and-black|rubro-negro] (commander|coach|team|club|side|squad|fans|captain|striker|goalkeeper|board|president)', 'the Rubro-Negro'],
    source: 'o comandante rubro-negro',
    expected: ['the Flamengo'],
    confidence: 'high',
    note: 'Brazilian sports copy calls Flamengo `rubro-negro` (red-black) after its colours; English says `Flamengo`',
    invalid: 'The red-black commander demanded more from his players.',
    valid: 'The Flamengo coach demanded more from his players in their red and black shirts.'
  },
  {
    phrases: ['[the petista|petistas] !of', '[petista] (government|governor|candidate|leader|leaders|mayor|deputy|senator|bench|militancy)'],
    source: 'o petista',
    expected: ['the PT'],
    confidence: 'high',
    note: 'Brazilian copy calls members of the Workers’ Party (PT) `petistas`; English says `the PT` or `Workers’ Party`',
    invalid: 'The petista candidate won in São Paulo.',
    valid: 'The PT candidate won in São Paulo.'
  }
]
