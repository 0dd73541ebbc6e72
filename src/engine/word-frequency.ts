/** How often words stand in English prose, roughly: what a matcher looks a sentence up at should be rare. */

/**
 * How often a token of `words` stands in English prose, roughly (a share of
 * tokens), as far as picking an anchor goes: the sum over its words, a
 * listed word or mark by its rank (Zipf), another mark as a common word,
 * any other word the rarer the longer. An item of many alternatives is as common as they are
 * together: `drones|artillery|missiles|…` is met more often than `fact|facts`.
 */
export function frequencyOf(words: readonly string[]): number {
  let frequency = 0
  for (const word of words) {
    const lower = word.toLowerCase()
    const rank = commonRanks.get(lower)
    frequency += rank ? 1 / rank : !wordLike.test(lower) ? 1 / 150 : 1 / (300 + 40 * lower.length * lower.length)
  }
  return frequency
}

const wordLike = /[\p{L}\p{N}]/u

/** Common English tokens, commonest first (`commonRanks`: rank from 1). */
// prettier-ignore
const commonest = [
  'the', ',', '.', 'of', 'and', 'to', 'a', 'in', '"', 'is', 'that', 'for', 'it', 'on', 'was', 'with', 'he', 'as', 'said', 'by', 'at', '’s', "'s",
  'from', 'his', 'be', 'has', 'an', 'have', 'are', 'but', 'not', 'this', 'were', 'they', 'who', 'had', 'which', 'or', 'will', 'she', 'their',
  'its', 'been', 'after', 'her', 'would', 'one', 'about', 'more', 'also', 'than', 'we', 'up', 'out', 'when', 'two', 'new', 'you', 'i', 'all',
  'there', 'can', 'if', 'over', 'some', 'into', 'year', 'first', 'other', 'could', 'what', 'them', 'time', 'people', 'so', 'only', 'last',
  'no', 'just', 'like', 'because', 'such', 'most', 'do', 'these', 'then', 'years', 'before', 'may', 'should', 'him', 'those', 'very', 'did',
  'does', 'how', 'where', 'while', 'between', 'under', 'during', 'against', 'without', 'through', 'many', 'any', 'each', 'our', 'us', 'your',
  'my', 'me', 'being', 'both', 'three', 'made', 'make', 'use', 'used', 'get', 'way', 'day', 'even', 'now', 'back', 'well', 'here', 'still',
  'since', 'own', 'see', 'work', 'set', 'take', 'need', 'want', 'says', 'much', 'part', 'same', 'case', 'number', 'world', 'government',
  'country', 'state', 'following', 'called', 'found', 'return', 'open', 'next', 'help', 'end', 'per', 'value', 'type', 'data', 'code',
  'check', 'name', 'list', 'file', 'true', 'run', 'using', 'support', 'change', 'information', 'public', 'system', 'group', 'why'
]
const commonRanks = new Map<string, number>()
for (const [index, word] of commonest.entries()) commonRanks.set(word, index + 1)
