/**
 * Glossary entries for the first half of the seed article: what the gut microbiome is,
 * how it regulates the immune system, dysbiosis and autoimmune disease, and the gut-brain
 * axis. Definitions are written in the project's own words for curious lay readers.
 *
 * Form rules (see ../schema.ts and ../normalize.ts): `aliases` match case-insensitively,
 * `abbreviations` case-sensitively; hyphen/space/en-dash and curly/straight apostrophe
 * variants fold automatically and are not listed. The matcher needs a word boundary on
 * both sides and prefers the longest form at a position, so singular and plural are both
 * listed, and a longer phrase is listed only when highlighting the whole phrase reads better.
 *
 * Short forms that are ambiguous on ordinary pages (DC, APC, MS, RA, UC, CD, PD, BBB, ENS…)
 * are kept out and recorded in `excluded`, or constrained to a phrase ("MS patients").
 */
import type { BuiltInEntryInput } from '../schema.ts';

export const immunityEntries: BuiltInEntryInput[] = [
  // ── What the gut microbiome is and why it matters for immunity ──────────────────────
  {
    id: 'gut-microbiome',
    term: 'gut microbiome',
    definition:
      'All the microbes that live in your gut, mostly bacteria but also fungi and viruses. The word also covers their genes and what they make.',
    section: 'microbiome-and-immunity',
    whyItMatters:
      'Mice raised germ-free, with no detectable microbes, grow up with a poorly built immune system, so gut microbes are thought to train it. They also help break down fibre and crowd out harmful germs.',
    evidence: 'animals',
    // "microbiome", "microbiota" and "gut bacteria" on their own are claimed here on purpose:
    // on the pages this extension is read on (health news, microbiome explainers, abstracts)
    // the unqualified words almost always mean the gut community, and a reader meeting them
    // wants this card. The cost: on a page about the skin or oral microbiome, the bare word
    // also opens this card (its definition still says what a microbiome is). "microbes"
    // alone is refused, see `excluded`.
    aliases: [
      'gut microbiomes',
      'gut microbiota',
      'gut flora',
      'gut microflora',
      'gut microbes',
      'gut bacteria',
      'gut bugs',
      'gut microbial community',
      'gut microbial communities',
      'intestinal microbiome',
      'intestinal microbiomes',
      'intestinal microbiota',
      'intestinal flora',
      'intestinal microflora',
      'intestinal bacteria',
      'gastrointestinal microbiome',
      'gastrointestinal microbiota',
      'bowel flora',
      'microbiome',
      'microbiomes',
      'microbiota',
    ],
    excluded: [
      { form: 'flora', reason: 'Alone it means the plants of a region, and it is also a first name and a brand.' },
      {
        form: 'microbes',
        reason: 'An everyday word for microorganisms anywhere, in soil, water or a laboratory dish, not specifically those of the gut.',
      },
      {
        form: 'GM',
        reason: 'Some papers use it for gut microbiota, but it far more often means genetically modified or General Motors.',
      },
    ],
    related: ['commensal-bacteria', 'dysbiosis', 'gut-barrier', 'next-generation-sequencing', 'innate-immunity'],
  },
  {
    id: 'commensal-bacteria',
    term: 'commensal bacteria',
    definition:
      'Bacteria that normally live in or on the body without causing disease. Many of them help their host.',
    section: 'microbiome-and-immunity',
    whyItMatters:
      'By taking up space and food, they leave less room for harmful germs. When antibiotics clear them away, infections such as C. difficile can take hold in people.',
    evidence: 'people',
    aliases: [
      'commensal bacterium',
      'commensals',
      'commensal microbes',
      'commensal microbe',
      'commensal microorganisms',
      'commensal microorganism',
      'commensal organisms',
      'commensal flora',
      'commensal microbiota',
      'commensal species',
      'commensal strains',
    ],
    excluded: [
      {
        form: 'commensal',
        reason: 'Alone it is an ecology adjective for any partnership in which one side gains and the other is unharmed, such as between some birds and grazing animals; the noun "commensals" and phrases naming microbes are matched.',
      },
      {
        form: 'commensalism',
        reason: 'The ecological relationship in general, between any two species, not the gut’s resident bacteria.',
      },
      {
        form: 'good bacteria',
        reason: 'A loose phrase that news stories and adverts use for probiotic products as much as for the gut’s own residents.',
      },
      { form: 'friendly bacteria', reason: 'Mostly an advertising phrase for probiotic drinks and capsules.' },
    ],
    related: ['gut-microbiome', 'immune-homeostasis', 'dendritic-cells', 'il-10', 'inflammation-anergy'],
  },
  {
    id: 'gut-barrier',
    term: 'gut barrier',
    definition:
      'The inner lining of the gut: one layer of cells sealed by tight junctions and coated in mucus. It lets food in but keeps microbes out.',
    section: 'microbiome-and-immunity',
    whyItMatters:
      'Some diseases, such as coeliac disease and IBD, do make the lining leakier. The popular idea that a ‘leaky gut’ causes illness elsewhere in the body has not been proven.',
    evidence: 'debated',
    aliases: [
      'gut barriers',
      'intestinal barrier',
      'intestinal barriers',
      'intestinal epithelial barrier',
      'gut epithelial barrier',
      'intestinal mucosal barrier',
      'gut mucosal barrier',
      'gut lining',
      'intestinal lining',
      'leaky gut',
      'intestinal permeability',
      'gut permeability',
      'intestinal hyperpermeability',
    ],
    excluded: [
      { form: 'barrier', reason: 'An everyday word, from crash barriers to language barriers.' },
      { form: 'epithelial barrier', reason: 'Also used for the skin, the airways and other linings, not only the gut.' },
      { form: 'mucosal barrier', reason: 'Also lines the mouth, airways and genital tract, not only the gut.' },
      {
        form: 'gut wall',
        reason: 'The whole thickness of the intestine, muscle layers included, not just its protective lining.',
      },
    ],
    related: ['gut-microbiome', 'scfas', 'butyrate', 'il-22', 'commensal-bacteria'],
  },
  {
    id: 'next-generation-sequencing',
    term: 'next-generation sequencing',
    definition:
      'Lab methods that read millions of bits of DNA at once. They can list the microbes in a sample, such as stool, without growing each one.',
    section: 'microbiome-and-immunity',
    whyItMatters:
      'Used on human stool, these methods showed that most gut microbes had never been grown in a lab. The whole gut community can now be described from its DNA.',
    evidence: 'people',
    aliases: ['next-gen sequencing', 'high-throughput sequencing', 'massively parallel sequencing'],
    abbreviations: ['NGS'],
    excluded: [
      {
        form: 'sequencing',
        reason: 'Alone it also means putting things in order, and it covers older methods such as Sanger sequencing.',
      },
      {
        form: 'HTS',
        reason: 'Also high-throughput screening of drug candidates and the Harmonized Tariff Schedule used in trade.',
      },
      {
        form: '16S sequencing',
        reason: 'One particular way of identifying bacteria from a single marker gene; it usually runs on these machines but names a narrower technique.',
      },
    ],
    related: ['gut-microbiome', 'commensal-bacteria', 'dysbiosis'],
  },
  // Added: not in the spec, because every answer of the FAQ is about "the immune system"
  // and readers meet the phrase on every page about these topics.
  {
    id: 'immune-system',
    term: 'immune system',
    definition:
      'The body’s defence network of cells, tissues and signals. It finds and removes germs and damaged cells while leaving healthy tissue alone.',
    section: 'microbiome-and-immunity',
    whyItMatters:
      'A large share of the body’s immune cells live in the wall of the gut, where they meet food and trillions of microbes every day.',
    evidence: 'people',
    aliases: ['immune systems', 'immune response', 'immune responses', 'immune cells', 'immune cell'],
    excluded: [
      {
        form: 'immunity',
        reason: 'Alone it also means legal or diplomatic immunity and herd immunity; the innate and adaptive kinds have their own entries.',
      },
      { form: 'immune', reason: 'Alone it is an everyday word, as in immune to criticism.' },
    ],
    related: ['innate-immunity', 'adaptive-immunity', 'inflammation', 'gut-microbiome'],
  },
  // Added: not in the spec, because the FAQ returns to inflammation in almost every answer
  // (leaky gut, IL-10, anergy, IBD, the gut-brain axis) without saying what it is.
  {
    id: 'inflammation',
    term: 'inflammation',
    definition:
      'The body’s response to injury or infection. Blood flow rises and immune cells gather, which causes redness, swelling, heat and pain.',
    section: 'immune-regulation',
    whyItMatters:
      'Short bursts help the body heal, but inflammation that never settles damages tissue, as in IBD and rheumatoid arthritis.',
    evidence: 'people',
    aliases: ['inflammations', 'inflammatory response', 'inflammatory responses'],
    excluded: [
      {
        form: 'inflammatory',
        reason: 'Alone it ends "anti-inflammatory", which means the opposite, and begins disease names that have entries of their own.',
      },
    ],
    related: ['cytokines', 'il-10', 'inflammation-anergy', 'neuroinflammation', 'calprotectin'],
  },
  // Added: not in the spec, because the gut barrier the FAQ describes is sealed by them,
  // and "leaky gut" stories name them.
  {
    id: 'tight-junctions',
    term: 'tight junctions',
    definition:
      'Protein seals that join neighbouring cells of a lining, such as the gut’s. They decide what can slip through the gaps between cells.',
    section: 'microbiome-and-immunity',
    whyItMatters:
      'In coeliac disease and IBD these seals loosen and the gut lining lets more through, as tests in patients show.',
    evidence: 'people',
    aliases: ['tight junction'],
    excluded: [
      { form: 'TJ', reason: 'Two letters with many other meanings; the full name is matched.' },
      { form: 'junctions', reason: 'Alone it means road, rail and electrical junctions as well.' },
    ],
    related: ['gut-barrier', 'mucus-layer', 'ibd'],
  },
  // Added: not in the spec, because the gut barrier of the FAQ is coated in it, and papers on
  // fibre, Akkermansia and the barrier keep naming it.
  {
    id: 'mucus-layer',
    term: 'mucus layer',
    definition:
      'A slimy gel that coats the inside of the gut. In the colon its dense inner part keeps most bacteria away from the lining.',
    section: 'microbiome-and-immunity',
    whyItMatters:
      'In mice fed little fibre, gut bacteria start to feed on this layer instead, which thins it and makes infection easier.',
    evidence: 'animals',
    aliases: ['mucus layers', 'mucous layer', 'mucus barrier', 'gut mucus', 'intestinal mucus', 'colonic mucus'],
    excluded: [{ form: 'mucus', reason: 'Alone it also means the mucus of the nose and airways.' }],
    related: ['gut-barrier', 'tight-junctions', 'akkermansia', 'dietary-fibre'],
  },

  // ── How the gut microbiome regulates the immune system ──────────────────────────────
  {
    id: 'innate-immunity',
    term: 'innate immunity',
    definition:
      'The body’s fast, built-in defence. Barriers and cells such as macrophages react to general signs of danger, not to one germ.',
    section: 'immune-regulation',
    whyItMatters:
      'In the gut, these first responders are tuned to put up with resident microbes but still answer real threats. Much of how this works was found in mice.',
    evidence: 'animals',
    aliases: [
      'innate immune system',
      'innate immune systems',
      'innate immune response',
      'innate immune responses',
      'innate immune defences',
      'innate immune defenses',
      'innate immune cells',
      'innate immune',
      'innate defences',
      'innate defenses',
      'non-specific immunity',
      'nonspecific immunity',
    ],
    excluded: [
      { form: 'innate', reason: 'An everyday word, as in an innate talent.' },
      {
        form: 'natural immunity',
        reason: 'In news it usually means the protection left behind by a past infection, which is adaptive immunity, not innate.',
      },
    ],
    related: ['adaptive-immunity', 'dendritic-cells', 'macrophages', 'antigen-presenting-cells', 'neutrophils'],
  },
  // Added: not in the spec, because the FAQ says microbial "molecular patterns" steer immunity,
  // and these are the sensors that read them.
  {
    id: 'toll-like-receptors',
    term: 'Toll-like receptors',
    definition:
      'Sensors on immune cells and gut lining cells that spot common parts of microbes, such as LPS. When they do, they set off an immune response.',
    section: 'immune-regulation',
    whyItMatters:
      'In mice, signals through these sensors from resident gut bacteria help the gut lining heal and stay sealed; too much signalling drives inflammation instead.',
    evidence: 'animals',
    aliases: ['Toll-like receptor'],
    abbreviations: ['TLRs', 'TLR', 'TLR2', 'TLR4', 'TLR5', 'TLR9'],
    excluded: [
      { form: 'Toll', reason: 'Alone it is a road charge, and the fruit-fly gene the receptors are named after.' },
      { form: 'PRRs', reason: 'Pattern-recognition receptors, a wider family that also takes in NOD1 and other sensors.' },
    ],
    related: ['innate-immunity', 'lps', 'nod1', 'commensal-bacteria'],
  },
  {
    id: 'adaptive-immunity',
    term: 'adaptive immunity',
    definition:
      'The slower, targeted part of the immune system. Its T cells and B cells learn to spot one germ and remember it for years.',
    section: 'immune-regulation',
    whyItMatters:
      'In mice, signals from gut microbes decide which helper T cells, Tregs and antibody-making cells develop, and so how strongly the body responds.',
    evidence: 'animals',
    aliases: [
      'adaptive immune system',
      'adaptive immune systems',
      'adaptive immune response',
      'adaptive immune responses',
      'adaptive immune cells',
      'adaptive immune',
      'acquired immunity',
      'acquired immune system',
      'acquired immune response',
      'acquired immune responses',
    ],
    excluded: [
      { form: 'adaptive', reason: 'An everyday word, from adaptive cruise control to adaptive learning.' },
      {
        form: 'humoral immunity',
        reason: 'Only the antibody branch of adaptive immunity, not the whole of it.',
      },
    ],
    related: ['innate-immunity', 't-helper-cells', 'tregs', 'b-cells', 'th17-cells'],
  },
  {
    id: 'antigen-presenting-cells',
    term: 'antigen-presenting cells',
    definition:
      'Immune cells that pick up bits of germs and show them to T cells. Dendritic cells, macrophages and B cells all do this.',
    section: 'immune-regulation',
    whyItMatters:
      'In mice, those in the gut keep the peace with resident microbes but still react to danger.',
    evidence: 'animals',
    aliases: ['antigen-presenting cell'],
    abbreviations: ['APCs'],
    excluded: [
      {
        form: 'APC',
        reason: 'In bowel medicine it is also the APC gene behind familial adenomatous polyposis and many bowel cancers, and elsewhere an armoured vehicle or a power-supply brand; only the plural "APCs" is matched.',
      },
    ],
    related: ['dendritic-cells', 'macrophages', 'b-cells', 'mhc-class-ii', 'innate-immunity'],
  },
  {
    id: 'dendritic-cells',
    term: 'dendritic cells',
    definition:
      'Branched immune cells that sample what is around them. They carry bits of microbes to T cells and help decide whether to attack or stand down.',
    section: 'immune-regulation',
    whyItMatters:
      'Mouse studies show that gut dendritic cells learn to tolerate resident bacteria, in part by making the calming signal IL-10.',
    evidence: 'animals',
    aliases: ['dendritic cell'],
    // "DCs" can also mean data centres or distribution centres; in pages about immunity it
    // is overwhelmingly dendritic cells, so the plural is kept and the singular refused.
    abbreviations: ['DCs'],
    excluded: [
      {
        form: 'DC',
        reason: 'Also Washington, DC, direct current, DC Comics and many other things; only the plural "DCs" is matched.',
      },
      {
        form: 'dendritic',
        reason: 'Alone it also describes the branches of nerve cells, and branching crystals such as snowflakes.',
      },
    ],
    related: ['antigen-presenting-cells', 'peyers-patches', 'il-10', 'macrophages', 'microbial-atp'],
  },
  {
    id: 'macrophages',
    term: 'macrophages',
    definition:
      'Large immune cells in almost every tissue that swallow and digest germs, dead cells and debris. They also send signals that start or calm inflammation.',
    section: 'immune-regulation',
    whyItMatters:
      'Gut macrophages clear bacteria quietly, without raising an inflammatory alarm, which helps keep the gut calm. This was shown in cells taken from the human gut.',
    evidence: 'people',
    aliases: ['macrophage'],
    abbreviations: ['Mφ', 'MΦ'],
    excluded: [
      {
        form: 'histiocytes',
        reason: 'Pathologists’ older word for tissue macrophages, but it also takes in related cells such as Langerhans cells, so it is broader.',
      },
      {
        form: 'MAC',
        reason: 'Also Mac computers, a network MAC address, the membrane attack complex and Mycobacterium avium complex.',
      },
    ],
    related: ['inflammation-anergy', 'antigen-presenting-cells', 'dendritic-cells', 'mhc-class-ii', 'innate-immunity'],
  },
  {
    id: 'peyers-patches',
    term: "Peyer's patches",
    definition:
      'Small patches of immune tissue in the wall of the small intestine. Immune cells there sample what passes through the gut.',
    section: 'immune-regulation',
    whyItMatters:
      'In mice, the dendritic cells inside these patches release large amounts of IL-10, a signal that calms immune reactions to gut bacteria.',
    evidence: 'animals',
    aliases: [
      "Peyer's patch",
      'Peyers patches',
      'Peyers patch',
      'Peyer patches',
      'Peyer patch',
      'aggregated lymphoid follicles',
      'aggregated lymphoid nodules',
    ],
    excluded: [
      { form: 'PPs', reason: 'Also pages, percentage points and many other things.' },
      {
        form: 'GALT',
        reason: 'Gut-associated lymphoid tissue is all the immune tissue of the gut, of which Peyer’s patches are only one part.',
      },
      {
        form: 'gut-associated lymphoid tissue',
        reason: 'The whole of the gut’s immune tissue, of which Peyer’s patches are only one part.',
      },
    ],
    related: ['dendritic-cells', 'il-10', 'commensal-bacteria', 'b-cells'],
  },
  {
    id: 'il-10',
    term: 'interleukin-10',
    definition:
      'A signal protein (cytokine) that calms inflammation. It tells other immune cells to hold back.',
    section: 'immune-regulation',
    whyItMatters:
      'Babies born without working IL-10 or its receptor get severe gut inflammation early in life, and so do mice without it: the gut needs this signal to live with its bacteria.',
    evidence: 'people',
    aliases: ['cytokine synthesis inhibitory factor'],
    // "IL-10" is also written for Illinois' 10th congressional district in US election
    // news; it is kept because it is by far the most common name of this cytokine.
    abbreviations: ['IL-10', 'IL10', 'Il10', 'CSIF'],
    excluded: [
      {
        form: 'IL',
        reason: 'Alone it is also the abbreviation for Illinois and appears in many codes; only the full "IL-10" is matched.',
      },
      { form: 'IL-10R', reason: 'The receptor that senses interleukin-10, not the signal itself.' },
    ],
    related: ['cytokines', 'dendritic-cells', 'peyers-patches', 'tregs', 'inflammation-anergy'],
  },
  {
    id: 'cytokines',
    term: 'cytokines',
    definition:
      'Small proteins that cells release as messages. They tell other cells to fight, to heal or to calm down.',
    section: 'immune-regulation',
    whyItMatters:
      'Gut microbes change which cytokines gut immune cells release; gut macrophages, for example, hold back inflammatory ones. Most of this was worked out in mice and in cells.',
    evidence: 'animals',
    aliases: ['cytokine'],
    excluded: [
      {
        form: 'interleukins',
        reason: 'One family of cytokines, each named on its own (IL-10, IL-22 and so on), not the whole group.',
      },
      { form: 'chemokines', reason: 'A subgroup of cytokines that mainly directs where immune cells travel.' },
    ],
    related: ['il-10', 'il-22', 'inflammation-anergy', 'neuroinflammation', 'innate-immunity'],
  },
  {
    id: 'inflammation-anergy',
    // "Inflammatory anergy" is the name in the research that described it; the seed article's
    // "inflammation anergy" stays as a form so pages quoting it still get the card.
    term: 'inflammatory anergy',
    definition:
      'A state of gut macrophages: they still swallow and kill bacteria, but they do not send out inflammatory signals when they do.',
    section: 'immune-regulation',
    whyItMatters:
      'It lets the gut’s macrophages deal with everyday bacteria without inflaming the gut. It was first shown in macrophages taken from the human gut.',
    evidence: 'people',
    aliases: ['inflammation anergy'],
    excluded: [
      {
        form: 'anergy',
        reason: 'Alone it usually means T-cell anergy, in which T cells are switched off, or a failed skin test: different ideas.',
      },
      {
        form: 'endotoxin tolerance',
        reason: 'A related laboratory effect in which cells dulled by one dose of bacterial toxin respond weakly to the next; not the same thing.',
      },
    ],
    related: ['macrophages', 'immune-homeostasis', 'commensal-bacteria', 'cytokines'],
  },
  {
    id: 't-helper-cells',
    term: 'T helper cells',
    definition:
      'T cells that do not kill infected cells themselves. They direct the immune response by switching on B cells, macrophages and other T cells.',
    section: 'immune-regulation',
    whyItMatters:
      'In mice, gut microbes steer which kinds of helper T cells form, such as Th17 cells, and so shape how strongly the body answers a threat.',
    evidence: 'animals',
    aliases: [
      'T helper cell',
      'helper T cells',
      'helper T cell',
      'helper T lymphocytes',
      'helper T lymphocyte',
      'T helper lymphocytes',
      'T helper lymphocyte',
    ],
    abbreviations: ['Th cells', 'Th cell', 'TH cells', 'TH cell'],
    excluded: [
      { form: 'Th', reason: 'Alone it is also short for Thursday and the symbol for thorium.' },
      {
        form: 'CD4+ T cells',
        reason: 'Most of them are helper cells, but the group also takes in regulatory T cells, which do the opposite job.',
      },
    ],
    related: ['th17-cells', 'tregs', 'b-cells', 'adaptive-immunity', 'mhc-class-ii'],
  },
  {
    id: 'tregs',
    term: 'regulatory T cells',
    definition:
      'T cells that hold the rest of the immune system back. They stop attacks on the body’s own tissues, on food and on friendly microbes.',
    detail:
      'Two kinds: thymic Tregs (tTregs) form in the thymus and mostly guard against attacks on the body itself; peripheral Tregs (pTregs) are induced from ordinary T cells in the gut and other tissues, often by food and microbes. Both depend on the gene FOXP3.',
    section: 'immune-regulation',
    whyItMatters:
      'In mice, short-chain fatty acids made from fibre, and some gut bacteria, increase the Tregs of the gut. Whether the same happens in people, and matters for disease, is still being studied.',
    evidence: 'animals',
    aliases: [
      'regulatory T cell',
      'regulatory T lymphocytes',
      'regulatory T lymphocyte',
      'T regulatory cells',
      'T regulatory cell',
    ],
    abbreviations: ['Tregs', 'Treg', 'T-regs', 'T-reg', 'Treg cells', 'Treg cell', 'iTregs', 'iTreg', 'pTregs', 'pTreg', 'tTregs', 'tTreg'],
    excluded: [
      {
        form: 'suppressor T cells',
        reason: 'A 1970s idea of suppressive T cells that could not be confirmed and was largely dropped; today’s regulatory T cells were defined later, by other markers, so the two are not the same.',
      },
    ],
    related: ['scfas', 'il-10', 'self-tolerance', 't-helper-cells', 'foxp3'],
  },
  // Added: not in the spec, because papers on Tregs name the cells by it ("FOXP3+ Tregs"),
  // and readers searching for it want the Treg story.
  {
    id: 'foxp3',
    term: 'FOXP3',
    definition:
      'A gene, and the protein it makes, that turns a T cell into a regulatory T cell (Treg). Scientists use it as the marker of these cells.',
    section: 'immune-regulation',
    whyItMatters:
      'Babies born with a faulty FOXP3 gene lack working Tregs and develop severe autoimmune disease (IPEX syndrome), which shows how vital these cells are.',
    evidence: 'people',
    aliases: ['forkhead box P3', 'scurfin'],
    abbreviations: ['FOXP3', 'Foxp3', 'FoxP3'],
    excluded: [{ form: 'FOX', reason: 'A whole family of genes, and an everyday word.' }],
    related: ['tregs', 'self-tolerance', 'autoimmune-disease'],
  },
  {
    id: 'b-cells',
    term: 'B cells',
    definition:
      'White blood cells that can make antibodies: proteins that stick to a germ or toxin. Active B cells turn into plasma cells, which release antibodies in bulk.',
    section: 'immune-regulation',
    whyItMatters:
      'In mice, gut microbes shape how B cells develop and push them to make IgA, the antibody that coats gut bacteria.',
    evidence: 'animals',
    aliases: ['B cell', 'B lymphocytes', 'B lymphocyte'],
    excluded: [
      {
        form: 'plasma cells',
        reason: 'The mature form some B cells turn into, which is what releases antibodies in bulk; usually named separately.',
      },
    ],
    related: ['adaptive-immunity', 't-helper-cells', 'antigen-presenting-cells', 'peyers-patches', 'iga'],
  },
  // Added: not in the spec, because the antibody-making B cells of the FAQ make mostly this
  // antibody in the gut, and it is the one that meets gut bacteria.
  {
    id: 'iga',
    term: 'immunoglobulin A',
    definition:
      'The main antibody of the body’s inner linings, such as the gut. It is released into the gut and coats bacteria there.',
    section: 'immune-regulation',
    whyItMatters:
      'In mice, gut bacteria drive the making of IgA, and IgA in turn shapes which bacteria thrive and keeps them off the gut lining.',
    evidence: 'animals',
    aliases: ['secretory IgA', 'secretory immunoglobulin A'],
    abbreviations: ['IgA', 'sIgA', 'SIgA'],
    excluded: [
      {
        form: 'IgA nephropathy',
        reason: 'A kidney disease named after the antibody; a card about the antibody would not explain it.',
      },
    ],
    related: ['b-cells', 'commensal-bacteria', 'peyers-patches', 'gut-barrier'],
  },

  // ── Dysbiosis and autoimmune disease ─────────────────────────────────────────────────
  {
    id: 'dysbiosis',
    term: 'dysbiosis',
    definition:
      'An unhealthy change in the balance of a microbial community, such as the gut’s. Helpful kinds or variety may be lost, or harmful ones may grow too much.',
    detail:
      'There is no agreed definition or test. Studies use different measures (lower diversity, fewer of some groups, more of others), and a healthy microbiome varies a lot from person to person, so ‘dysbiosis’ often just means ‘different from the controls of this study’.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'People with many autoimmune diseases have gut microbes unlike those of healthy people. That microbes help cause these diseases is shown in animals; in people it is a link, not proof.',
    evidence: 'debated',
    aliases: [
      'dysbioses',
      'dysbiotic',
      // An older name, still common in Eastern European and Russian literature.
      'dysbacteriosis',
      'microbial imbalance',
      'microbial imbalances',
      'microbiome imbalance',
      'microbiota imbalance',
      'bacterial imbalance',
      'imbalanced gut microbiome',
      'imbalanced microbiome',
    ],
    excluded: [
      { form: 'imbalance', reason: 'An everyday word, from hormone imbalance to trade imbalance.' },
    ],
    related: ['scfas', 'tregs', 'autoimmune-disease', 'gut-microbiome', 'self-tolerance'],
  },
  // Added: not in the spec, because it is the microbial imbalance readers meet most on health
  // forums, often as the explanation for IBS symptoms, and it is not dysbiosis in general.
  {
    id: 'sibo',
    term: 'small intestinal bacterial overgrowth',
    definition:
      'Too many bacteria in the small intestine, which normally holds few. It can cause bloating, diarrhoea and poor uptake of food.',
    detail:
      'There is no agreed test. Breath tests after a sugar drink are common but often wrong; counting bacteria in fluid drawn from the small intestine is more direct but hard to do, and the cut-off is disputed.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'It is real after some gut surgery and in some disorders of gut movement. As the cause of common bloating or IBS it is debated, because the usual breath tests are unreliable.',
    evidence: 'debated',
    aliases: ['small intestine bacterial overgrowth', 'small bowel bacterial overgrowth'],
    abbreviations: ['SIBO'],
    excluded: [{ form: 'bacterial overgrowth', reason: 'Alone it can mean overgrowth anywhere, such as in the vagina or a wound.' }],
    related: ['dysbiosis', 'ibs', 'antibiotics'],
  },
  {
    id: 'self-tolerance',
    term: 'self-tolerance',
    definition:
      'The immune system’s ability to recognise the body’s own cells as ‘self’ and leave them alone.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'In mice, changing the gut microbes can make a breakdown of this tolerance more or less likely. Whether gut microbes help break it in people is not yet known.',
    evidence: 'animals',
    aliases: ['tolerance to self', 'tolerance of self', 'self-tolerant'],
    excluded: [
      {
        form: 'immune tolerance',
        reason: 'Broader: it also covers tolerance of food, friendly microbes and transplanted organs, not only of the body’s own tissue.',
      },
      { form: 'immunological tolerance', reason: 'Broader than self-tolerance, for the same reason as immune tolerance.' },
      { form: 'tolerance', reason: 'An everyday word, from drug tolerance to tolerance of other people.' },
    ],
    related: ['autoimmune-disease', 'tregs', 'dysbiosis', 'immune-homeostasis'],
  },
  {
    id: 'autoimmune-disease',
    term: 'autoimmune disease',
    definition:
      'An illness in which the immune system attacks the body’s own healthy tissue. Type 1 diabetes, rheumatoid arthritis and multiple sclerosis are examples.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'People with these diseases often have unusual gut microbes. In germ-free mice the bacteria they are given can make such diseases more or less likely; in people, cause has not been shown.',
    evidence: 'debated',
    aliases: [
      'autoimmune diseases',
      'autoimmune disorder',
      'autoimmune disorders',
      'autoimmune condition',
      'autoimmune conditions',
      'autoimmune illness',
      'autoimmune illnesses',
      'autoimmunity',
      // The adjective alone ("autoimmune risk", "an autoimmune attack") always points here.
      'autoimmune',
    ],
    excluded: [
      {
        form: 'AID',
        reason: 'Also the ordinary word "aid", and the name of an enzyme of B cells; AIDS is a different disease altogether.',
      },
      { form: 'AD', reason: 'Also Alzheimer’s disease, atopic dermatitis, anno Domini and advertisement.' },
    ],
    related: ['dysbiosis', 'self-tolerance', 'ibd', 'rheumatoid-arthritis', 'multiple-sclerosis'],
  },
  {
    id: 'ibd',
    term: 'inflammatory bowel disease',
    definition:
      'Long-term diseases in which the immune system keeps the gut lining inflamed. The two main ones are Crohn’s disease and ulcerative colitis.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'People with IBD have less varied gut microbes than others. Faecal transplants helped some people with ulcerative colitis in small trials, but they are not a standard treatment.',
    evidence: 'people',
    aliases: ['inflammatory bowel diseases', 'inflammatory bowel disorder', 'inflammatory bowel disorders'],
    abbreviations: ['IBD', 'IBDs'],
    excluded: [
      {
        form: 'bowel disease',
        reason: 'Alone it covers every disorder of the bowel, including irritable bowel syndrome and bowel cancer.',
      },
    ],
    related: ['crohns-disease', 'ulcerative-colitis', 'dysbiosis', 'fmt', 'calprotectin'],
  },
  // Added: not in the spec, because the stool test for it is how doctors tell IBD from IBS,
  // the two conditions the FAQ keeps side by side.
  {
    id: 'calprotectin',
    term: 'calprotectin',
    definition:
      'A protein released by neutrophils, a kind of white blood cell. Its level in stool shows how much inflammation there is in the gut.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'Doctors use a stool test for it to tell IBD, where levels are high, from IBS, where they are usually normal, and to follow how IBD is doing.',
    evidence: 'people',
    // "faecal calprotectin" is not listed: the word alone matches inside it, and listing it
    // would put this entry before FMT when a reader searches for "faecal".
    abbreviations: ['S100A8/A9', 'MRP8/14'],
    excluded: [{ form: 'FC', reason: 'Also football club and many other names; the full name is matched.' }],
    related: ['ibd', 'ibs', 'neutrophils', 'inflammation'],
  },
  {
    id: 'crohns-disease',
    term: "Crohn's disease",
    definition:
      'A lifelong type of IBD that can inflame any part of the gut, from mouth to anus. It often comes in patches that reach deep into the gut wall.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'People with Crohn’s disease have gut microbes that differ from those of healthy people, but which comes first, the microbes or the disease, is not clear.',
    evidence: 'debated',
    aliases: [
      'Crohns disease',
      'Crohn disease',
      // "people with Crohn's": the possessive alone always means the disease.
      "Crohn's",
      'Crohns',
      // Older names, still met in older papers.
      'regional enteritis',
      'regional ileitis',
    ],
    excluded: [
      {
        form: 'CD',
        reason: 'Also compact disc, certificate of deposit and the CD markers of immune cells (such as CD70); the full name is matched instead.',
      },
      { form: 'Crohn', reason: 'Alone it is a surname, that of the doctor who described the disease.' },
    ],
    related: ['ibd', 'ulcerative-colitis', 'dysbiosis', 'autoimmune-disease'],
  },
  {
    id: 'ulcerative-colitis',
    term: 'ulcerative colitis',
    definition:
      'A lifelong type of IBD in which the lining of the large bowel becomes inflamed and forms sores. It starts at the rectum and spreads upwards.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'In small trials, faecal transplants put some people with it into remission more often than a dummy treatment did. It is still an experimental use.',
    evidence: 'people',
    aliases: ['colitis ulcerosa'],
    excluded: [
      { form: 'UC', reason: 'Also the University of California, user-generated content and many other names.' },
      {
        form: 'colitis',
        reason: 'Alone it means any inflammation of the colon, including infections such as C. difficile colitis.',
      },
    ],
    related: ['ibd', 'crohns-disease', 'dysbiosis', 'fmt'],
  },
  {
    id: 'rheumatoid-arthritis',
    term: 'rheumatoid arthritis',
    definition:
      'A long-term autoimmune disease in which the immune system attacks the lining of the joints. It causes painful swelling and, over time, joint damage.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'Some people with early rheumatoid arthritis carry more of certain gut bacteria, and these bacteria can set off arthritis in mice. Whether they cause it in people is not known.',
    evidence: 'debated',
    // Some patient groups prefer "rheumatoid disease" because it affects more than joints.
    aliases: ['rheumatoid disease'],
    excluded: [
      {
        form: 'RA',
        reason: 'Also the Royal Academy, a resident assistant, the right atrium of the heart and a common name.',
      },
      {
        form: 'arthritis',
        reason: 'Alone it usually means osteoarthritis, the wear-and-tear kind, which is not autoimmune.',
      },
      { form: 'rheumatism', reason: 'An old, vague word for any aches of the joints and muscles.' },
    ],
    related: ['autoimmune-disease', 'dysbiosis', 'fmt', 'th17-cells'],
  },
  {
    id: 'multiple-sclerosis',
    term: 'multiple sclerosis',
    definition:
      'A long-term disease in which the immune system damages the coating around nerves in the brain and spinal cord. This disrupts the signals they carry.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'Gut microbes taken from people with MS made a similar disease worse in mice. Whether changing the microbiome can slow MS in people is only now being tested.',
    evidence: 'animals',
    aliases: [
      // Older British name.
      'disseminated sclerosis',
      'encephalomyelitis disseminata',
    ],
    abbreviations: ['MS patients', 'MS patient'],
    excluded: [
      {
        form: 'MS',
        reason: 'Alone it is also Microsoft, Master of Science, manuscript, mass spectrometry and Mississippi; only "MS patient(s)" is matched.',
      },
    ],
    related: ['autoimmune-disease', 'neuroinflammation', 'dysbiosis', 'fmt', 'gut-brain-axis'],
  },
  {
    id: 'type-1-diabetes',
    term: 'type 1 diabetes',
    definition:
      'A disease in which the immune system destroys the cells of the pancreas that make insulin. People with it need insulin to control their blood sugar.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'In large studies, children who went on to get it showed changes in their gut microbes before diagnosis. Whether these changes help cause it is not known.',
    evidence: 'debated',
    aliases: [
      'type I diabetes',
      'type one diabetes',
      // Older names, still common in news and charity names.
      'juvenile diabetes',
      'juvenile-onset diabetes',
      'insulin-dependent diabetes',
      'autoimmune diabetes',
    ],
    // "T1D" is used almost only for this disease, so it is kept.
    abbreviations: ['T1D', 'T1DM', 'IDDM'],
    excluded: [
      {
        form: 'diabetes',
        reason: 'Alone it most often means type 2 diabetes, which is not an autoimmune disease.',
      },
      { form: 'DM1', reason: 'Also the usual short name of myotonic dystrophy type 1, a muscle disease.' },
    ],
    related: ['autoimmune-disease', 'dysbiosis', 'self-tolerance'],
  },
  {
    id: 'lupus',
    term: 'systemic lupus erythematosus',
    definition:
      'A long-term autoimmune disease that can attack many parts of the body, such as the skin, joints and kidneys. It often comes in flares.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'People with lupus often have unusual gut microbes, and in mice some gut bacteria make lupus worse. A causal role in people has not been shown.',
    evidence: 'debated',
    // "lupus" alone is how almost everyone names the disease; the rare pages about the grey
    // wolf (Canis lupus) or the constellation are an accepted cost.
    aliases: ['lupus', 'systemic lupus', 'lupus erythematosus'],
    // "SLE" is also St. Louis encephalitis, but far less often; kept as the usual abbreviation.
    abbreviations: ['SLE'],
    // Longer phrases that contain "lupus" but name something else are listed here: an
    // excluded phrase holding one of the entry's forms is kept unhighlighted on pages.
    excluded: [
      { form: 'LE', reason: 'Two letters that are also the French word "le" and many codes.' },
      {
        form: 'lupus anticoagulant',
        reason: 'A blood antibody that makes clots more likely; it is named after lupus but many people who have it do not have lupus.',
      },
      {
        form: 'cutaneous lupus erythematosus',
        reason: 'Lupus of the skin only, a separate diagnosis that often never becomes the systemic disease.',
      },
      { form: 'discoid lupus erythematosus', reason: 'The commonest form of skin-only lupus, not the systemic disease.' },
      { form: 'lupus vulgaris', reason: 'Tuberculosis of the skin, nothing to do with autoimmune lupus.' },
      { form: 'Canis lupus', reason: 'The Latin name of the grey wolf.' },
    ],
    related: ['autoimmune-disease', 'dysbiosis', 'self-tolerance', 'b-cells'],
  },

  // ── The gut-brain axis ───────────────────────────────────────────────────────────────
  {
    id: 'gut-brain-axis',
    term: 'gut-brain axis',
    definition:
      'The two-way links between the gut and the brain. Nerves, hormones, immune signals and substances made by gut microbes all carry messages.',
    section: 'gut-brain-axis',
    whyItMatters:
      'Most evidence that gut microbes affect mood and behaviour comes from mice. In people, links with anxiety, depression and Parkinson’s disease have been found, but changing the microbes has had small, inconsistent effects.',
    evidence: 'debated',
    aliases: [
      'brain-gut axis',
      'microbiota-gut-brain axis',
      'microbiome-gut-brain axis',
      'gut-microbiota-brain axis',
      'brain-gut-microbiome axis',
      'gut-brain connection',
      'brain-gut connection',
      'gut-brain link',
      'gut-brain communication',
    ],
    excluded: [
      {
        form: 'GBA',
        reason: 'Also the GBA gene, one of the strongest genetic risk factors for Parkinson’s disease, so it would mislead on exactly the pages where it appears.',
      },
      { form: 'axis', reason: 'Alone it means the axis of a chart, a line of rotation and much else.' },
      {
        form: 'gut brain',
        reason: 'Without "axis" or "connection" it is ambiguous: some writers use "the gut brain" for the enteric nervous system.',
      },
    ],
    related: ['vagus-nerve', 'enteric-nervous-system', 'blood-brain-barrier', 'neuroinflammation', 'scfas'],
  },
  {
    id: 'vagus-nerve',
    term: 'vagus nerve',
    definition:
      'A long nerve that runs from the brainstem down to the gut. It carries messages both ways between the brain and the inner organs.',
    section: 'gut-brain-axis',
    whyItMatters:
      'It is a main route for signals from the gut to the brain. In mice, one probiotic strain changed behaviour only when this nerve was intact; this has not been shown in people.',
    evidence: 'animals',
    aliases: [
      'vagus nerves',
      'vagal nerve',
      'vagal nerves',
      'vagus',
      // The adjective ("vagal pathways", "vagal tone") always refers to this nerve.
      'vagal',
      'tenth cranial nerve',
      'cranial nerve X',
      // Older name.
      'pneumogastric nerve',
    ],
    excluded: [
      { form: 'VN', reason: 'Also the country code for Vietnam and short for visual novel.' },
      { form: 'CN X', reason: 'Anatomy shorthand that is easily confused with other codes; the spelled-out "cranial nerve X" is matched.' },
    ],
    related: ['gut-brain-axis', 'enteric-nervous-system', 'probiotics', 'neuroinflammation'],
  },
  {
    id: 'enteric-nervous-system',
    term: 'enteric nervous system',
    definition:
      'A web of about 500 million nerve cells in the wall of the gut. It can run digestion on its own and trades signals with the brain.',
    section: 'gut-brain-axis',
    whyItMatters:
      'It holds more nerve cells than the spinal cord, hence the nickname ‘second brain’. It is wired to the brain through the vagus nerve and sits close to gut immune cells and microbes.',
    evidence: 'people',
    aliases: [
      'enteric nervous systems',
      'enteric neurons',
      'enteric neuron',
      "gut's second brain",
      'second brain of the gut',
      'second brain in the gut',
    ],
    excluded: [
      {
        form: 'ENS',
        reason: 'Also the Ethereum Name Service and the French École normale supérieure; the full name is matched.',
      },
      {
        form: 'second brain',
        reason: 'On its own it now mostly names a popular note-taking method; it is matched only in phrases that tie it to the gut.',
      },
      { form: 'enteric', reason: 'Alone it also describes enteric-coated tablets and enteric (typhoid) fever.' },
    ],
    related: ['gut-brain-axis', 'vagus-nerve', 'neuroinflammation', 'parkinsons-disease'],
  },
  {
    id: 'blood-brain-barrier',
    term: 'blood-brain barrier',
    definition:
      'A tight seal in the walls of the brain’s blood vessels. It lets in oxygen and food but keeps most germs and large molecules out.',
    section: 'gut-brain-axis',
    whyItMatters:
      'Some immune signals and small molecules made by gut microbes can cross it. In mice, gut microbes also help keep the barrier tight.',
    evidence: 'animals',
    // Older names, still used in some textbooks and translated papers.
    aliases: ['blood-brain barriers', 'haematoencephalic barrier', 'hematoencephalic barrier'],
    excluded: [
      {
        form: 'BBB',
        reason: 'Also the Better Business Bureau and a credit rating, both common on ordinary pages; the full name is matched.',
      },
    ],
    related: ['gut-brain-axis', 'neuroinflammation', 'cytokines', 'scfas'],
  },
  {
    id: 'neuroinflammation',
    term: 'neuroinflammation',
    definition:
      'Inflammation in the brain or spinal cord. It is driven by the brain’s own immune cells and by immune signals from the rest of the body.',
    section: 'gut-brain-axis',
    whyItMatters:
      'In mice, short-chain fatty acids made by gut bacteria help the brain’s immune cells mature, and inflammation in the gut can send signals that reach the brain.',
    evidence: 'animals',
    aliases: ['neuro-inflammation', 'neuroinflammatory', 'neuro-inflammatory', 'brain inflammation'],
    excluded: [
      { form: 'encephalitis', reason: 'A specific, often infectious illness of the brain, not the general process.' },
    ],
    related: ['gut-brain-axis', 'scfas', 'cytokines', 'multiple-sclerosis', 'parkinsons-disease'],
  },
  {
    id: 'parkinsons-disease',
    term: "Parkinson's disease",
    definition:
      'A brain disease in which nerve cells that make dopamine are slowly lost. It causes tremor, stiffness and slow movement, often after years of constipation.',
    section: 'gut-brain-axis',
    whyItMatters:
      'People with Parkinson’s have different gut microbes, and gut problems often start years before the tremor. In mice, gut bacteria can worsen a Parkinson’s-like disease; whether the gut helps cause it in people is debated.',
    evidence: 'debated',
    aliases: [
      'Parkinsons disease',
      'Parkinson disease',
      // "people with Parkinson's": kept, although it also catches the rarer "Parkinson's law".
      "Parkinson's",
      'Parkinsons',
      // Older names.
      'paralysis agitans',
      'shaking palsy',
    ],
    excluded: [
      { form: 'PD', reason: 'Also police department, public domain, potential difference and many other things.' },
      { form: 'Parkinson', reason: 'Alone it is a common surname.' },
      {
        form: 'parkinsonism',
        reason: 'The set of movement symptoms, which has other causes too, such as some medicines.',
      },
    ],
    related: ['gut-brain-axis', 'dysbiosis', 'neuroinflammation', 'enteric-nervous-system', 'vagus-nerve'],
  },
];
