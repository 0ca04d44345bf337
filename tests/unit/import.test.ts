/** The reader's glossary file: every hostile input refused with a specific message, round trips, merging, overrides. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { builtInEntries, builtInSections, SECTION_IDS } from '../../glossary/builtin';
import { applyDraft, builtInNames, draftFromEntry, EMPTY_DRAFT } from '../../glossary/entry-draft';
import { buildCombinedGlossary, combineWithBuiltIn } from '../../glossary/combine';
import { validateUserEntries, type ImportResult } from '../../glossary/entry-check';
import { crossCheck } from '../../glossary/entry-rules';
import { decodeGlossaryBytes, exportGlossaryFile, MAX_IMPORT_BYTES, parseGlossaryFile } from '../../glossary/import';
import { findJsonError } from '../../glossary/json-locator';
import { idForTerm, mergeEntries } from '../../glossary/merge';
import { MAX_SHOWN_PROBLEMS, shownProblems } from '../../glossary/problems';
import { EntrySchema, LIMITS, type Entry, type EntryInput } from '../../glossary/schema';

const BUILT_IN_IDS = new Set(['gut-barrier', 'probiotics', 'ibs']);
const SECTIONS: readonly string[] = SECTION_IDS;

const zonulin = {
  id: 'zonulin',
  term: 'zonulin',
  definition: 'A protein from the gut lining that loosens the seals between its cells.',
};
const sibo = {
  id: 'sibo',
  term: 'small intestinal bacterial overgrowth',
  abbreviations: ['SIBO'],
  definition: 'Too many bacteria living in the small intestine, which normally holds few.',
};

const file = (entries: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'gut-glossary', version: 1, entries, ...extra });
const parse = (text: string) => parseGlossaryFile(text, BUILT_IN_IDS, SECTIONS);
const entry = (input: EntryInput): Entry => v.parse(EntrySchema, input);

/** The errors of a failed parse (fails the test if it succeeded). */
function errorsOf(result: ImportResult) {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  return result.ok ? [] : result.errors;
}
const messages = (result: ImportResult) => errorsOf(result).map((e) => e.message);

