const words = (s: string) => new Set(s.trim().split(/\s+/));

/*
 * Reporting verbs, as written. Inflected forms, and "say" for the present ("analysts say"); a bare form
 * after a modal or a negation ("did not say", "would say") is no report (NOT_ACTIVE). Forms that are common nouns ("claims", "states", "notes") are
 * left out; so is "called" ("so-called", "what he called").
 */
export const REPORTING_VERBS = words(`
  said says told tells added adds warned warns accused accuses denied denies confirmed confirms dismissed
  dismisses insisted insists explained explains stated claimed alleged alleges announced announces argued
  argues asserted asserts noted stressed stresses emphasized emphasised reiterated reiterates acknowledged
  admitted maintained revealed declared urged urges vowed vows pledged promised threatened blamed blames
  criticized criticised condemned condemns described replied responded wrote writes tweeted cautioned
  predicted suggested complained conceded disclosed remarked affirmed countered contended recalled reported
  assured say`);

/** "..., saying that ...": a participle that reports speech of the clause's subject. */
export const PARTICIPLES = words(`saying adding warning insisting noting stressing arguing accusing claiming
  denying explaining stating asserting urging vowing blaming alleging`);

/** Nouns of speech acts that a verb like "issued" turns into a claim ("issuing a strong warning to Kabul"). */
export const SPEECH_NOUNS = 'warning|statement|threat|ultimatum|denial|appeal|assurance|pledge|accusation|rebuke|condemnation';
export const ISSUING = 'issu(?:ed|es|ing)|gave|giving|delivered|delivering|made|making|released|releasing|sent|sending';

/** Heads of descriptions that can speak without a name ("a senior official", "officials involved in ..."). */
export const ROLE_HEADS = words(`official officials spokesman spokeswoman spokesperson spokespeople source sources
  diplomat diplomats minister ministers ministry officer officers commander commanders analyst analysts expert
  experts witness witnesses resident residents aide aides adviser advisers advisor advisors negotiator negotiators
  representative representatives envoy envoys ambassador lawmaker lawmakers legislator legislators senator
  police statement report reports people person leader leaders chief president secretary government
  authorities military army agency embassy office committee council court prosecutor prosecutors lawyer
  lawyers attorney judge doctors investigators observers monitors activists journalist journalists reporter
  reporters correspondent media newspaper broadcaster daily spokesmen group organization organisation
  mediators mediator delegation delegates insiders critics supporters opponents protesters protestors villagers
  survivors relatives families neighbours neighbors scientists researchers economists historians rebels
  militants soldiers troops company firm bank airline school hospital university union party campaigners
  `);

/** Words that may stand before a name in its subject position: titles and their modifiers. */
export const TITLE_WORDS = words(`the former then prime foreign defense defence information interior finance home
  minister secretary spokesman spokeswoman spokesperson president vice deputy chief general senior top federal
  state provincial opposition leader army military commander ambassador envoy senator governor mayor
  general-secretary secretary-general party justice affairs national security adviser advisor acting of for`);

/** Words that may stand between a speaker and the verb ("Tarar also said", "the ministry has repeatedly denied"). */
export const BETWEEN =
  /(?:\s+(?:also|later|earlier|previously|reportedly|repeatedly|publicly|privately|then|again|further|once|recently|separately|bluntly|firmly|flatly|strongly|angrily|swiftly|has|had|have|today|yesterday|(?:on|last)\s+\p{Lu}\p{Ll}+day))*\s*$/iu;

export const PRONOUNS = words('he she they it');
/** Words that make what follows hypothetical or a question, not a report ("if Tarar said", "who said"). */
export const NOT_A_REPORT = words('if whether unless what who whom how why which when would could should might may must');
/** Words before a verb form that make it passive or adjectival ("was confirmed", "the said agreement"). */
export const NOT_ACTIVE = words(`was were been being is are be get got the a an this that his her its their not never
  to would could should might may must will shall can did does do n't cannot`);
