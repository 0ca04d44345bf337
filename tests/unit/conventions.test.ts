/**
 * The project's own conventions, checked like any other behaviour: no HTML written from
 * strings or code evaluated from strings anywhere in our code, thin entrypoints, and pure
 * modules that import nothing from the DOM adapters or the browser APIs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { rejectUnsafeCode, SOURCE_DIRS, stripComments, unsafeCalls } from '../../scripts/unsafe-code';

const ROOT = join(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const source = SOURCE_DIRS.flatMap((d) => files(join(ROOT, d)));
const code = (path: string) => stripComments(readFileSync(path, 'utf8'));

test('no innerHTML, outerHTML, insertAdjacentHTML, document.write, eval or new Function in our code', () => {
  const hits = source.filter((f) => unsafeCalls(readFileSync(f, 'utf8')).length).map((f) => relative(ROOT, f));
  expect(hits).toEqual([]);
});

test('the build refuses a module of ours that writes HTML or runs code from strings, and nothing else', () => {
  const plugin = rejectUnsafeCode(ROOT);
  const ctx = { error: (message: string): never => { throw new Error(message); } };
  expect(() => plugin.transform.call(ctx, 'el.innerHTML = text;', join(ROOT, 'content/bad.ts'))).toThrow(/content\/bad\.ts uses innerHTML/);
  expect(() => plugin.transform.call(ctx, 'const f = new Function("x");\neval(s);', join(ROOT, 'components/Bad.tsx?v=1'))).toThrow(/new Function, eval/);
  // Comments, other names and code outside our folders pass.
  expect(plugin.transform.call(ctx, '// never innerHTML\nel.textContent = text;', join(ROOT, 'content/good.ts'))).toBeNull();
  expect(plugin.transform.call(ctx, 'el.innerHTML = x', join(ROOT, 'node_modules/preact/dist/preact.mjs'))).toBeNull();
});

test('entrypoints only wire: none is longer than 80 lines', () => {
  const long = files(join(ROOT, 'entrypoints'))
    .map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').split('\n').length] as const)
    .filter(([, n]) => n > 80);
  expect(long).toEqual([]);
});

test('pure modules import nothing from the browser, the DOM adapters, mark.js or the transport', () => {
  const pure = [...files(join(ROOT, 'glossary')), join(ROOT, 'messaging/protocol.ts'), join(ROOT, 'messaging/dispatch.ts'), join(ROOT, 'highlight/placement.ts'), join(ROOT, 'settings/defaults.ts'), join(ROOT, 'settings/sites.ts')];
  const impure = /from '(wxt\/browser|wxt\/utils\/storage|mark\.js|preact[^']*|\.\.\/(highlight|content|components|entrypoints|messaging)\/[^']*)'/;
  const hits = pure.filter((f) => impure.test(code(f))).map((f) => relative(ROOT, f));
  expect(hits).toEqual([]);
});

test('views take props: nothing under components/ touches storage, the browser or the message client', () => {
  const reaching = /from '(wxt\/[^']*|(\.\.\/)+(settings\/(storage|user-entries)|messaging\/(client|dispatch|handlers)|content\/[^']*|entrypoints\/[^']*))'/;
  const hits = files(join(ROOT, 'components')).filter((f) => reaching.test(code(f))).map((f) => relative(ROOT, f));
  expect(hits).toEqual([]);
});

test('the manifest asks only for the permissions the README justifies', () => {
  const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
  expect(config.match(/permissions: \[([^\]]*)\]/)?.[1]).toBe("'storage', 'contextMenus', 'activeTab'");
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const p of ['storage', 'contextMenus', 'activeTab']) expect(readme).toContain(`| \`${p}\` |`);
  // Host permissions are optional only (the PDF reader asks for one origin when it needs it).
  expect(config).not.toMatch(/\bhost_permissions:/);
  expect(readme).toContain('| optional host permissions |');
});
