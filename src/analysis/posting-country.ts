/**
 * Whether a posting is in the United States, from its location (and the board's country site):
 * the reference bands are US big-tech pay, so a posting elsewhere is told so, in one line. Only a
 * clear answer counts: "Remote" or an empty location is neither.
 */
export type PostingPlace = { inUs: true } | { inUs: false; where: string } | { inUs: null };

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const US_STATE_NAMES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming';
const US = new RegExp(
  String.raw`\b(?:united states|u\.s\.a?\.?|usa|us|america|nyc|san francisco|bay area|silicon valley|seattle|boston|austin|chicago|los angeles|denver|atlanta|${US_STATE_NAMES})\b|,\s*(?:${US_STATES})\b`,
  'i',
);

/** Countries (and the cities postings most often name instead) that are not the US. */
const ELSEWHERE: readonly (readonly [string, RegExp])[] = [
  ['Canada', /\b(?:canada|toronto|vancouver|montr[eé]al|ottawa|calgary|waterloo|ontario|quebec|british columbia)\b/i],
  ['the United Kingdom', /\b(?:united kingdom|uk|england|scotland|wales|london|manchester|edinburgh|cambridge, uk|bristol)\b/i],
  ['Ireland', /\b(?:ireland|dublin|cork)\b/i],
  ['Germany', /\b(?:germany|deutschland|berlin|munich|m[üu]nchen|hamburg|frankfurt|cologne)\b/i],
  ['France', /\b(?:france|paris|lyon)\b/i],
  ['the Netherlands', /\b(?:netherlands|amsterdam|rotterdam|utrecht|eindhoven)\b/i],
  ['Spain', /\b(?:spain|madrid|barcelona)\b/i],
  ['Portugal', /\b(?:portugal|lisbon|porto)\b/i],
  ['Italy', /\b(?:italy|milan|milano|rome|roma)\b/i],
  ['Switzerland', /\b(?:switzerland|zurich|z[üu]rich|geneva)\b/i],
  ['Poland', /\b(?:poland|warsaw|krak[oó]w|wroc[lł]aw)\b/i],
  ['Sweden', /\b(?:sweden|stockholm|gothenburg)\b/i],
  ['Denmark', /\b(?:denmark|copenhagen)\b/i],
  ['Norway', /\b(?:norway|oslo)\b/i],
  ['Finland', /\b(?:finland|helsinki|tampere)\b/i],
  ['Belgium', /\b(?:belgium|brussels)\b/i],
  ['Austria', /\b(?:austria|vienna)\b/i],
  ['Czechia', /\b(?:czechia|czech republic|prague)\b/i],
  ['Romania', /\b(?:romania|bucharest)\b/i],
  ['Greece', /\b(?:greece|athens)\b/i],
  ['Ukraine', /\b(?:ukraine|kyiv|kiev)\b/i],
  ['Israel', /\b(?:israel|tel aviv|tel-aviv|jerusalem|haifa|herzliya|petah tikva)\b/i],
  ['India', /\b(?:india|bengaluru|bangalore|hyderabad|pune|mumbai|chennai|gurgaon|gurugram|noida|new delhi|delhi)\b/i],
  ['Singapore', /\bsingapore\b/i],
  ['Australia', /\b(?:australia|sydney|melbourne|brisbane|perth|adelaide|canberra)\b/i],
  ['New Zealand', /\b(?:new zealand|auckland|wellington)\b/i],
  ['Japan', /\b(?:japan|tokyo|osaka)\b/i],
  ['China', /\b(?:china|beijing|shanghai|shenzhen)\b/i],
  ['Hong Kong', /\bhong kong\b/i],
  ['South Korea', /\b(?:south korea|korea|seoul)\b/i],
  ['Brazil', /\b(?:brazil|s[aã]o paulo|rio de janeiro)\b/i],
  ['Mexico', /\b(?:mexico|m[eé]xico|guadalajara|monterrey)\b/i],
  ['Argentina', /\b(?:argentina|buenos aires)\b/i],
  ['Colombia', /\b(?:colombia|bogot[aá]|medell[ií]n)\b/i],
  ['South Africa', /\b(?:south africa|cape town|johannesburg)\b/i],
  ['the United Arab Emirates', /\b(?:united arab emirates|uae|dubai|abu dhabi)\b/i],
  ['Egypt', /\b(?:egypt|cairo)\b/i],
  ['Nigeria', /\b(?:nigeria|lagos)\b/i],
  ['the Philippines', /\b(?:philippines|manila)\b/i],
  ['Vietnam', /\b(?:vietnam|viet nam|ho chi minh|hanoi)\b/i],
  ['Europe', /\b(?:europe|emea|eu)\b/i],
];

export function postingPlace(location: string | null | undefined, boardCountry?: string | null): PostingPlace {
  const text = (location ?? '').trim();
  const elsewhere = ELSEWHERE.find(([, pattern]) => pattern.test(text))?.[0];
  const inUs = US.test(text);
  // A list naming the US and somewhere else ("New York or London") is not clearly either.
  if (inUs && elsewhere) return { inUs: null };
  if (inUs) return { inUs: true };
  if (elsewhere) return { inUs: false, where: elsewhere };
  if (boardCountry && !/united states/i.test(boardCountry)) return { inUs: false, where: boardCountry };
  return { inUs: null };
}