describe('parseGlossaryFile: accepted files', () => {
  test('a minimal file', () => {
    const result = parse(file([zonulin, sibo]));
    expect(result).toEqual({ ok: true, entries: [entry(zonulin), entry(sibo)] });
  });

  test('examples/my-terms.json, against the real built-in glossary', () => {
    const text = readFileSync(join(import.meta.dirname, '../../examples/my-terms.json'), 'utf8');
    const result = parseGlossaryFile(text, new Set(builtInEntries.map((e) => e.id)), builtInSections.map((s) => s.id));
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.entries.map((e) => e.id)).toEqual(['zonulin', 'fodmaps', 'bacteriophages']);
    // And it combines with the built-in glossary into a valid one.
    const { glossary, combined } = buildCombinedGlossary(builtInEntries, builtInSections, result.entries);
    expect(combined.warnings).toEqual([]);
    expect(glossary.byId.get('fodmaps')?.abbreviations).toEqual(['FODMAPs', 'FODMAP']);
    expect(glossary.byId.get('bacteriophages')?.evidence).toBe('debated');
    // None of them replaces a built-in entry: the example shows additions.
    expect(combined.overridden).toEqual([]);
  });

  test('an evidence level is optional, even beside whyItMatters (files from before the field existed still import)', () => {
    const result = parse(file([{ ...zonulin, whyItMatters: 'It is often blamed for a leaky gut.' }, { ...sibo, whyItMatters: 'It is often blamed for bloating.', evidence: 'debated' }]));
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  test('a leading byte-order mark is ignored', () => {
    expect(parse(`\uFEFF${file([zonulin])}`).ok).toBe(true);
  });

  test('regex metacharacters in terms are fine: the matcher escapes them', () => {
    const terms = ['C++11', '(IL)-10', 'a|b', '.NET', '[xy]', 'a\\b', 'b$^c'];
    const entries = terms.map((term, i) => ({ id: `meta-${i}`, term, definition: 'A term written with characters that regular expressions treat specially.' }));
    const result = parse(file(entries));
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  test('"javascript:" in a definition is just text', () => {
    const result = parse(file([{ ...zonulin, definition: 'Not a link: javascript:alert(1) is shown as plain text.' }]));
    expect(result.ok).toBe(true);
  });

  test('related may name built-in entries; section may be left out', () => {
    const result = parse(file([{ ...zonulin, related: ['gut-barrier', 'sibo'] }, sibo]));
    expect(result.ok).toBe(true);
  });

  test('a file with exactly LIMITS.entries entries is read', () => {
    const entries = Array.from({ length: LIMITS.entries }, (_, i) => ({ id: `t-${i}`, term: `term number ${i}`, definition: 'A generated entry used to test the size limit.' }));
    const result = parse(file(entries));
    expect(result.ok).toBe(true);
  });
});

describe('parseGlossaryFile: refused files, each with a specific message', () => {
  test('a 50 MB string is refused by its length, before JSON.parse', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const started = performance.now();
    expect(messages(parse(huge))).toEqual([expect.stringMatching(/^The file is too large \(at least 50\.0 MB\); the limit is 5\.0 MB/)]);
    expect(performance.now() - started).toBeLessThan(50);
  });

  test('a file under 5 M characters but over 5 MB of UTF-8 is refused', () => {
    const text = file([{ ...zonulin, definition: 'é'.repeat(3 * 1024 * 1024) }]);
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(messages(parse(text))[0]).toMatch(/^The file is too large \(more than 5\.0 MB\)/);
  });

  test('bytes: too many, or not UTF-8', () => {
    expect(decodeGlossaryBytes(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, errors: [{ message: expect.stringMatching(/too large \(5\.0 MB\)/) }] });
    expect(decodeGlossaryBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toEqual({ ok: false, errors: [{ message: expect.stringMatching(/not UTF-8/) }] });
    expect(decodeGlossaryBytes(new TextEncoder().encode('{"a":"é"}'))).toEqual({ ok: true, text: '{"a":"é"}' });
  });

  test('an empty file is not a glossary file', () => {
    for (const text of ['', '\uFEFF  \n']) expect(errorsOf(parse(text))).toEqual([{ kind: 'not-a-glossary', message: expect.stringMatching(/^This is not a glossary file: the file is empty\. .*example file/) }]);
    expect(decodeGlossaryBytes(new Uint8Array())).toEqual({ ok: false, errors: [expect.objectContaining({ kind: 'not-a-glossary' })] });
  });

  test('malformed JSON: says where, and what was expected', () => {
    expect(messages(parse('{"format": "gut-glossary",\n  "version": 1,\n  "entries": [}'))).toEqual([
      'The file is not valid JSON: at line 3, column 15, expected a value: text in double quotes, a number, true, false, null, a list or an object (a comma cannot come before a closing bracket in JSON), but found "}".',
    ]);
    expect(messages(parse('{"a": 1,}'))[0]).toBe(
      'The file is not valid JSON: at line 1, column 9, expected a field name in double quotes (a comma cannot come before a closing brace in JSON), but found "}".',
    );
    expect(messages(parse('{"a": "unterminated'))[0]).toMatch(/^The file is not valid JSON: at line 1, column 20, expected a closing double quote .*, but found the end of the file\.$/);
    expect(messages(parse("{'format': 1}"))[0]).toMatch(/line 1, column 2, expected a field name in double quotes, but found "'"/);
    expect(messages(parse('{} {}'))[0]).toMatch(/line 1, column 4, expected the end of the file/);
  });

  test('findJsonError agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.json().map((j) => j.slice(0, Math.floor(j.length / 2)))), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonError(text) === null).toBe(valid);
      }),
    );
  });

  test('wrong top-level type', () => {
    expect(messages(parse('[]'))).toEqual(['The file must hold one JSON object like { "format": "gut-glossary", "version": 1, "entries": [ … ] }, not a list.']);
    expect(messages(parse('null'))[0]).toMatch(/^This is not a glossary file: it holds null, not a glossary object like /);
    expect(messages(parse('"text"'))[0]).toMatch(/^This is not a glossary file: it holds "text", not a glossary object/);
  });

  test('wrong or missing format', () => {
    expect(errorsOf(parse(JSON.stringify({ version: 1, entries: [] })))).toEqual([
      { field: 'format', message: '"format" is missing: a Gut Glossary file starts with "format": "gut-glossary". Is this the right file?' },
    ]);
    expect(messages(parse(JSON.stringify({ format: 'anki', version: 1, entries: [] })))[0]).toBe(
      '"format" is "anki"; it must be "gut-glossary". Is this the right file?',
    );
  });

  test('wrong version says which version is supported', () => {
    expect(messages(parse(file([], { version: 2 })))).toEqual([
      'Version 2 is not supported: this version of Gut Glossary reads version 1 files. The file was made by a newer Gut Glossary: update the extension.',
    ]);
    expect(messages(parse(file([], { version: '1' })))).toEqual(['"version" is "1", not a version number: this version of Gut Glossary reads version 1 files.']);
    expect(messages(parse(JSON.stringify({ format: 'gut-glossary', entries: [] })))).toEqual(['"version" is missing: this version of Gut Glossary reads version 1 files.']);
  });

  test('entries missing or not a list', () => {
    expect(messages(parse(JSON.stringify({ format: 'gut-glossary', version: 1 })))).toEqual(['"entries" is missing: it must be a list of entries.']);
    expect(messages(parse(file({ zonulin })))[0]).toBe('"entries" must be a list of entries, not an object.');
  });

  test('unknown top-level field', () => {
    expect(errorsOf(parse(file([zonulin], { author: 'me' })))).toEqual([
      { field: 'author', message: 'Unknown top-level field "author": a glossary file has only "format", "version" and "entries".' },
    ]);
  });

  test('more than LIMITS.entries entries', () => {
    const entries = Array.from({ length: LIMITS.entries + 1 }, () => 0);
    expect(messages(parse(file(entries)))).toEqual([`The file has ${LIMITS.entries + 1} entries; at most ${LIMITS.entries} are allowed.`]);
  });

  test('an entry that is not an object', () => {
    expect(errorsOf(parse(file([zonulin, 'sibo', null])))).toEqual([
      { entry: 1, message: 'Entry 2 must be an object with at least "id", "term" and "definition", not "sibo".' },
      { entry: 2, message: 'Entry 3 must be an object with at least "id", "term" and "definition", not null.' },
    ]);
  });

  test('wrong field types and nulls name the entry, the field and what was found', () => {
    expect(errorsOf(parse(file([zonulin, { ...sibo, term: 42, definition: null, aliases: 'a, b', abbreviations: ['SIBO', 7] }])))).toEqual([
      { entry: 1, field: 'term', message: 'Entry 2 (“sibo”): term must be text, not the number 42.' },
      { entry: 1, field: 'definition', message: 'Entry 2 (“sibo”): definition must be text, not null.' },
      { entry: 1, field: 'aliases', message: 'Entry 2 (“sibo”): aliases must be a list, not "a, b" (write a list such as ["one", "two"]).' },
      { entry: 1, field: 'abbreviations[1]', message: 'Entry 2 (“sibo”): abbreviations[1] must be text, not the number 7.' },
    ]);
  });

  test('missing fields', () => {
    expect(errorsOf(parse(file([{ id: 'zonulin' }])))).toEqual([
      { entry: 0, field: 'term', message: 'Entry 1 (“zonulin”): term is missing.' },
      { entry: 0, field: 'definition', message: 'Entry 1 (“zonulin”): definition is missing.' },
    ]);
    expect(messages(parse(file([{ term: 'zonulin', definition: zonulin.definition }])))).toEqual(['Entry 1 (“zonulin”): id is missing.']);
  });

  test('unknown fields, in an entry and in an excluded form', () => {
    expect(messages(parse(file([{ ...zonulin, colour: 'red' }])))).toEqual([
      'Entry 1 (“zonulin”): has an unknown field "colour" (allowed fields: id, term, definition, detail, section, whyItMatters, evidence, aliases, abbreviations, excluded, related).',
    ]);
    expect(messages(parse(file([{ ...zonulin, excluded: [{ form: 'ZO', reason: 'Too short and ambiguous.', note: 1 }] }])))).toEqual([
      'Entry 1 (“zonulin”): has an unknown field "note" (allowed fields: form, reason).',
    ]);
  });

  test('__proto__, constructor and prototype keys are refused anywhere, and nothing is polluted', () => {
    for (const text of [
      '{"__proto__": {"polluted": true}, "format": "gut-glossary", "version": 1, "entries": []}',
      file([{ ...zonulin, constructor: { prototype: { polluted: true } } }]),
      `{"format": "gut-glossary", "version": 1, "entries": [{"id": "zonulin", "term": "zonulin", "definition": "${zonulin.definition}", "__proto__": {"polluted": true}}]}`,
      file([{ ...zonulin, excluded: [{ form: 'ZO', reason: 'Too short and ambiguous.', prototype: 1 }] }]),
    ]) {
      const errors = errorsOf(parse(text));
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e.message).toMatch(/^The key "(__proto__|constructor|prototype)" at .* is not allowed/);
    }
    expect(errorsOf(parse(file([{ ...zonulin, constructor: 1 }])))).toEqual([
      { field: 'entries[0].constructor', message: 'The key "constructor" at entries[0].constructor is not allowed: "__proto__", "constructor" and "prototype" are refused anywhere in the file.' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('very deep nesting is refused without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(messages(parse(file([], {}).replace('[]', deep)))).toEqual([
      'The file is nested more than 32 levels deep; a glossary file never needs that.',
      'Entry 1 must be an object with at least "id", "term" and "definition", not a list.',
    ]);
  });

  test('duplicate ids', () => {
    expect(errorsOf(parse(file([zonulin, sibo, { ...zonulin, term: 'zonulin protein' }])))).toEqual([
      { entry: 2, field: 'id', message: 'Entry 3 (“zonulin”): the id "zonulin" is already used by entry 1; ids must be unique.' },
    ]);
  });

  test('terms and aliases that differ only in case or Unicode normalisation', () => {
    expect(errorsOf(parse(file([zonulin, { ...sibo, id: 'zonulin-2', term: 'Zonulin', abbreviations: [] }])))).toEqual([
      {
        entry: 1,
        field: 'term',
        message:
          'Entry 2 (“zonulin-2”): term "Zonulin" is the same as "zonulin" of entry 1 (“zonulin”) (they differ only in case, Unicode form, spacing or hyphens, so they match the same words); a form can belong to one entry only.',
      },
    ]);
    const nfc = 'caf\u00e9 bacteria';
    const nfd = 'cafe\u0301 bacteria';
    expect(errorsOf(parse(file([{ ...zonulin, aliases: [nfc] }, { ...sibo, aliases: [nfd] }])))).toEqual([
      expect.objectContaining({ entry: 1, field: 'aliases[0]', message: expect.stringContaining(`aliases[0] "${nfd}" is the same as "${nfc}" of entry 1`) }),
    ]);
    expect(errorsOf(parse(file([{ ...zonulin, aliases: ['Zonulins', 'zonulins'] }])))).toEqual([
      { entry: 0, field: 'aliases[1]', message: 'Entry 1 (“zonulin”): aliases[1] "zonulins" repeats "Zonulins" (they differ only in case, Unicode form, spacing or hyphens).' },
    ]);
  });

  test('empty and whitespace-only terms and aliases', () => {
    expect(errorsOf(parse(file([{ ...zonulin, term: '   ' }, { ...sibo, aliases: ['\t'] }])))).toEqual([
      { entry: 0, field: 'term', message: 'Entry 1 (“zonulin”): term must not be empty.' },
      { entry: 1, field: 'aliases[0]', message: 'Entry 2 (“sibo”): aliases[0] must not be empty.' },
    ]);
  });

  test('one-letter terms are refused, with the reason', () => {
    expect(messages(parse(file([{ ...zonulin, term: 'Z' }])))).toEqual([
      'Entry 1 (“zonulin”): term must have at least two letters or digits (one letter, punctuation or symbols alone match almost everywhere).',
    ]);
    expect(messages(parse(file([{ ...sibo, abbreviations: ['S'] }])))[0]).toMatch(/abbreviations\[0\] must have at least two letters or digits/);
  });

  test('HTML or script in text is refused; the message names the field', () => {
    expect(messages(parse(file([{ ...zonulin, definition: 'A protein <img src=x onerror=alert(1)> in the gut lining.' }])))).toEqual([
      'Entry 1 (“zonulin”): definition must be plain text, not HTML.',
    ]);
    expect(messages(parse(file([{ ...zonulin, term: '<script>alert(1)</script>' }])))).toEqual(['Entry 1 (“zonulin”): term must be plain text, not HTML.']);
  });

  test('U+202E and other bidi controls are refused', () => {
    expect(errorsOf(parse(file([{ ...zonulin, definition: `A protein that \u202Etxet desrever\u202C of the gut lining.` }])))).toEqual([
      {
        entry: 0,
        field: 'definition',
        message:
          'Entry 1 (“zonulin”): definition contains the invisible bidirectional control character U+202E, which can make text display in a misleading order; remove it.',
      },
    ]);
    expect(messages(parse(file([{ ...zonulin, aliases: ['zonu\u2066lin'] }])))[0]).toMatch(/aliases\[0\] contains the invisible bidirectional control character U\+2066/);
  });

  test('a form needs two letters or digits, counted as characters: punctuation, a lone emoji and invisible marks are refused', () => {
    for (const term of ['.*', '--', '\u{1F9A0}', '\u200B\u200B', 'a\u{1F9A0}'])
      expect(messages(parse(file([{ ...zonulin, term }])))[0], JSON.stringify(term)).toMatch(/term must (have at least two letters or digits|not be empty)/);
    // Two invisible left-to-right marks: refused too (as bidi controls).
    expect(parse(file([{ ...zonulin, term: '\u200E\u200E' }])).ok).toBe(false);
    for (const term of ['IL', 'B12', 'Ω3', '腸内']) expect(parse(file([{ ...zonulin, term }])).ok, term).toBe(true);
  });

  test('bidi marks U+200E, U+200F and U+061C are refused anywhere', () => {
    expect(messages(parse(file([{ ...zonulin, term: 'zonu\u200Flin' }])))[0]).toMatch(/term contains the invisible bidirectional control character U\+200F/);
    expect(messages(parse(file([{ ...zonulin, definition: 'A protein\u200E of the gut lining.' }])))[0]).toMatch(/definition contains the invisible bidirectional control character U\+200E/);
    expect(messages(parse(file([{ ...zonulin, aliases: ['zonulins\u061C'] }])))[0]).toMatch(/aliases\[0\] contains the invisible bidirectional control character U\+61C/);
  });

  test('control characters are refused', () => {
    expect(messages(parse(file([{ ...zonulin, term: 'zonu\u0000lin' }])))).toContain('Entry 1 (“zonulin”): term contains the control character U+0000; remove it.');
  });

  test('very long strings: schema limits, the size named, the text never echoed', () => {
    const long = 'x'.repeat(1024 * 1024);
    const result = messages(parse(file([{ ...zonulin, definition: long, aliases: [long.slice(0, 81)] }])));
    expect(result).toEqual([
      'Entry 1 (“zonulin”): definition must be at most 300 characters (it has 1048576).',
      'Entry 1 (“zonulin”): aliases[0] must be at most 80 characters (it has 81).',
    ]);
    expect(messages(parse(file([{ ...zonulin, definition: 'Too short.' }])))).toEqual(['Entry 1 (“zonulin”): definition must be at least 20 characters.']);
  });

  test('too many aliases', () => {
    const aliases = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `zonulin form ${i}`);
    expect(messages(parse(file([{ ...zonulin, aliases }])))).toEqual([`Entry 1 (“zonulin”): aliases must hold at most ${LIMITS.aliases} forms (it has ${LIMITS.aliases + 1}).`]);
  });

  test('bad ids, sections and references', () => {
    expect(messages(parse(file([{ ...zonulin, id: 'Zonulin Protein' }])))).toEqual([
      'Entry 1 (“Zonulin Protein”): id must be kebab-case: lower-case letters, digits and single hyphens; "Zonulin Protein" is not.',
    ]);
    expect(errorsOf(parse(file([{ ...zonulin, section: 'nutrition', related: ['zonulin', 'leaky-gut'] }])))).toEqual([
      { entry: 0, field: 'section', message: `Entry 1 (“zonulin”): section "nutrition" is not a FAQ section (use one of: ${SECTIONS.join(', ')}), or leave it out.` },
      { entry: 0, field: 'related[0]', message: 'Entry 1 (“zonulin”): related[0] names the entry itself.' },
      { entry: 0, field: 'related[1]', message: 'Entry 1 (“zonulin”): related[1] names "leaky-gut", but no entry in this file or in the built-in glossary has that id.' },
    ]);
  });

  test('all or nothing: one bad entry among good ones gives no entries', () => {
    const result = parse(file([zonulin, sibo, { ...zonulin, id: 'bad', term: 'x' }]));
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ entry: 2, field: 'term' })] });
    expect('entries' in result).toBe(false);
  });

  test('every problem is counted; only the list shown is capped, saying how many more', () => {
    const entries = Array.from({ length: 80 }, (_, i) => ({ id: `e-${i}`, term: `term ${i}`, definition: 'short' }));
    const errors = errorsOf(parse(file(entries)));
    expect(errors).toHaveLength(80);
    expect(errors.map((e) => e.entry)).toEqual(entries.map((_, i) => i));
    const { shown, more, moreText } = shownProblems(errors);
    expect(shown).toEqual(errors.slice(0, MAX_SHOWN_PROBLEMS));
    expect(more).toBe(30);
    expect(moreText).toBe('…and 30 more problems.');
    expect(shownProblems(errors.slice(0, 3))).toEqual({ shown: errors.slice(0, 3), more: 0, moreText: '' });
  });
});

