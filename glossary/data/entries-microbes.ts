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
import type { EntryInput } from '../schema.ts';

export const microbeEntries: EntryInput[] = [
  // ── Germ-free vs. conventional gut ────────────────────────────────────────────────
  {
    id: 'germ-free-animals',
    term: 'germ-free animals',
    definition:
      'Laboratory animals, usually mice or rats, that are born and raised inside sterile isolators so they carry no bacteria, fungi or other microbes at all.',
    section: 'germ-free-vs-conventional',
    whyItMatters:
      'Compared with normally housed animals, germ-free ones have fewer gut dendritic cells, too few and weaker neutrophils and feeble immune responses, strong evidence that microbes are needed to build a working immune system. Adding chosen bacteria back to them reveals which microbe does what.',
    aliases: [
      'germ-free animal',
      'germ-free mice',
      'germ-free mouse',
      'germ-free rats',
      'germ-free rat',
      'germ-free rodents',
      'germ-free rodent',
      'germfree animals',
      'germfree mice',
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
      'The most common white blood cells, made in the bone marrow, which rush to any site of infection to swallow and destroy bacteria and fungi.',
    section: 'germ-free-vs-conventional',
    whyItMatters:
      'Germ-free animals have too few neutrophils, and theirs make less of the chemical weapons (superoxide and nitric oxide) used to kill germs. Moving the animals to a normal environment later did not fully repair this, a hint that early contact with microbes matters.',
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
      'A family of molecules on the surface of antigen-presenting cells, such as dendritic cells, macrophages and B cells, that hold up fragments of proteins for T helper cells to inspect.',
    section: 'germ-free-vs-conventional',
    whyItMatters:
      'Macrophages in germ-free animals lack activation markers such as MHC class II, which animals with normal microbes do show: a sign that gut microbes help switch on and prime immune cells.',
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
      'White blood cells of the innate immune system that can kill virus-infected or cancerous cells on sight, without having met the threat before, and that also release signalling molecules.',
    section: 'germ-free-vs-conventional',
    whyItMatters:
      'In germ-free animals the NK cells fail to make interleukin-22, a signal that protects the gut lining, whereas in animals with normal microbes they make it as usual.',
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
      'A signalling protein (cytokine) released by certain immune cells that acts on the cells lining the gut, helping them repair themselves and make their own germ-fighting substances.',
    section: 'germ-free-vs-conventional',
    whyItMatters:
      'Natural killer cells in germ-free animals produce none of it, while those in normally colonised animals do, showing that gut microbes keep this barrier-protecting signal switched on.',
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
      'A rod-shaped bacterium that normally lives in the gut of people and animals; most strains are harmless, a few cause food poisoning or urine infections, and it is among the best-studied organisms in biology.',
    section: 'key-bacteria',
    whyItMatters:
      'When germ-free animals were given E. coli as their only microbe, dendritic cells came back to their intestines, proof that even one species can reshape the gut’s immune landscape.',
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
      'Adenosine triphosphate, the energy-carrying molecule every cell uses, when it is released by gut bacteria and then acts as a chemical signal that immune cells can sense.',
    section: 'key-bacteria',
    whyItMatters:
      'ATP from gut bacteria switches on a special group of dendritic cells carrying CD70 and CX3CR1, which then steer T cells into Th17 cells: cells that guard the gut but are also tied to autoimmune risk.',
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
      'A kind of T helper cell that makes the signal interleukin-17 and fights bacteria and fungi at the body’s surfaces, but that can drive harmful inflammation when overactive.',
    section: 'key-bacteria',
    whyItMatters:
      'Dendritic cells stimulated by bacterial ATP push T cells to become Th17 cells, a cell type central both to defending the gut and to the risk of autoimmune disease.',
    aliases: ['Th17 cell', 'T helper 17 cells', 'T helper 17 cell', 'Th-17 cells', 'Th-17 cell'],
    abbreviations: ['Th17', 'TH17', 'Th-17'],
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
      'A protein on the surface of activated immune cells, including some dendritic cells, that latches onto a partner molecule (CD27) on T cells and gives them an extra go signal to multiply and specialise.',
    section: 'key-bacteria',
    whyItMatters:
      'The dendritic cells that respond to ATP from gut bacteria carry CD70 together with CX3CR1, and use it to nudge T cells towards becoming Th17 cells.',
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
      'A receptor on certain immune cells, such as some gut dendritic cells and macrophages, that senses the attractant signal fractalkine and that scientists use as a marker to tell these cells apart.',
    section: 'key-bacteria',
    whyItMatters:
      'Together with CD70 it marks the dendritic cells that sense ATP from gut bacteria and then drive the development of Th17 cells.',
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
      'A tough mesh of sugars cross-linked by short chains of amino acids that forms the cell wall around almost all bacteria, giving them their shape and strength.',
    section: 'key-bacteria',
    whyItMatters:
      'Pieces of peptidoglycan from gut bacteria are detected by the sensor NOD1 and make bone-marrow neutrophils better killers, so gut signals tune immune cells far from the intestine. Purified cell-wall parts like it are also being explored as postbiotic treatments.',
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
  {
    id: 'nod1',
    term: 'NOD1',
    definition:
      'A sensor protein inside the fluid of cells that recognises particular fragments of bacterial cell walls (peptidoglycan) and sets off an immune alarm when it finds them.',
    section: 'key-bacteria',
    whyItMatters:
      'When NOD1 picks up peptidoglycan pieces coming from the gut, neutrophils in the bone marrow become better at killing germs, an example of gut microbes priming immune cells throughout the body.',
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
      'The steady, balanced state in which the immune system reacts firmly to real threats but stays calm towards food, friendly microbes and the body’s own tissues.',
    section: 'key-bacteria',
    whyItMatters:
      'Particular gut bacteria keep different branches of the immune system in this balance, each in its own way; but it is the make-up of the whole community and the substances it produces, not one “good” microbe, that decides the outcome.',
    aliases: ['immunological homeostasis', 'immune balance', 'gut homeostasis', 'intestinal homeostasis'],
    excluded: [
      {
        form: 'homeostasis',
        reason: 'Alone it covers any balance the body keeps, such as temperature or blood sugar, not specifically the immune system.',
      },
    ],
    related: ['self-tolerance', 'tregs', 'microbial-diversity', 'inflammation-anergy', 'commensal-bacteria'],
  },
  // Added: not in the spec, because the key-bacteria answer stresses that "microbial
  // diversity matters enormously", the diet answer and the Bottom Line return to it, and
  // readers meet the phrase in almost every microbiome news story.
  {
    id: 'microbial-diversity',
    term: 'microbial diversity',
    definition:
      'How many different kinds of microbes live in a community such as the gut, and how evenly they are spread; a richer mix is generally a sign of a sturdier, healthier microbiome.',
    section: 'key-bacteria',
    whyItMatters:
      'No single helpful bacterium works alone: the balance of the whole community decides immune outcomes. Varied, fibre-rich diets go with greater diversity, while needless antibiotics can shrink it for months.',
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
      'Small molecules that gut microbes make as they break down food and go about their lives, such as short-chain fatty acids, which the body can absorb and respond to.',
    section: 'key-bacteria',
    whyItMatters:
      'The substances the gut community produces together, more than any single microbe, largely decide how the immune system behaves; some are now being purified and tested as postbiotic treatments.',
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
      'Having an unusually low number of neutrophils in the blood, which leaves the body more open to bacterial and fungal infections.',
    section: 'germ-free-vs-conventional',
    whyItMatters:
      'Germ-free animals are neutropenic while normally colonised animals have ordinary neutrophil counts, one of the clearest signs that gut microbes help keep the immune system stocked.',
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
      'Small fatty acids, chiefly acetate, propionate and butyrate, that gut bacteria produce when they ferment the fibre our own bodies cannot digest.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'They are the main route by which a fibre-rich diet reaches the immune system: they encourage regulatory T cells, dampen inflammatory signals and reinforce the gut barrier. Purified, they are also being tried as postbiotic treatments.',
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
      'A short-chain fatty acid with four carbon atoms, made by gut bacteria from fibre, that is the favourite fuel of the cells lining the colon.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'As one of the main short-chain fatty acids, it helps regulatory T cells develop, calms inflammatory signalling and strengthens the gut barrier.',
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
      'A three-carbon short-chain fatty acid made when gut bacteria ferment fibre; most of it is absorbed and taken up by the liver.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'It is one of the three main short-chain fatty acids through which fibre fermentation shapes immune cells, encouraging regulatory T cells and toning down inflammation.',
    aliases: ['propionic acid', 'propanoate', 'propanoic acid'],
    related: ['scfas', 'butyrate', 'acetate', 'dietary-fibre'],
  },
  {
    id: 'acetate',
    term: 'acetate',
    definition:
      'The smallest and most plentiful short-chain fatty acid, the same molecule as the acetic acid in vinegar, which gut bacteria make from fibre and which travels around the body in the blood.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'Alongside butyrate and propionate, it is one of the fibre-derived molecules that steer immune cells towards tolerance and help keep the gut barrier strong.',
    aliases: ['acetic acid'],
    related: ['scfas', 'butyrate', 'propionate', 'dietary-fibre'],
  },
  {
    id: 'dietary-fibre',
    term: 'dietary fibre',
    definition:
      'The parts of plant foods, such as beans, vegetables and whole grains, that human digestive enzymes cannot break down, so they reach the large intestine where gut bacteria ferment them.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'Fibre is what gut bacteria turn into short-chain fatty acids, and diets rich in varied fibre go hand in hand with a more diverse microbiome and better-regulated immunity.',
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
      'Foods and drinks made by letting microbes such as bacteria or yeasts transform the raw ingredients, as in yoghurt, kefir, kimchi and sauerkraut; some still hold live microbes when eaten.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'They bring live, potentially helpful microbes into the gut, which is why they are listed among the practical, evidence-backed ways to support gut immune health.',
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
      'A large family of natural plant compounds found in foods like berries, olive oil, tea, coffee and cocoa, many of which pass to the large intestine where gut bacteria break them down.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'Foods rich in polyphenols selectively feed helpful bacterial strains, making them one of the dietary tools for nudging the microbiome towards balance.',
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
      'Live microorganisms, usually particular strains of bacteria or yeasts, taken as supplements or in foods because, in the right amounts, they have been shown to benefit health.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'The evidence is mixed: certain Lactobacillus and Bifidobacterium strains help in specific cases such as antibiotic-associated diarrhoea and IBS, but benefits are strain-specific and pills are no substitute for a varied whole-food diet. Some trials also report fewer symptoms of anxiety and depression.',
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
      'Food components, mostly certain kinds of fibre, that people cannot digest but that selectively feed beneficial gut bacteria and so improve health.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'The diet answer describes high-fibre foods feeding beneficial bacteria, which is exactly the job prebiotics do; combined with probiotics they make the synbiotics now being developed as therapies.',
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
      'A group (genus) of rod-shaped bacteria that turn sugars into lactic acid, found in yoghurt and other fermented foods and in the human gut, and among the most common ingredients of probiotic products.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'Certain Lactobacillus strains show consistent benefits in specific situations, such as diarrhoea linked to antibiotics and irritable bowel syndrome, though results depend on the exact strain.',
    aliases: ['lactobacilli'],
    excluded: [
      {
        form: 'lactic acid bacteria',
        reason: 'A wider group that also includes Streptococcus, Lactococcus and other genera.',
      },
      {
        form: 'Lacticaseibacillus',
        reason: 'One of the new genera into which many former Lactobacillus species were moved in 2020; it names that narrower group.',
      },
    ],
    related: ['probiotics', 'bifidobacterium', 'fermented-foods', 'ibs'],
  },
  {
    id: 'bifidobacterium',
    term: 'Bifidobacterium',
    definition:
      'A group (genus) of branched, often Y-shaped bacteria that are especially plentiful in the guts of breastfed babies, digest complex sugars and fibres, and are widely used in probiotics.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'With Lactobacillus, some Bifidobacterium strains are the probiotics with the most consistent evidence, for example against antibiotic-associated diarrhoea and in IBS, though benefits are strain-specific.',
    aliases: ['bifidobacteria', 'bifidobacterial', 'bifidus'],
    related: ['probiotics', 'lactobacillus', 'prebiotics', 'ibs'],
  },
  {
    id: 'antibiotics',
    term: 'antibiotics',
    definition:
      'Medicines that kill bacteria or stop them multiplying, used to treat bacterial infections; they do not work against viruses such as colds or flu.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'Needless courses can wipe out much of the gut’s microbial diversity, sometimes for months, so using them only when needed protects gut immune health. Future treatments aim to replace broad-spectrum antibiotics with precise microbiome tools.',
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
  // Added: not in the spec, because the diet answer names it as one of the two situations
  // where certain probiotic strains consistently help, and the phrase is common in news.
  {
    id: 'antibiotic-associated-diarrhoea',
    term: 'antibiotic-associated diarrhoea',
    definition:
      'Loose, frequent stools that start during or soon after a course of antibiotics, because the drugs upset the usual balance of gut bacteria.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'It is one of the specific situations in which certain Lactobacillus and Bifidobacterium probiotic strains have shown consistent benefits.',
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
      'Using antibiotics only when they are truly needed, with the right drug, dose and length of treatment, to protect both the patient’s microbes and the drugs’ future usefulness.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'Avoiding unnecessary antibiotics is one of the practical, evidence-backed ways to protect gut immune health, because needless courses can strip away microbial diversity for months.',
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
      'A common long-term gut condition causing tummy pain, bloating and bouts of diarrhoea or constipation, without the visible inflammation or damage seen in inflammatory bowel disease.',
    section: 'diet-and-probiotics',
    whyItMatters:
      'IBS is one of the specific conditions in which certain Lactobacillus and Bifidobacterium probiotic strains have shown consistent benefits.',
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
      'A treatment that moves screened stool from a healthy donor into a patient’s gut, by colonoscopy, enema, tube or capsules, so the donor’s microbes can rebuild a damaged microbial community.',
    section: 'microbiome-therapies',
    whyItMatters:
      'It is already an approved treatment for C. difficile infection that keeps coming back; for IBD, multiple sclerosis and rheumatoid arthritis it is still only being tested in clinical trials.',
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
      'A spore-forming bacterium that can take over the colon when antibiotics have cleared away competing microbes, releasing toxins that cause severe diarrhoea and colitis that often comes back.',
    section: 'microbiome-therapies',
    whyItMatters:
      'Recurrent C. difficile infection is the one condition for which faecal microbiota transplantation is already approved, because restoring a healthy community crowds the germ back out.',
    aliases: ['Clostridium difficile', 'Peptoclostridium difficile'],
    abbreviations: ['C. difficile', 'C.difficile', 'C difficile', 'C. diff', 'C.diff', 'C diff'],
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
      'Products that pair live beneficial microbes (probiotics) with the food those microbes prefer (prebiotics), designed so the two work together in the gut.',
    section: 'microbiome-therapies',
    whyItMatters:
      'Targeted synbiotics built from carefully chosen strains are being developed to restore particular immune functions, such as the production of regulatory T cells.',
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
      'Preparations of non-living microbes, or of substances and parts they make, such as short-chain fatty acids or pieces of cell wall, that are given for a health benefit.',
    section: 'microbiome-therapies',
    whyItMatters:
      'Rather than delivering live bacteria, this approach gives purified microbial products, for example short-chain fatty acids or cell-wall parts like peptidoglycan, as a treatment.',
    aliases: ['postbiotic'],
    excluded: [
      { form: 'paraprobiotics', reason: 'A narrower term for inactivated (killed) microbes only.' },
    ],
    related: ['scfas', 'peptidoglycan', 'probiotics', 'microbial-metabolites'],
  },
];
