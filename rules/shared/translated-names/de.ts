/**
 * German names that machine translation turns into English words: the press
 * of Germany, Austria and Switzerland, broadcasters and programmes. (German
 * parties and institutions have accepted English names that are literal:
 * `Alternative for Germany`, `the Left`.) Entry syntax: see `entry.ts`.
 */
import type {NameTable} from './entry.js'

export const german: NameTable = {
  words: {
    der: 'the', die: 'the', das: 'the', am: 'on', aus: 'from', zeitung: 'newspaper', spiegel: 'mirror', welt: 'world', sonntag: 'sunday',
    bild: ['picture', 'image'], zeit: 'time', neue: 'new', presse: 'press', bericht: 'report', direkt: 'direct', heute: 'today',
    journal: 'journal', rundschau: 'review', morgenpost: 'morning post', abendblatt: 'evening paper', merkur: 'mercury',
    berliner: 'berlin', münchner: 'munich', hamburger: 'hamburg', frankfurter: 'frankfurt', kölner: 'cologne', zürcher: 'zurich',
    allgemeine: 'general', kronen: 'crown', kurier: 'courier', deutschland: 'germany', hart: 'hard', aber: 'but', fair: 'fair'
  },
  names: [
    {name: 'Süddeutsche Zeitung', kind: 'daily', renderings: ['South German Newspaper', 'Southgerman Newspaper', 'South German Times', 'Southern German Newspaper'], note: 'national daily, Munich (`SZ`)'},
    {name: 'Frankfurter Allgemeine Zeitung', kind: 'daily', renderings: ['Frankfurt General Newspaper', 'Frankfurter General Newspaper', 'General Frankfurt Newspaper'], note: 'national daily, Frankfurt (`FAZ`)'},
    {name: 'Frankfurter Allgemeine Sonntagszeitung', kind: 'weekly', renderings: ['Frankfurt General Sunday Newspaper', 'Frankfurter General Sunday Newspaper'], wordForWord: false, note: 'Sunday edition of the FAZ'},
    {name: 'Die Welt', kind: 'daily', needs: 'context', note: 'national daily, Berlin'},
    {name: 'Welt am Sonntag', kind: 'weekly', renderings: ['World on Sunday', 'The World on Sunday'], note: 'Sunday paper of the Welt group'},
    {name: 'Bild', kind: 'daily', needs: 'cue', note: 'national tabloid daily'},
    {name: 'Bild am Sonntag', kind: 'weekly', note: 'Sunday edition of Bild'},
    {name: 'Der Spiegel', kind: 'weekly', needs: 'cue', note: 'national news weekly, Hamburg (also the Mirror titles in English)'},
    {name: 'Stern', kind: 'weekly', needs: 'cue', renderings: ['The Star', 'Star'], wordForWord: false, note: 'illustrated news weekly, Hamburg'},
    {name: 'Die Zeit', kind: 'weekly', needs: 'context', note: 'national weekly, Hamburg'},
    {name: 'Der Tagesspiegel', kind: 'daily', needs: 'cue', renderings: ['The Daily Mirror', 'Daily Mirror', 'The Day Mirror'], wordForWord: false, note: 'daily of Berlin'},
    {name: 'Handelsblatt', kind: 'daily', needs: 'context', renderings: ['Trade Paper', 'Commercial Paper', 'Trade Sheet', 'Business Paper'], wordForWord: false, note: 'national business daily, Düsseldorf'},
    {name: 'die tageszeitung', kind: 'daily', needs: 'cue', renderings: ['The Daily Newspaper', 'Daily Newspaper'], wordForWord: false, note: 'left-wing national daily, Berlin (`taz`)'},
    {name: 'Neue Zürcher Zeitung', kind: 'daily', renderings: ['New Zurich Newspaper', 'New Zurich Times', 'New Zürich Newspaper'], note: 'Swiss national daily, Zurich (`NZZ`)'},
    {name: 'Frankfurter Rundschau', kind: 'daily', renderings: ['Frankfurt Review', 'Frankfurt Panorama'], note: 'daily of Frankfurt'},
    {name: 'Berliner Morgenpost', kind: 'daily', note: 'daily of Berlin'},
    {name: 'Hamburger Abendblatt', kind: 'daily', note: 'daily of Hamburg'},
    {name: 'Kölner Stadt-Anzeiger', kind: 'daily', renderings: ['Cologne City Gazette', 'Cologne City Indicator', 'Cologne City Advertiser'], wordForWord: false, note: 'daily of Cologne'},
    {name: 'Münchner Merkur', kind: 'daily', note: 'daily of Munich'},
    {name: 'Hannoversche Allgemeine Zeitung', kind: 'daily', renderings: ['Hanover General Newspaper', 'Hannover General Newspaper'], wordForWord: false, note: 'daily of Hanover'},
    {name: 'Die Presse', kind: 'daily', needs: 'context', note: 'Austrian national daily, Vienna'},
    {name: 'Der Standard', kind: 'daily', needs: 'cue', renderings: ['The Standard'], wordForWord: false, note: 'Austrian national daily, Vienna (also the Standard titles in English)'},
    {name: 'Kronen Zeitung', kind: 'daily', renderings: ['Crown Newspaper', 'Crown Times'], note: 'Austrian tabloid daily, Vienna (`Krone`)'},
    {name: 'RedaktionsNetzwerk Deutschland', kind: 'agency', renderings: ['Editorial Network Germany', 'Editorial Network in Germany', 'Editorial Network of Germany', 'Germany Editorial Network'], wordForWord: false, note: 'news service of the Madsack newspapers (`RND`)'},
    {name: 'Berliner Zeitung', kind: 'daily', renderings: ['Berlin Newspaper', 'The Berlin Newspaper'], wordForWord: false, note: 'daily of Berlin'},
    {name: 'Rheinische Post', kind: 'daily', renderings: ['Rhenish Post', 'Rhine Post', 'Rhineland Post'], wordForWord: false, note: 'daily of Düsseldorf'},
    {name: 'Stuttgarter Zeitung', kind: 'daily', renderings: ['Stuttgart Newspaper'], wordForWord: false, note: 'daily of Stuttgart'},
    {name: 'Stuttgarter Nachrichten', kind: 'daily', renderings: ['Stuttgart News'], wordForWord: false, note: 'daily of Stuttgart'},
    {name: 'Westdeutsche Allgemeine Zeitung', kind: 'daily', renderings: ['West German General Newspaper', 'Westdeutsche General Newspaper'], wordForWord: false, note: 'daily of the Ruhr, Essen (`WAZ`)'},
    {name: 'Sächsische Zeitung', kind: 'daily', renderings: ['Saxon Newspaper', 'Saxony Newspaper'], wordForWord: false, note: 'daily of Dresden'},
    {name: 'Leipziger Volkszeitung', kind: 'daily', renderings: ['Leipzig People’s Newspaper', 'Leipzig Peoples Newspaper', 'Leipzig Folk Newspaper'], wordForWord: false, note: 'daily of Leipzig'},
    {name: 'Augsburger Allgemeine', kind: 'daily', renderings: ['Augsburg General', 'Augsburg General Newspaper'], wordForWord: false, note: 'daily of Augsburg'},
    {name: 'Mannheimer Morgen', kind: 'daily', renderings: ['Mannheim Morning', 'Mannheimer Morning'], wordForWord: false, note: 'daily of Mannheim'},
    {name: 'Wirtschaftswoche', kind: 'weekly', needs: 'cue', renderings: ['Business Week', 'Economic Week', 'Economy Week'], wordForWord: false, note: 'business weekly, Düsseldorf (also Businessweek in English)'},
    {name: 'Der Freitag', kind: 'weekly', needs: 'cue', renderings: ['The Friday', 'Friday'], wordForWord: false, note: 'left-liberal weekly, Berlin'},
    {name: 'Kleine Zeitung', kind: 'daily', renderings: ['Small Newspaper', 'Little Newspaper', 'The Small Newspaper'], wordForWord: false, note: 'Austrian regional daily, Graz'},
    {name: 'Salzburger Nachrichten', kind: 'daily', renderings: ['Salzburg News'], wordForWord: false, note: 'Austrian daily of Salzburg'},
    {name: 'Tages-Anzeiger', kind: 'daily', renderings: ['Daily Indicator', 'Daily Gazette', 'Day Indicator', 'Daily Advertiser'], wordForWord: false, note: 'Swiss daily of Zurich'},
    {name: 'Blick', kind: 'daily', needs: 'cue', renderings: ['Look', 'Glance', 'View'], wordForWord: false, note: 'Swiss tabloid daily, Zurich'},
    // Broadcasters and programmes
    {name: 'Tagesschau', kind: 'programme', needs: 'cue', renderings: ['Daily Show', 'The Daily Show', 'Day Show', 'Daily Review'], wordForWord: false, note: 'main news bulletin of ARD'},
    {name: 'heute journal', kind: 'programme', renderings: ['Today Journal', 'today journal'], wordForWord: false, note: 'late news programme of ZDF'},
    {name: 'Bericht aus Berlin', kind: 'programme', note: 'political programme of ARD'},
    {name: 'Berlin direkt', kind: 'programme', needs: 'context', note: 'political programme of ZDF'},
    {name: 'hart aber fair', kind: 'programme', needs: 'context', note: 'political talk show of ARD'},
    {name: 'Tatort', kind: 'work', needs: 'cue', renderings: ['Crime Scene', 'Scene of the Crime'], wordForWord: false, note: 'crime series of ARD'},
    {name: 'Tagesthemen', kind: 'programme', renderings: ['Daily Topics', 'Topics of the Day', 'Day Topics'], wordForWord: false, note: 'late news magazine of ARD'},
    {name: 'Sportschau', kind: 'programme', needs: 'cue', renderings: ['Sports Show', 'Sport Show'], wordForWord: false, note: 'sports programme of ARD'},
    {name: 'Morgenmagazin', kind: 'programme', renderings: ['Morning Magazine'], wordForWord: false, note: 'morning programme of ARD and ZDF'},
    {name: 'Das Erste', kind: 'broadcaster', needs: 'cue', renderings: ['The First', 'First German Television'], wordForWord: false, note: 'ARD’s national channel'},
    {name: 'ZDF', kind: 'broadcaster', renderings: ['Second German Television', 'Second German TV'], wordForWord: false, note: 'national public broadcaster (`Zweites Deutsches Fernsehen`)'},
    {name: 'Schloss Bellevue', kind: 'place', english: 'Bellevue Palace', renderings: ['Bellevue Castle'], wordForWord: false, note: 'residence of the German president'},
    {name: 'Westfalenstadion', kind: 'place', renderings: ['Westphalia Stadium', 'Westphalian Stadium'], wordForWord: false, note: 'stadium of Borussia Dortmund'},
    {name: 'Deutschlandfunk', kind: 'broadcaster', renderings: ['Germany Radio', 'Germany Broadcasting', 'Germany Broadcast', 'Deutschland Radio'], wordForWord: false, note: 'national public radio'}
  ]
}