describe('parseGlossaryFile: every problem in one pass', () => {
  test('a broken entry still has its term, forms and links checked against the others', () => {
    const broken = { id: 'Zonulin!', term: 'zonulin', definition: 'short', aliases: ['SIBO', ''], related: ['no-such-entry', 42] };
    expect(errorsOf(parse(file([broken, sibo])))).toEqual([
      { entry: 0, field: 'id', message: expect.stringMatching(/^Entry 1 \(“Zonulin!”\): id must be kebab-case/) },
      { entry: 0, field: 'definition', message: expect.stringMatching(/definition must be at least 20 characters/) },
      { entry: 0, field: 'aliases[1]', message: expect.stringMatching(/aliases\[1\] must not be empty/) },
      { entry: 0, field: 'related[1]', message: expect.stringMatching(/related\[1\] must be text/) },
      { entry: 0, field: 'related[0]', message: expect.stringMatching(/related\[0\] names "no-such-entry", but no entry/) },
      { entry: 1, field: 'abbreviations[0]', message: expect.stringMatching(/^Entry 2 \(“sibo”\): abbreviations\[0\] "SIBO" is the same as "SIBO" of entry 1/) },
    ]);
  });

  test('fixing what was listed reveals nothing new: the file-level and entry problems come together', () => {
    const text = JSON.stringify({
      format: 'anki',
      author: 'me',
      entries: [
        { ...zonulin, definition: 'short', evidence: 'maybe' },
        { ...zonulin, id: 'zonulin-2', colour: 'red' },
        { id: 'e', term: 'x', definition: 'A protein from the gut lining that loosens the seals.', __proto__: 1 },
      ],
    }).replace('"colour"', '"__proto__"');
    const errors = errorsOf(parse(text));
    expect(errors.map((e) => [e.entry, e.field])).toEqual([
      [undefined, 'format'],
      [undefined, 'version'],
      [undefined, 'entries[1].__proto__'],
      [undefined, 'author'],
      [0, 'definition'],
      [0, 'evidence'],
      [1, 'term'],
      [2, 'term'],
    ]);
    expect(errors[6]!.message).toMatch(/term "zonulin" is the same as "zonulin" of entry 1/);
  });

  test('a file of 10,000 entries with three problems each: all 30,000 counted, in entry order', () => {
    const entries = Array.from({ length: LIMITS.entries }, (_, i) => ({ id: `E${i}`, term: `term ${i}`, definition: 'short', aliases: [`Term ${i}`] }));
    const errors = errorsOf(parse(file(entries)));
    expect(errors).toHaveLength(3 * LIMITS.entries);
    expect(errors.slice(0, 3).map((e) => e.field)).toEqual(['id', 'definition', 'aliases[0]']);
    expect(errors.at(-1)).toMatchObject({ entry: LIMITS.entries - 1, field: 'aliases[0]' });
    expect(shownProblems(errors).moreText).toBe(`…and ${3 * LIMITS.entries - MAX_SHOWN_PROBLEMS} more problems.`);
  });

  test('merging: clashes with the reader\'s current terms come with the file\'s own problems, naming the term', () => {
    const mine = [entry(zonulin), entry({ id: 'akkermansia', term: 'Akkermansia', definition: 'A gut bacterium that lives in the mucus layer.' })];
    const incoming = [
      { id: 'akk', term: 'akkermansia muciniphila', aliases: ['Akkermansia'], definition: 'A mucus-eating gut bacterium named after Antoon Akkermans.', related: ['zonulin'] },
      { ...sibo, definition: 'short' },
    ];
    const errors = errorsOf(parseGlossaryFile(file(incoming), BUILT_IN_IDS, SECTIONS, { mergingInto: mine }));
    expect(errors).toEqual([
      { entry: 0, field: 'aliases[0]', message: 'Entry 1 (“akk”): aliases[0] "Akkermansia" is the same as "Akkermansia" of your term “Akkermansia”; a form can belong to one entry only.' },
      { entry: 1, field: 'definition', message: expect.stringMatching(/^Entry 2 \(“sibo”\): definition must be at least 20/) },
    ]);
    // The reader's own terms may be linked to; an entry that replaces one (same id or term) does not clash with it.
    expect(parseGlossaryFile(file([{ ...zonulin, term: 'Zonulin', aliases: ['zonulins'] }]), BUILT_IN_IDS, SECTIONS, { mergingInto: mine }).ok).toBe(true);
  });
});

