/**
 * Glossary entries for the second half of the seed article: germ-free vs conventional
 * animals, the key bacteria, diet and probiotics, and microbiome-based therapies.
 * Definitions are written in the project's own words for curious lay readers.
 *
 * Form rules (see ../schema.ts and ../normalize.ts): `aliases` match case-insensitively,
 * `abbreviations` case-sensitively; hyphen/space/en-dash and curly/straight apostrophe
 * variants fold automatically and are not listed. Forms that contain another form of the
 * same entry are not listed either (the shorter form already matches inside them).
 */
import type { BuiltInEntryInput } from '../schema.ts';

export const microbeEntries: BuiltInEntryInput[] = [
  // ── Germ-free vs. conventional gut ────────────────────────────────────────────────
  {
    id: 'germ-free-animals',
    term: 'germ-free animals',
    definition:
      'Lab animals, usually mice, born and raised in sealed sterile cages. No live microbes can be detected in or on them.',
    section: 'germ-free-vs-conventional',
    whyItMatters:
      'Compared with normal animals they have fewer gut dendritic cells, fewer and weaker neutrophils and weaker immune responses. Adding back chosen bacteria shows which microbe does what.',
    evidence: 'animals',
    aliases: [
      'germ-free animal',
      'germ-free mice',
      'germ-free mouse',
      'germ-free rats',
      'germ-free rat',
      'germ-free rodents',
      'germ-free rodent',
      'germfree animals',
      'germfree animal',
      'germfree mice',
      'germfree mouse',
      'germfree rats',
      'germfree rat',
      'germfree rodents',
      'germfree rodent',
      'axenic animals',
      'axenic mice',
    ],
    abbreviations: ['GF animals', 'GF animal', 'GF mice', 'GF mouse', 'GF rats', 'GF rat', 'GF rodents'],
    excluded: [
      {
        form: 'GF',
        reason: 'Alone it also means gluten-free, girlfriend and much else; only "GF mice", "GF rats" and similar phrases are matched.',
      },
      {
        form: 'germ-free',
        reason: 'Alone it is an everyday word in cleaning and hygiene adverts; only germ-free animals, mice, rats and rodents are matched.',
      },
      {
        form: 'gnotobiotic',
        reason: 'Means animals whose microbes are all known, which includes animals deliberately given chosen bacteria, so it is broader than germ-free.',
      },
      { form: 'axenic', reason: 'Alone it also describes pure laboratory cultures of a single organism.' },
    ],
    related: ['neutrophils', 'dendritic-cells', 'e-coli', 'immune-homeostasis', 'gut-microbiome'],
  },
  {
    id: 'neutrophils',
    term: 'neutrophils',
    definition:
      'The most common white blood cells. They rush to an infection and swallow and kill bacteria and fungi.',
    section: 'germ-free-vs-conventional',
    whyItMatters:
      'Germ-free rats have fewer neutrophils, and theirs make less of the chemicals that kill germs. Moving the rats to a normal setting later did not fully fix this, a hint that early contact with microbes matters.',
    evidence: 'animals',
    aliases: ['neutrophil'],
    excluded: [
      {
        form: 'neutrophilic',
        reason: 'In microbiology it also describes microbes that prefer a neutral pH, which has nothing to do with the white blood cell.',
      },
      {
        form: 'PMN',
        reason: 'Short for polymorphonuclear leukocytes, a group that also takes in eosinophils and basophils, so it does not always mean neutrophils.',
      },
    ],
    related: ['neutropenia', 'germ-free-animals', 'nod1', 'peptidoglycan', 'innate-immunity'],
  },
  {
    id: 'mhc-class-ii',
    term: 'MHC class II',
    definition:
      'Molecules on immune cells such as dendritic cells and macrophages. They hold up bits of protein for helper T cells to inspect.',
    section: 'germ-free-vs-conventional',
    whyItMatters:
      'Macrophages in germ-free animals lack this sign of activation, which normal animals show, so gut microbes seem to help switch these cells on.',
    evidence: 'animals',
    aliases: [
      'MHC class 2',
      'class II MHC',
      'major histocompatibility complex class II',
      'class II major histocompatibility complex',
      'HLA class II',
    ],
    abbreviations: ['MHC-II', 'MHCII'],
    excluded: [
      {
        form: 'MHC',
        reason: 'Alone it also covers MHC class I, which does a different job, and the letters have unrelated meanings outside biology.',
      },
      {
        form: 'class II',
        reason: 'An ordinary phrase for medical devices, railway carriages, offences, airspace and much more.',
      },
      { form: 'HLA', reason: 'The whole human MHC, class I genes included, best known from tissue typing for transplants.' },
    ],
    related: ['antigen-presenting-cells', 'macrophages', 't-helper-cells', 'germ-free-animals', 'dendritic-cells'],
  },
  {
    id: 'nk-cells',
    term: 'natural killer cells',
    definition:
      'White blood cells that kill infected or cancer cells on sight, without having met the threat before. They also release signals.',
    detail:
      'The NKp46+ gut cells of early studies (once called NK-22 cells) are group 3 innate lymphoid cells (ILC3s): they share some markers with NK cells but develop separately, do not kill, and are the main early source of IL-22 in the gut.',
    section: 'germ-free-vs-conventional',
    whyItMatters:
      'Gut cells first thought to be NK cells that make IL-22 turned out to be a separate group, ILC3s. In germ-free mice these cells make less IL-22 than in normal mice.',
    evidence: 'animals',
    aliases: ['natural killer cell'],
    abbreviations: ['NK cells', 'NK cell'],
    excluded: [
      {
        form: 'NK',
        reason: 'Alone it often means North Korea and appears in product codes; only "NK cell" and "NK cells" are matched.',
      },
      {
        form: 'NKT cells',
        reason: 'Natural killer T cells are a different kind of T cell that only shares some surface markers with NK cells.',
      },
    ],
    related: ['il-22', 'innate-immunity', 'germ-free-animals', 'cytokines'],
  },
  {
    id: 'il-22',
    term: 'interleukin-22',
    definition:
      'A signal protein (cytokine) that acts on the cells lining the gut. It helps them repair and make their own germ-killing proteins.',
    section: 'germ-free-vs-conventional',
    whyItMatters:
      'In the gut it comes mostly from innate lymphoid cells (ILC3s) and Th17 cells. Germ-free mice make less of it than mice with normal microbes.',
    evidence: 'animals',
    abbreviations: ['IL-22', 'IL22'],
    excluded: [
      {
        form: 'IL',
        reason: 'Alone it is also the abbreviation for Illinois and appears in many codes; only the full "IL-22" is matched.',
      },
    ],
    related: ['nk-cells', 'cytokines', 'gut-barrier', 'th17-cells'],
  },

  // ── Key bacteria for immune homeostasis ───────────────────────────────────────────
  {
    id: 'e-coli',
    term: 'Escherichia coli',
    definition:
      'A bacterium that normally lives in the gut. Most strains are harmless; some cause food poisoning, and it is the leading cause of urinary tract infections.',
    section: 'key-bacteria',
    whyItMatters:
      'When germ-free mice were given E. coli as their only microbe, dendritic cells came back to their gut: one species can reshape gut immunity.',
    evidence: 'animals',
    abbreviations: ['E. coli', 'E.coli', 'E coli'],
    excluded: [
      {
        form: 'coli',
        reason: 'Also the species name of other bacteria (for example Campylobacter coli) and a Latin word; only genus-plus-species forms are matched.',
      },
      { form: 'Escherichia', reason: 'The genus holds other species as well, so alone it does not mean E. coli.' },
      {
        form: 'STEC',
        reason: 'Names only the toxin-producing strains behind food-poisoning outbreaks, not the species as a whole.',
      },
    ],
    related: ['germ-free-animals', 'dendritic-cells', 'commensal-bacteria', 'antibiotics'],
  },
  {
    id: 'microbial-atp',
    term: 'microbe-derived ATP',
    definition:
      'ATP is the molecule all cells use to carry energy. Gut bacteria release some of it, and immune cells can sense it as a signal.',
    section: 'key-bacteria',
    whyItMatters:
      'In mice, ATP from gut bacteria switches on dendritic cells that carry CD70 and CX3CR1, which then push T cells to become Th17 cells.',
    evidence: 'animals',
    aliases: [
      'microbial ATP',
      'bacterial ATP',
      'bacteria-derived ATP',
      'microbiota-derived ATP',
      'commensal-derived ATP',
      'microbe-derived adenosine triphosphate',
    ],
    excluded: [
      {
        form: 'ATP',
        reason: 'Every living cell makes and uses ATP, and the letters also name the men’s tennis tour, so alone it would light up countless pages; only forms saying it comes from microbes are matched.',
      },
      {
        form: 'adenosine triphosphate',
        reason: 'The general name of the molecule across all of biology, not the signal released by microbes.',
      },
      {
        form: 'extracellular ATP',
        reason: 'Also released by the body’s own stressed or dying cells, so it does not necessarily come from microbes.',
      },
    ],
    related: ['dendritic-cells', 'cd70', 'cx3cr1', 'th17-cells'],
  },
  {
    id: 'th17-cells',
    term: 'Th17 cells',
    definition:
      'Helper T cells that make the signal IL-17. They fight bacteria and fungi at the body’s surfaces but can drive harmful inflammation.',
    section: 'key-bacteria',
    whyItMatters:
      'In mice, some gut bacteria and the ATP they release push T cells to become Th17 cells. These cells guard the gut but also take part in autoimmune disease.',
    evidence: 'animals',
    aliases: ['Th17 cell', 'T helper 17', 'T helper 17 cells', 'T helper 17 cell', 'Th-17 cells', 'Th-17 cell'],
    abbreviations: ['Th17', 'TH17', 'Th-17', 'TH-17'],
    excluded: [
      {
        form: 'IL-17',
        reason: 'The signal Th17 cells release, which other cells make too; it is a molecule, not the cell type.',
      },
    ],
    related: ['t-helper-cells', 'microbial-atp', 'autoimmune-disease', 'dendritic-cells', 'tregs'],
  },
  {
    id: 'cd70',
    term: 'CD70',
    definition:
      'A protein on the surface of some active immune cells, such as dendritic cells. It gives T cells an extra signal to multiply and specialise.',
    section: 'key-bacteria',
    whyItMatters:
      'In mice, the dendritic cells that sense ATP from gut bacteria carry CD70 and use it to steer T cells towards Th17 cells.',
    evidence: 'animals',
    aliases: [
      'CD27 ligand',
      'tumour necrosis factor ligand superfamily member 7',
      'tumor necrosis factor ligand superfamily member 7',
    ],
    abbreviations: ['CD70', 'Cd70', 'CD-70', 'CD27L', 'TNFSF7'],
    excluded: [
      {
        form: 'CD',
        reason: 'Alone it means compact disc, certificate of deposit and many other things; only the full marker name is matched.',
      },
    ],
    related: ['cx3cr1', 'microbial-atp', 'th17-cells', 'dendritic-cells'],
  },
  {
    id: 'cx3cr1',
    term: 'CX3CR1',
    definition:
      'A receptor on some gut dendritic cells and macrophages. Scientists use it as a marker to tell these cells apart.',
    section: 'key-bacteria',
    whyItMatters:
      'With CD70, it marks the mouse gut dendritic cells that sense ATP from bacteria and then drive Th17 cells to form.',
    evidence: 'animals',
    aliases: ['fractalkine receptor', 'CX3C chemokine receptor 1', 'CX3C motif chemokine receptor 1'],
    abbreviations: ['CX3CR1', 'Cx3cr1', 'CX3CR-1', 'GPR13'],
    excluded: [
      { form: 'CX3CL1', reason: 'The name of fractalkine itself, the signal this receptor senses, not the receptor.' },
    ],
    related: ['cd70', 'microbial-atp', 'dendritic-cells', 'macrophages'],
  },
  {
    id: 'peptidoglycan',
    term: 'peptidoglycan',
    definition:
      'A tough mesh of sugars and short protein chains that forms the wall around almost all bacteria. It gives them their shape and strength.',
    section: 'key-bacteria',
    whyItMatters:
      'In mice, bits of it from gut bacteria reach the blood and, through the sensor NOD1, make neutrophils in the bone marrow better at killing germs.',
    evidence: 'animals',
    aliases: ['peptidoglycans', 'murein'],
    excluded: [
      {
        form: 'PGN',
        reason: 'Common lab shorthand, but on ordinary pages it far more often means Portable Game Notation for recording chess games.',
      },
      { form: 'PG', reason: 'Also parental guidance, prostaglandin, propylene glycol and much more.' },
      { form: 'muropeptides', reason: 'Small breakdown pieces of peptidoglycan, not the cell-wall mesh itself.' },
    ],
    related: ['nod1', 'neutrophils', 'postbiotics', 'commensal-bacteria'],
  },
  // Added: not in the spec, because it is the bacterial molecule that "leaky gut" and gut-brain
  // stories blame for body-wide inflammation, and readers meet it as LPS or endotoxin.
  {
    id: 'lps',
    term: 'lipopolysaccharide',
    definition:
      'A molecule on the outer surface of many bacteria, such as E. coli. Even tiny amounts in the blood set off strong inflammation.',
    section: 'microbiome-and-immunity',
    whyItMatters:
      'In mice, fatty diets let more of it pass from the gut into the blood, causing low-grade inflammation. In people this has been seen as a link, not shown as a cause.',
    evidence: 'animals',
    aliases: ['lipopolysaccharides', 'endotoxin', 'endotoxins'],
    abbreviations: ['LPS'],
    related: ['toll-like-receptors', 'e-coli', 'gut-barrier', 'inflammation'],
  },
  {
    id: 'nod1',
    term: 'NOD1',
    definition:
      'A sensor protein inside cells. It spots a particular piece of bacterial cell wall (peptidoglycan) and sets off an immune alarm.',
    section: 'key-bacteria',
    whyItMatters:
      'In mice, NOD1 picks up cell-wall pieces coming from the gut, and neutrophils in the bone marrow become better at killing germs.',
    evidence: 'animals',
    aliases: [
      'nucleotide-binding oligomerization domain-containing protein 1',
      'nucleotide-binding oligomerisation domain-containing protein 1',
    ],
    abbreviations: ['NOD1', 'Nod1', 'NOD-1', 'CARD4'],
    excluded: [
      {
        form: 'NOD',
        reason: 'Also an everyday word and the name of the non-obese diabetic (NOD) mouse used in type 1 diabetes research; only NOD1 is matched.',
      },
      {
        form: 'NOD2',
        reason: 'A related but separate sensor, linked to Crohn’s disease, that recognises a different peptidoglycan fragment.',
      },
    ],
    related: ['peptidoglycan', 'neutrophils', 'innate-immunity', 'germ-free-animals'],
  },
  {
    id: 'immune-homeostasis',
    term: 'immune homeostasis',
    definition:
      'A steady balance in which the immune system reacts firmly to real threats but stays calm towards food, friendly microbes and the body itself.',
    section: 'key-bacteria',
    whyItMatters:
      'In mice, different gut bacteria each support this balance in their own way. No single ‘good’ microbe does it alone: the whole community and what it makes seem to matter.',
    evidence: 'animals',
    aliases: ['immunological homeostasis', 'immune balance', 'gut homeostasis', 'intestinal homeostasis'],
    excluded: [
      {
        form: 'homeostasis',
        reason: 'Alone it covers any balance the body keeps, such as temperature or blood sugar, not specifically the immune system.',
      },
    ],
    related: ['self-tolerance', 'tregs', 'microbial-diversity', 'inflammation-anergy', 'commensal-bacteria'],
  },
  // Added: not in the spec, because it is the butyrate-maker most often named in studies of
  // people with IBD, the key-bacteria answer's question asked of human data.
  {
    id: 'faecalibacterium-prausnitzii',
    term: 'Faecalibacterium prausnitzii',
    definition:
      'One of the most common bacteria in the healthy adult gut. It makes butyrate from fibre.',
    section: 'key-bacteria',
    whyItMatters:
      'People with Crohn’s disease tend to have less of it. In mice it calms gut inflammation; whether giving it helps people is not yet known.',
    evidence: 'animals',
    aliases: ['Faecalibacterium', 'Fecalibacterium prausnitzii', 'Fecalibacterium'],
    abbreviations: ['F. prausnitzii', 'F.prausnitzii'],
    related: ['butyrate', 'crohns-disease', 'scfas', 'akkermansia'],
  },
  // Added: not in the spec, because it is the gut bacterium most talked about as a
  // "next-generation probiotic" and it lives in the mucus layer of the gut barrier.
  {
    id: 'akkermansia',
    term: 'Akkermansia muciniphila',
    definition: 'A gut bacterium that lives in the mucus layer lining the gut and feeds on it.',
    section: 'key-bacteria',
    whyItMatters:
      'People with obesity or type 2 diabetes tend to have less of it. In mice it improves the gut barrier and blood sugar; one small trial of a killed form in people was promising but early.',
    evidence: 'animals',
    aliases: ['Akkermansia'],
    abbreviations: ['A. muciniphila', 'A.muciniphila'],
    related: ['mucus-layer', 'gut-barrier', 'polyphenols', 'faecalibacterium-prausnitzii'],
  },
  // Added: not in the spec, because the key-bacteria answer stresses that "microbial
  // diversity matters enormously", the diet answer and the Bottom Line return to it, and
  // readers meet the phrase in almost every microbiome news story.
  {
    id: 'microbial-diversity',
    term: 'microbial diversity',
    definition:
      'How many kinds of microbes live in a place such as the gut, and how evenly they are spread.',
    section: 'key-bacteria',
    whyItMatters:
      'In people, a more varied gut community goes with better health and with fibre-rich diets, and antibiotics can cut it for months. Whether more variety itself makes people healthier is less clear.',
    evidence: 'people',
    aliases: ['microbiome diversity', 'microbiota diversity', 'bacterial diversity', 'gut diversity'],
    excluded: [
      { form: 'diversity', reason: 'Alone it is an everyday word, from workplace diversity to biodiversity.' },
      {
        form: 'alpha diversity',
        reason: 'A specific statistical measure used across ecology, not only for microbes.',
      },
    ],
    related: ['gut-microbiome', 'dysbiosis', 'dietary-fibre', 'antibiotics', 'immune-homeostasis'],
  },
  // Added: not in the spec, because the article keeps returning to "microbial metabolites"
  // (in how microbes steer adaptive immunity, in the gut-brain answer, in "the metabolites
  // they collectively produce" and in postbiotics) without a term to explain them.
  {
    id: 'microbial-metabolites',
    term: 'microbial metabolites',
    definition:
      'Small molecules that gut microbes make as they break down food, such as short-chain fatty acids. The body can absorb them and respond to them.',
    section: 'key-bacteria',
    whyItMatters:
      'Much of how gut microbes affect the immune system seems to run through these molecules, as studies in mice show. Some are being tested as medicines.',
    evidence: 'animals',
    aliases: [
      'microbial metabolite',
      'bacterial metabolites',
      'bacterial metabolite',
      'microbiota-derived metabolites',
      'microbiota-derived metabolite',
      'microbe-derived metabolites',
      'microbe-derived metabolite',
    ],
    excluded: [
      {
        form: 'metabolites',
        reason: 'Alone it covers anything produced by metabolism, including the body’s own chemicals and broken-down medicines.',
      },
    ],
    related: ['scfas', 'postbiotics', 'microbial-atp', 'gut-brain-axis'],
  },
  // Added: not in the spec, because the germ-free comparison table describes germ-free
  // animals as "neutropenic", a medical word few lay readers know.
  {
    id: 'neutropenia',
    term: 'neutropenia',
    definition:
      'Having too few neutrophils in the blood. It makes bacterial and fungal infections more likely.',
    section: 'germ-free-vs-conventional',
    whyItMatters:
      'Germ-free animals are neutropenic while animals with normal microbes are not, a sign that gut microbes help keep the body stocked with these cells.',
    evidence: 'animals',
    aliases: ['neutropenic', 'neutropaenia', 'neutropaenic', 'low neutrophil count'],
    excluded: [
      { form: 'leukopenia', reason: 'A low count of white blood cells in general, not specifically of neutrophils.' },
    ],
    related: ['neutrophils', 'germ-free-animals', 'innate-immunity'],
  },

  // ── Diet and probiotics ─────────────────────────────────────────────────────────
  {
    id: 'scfas',
    term: 'short-chain fatty acids',
    definition:
      'Small fatty acids, mainly acetate, propionate and butyrate. Gut bacteria make them from fibre that we cannot digest.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'In mice they increase Tregs, calm inflammation and strengthen the gut lining: one route from a fibre-rich diet to the immune system. How much this counts in people is still being studied.',
    evidence: 'animals',
    aliases: ['short-chain fatty acid', 'volatile fatty acids', 'volatile fatty acid'],
    abbreviations: ['SCFAs', 'SCFA'],
    excluded: [
      {
        form: 'fatty acids',
        reason: 'Alone it covers all fats in food and the body, such as omega-3s, not just those made by gut bacteria.',
      },
      {
        form: 'VFA',
        reason: 'Used mostly in livestock and wastewater science, and the letters have several unrelated meanings.',
      },
    ],
    related: ['butyrate', 'propionate', 'acetate', 'dietary-fibre', 'tregs'],
  },
  {
    id: 'butyrate',
    term: 'butyrate',
    definition:
      'A short-chain fatty acid that gut bacteria make from fibre. It is the main fuel of the cells lining the colon.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'In mice, it helps Tregs form in the colon and strengthens the gut lining.',
    evidence: 'animals',
    aliases: ['butyric acid', 'butanoate', 'butanoic acid'],
    excluded: [
      {
        form: 'beta-hydroxybutyrate',
        reason: 'A ketone body the liver makes during fasting or a ketogenic diet, a different molecule.',
      },
    ],
    related: ['scfas', 'dietary-fibre', 'gut-barrier', 'tregs'],
  },
  {
    id: 'propionate',
    term: 'propionate',
    definition:
      'A short-chain fatty acid made when gut bacteria ferment fibre. Most of it goes to the liver.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'Like butyrate, it raised Tregs and lowered gut inflammation in mouse studies.',
    evidence: 'animals',
    aliases: ['propionic acid', 'propanoate', 'propanoic acid'],
    related: ['scfas', 'butyrate', 'acetate', 'dietary-fibre'],
  },
  {
    id: 'acetate',
    term: 'acetate',
    definition:
      'The most plentiful short-chain fatty acid, the same molecule as the acid in vinegar. Gut bacteria make it from fibre, and it travels in the blood.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'In mice, acetate made from fibre protected against some gut and airway inflammation. Effects in people are not yet clear.',
    evidence: 'animals',
    aliases: ['acetic acid'],
    related: ['scfas', 'butyrate', 'propionate', 'dietary-fibre'],
  },
  {
    id: 'dietary-fibre',
    term: 'dietary fibre',
    definition:
      'The parts of plant foods that our own enzymes cannot break down. They reach the large bowel, where gut bacteria ferment them.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'Gut bacteria turn fibre into short-chain fatty acids. In people, fibre-rich diets go with a more varied microbiome, but short trials of extra fibre have not always changed it.',
    evidence: 'people',
    aliases: [
      'dietary fiber',
      'dietary fibres',
      'dietary fibers',
      'roughage',
      'high-fibre',
      'high-fiber',
      'fibre-rich',
      'fiber-rich',
      'low-fibre',
      'low-fiber',
      'fibre intake',
      'fiber intake',
      'soluble fibre',
      'soluble fiber',
      'insoluble fibre',
      'insoluble fiber',
      'fermentable fibre',
      'fermentable fiber',
    ],
    excluded: [
      {
        form: 'fibre',
        reason: 'Alone it also means optical fibre, broadband, textile and carbon fibre, and muscle or nerve fibres; only phrases that clearly mean food fibre are matched.',
      },
      { form: 'fiber', reason: 'The American spelling of "fibre", excluded alone for the same reasons.' },
    ],
    related: ['scfas', 'prebiotics', 'microbial-diversity', 'butyrate', 'fermented-foods'],
  },
  {
    id: 'fermented-foods',
    term: 'fermented foods',
    definition:
      'Foods made by letting microbes change the raw ingredients, such as yoghurt, kefir, kimchi and sauerkraut. Some still hold live microbes when eaten.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'In one 10-week trial in healthy adults, eating more fermented foods raised the variety of gut microbes and lowered some signs of inflammation. Larger studies are needed.',
    evidence: 'people',
    aliases: ['fermented food', 'fermented foodstuffs', 'cultured foods', 'cultured food'],
    excluded: [
      {
        form: 'fermented',
        reason: 'Alone it also describes beer, wine and tea, and the fermenting of fibre by gut bacteria, a different idea.',
      },
    ],
    related: ['probiotics', 'lactobacillus', 'microbial-diversity', 'dietary-fibre'],
  },
  {
    id: 'polyphenols',
    term: 'polyphenols',
    definition:
      'A large family of natural compounds in plant foods such as berries, olive oil, tea, coffee and cocoa. Most of them reach the large bowel, where gut bacteria break them down.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'Lab and animal studies suggest they favour some helpful bacteria, such as Akkermansia. Whether they do this reliably in people is not yet known.',
    evidence: 'animals',
    aliases: ['polyphenol', 'polyphenolic compounds', 'polyphenolic compound'],
    excluded: [
      {
        form: 'antioxidants',
        reason: 'A broader, often marketing word that also covers vitamins and other molecules, not only polyphenols.',
      },
      { form: 'flavonoids', reason: 'One subgroup of polyphenols, not the whole family.' },
    ],
    related: ['dietary-fibre', 'prebiotics', 'fermented-foods', 'microbial-diversity'],
  },
  {
    id: 'probiotics',
    term: 'probiotics',
    definition:
      'Live microbes that benefit health when taken in large enough amounts. Only some products sold as probiotics have been tested and shown to help.',
    detail:
      'Effects depend on the exact strain (such as Lacticaseibacillus rhamnosus GG), the dose and the condition. A result for one strain says nothing about another, even of the same species.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'In trials, some strains lower the risk of diarrhoea during a course of antibiotics. For IBS the results are weak and mixed, and effects on mood are small and inconsistent.',
    evidence: 'people',
    aliases: ['probiotic'],
    excluded: [
      {
        form: 'good bacteria',
        reason: 'News stories use it for the gut’s own resident microbes in general, not only for probiotics taken as products.',
      },
      {
        form: 'live cultures',
        reason: 'On food labels it often means the starter microbes used to make yoghurt, which have not necessarily been shown to benefit health.',
      },
    ],
    related: ['prebiotics', 'synbiotics', 'lactobacillus', 'bifidobacterium', 'postbiotics'],
  },
  {
    id: 'prebiotics',
    term: 'prebiotics',
    definition:
      'Parts of food, mostly certain fibres, that we cannot digest but helpful gut bacteria can use. They count as prebiotics only if this is shown to benefit health.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'In people, fibres such as inulin reliably increase Bifidobacterium in the gut. Clear health benefits beyond that are shown for only a few uses.',
    evidence: 'people',
    aliases: ['prebiotic'],
    excluded: [
      {
        form: 'FOS',
        reason: 'Fructo-oligosaccharides are one particular prebiotic, and the letters have other meanings.',
      },
    ],
    related: ['dietary-fibre', 'probiotics', 'synbiotics', 'polyphenols'],
  },
  {
    id: 'lactobacillus',
    term: 'Lactobacillus',
    definition:
      'Rod-shaped bacteria that turn sugar into lactic acid, found in yoghurt, the gut and many probiotics. In 2020 most of its species moved to new groups, such as Lacticaseibacillus.',
    detail:
      'In 2020 the genus was split into 25 genera. L. rhamnosus became Lacticaseibacillus rhamnosus, L. casei Lacticaseibacillus casei, L. plantarum Lactiplantibacillus plantarum, L. reuteri Limosilactobacillus reuteri and L. salivarius Ligilactobacillus salivarius; L. acidophilus kept its name.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'In trials, some strains lower the risk of diarrhoea during antibiotics. Results depend on the exact strain, and for IBS the evidence is weak.',
    evidence: 'people',
    // The genera split off in 2020 that hold the common probiotic species: their names open
    // this card, whose definition says they used to be Lactobacillus.
    aliases: [
      'lactobacilli',
      'Lacticaseibacillus',
      'Lactiplantibacillus',
      'Limosilactobacillus',
      'Ligilactobacillus',
      'Levilactobacillus',
      'Latilactobacillus',
    ],
    excluded: [
      {
        form: 'lactic acid bacteria',
        reason: 'A wider group that also includes Streptococcus, Lactococcus and other genera.',
      },
      {
        form: 'LGG',
        reason: 'Short for the strain Lacticaseibacillus rhamnosus GG, but in medicine also low-grade glioma, a brain tumour.',
      },
    ],
    related: ['probiotics', 'bifidobacterium', 'fermented-foods', 'ibs'],
  },
  {
    id: 'bifidobacterium',
    term: 'Bifidobacterium',
    definition:
      'A group of branched bacteria that are plentiful in the guts of breastfed babies. They break down complex sugars and are common in probiotics.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'In trials, some strains, often mixed with lactobacilli, lower the risk of diarrhoea during antibiotics. Benefits depend on the exact strain.',
    evidence: 'people',
    aliases: ['bifidobacteria', 'bifidobacterial', 'bifidus'],
    related: ['probiotics', 'lactobacillus', 'prebiotics', 'ibs'],
  },
  {
    id: 'antibiotics',
    term: 'antibiotics',
    definition:
      'Medicines that kill bacteria or stop them from growing. They treat bacterial infections but do not work against viruses such as colds or flu.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'In people, a course of antibiotics can cut the variety of gut microbes for weeks or months, and it opens the way for infections such as C. difficile.',
    evidence: 'people',
    aliases: ['antibiotic', 'antibacterial drugs', 'antibacterial drug'],
    excluded: [
      {
        form: 'antimicrobials',
        reason: 'A broader group that also includes antivirals, antifungals and disinfectants.',
      },
      { form: 'antibacterial', reason: 'Alone it is mostly used for soaps, sprays and cleaning products.' },
    ],
    related: ['microbial-diversity', 'antibiotic-stewardship', 'c-difficile', 'antibiotic-associated-diarrhoea', 'dysbiosis'],
  },
  // Added: not in the spec, because the diet answer names it as the situation where certain
  // probiotic strains have the best evidence, and the phrase is common in news.
  {
    id: 'antibiotic-associated-diarrhoea',
    term: 'antibiotic-associated diarrhoea',
    definition:
      'Loose, frequent stools that start during or soon after a course of antibiotics. The drugs upset the usual balance of gut bacteria.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'In trials in children and adults, some probiotic strains lowered the risk of it. It is one of the few uses of probiotics with fairly good evidence.',
    evidence: 'people',
    aliases: ['antibiotic-associated diarrhea', 'antibiotic-related diarrhoea', 'antibiotic-related diarrhea'],
    excluded: [
      {
        form: 'AAD',
        reason: 'The usual medical abbreviation, but also the American Academy of Dermatology and many other names.',
      },
    ],
    related: ['antibiotics', 'probiotics', 'c-difficile', 'lactobacillus'],
  },
  // Added: not in the spec, because the diet answer lists "antibiotic stewardship" as an
  // evidence-backed practice and the Bottom Line repeats the advice to avoid needless antibiotics.
  {
    id: 'antibiotic-stewardship',
    term: 'antibiotic stewardship',
    definition:
      'Using antibiotics only when they are needed, with the right drug, dose and length. This protects the patient’s microbes and keeps the drugs working.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'Needless antibiotics can strip away the variety of gut microbes for months, and hospital stewardship programmes have cut C. difficile infections.',
    evidence: 'people',
    aliases: ['antimicrobial stewardship'],
    excluded: [
      { form: 'AMS', reason: 'Also acute mountain sickness and the name of many companies and programmes.' },
      { form: 'ASP', reason: 'Short for antibiotic stewardship programme, but also a web technology and much else.' },
    ],
    related: ['antibiotics', 'microbial-diversity', 'c-difficile'],
  },
  {
    id: 'ibs',
    term: 'irritable bowel syndrome',
    definition:
      'A common long-term gut condition with belly pain, bloating, and bouts of diarrhoea or constipation. Unlike IBD, it causes no visible inflammation or damage.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'Probiotics are widely tried for IBS, but trials give weak and mixed results. US guidelines advise against routine use; British ones allow a 12-week trial at most.',
    evidence: 'debated',
    aliases: ['irritable bowel', 'irritable colon', 'spastic colon'],
    abbreviations: ['IBS'],
    excluded: [
      {
        form: 'mucous colitis',
        reason: 'An old name for IBS, dropped because the condition involves no colitis (inflammation); matching it would repeat that misleading idea.',
      },
    ],
    related: ['probiotics', 'ibd', 'gut-brain-axis', 'lactobacillus', 'bifidobacterium'],
  },

  // ── Microbiome-based therapies ─────────────────────────────────────────────────────
  {
    id: 'fmt',
    term: 'faecal microbiota transplantation',
    definition:
      'A treatment that moves screened stool from a healthy donor into a patient’s gut. The donor’s microbes can then rebuild a damaged community.',
    section: 'microbiome-therapies',
    whyItMatters:
      'Guidelines recommend it for C. difficile infection that keeps coming back. Two medicines made from donor stool, Rebyota and Vowst, are licensed in the US for the same use. For IBD, MS and arthritis it is still being tested.',
    evidence: 'people',
    aliases: [
      'fecal microbiota transplantation',
      'faecal microbiota transplant',
      'fecal microbiota transplant',
      'faecal microbiota transplants',
      'fecal microbiota transplants',
      'faecal microbiome transplant',
      'fecal microbiome transplant',
      'faecal microbiome transplantation',
      'fecal microbiome transplantation',
      'faecal transplant',
      'fecal transplant',
      'faecal transplants',
      'fecal transplants',
      'faecal transplantation',
      'fecal transplantation',
      'stool transplant',
      'stool transplants',
      'stool transplantation',
      'poo transplant',
      'poo transplants',
      'poop transplant',
      'poop transplants',
      'faecal bacteriotherapy',
      'fecal bacteriotherapy',
      'intestinal microbiota transplantation',
      'intestinal microbiota transplant',
      // Without these, "microbiota" alone was marked and opened the gut microbiome card.
      'faecal microbiota transfer',
      'fecal microbiota transfer',
      'faecal microbiota transfers',
      'fecal microbiota transfers',
      // Lay name for FMT taken as capsules.
      'poop pills',
      'poop pill',
      'poo pills',
      'poo pill',
    ],
    abbreviations: ['FMT', 'FMTs'],
    excluded: [
      {
        form: 'microbiota transplantation',
        reason: 'Also used for vaginal and skin microbiota transplants, which are different procedures.',
      },
      {
        form: 'bacteriotherapy',
        reason: 'Alone it covers any treatment using bacteria, such as probiotics or bacteria engineered to attack tumours.',
      },
      {
        form: 'IMT',
        reason: 'Can mean intestinal microbiota transplantation, but far more often means carotid intima-media thickness and other things.',
      },
    ],
    related: ['c-difficile', 'dysbiosis', 'ibd', 'multiple-sclerosis', 'gut-microbiome'],
  },
  {
    id: 'c-difficile',
    term: 'Clostridioides difficile',
    definition:
      'A bacterium that can take over the colon after antibiotics have cleared away its rivals. Its toxins cause severe diarrhoea that often comes back.',
    section: 'microbiome-therapies',
    whyItMatters:
      'For infection that keeps coming back, guidelines recommend faecal microbiota transplantation: restoring the rival microbes prevents most relapses in trials.',
    evidence: 'people',
    // The short forms match in any case: lay pages write "c.diff", "C.Diff" and "C DIFF".
    // A hyphen or space between the parts folds, so "C diff" also covers "C-diff".
    aliases: [
      'Clostridium difficile',
      'Peptoclostridium difficile',
      'C. difficile',
      'C.difficile',
      'C difficile',
      'C. diff',
      'C.diff',
      'C diff',
    ],
    excluded: [
      { form: 'difficile', reason: 'Alone it is the French and Italian word for "difficult".' },
      {
        form: 'CDI',
        reason: 'Means C. difficile infection in hospital writing, but has many unrelated meanings elsewhere.',
      },
    ],
    related: ['fmt', 'antibiotics', 'antibiotic-associated-diarrhoea', 'dysbiosis'],
  },
  {
    id: 'synbiotics',
    term: 'synbiotics',
    definition:
      'Products that combine live helpful microbes (probiotics) with food they can use (prebiotics), so the two work together.',
    section: 'microbiome-therapies',
    whyItMatters:
      'Mixtures designed to restore particular immune functions, such as making more Tregs, are being studied, mostly in animals so far.',
    evidence: 'animals',
    aliases: ['synbiotic'],
    excluded: [
      {
        form: 'symbiotics',
        reason: 'A frequent misspelling, but "symbiotic" is an ordinary word for any relationship in which both partners benefit.',
      },
    ],
    related: ['probiotics', 'prebiotics', 'postbiotics', 'tregs'],
  },
  {
    id: 'postbiotics',
    term: 'postbiotics',
    definition:
      'Preparations of killed microbes, or their parts, that benefit health. Purified substances that microbes make, such as butyrate on its own, do not count.',
    section: 'microbiome-therapies',
    whyItMatters:
      'Some heat-killed strains have helped in small trials in people, but most uses are early, and many products use the word loosely.',
    evidence: 'debated',
    aliases: ['postbiotic'],
    excluded: [
      { form: 'paraprobiotics', reason: 'A narrower term for inactivated (killed) microbes only.' },
    ],
    related: ['scfas', 'peptidoglycan', 'probiotics', 'microbial-metabolites'],
  },
];
