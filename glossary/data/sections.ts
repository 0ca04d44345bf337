/**
 * The eight questions of the seed article, in its order, each answered in the project's
 * own words: a short answer for the term card and a full answer for the popup and the FAQ
 * page. The answers keep the article's facts and its cautions (mixed evidence on
 * probiotics, therapies still emerging) without reusing its sentences.
 */
import type { Section } from '../schema.ts';

export const sections: Section[] = [
  {
    id: 'microbiome-and-immunity',
    question: 'What is the gut microbiome and why does it matter for immunity?',
    shortAnswer:
      'The gut microbiome is the enormous community of bacteria, fungi and other microbes living in your digestive tract, a partner that has evolved alongside humans for a very long time. Beyond helping with digestion, it trains and continually fine-tunes the immune system, which cannot work at its best without a healthy, varied microbial community.',
    fullAnswer: [
      'Your digestive tract is home to trillions of microorganisms: mostly bacteria, but also fungi and other microbes. Together they form the gut microbiome, which may well be the body’s most powerful ecosystem. Humans and these microbes have evolved side by side over a very long stretch of time, and the relationship that grew out of it reaches well beyond breaking down food.',
      'The microbiome helps produce nutrients and helps clear away potentially harmful substances, but its most important job for immunity is to teach. It educates the immune system as it develops and then keeps adjusting it throughout life. When the microbial community is unhealthy or lacks variety, the immune system cannot perform as well as it should.',
      'Its main roles come down to four. It digests food and makes nutrients, including B vitamins and vitamin K. It protects against infection by leaving harmful bacteria little room or food to thrive. It calibrates the immune system, helping immune cells learn to tell friend from foe. And it helps maintain the gut barrier, preventing the so-called leaky gut that lets microbial material slip through and drive inflammation throughout the body.',
      'Much of this knowledge comes from next-generation sequencing, which reads microbial DNA straight from a sample. It has changed how these communities are studied, because researchers can now describe the gut’s microbes without first having to grow every species in a laboratory.',
    ],
  },
  {
    id: 'immune-regulation',
    question: 'How does the gut microbiome regulate the immune system?',
    shortAnswer:
      'Gut microbes and the immune system are in constant two-way conversation, and microbial signals influence almost every part of immunity. Gut immune cells such as dendritic cells and macrophages are tuned to tolerate friendly microbes while still reacting to real dangers, and microbial products also steer the development of T cells and antibody-making B cells.',
    fullAnswer: [
      'Messages flow continuously in both directions between gut microbes and the immune system. Signals from the microbes reach almost every branch of immunity, from the fast, general-purpose innate defences to the slower, highly targeted responses of adaptive immunity.',
      'Innate immunity is the defence that acts first. In the gut, its antigen-presenting cells (APCs), a group that includes dendritic cells and macrophages, have a special skill: they put up with the friendly microbes that live there, yet still respond when a genuine threat appears.',
      'Peyer’s patches, small clusters of immune tissue set into the wall of the intestine, show how this works. The dendritic cells inside them release large amounts of interleukin-10 (IL-10), a cytokine that damps down inflammation and helps the immune system stay on peaceful terms with resident bacteria.',
      'Macrophages in the intestine go a step further. They settle into what scientists call inflammation anergy: they deliberately hold back inflammatory signals when they touch the ordinary microbes of the gut. This tolerance is essential for keeping the gut in a calm, stable state.',
      'Adaptive immunity also bears the microbiome’s stamp. Substances made by gut microbes, together with recognisable molecular patterns on their surfaces, guide how T helper cells, regulatory T cells (Tregs) and antibody-producing B cells develop. Between them, these cells decide how forcefully and how precisely the body reacts to a threat.',
    ],
  },
  {
    id: 'dysbiosis-and-autoimmunity',
    question: 'Can an imbalanced gut microbiome cause autoimmune disease?',
    shortAnswer:
      'Growing evidence says yes: dysbiosis, a disturbed balance of gut microbes, is increasingly linked to how autoimmune diseases start and progress, both in the gut and in distant organs. When the microbial community is unsettled, the immune system’s tolerance of the body’s own tissue can break down, and experiments in germ-free animals suggest particular microbes play a causal part.',
    fullAnswer: [
      'A disturbed gut microbiome, a state known as dysbiosis, is increasingly tied to both the onset and the progression of autoimmune diseases. The link holds not only for conditions of the intestine itself but also for those affecting distant parts of the body, such as the joints, the brain and the thyroid.',
      'In a healthy person the immune system practises self-tolerance: it recognises the body’s own healthy tissue and leaves it alone. When the gut’s microbial communities are thrown off balance, that tolerance can give way, and the immune system may start attacking the body’s own tissue by mistake.',
      'Autoimmune conditions that researchers have connected with dysbiosis include inflammatory bowel disease (IBD), which takes in Crohn’s disease and ulcerative colitis, as well as rheumatoid arthritis, multiple sclerosis, type 1 diabetes and lupus, whose full name is systemic lupus erythematosus.',
      'Some of the clearest evidence comes from animal studies. Rodents raised in completely sterile conditions, with no gut microbes at all, have deep flaws in their immune systems, and their susceptibility to autoimmune disease shifts depending on which bacteria are introduced later. These findings make a strong case that particular microbial communities play a causal part in these diseases rather than simply appearing alongside them.',
    ],
  },
  {
    id: 'gut-brain-axis',
    question: 'What is the gut-brain axis and how does gut health affect the brain?',
    shortAnswer:
      'The gut-brain axis is the two-way network that connects the digestive tract with the brain and spinal cord, linking gut microbes, immune signals and nerves. Through it, inflammation and microbial substances from the gut can influence mood, thinking and neurological health, so looking after the gut matters for the brain too.',
    fullAnswer: [
      'The gut-brain axis is a communication network running in both directions between the gastrointestinal tract and the central nervous system. It ties together gut microbes, immune signals and nerve pathways, and through them it has a marked influence on mood, cognition and the health of the nervous system.',
      'The gut is sometimes nicknamed the ‘second brain’, because its walls hold around 500 million nerve cells, more than the spinal cord contains. These neurons stay in contact with the brain through the vagus nerve, and also through immune messengers and substances made by microbes that are able to cross the blood-brain barrier.',
      'Several consequences follow for gut health. Long-lasting inflammation in the gut can raise the levels of cytokines circulating through the body, and these can interfere with how the brain works. Short-chain fatty acids (SCFAs), which gut bacteria make, affect inflammation in the brain and the regulation of mood. Microbial imbalance has been tied to anxiety and depression, and to disorders like Parkinson’s disease. And in older people, a more diverse gut microbiome goes along with thinking skills that hold up better with age.',
      'The immune system is the key link. When gut microbes push immune responses out of balance, the resulting inflammatory signals do not stay in the gut but spread through the body, and they can reach the brain. Keeping the gut microbiome healthy is therefore a matter for the nervous system as well as for digestion.',
    ],
  },
  {
    id: 'germ-free-vs-conventional',
    question: 'Germ-free vs. conventional gut: what does the science show?',
    shortAnswer:
      'Animals raised in completely sterile conditions, with no microbes at all, have strikingly underdeveloped immune systems compared with normally housed animals. They have fewer gut dendritic cells, too few and weaker neutrophils, and poor immune responses, showing that the microbiome and the immune system cannot be separated.',
    fullAnswer: [
      'Germ-free animals are raised in sterile surroundings and never encounter a single microbe. Studies of them have produced some of the most convincing evidence that the gut microbiome and the immune system are bound together.',
      'When germ-free animals are compared with animals kept in ordinary conditions, the missing microbes show up as marked gaps in immunity. Germ-free animals have far fewer dendritic cells in the intestine. They are neutropenic, with abnormally low neutrophil counts. Their macrophages lack activation markers such as MHC class II, which conventional animals display. Their natural killer (NK) cells make no interleukin-22 (IL-22), whereas those of conventional animals do. And their immune responses across the body are weak, while those of conventional animals are strong.',
      'The neutrophils of germ-free rats also work less well: they generate less superoxide anion and nitric oxide, chemicals used to kill microbes. Strikingly, moving the rats into a normal environment did not fully bring their neutrophils back to normal. This suggests that contact with microbes early in development is crucial and cannot always be made up for later in life.',
      'Scientists can also add chosen bacteria back into germ-free animals, an approach known as reconstitution. By seeing which immune functions return with which microbes, they can pin down the species responsible for particular jobs, and these results offer a map for designing future treatments.',
    ],
  },
  {
    id: 'key-bacteria',
    question: 'Which specific gut bacteria are most important for immune homeostasis?',
    shortAnswer:
      'Researchers have identified several bacteria and bacterial products that help keep gut immunity in balance, each acting through its own molecular route: Escherichia coli recruits dendritic cells, bacterial ATP drives Th17 cells and peptidoglycan primes neutrophils through the sensor NOD1. Still, no single helpful microbe works alone, because the balance of the whole community and what it produces shapes immune outcomes.',
    fullAnswer: [
      'A number of particular bacterial species and groups have been found to act as important regulators of immune balance in the gut. Each one works on a different branch of the immune system, through its own molecular mechanism.',
      'Escherichia coli offers a clear example. When germ-free animals were colonised with E. coli alone, that one species was enough to bring dendritic cells back into their intestines, showing how strongly a single microbe can reshape the immune landscape of the gut.',
      'ATP released by microbes is another. This bacterial ATP activates a specialised group of dendritic cells that carry the markers CD70 and CX3CR1, and these cells then push T cells to become Th17 cells. Th17 cells are central both to defending the gut and to the risk of autoimmune disease.',
      'A third involves bacteria that make peptidoglycan, a component of bacterial cell walls. Fragments of it are detected by NOD1, a receptor in the fluid inside cells, and this boosts the germ-killing power of neutrophils in the bone marrow. It is a striking case of signals from the gut reaching and adjusting immune cells far from the intestine.',
      'For gut health, the larger lesson is that microbial diversity matters a great deal. No single ‘good’ bacterium acts on its own: what determines the immune outcome is the ecological balance of whole communities and the mix of substances they produce together.',
    ],
  },
  {
    id: 'diet-and-probiotics',
    question: 'Can diet and probiotics actually improve gut immune health?',
    shortAnswer:
      'Diet is the strongest factor you can change: varied, fibre-rich eating goes with a more diverse microbiome and better immune regulation, largely through the short-chain fatty acids that bacteria make from fibre. Probiotics are a more mixed picture, with certain strains helping in specific situations, but they are no replacement for a varied whole-food diet.',
    fullAnswer: [
      'Of all the things a person can change, diet has the biggest effect on the gut microbiome and, through it, on immunity. Diets rich in fibre and in a wide variety of foods are consistently linked with a more diverse microbial community and with better-controlled immune responses.',
      'The explanation is largely chemical. Gut bacteria ferment dietary fibre and produce short-chain fatty acids (SCFAs), chiefly butyrate, propionate and acetate. These molecules act directly on immune cells: they encourage regulatory T cells (Tregs) to develop, turn down inflammatory signals and reinforce the gut barrier.',
      'Several everyday approaches have evidence behind them. High-fibre foods such as beans and other legumes, vegetables and whole grains feed helpful bacteria and increase SCFA production. Fermented foods such as yoghurt, kefir, kimchi and sauerkraut bring in live, potentially beneficial microbes. Foods rich in polyphenols, such as berries, olive oil and green tea, selectively nourish helpful bacterial strains. And using antibiotics only when they are truly needed matters, because unnecessary courses can badly reduce microbial diversity, sometimes for months.',
      'The evidence on probiotics is more mixed. Particular strains, especially from the Lactobacillus and Bifidobacterium groups, have shown consistent benefits in specific situations, such as diarrhoea linked to antibiotics and irritable bowel syndrome (IBS). But taking probiotics across the board is no substitute for a varied diet built on whole foods.',
      'The gut-brain axis may benefit as well: several probiotic trials have reported measurable drops in symptoms of anxiety and depression, probably through immune pathways and the vagus nerve.',
    ],
  },
  {
    id: 'microbiome-therapies',
    question: 'What are the most promising microbiome-based therapies for autoimmune conditions?',
    shortAnswer:
      'The leading approaches try to rebuild a healthy microbial community, or to use specific microbial signals, to bring an unbalanced immune system back under control. The field is still emerging, but its scientific basis is now firm enough for clinical trials, and the options under study include faecal microbiota transplantation, targeted probiotics and synbiotics, postbiotics and microbiome-focused diets.',
    fullAnswer: [
      'The most promising microbiome-based treatments try either to restore a healthy microbial community or to harness particular microbial signals, with the aim of resetting an immune system that has gone off course in autoimmune disease. The field is still emerging, but its scientific groundwork is now solid enough to support clinical trials.',
      'Faecal microbiota transplantation (FMT) moves stool from a healthy donor into a patient to rebuild a disrupted microbiome. It is already approved for C. difficile infection that keeps coming back, and it is being tested in trials for inflammatory bowel disease, multiple sclerosis and rheumatoid arthritis.',
      'Other approaches under investigation include targeted probiotics and synbiotics, built from carefully chosen strains meant to restore particular immune functions such as the production of regulatory T cells; postbiotics, which deliver purified microbial products such as short-chain fatty acids or cell-wall parts like peptidoglycan as treatments; and microbiome-modulating diets, structured eating plans designed to shift the gut community reliably towards a profile that supports immune regulation.',
      'The gut-brain side of autoimmunity is attracting attention too. More and more, conditions with inflammation in the nervous system, multiple sclerosis among them, turn out to have telltale gut microbiome patterns, and trials are under way to test whether restoring the microbiome can slow the progression of neurological disease.',
      'As scientists learn more about how specific resident microbes interact with immune cells at the level of cells and molecules, treatments are expected to become ever more targeted, moving away from broad-spectrum antibiotics and towards precise engineering of the microbiome. That offers real hope for autoimmune conditions with few treatment options today, although apart from FMT for recurrent C. difficile infection these therapies are still being tested rather than offered as standard care.',
    ],
  },
];
