/**
 * Calques of Turkish: constructions of Turkish wire copy (Anadolu Agency,
 * TRT Haber) carried over word for word: the converbs and participles that
 * open a sentence, the passive of a statement, `made evaluations`. Entry
 * syntax: see `entry.ts`.
 */
import type {CalqueEntry} from './entry.js'

/** `açıklama yaparak … dedi`: the statement and the verb of saying, a few words apart. */
const UP_TO_FIVE_WORDS = [0, 1, 2, 3, 4, 5].map((count) => '* '.repeat(count))

export const turkish: readonly CalqueEntry[] = [
  {
    phrases: ['[made|make|makes|making evaluations|assessments] on|about|regarding|concerning|over|in', '[made|makes its|his|her|their assessment|evaluation|evaluations] .'],
    source: 'değerlendirmelerde bulundu',
    expected: ['commented'],
    confidence: 'low',
    note: 'Turkish `değerlendirmelerde bulunmak` (to make evaluations) is the wire’s verb for commenting; English says `commented on`, `said`',
    invalid: 'The minister made evaluations on the agenda in a televised address.',
    valid: 'The minister commented on the agenda in a televised address; teachers make evaluations every term.'
  },
  {
    phrases: ['[Sharing|sharing from] his|her|its|their|the', '[shared from] his|her|its|their * account|accounts', '[shared from] his|her|its|their * * account|accounts', '[made|posted|published from] his|her|its|their social media|Telegram|Twitter|X|Instagram|Facebook account'],
    source: 'hesabından paylaşan, hesabından yaptığı paylaşımda',
    advice: 'write `In a post on X, she said`',
    confidence: 'high',
    note: 'Turkish `hesabından paylaşmak` (to share from one’s account) takes the ablative; English posts on an account: `In a post on X, …`',
    invalid: 'Sharing from his Instagram account a video of the flood, the governor urged calm.',
    valid: 'In a post on his Instagram account, the governor shared a video of the flood.'
  },
  {
    phrases: ['[In the statement made by]', '[in the statement made by] the', ', [it was expressed|underlined|emphasized|emphasised that]', 'statement , [it was stated that]'],
    source: 'yapılan açıklamada … ifade edildi',
    advice: 'write `The ministry said in a statement that`',
    confidence: 'high',
    note: 'Turkish `… tarafından yapılan açıklamada, … ifade edildi` (in the statement made by…, it was stated that) hides who said it in a passive; English gives the speaker: `the ministry said in a statement`',
    invalid: 'In the statement made by the city administration, it was stated that air defence was working.',
    valid: 'In a statement made by its head, the city administration said the air raid was over.'
  },
  {
    phrases: UP_TO_FIVE_WORDS.map((words) => '[made a statement] about|on|regarding ' + words + 'and said|stated|added|noted'),
    source: 'açıklama yaparak … dedi',
    advice: 'keep one verb: `said`',
    confidence: 'low',
    note: 'Turkish `… hakkında açıklama yaparak … dedi` (making a statement about…, he said) says it twice; English keeps one verb: `said`',
    invalid: 'The president made a statement about the war and said that the army was advancing.',
    valid: 'The president said that the army was advancing; a statement about the war followed.'
  },
  {
    phrases: ['[used the following statements|expressions|phrases] :|.|,', '[using the following statements|expressions|phrases] :|.|,'],
    source: 'şu ifadeleri kullandı',
    expected: ['said'],
    confidence: 'high',
    note: 'Turkish `şu ifadeleri kullandı` (used the following expressions) introduces a quotation; English says `said`',
    invalid: 'The minister used the following statements: “We will not step back.”',
    valid: 'The minister said: “We will not step back.” The following statements were read aloud.'
  },
  {
    phrases: ['[the city|town of Port]', '[the Port] in|of|near the Donetsk'],
    source: 'Liman (Лиман)',
    expected: ['Lyman'],
    confidence: 'high',
    note: 'The Ukrainian town of Lyman is `Liman` in Turkish, the word for a harbour, and machine translation renders it `Port`; English keeps the name `Lyman`',
    invalid: 'Fighting went on near the city of Port for a week.',
    valid: 'Fighting went on near the city of Lyman for a week; the port of Odesa stayed open.'
    },
  {
    phrases: ['[Stating|Underlining|Expressing|Emphasizing|Emphasising|Stressing|Noting|Indicating|Reminding|Recalling|Asserting|Explaining|Announcing|Claiming that]', '[Pointing out that]'],
    source: '… belirten Erdoğan, … dedi',
    advice: 'start with the speaker: `Erdoğan said that …, adding …`',
    confidence: 'low',
    note: 'Turkish wire copy opens on a participle of saying (`… olduğunu belirten Bakan`, the minister who stated that …) and gives the speaker only at the end; English starts with who said it: `The minister said that…`',
    invalid: 'Stating that the talks would resume, the minister said the border was open.',
    valid: 'The minister said the talks would resume, noting that the border was open.'
    },
  {
    phrases: ['[the terrorist organization|organisation] PKK|YPG|PYD|FETO|FETÖ|DHKP-C|PKK/YPG|PKK/KCK|PKK/PYD|YPG/PKK|KCK', '[terrorist organization|organisation] PKK|YPG|PYD|FETO|FETÖ|DHKP-C|PKK/YPG|PKK/KCK|PKK/PYD|YPG/PKK|KCK'],
    source: 'terör örgütü PKK',
    advice: 'write `the PKK`, or `the PKK, which Turkey lists as a terrorist group`',
    confidence: 'low',
    note: 'Turkish copy puts the category before the name (`terör örgütü PKK`, the terrorist organization PKK); English names the group and, where needed, says who lists it as terrorist',
    invalid: 'Two members of the terrorist organization PKK were caught in the raid.',
    valid: 'Two members of the PKK, which Turkey lists as a terrorist organization, were caught in the raid.'
  }
]
