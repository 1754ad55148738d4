/** The library's way into the studio: a new scenario from a template, editing a file, and the drafts kept from before. */
import { t } from '../i18n';
import { builtinScenarios } from '../store/builtins';
import { session } from '../store/session';
import { openStudio, type StudioOrigin } from '../store/studio';
import { button, h, replace } from './dom';

/** Opens the studio on a built-in scenario file as it is (comments and all). */
export function editBuiltin(file: string): void {
  const text = builtinScenarios()[file];
  if (text !== undefined)
    openStudio({ text, name: file, origin: { kind: 'builtin', name: file }, draftId: null, handle: null });
}

/** Opens the studio on the text of a file the trainee opened. */
export function editText(name: string, text: string): void {
  openStudio({ text, name, origin: { kind: 'file', name }, draftId: null, handle: null });
}

interface PickedFile {
  getFile(): Promise<File>;
}
type OpenPicker = (options: object) => Promise<PickedFile[]>;

function editFile(file: File, handle: unknown): void {
  file
    .text()
    .then((text) =>
      openStudio({ text, name: file.name, origin: { kind: 'file', name: file.name }, draftId: null, handle }),
    )
    .catch(() =>
      session.setState({ notice: { kind: 'error', text: t('studio:box.unreadable', { file: file.name }) } }),
    );
}

/** "Edit a scenario file…": with a file handle where the browser offers one (so Save writes back), else a file input. */
function editFileButton(): HTMLElement {
  const picker = h('input', {
    type: 'file',
    id: 'studio-file',
    accept: '.json,.jsonc,application/json',
    class: 'sr-only',
    tabindex: -1,
    'aria-hidden': 'true',
  });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    if (file) editFile(file, null);
    picker.value = '';
  });
  const open = () => {
    const show = (window as unknown as { showOpenFilePicker?: OpenPicker }).showOpenFilePicker;
    if (!show) {
      picker.click();
      return;
    }
    show({ types: [{ description: t('studio:box.fileType'), accept: { 'application/json': ['.json', '.jsonc'] } }] })
      .then(async ([handle]) => editFile(await handle.getFile(), handle))
      .catch(() => {});
  };
  return h('span', {}, button(t('studio:box.editFile'), open), picker);
}

/** The file name a draft saves under: its file's, or one made from its title for a new scenario. */
function draftFileName(d: { title: string; origin: StudioOrigin }): string {
  if (d.origin.kind === 'builtin' || d.origin.kind === 'file') return d.origin.name;
  const stem = d.title
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'scenario'}.json`;
}

function clock(ms: number): string {
  const d = new Date(ms);
  return `${d.toLocaleDateString()} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The drafts kept in this browser, each to continue or discard (loaded with the studio's drafts code). */
function draftsList(list: HTMLElement): void {
  Promise.all([import('../studio/drafts'), import('../studio/idbStore')])
    .then(async ([{ createDrafts }, { idbStore }]) => {
      const drafts = createDrafts(idbStore());
      const all = await drafts.list();
      replace(
        list,
        ...all.map((d) =>
          h(
            'li',
            {},
            button(t('studio:box.continue', { title: d.title }), () => {
              void drafts.load(d.id).then((draft) => {
                if (draft) {
                  openStudio({
                    text: draft.text,
                    name: draftFileName(draft),
                    origin: draft.origin,
                    draftId: draft.id,
                    handle: null,
                  });
                }
              });
            }),
            h('span', { class: 'meta' }, ` ${t('studio:box.saved', { when: clock(d.savedAt) })} `),
            button(t('studio:box.discard'), () => void drafts.discard(d.id).then(() => draftsList(list)), {
              'aria-label': t('studio:box.discardLabel', { title: d.title }),
            }),
          ),
        ),
      );
      list.hidden = all.length === 0;
    })
    .catch(() => {
      list.hidden = true;
    });
}

/** The studio section of the library. */
export function studioBox(): HTMLElement {
  const from = h('select', { id: 'studio-template', 'aria-label': t('studio:box.startFrom') });
  const library = session.getState().library;
  const start = button(t('studio:box.new'), () => {
    const choice = from.value;
    void import('../studio/templates').then(({ emptyScenario, copyOfScenario }) => {
      if (choice.startsWith('copy:')) {
        const file = choice.slice(5);
        const text = builtinScenarios()[file];
        if (text !== undefined) {
          openStudio({
            text: copyOfScenario(text),
            name: file.replace(/\.json$/, '-copy.json'),
            origin: { kind: 'template', name: `copy of ${file}` },
            draftId: null,
            handle: null,
          });
        }
        return;
      }
      const [cols, rows] = choice.split('x').map(Number);
      openStudio({
        text: emptyScenario({ cols, rows }),
        name: 'new-scenario.json',
        origin: { kind: 'new', name: `empty ${cols}×${rows}` },
        draftId: null,
        handle: null,
      });
    });
  });
  for (const [cols, rows] of [
    [12, 8],
    [8, 6],
    [16, 10],
    [20, 14],
    [26, 26],
  ]) {
    from.append(h('option', { value: `${cols}x${rows}` }, t('studio:box.emptyMap', { cols, rows })));
  }
  for (const e of library)
    from.append(h('option', { value: `copy:${e.file}` }, t('studio:box.copyOf', { title: e.scenario.title })));
  const drafts = h('ul', { class: 'drafts', 'aria-label': t('studio:box.drafts') });
  drafts.hidden = true;
  draftsList(drafts);
  return h(
    'section',
    { 'aria-labelledby': 'studio-title', class: 'studio-entry' },
    h('h2', { id: 'studio-title' }, t('studio:box.title')),
    h(
      'div',
      { class: 'row studio-start' },
      h('label', { class: 'field' }, h('span', {}, t('studio:box.startFrom')), from),
      start,
    ),
    h('div', { class: 'row' }, editFileButton()),
    drafts,
  );
}
