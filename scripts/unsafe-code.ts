/**
 * The rule against HTML from strings and code from strings, shared by the build (a Vite
 * plugin that fails `wxt build` on a hit) and the conventions test. Comments are ignored.
 */
import { relative, sep } from 'node:path';

/** Our source folders: everything that ships in the extension. */
export const SOURCE_DIRS = ['entrypoints', 'components', 'content', 'highlight', 'glossary', 'messaging', 'settings', 'background', 'reader'];

const UNSAFE = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\s*\(|new Function\b|dangerouslySetInnerHTML)/g;

export function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** The unsafe APIs `code` uses, each once. */
export function unsafeCalls(code: string): string[] {
  return [...new Set([...stripComments(code).matchAll(UNSAFE)].map((m) => m[1]!.replace(/\s*\($/, '')))];
}

/** A Vite plugin that stops the build when a module of ours uses one of them. */
export function rejectUnsafeCode(root: string) {
  return {
    name: 'gut-glossary:reject-unsafe-code',
    enforce: 'pre' as const,
    transform(this: { error(message: string): never }, code: string, id: string) {
      const file = relative(root, id.split('?')[0]!);
      if (!SOURCE_DIRS.some((d) => file.startsWith(d + sep))) return null;
      const found = unsafeCalls(code);
      if (found.length)
        this.error(`${file} uses ${found.join(', ')}: render text with Preact and never run code from strings (see README, Security and privacy).`);
      return null;
    },
  };
}
