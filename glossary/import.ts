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
import { validateUserEntries, type ImportResult } from './entry-check.ts';
import { jsonError } from './json-locator.ts';
import { describe, isPlainObject, MAX_REPORTED_ERRORS, type ImportError } from './problems.ts';
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
