// Saving a file from the page: the browser's own save dialog where it has one (Chromium's
// showSaveFilePicker), else a download, which the browser names so that nothing is overwritten.
type Picker = (o: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => Promise<{
  createWritable(): Promise<{ write(b: Blob): Promise<void>; close(): Promise<void> }>;
}>;

export async function saveFile(name: string, bytes: Uint8Array | string, mime: string): Promise<boolean> {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const picker = (window as unknown as { showSaveFilePicker?: Picker }).showSaveFilePicker;
  if (picker && !navigator.webdriver) {
    try {
      const ext = name.slice(name.lastIndexOf('.'));
      const handle = await picker({ suggestedName: name, types: [{ description: ext, accept: { [mime]: [ext] } }] });
      const w = await handle.createWritable();
      await w.write(blob);
      await w.close();
      return true;
    } catch (e) {
      if ((e as DOMException).name === 'AbortError') return false; // the person closed the dialog
      // Not allowed here (file:// in some browsers): fall back to a download.
    }
  }
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  return true;
}