describe('a file that is not a glossary file', () => {
  const bytes = (...b: number[]) => new Uint8Array([...b, 0, 1, 2, 3, 0xff, 0xfe, 10, 13]);
  const refusal = (result: { ok: boolean; errors?: unknown }) => {
    expect(result.ok).toBe(false);
    const errors = (result as { errors: { kind?: string; message: string }[] }).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.kind).toBe('not-a-glossary');
    expect(errors[0]!.message).toMatch(/^This is not a glossary file: .*the example file shows it, and the README's "Glossary files" section describes it\.$/);
    expect(errors[0]!.message).not.toMatch(/JSON\.parse|Unexpected token|line \d+, column/);
    return errors[0]!.message;
  };
  test('a CSV, a tab-separated file, plain text, a web page: said so, never a JSON parser message', () => {
    expect(refusal(parse('term,definition\nzonulin,A protein of the gut lining\n'))).toMatch(/spreadsheet \(CSV/);
    expect(refusal(parse('term\tdefinition\nzonulin\tA protein\n'))).toMatch(/spreadsheet/);
    expect(refusal(parse('My gut notes\n\nZonulin is a protein.'))).toMatch(/plain text, not JSON/);
    expect(refusal(parse('<!doctype html><p>hi'))).toMatch(/web page or XML/);
    expect(refusal(parse('42'))).toMatch(/it holds the number 42/);
    expect(refusal(parse('{"name": "my notes", "items": []}'))).toMatch(/neither "format": "gut-glossary" nor "entries"/);
  });
  test('an image, a PDF, an office document, binary: recognised by their bytes', () => {
    expect(refusal(decodeGlossaryBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)))).toMatch(/PNG image/);
    expect(refusal(decodeGlossaryBytes(bytes(0xff, 0xd8, 0xff, 0xe0)))).toMatch(/JPEG image/);
    expect(refusal(decodeGlossaryBytes(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj')))).toMatch(/PDF document/);
    expect(refusal(decodeGlossaryBytes(bytes(0x50, 0x4b, 0x03, 0x04)))).toMatch(/office document/);
    expect(refusal(decodeGlossaryBytes(bytes(0x00, 0x61, 0x73, 0x6d)))).toMatch(/it is not text/);
    expect(refusal(decodeGlossaryBytes(new Uint8Array([0x74, 0x65, 0xff, 0x78])))).toMatch(/it is not text/);
  });
  test('broken JSON is still located, and JSON in another encoding is told to be saved as UTF-8', () => {
    expect(errorsOf(parse('{"format": "gut-glossary", "entries": [}'))[0]!.kind).toBeUndefined();
    expect(decodeGlossaryBytes(new Uint8Array([0x20, 0x7b, 0x22, 0xe9, 0x22, 0x7d])).ok).toBe(false);
    expect(JSON.stringify(decodeGlossaryBytes(new Uint8Array([0x20, 0x7b, 0x22, 0xe9, 0x22, 0x7d])))).toMatch(/not UTF-8 text/);
  });
});

describe('parseGlossaryFile never throws', () => {
  const check = (text: string) => {
    const result = parse(text);
    expect(typeof result.ok).toBe('boolean');
    if (result.ok) expect(Array.isArray(result.entries)).toBe(true);
    else {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) expect(typeof e.message).toBe('string');
    }
  };
  test('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 500 });
  });
  test('on arbitrary JSON', () => {
    fc.assert(fc.property(fc.json(), check), { numRuns: 500 });
  });
  test('on arbitrary values, stringified, alone and in the entries list', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const text = JSON.stringify(value);
        if (typeof text === 'string') check(text);
        check(file([value]));
        check(file([{ ...zonulin, aliases: value }]));
        check(JSON.stringify({ format: 'gut-glossary', version: 1, entries: value }));
      }),
      { numRuns: 300 },
    );
  });
  test('on structurally valid entries with arbitrary text', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 90 });
    const rawEntry = fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,4})?$/), term: text, definition: text, aliases: fc.array(text, { maxLength: 3 }) });
    fc.assert(fc.property(fc.array(rawEntry, { maxLength: 5 }), (entries) => check(file(entries))), { numRuns: 300 });
  });
});

