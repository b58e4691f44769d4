/*
 * Word cues that decide whether, and how, two mentions of one sentence are related. Pure regular
 * expressions over the text before and between the mentions; no word lists of names.
 */

/** Places: they are settings of events, linked by containment and location cues, not by co-occurrence. */
export const PLACE = new Set(['country', 'location']);
/** Who can act (kill, accuse, back, attack): people and bodies. */
export const AGENT = new Set(['person', 'organization', 'country', 'other']);

/*
 * Order of undirected links: the person, then the body, then the place, then the country ("Kennedy – GE",
 * "GE – Cincinnati", "Casablanca – Morocco"), the direction in which such links are read (works for, based
 * in, lives in, lies in).
 */
const RANK: Record<string, number> = { person: 0, organization: 1, other: 2, event: 2, location: 3, country: 4 };
export const rank = (type: string) => RANK[type] ?? 2;

/*
 * Between two neighbours, a change of statement: ";", a dash, a quotation, a reporting verb, a
 * subordinating conjunction, or a content clause ("determined that").
 */
export const CLAUSE_BREAK =
  /[;:]|\s[-–—]{1,2}\s|["“”]|\b(said|says|told|tells|added|adds|according to|but|while|whereas|although|though|because|after|before|when|until|since)\b|\b\w+(ed|es|ing)\s+that\b/i;

export const KILLING = /\b(kill(ed|s|ing)?|murder(ed|s|ing)?|assassinat(ed|es|ing|ion)|shot|shoots?|shooting|slain|slaying|slew|stabbed|executed|killer|assassin|murderer)\b|\b(fired|opened fire)\b[^,;]{0,40}\b(at|on|into)\b/i;
/** "X was murdered by Y", "after being shot by Y", "X, assassinated in a coup led by Y": the second is the killer. */
export const KILLED_PASSIVE =
  /\b(was|were|been|being|is|are)\s+(\w+ly\s+)?(killed|murdered|assassinated|shot|slain|stabbed|executed)\b|^\s*,\s*(\w+ly\s+)?(killed|murdered|assassinated|shot|slain|stabbed|executed)\b.*\bby\b/i;
/** "Lincoln's killer, John Wilkes Booth", "Kennedy assassin Oswald": the second mention is the killer. */
export const KILLER_NOUN = /^\s*(['’]s\s+)?(\w+\s+)?(killer|assassin|murderer)\s*,?\s*$/i;

/** "X as Y" (a cast list), "X, also known as Y", "X was born Y", "X (Y)": one person under two names or roles. */
export const SAME_REFERENT = /^\s*(as|,?\s*(also|better|formerly)\s+known\s+as|,?\s*(alias|a\.k\.a\.?|aka)|was\s+born|\()\s*["“]?$/i;

/** The words of a dateline between its places and its agency: commas, dates, a day and month. */
export const DATELINE_FILLER =
  /^[\s,]*((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*\d{0,2}|\d{1,2}\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)?[\s,]*\($/;

/** "X in Y", "X, in northern Y": the first place is in the second. */
export const IN_PLACE = /^\s*,?\s*in\s+(the\s+)?((north|south|east|west)\w*|central|[a-z]+-central)?\s*$/i;
/** "Y's X", "Y's southern province of X", "Y's largest slum, X": the second place is in the first. */
export const PART_OF_PLACE = /^['’]s\s+((?!(with|to|and|or|against|for|by|from|on|in|at)\b)[a-z-]+\s+){0,3}(of\s+(the\s+)?|,\s*)?$/;

/** "Acme, based in Leeds", "Acme, which is headquartered in Leeds": the first is based in the place. */
export const BASED_IN = /^\s*,?\s*((which|that)\s+is\s+)?(based|headquartered)\s+in\s+(the\s+)?$/i;
/** "the Leeds-based Acme": the second is based in the place. */
export const BASED_AFTER = /^-(based|headquartered)\s+(the\s+)?$/i;

/** An apposition opens after a name with a comma and a description: ", the founder of the", ", author of". */
export const APPOSITION_START = /^\s*,\s*(?=[a-z0-9])[^,;()]*$/;
/** ... and closes with a comma before the predicate: ", was born in", ", died in", ", lives in". */
export const APPOSITION_END = /^["”]?\s*,\s*["”]?\s*(\w+ly\s+)?(was|were|is|are|has|had|have|will|would|died|dies|lives|lived|grew|became|serves|served|works|worked)\b/i;

/** Words for a post or a job in a body. */
const ROLE =
  '(spokes(man|woman|person)|chair(man|woman|person)?|director|president|vice[- ]president|chief|official|officer|executive|employee|correspondent|reporter|anchor(man|woman)?|newsman|editor|leader|head|member|secretary|minister|commander|manager|adviser|advisor|analyst|researcher|professor|lawyer|attorney|agent)';
/** "GE spokesman Richard Kennedy", "ITAR-TASS diplomatic correspondent Yuriy Tyssovsky": a role between. */
export const ROLE_BEFORE_PERSON = new RegExp(`^\\s*(['’]s\\s+)?([a-z-]+\\s+){0,2}${ROLE}\\s*,?\\s*$`, 'i');
/** "Mazor, spokesman for the Air Line Pilots Association", "Bander, vice president at American Express". */
export const ROLE_OF_BODY = new RegExp(`^\\s*,\\s*(an?\\s+|the\\s+)?(former\\s+|deputy\\s+|senior\\s+)?([a-z-]+\\s+){0,2}${ROLE}\\s+(of|for|at|with|in)\\s+(the\\s+)?$`, 'i');

/**
 * "Pakistan's Defense Minister Khawaja Asif", "Soviet President Gorbachev", "Idaho Gov. Cecil Andrus": a
 * public office of the place before the person.
 */
export const OFFICE_BEFORE_PERSON =
  /^(['’]s)?\s+([\p{Lu}][\p{L}-]*\.?\s+|[a-z-]+\s+){0,3}(minister|secretary|president|vice[- ]president|premier|prime\s+minister|governor|gov\.|senator|sen\.|representative|rep\.|mayor|commissioner|attorney(\s+general)?|ambassador|envoy|spokes\w+|chief|official|commander|leader|king|queen|prince)\s+$/iu;
