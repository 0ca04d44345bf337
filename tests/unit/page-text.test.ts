// @vitest-environment jsdom
/** The page text the abbreviation finder reads: what a reader sees, a line per block, nothing from scripts, fields or code. */
import { expect, test } from 'vitest';
import { readableText } from '../../highlight/page-text';

test('blocks start new lines; scripts, styles, form fields and code are left out', () => {
  document.body.innerHTML =
    '<p>Crohn’s <i>disease</i> (CD)</p><script>var x = "(IBD)";</script><style>p{}</style>' +
    '<textarea>typed (TT)</textarea><pre>code (CC)</pre><div>germ-free <b>(GF)</b> mice</div>';
  expect(readableText(document.body, 1_000)).toBe('\nCrohn’s disease (CD)\ngerm-free (GF) mice');
});

test('stops once it has read enough', () => {
  document.body.innerHTML = `<p>${'a'.repeat(100)}</p><p>${'b'.repeat(100)}</p><p>never read</p>`;
  expect(readableText(document.body, 150)).not.toContain('never');
});
