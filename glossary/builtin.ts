/** The built-in glossary: the FAQ sections and every entry, in one list. */
import { immunityEntries } from './data/entries-immunity.ts';
import { microbeEntries } from './data/entries-microbes.ts';
import { sections } from './data/sections.ts';
import type { EntryInput, Section } from './schema.ts';

export const builtInEntries: readonly EntryInput[] = [...immunityEntries, ...microbeEntries];
export const builtInSections: readonly Section[] = sections;
/** The ids of the FAQ sections, in the article's order: the sections an entry may point to. */
export const SECTION_IDS: readonly string[] = builtInSections.map((s) => s.id);
