/**
 * Whether a glossary match means the glossary's concept where it stands. Pure: no DOM, no
 * `browser`. Two kinds of evidence:
 *
 * - The words right around a match. "skin microbiome", "the microbiota of the mouth": a
 *   bare "microbiome" or "microbiota" qualified by another body site or habitat is not the
 *   gut microbiome. "Canis lupus" is a wolf, "cellulose acetate" a plastic, "acetate
 *   fabric" a cloth, "para-probiotics" a different concept.
 * - What the page is about. A form that often means something else in ordinary text (a
 *   company's or a degree's initials such as "IBS" or "NGS", "lupus", "acetate") is marked
 *   only when the page shows the topic: it names the same entry in an unambiguous form, or
 *   at least MIN_TOPIC_ENTRIES other entries. A word the glossary leaves out because alone
 *   it is usually something else ("fibre") counts on a page about that entry's subject.
 */

/** Distinct entries, named unambiguously, that make a page about our topics. */
export const MIN_TOPIC_ENTRIES = 2;

/** Body sites and habitats whose microbiome is not the gut's. */
const OTHER_SITES = new Set(
  (
    'skin cutaneous dermal scalp oral mouth dental tooth teeth tongue salivary saliva subgingival supragingival periodontal ' +
    'plaque nasal nose nasopharyngeal airway airways respiratory lung lungs pulmonary vaginal vagina cervicovaginal cervical ' +
    'uterine endometrial penile genital urogenital reproductive urinary bladder urine ocular eye conjunctival ear milk ' +
    'breastmilk placental placenta axillary armpit foot soil rhizosphere root roots leaf phyllosphere plant plants crop ' +
    'ocean oceanic marine sea seawater freshwater lake river water wastewater sediment sediments coral sponge insect bee ' +
    'honeybee tick mosquito environmental indoor hospital building air tumour tumor'
  ).split(' '),
);
/** The bare forms of "gut microbiome" that a site word can qualify. */
const BARE_MICROBIOME = new Set(['microbiome', 'microbiomes', 'microbiota', 'microbiotas', 'microflora', 'flora']);

/**
 * Words the glossary does not match alone that mean the entry on a page about its subject:
 * "fibre" on a page about diet. The page must name the entry itself, or MIN_TOPIC_ENTRIES
 * of the subject's entries.
 */
export const TOPIC_FORMS: readonly { id: string; name: string; forms: readonly string[]; subject: readonly string[] }[] = [
  {
    id: 'dietary-fibre',
    name: 'dietary fibre',
    forms: ['fibre', 'fiber', 'fibres', 'fibers'],
    subject: ['dietary-fibre', 'prebiotics', 'probiotics', 'synbiotics', 'scfas', 'butyrate', 'fermented-foods', 'polyphenols', 'gut-microbiome'],
  },
];

/** Whether the page's topics show the subject of a topic form's entry. */
export function subjectShown(topics: ReadonlySet<string>, rule: (typeof TOPIC_FORMS)[number]): boolean {
  return topics.has(rule.id) || rule.subject.filter((id) => topics.has(id)).length >= MIN_TOPIC_ENTRIES;
}

/** Words right before a form that make it another concept: a compound's or a species' name. */
const NOT_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['lupus', new Set(['canis'])],
  ...['fibre', 'fiber', 'fibres', 'fibers'].map(
    (f) => [f, new Set(['optical', 'optic', 'carbon', 'glass', 'nerve', 'muscle', 'synthetic', 'textile', 'acetate', 'nylon', 'polyester', 'moral', 'dark'])] as const,
  ),
  ...['acetate', 'butyrate', 'propionate'].map(
    (f) => [f, new Set(['cellulose', 'vinyl', 'polyvinyl', 'ethyl', 'methyl', 'propyl', 'butyl', 'isoamyl', 'amyl', 'benzyl', 'lead'])] as const,
  ),
]);
/** Words right after a form that make it another thing: a material. */
const NOT_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['fibre', 'fiber', 'fibres', 'fibers'].map(
    (f) => [f, new Set(['optic', 'optics', 'broadband', 'network', 'networks', 'cable', 'cables', 'channel', 'channels', 'connection', 'internet'])] as const,
  ),
  ['acetate', new Set(['fabric', 'fabrics', 'fibre', 'fiber', 'fibres', 'fibers', 'yarn', 'film', 'films', 'sheet', 'sheets', 'frame', 'frames', 'glasses', 'lining', 'satin', 'silk', 'dress', 'plastic', 'tape'])],
]);
/** Prefixes that make a different concept of what follows: "para-probiotics", "pseudo-dysbiosis". */
const OTHER_CONCEPT_PREFIX = /(?:^|[^\p{L}])(?:para|pseudo)-$/iu;

/** Words that often mean something else in ordinary text: matched only on a page about our topics. */
const AMBIGUOUS_WORDS = new Set(['lupus', 'acetate', 'acetates']);

/**
 * Whether the matched form `form` (as written on the page) is ambiguous: a word from the list
 * above, or initials (two to four capitals, with or without a plural "s"), which companies,
 * degrees and organisations share ("IBS", "NGS", "FMT").
 */
export function isAmbiguousForm(form: string): boolean {
  // Runs for every match on a page: plain lower case suffices for these one-word forms.
  return /^\p{Lu}{2,4}s?$/u.test(form) || AMBIGUOUS_WORDS.has(form.toLowerCase());
}

const WORD_BEFORE = /([\p{L}]+)(?:'s)?[\s-]+$/u;
const WORD_AFTER = /^[\s]+([\p{L}]+)/u;
const OF_SITE_AFTER = /^\s+of\s+(?:the\s+|a\s+|our\s+|their\s+|human\s+)?([\p{L}]+)/u;

/** Whether the text around text[start, end) makes the match another concept (see the module comment). */
export function refusedByContext(text: string, start: number, end: number): boolean {
  // Runs for every match on a page: the cheap tests first, the words around only for the few forms that need them.
  if (text[start - 1] === '-' && OTHER_CONCEPT_PREFIX.test(text.slice(Math.max(0, start - 8), start))) return true;
  if (end - start > 12) return false;
  const form = text.slice(start, end).toLowerCase();
  if (!BARE_MICROBIOME.has(form) && !NOT_BEFORE.has(form) && !NOT_AFTER.has(form)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const wordBefore = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (BARE_MICROBIOME.has(form)) {
    if (wordBefore !== undefined && OTHER_SITES.has(wordBefore)) return true;
    const site = OF_SITE_AFTER.exec(after)?.[1]?.toLowerCase();
    if (site !== undefined && OTHER_SITES.has(site)) return true;
  }
  if (wordBefore !== undefined && NOT_BEFORE.get(form)?.has(wordBefore)) return true;
  const wordAfter = WORD_AFTER.exec(after)?.[1]?.toLowerCase();
  return wordAfter !== undefined && NOT_AFTER.get(form)?.has(wordAfter) === true;
}

/** Whether the page shows the topic an ambiguous match of entry `id` needs (see the module comment). */
export function topicShown(topics: ReadonlySet<string>, id: string): boolean {
  return topics.has(id) || topics.size >= MIN_TOPIC_ENTRIES;
}
