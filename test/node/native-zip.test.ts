// Native zlib under JSZip: the entries a zip reader sees never change, only how they are compressed.
import fc from 'fast-check';
import JSZip from 'jszip';
import { deflatedZip, storedZip, zipTexts } from '../../src/node/native-zip';

async function zipOf(files: Record<string, Uint8Array>, compression: 'STORE' | 'DEFLATE'): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression });
}

async function entriesOf(bytes: Uint8Array): Promise<Record<string, number[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, number[]> = {};
  for (const f of Object.values(zip.files)) if (!f.dir) out[f.name] = [...await f.async('uint8array')];
  return out;
}

/** Compression method and size of each entry, from the central directory (what JSZip will have to undo). */
function methods(bytes: Uint8Array): { method: number; size: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const out: { method: number; size: number }[] = [];
  for (let at = view.getUint32(end + 16, true), n = view.getUint16(end + 10, true); n > 0; n--) {
    out.push({ method: view.getUint16(at + 10, true), size: view.getUint32(at + 24, true) });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

const files = fc.dictionary(
  fc.constantFrom('[Content_Types].xml', 'word/document.xml', 'xl/worksheets/лист1.xml', 'a/b/c.txt', 'пустой.xml'),
  fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ maxLength: 2000 }).map((s) => new TextEncoder().encode(s.repeat(3)))),
  { minKeys: 1 },
);

describe('native zip', () => {
  it('storedZip keeps every entry and leaves nothing to inflate', async () => {
    await fc.assert(fc.asyncProperty(files, async (f) => {
      const deflated = await zipOf(f, 'DEFLATE');
      const stored = storedZip(deflated);
      expect(methods(stored).every((e) => e.method === 0)).toBe(true);
      expect(await entriesOf(stored)).toEqual(await entriesOf(deflated));
    }), { numRuns: 60 });
  });

  it('deflatedZip keeps every entry and compresses the stored ones', async () => {
    await fc.assert(fc.asyncProperty(files, async (f) => {
      const stored = await zipOf(f, 'STORE');
      const deflated = deflatedZip(stored);
      expect(await entriesOf(deflated)).toEqual(await entriesOf(stored));
      for (const e of methods(deflated)) expect(e.method).toBe(e.size > 0 ? 8 : 0);
    }), { numRuns: 60 });
  });

  it('zipTexts makes a zip JSZip reads back, CRCs checked, names and texts in UTF-8', async () => {
    await fc.assert(fc.asyncProperty(fc.dictionary(fc.constantFrom('word/document.xml', 'документ.xml', '[Content_Types].xml'), fc.string({ maxLength: 500 }), { minKeys: 1 }), async (f) => {
      const zip = await JSZip.loadAsync(zipTexts(f), { checkCRC32: true });
      for (const [name, text] of Object.entries(f)) expect(await zip.file(name)!.async('string')).toBe(text);
    }), { numRuns: 60 });
  });

  it('leaves bytes it should not touch as they are: not a zip, cut short, encrypted', async () => {
    const text = new TextEncoder().encode('not a zip at all');
    expect(storedZip(text)).toBe(text);
    expect(deflatedZip(text)).toBe(text);
    const zip = await zipOf({ 'a.xml': new TextEncoder().encode('<a/>'.repeat(100)) }, 'DEFLATE');
    const cut = zip.subarray(0, zip.length - 10);
    expect(storedZip(cut)).toBe(cut);
    const encrypted = zip.slice();
    const view = new DataView(encrypted.buffer);
    let end = encrypted.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    const central = view.getUint32(end + 16, true);
    view.setUint16(central + 8, view.getUint16(central + 8, true) | 1, true);
    expect(storedZip(encrypted)).toBe(encrypted);
  });
});