describe('exportGlossaryFile', () => {
  const entries = [
    entry({ ...zonulin, section: 'microbiome-and-immunity', aliases: ['zonulins'], related: ['gut-barrier', 'sibo'] }),
    entry({ ...sibo, whyItMatters: 'It can mimic irritable bowel syndrome and is treated differently.', excluded: [{ form: 'overgrowth', reason: 'Too general on its own.' }] }),
    entry({
      id: 'kefir',
      term: 'kefir',
      definition: 'A fermented milk drink made with grains of bacteria and yeasts.',
      detail: 'The grains hold dozens of species of lactic acid bacteria and yeasts living together.',
      whyItMatters: 'It was one of the fermented foods in a trial that raised gut microbe variety.',
      evidence: 'people',
    }),
  ];

  test('export then import gives the same entries', () => {
    expect(parse(exportGlossaryFile(entries))).toStrictEqual({ ok: true, entries });
  });

  test('stable, documented key order; empty lists left out', () => {
    const text = exportGlossaryFile(entries);
    expect(text.endsWith('}\n')).toBe(true);
    const data = JSON.parse(text);
    expect(Object.keys(data)).toEqual(['format', 'version', 'entries']);
    expect(Object.keys(data.entries[0])).toEqual(['id', 'term', 'definition', 'section', 'aliases', 'related']);
    expect(Object.keys(data.entries[1])).toEqual(['id', 'term', 'definition', 'whyItMatters', 'abbreviations', 'excluded']);
    expect(Object.keys(data.entries[2])).toEqual(['id', 'term', 'definition', 'detail', 'whyItMatters', 'evidence']);
    // Key order does not depend on the order of the entry object's keys.
    const shuffled = entries.map((e) => Object.fromEntries(Object.entries(e).reverse()) as Entry);
    expect(exportGlossaryFile(shuffled)).toBe(text);
  });

  test('round trip, as a property over valid entries', () => {
    const word = fc.stringMatching(/^[a-z]{3,10}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 6 }), fc.boolean(), (terms, withSection) => {
        const list = terms.map((t, i) =>
          entry({
            id: `e-${t}`,
            term: t,
            definition: `The meaning of ${t}, written out plainly.`,
            ...(withSection ? { section: SECTIONS[i % SECTIONS.length]! } : {}),
            aliases: [`${t}s-form`],
            related: i > 0 ? [`e-${terms[0]}`] : [],
          }),
        );
        expect(parse(exportGlossaryFile(list))).toStrictEqual({ ok: true, entries: list });
      }),
    );
  });
});

