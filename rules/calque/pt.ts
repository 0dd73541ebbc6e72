/**
 * Calques of Portuguese: constructions of Brazilian and Portuguese news copy
 * (Agência Brasil, Lusa, the sports press) carried over word for word.
 * Entry syntax: see `entry.ts`.
 */
import type {CalqueEntry} from './entry.js'

const GOALS = '0|1|2|3|4|5|6|7|8|9'

/** A score’s last figure ending a sentence: the tokenizer keeps the full stop with a number (`1.`). */
const GOALS_AT_END = GOALS.split('|').map((goals) => goals + '.').join('|')

export const portuguese: readonly CalqueEntry[] = [
  {
    phrases: ['won|beat|lost|defeated|victory|win|defeat|triumph|thrashed|beaten|beating|winning|losing|aggregate|score|been [by (' + GOALS + ') to (' + GOALS + ')]', 'won|beat|lost|defeated|victory|win|defeat|triumph|thrashed|beaten|beating|winning|losing|aggregate|score|been [by (' + GOALS + ') to (' + GOALS_AT_END + ')]', 'won|beat|lost|defeated|victory|win|defeat|triumph|thrashed|beaten|beating|winning|losing|aggregate|score [of (' + GOALS + ') to (' + GOALS + ')]'],
    source: 'venceu por 3 a 1',
    expected: ['$1-$2'],
    confidence: 'high',
    note: 'Portuguese (and Spanish, Italian) gives a score as `3 a 1` (3 to 1); English writes `3-1`',
    invalid: 'Flamengo won by 3 to 1 at the Maracanã.',
    valid: 'Flamengo won 3-1 at the Maracanã, to the delight of 60,000 fans.'
  },
  {
    phrases: ['won|beat|lost|defeated|thrashed|beating|winning|losing|beaten * [by (' + GOALS + ') to (' + GOALS + ')]'],
    source: 'venceu o Santos por 2 a 0',
    expected: ['$2-$3'],
    confidence: 'high',
    note: 'Portuguese (and Spanish, Italian) gives a score as `2 a 0` (2 to 0) after the opponent; English writes `beat Santos 2-0`',
    invalid: 'Palmeiras beat Santos by 2 to 0 on Sunday.',
    valid: 'Palmeiras beat Santos 2-0 on Sunday, by two goals to nil.'
  },
  {
    phrases: ['there are * games|matches [without losing|winning|conceding|defeat]', 'it is * games|matches [without losing|winning|conceding|defeat]'],
    source: 'são 19 jogos sem perder',
    advice: 'write `unbeaten in 19 games`',
    confidence: 'high',
    note: 'Portuguese `são 19 jogos sem perder` (there are 19 games without losing) is a run; English says `unbeaten in 19 games`',
    invalid: 'There are 19 games without losing for the team this season.',
    valid: 'The team is unbeaten in 19 games this season.'
  },
  {
    // the span is the verb alone, so that the fix keeps the object (`celebrated the victory`)
    phrases: [
      '[vibrated|vibrates|vibrate|vibrating with] the|another|a|his|her|their goal|victory|title|win|final|qualification|fans|crowd|goals|result',
      '[vibrated|vibrates|vibrate|vibrating with] the|another|a|his|her|their * goal|victory|title|win|final|qualification|goals|result'
    ],
    source: 'vibrou com',
    expected: ['celebrated'],
    confidence: 'high',
    note: 'Portuguese `vibrar com` (vibrate with) is to be thrilled by or celebrate something',
    invalid: 'The coach vibrated with the victory on the touchline.',
    valid: 'The coach celebrated the victory as the stadium vibrated with noise.'
  },
  {
    phrases: ['the Libertadores|Copa|Cup|title|championship|Brasileirão|Paulistão|Carioca|Sudamericana [decision] !of|to|that|was|is|by'],
    source: 'a decisão da Libertadores',
    expected: ['final'],
    confidence: 'high',
    note: 'Portuguese `decisão` (decision) of a competition is its final; English says `final`',
    invalid: 'Palmeiras lost the Libertadores decision in Montevideo.',
    valid: 'Palmeiras lost the Libertadores final in Montevideo; the referee’s decision was final.'
  },
  {
    phrases: ['Photo|Image|Images|Photos|Video : [Reproduction|reproduction]'],
    source: 'Foto: Reprodução',
    expected: ['Screenshot'],
    confidence: 'high',
    note: 'Portuguese `Reprodução` (reproduction) in a photo credit marks a screen grab; English says `Screenshot` or names the source',
    invalid: 'Photo: Reproduction / Instagram',
    valid: 'Photo: Screenshot / Instagram'
  },
  {
    phrases: ['[classification] to|for the final|semi-final|semifinal|semifinals|semi-finals|quarter-final|quarter-finals|quarterfinals|knockout|group|next|round|Libertadores|World', 'guaranteed|secured|sealed|confirmed|celebrated the|its|their [classification]', '[classification] in the Copa|Libertadores|Sudamericana|Cup|Champions|Brazilian|Paulista|Carioca', '[classification] over (Flamengo|Palmeiras|Corinthians|Santos|Vasco|Botafogo|Fluminense|Grêmio|Internacional|Cruzeiro|Athletico|Athletico-PR|Atlético|Atlético-MG|Bahia|Fortaleza|São)'],
    source: 'a classificação para a final',
    expected: ['qualification'],
    confidence: 'high',
    note: 'Portuguese `classificação` is qualification for the next round as well as the league standings; English says `qualification`',
    invalid: 'The draw guaranteed the classification to the semi-finals.',
    valid: 'The draw guaranteed qualification for the semi-finals; the classification of species is old.'
  },
  {
    phrases: ['[management of] Lula|Bolsonaro|Dilma|Temer|Doria|Tarcísio|Haddad|Alckmin|Nunes|Covas|Castro|Zema|Leite', 'the [management] Lula|Bolsonaro|Tarcísio', 'the current|previous|former|last|new [management of] the State|Government|Planalto', 'the current|previous|former|last|new [management of] the City Hall'],
    source: 'a gestão Lula',
    expected: ['administration of'],
    confidence: 'high',
    note: 'Portuguese `gestão` (management) of a president or governor is their administration; English says `the Lula administration`',
    invalid: 'The program was created during the management of Bolsonaro.',
    valid: 'The program was created under the Bolsonaro administration and its crisis management.'
  },
  {
    phrases: ['pre-candidate|pre-candidates|pre-candidacy|pre-candidacies|precandidate|precandidates|precandidacy'],
    source: 'o pré-candidato',
    expected: ['prospective candidate'],
    confidence: 'high',
    note: 'Portuguese and Spanish `pré-candidato` is a politician who has announced a run before the party nominates them; English says `prospective candidate`',
    invalid: 'The pre-candidate for governor held a rally in Campinas.',
    valid: 'The prospective candidate for governor held a rally before the candidates’ debate.'
  },
  {
    phrases: ['treason to the country|homeland|fatherland|nation|motherland'],
    source: 'traição à pátria',
    expected: ['high treason'],
    confidence: 'high',
    note: 'Portuguese `traição à pátria` (treason to the homeland) is high treason',
    invalid: 'The deputy accused the minister of treason to the homeland.',
    valid: 'The deputy accused the minister of high treason against the country.'
  },
  {
    phrases: ['[minister|ministers of the] STF|TSE|STJ|TCU|Supreme|Federal', '[STF|TSE|STJ minister|ministers]'],
    source: 'o ministro do STF',
    advice: 'write `Supreme Court justice`',
    confidence: 'high',
    note: 'Portuguese `ministro` of a high court (STF, STJ, TSE) is a judge; English says `Supreme Court justice`',
    invalid: 'A minister of the STF suspended the decree on Friday.',
    valid: 'A Supreme Court justice suspended the decree; the minister of justice appealed.'
  },
  {
    phrases: ['ruralist|evangelical|agribusiness|bullet|BBB|PT|PL|PSOL|MDB|PSDB [bench] !press|warrant|trial'],
    source: 'a bancada ruralista',
    expected: ['caucus'],
    confidence: 'high',
    note: 'Portuguese `bancada` (bench) is a caucus of lawmakers: `the farm caucus`, `the PT caucus`',
    invalid: 'The ruralist bench blocked the environmental bill.',
    valid: 'The farm caucus blocked the environmental bill from the opposition bench.'
  },
  {
    phrases: ['qualified homicide|homicides|murder|murders|theft|robbery'],
    source: 'homicídio qualificado',
    expected: ['aggravated murder'],
    confidence: 'high',
    note: 'Portuguese and Spanish `homicídio qualificado` (qualified homicide) is murder with aggravating circumstances; English says `aggravated murder`',
    invalid: 'The suspect was charged with qualified homicide.',
    valid: 'The suspect was charged with aggravated murder by a qualified prosecutor.'
  },
  {
    phrases: ['preventive|temporary arrest|arrests', '[preventive|temporary prison] !for|sentence|camp|camps|facility|facilities|ship|ships'],
    source: 'prisão preventiva, prisão temporária',
    expected: ['pre-trial detention'],
    confidence: 'high',
    note: 'Portuguese `prisão preventiva` (preventive arrest) and `prisão temporária` are pre-trial detention',
    invalid: 'The judge ordered the preventive arrest of the two brothers.',
    valid: 'The judge ordered pre-trial detention for the two brothers after a temporary delay.'
  },
  {
    phrases: ['the Public Ministry|Ministry', 'Public Ministry|Ministry of'],
    source: 'o Ministério Público',
    expected: ['prosecutors'],
    confidence: 'high',
    note: 'Portuguese `Ministério Público` (Public Ministry) is the prosecution service; English says `prosecutors`',
    invalid: 'The Public Ministry charged the mayor with embezzlement.',
    valid: 'Prosecutors charged the mayor with embezzlement; the ministry of public works closed.'
  },
  {
    phrases: ['the Brazilian|Portuguese|Argentine|Argentinian|Uruguayan|Colombian|Chilean|Mexican|Spanish|Italian|French|German|English [selection] !of|process|committee|criteria|procedure'],
    source: 'a seleção brasileira',
    advice: 'write `the Brazil team`, `Brazil`',
    confidence: 'high',
    note: 'Portuguese and Spanish `seleção`, `selección` (selection) is the national team; English says `Brazil` or `the Brazil team`',
    invalid: 'The Brazilian selection trained in Turin on Monday.',
    valid: 'The Brazil team trained in Turin on Monday after the selection of the squad.'
  },
  {
    phrases: ['the [shirt|jersey] 7|9|10|11 !of|in|and'],
    source: 'o camisa 10',
    expected: ['No.'],
    confidence: 'high',
    note: 'Portuguese `o camisa 10` (the shirt 10) is the No. 10, the player who wears it',
    invalid: 'The shirt 10 scored the winner in stoppage time.',
    valid: 'The No. 10 scored the winner in stoppage time in a shirt soaked with rain.'
  },
  {
    phrases: ['[the Federal Revenue] !Service|service|Services|of|agency', '[Civil House] ,|.|minister|chief|of|said|says|has|is|was'],
    source: 'a Receita Federal, a Casa Civil',
    advice: 'write `the tax authority`, `the president’s chief of staff’s office`',
    confidence: 'high',
    note: 'Brazilian institutions translated word for word: `Receita Federal` (Federal Revenue) is the tax authority, `Casa Civil` (Civil House) the president’s chief of staff’s office',
    invalid: 'The Federal Revenue opened an audit of the company.',
    valid: 'The Federal Revenue Service opened an audit of the company.'
  },
  {
    phrases: ['basic interest rate|rates'],
    source: 'a taxa básica de juros',
    expected: ['benchmark interest rate'],
    confidence: 'high',
    note: 'Portuguese `taxa básica de juros` (basic interest rate) is the central bank’s benchmark rate (the Selic)',
    invalid: 'The central bank kept the basic interest rate at 10.5%.',
    valid: 'The central bank kept its benchmark interest rate at 10.5%, a basic decision.'
  },
  {
    phrases: ['[the technician of] Flamengo|Palmeiras|Corinthians|Santos|Vasco|Botafogo|Fluminense|Grêmio|Internacional|Cruzeiro|Benfica|Porto|Sporting|Atlético|Real|Barcelona|Sevilla|Betis|Valencia', '(Flamengo|Palmeiras|Corinthians|Santos|Vasco|Botafogo|Fluminense|Grêmio|Benfica|Porto|Sporting) [technician]'],
    source: 'o técnico do Flamengo',
    expected: ['the coach of'],
    confidence: 'high',
    note: 'Portuguese `técnico` (and Spanish `técnico`) is a football coach; English says `coach`, `manager`',
    invalid: 'The technician of Flamengo praised the young striker.',
    valid: 'The Flamengo coach praised the young striker and the technical staff.'
  },
  {
    phrases: [
      '[main|biggest|great|major|key|central banner|banners] of the|his|her|their|its * campaign|government|administration|mandate|term|management|party',
      '[main|biggest|great|major|key|central banner|banners] of the|his|her|their|its campaign|government|administration|mandate|term|management|party',
      '[main|biggest|great|major|key|central banner|banners] of * campaign|government|administration|mandate|management',
      '[main|biggest|great|major|key|central banner|banners] of * ’|\' campaign|government|administration|mandate|management'
    ],
    source: 'uma das principais bandeiras da campanha (bandera, bandiera)',
    advice: 'write `flagship pledge`, `signature policy`',
    confidence: 'low',
    note: 'Portuguese `bandeira`, Spanish `bandera` and Italian `bandiera` (flag) of a campaign or government is its flagship cause; English says `flagship pledge`, `signature policy`',
    invalid: 'Free school meals were one of the main banners of the mayor’s campaign.',
    valid: 'Free school meals were the flagship pledge of the campaign; banners hung over the main street.'
  },
  {
    // after a quotation, before its speaker: `”, completed the player.`
    phrases: ['”|"|’ , [completed|completes] the player|coach|striker|goalkeeper|defender|midfielder|forward|captain|minister|president|governor|mayor|senator|deputy|spokesman|spokeswoman|manager|athlete|leader|ace|star|executive|secretary'],
    source: 'completou o jogador (completó)',
    expected: ['added'],
    confidence: 'high',
    note: 'Portuguese `completou` and Spanish `completó` (completed) add a last remark after a quotation; English says `added`',
    invalid: '“We still have a lot to improve”, completed the goalkeeper.',
    valid: '“We still have a lot to improve”, the goalkeeper added, and completed the session.'
  },
  {
    phrases: ['[pass|passing line|lines] he|she|they|we|you|to|for|of|are|were|will|would|and|,|.', 'the [pass lines]'],
    source: 'as linhas de passe',
    expected: ['passing options'],
    confidence: 'low',
    note: 'Portuguese `linhas de passe` (pass lines) are the options a player has to pass to; English says `passing options`, `passing lanes`',
    invalid: 'The midfielder must see where the pass lines are before he receives the ball.',
    valid: 'The midfielder must see where his passing options are before he crosses the line.'
  },
  {
    phrases: ['[backstage images] released|published|posted|shared|shown|show|shows|showed|from|of|by'],
    source: 'as imagens de bastidores',
    advice: 'write `behind-the-scenes footage`',
    confidence: 'low',
    note: 'Portuguese `bastidores` (backstage) is the behind-the-scenes side of a club or a campaign; English says `behind-the-scenes footage`',
    invalid: 'Backstage images released by the club show the coach’s speech.',
    valid: 'Behind-the-scenes footage released by the club shows the coach’s speech; backstage passes were sold out.'
  },
  {
    phrases: ['referee [marked|scored] a|the penalty'],
    source: 'o árbitro marcou pênalti',
    expected: ['awarded'],
    confidence: 'high',
    note: 'Portuguese `marcar pênalti` (mark a penalty) is to award one; English says `the referee awarded a penalty`',
    invalid: 'The referee marked a penalty after checking the monitor.',
    valid: 'The referee awarded a penalty after checking the monitor.'
  },
  {
    phrases: ['complementary stage|period|time'],
    source: 'a etapa complementar',
    expected: ['second half'],
    confidence: 'high',
    note: 'Portuguese `etapa complementar` (complementary stage) is the second half of a match',
    invalid: 'Santos equalised early in the complementary stage.',
    valid: 'Santos equalised early in the second half.'
  },
  {
    phrases: ['bolsonarist|bolsonarists|Bolsonarist|Bolsonarists|lulist|lulists|Lulist|Lulists|petist|petists'],
    source: 'bolsonarista, lulista',
    advice: 'write `Bolsonaro supporters`, `Lula supporters`',
    confidence: 'high',
    note: 'Portuguese `bolsonarista`, `lulista` are supporters of Bolsonaro and Lula; English says `Bolsonaro supporters`',
    invalid: 'Thousands of bolsonarists gathered on Paulista Avenue.',
    valid: 'Thousands of Bolsonaro supporters gathered on Paulista Avenue.'
  }
]
