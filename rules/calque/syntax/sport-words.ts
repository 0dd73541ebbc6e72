/**
 * Words of French sports copy that machine translation renders by their
 * English look-alikes (`rencontre` → `meeting`, `technicien` → `technician`),
 * and the words that show a sentence is about a game. Read by
 * `sport-false-friend.ts`.
 */

/** A French sports word’s English look-alike (lower case), the French word, and what English sports copy says. */
export const SPORT_FALSE_FRIENDS: ReadonlyMap<string, {source: string; expected: string}> = new Map([
  ['meeting', {source: 'rencontre', expected: 'match'}],
  ['meetings', {source: 'rencontres', expected: 'matches'}],
  ['technician', {source: 'technicien', expected: 'coach'}],
  ['executives', {source: 'cadres', expected: 'senior players'}],
  ['workforce', {source: 'effectif', expected: 'squad'}],
  ['faults', {source: 'fautes', expected: 'fouls'}],
])

/** Words that make a sentence about a game on their own (case-sensitive where English has a homonym: `Blues`, `XV`). */
// prettier-ignore
export const SPORT_WORDS = new Set(['rugby', 'football', 'soccer', 'basketball', 'handball', 'volleyball', 'hockey', 'biathlon', 'rebounds', 'assists', 'scrum', 'referee', 'stadium', 'Stade', 'Ligue', 'championship', 'tournament', 'Blues', 'XV', 'striker', 'strikers', 'midfielder', 'defender', 'goalkeeper', 'winger', 'coach', 'playoffs', 'half-time', 'NBA', 'penalty', 'penalties', 'tries', 'selector', 'squad', 'Tricolores'])

/** Words of politics that make a sentence about something else (`the League`, `Lega`, is also an Italian party). */
// prettier-ignore
export const NOT_SPORT_WORDS = new Set(['election', 'elections', 'party', 'parties', 'parliament', 'minister', 'government', 'summit', 'tennis', 'double'])

/** Words of which two together make a sentence about a game (`victory`, `players`: each alone is also politics and business). */
// prettier-ignore
export const GAME_WORDS = new Set(['match', 'matches', 'team', 'teams', 'players', 'player', 'victory', 'victories', 'defeat', 'points', 'season', 'score', 'scored', 'game', 'games', 'opponent', 'opponents', 'fans', 'trophy', 'final', 'cup', 'Cup', 'win', 'won', 'round', 'league', 'League', 'goals'])
