/**
 * Country name → ISO 3166-1 alpha-2 code, for STIX location.country. Built from the platform's own
 * CLDR region names (Intl.DisplayNames, in Node and every browser) so no country table is shipped;
 * a short list adds the other names people write. Codes CLDR knows that are not ISO countries
 * (EU, UN, deprecated codes that repeat a current name) are left out.
 */
const NOT_COUNTRIES = new Set(
  'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '),
);

const EXTRA: Record<string, string> = {
  turkey: 'TR',
  turkiye: 'TR',
  'united states of america': 'US',
  usa: 'US',
  'u s': 'US',
  us: 'US',
  america: 'US',
  uk: 'GB',
  'u k': 'GB',
  britain: 'GB',
  'great britain': 'GB',
  burma: 'MM',
  myanmar: 'MM',
  'ivory coast': 'CI',
  'cote d ivoire': 'CI',
  'democratic republic of the congo': 'CD',
  drc: 'CD',
  'dr congo': 'CD',
  'republic of the congo': 'CG',
  'russian federation': 'RU',
  'czech republic': 'CZ',
  macedonia: 'MK',
  swaziland: 'SZ',
  'holy see': 'VA',
  vatican: 'VA',
  'east timor': 'TL',
  'cabo verde': 'CV',
  palestine: 'PS',
  'state of palestine': 'PS',
  'north korea': 'KP',
  dprk: 'KP',
  'south korea': 'KR',
  'republic of korea': 'KR',
  'islamic republic of pakistan': 'PK',
  'islamic republic of iran': 'IR',
  uae: 'AE',
  'kingdom of saudi arabia': 'SA',
  ksa: 'SA',
  'viet nam': 'VN',
  'hong kong': 'HK',
  macau: 'MO',
  macao: 'MO',
};

/** Lower case, no accents, "&" as "and", punctuation as spaces, no leading "the". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

let table: Map<string, string> | undefined;

function build(): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = normaliseName(name);
    if (key && !out.has(key)) out.set(key, code);
  };
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    /* a runtime without Intl region names: the short list below still works */
  }
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  if (names)
    for (const a of A)
      for (const b of A) {
        const code = a + b;
        if (NOT_COUNTRIES.has(code)) continue;
        const name = names.of(code);
        if (!name || name === code) continue;
        add(name, code);
      }
  for (const [name, code] of Object.entries(EXTRA)) add(name, code);
  return out;
}

export function countryCode(names: string[]): string | undefined {
  table ??= build();
  for (const n of names) {
    // Names only, never bare codes: "IS" is far more often Islamic State than Iceland.
    const code = table.get(normaliseName(n));
    if (code) return code;
  }
  return undefined;
}
