/** The built-in glossary: the FAQ sections and every entry, in one list. */
import { autoimmunityEntries } from './data/entries-autoimmunity.ts';
import { immuneSystemEntries } from './data/entries-immune-system.ts';
import { microbeEntries } from './data/entries-microbes.ts';
import { sections } from './data/sections.ts';
import type { EntryInput, Section } from './schema.ts';

export const builtInEntries: readonly EntryInput[] = [...immuneSystemEntries, ...autoimmunityEntries, ...microbeEntries];
export const builtInSections: readonly Section[] = sections;
