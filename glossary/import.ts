/**
 * The reader's glossary file format: reading it (every problem named, all or nothing)
 * and writing it. Pure: no DOM, no `browser`. The format is documented in
 * docs/import-format.md.
 *
 *     { "format": "gut-glossary", "version": 1, "entries": [ ...EntryInput ] }
 *
 * Entries follow EntrySchema (schema.ts), the one schema of the built-in data too, and
 * are checked as the reader's glossary (entry-check.ts). A reader's entry may omit
 * `section`, and its `related` ids may name built-in entries.
 */
import * as v from 'valibot';
import { validateUserEntries, type CheckOptions, type ImportResult } from './entry-check.ts';
import { jsonError } from './json-locator.ts';
import { describe, isPlainObject, type ImportError } from './problems.ts';
import { EntrySchema, LIMITS, type Entry } from './schema.ts';
import { shapeOf } from './schema-shape.ts';

export const GLOSSARY_FORMAT = 'gut-glossary';
export const GLOSSARY_VERSION = 1;
/** Largest file read, in bytes of UTF-8 (5 MB: about 10,000 full entries). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** JSON nesting deeper than any valid file needs (an entry's deepest value is at depth 5). */
const MAX_DEPTH = 32;

const TOP_LEVEL_FIELDS = ['format', 'version', 'entries'] as const;
/** Keys that could reach an object's prototype if some code ever assigned them. Never accepted. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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
 * A file that is no glossary file at all, and why ("it is a PDF document"): said first,
 * with where to see what a glossary file looks like, instead of a JSON parser's complaint.
 */
export function notAGlossary(why: string): ImportError {
  return {
    kind: 'not-a-glossary',
    message: `This is not a glossary file: ${why}. Gut Glossary imports its own JSON format; the example file shows it, and the README's "Glossary files" section describes it.`,
  };
}

/** File signatures of what readers pick by mistake, by their first bytes. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'it is a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'it is a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'it is a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'it is a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: 'it is an image or a sound file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'it is a ZIP archive or an office document (a spreadsheet or a text document)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'it is an office document' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'it is a rich-text document' },
];

/** The first character that is not white space or a byte-order mark, or undefined. */
const firstCharacter = (text: string) => /[^\s\uFEFF]/.exec(text)?.[0];

/**
 * Decodes a file's bytes as UTF-8, refusing a file over the size limit before decoding,
 * a file that is plainly something else (empty, a picture, a PDF, binary), and bytes that
 * are not UTF-8 (rather than silently replacing them with "�").
 */
export function decodeGlossaryBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; errors: ImportError[] } {
  const size = checkFileSize(bytes.byteLength);
  if (size) return { ok: false, errors: [size] };
  if (bytes.byteLength === 0) return { ok: false, errors: [notAGlossary('the file is empty')] };
  const known = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (known) return { ok: false, errors: [notAGlossary(known.what)] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // JSON in another encoding (Latin-1, UTF-16) still starts like JSON: say how to fix it.
    const start = firstCharacter(new TextDecoder('latin1').decode(bytes.subarray(0, 64)).replace(/\0/g, ''));
    if (start === '{' || start === '[')
      return { ok: false, errors: [{ message: 'The file is not UTF-8 text. Save it as UTF-8 (the usual encoding for JSON) and import it again.' }] };
    return { ok: false, errors: [notAGlossary('it is not text')] };
  }
  if (text.includes('\0')) return { ok: false, errors: [notAGlossary('it is not text')] };
  return { ok: true, text };
}

