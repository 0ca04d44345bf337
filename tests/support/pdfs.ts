/**
 * PDFs the reader's tests and the benchmark make with pdf-lib: a two-column paper with a
 * term hyphenated across a line break and a ligature, a long book, a password-protected
 * file, and a broken one. The paper embeds DejaVu Sans (Debian's fonts-dejavu-core, which
 * Chromium brings) because the standard PDF fonts cannot write a ligature.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFHexString, PDFRawStream, PDFString, StandardFonts, type PDFFont } from 'pdf-lib';

const FONT = process.env.PDF_FONT_PATH ?? '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const A4 = [595, 842] as const;

/** Lines of column 1 and column 2: drawn column by column, as typesetters write papers. */
export const PAPER_COLUMNS = [
  [
    'Fibre, microbes and the immune system',
    'Changes in the gut micro-',
    'biome have been linked to many',
    'conditions. A diet rich in dietary',
    '\uFB01bre feeds microbes that make',
    'short-chain fatty acids (SCFAs).',
    'Butyrate is the best studied of',
    'these, and it feeds the colon.',
  ],
  [
    'Antibiotics can cause dys-',
    'biosis, a loss of balance in the',
    'community of gut microbes.',
    'Faecal microbiota transplanta-',
    'tion restores it in some patients.',
    'Less fibre means fewer SCFAs.',
  ],
];

function drawLines(page: ReturnType<PDFDocument['addPage']>, font: PDFFont, lines: string[], x: number, top: number, size = 11) {
  lines.forEach((line, i) => page.drawText(line, { x, y: top - i * size * 1.5, size, font }));
}

/** A one-page, two-column paper: "micro-⏎biome", "dys-⏎biosis" and "transplanta-⏎tion" broken at line ends, "dietary ﬁbre" with a ligature. */
export async function twoColumnPaper(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(FONT), { subset: true });
  const page = pdf.addPage([...A4]);
  drawLines(page, font, PAPER_COLUMNS[0]!, 50, 760);
  drawLines(page, font, PAPER_COLUMNS[1]!, 310, 760);
  pdf.setTitle('A two-column paper');
  return pdf.save({ useObjectStreams: false });
}

/** A book of `pages` pages of text, each page mentioning a few terms; `extra` adds a line on one page. */
export async function longBook(pages = 300, extra?: { page: number; line: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = [
    'The gut microbiome changes with diet, age and medicines.',
    'Short-chain fatty acids such as butyrate feed the cells of the colon.',
    'Dysbiosis is a loss of balance in the community of gut microbes.',
    'Regulatory T cells keep the immune system from overreacting.',
    'Probiotics are live microbes; prebiotics are the fibre that feeds them.',
  ];
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage([...A4]);
    page.drawText(`Chapter ${n}`, { x: 50, y: 780, size: 16, font });
    for (let i = 0; i < 40; i++) page.drawText(lines[(i + n) % lines.length]!, { x: 50, y: 740 - i * 17, size: 10, font });
    if (extra?.page === n) page.drawText(extra.line, { x: 50, y: 40, size: 10, font });
  }
  return pdf.save({ useObjectStreams: false });
}

/** The PDF standard security handler's padding (ISO 32000-1, 7.6.3.3). */
const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const pad = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
/** RC4, written out: OpenSSL 3 keeps it in its legacy provider only. */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/**
 * A PDF that needs a password to open: the standard security handler, revision 2 (40-bit
 * RC4, ISO 32000-1, 7.6), every string and stream encrypted with its object's key.
 */
export async function passwordProtected(userPassword = 'gut'): Promise<Uint8Array> {
  const draft = await PDFDocument.create();
  const font = await draft.embedFont(StandardFonts.Helvetica);
  draft.addPage([...A4]).drawText('Secret notes on dysbiosis and the gut microbiome', { x: 50, y: 760, size: 12, font });
  // Loaded back, every stream is raw bytes as written: those are what get encrypted.
  const pdf = await PDFDocument.load(await draft.save({ useObjectStreams: false }), { updateMetadata: false });
  const id = randomBytes(16);
  const permissions = -44;
  const o = rc4(md5(pad('owner')).subarray(0, 5), pad(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const fileKey = md5(pad(userPassword), o, p, id).subarray(0, 5);
  const u = rc4(fileKey, PADDING);
  const { context } = pdf;
  const hex = (b: Buffer) => PDFHexString.of(b.toString('hex'));
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const n = Buffer.alloc(5);
    n.writeUIntLE(ref.objectNumber, 0, 3);
    n.writeUInt16LE(ref.generationNumber, 3);
    const key = md5(fileKey, n).subarray(0, 10);
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : null;
    for (const [name, value] of dict?.entries() ?? [])
      if (value instanceof PDFString || value instanceof PDFHexString) dict!.set(name, hex(rc4(key, Buffer.from(value.asBytes()))));
    if (object instanceof PDFRawStream) context.assign(ref, PDFRawStream.of(object.dict, rc4(key, Buffer.from(object.contents))));
  }
  context.trailerInfo.ID = context.obj([hex(id), hex(id)]);
  context.trailerInfo.Encrypt = context.register(context.obj({ Filter: 'Standard', V: 1, R: 2, O: hex(o), U: hex(u), P: permissions }));
  return pdf.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/** Bytes that start like a PDF and then are not one. */
export const brokenPdf = (): Uint8Array => new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a PDF at all\n%%EOF\n');
