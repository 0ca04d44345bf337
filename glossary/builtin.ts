/** The built-in glossary: the FAQ sections and every entry, in one list. */
import { immunityEntries } from './data/entries-immunity';
import { microbeEntries } from './data/entries-microbes';
import { sections } from './data/sections';
import type { EntryInput, Section } from './schema';

export const builtInEntries: readonly EntryInput[] = [...immunityEntries, ...microbeEntries];
export const builtInSections: readonly Section[] = sections;