describe('mergeEntries', () => {
  const a = entry(zonulin);
  const b = entry(sibo);
  const a2 = entry({ ...zonulin, definition: 'A newer definition of zonulin, from the imported file.' });
  const c = entry({ id: 'akkermansia', term: 'Akkermansia', definition: 'A gut bacterium that lives in the mucus layer.' });

  test('merge: same id replaced in place, others appended', () => {
    expect(mergeEntries([a, b], [c, a2], 'merge')).toEqual([a2, b, c]);
  });
  test('merge: same term (any case) replaced too', () => {
    const renamed = entry({ ...zonulin, id: 'zonulin-protein', term: 'Zonulin' });
    expect(mergeEntries([a, b], [renamed], 'merge')).toEqual([renamed, b]);
  });
  test('replace: incoming only', () => {
    expect(mergeEntries([a, b], [c], 'replace')).toEqual([c]);
  });
  test('a merge that creates a clash is caught by validateUserEntries before anything is saved', () => {
    const clash = entry({ id: 'leaky', term: 'leaky gut', aliases: ['zonulin'], definition: 'A gut lining that lets too much through.' });
    const merged = mergeEntries([a], [clash], 'merge');
    expect(validateUserEntries(merged, BUILT_IN_IDS, SECTIONS).ok).toBe(false);
  });
});