/** What a text that is not JSON at all looks like, for notAGlossary. */
function whatTextIs(text: string): string {
  const first = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
  if (first.startsWith('<')) return 'it looks like a web page or XML, not JSON';
  if (/[,;\t]/.test(first)) return 'it looks like a spreadsheet (CSV or tab-separated text), not JSON';
  return 'it is plain text, not JSON';
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
 * own; `sectionIds` the FAQ sections `section` may name; `options.mergingInto` the reader's
 * terms the file will be merged into (checked for clashes in the same pass). All or
 * nothing: any problem gives `ok: false` with every problem found, all in one pass, and
 * no entries. Never throws.
 */
export function parseGlossaryFile(text: string, builtInIds: ReadonlySet<string>, sectionIds: readonly string[], options: CheckOptions = {}): ImportResult {
  try {
    return parseUnsafe(text, builtInIds, sectionIds, options);
  } catch (error) {
    // Not expected; a reader's file must never break the options page.
    return { ok: false, errors: [{ message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

function parseUnsafe(text: string, builtInIds: ReadonlySet<string>, sectionIds: readonly string[], options: CheckOptions): ImportResult {
  const fail = (...errors: ImportError[]): ImportResult => ({ ok: false, errors });
  if (typeof text !== 'string') return fail({ message: 'The file is not text.' });
  // By length first: every UTF-16 unit is at least one byte, so this refuses a huge string without scanning it.
  if (text.length > MAX_IMPORT_BYTES) return fail(tooLarge(`at least ${megabytes(text.length)}`));
  if (utf8Length(text, MAX_IMPORT_BYTES) > MAX_IMPORT_BYTES) return fail(tooLarge(`more than ${megabytes(MAX_IMPORT_BYTES)}`));
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return fail(notAGlossary('the file is empty'));

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    // Broken JSON is worth locating; text that never was JSON (a CSV, notes) is not.
    const start = firstCharacter(body);
    return fail(start === '{' || start === '[' ? jsonError(body, error) : notAGlossary(whatTextIs(body)));
  }

  const shape = '{ "format": "gut-glossary", "version": 1, "entries": [ … ] }';
  if (!isPlainObject(data))
    return fail(
      Array.isArray(data)
        ? { message: `The file must hold one JSON object like ${shape}, not a list.` }
        : notAGlossary(`it holds ${describe(data)}, not a glossary object like ${shape}`),
    );
  if (data.format === undefined && data.entries === undefined)
    return fail(notAGlossary('it is JSON, but has neither "format": "gut-glossary" nor "entries"'));

  // Every problem from here on is collected: the file's own, then each entry's.
  const errors: ImportError[] = [];
  const { paths, tooDeep } = forbiddenKeys(data);
  const forbidden = new Set(paths);
  for (const path of paths)
    errors.push({
      field: path,
      message: `The key "${path.slice(path.lastIndexOf('.') + 1)}" at ${path} is not allowed: "__proto__", "constructor" and "prototype" are refused anywhere in the file.`,
    });
  if (tooDeep) errors.push({ message: `The file is nested more than ${MAX_DEPTH} levels deep; a glossary file never needs that.` });

  for (const key of Object.keys(data))
    if (!(TOP_LEVEL_FIELDS as readonly string[]).includes(key) && !forbidden.has(key))
      errors.push({ field: key, message: `Unknown top-level field "${key}": a glossary file has only "format", "version" and "entries".` });

  if (data.format !== GLOSSARY_FORMAT)
    errors.unshift({
      field: 'format',
      message:
        data.format === undefined
          ? `"format" is missing: a Gut Glossary file starts with "format": "${GLOSSARY_FORMAT}". Is this the right file?`
          : `"format" is ${describe(data.format)}; it must be "${GLOSSARY_FORMAT}". Is this the right file?`,
    });
  if (data.version !== GLOSSARY_VERSION) {
    const which =
      data.version === undefined
        ? '"version" is missing'
        : typeof data.version === 'number' && Number.isInteger(data.version)
          ? `Version ${data.version} is not supported`
          : `"version" is ${describe(data.version)}, not a version number`;
    const newer = typeof data.version === 'number' && data.version > GLOSSARY_VERSION;
    const problem = { field: 'version', message: `${which}: this version of Gut Glossary reads version ${GLOSSARY_VERSION} files.${newer ? ' The file was made by a newer Gut Glossary: update the extension.' : ''}` };
    // A newer file's entries follow rules this version does not know: checking them would mislead.
    if (newer) return fail(problem, ...errors.filter((e) => e.field !== 'format'));
    errors.splice(data.format === GLOSSARY_FORMAT ? 0 : 1, 0, problem);
  }
  if (!Array.isArray(data.entries))
    return fail(
      ...errors,
      {
        field: 'entries',
        message: data.entries === undefined ? '"entries" is missing: it must be a list of entries.' : `"entries" must be a list of entries, not ${describe(data.entries)}.`,
      },
    );
  if (data.entries.length > LIMITS.entries)
    return fail(...errors, {
      field: 'entries',
      message: `The file has ${data.entries.length} entries; at most ${LIMITS.entries} are allowed.`,
    });
  const checked = validateUserEntries(data.entries, builtInIds, sectionIds, options);
  if (checked.ok) return errors.length ? fail(...errors) : checked;
  // A forbidden key inside an entry is reported once, as forbidden, not also as an unknown field.
  const entryErrors = checked.errors.filter((e) => !(typeof e.entry === 'number' && e.field && forbidden.has(`entries[${e.entry}].${e.field}`)));
  return fail(...errors, ...entryErrors);
}

// ── Writing ─────────────────────────────────────────────────────────────────────────

/**
 * A value with its keys in the schema's order (the documented order), so a field added to
 * EntrySchema is exported where the schema puts it. Empty lists and absent optional fields
 * are left out.
 */
function ordered(schema: v.GenericSchema, value: unknown): unknown {
  const s = shapeOf(schema);
  if (s.type === 'array' && s.item && Array.isArray(value)) return value.map((item) => ordered(s.item!, item));
  if (!s.entries || !isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(s.entries)) {
    const item = value[key];
    if (item !== undefined && !(Array.isArray(item) && !item.length)) out[key] = ordered(field, item);
  }
  return out;
}

/** The reader's entries as a glossary file: pretty JSON, stable key order, a final newline. */
export function exportGlossaryFile(entries: readonly Entry[]): string {
  return `${JSON.stringify({ format: GLOSSARY_FORMAT, version: GLOSSARY_VERSION, entries: entries.map((e) => ordered(EntrySchema, e)) }, null, 2)}\n`;
}
