/** The built-in glossary: the FAQ sections and every entry, in one list. */
import { immunityEntries } from './data/entries-immunity.ts';
import { microbeEntries } from './data/entries-microbes.ts';
import { sections } from './data/sections.ts';
import type { EntryInput, Section } from './schema.ts';

export const builtInEntries: readonly EntryInput[] = [...immunityEntries, ...microbeEntries];
export const builtInSections: readonly Section[] = sections;
