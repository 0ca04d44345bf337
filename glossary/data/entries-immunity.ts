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
import type { EntryInput } from '../schema.ts';

export const immunityEntries: EntryInput[] = [
  // ── What the gut microbiome is and why it matters for immunity ──────────────────────
  {
    id: 'gut-microbiome',
    term: 'gut microbiome',
    definition:
      'The whole community of microbes, mostly bacteria but also fungi, viruses and other tiny organisms, that lives in the human digestive tract, together with the genes and substances they make.',
    section: 'microbiome-and-immunity',
    whyItMatters:
      'These trillions of microbes, shaped by a very long shared history with humans, do far more than help digest food: they make vitamins, crowd out harmful germs, help keep the gut lining sealed and teach the immune system what to attack and what to leave alone.',
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
      'Bacteria that normally live on or inside the body, for instance in the gut, without causing disease, and that often do their host a good turn.',
    section: 'microbiome-and-immunity',
    whyItMatters:
      'They protect us by leaving harmful bacteria little room to thrive, and the gut’s immune cells are specially tuned to live peacefully with them while still reacting to real threats.',
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
      'The lining of the intestine, a single layer of tightly joined cells coated in mucus and watched over by immune cells, which lets nutrients through while keeping microbes and their products out of the body.',
    section: 'microbiome-and-immunity',
    whyItMatters:
      'A healthy microbiome helps keep this barrier intact, guarding against what is popularly called leaky gut, in which microbial material slips through the lining and fuels inflammation throughout the body.',
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
      'A family of laboratory methods that read the DNA of millions of fragments at once, letting scientists list the microbes in a sample such as stool without having to grow each one in a dish.',
    section: 'microbiome-and-immunity',
    whyItMatters:
      'It transformed microbiome research: scientists can now describe the whole gut community straight from its DNA instead of having to grow every species in a laboratory first.',
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

  // ── How the gut microbiome regulates the immune system ──────────────────────────────
  {
    id: 'innate-immunity',
    term: 'innate immunity',
    definition:
      'The body’s built-in, fast-acting first line of defence, made up of barriers and cells such as macrophages and dendritic cells, which reacts to broad signs of danger rather than to one particular germ.',
    section: 'immune-regulation',
    whyItMatters:
      'Gut microbes shape it constantly: the gut’s innate immune cells are adapted to put up with friendly microbes while still responding to genuine threats.',
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
  {
    id: 'adaptive-immunity',
    term: 'adaptive immunity',
    definition:
      'The slower but highly targeted arm of the immune system, run by T cells and B cells, that learns to recognise particular invaders and remembers them for years afterwards.',
    section: 'immune-regulation',
    whyItMatters:
      'Substances and molecular patterns from gut microbes steer which T helper cells, regulatory T cells and antibody-making B cells develop, and so how strongly and precisely the body answers a threat.',
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
      'Immune cells, chiefly dendritic cells, macrophages and B cells, that gather fragments of microbes or other material and display them on their surface so that T cells can decide whether to respond.',
    section: 'immune-regulation',
    whyItMatters:
      'In the gut these cells are specially adapted to tolerate friendly microbes while still reacting to real threats, which keeps the peace between the immune system and the microbiome.',
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
      'Branch-shaped immune cells that sample their surroundings, pick up fragments of microbes and show them to T cells, deciding whether the immune system should attack or stand down.',
    section: 'immune-regulation',
    whyItMatters:
      'As antigen-presenting cells, gut dendritic cells are tuned to tolerate friendly microbes; those in Peyer’s patches release large amounts of the calming signal IL-10, which keeps the peace with resident bacteria.',
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
      'Large immune cells found in nearly every tissue that engulf and digest microbes, dead cells and debris, and send out signals that can start or calm inflammation.',
    section: 'immune-regulation',
    whyItMatters:
      'Macrophages in the gut learn not to raise the alarm at everyday contact with bacteria, a state called inflammation anergy, and this tolerance is essential for keeping the gut calm.',
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
      'Small clusters of immune tissue, rather like tiny lymph nodes, set into the wall of the small intestine, where immune cells sample what passes through the gut.',
    section: 'immune-regulation',
    whyItMatters:
      'The dendritic cells inside these patches make high levels of the anti-inflammatory signal IL-10, one of the ways the gut keeps the peace with its resident bacteria.',
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
      'A signalling protein released by many kinds of immune cell that calms inflammation and tells other immune cells to hold back.',
    section: 'immune-regulation',
    whyItMatters:
      'Dendritic cells in Peyer’s patches produce large amounts of it, helping the gut stay at peace with its friendly bacteria.',
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
      'Small proteins that immune cells and other cells release as chemical messages, telling nearby or distant cells to fight, to heal or to calm down.',
    section: 'immune-regulation',
    whyItMatters:
      'Gut microbes influence which cytokines are made: gut dendritic cells release the calming cytokine IL-10, while tolerant gut macrophages hold back the inflammatory ones.',
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
    term: 'inflammation anergy',
    definition:
      'A state in which macrophages in the gut wall still swallow and kill bacteria but no longer send out inflammatory alarm signals when they meet them.',
    section: 'immune-regulation',
    whyItMatters:
      'It lets intestinal macrophages ignore routine contact with gut microbes instead of setting off inflammation, a kind of tolerance that is essential for a calm, balanced gut.',
    aliases: ['inflammatory anergy'],
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
      'White blood cells of the T-cell family that do not kill infected cells themselves but coordinate the immune response, switching on B cells, macrophages and other T cells.',
    section: 'immune-regulation',
    whyItMatters:
      'Signals from gut microbes influence which kinds of T helper cells develop, one of the ways the microbiome sets how strongly and precisely the body answers a threat.',
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
      'A small group of T cells whose job is to restrain the rest of the immune system, preventing attacks on the body’s own tissues, on food and on friendly microbes.',
    section: 'immune-regulation',
    whyItMatters:
      'Microbial signals from the gut drive the development of these cells, which help decide how hard the immune system pushes back; short-chain fatty acids from fibre encourage them, and boosting them is a goal of some microbiome therapies.',
    aliases: [
      'regulatory T cell',
      'regulatory T lymphocytes',
      'regulatory T lymphocyte',
      'T regulatory cells',
      'T regulatory cell',
      // The older name, from the 1970s, for the same suppressive job.
      'suppressor T cells',
      'suppressor T cell',
      'T suppressor cells',
    ],
    abbreviations: ['Tregs', 'Treg', 'T-regs', 'T-reg', 'Treg cells', 'Treg cell', 'iTregs', 'iTreg', 'pTregs', 'pTreg'],
    excluded: [
      { form: 'FOXP3', reason: 'The master gene that marks these cells, not the cells themselves.' },
    ],
    related: ['scfas', 'il-10', 'self-tolerance', 't-helper-cells', 'synbiotics'],
  },
  {
    id: 'b-cells',
    term: 'B cells',
    definition:
      'White blood cells that make antibodies, the Y-shaped proteins that latch onto particular germs or toxins and mark them for destruction.',
    section: 'immune-regulation',
    whyItMatters:
      'Signals from gut microbes help shape how these antibody-producing cells develop, part of the way the microbiome tunes adaptive immunity.',
    aliases: ['B cell', 'B lymphocytes', 'B lymphocyte'],
    excluded: [
      {
        form: 'plasma cells',
        reason: 'The fully mature, antibody-pumping form that some B cells turn into, usually named separately.',
      },
    ],
    related: ['adaptive-immunity', 't-helper-cells', 'antigen-presenting-cells', 'peyers-patches'],
  },

  // ── Dysbiosis and autoimmune disease ─────────────────────────────────────────────────
  {
    id: 'dysbiosis',
    term: 'dysbiosis',
    definition:
      'A disturbed, unhealthy balance in a microbial community such as the gut microbiome, for example a loss of helpful species and variety or an overgrowth of harmful ones.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'When the gut community is thrown off balance, the immune system’s tolerance of the body’s own tissues can break down, and dysbiosis is increasingly tied to the start and worsening of autoimmune diseases in the gut and in distant organs.',
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
      {
        form: 'SIBO',
        reason: 'Small intestinal bacterial overgrowth is one specific condition, not dysbiosis in general.',
      },
    ],
    related: ['scfas', 'tregs', 'autoimmune-disease', 'gut-microbiome', 'self-tolerance'],
  },
  {
    id: 'self-tolerance',
    term: 'self-tolerance',
    definition:
      'The immune system’s learned ability to recognise the body’s own cells and tissues as ‘self’ and leave them alone.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'A balanced gut community helps maintain it; when the microbiome is destabilised, this tolerance can fail and the immune system may start attacking the body’s own tissue, the root of autoimmune disease.',
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
      'Any illness in which the immune system mistakes the body’s own healthy tissue for a threat and attacks it, as in type 1 diabetes, rheumatoid arthritis or multiple sclerosis.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'Disturbances of the gut microbiome are increasingly linked to how these diseases begin and progress, in the gut itself and in distant organs such as the joints, brain and thyroid; studies in germ-free animals suggest particular microbes play a causal part.',
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
      'A group of long-lasting conditions, chiefly Crohn’s disease and ulcerative colitis, in which the immune system keeps the lining of the gut inflamed and damaged.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'It is one of the immune-driven conditions linked to gut dysbiosis, and faecal microbiota transplants are being tested in clinical trials as a possible treatment.',
    aliases: ['inflammatory bowel diseases', 'inflammatory bowel disorder', 'inflammatory bowel disorders'],
    abbreviations: ['IBD', 'IBDs'],
    excluded: [
      {
        form: 'bowel disease',
        reason: 'Alone it covers every disorder of the bowel, including irritable bowel syndrome and bowel cancer.',
      },
    ],
    related: ['crohns-disease', 'ulcerative-colitis', 'dysbiosis', 'fmt', 'ibs'],
  },
  {
    id: 'crohns-disease',
    term: "Crohn's disease",
    definition:
      'A lifelong form of inflammatory bowel disease that can inflame any part of the digestive tract, from mouth to anus, often in patches that reach deep into the gut wall.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'One of the two main forms of inflammatory bowel disease, it is among the immune conditions linked to an imbalanced gut microbiome.',
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
      'A lifelong form of inflammatory bowel disease in which the lining of the large bowel becomes inflamed and ulcerated, starting at the rectum and spreading upwards.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'Together with Crohn’s disease it makes up inflammatory bowel disease, one of the conditions linked to gut dysbiosis.',
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
      'A long-term autoimmune disease in which the immune system attacks the lining of the joints, causing painful swelling, stiffness and, over time, joint damage.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'It shows that gut dysbiosis is linked to autoimmunity far from the intestine, here in the joints, and faecal microbiota transplantation is being trialled as a treatment.',
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
      'A long-term autoimmune disease in which the immune system damages the protective coating around nerves in the brain and spinal cord, disrupting the signals they carry.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'It is one of the autoimmune diseases linked to gut dysbiosis; people with it increasingly show gut microbiome signatures, and trials are testing faecal microbiota transplants and whether restoring the microbiome could slow the disease.',
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
      'An autoimmune disease in which the immune system destroys the insulin-making cells of the pancreas, so the body can no longer control its blood sugar without insulin treatment.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'It is one of the autoimmune diseases tied to gut dysbiosis, showing that an unsettled microbiome can matter for organs well beyond the gut.',
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
      'A long-term autoimmune disease in which the immune system attacks many parts of the body, such as the skin, joints, kidneys and blood vessels, often in flares.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters:
      'Lupus is among the autoimmune conditions linked to gut dysbiosis, a reminder that the gut’s microbes can influence immune attacks on tissues throughout the body.',
    // "lupus" alone is how almost everyone names the disease; the rare pages about the grey
    // wolf (Canis lupus) or the constellation are an accepted cost.
    aliases: ['lupus', 'systemic lupus', 'lupus erythematosus'],
    // "SLE" is also St. Louis encephalitis, but far less often; kept as the usual abbreviation.
    abbreviations: ['SLE'],
    excluded: [
      { form: 'LE', reason: 'Two letters that are also the French word "le" and many codes.' },
    ],
    related: ['autoimmune-disease', 'dysbiosis', 'self-tolerance', 'b-cells'],
  },

  // ── The gut-brain axis ───────────────────────────────────────────────────────────────
  {
    id: 'gut-brain-axis',
    term: 'gut-brain axis',
    definition:
      'The two-way communication network that links the gut, its microbes and its immune cells with the brain, through nerves, hormones, immune signals and microbial substances.',
    section: 'gut-brain-axis',
    whyItMatters:
      'Through this network the state of the gut can affect mood, thinking and brain health: gut inflammation and microbial imbalance have been linked to anxiety, depression and Parkinson’s disease, so gut health is a brain matter too.',
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
      'The long nerve that runs from the brainstem down through the neck and chest to the gut, carrying messages in both directions between the brain and the internal organs.',
    section: 'gut-brain-axis',
    whyItMatters:
      'It is one of the main lines along which the gut’s nerve cells talk to the brain, and the effects on mood reported in some probiotic trials are thought to travel partly along vagal pathways.',
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
      'The web of roughly 500 million nerve cells woven into the walls of the digestive tract, which can run digestion largely on its own and exchanges signals with the brain.',
    section: 'gut-brain-axis',
    whyItMatters:
      'With more nerve cells than the spinal cord, it has earned the gut the nickname ‘second brain’; these neurons keep in touch with the brain through the vagus nerve as well as through immune and microbial signals.',
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
      'A tightly sealed lining of the brain’s blood vessels that lets oxygen and nutrients in but keeps most germs, toxins and large molecules in the blood away from brain tissue.',
    section: 'gut-brain-axis',
    whyItMatters:
      'Some immune messengers and substances made by gut microbes can cross it, which is one route by which the state of the gut reaches the brain.',
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
      'Inflammation inside the brain or spinal cord, driven by the nervous system’s own immune cells and by immune signals arriving from the rest of the body.',
    section: 'gut-brain-axis',
    whyItMatters:
      'Short-chain fatty acids made by gut bacteria influence it, and inflammatory signals that start in the gut can travel through the body to the brain; neuroinflammatory conditions such as multiple sclerosis increasingly show gut microbiome signatures.',
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
      'A progressive brain disorder in which nerve cells that make dopamine are gradually lost, causing tremor, stiffness and slow movement as well as many symptoms beyond movement.',
    section: 'gut-brain-axis',
    whyItMatters:
      'It is one of the brain conditions linked to gut dysbiosis, part of the growing evidence that what happens in the gut can affect the brain.',
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
