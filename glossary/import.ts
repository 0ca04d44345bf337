/**
 * The reader's own glossary file: reading it (every problem named, all or nothing),
 * writing it, merging it with what is stored, and combining it with the built-in glossary.
 * Pure: no DOM, no `browser`. The format is documented in docs/import-format.md.
 *
 *     { "format": "gut-glossary", "version": 1, "entries": [ ...EntryInput ] }
 *
 * Entries follow EntrySchema (schema.ts), the one schema of the built-in data too. A
 * reader's entry may omit `section`, and its `related` ids may name built-in entries.
 */
import * as v from 'valibot';
import { buildGlossary, type Glossary } from './glossary.ts';
import { aliasKey } from './normalize.ts';
import { crossCheck, EntrySchema, formSources, LIMITS, type Entry, type EntryInput, type Section } from './schema.ts';

export const GLOSSARY_FORMAT = 'gut-glossary';
export const GLOSSARY_VERSION = 1;
/** Largest file read, in bytes of UTF-8 (5 MB: about 10,000 full entries). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Problems listed at most; one more line says how many were left out. */
export const MAX_REPORTED_ERRORS = 50;
/** JSON nesting deeper than any valid file needs (an entry's deepest value is at depth 5). */
const MAX_DEPTH = 32;

/**
 * One problem in a file or a list of entries. `entry` is the 0-based index into `entries`
 * (the message counts from 1, as readers do), `field` the path inside that entry
 * ("aliases[2]") or at the top level ("version").
 */
export interface ImportError {
  entry?: number | string;
  field?: string;
  message: string;
}

export type ImportResult = { ok: true; entries: Entry[] } | { ok: false; errors: ImportError[] };

const TOP_LEVEL_FIELDS = ['format', 'version', 'entries'] as const;
const ENTRY_FIELDS = Object.keys(EntrySchema.entries);
/** Keys that could reach an object's prototype if some code ever assigned them. Never accepted. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): they can make text display in a misleading order. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROL_G = /[\u202A-\u202E\u2066-\u2069]/g;
/** Control characters other than tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

// ── Reading ─────────────────────────────────────────────────────────────────────────

/** Size of `text` in UTF-8 bytes, counting no further than `limit + 1`. */
function utf8Length(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
const tooLarge = (size: string): ImportError => ({
  message: `The file is too large (${size}); the limit is ${megabytes(MAX_IMPORT_BYTES)}. Split it into smaller files and import them one after another with "Merge".`,
});

/** The size problem of a file of `bytes` bytes, if any: check File.size before reading it. */
export function checkFileSize(bytes: number): ImportError | null {
  return bytes > MAX_IMPORT_BYTES ? tooLarge(megabytes(bytes)) : null;
}

/**
 * Decodes a file's bytes as UTF-8, refusing a file over the size limit before decoding
 * and bytes that are not UTF-8 (rather than silently replacing them with "�").
 */
export function decodeGlossaryBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; errors: ImportError[] } {
  const size = checkFileSize(bytes.byteLength);
  if (size) return { ok: false, errors: [size] };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      errors: [{ message: 'The file is not UTF-8 text. Save it as UTF-8 (the usual encoding for JSON) and import it again.' }],
    };
  }
}

/** A short, safe description of a value for a message: never the whole of a long string. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `text of ${value.length} characters` : JSON.stringify(value);
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Line and column of a character offset, both counted from 1. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * Where JSON text first goes wrong and what was expected there; null if it is valid.
 * JSON.parse only says why (and V8 sometimes no position at all), so failures are
 * located here, the same way in every browser. Iterative: deep nesting cannot overflow.
 */
