// The report .docx bytes: the parts the report view writes (src/views/report-docx.ts), zipped. Runs in Node
// and in the browser (JSZip).
import JSZip from 'jszip';
import { reportDocxParts, type ReportModel } from '../core';

/**
 * The report's .docx bytes. `zip`: a faster zipper for the parts (the command passes Node's native one,
 * `zipTexts`); without it JSZip zips them (the browser).
 */
export async function reportDocxBytes(model: ReportModel, opts: { font?: string; zip?: (parts: Record<string, string>) => Uint8Array } = {}): Promise<Uint8Array> {
  const parts = reportDocxParts(model, opts);
  if (opts.zip) return opts.zip(parts);
  const zip = new JSZip();
  for (const [path, xml] of Object.entries(parts)) zip.file(path, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}
