// The report .docx bytes: the parts the report view writes (src/views/report-docx.ts), zipped. Runs in Node
// and in the browser (JSZip).
import JSZip from 'jszip';
import { reportDocxParts, type ReportModel } from '../core';

/** The report's .docx bytes. */
export async function reportDocxBytes(model: ReportModel, opts: { font?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, xml] of Object.entries(reportDocxParts(model, opts))) zip.file(path, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}