export function findJsonError(s: string): { offset: number; expected: string } | null {
  const stack: ('[' | '{')[] = [];
  const n = s.length;
  let i = 0;
  let state: 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after' = 'value';
  const skip = () => {
    while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c === 92) {
        const d = s[i + 1];
        if (d === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) i += 6;
        else if (d !== undefined && '"\\/bfnrt'.includes(d)) i += 2;
        else return false;
        continue;
      }
      if (c < 0x20) return false;
      i++;
    }
    return false;
  };
  const number = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
  const badString = 'a closing double quote (line breaks and unescaped control characters are not allowed inside text, and a backslash must start a valid escape)';
  for (;;) {
    skip();
    if (state === 'value' || state === 'valueOrClose') {
      const c = s[i];
      if (state === 'valueOrClose' && c === ']') {
        i++;
        stack.pop();
        state = 'after';
      } else if (c === '{') {
        stack.push('{');
        i++;
        state = 'keyOrClose';
      } else if (c === '[') {
        stack.push('[');
        i++;
        state = 'valueOrClose';
      } else if (c === '"') {
        if (!string()) return { offset: i, expected: badString };
        state = 'after';
      } else if (s.startsWith('true', i) || s.startsWith('null', i)) {
        i += 4;
        state = 'after';
      } else if (s.startsWith('false', i)) {
        i += 5;
        state = 'after';
      } else {
        number.lastIndex = i;
        const m = number.exec(s);
        if (!m) {
          const trailing = c === ']' || c === '}' ? ' (a comma cannot come before a closing bracket in JSON)' : '';
          return { offset: i, expected: `a value: text in double quotes, a number, true, false, null, a list or an object${trailing}` };
        }
        i += m[0].length;
        state = 'after';
      }
    } else if (state === 'key' || state === 'keyOrClose') {
      if (state === 'keyOrClose' && s[i] === '}') {
        i++;
        stack.pop();
        state = 'after';
      } else if (s[i] !== '"') {
        const trailing = s[i] === '}' ? ' (a comma cannot come before a closing brace in JSON)' : '';
        return { offset: i, expected: `a field name in double quotes${trailing}` };
      } else if (!string()) return { offset: i, expected: badString };
      else state = 'colon';
    } else if (state === 'colon') {
      if (s[i] !== ':') return { offset: i, expected: '":" after the field name' };
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? { offset: i, expected: 'the end of the file (something follows the JSON value)' } : null;
      if (s[i] === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((top === '{' && s[i] === '}') || (top === '[' && s[i] === ']')) {
        i++;
        stack.pop();
      } else return { offset: i, expected: top === '{' ? '"," or "}"' : '"," or "]"' };
    }
  }
}

function jsonError(text: string, error: unknown): ImportError {
  const found = findJsonError(text);
  if (!found) return { message: `The file is not valid JSON: ${(error instanceof Error ? error.message : String(error)).slice(0, 200)}.` };
  const { line, column } = lineColumn(text, found.offset);
  const at = found.offset >= text.length ? 'the end of the file' : JSON.stringify(String.fromCodePoint(text.codePointAt(found.offset)!));
  return { message: `The file is not valid JSON: at line ${line}, column ${column}, expected ${found.expected}, but found ${at}.` };
}

/** Every forbidden key anywhere in a parsed value, as paths. Iterative: deep nesting cannot overflow the stack. */
function forbiddenKeys(root: unknown): { paths: string[]; tooDeep: boolean } {
  const paths: string[] = [];
  let tooDeep = false;
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) {
      tooDeep = true;
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      const child = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) paths.push(child);
      // Read own data properties only: an own "__proto__" key is never looked up through the prototype.
      else stack.push({ value: Object.getOwnPropertyDescriptor(value, key)?.value, path: child, depth: depth + 1 });
    }
  }
  return { paths, tooDeep };
}

/**
 * Reads a glossary file. `builtInIds` are the ids `related` may name besides the file's
 * own; `sectionIds` the FAQ sections `section` may name. All or nothing: any problem gives
 * `ok: false` with every problem found (up to MAX_REPORTED_ERRORS) and no entries. Never throws.
 */
