/** The built-in glossary: the FAQ sections and every entry, in one list. */
import { autoimmunityEntries } from './data/entries-autoimmunity';
import { immuneSystemEntries } from './data/entries-immune-system';
import { microbeEntries } from './data/entries-microbes';
import { sections } from './data/sections';
import type { EntryInput, Section } from './schema';

export const builtInEntries: readonly EntryInput[] = [...immuneSystemEntries, ...autoimmunityEntries, ...microbeEntries];
export const builtInSections: readonly Section[] = sections;
