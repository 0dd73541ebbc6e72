/** English function words, which tell an English sentence from a source-language one. */
export const englishWords: readonly string[] = [
  'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'with', 'as', 'by', 'at', 'from', 'his', 'her',
  'they', 'be', 'have', 'has', 'had', 'not', 'but', 'or', 'this', 'which', 'who', 'will', 'would', 'said', 'an',
  'are', 'were', 'been', 'its', 'their', 'he', 'she', 'we', 'you', 'i', 'him', 'them', 'there', 'these', 'those',
  'what', 'when', 'where', 'why', 'how', 'all', 'any', 'some', 'no', 'do', 'does', 'did', 'can', 'could', 'should',
  'may', 'might', 'must', 'than', 'then', 'so', 'if', 'about', 'into', 'over', 'after', 'before', 'under',
  'between', 'through', 'during', 'without', 'against', 'our', 'my', 'your', 'us', 'also', 'just', 'only', 'very',
  'more', 'most', 'such', 'other', 'both', 'each', 'because', 'while', 'until', 'since', 'up', 'out', 'being'
]
