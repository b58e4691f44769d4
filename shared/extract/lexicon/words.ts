/** Small closed word lists the rules need; the open-ended lexicon comes from compromise (see lexicon.ts). */

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Job titles and ranks that precede a person's name ("Defense Minister Khawaja Asif"). */
export const TITLES = set(`president vice prime minister secretary chancellor premier governor senator sen rep
  representative congressman congresswoman mayor ambassador envoy spokesman spokeswoman spokesperson chairman
  chairwoman chair director chief commander general gen lieutenant lt colonel col major maj captain capt sergeant
  sgt admiral adm marshal king queen prince princess emperor sheikh sultan emir pope cardinal bishop archbishop
  rev reverend father imam ayatollah mullah judge justice attorney prosecutor lawyer dr doctor professor prof
  mr mrs ms miss sir lord lady dame officer agent inspector detective coach ceo founder leader deputy chancellor
  commissioner councillor councilman minister-president speaker`);

/** Nouns that make "Taliban X" the government of the Taliban (the modifier + governance variants). */
export const GOVERNANCE_HEADS = set('regime government administration authorities authority leadership rulers junta');

/** Last words that make a capitalised phrase an organisation, whatever the tagger said. */
export const ORG_HEADS = set(`army navy force forces corps guard party front movement brigade brigades militia
  council committee commission ministry department agency bureau office organisation organization association
  union federation league alliance coalition bank corporation corp inc ltd company group institute university
  college school academy court parliament assembly congress senate cabinet police service services network
  foundation fund trust society church mission council ngo regime government administration authorities`);

/** Last words that make a capitalised phrase an event. */
export const EVENT_HEADS = set(`agreement accord accords treaty summit talks conference war offensive operation
  massacre bombing attack attacks uprising revolution election elections referendum ceasefire truce protocol
  convention games olympics championship festival crisis invasion siege battle campaign`);

export const MONTHS = set(`january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`);

export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Capitalised words that open sentences or headings and are not names on their own. */
export const NOT_NAMES = set(`the a an he she it they we i you this that these those there but and or if when
  in on at of for to from by with as after before during while since however meanwhile according despite
  although though yet so then also mr mrs ms dr`);

/** Religious and ethnic group words: like demonyms, they describe people rather than name an entity. */
export const GROUP_WORDS = set(`jew jews jewish christian christians muslim muslims moslem moslems arab arabs sunni
  sunnis shia shiite shiites catholic catholics protestant protestants hindu hindus sikh sikhs buddhist buddhists
  kurd kurds kurdish pashtun pashtuns baloch baluch tamil tamils hutu tutsi alawite alawites druze yazidi yazidis
  latino latinos hispanic hispanics caucasian republican republicans democrat democrats communist communists`);

/** Name suffixes that belong to the person before them ("Martin Luther King Jr."). */
export const NAME_SUFFIXES = set('jr jr. sr sr. ii iii iv');

/** Abbreviations that are never names by themselves. */
export const NOT_NAME_ABBREVIATIONS = set('no. nos. b.c. a.d. p.m. a.m. vol. pp. p. fig. ca. cf. e.g. i.e. etc.');

/** Nouns that make "<demonym> X" an actor: "Iraqi forces", "Turkish troops", "Afghan officials". */
export const FORCE_HEADS = set(`forces troops military army navy police militia militias fighters militants rebels
  soldiers officials security`);


/** Wire agencies and international bodies news copy names by acronym; compromise's lexicon lacks them. */
export const ORG_NAMES = `AP|AFP|Reuters|UPI|Xinhua|TASS|ITAR-TASS|Interfax|Kyodo|Yonhap|SAPA|ANSA|EFE|DPA|ANP|PTI|IRNA|KCNA|
  Anadolu|Bernama|Antara|UN|U.N.|UNHCR|UNICEF|UNESCO|UNRWA|ICRC|IAEA|IMF|KGB|CBS|ABC|NBC|CNN|BBC|ASEAN|OPEC|OSCE|
  Interpol|Europol|Hamas|Hezbollah|Taliban|ISIS|ISIL|Daesh|Da'esh|Da’esh|al-Qaeda|Al-Shabaab|Boko Haram|Pentagon|Kremlin`
  .split('|')
  .map((x) => x.trim());

/** World regions news copy names that compromise's lexicon lacks. */
export const REGION_NAMES = `Middle East|Near East|Far East|West Bank|Gaza Strip|Horn of Africa|Persian Gulf|Balkans|Caucasus|
  Levant|Maghreb|Sahel|Kashmir|South Asia|Central Asia|Southeast Asia|East Asia|Latin America|North Africa|
  West Africa|East Africa|Sub-Saharan Africa|Western Europe|Eastern Europe|Central Europe|Scandinavia|Kurdistan`
  .split('|')
  .map((x) => x.trim());