export function parseGlossaryFile(text: string, builtInIds: ReadonlySet<string>, sectionIds: readonly string[]): ImportResult {
  try {
    return parseUnsafe(text, builtInIds, sectionIds);
  } catch (error) {
    // Not expected; a reader's file must never break the options page.
    return { ok: false, errors: [{ message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

function parseUnsafe(text: string, builtInIds: ReadonlySet<string>, sectionIds: readonly string[]): ImportResult {
  const fail = (...errors: ImportError[]): ImportResult => ({ ok: false, errors });
  if (typeof text !== 'string') return fail({ message: 'The file is not text.' });
  // By length first: every UTF-16 unit is at least one byte, so this refuses a huge string without scanning it.
  if (text.length > MAX_IMPORT_BYTES) return fail(tooLarge(`at least ${megabytes(text.length)}`));
  if (utf8Length(text, MAX_IMPORT_BYTES) > MAX_IMPORT_BYTES) return fail(tooLarge(`more than ${megabytes(MAX_IMPORT_BYTES)}`));
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return fail({ message: 'The file is empty.' });

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return fail(jsonError(body, error));
  }

  const { paths, tooDeep } = forbiddenKeys(data);
  if (paths.length || tooDeep) {
    return fail(
      ...paths.slice(0, MAX_REPORTED_ERRORS).map((path) => ({
        field: path,
        message: `The key "${path.slice(path.lastIndexOf('.') + 1)}" at ${path} is not allowed: "__proto__", "constructor" and "prototype" are refused anywhere in the file.`,
      })),
      ...(tooDeep ? [{ message: `The file is nested more than ${MAX_DEPTH} levels deep; a glossary file never needs that.` }] : []),
    );
  }

  const shape = '{ "format": "gut-glossary", "version": 1, "entries": [ … ] }';
  if (!isPlainObject(data)) return fail({ message: `The file must hold one JSON object like ${shape}, not ${describe(data)}.` });

  const errors: ImportError[] = [];
  for (const key of Object.keys(data))
    if (!(TOP_LEVEL_FIELDS as readonly string[]).includes(key))
      errors.push({ field: key, message: `Unknown top-level field "${key}": a glossary file has only "format", "version" and "entries".` });

  if (data.format !== GLOSSARY_FORMAT)
    return fail(
      {
        field: 'format',
        message:
          data.format === undefined
            ? `"format" is missing: a Gut Glossary file starts with "format": "${GLOSSARY_FORMAT}". Is this the right file?`
            : `"format" is ${describe(data.format)}; it must be "${GLOSSARY_FORMAT}". Is this the right file?`,
      },
      ...errors,
    );
  if (data.version !== GLOSSARY_VERSION) {
    const which =
      data.version === undefined
        ? '"version" is missing'
        : typeof data.version === 'number' && Number.isInteger(data.version)
          ? `Version ${data.version} is not supported`
          : `"version" is ${describe(data.version)}, not a version number`;
    const hint = typeof data.version === 'number' && data.version > GLOSSARY_VERSION ? ' The file was made by a newer Gut Glossary: update the extension.' : '';
    return fail({ field: 'version', message: `${which}: this version of Gut Glossary reads version ${GLOSSARY_VERSION} files.${hint}` }, ...errors);
  }
  if (!Array.isArray(data.entries))
    return fail(
      {
        field: 'entries',
        message: data.entries === undefined ? '"entries" is missing: it must be a list of entries.' : `"entries" must be a list of entries, not ${describe(data.entries)}.`,
      },
      ...errors,
    );
  if (data.entries.length > LIMITS.entries)
    return fail({
      field: 'entries',
      message: `The file has ${data.entries.length} entries; at most ${LIMITS.entries} are allowed.`,
    });
  if (errors.length) return fail(...errors);
  return validateUserEntries(data.entries, builtInIds, sectionIds);
}

/** "Entry 3 ("zonulin")": which entry, counted from 1, named by its id or term when it has one. */
function entryLabel(input: unknown, index: number): string {
  const r = isPlainObject(input) ? input : {};
  const name = typeof r.id === 'string' && r.id.trim() ? r.id : typeof r.term === 'string' && r.term.trim() ? r.term : '';
  const short = name.length > 40 ? `${name.slice(0, 39)}…` : name;
  return `Entry ${index + 1}${short ? ` (“${short.replace(BIDI_CONTROL_G, '')}”)` : ''}`;
}

function fieldPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const item of path ?? []) out += typeof item.key === 'number' ? `[${item.key}]` : out ? `.${String(item.key)}` : String(item.key);
  return out;
}

/** A valibot issue as a reader-facing sentence about one field. */
function issueMessage(issue: v.BaseIssue<unknown>): { field: string; text: string } {
  const field = fieldPath(issue.path as { key: unknown }[] | undefined);
  const name = field || 'the entry';
  const last = issue.path?.[issue.path.length - 1];
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const key = String(last?.key ?? '');
    const allowed = issue.path && issue.path.length > 1 ? 'form, reason' : ENTRY_FIELDS.join(', ');
    return { field, text: `has an unknown field "${key}" (allowed fields: ${allowed})` };
  }
  if (issue.type === 'strict_object' && issue.input === undefined && last) return { field, text: `${name} is missing` };
  if (issue.type === 'strict_object') return { field, text: `${name} must be an object, not ${describe(issue.input)}` };
  if (issue.type === 'array') {
    const hint = typeof issue.input === 'string' ? ` (write a list such as ["one", "two"])` : '';
    return { field, text: `${name} must be a list, not ${describe(issue.input)}${hint}` };
  }
  if (issue.type === 'string') return { field, text: `${name} ${issue.message}, not ${describe(issue.input)}` };
  if (issue.type === 'max_length') {
    const size = typeof issue.input === 'string' || Array.isArray(issue.input) ? issue.input.length : null;
    return { field, text: `${name} ${issue.message}${size === null ? '' : ` (it has ${size})`}` };
  }
  if (issue.type === 'regex') return { field, text: `${name} ${issue.message}; ${describe(issue.input)} is not` };
  return { field, text: `${name} ${issue.message}` };
}

/** Bidi and control characters in the text fields of one raw entry. */
function unsafeCharacters(input: Record<string, unknown>): { field: string; text: string }[] {
  const found: { field: string; text: string }[] = [];
  const test = (field: string, value: unknown) => {
    if (typeof value !== 'string') return;
    const bidi = BIDI_CONTROL.exec(value);
    if (bidi)
      found.push({
        field,
        text: `${field} contains the invisible bidirectional control character U+${bidi[0].charCodeAt(0).toString(16).toUpperCase()}, which can make text display in a misleading order; remove it`,
      });
    const control = CONTROL.exec(value);
    if (control)
      found.push({
        field,
        text: `${field} contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}; remove it`,
      });
  };
  for (const key of ['id', 'term', 'definition', 'detail', 'section', 'whyItMatters']) test(key, input[key]);
  for (const key of ['aliases', 'abbreviations', 'related']) {
    const list = input[key];
    if (Array.isArray(list)) list.slice(0, LIMITS.aliases + 1).forEach((item, i) => test(`${key}[${i}]`, item));
  }
  if (Array.isArray(input.excluded))
    input.excluded.slice(0, LIMITS.aliases + 1).forEach((x, i) => {
      if (isPlainObject(x)) {
        test(`excluded[${i}].form`, x.form);
        test(`excluded[${i}].reason`, x.reason);
      }
    });
  return found;
}

/**
 * The first entry with each id and each form (folded as aliasKey); every later entry that
 * repeats either is skipped, with what it repeats. `formOwner` maps each kept form to its entry.
 */
function firstOfEach(entries: readonly Entry[]) {
  const kept: Entry[] = [];
  const ids = new Set<string>();
  const formOwner = new Map<string, string>();
  const skipped: { index: number; entry: Entry; repeats: 'id' | 'form'; of: string }[] = [];
  entries.forEach((e, index) => {
    const keys = [...new Set(formSources(e).map((f) => aliasKey(f.text)))];
    const clash = keys.find((k) => formOwner.has(k));
    if (ids.has(e.id)) skipped.push({ index, entry: e, repeats: 'id', of: e.id });
    else if (clash !== undefined) skipped.push({ index, entry: e, repeats: 'form', of: formOwner.get(clash)! });
    else {
      ids.add(e.id);
      for (const k of keys) formOwner.set(k, e.id);
      kept.push(e);
    }
  });
  return { kept, formOwner, skipped };
}

/**
 * Checks a list of raw entries as the reader's glossary: each against EntrySchema, then
 * across the list (ids unique, no form claimed twice after folding case and Unicode,
 * references resolve). `builtInIds` are further ids `related` may name; null accepts any
 * well-formed id there (the combined glossary drops references that resolve nowhere).
 * All or nothing, like parseGlossaryFile. Never throws.
 */
export function validateUserEntries(
  inputs: readonly unknown[],
  builtInIds: ReadonlySet<string> | null,
  sectionIds: readonly string[],
): ImportResult {
  const errors: ImportError[] = [];
  let dropped = 0;
  const add = (entry: number | undefined, field: string | undefined, message: string) => {
    if (errors.length >= MAX_REPORTED_ERRORS) dropped++;
    else errors.push({ ...(entry === undefined ? {} : { entry }), ...(field ? { field } : {}), message });
  };
  if (!Array.isArray(inputs)) return { ok: false, errors: [{ message: `The entries must be a list, not ${describe(inputs)}.` }] };
  if (inputs.length > LIMITS.entries)
    return { ok: false, errors: [{ message: `There are ${inputs.length} entries; at most ${LIMITS.entries} are allowed.` }] };

  const valid: { entry: Entry; index: number }[] = [];
  inputs.forEach((input, index) => {
    const label = entryLabel(input, index);
    if (!isPlainObject(input)) {
      add(index, undefined, `${label} must be an object with at least "id", "term" and "definition", not ${describe(input)}.`);
      return;
    }
    const unsafe = unsafeCharacters(input);
    for (const u of unsafe) add(index, u.field, `${label}: ${u.text}.`);
    const parsed = v.safeParse(EntrySchema, input);
    if (!parsed.success) {
      // One problem per field: an empty term is not also "shorter than two characters".
      const seen = new Set(unsafe.map((u) => u.field));
      for (const issue of parsed.issues) {
        const { field, text } = issueMessage(issue);
        if (seen.has(field)) continue;
        seen.add(field);
        add(index, field || undefined, `${label}: ${text}.`);
      }
    } else if (!unsafe.length) valid.push({ entry: parsed.output, index });
  });

  // Across entries. Ids of invalid entries still count for references, so one broken entry
  // does not also report every reference to it.
  const rawIds = new Set(inputs.flatMap((i) => (isPlainObject(i) && typeof i.id === 'string' ? [i.id] : [])));
  const sections = new Set(sectionIds);
  const idOwner = new Map<string, number>();
  const formOwner = new Map<string, { index: number; text: string; id: string }>();
  for (const { entry: e, index } of valid) {
    const label = entryLabel(e, index);
    const first = idOwner.get(e.id);
    if (first !== undefined) add(index, 'id', `${label}: the id "${e.id}" is already used by entry ${first + 1}; ids must be unique.`);
    else idOwner.set(e.id, index);
    if (e.section !== undefined && !sections.has(e.section))
      add(index, 'section', `${label}: section "${e.section}" is not a FAQ section (use one of: ${sectionIds.join(', ')}), or leave it out.`);
    e.related.forEach((r, i) => {
      if (r === e.id) add(index, `related[${i}]`, `${label}: related[${i}] names the entry itself.`);
      else if (!rawIds.has(r) && builtInIds !== null && !builtInIds.has(r))
        add(index, `related[${i}]`, `${label}: related[${i}] names "${r}", but no entry in this file or in the built-in glossary has that id.`);
    });
    const own = new Map<string, string>();
    for (const f of formSources(e)) {
      const key = aliasKey(f.text);
      const other = formOwner.get(key);
      if (other && other.index !== index) {
        const how = other.text === f.text ? '' : ' (they differ only in case, Unicode form, spacing or hyphens, so they match the same words)';
        add(index, f.field, `${label}: ${f.field} "${f.text}" is the same as "${other.text}" of entry ${other.index + 1} (“${other.id}”)${how}; a form can belong to one entry only.`);
        continue;
      }
      const mine = own.get(key);
      if (mine !== undefined && f.text !== e.term && !f.caseSensitive)
        add(index, f.field, `${label}: ${f.field} "${f.text}" repeats "${mine}"${mine === f.text ? '' : ' (they differ only in case, Unicode form, spacing or hyphens)'}.`);
      formOwner.set(key, { index, text: f.text, id: e.id });
      own.set(key, f.text);
    }
  }

  // Safety net: whatever the schema's own cross-check finds and the checks above missed.
  if (!errors.length) {
    const inFile = new Set(valid.map((x) => x.entry.id));
    const local = valid.map(({ entry }) => ({ ...entry, related: entry.related.filter((r) => inFile.has(r)) }));
    for (const p of crossCheck(local, sectionIds)) {
      const index = valid.find((x) => x.entry.id === p.entry)?.index;
      add(index, p.field, `${index === undefined ? p.entry : entryLabel(valid.find((x) => x.index === index)!.entry, index)}: ${p.field}: ${p.message}.`);
    }
  }
  if (dropped) errors.push({ message: `…and ${dropped} more problem${dropped === 1 ? '' : 's'}.` });
  return errors.length ? { ok: false, errors } : { ok: true, entries: valid.map((x) => x.entry) };
}

/**
 * Entries that can still be used from a stored list that no longer validates as a whole:
 * each valid entry in order, skipping any whose id or form an earlier kept entry has.
 * What was skipped is listed in `errors`. For reading storage, never for imports.
 */
export function salvageEntries(inputs: readonly unknown[]): { entries: Entry[]; errors: ImportError[] } {
  const errors: { entry: number; field?: string; message: string }[] = [];
  const valid: { entry: Entry; index: number }[] = [];
  inputs.forEach((input, index) => {
    const parsed = v.safeParse(EntrySchema, input);
    if (parsed.success && !(isPlainObject(input) && unsafeCharacters(input).length)) return void valid.push({ entry: parsed.output, index });
    const first = parsed.success ? undefined : issueMessage(parsed.issues[0]);
    errors.push({ entry: index, ...(first?.field ? { field: first.field } : {}), message: `${entryLabel(input, index)} is not valid${first ? `: ${first.text}` : ''}.` });
  });
  const { kept, skipped } = firstOfEach(valid.map((x) => x.entry));
  for (const { index } of skipped) {
    const { entry, index: at } = valid[index]!;
    errors.push({ entry: at, message: `${entryLabel(entry, at)} repeats the id or a form of an earlier entry.` });
  }
  return { entries: kept, errors: errors.sort((a, b) => a.entry - b.entry) };
}

/** A kebab-case id for a term, different from every id in `taken` ("IL-10" → "il-10", "Akkermansia muciniphila" → "akkermansia-muciniphila"). */
export function idForTerm(term: string, taken: ReadonlySet<string>): string {
  const slug =
    term
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56)
      .replace(/-+$/, '') || 'term';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

// ── Writing ─────────────────────────────────────────────────────────────────────────

/** An entry with its keys in the documented order; empty lists and absent optional fields left out. */
function ordered(e: Entry): Record<string, unknown> {
  const out: Record<string, unknown> = { id: e.id, term: e.term, definition: e.definition };
  if (e.detail !== undefined) out.detail = e.detail;
  if (e.section !== undefined) out.section = e.section;
  if (e.whyItMatters !== undefined) out.whyItMatters = e.whyItMatters;
  if (e.evidence !== undefined) out.evidence = e.evidence;
  if (e.aliases.length) out.aliases = [...e.aliases];
  if (e.abbreviations.length) out.abbreviations = [...e.abbreviations];
  if (e.excluded.length) out.excluded = e.excluded.map((x) => ({ form: x.form, reason: x.reason }));
  if (e.related.length) out.related = [...e.related];
  return out;
}

/** The reader's entries as a glossary file: pretty JSON, stable key order, a final newline. */
export function exportGlossaryFile(entries: readonly Entry[]): string {
  return `${JSON.stringify({ format: GLOSSARY_FORMAT, version: GLOSSARY_VERSION, entries: entries.map(ordered) }, null, 2)}\n`;
}

// ── Merging ─────────────────────────────────────────────────────────────────────────

/**
 * The reader's entries after an import. `replace`: the incoming entries only. `merge`: an
 * incoming entry replaces, in place, the existing entry with the same id or the same term
 * (folded as aliasKey); the other incoming entries are appended. The result still has to
 * pass validateUserEntries (an incoming alias may clash with another existing entry).
 */
export function mergeEntries(existing: readonly Entry[], incoming: readonly Entry[], mode: 'merge' | 'replace'): Entry[] {
  if (mode === 'replace') return [...incoming];
  const byId = new Map<string, number>();
  const byTerm = new Map<string, number>();
  incoming.forEach((e, i) => {
    if (!byId.has(e.id)) byId.set(e.id, i);
    if (!byTerm.has(aliasKey(e.term))) byTerm.set(aliasKey(e.term), i);
  });
  const placed = new Set<number>();
  const out: Entry[] = [];
  for (const e of existing) {
    const i = byId.get(e.id) ?? byTerm.get(aliasKey(e.term));
    if (i === undefined) out.push(e);
    else if (!placed.has(i)) {
      out.push(incoming[i]!);
      placed.add(i);
    }
  }
  incoming.forEach((e, i) => {
    if (!placed.has(i)) out.push(e);
  });
  return out;
}

// ── Combining with the built-in glossary ────────────────────────────────────────────

export interface Override {
  builtInId: string;
  userId: string;
  /** What they share: the id, the term, or a form of the reader's entry that is the built-in term. */
  by: 'id' | 'term' | 'form';
}

export interface CombinedGlossary {
  /** Built-in entries in order, each overridden one replaced in place by the reader's entry; then the reader's other entries. */
  entries: Entry[];
  /** Built-in entries replaced by the reader's. */
  overridden: Override[];
  /** Forms taken from built-in entries because a reader's entry claims them. */
  removedForms: { builtInId: string; form: string; userId: string }[];
  /** Anything else adjusted so the result stays valid (stale references, duplicates in stored data). */
  warnings: string[];
}

/**
 * The glossary the background compiles: built-in entries with the reader's entries on top.
 *
 * - A reader's entry with the id of a built-in entry, or the same term (aliasKey), or a
 *   form equal to a built-in term, REPLACES that built-in entry (it cannot lose its own term).
 * - A form claimed by a reader's entry and by a built-in alias or abbreviation stays with
 *   the reader's entry and is removed from the built-in one.
 * - `related` ids of a replaced built-in entry point to the entry that replaced it;
 *   references that resolve nowhere, and sections not in `sectionIds` (when given), are dropped.
 *
 * The result passes crossCheck(). `builtIn` may be raw data: it is parsed with EntrySchema.
 */
export function combineWithBuiltIn(
  builtIn: readonly (EntryInput | Entry)[],
  user: readonly Entry[],
  sectionIds?: readonly string[],
): CombinedGlossary {
  const warnings: string[] = [];
  const base = builtIn.map((e) => v.parse(EntrySchema, e));

  // The reader's entries, defensively: stored data is validated on save, but a list that
  // repeats an id or a form would make the whole glossary fail, so later repeats are skipped.
  const { kept: mine, formOwner: myForms, skipped } = firstOfEach(user);
  for (const { entry, repeats, of } of skipped)
    warnings.push(`Your entry "${entry.id}" was skipped: it repeats ${repeats === 'id' ? 'the id' : 'a form'} of your entry "${of}".`);
  const mineById = new Map(mine.map((e) => [e.id, e]));
  const termOwner = new Map(mine.map((e) => [aliasKey(e.term), e.id]));

  const overridden: Override[] = [];
  const removedForms: CombinedGlossary['removedForms'] = [];
  const replacedBy = new Map<string, string>();
  const placed = new Set<string>();
  const entries: Entry[] = [];
  for (const b of base) {
    const termKey = aliasKey(b.term);
    const userId = mineById.has(b.id) ? b.id : myForms.get(termKey);
    if (userId !== undefined) {
      overridden.push({ builtInId: b.id, userId, by: userId === b.id ? 'id' : termOwner.get(termKey) === userId ? 'term' : 'form' });
      if (userId !== b.id) replacedBy.set(b.id, userId);
      if (!placed.has(userId)) {
        entries.push(mineById.get(userId)!);
        placed.add(userId);
      }
      continue;
    }
    const keep = (form: string) => {
      const owner = myForms.get(aliasKey(form));
      if (owner === undefined) return true;
      removedForms.push({ builtInId: b.id, form, userId: owner });
      return false;
    };
    const aliases = b.aliases.filter(keep);
    const abbreviations = b.abbreviations.filter(keep);
    entries.push(aliases.length === b.aliases.length && abbreviations.length === b.abbreviations.length ? b : { ...b, aliases, abbreviations });
  }
  for (const e of mine) if (!placed.has(e.id)) entries.push(e);

  // Keep references and sections valid after the replacements.
  const ids = new Set(entries.map((e) => e.id));
  const sections = sectionIds ? new Set(sectionIds) : null;
  const result = entries.map((e) => {
    const related = [...new Set(e.related.map((r) => replacedBy.get(r) ?? r))].filter((r) => r !== e.id && ids.has(r));
    const staleSection = e.section !== undefined && sections !== null && !sections.has(e.section);
    if (related.length !== e.related.length && mineById.get(e.id) === e) {
      const gone = e.related.filter((r) => !ids.has(replacedBy.get(r) ?? r));
      if (gone.length) warnings.push(`Your entry "${e.id}" links to ${gone.map((g) => `"${g}"`).join(', ')}, which no longer exist${gone.length === 1 ? 's' : ''}; the link${gone.length === 1 ? ' was' : 's were'} left out.`);
    }
    if (staleSection) warnings.push(`Entry "${e.id}" names the FAQ section "${e.section}", which no longer exists; it is shown without one.`);
    if (related.length === e.related.length && related.every((r, i) => r === e.related[i]) && !staleSection) return e;
    const { section, ...rest } = e;
    return { ...rest, ...(section !== undefined && !staleSection ? { section } : {}), related };
  });
  return { entries: result, overridden, removedForms, warnings };
}

/**
 * The glossary the background serves: built-in plus the reader's entries. If the
 * combination were ever refused, the built-in glossary alone is served and the reason
 * is in `combined.warnings`: a reader's data never takes the glossary down.
 */
export function buildCombinedGlossary(
  builtIn: readonly EntryInput[],
  sections: readonly Section[],
  user: readonly Entry[],
): { glossary: Glossary; combined: CombinedGlossary } {
  const combined = combineWithBuiltIn(builtIn, user, sections.map((s) => s.id));
  try {
    return { glossary: buildGlossary(combined.entries, sections), combined };
  } catch (error) {
    return {
      glossary: buildGlossary(builtIn, sections),
      combined: {
        entries: builtIn.map((e) => v.parse(EntrySchema, e)),
        overridden: [],
        removedForms: [],
        warnings: [...combined.warnings, `Your entries were not used: ${error instanceof Error ? error.message : String(error)}`],
      },
    };
  }
}
