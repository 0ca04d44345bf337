/**
 * The eight questions of the seed article, in its order, each answered in the project's
 * own words: a short answer for the term card and a full answer for the popup and the FAQ
 * page. The answers keep the article's topics and correct it where evidence does not
 * support it: each paragraph that claims an effect carries its evidence level (shown in
 * people, in animals or the lab, or debated), and says in words what was shown where.
 */
import type { Section } from '../schema.ts';

export const sections: Section[] = [
  {
    id: 'microbiome-and-immunity',
    question: 'What is the gut microbiome and why does it matter for immunity?',
    shortAnswer:
      'Your gut holds trillions of microbes, mostly bacteria, that help digest food, make some vitamins and keep harmful germs out. Studies of mice raised germ-free show that gut microbes also train the immune system as it grows.',
    fullAnswer: [
      'The gut microbiome is the community of microbes living in your digestive tract: trillions of bacteria, plus fungi, viruses and others, most of them in the large bowel. Humans and their gut microbes share a long history, and the partnership covers much more than digestion.',
      'Some of its jobs are well shown in people. Gut bacteria ferment fibre that we cannot digest, make vitamin K and some B vitamins, and take up the space and food that harmful germs would otherwise use. When antibiotics thin out the community, infections such as C. difficile can take hold.',
      'Its role in training the immune system comes mostly from animals. Mice raised germ-free, with no detectable microbes, grow up with a poorly formed gut immune system, and giving them microbes repairs much of it. In people, a varied microbiome goes with better health, but showing cause is harder.',
      'You will often read that a healthy microbiome prevents a ‘leaky gut’ and the body-wide inflammation it is said to cause. The gut lining does become leakier in some diseases, such as coeliac disease and IBD. That a leaky gut causes illness elsewhere in the body has not been proven.',
      'Much of this knowledge comes from next-generation sequencing, which reads microbial DNA straight from a stool sample. Before it, scientists could study only the microbes they managed to grow in a lab, a small share of the whole.',
    ],
    evidence: { shortAnswer: 'animals', fullAnswer: [null, 'people', 'animals', 'debated', null] },
  },
  {
    id: 'immune-regulation',
    question: 'How does the gut microbiome regulate the immune system?',
    shortAnswer:
      'Gut microbes and immune cells send signals both ways. Gut immune cells learn to tolerate resident microbes while still reacting to danger, and microbial signals help decide which kinds of T cells and B cells develop. Most of this was worked out in mice.',
    fullAnswer: [
      'Immunity has two arms. Innate immunity acts first and reacts to general signs of danger; adaptive immunity is slower but targets one germ and remembers it. Gut microbes send signals to both.',
      'In the gut, the cells that show bits of microbes to T cells, such as dendritic cells and macrophages, learn to put up with the resident microbes yet still respond to real threats. In mice, dendritic cells in Peyer’s patches, the immune patches of the small intestine, release a lot of IL-10, a signal that calms immune reactions.',
      'Macrophages in the gut wall show what researchers call inflammatory anergy: they still eat and kill bacteria but send out no inflammatory signals when they do. This was found in cells taken from the human gut, and it helps keep the gut calm.',
      'The adaptive arm is shaped too. In mice, substances made by gut microbes, and the molecules on their surface, steer which helper T cells and regulatory T cells (Tregs) form, and push B cells to make IgA, the antibody of the gut. Together these cells set how strongly and how precisely the body responds.',
    ],
    evidence: { shortAnswer: 'animals', fullAnswer: [null, 'animals', 'people', 'animals'] },
  },
  {
    id: 'dysbiosis-and-autoimmunity',
    question: 'Can an imbalanced gut microbiome cause autoimmune disease?',
    shortAnswer:
      'People with many autoimmune diseases have gut microbes that differ from those of healthy people, a state called dysbiosis. In animals, changing the microbes can bring on or prevent such diseases; in people the link is real, but cause has not been shown.',
    fullAnswer: [
      'Dysbiosis means an unhealthy change in the gut’s microbial community: helpful kinds or overall variety lost, or harmful kinds grown too many. There is no agreed test for it, so studies measure it in different ways.',
      'Normally the immune system keeps self-tolerance: it knows the body’s own tissues and leaves them alone. In autoimmune disease this fails, and the immune system attacks the body itself.',
      'Unusual gut microbes have been found in people with Crohn’s disease and ulcerative colitis (the two immune-mediated gut diseases grouped as IBD), rheumatoid arthritis, multiple sclerosis, type 1 diabetes and lupus. Several of these affect organs far from the gut, such as the joints, the brain and the thyroid.',
      'The case for cause comes from animals. In germ-free mice, which carry no detectable microbes, whether an autoimmune disease develops depends on which bacteria they are given, and gut microbes taken from patients can make a similar disease worse in mice.',
      'In people, it is still unclear whether the changed microbes help start these diseases, or follow from the disease, its treatment or a changed diet. Studies that follow people over years, and trials that change the microbes, are needed to tell.',
    ],
    evidence: { shortAnswer: 'debated', fullAnswer: [null, null, 'people', 'animals', 'debated'] },
  },
  {
    id: 'gut-brain-axis',
    question: 'What is the gut-brain axis and how does gut health affect the brain?',
    shortAnswer:
      'The gut-brain axis is the set of links running both ways between gut and brain: nerves such as the vagus nerve, hormones, immune signals and microbial substances. In mice, gut microbes can change the brain and behaviour; in people, links with mood and brain disease are found, but effects of changing the microbes are small and inconsistent.',
    fullAnswer: [
      'Gut and brain are joined in both directions. Signals travel along nerves, chiefly the vagus nerve, and through hormones, immune messengers and small molecules made by gut microbes, some of which can cross the blood-brain barrier.',
      'The gut wall holds its own network of about 500 million nerve cells, the enteric nervous system, more than the spinal cord has. It can run digestion by itself, which is why it is sometimes called the ‘second brain’.',
      'Most of what ties microbes to the brain comes from mice. Germ-free mice behave differently and handle stress differently; short-chain fatty acids made by gut bacteria help the brain’s immune cells mature; and lasting gut inflammation raises inflammatory signals that reach the brain.',
      'In people, the findings are links rather than proof. Different gut microbes are found in people with depression, anxiety and Parkinson’s disease, and older people with more varied gut microbes tend to keep their thinking skills better. Trials of probiotics for mood have shown small and inconsistent effects.',
      'So the axis is real, and inflammation that starts in the gut can affect the brain. How much gut microbes shape mood and brain health in people is still an open question.',
    ],
    evidence: { shortAnswer: 'debated', fullAnswer: [null, 'people', 'animals', 'debated', 'debated'] },
  },
  {
    id: 'germ-free-vs-conventional',
    question: 'Germ-free vs. conventional gut: what does the science show?',
    shortAnswer:
      'Germ-free animals, raised with no detectable live microbes, grow up with a weaker immune system than animals kept normally. They have fewer gut dendritic cells, fewer and weaker neutrophils, and weaker immune responses, which shows how much the immune system depends on microbes to develop.',
    fullAnswer: [
      'Germ-free animals, usually mice or rats, are born and raised in sealed, sterile cages, so no live microbes can be detected in or on them. Comparing them with animals raised normally shows what microbes do for the immune system.',
      'The differences are large. Germ-free animals have far fewer dendritic cells in the gut and too few neutrophils (neutropenia). Their macrophages lack activation markers such as MHC class II. Their gut innate lymphoid cells (ILC3s, once taken for NK cells) make less of the gut-protecting signal IL-22. And their immune responses across the body are weaker.',
      'Their neutrophils also work less well: in germ-free rats they made less superoxide and nitric oxide, two chemicals used to kill germs. Moving the rats to a normal setting did not fully put this right, which suggests that meeting microbes early in life matters in a way later contact cannot fully replace.',
      'Scientists can also give germ-free animals one chosen microbe, or a defined mix, and watch which immune functions come back. This shows which microbes do which jobs and points to possible treatments, though what holds in mice must still be tested in people.',
    ],
    evidence: { shortAnswer: 'animals', fullAnswer: [null, 'animals', 'animals', 'animals'] },
  },
  {
    id: 'key-bacteria',
    question: 'Which specific gut bacteria are most important for immune homeostasis?',
    shortAnswer:
      'Studies in mice have traced several routes from gut bacteria to immune cells: one species brought dendritic cells back to the gut, bacterial ATP drove Th17 cells, and bits of bacterial cell wall sensed by NOD1 made neutrophils stronger. No single microbe works alone, though: the whole community and what it makes seem to decide the outcome.',
    fullAnswer: [
      'Researchers have found several bacteria, and bacterial products, that help keep gut immunity in balance. Each works on a different part of the immune system, by its own route.',
      'Escherichia coli is one. When germ-free mice were given E. coli as their only microbe, dendritic cells came back to their gut: a single species was enough to reshape the immune cells there.',
      'ATP released by gut bacteria is another. In mice it switches on a group of dendritic cells that carry the markers CD70 and CX3CR1, and these cells push T cells to become Th17 cells, which guard the gut but also take part in autoimmune disease.',
      'A third route runs through peptidoglycan, the mesh that forms bacterial cell walls. In mice, pieces of it from the gut reach the blood and are picked up by NOD1, a sensor inside cells, which makes neutrophils in the bone marrow better at killing germs. Signals from the gut can thus tune immune cells far away from it.',
      'The wider lesson is about variety. In animal studies no single ‘good’ bacterium does the job alone: the balance of the whole community, and the substances its members make together, shape the immune response.',
      'Two bacteria often named in studies of people are Faecalibacterium prausnitzii, which is scarcer in Crohn’s disease, and Akkermansia muciniphila, which is scarcer in obesity. Both calm inflammation in mice; whether adding them back helps people is still being tested.',
    ],
    evidence: { shortAnswer: 'animals', fullAnswer: [null, 'animals', 'animals', 'animals', 'animals', 'debated'] },
  },
  {
    id: 'diet-and-probiotics',
    question: 'Can diet and probiotics actually improve gut immune health?',
    shortAnswer:
      'Diet changes the gut microbiome quickly, and in people varied, fibre-rich eating goes with a more varied microbiome; effects on immunity are shown mostly in mice. Probiotics help in a few situations, such as diarrhoea during antibiotics, but for IBS the evidence is weak, and no probiotic replaces a varied diet.',
    fullAnswer: [
      'Diet changes the gut microbiome quickly, within days, as studies in people show. Diets rich in fibre and in many kinds of plant foods go with a more varied microbial community. Whether they also lead to better-regulated immunity in people is less certain.',
      'One route is chemical. Gut bacteria ferment fibre into short-chain fatty acids (SCFAs), mainly butyrate, propionate and acetate. In mice these molecules increase regulatory T cells (Tregs), calm inflammatory signals and strengthen the gut lining; how much this matters in people is still being studied.',
      'Some everyday steps have support in people. Beans, vegetables and whole grains supply fibre for SCFA-making bacteria. Fermented foods such as yoghurt, kefir, kimchi and sauerkraut are made by microbes, and some still hold live microbes when eaten; in one 10-week trial, eating more of them raised microbial variety. And avoiding antibiotics you do not need matters, because one course can reduce that variety for months.',
      'Foods rich in polyphenols, such as berries, olive oil and green tea, reach the large bowel, where bacteria break them down. Lab and animal studies suggest they favour some helpful bacteria; this is not yet shown reliably in people.',
      'Probiotics are a mixed picture. In trials, certain strains, many of them lactobacilli or bifidobacteria, lower the risk of diarrhoea during antibiotics. For irritable bowel syndrome (IBS) results are weak and inconsistent: US guidelines advise against routine use, and British ones allow a 12-week trial at most. Effects depend on the exact strain, and no probiotic replaces a varied diet.',
      'Some probiotic trials have reported small drops in anxiety or low mood, perhaps through immune signals and the vagus nerve. Results differ from trial to trial, and the effects, where seen, are small.',
    ],
    evidence: { shortAnswer: 'people', fullAnswer: ['people', 'animals', 'people', 'animals', 'people', 'debated'] },
  },
  {
    id: 'microbiome-therapies',
    question: 'What are the most promising microbiome-based therapies for autoimmune conditions?',
    shortAnswer:
      'Treatments that rebuild the gut community, or use microbial signals, are being tested for autoimmune diseases, but none is yet standard care for them. The one proven use so far is faecal microbiota transplantation for C. difficile infection that keeps coming back.',
    fullAnswer: [
      'Microbiome treatments for autoimmune disease try to restore a healthy microbial community, or to use particular microbial signals, to calm an immune system that has gone wrong. The field is young: there is enough science to justify trials, but no such treatment is yet standard for an autoimmune disease.',
      'Faecal microbiota transplantation (FMT) moves screened stool from a healthy donor into a patient. Guidelines recommend it for C. difficile infection that keeps coming back, where it prevents most relapses. Two licensed medicines made from donor stool, Rebyota (given into the rectum) and Vowst (capsules), are approved in the US for the same use. For ulcerative colitis small trials are promising; for Crohn’s disease, multiple sclerosis and rheumatoid arthritis, FMT is only being tested.',
      'Other approaches are earlier. Designed probiotics and synbiotics (microbes paired with the fibre they feed on) aim to restore particular immune functions, such as making more Tregs; most evidence so far is from animals.',
      'Postbiotics are preparations of killed microbes or their parts. By the agreed definition, a purified substance made by microbes, such as butyrate on its own, is not a postbiotic, though such substances are tested as drugs too. Diets designed to shift the microbiome are also being tried. Results in people are early and mixed.',
      'The gut-brain link draws interest as well. People with multiple sclerosis, an inflammatory disease of the brain and spinal cord, have gut microbes of their own pattern, and trials are asking whether changing the microbiome can slow the disease.',
      'As scientists learn how particular gut microbes talk to immune cells, treatments may become more precise, moving away from broad antibiotics that kill many bacteria at once. For now, outside recurrent C. difficile infection, these therapies belong in trials rather than in everyday care.',
    ],
    evidence: { shortAnswer: 'people', fullAnswer: ['debated', 'people', 'animals', 'debated', 'debated', null] },
  },
];
