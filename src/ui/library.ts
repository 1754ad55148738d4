/** The library: scenario cards, "Open scenario file…", past results, settings, and the unfinished runs. */
import { openBuiltin, openFile, updateSettings } from '../store/actions';
import { type LibraryEntry, type Session, session } from '../store/session';
import type { Speed } from '../store/settings';
import { historyBox } from './aar/history';
import { append, button, h, replace, select } from './dom';
import { capabilitiesOf, durationText } from './format';
import { editBuiltin, editText, studioBox } from './studioBox';
import { unfinishedBox } from './unfinished';

function card(entry: LibraryEntry): HTMLElement {
  const s = entry.scenario;
  return h(
    'article',
    { class: 'card', 'aria-labelledby': `card-${s.id}` },
    h('h3', { id: `card-${s.id}` }, s.title),
    h('p', { class: 'meta' }, `${s.difficulty} · ${durationText(s.durationMs)}`),
    h('p', { class: 'summary' }, s.summary),
    h('p', { class: 'caps' }, `Trains: ${capabilitiesOf(s).join(', ')}`),
    h(
      'div',
      { class: 'row' },
      button('Open briefing', () => openBuiltin(entry.file), { 'aria-label': `Open briefing: ${s.title}` }),
      button('Edit', () => editBuiltin(entry.file), { 'aria-label': `Edit in the studio: ${s.title}` }),
    ),
  );
}

function readFile(file: File): void {
  file
    .text()
    .then((text) => openFile(file.name, text))
    .catch(() =>
      session.setState({ fileProblems: { name: file.name, lines: [`${file.name}: the file could not be read`] } }),
    );
}

function openFileBox(): { box: HTMLElement; off: () => void } {
  const picker = h('input', { type: 'file', id: 'scenario-file', accept: '.json,.jsonc,application/json' });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    if (file) readFile(file);
    picker.value = '';
  });
  const problems = h('div', { class: 'problems' });
  const drop = h(
    'div',
    { class: 'drop' },
    h('label', { for: 'scenario-file' }, 'Open scenario file…'),
    picker,
    h('p', { class: 'hint' }, 'or drop a scenario file here'),
  );
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const file = e.dataTransfer?.files[0];
    if (file) readFile(file);
  });
  const draw = (fp: Session['fileProblems']) => {
    replace(problems);
    if (!fp) return;
    append(
      problems,
      h('h3', { id: 'problems-title' }, `${fp.name} did not load: ${fp.lines.length} problem(s)`),
      h(
        'ul',
        { 'aria-labelledby': 'problems-title', role: 'alert' },
        ...fp.lines.map((l) => h('li', {}, h('code', {}, l))),
      ),
      fp.text === undefined ? null : button('Fix it in the studio', () => editText(fp.name, fp.text ?? '')),
    );
  };
  draw(session.getState().fileProblems);
  const off = session.subscribe((s) => s.fileProblems, draw);
  return {
    box: h(
      'section',
      { 'aria-labelledby': 'open-title' },
      h('h2', { id: 'open-title' }, 'Your own scenario'),
      drop,
      problems,
    ),
    off,
  };
}

function settingsBox(): HTMLElement {
  const s = session.getState().settings;
  const speed = select(
    'Default speed',
    [1, 2, 4].map((n) => ({ value: String(n), text: `${n}×` })),
    String(s.defaultSpeed),
  );
  speed.input.addEventListener('change', () => updateSettings({ defaultSpeed: Number(speed.input.value) as Speed }));
  const palette = select(
    'Palette',
    [
      { value: 'standard', text: 'Standard' },
      { value: 'colorblind', text: 'Colour-blind safe' },
    ],
    s.palette,
  );
  palette.input.addEventListener('change', () =>
    updateSettings({ palette: palette.input.value === 'colorblind' ? 'colorblind' : 'standard' }),
  );
  const sound = h('input', { type: 'checkbox', checked: s.sound });
  sound.addEventListener('change', () => updateSettings({ sound: sound.checked }));
  return h(
    'section',
    { 'aria-labelledby': 'settings-title', class: 'settings' },
    h('h2', { id: 'settings-title' }, 'Settings'),
    speed.field,
    palette.field,
    h('label', { class: 'check' }, sound, 'Sound cues'),
  );
}

function classBox(): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'class-title' },
    h('h2', { id: 'class-title' }, 'Classroom'),
    h('p', { class: 'hint' }, 'On a page served by the classroom server (npm run classroom).'),
    h(
      'div',
      { class: 'row class-links' },
      button('Join a class', () => session.setState({ screen: 'join', notice: null })),
      button('Run a class (instructor)', () => session.setState({ screen: 'console', notice: null })),
    ),
  );
}

/** Mounts the library screen. */
export function mountLibrary(root: HTMLElement): () => void {
  const { library, libraryProblems } = session.getState();
  const open = openFileBox();
  const results = historyBox();
  const resume = unfinishedBox();
  root.append(
    h(
      'div',
      { class: 'library' },
      h(
        'header',
        { class: 'title' },
        h('h1', {}, 'Skywatch'),
        h('p', {}, 'Notice small drones, tell them from look-alikes, report them, protect your team.'),
      ),
      resume.box,
      h(
        'div',
        { class: 'cols' },
        h(
          'section',
          { 'aria-labelledby': 'lib-title', class: 'scenarios' },
          h('h2', { id: 'lib-title' }, 'Scenario library'),
          libraryProblems.length > 0
            ? h('ul', { class: 'problems' }, ...libraryProblems.map((l) => h('li', {}, l)))
            : null,
          h('div', { class: 'cards' }, ...library.map(card)),
        ),
        h('div', { class: 'side' }, open.box, studioBox(), classBox(), results.box, settingsBox()),
      ),
    ),
  );
  return () => {
    open.off();
    results.off();
    resume.off();
  };
}
