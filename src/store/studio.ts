/** Opening the authoring studio: the document it edits, and going from it to the briefing and back. */
import { openFile } from './actions';
import { setFacilitator } from './facilitator';
import { session } from './session';

/** Where a studio document came from (the same kinds as the studio's drafts). */
export interface StudioOrigin {
  kind: 'builtin' | 'file' | 'template' | 'new';
  name: string;
}

/** What the studio opens: a text, the file name it saves under, its origin, its draft and a file handle to write back to. */
export interface StudioDocument {
  text: string;
  name: string;
  origin: StudioOrigin;
  /** The draft this document is saved in as it is typed; null for a new one. */
  draftId: string | null;
  /** A FileSystemFileHandle where the browser gave one (Save writes back to it), else null. */
  handle: unknown;
}

let opened: StudioDocument | null = null;

/** Opens the studio on a document. */
export function openStudio(doc: StudioDocument): void {
  opened = doc;
  session.setState({ screen: 'studio', notice: null, fileProblems: null });
}

/** The document the studio has open (kept while its scenario is played, for "Back to the studio"). */
export function studioDocument(): StudioDocument | null {
  return opened;
}

/** Keeps the studio document as it now stands (its text and draft id). */
export function keepStudioDocument(change: Partial<StudioDocument>): void {
  if (opened) opened = { ...opened, ...change };
}

/** Closes the studio and forgets its document. */
export function closeStudio(): void {
  opened = null;
  session.setState({ screen: 'library' });
}

/** Opens the briefing of the text as it stands; with `facilitator` the run shows ground truth. */
export function playFromStudio(name: string, text: string, facilitator: boolean): void {
  openFile(name, text);
  if (session.getState().screen === 'briefing') setFacilitator(facilitator);
}

/** Whether the scenario in play came from the studio's open document ("Back to the studio" is offered). */
export function fromStudio(): boolean {
  const source = session.getState().current?.source;
  return opened !== null && source?.kind === 'file' && source.name === opened.name;
}

/** Back from the briefing to the studio document. */
export function backToStudio(): void {
  if (opened) session.setState({ screen: 'studio', notice: null });
}
