/**
 * The built-in glossary checked like a project convention: every rule an entry must keep,
 * in one place, so a mistake in the data fails the build instead of a reader's page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { builtInEntries, builtInSections } from '../../glossary/builtin';
import { buildGlossary } from '../../glossary/glossary';
import { aliasKey } from '../../glossary/normalize';
import { crossCheck } from '../../glossary/entry-rules';
import { EntrySchema, formsOf, SectionSchema } from '../../glossary/schema';

// The spec lives beside the repository; a copy is kept in it so the test runs anywhere.
/** The eight FAQ sections of the seed article, in the article's order. */
const SECTION_IDS = [
  'microbiome-and-immunity',
  'immune-regulation',
  'dysbiosis-and-autoimmunity',
  'gut-brain-axis',
  'germ-free-vs-conventional',
  'key-bacteria',
  'diet-and-probiotics',
  'microbiome-therapies',
];
const SHARED_SPEC = join(import.meta.dirname, '../../../shared/spec/required-entries.md');
const spec = readFileSync(join(import.meta.dirname, '../fixtures/required-entries.md'), 'utf8');

test('the copy of the spec matches the spec, where the spec is present', () => {
  if (existsSync(SHARED_SPEC)) expect(spec).toBe(readFileSync(SHARED_SPEC, 'utf8'));
});
const requiredIds = [...spec.matchAll(/^\| ([a-z0-9-]+) \| .+ \| ([a-z-]+) \|$/gm)].map((m) => ({ id: m[1]!, section: m[2]! }));
const entries = builtInEntries.map((e) => v.parse(EntrySchema, e));
const byId = new Map(entries.map((e) => [e.id, e]));

test('the spec lists 62 required entries (guards the parsing above)', () => {
  expect(requiredIds).toHaveLength(62);
});

test('every required entry is present, in the FAQ section the spec gives', () => {
  for (const { id, section } of requiredIds) {
    expect(byId.get(id), id).toBeDefined();
    expect(byId.get(id)!.section, id).toBe(section);
  }
});

test('the eight FAQ sections, in the article order, each valid', () => {
  expect(builtInSections.map((s) => s.id)).toEqual([...SECTION_IDS]);
  for (const s of builtInSections) v.parse(SectionSchema, s);
});

test('every entry satisfies the schema (kebab-case id, plain-text lengths, at least 2-character forms)', () => {
  for (const e of builtInEntries) {
    const r = v.safeParse(EntrySchema, e);
    expect(r.success ? [] : r.issues.map((i) => `${e.id}: ${v.getDotPath(i)} ${i.message}`)).toEqual([]);
  }
});

test('ids are unique, references resolve, and no form belongs to two entries', () => {
  expect(crossCheck(entries, SECTION_IDS)).toEqual([]);
  expect(() => buildGlossary(builtInEntries, builtInSections)).not.toThrow();
});

test('every FAQ section explains at least one entry', () => {
  for (const id of SECTION_IDS) expect(entries.some((e) => e.section === id), id).toBe(true);
});

test('every entry has a definition of one sentence, a reason for it, related entries and other forms', () => {
  for (const e of entries) {
    expect(e.definition.match(/[.!?](\s|$)/g)?.length ?? 0, `${e.id} definition: one sentence`).toBe(1);
    expect(e.whyItMatters, `${e.id} whyItMatters`).toBeTruthy();
    expect(e.related.length, `${e.id} related`).toBeGreaterThanOrEqual(2);
    expect(formsOf(e).length, `${e.id} forms`).toBeGreaterThanOrEqual(2);
  }
});

test('short answers have two or three sentences', () => {
  for (const s of builtInSections) {
    const n = s.shortAnswer.match(/[.!?](\s|$)/g)?.length ?? 0;
    expect(n, s.id).toBeGreaterThanOrEqual(2);
    expect(n, s.id).toBeLessThanOrEqual(3);
  }
});

test('every short abbreviation is case-sensitive, and every excluded form really is left out', () => {
  for (const e of entries) {
    for (const alias of e.aliases) expect(/^[A-Z0-9-]{2,4}s?$/.test(alias), `${e.id}: "${alias}" looks like an abbreviation`).toBe(false);
    const keys = new Set(formsOf(e).map((f) => aliasKey(f.text)));
    for (const x of e.excluded) expect(keys.has(aliasKey(x.form)), `${e.id}: excluded "${x.form}" is still a form`).toBe(false);
  }
});

describe('related entries', () => {
  test('dysbiosis leads to SCFAs, and SCFAs to Tregs', () => {
    expect(byId.get('dysbiosis')!.related).toContain('scfas');
    expect(byId.get('scfas')!.related).toContain('tregs');
  });
});
