/** Saving the document: back to its file where the browser gave a handle, else as a download. */
import { t } from '../../i18n';

interface WritableHandle {
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

function writable(handle: unknown): handle is WritableHandle {
  return !!handle && typeof (handle as WritableHandle).createWritable === 'function';
}

/** Downloads `text` as a file called `name`. */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves `text`: written in place through `handle` when there is one, else downloaded. Says what happened. */
export async function saveText(name: string, text: string, handle: unknown): Promise<string> {
  if (writable(handle)) {
    try {
      const out = await handle.createWritable();
      await out.write(text);
      await out.close();
      return t('studio:save.saved', { name });
    } catch {
      download(name, text);
      return t('studio:save.downloadedInstead', { name });
    }
  }
  download(name, text);
  return t('studio:save.downloaded', { name });
}