describe('combineWithBuiltIn', () => {
  const builtIn: EntryInput[] = [
    { id: 'gut-barrier', term: 'gut barrier', aliases: ['leaky gut', 'intestinal barrier'], definition: 'The lining that keeps gut contents out of the body.', related: ['probiotics'] },
    { id: 'probiotics', term: 'probiotics', aliases: ['probiotic'], definition: 'Live microbes taken for a health benefit.', related: ['gut-barrier'] },
    { id: 'ibs', term: 'irritable bowel syndrome', abbreviations: ['IBS'], definition: 'A common disorder of gut function and pain.', section: 'diet-and-probiotics', related: ['probiotics'] },
  ];
  const sectionIds = SECTIONS;

  test('no user entries: the built-in glossary unchanged', () => {
    const result = combineWithBuiltIn(builtIn, [], sectionIds);
    expect(result.entries).toEqual(builtIn.map((e) => entry(e)));
    expect(result.overridden).toEqual([]);
  });

  test('a user entry with a built-in id replaces it in place', () => {
    const mine = entry({ id: 'probiotics', term: 'probiotics', definition: 'My own definition of probiotics, shorter.', related: ['zonulin'] });
    const z = entry(zonulin);
    const result = combineWithBuiltIn(builtIn, [mine, z], sectionIds);
    expect(result.entries.map((e) => e.id)).toEqual(['gut-barrier', 'probiotics', 'ibs', 'zonulin']);
    expect(result.entries[1]).toBe(mine);
    expect(result.overridden).toEqual([{ builtInId: 'probiotics', userId: 'probiotics', by: 'id' }]);
    expect(crossCheck(result.entries, sectionIds)).toEqual([]);
  });

  test('a user entry with a built-in term and another id keeps both: the built-in stays, unmatched by that name', () => {
    const mine = entry({ id: 'my-ibs', term: 'Irritable Bowel Syndrome', definition: 'My notes on irritable bowel syndrome.' });
    const result = combineWithBuiltIn(builtIn, [mine], sectionIds);
    expect(result.entries.map((e) => e.id)).toEqual(['gut-barrier', 'probiotics', 'ibs', 'my-ibs']);
    expect(result.overridden).toEqual([]);
    expect(result.shadowed).toEqual([{ builtInId: 'ibs', userId: 'my-ibs', by: 'term' }]);
    expect(result.unmatched).toEqual(new Map([['ibs', new Set(['irritable bowel syndrome'])]]));
    expect(crossCheck(result.entries, sectionIds, result.unmatched)).toEqual([]);
    // Without the unmatched names the two would claim one form: that is what `unmatched` is for.
    expect(crossCheck(result.entries, sectionIds)).not.toEqual([]);
  });

  test('kept both: on pages the name is the reader\'s entry, the built-in keeps its other forms and stays in the glossary', () => {
    const mine = entry({ id: 'my-ibs', term: 'irritable bowel syndrome', definition: 'My notes on irritable bowel syndrome.' });
    const { glossary } = buildCombinedGlossary(builtIn, builtInSections.filter((s) => SECTIONS.includes(s.id)), [mine]);
    const forms = new Map(glossary.matchEntries.map((m) => [m.id, m.forms.map((f) => f.text)]));
    expect(forms.get('ibs')).toEqual(['IBS']);
    expect(forms.get('my-ibs')).toEqual(['irritable bowel syndrome']);
    expect(glossary.byId.get('ibs')!.term).toBe('irritable bowel syndrome');
  });

  test('a form claimed by both: the user entry keeps it, the built-in entry loses it', () => {
    const mine = entry({ id: 'leaky-gut', term: 'leaky gut syndrome', aliases: ['leaky gut'], definition: 'A popular name for a gut lining that lets too much through.' });
    const result = combineWithBuiltIn(builtIn, [mine], sectionIds);
    expect(result.entries.find((e) => e.id === 'gut-barrier')!.aliases).toEqual(['intestinal barrier']);
    expect(result.removedForms).toEqual([{ builtInId: 'gut-barrier', form: 'leaky gut', userId: 'leaky-gut' }]);
    expect(result.overridden).toEqual([]);
    expect(crossCheck(result.entries, sectionIds)).toEqual([]);
  });

  test('an abbreviation claimed by a user entry; a user form equal to a built-in term shadows it, links stay', () => {
    const mine = entry({ id: 'bowel', term: 'bowel trouble', abbreviations: ['IBS'], aliases: ['probiotics'], definition: 'My catch-all entry for bowel problems.' });
    const result = combineWithBuiltIn(builtIn, [mine], sectionIds);
    expect(result.entries.find((e) => e.id === 'ibs')!.abbreviations).toEqual([]);
    expect(result.overridden).toEqual([]);
    expect(result.shadowed).toEqual([{ builtInId: 'probiotics', userId: 'bowel', by: 'form' }]);
    // Links to the shadowed built-in entry still reach it: it is still there.
    expect(result.entries.find((e) => e.id === 'gut-barrier')!.related).toEqual(['probiotics']);
    expect(crossCheck(result.entries, sectionIds, result.unmatched)).toEqual([]);
  });

  test('stale links and sections are dropped with a warning; repeated stored entries are skipped', () => {
    const stale = entry({ ...zonulin, section: 'old-section', related: ['gone', 'gut-barrier'] });
    const again = entry({ ...zonulin, id: 'zonulin-again' });
    const result = combineWithBuiltIn(builtIn, [stale, again], sectionIds);
    expect(result.entries.find((e) => e.id === 'zonulin')).toEqual(entry({ ...zonulin, related: ['gut-barrier'] }));
    expect(result.entries.some((e) => e.id === 'zonulin-again')).toBe(false);
    expect(result.warnings).toEqual([
      'Your entry "zonulin-again" was skipped: it repeats a form of your entry "zonulin".',
      'Your entry "zonulin" links to "gone", which no longer exists; the link was left out.',
      'Entry "zonulin" names the FAQ section "old-section", which no longer exists; it is shown without one.',
    ]);
    expect(crossCheck(result.entries, sectionIds)).toEqual([]);
  });

  test('property: any valid user list combined with the real built-in glossary passes crossCheck and builds', () => {
    const builtInForms = builtInEntries.flatMap((e) => [e.term, ...(e.aliases ?? []), ...(e.abbreviations ?? [])]);
    const builtInIdList = builtInEntries.map((e) => e.id);
    const term = fc.oneof(fc.constantFrom(...builtInForms), fc.stringMatching(/^[a-z]{3,8}( [a-z]{3,8})?$/));
    const userEntry = fc.record({
      id: fc.oneof(fc.constantFrom(...builtInIdList), fc.stringMatching(/^[a-z]{3,8}$/)),
      term,
      aliases: fc.array(term, { maxLength: 3 }),
      related: fc.array(fc.constantFrom(...builtInIdList), { maxLength: 2 }),
    });
    const ids = builtInSections.map((s) => s.id);
    fc.assert(
      fc.property(fc.array(userEntry, { maxLength: 6 }), (raw) => {
        const checked = validateUserEntries(
          raw.map((r) => ({ ...r, definition: 'A reader-written definition for testing.' })),
          new Set(builtInIdList),
          ids,
        );
        if (!checked.ok) return;
        const result = combineWithBuiltIn(builtInEntries, checked.entries, ids);
        expect(crossCheck(result.entries, ids, result.unmatched)).toEqual([]);
        // And the glossary builds: what the background serves.
        expect(() => buildCombinedGlossary(builtInEntries, builtInSections, checked.entries).glossary).not.toThrow();
        expect(buildCombinedGlossary(builtInEntries, builtInSections, checked.entries).combined.warnings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the entry form (applyDraft)', () => {
  const builtIns = [
    entry({ id: 'ibs', term: 'irritable bowel syndrome', abbreviations: ['IBS'], definition: 'A common disorder of gut function and pain.' }),
    entry({ id: 'gut-barrier', term: 'gut barrier', aliases: ['leaky gut'], definition: 'The lining that keeps gut contents out of the body.' }),
  ];
  const known = { builtInIds: BUILT_IN_IDS, sectionIds: SECTIONS, builtInNames: builtInNames(builtIns) };

  test('adds an entry with an id made from its term; comma-separated lists', () => {
    const result = applyDraft([], { ...EMPTY_DRAFT, term: 'Akkermansia muciniphila', aliases: 'Akkermansia, , A. muciniphila', definition: 'A gut bacterium that lives in the mucus layer.' }, null, known);
    expect(result).toEqual({ ok: true, entries: [expect.objectContaining({ id: 'akkermansia-muciniphila', aliases: ['Akkermansia', 'A. muciniphila'] })], entry: expect.anything() });
  });

  test('errors come back by field, before anything is saved', () => {
    const existing = [entry(zonulin)];
    // Each field on its own first…
    expect(applyDraft(existing, { ...EMPTY_DRAFT, term: 'x', definition: 'short' }, null, known)).toEqual({
      ok: false,
      errors: {
        term: ['term must have at least two letters or digits (one letter, punctuation or symbols alone match almost everywhere).'],
        definition: ['definition must be at least 20 characters.'],
      },
    });
    // …then against the other entries.
    const result = applyDraft(existing, { ...EMPTY_DRAFT, term: 'Zonulin', definition: 'A second definition of zonulin.', related: ['nowhere'] }, null, known);
    expect(result).toEqual({
      ok: false,
      errors: {
        term: [expect.stringMatching(/^term "Zonulin" is the same as "zonulin" of entry 1/)],
        related: ['The related entry “nowhere” no longer exists: remove it.'],
      },
    });
  });

  test('editing keeps the id and the fields the form does not show', () => {
    const rich = entry({ ...sibo, whyItMatters: 'It can look like irritable bowel syndrome.', excluded: [{ form: 'overgrowth', reason: 'Too general.' }] });
    const draft = { ...draftFromEntry(rich), definition: 'An edited definition of bacterial overgrowth.' };
    const result = applyDraft([entry(zonulin), rich], draft, 'sibo', known);
    expect(result.ok && result.entries[1]).toEqual({ ...rich, definition: 'An edited definition of bacterial overgrowth.' });
  });

  test('a term named like a built-in one is not saved before the reader chooses: keep both, or replace', () => {
    const draft = { ...EMPTY_DRAFT, term: 'Irritable Bowel Syndrome', definition: 'My own note on this common gut disorder.' };
    expect(applyDraft([], draft, null, known)).toEqual({ ok: false, clashes: [{ id: 'ibs', term: 'irritable bowel syndrome', form: 'Irritable Bowel Syndrome' }] });
    // Keep both: an id of its own, never the built-in's (even where the term's slug would be one).
    const both = applyDraft([], draft, null, known, 'keep-both');
    expect(both.ok && both.entry.id).toBe('irritable-bowel-syndrome');
    const ibs = applyDraft([], { ...draft, term: 'IBS' }, null, known, 'keep-both');
    expect(ibs.ok && ibs.entry.id).toBe('ibs-2');
    // Replace: the built-in entry's id, as before.
    const replaced = applyDraft([], draft, null, known, 'replace');
    expect(replaced.ok && replaced.entry.id).toBe('ibs');
  });

  test('one of the built-in forms counts too, after the matcher\'s folding; an unrelated name is saved at once', () => {
    expect(applyDraft([], { ...EMPTY_DRAFT, term: 'my gut notes', aliases: 'Leaky–Gut', definition: 'Notes I keep about the lining of my gut.' }, null, known)).toEqual({
      ok: false,
      clashes: [{ id: 'gut-barrier', term: 'gut barrier', form: 'Leaky–Gut' }],
    });
    expect(applyDraft([], { ...EMPTY_DRAFT, term: 'zonulin', definition: 'A protein from the gut lining.' }, null, known).ok).toBe(true);
  });

  test('editing asks again only for a built-in name the entry did not have; replacing moves the reader\'s links to the new id', () => {
    const mine = entry({ id: 'irritable-bowel-syndrome', term: 'irritable bowel syndrome', definition: 'My own note on this common gut disorder.' });
    const other = entry({ ...zonulin, related: ['irritable-bowel-syndrome'] });
    const draft = { ...draftFromEntry(mine), definition: 'My own, longer note on this common gut disorder.' };
    expect(applyDraft([mine, other], draft, mine.id, known).ok).toBe(true);
    expect(applyDraft([mine, other], { ...draft, aliases: 'leaky gut' }, mine.id, known)).toMatchObject({ ok: false, clashes: [{ id: 'gut-barrier' }] });
    const replaced = applyDraft([mine, other], { ...draft, aliases: 'leaky gut' }, mine.id, known, 'replace');
    expect(replaced.ok && replaced.entries.map((e) => [e.id, e.related])).toEqual([
      ['gut-barrier', []],
      ['zonulin', ['gut-barrier']],
    ]);
  });

  test('idForTerm', () => {
    expect(idForTerm('IL-10 (interleukin)', new Set())).toBe('il-10-interleukin');
    expect(idForTerm('Café', new Set(['cafe']))).toBe('cafe-2');
    expect(idForTerm('βγ', new Set())).toBe('term');
  });
});

describe('evidence levels in a file', () => {
  test('an unknown level is refused, naming the three allowed ones', () => {
    const result = parseGlossaryFile(file([{ ...zonulin, evidence: 'anecdote' }]), BUILT_IN_IDS, SECTIONS);
    expect(messages(result)).toEqual(['Entry 1 (“zonulin”): evidence must be one of "people", "animals", "debated".']);
  });
});

describe('one schema, one set of rules', () => {
  /** An entry with every field of EntrySchema filled, lists with one item each. */
  const full = {
    ...zonulin,
    section: 'microbiome-and-immunity',
    detail: 'It is a precursor of haptoglobin 2, and blood tests for it are unreliable.',
    whyItMatters: 'It is one of the proteins that decide how tight the gut lining is.',
    evidence: 'debated' as const,
    aliases: ['zonulins'],
    abbreviations: ['ZO'],
    excluded: [{ form: 'tight', reason: 'Too general on its own.' }],
    related: ['gut-barrier'],
  };

  test('the fixture fills every field the schema has', () => {
    expect(Object.keys(full).sort()).toEqual(Object.keys(EntrySchema.entries).sort());
  });

  test('every text field the schema has is checked for bidi controls, without a list of fields', () => {
    // Every text in the fixture, found by walking the data (not the schema).
    const paths: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') paths.push(path);
      else if (Array.isArray(value)) value.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (value && typeof value === 'object') for (const [k, x] of Object.entries(value)) walk(x, path ? `${path}.${k}` : k);
    };
    walk(full, '');
    expect(paths).toHaveLength(12);
    const withBidi = (obj: Record<string, unknown>, path: string) => {
      const copy = JSON.parse(JSON.stringify(obj));
      const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
      let target = copy;
      for (const k of keys.slice(0, -1)) target = target[k];
      target[keys.at(-1)!] = `${target[keys.at(-1)!]}\u202E`;
      return copy;
    };
    for (const path of paths) {
      const fields = errorsOf(validateUserEntries([withBidi(full, path)], BUILT_IN_IDS, SECTIONS)).map((e) => e.field);
      expect(fields, path).toContain(path);
    }
  });

  test('export writes every field the schema has, in the schema order', () => {
    const data = JSON.parse(exportGlossaryFile([entry(full)]));
    expect(Object.keys(data.entries[0])).toEqual(Object.keys(EntrySchema.entries));
    expect(Object.keys(data.entries[0].excluded[0])).toEqual(['form', 'reason']);
  });

  test('the reader and the log hear of the same broken rules between entries', () => {
    const list = [
      entry(zonulin),
      entry({ ...sibo, aliases: ['Zonulin'], related: ['sibo', 'nowhere'] }),
      entry({ ...zonulin, term: 'zonulin protein' }),
    ];
    const forReader = errorsOf(validateUserEntries(list, new Set(), SECTIONS)).map((e) => [list[e.entry as number]!.id, e.field]);
    const forLog = crossCheck(list, SECTIONS).map((p) => [p.entry, p.field]);
    expect(forLog).toEqual(forReader);
    expect(forLog).toEqual([
      ['sibo', 'related[0]'],
      ['sibo', 'related[1]'],
      ['sibo', 'aliases[0]'],
      ['zonulin', 'id'],
    ]);
  });
});
