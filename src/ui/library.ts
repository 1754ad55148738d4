/** The library: scenario cards, "Open scenario file…", past results, settings, and the unfinished runs. */
import { LANGUAGE_NAMES, LANGUAGES, t } from '../i18n';
import { openBuiltin, openFile, updateSettings } from '../store/actions';
import { type LibraryEntry, type Session, session } from '../store/session';
import type { LanguageSetting, Speed } from '../store/settings';
import { historyBox } from './aar/history';
import { append, button, h, replace, select } from './dom';
import { capabilitiesOf, capabilityText, difficultyText, durationText } from './format';
import { resolveLanguage } from './language';
import { editBuiltin, editText, studioBox } from './studioBox';
import { unfinishedBox } from './unfinished';

function card(entry: LibraryEntry): HTMLElement {
  const s = entry.scenario;
  return h(
    'article',
    { class: 'card', 'aria-labelledby': `card-${s.id}` },
    h('h3', { id: `card-${s.id}` }, s.title),
    h('p', { class: 'meta' }, `${difficultyText(s.difficulty)} · ${durationText(s.durationMs)}`),
    h('p', { class: 'summary' }, s.summary),
    h('p', { class: 'caps' }, t('app:library.trains', { list: capabilitiesOf(s).map(capabilityText).join(', ') })),
    h(
      'div',
      { class: 'row' },
      button(t('app:library.openBriefing'), () => openBuiltin(entry.file), {
        'aria-label': t('app:library.openBriefingOf', { title: s.title }),
      }),
      button(t('app:library.edit'), () => editBuiltin(entry.file), {
        'aria-label': t('app:library.editOf', { title: s.title }),
      }),
    ),
  );
}

function readFile(file: File): void {
  file
    .text()
    .then((text) => openFile(file.name, text))
    .catch(() =>
      session.setState({
        fileProblems: { name: file.name, lines: [t('app:library.unreadable', { name: file.name })] },
      }),
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
    h('label', { for: 'scenario-file' }, t('app:library.openFile')),
    picker,
    h('p', { class: 'hint' }, t('app:library.dropHint')),
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
      h('h3', { id: 'problems-title' }, t('app:library.didNotLoad', { name: fp.name, count: fp.lines.length })),
      h(
        'ul',
        { 'aria-labelledby': 'problems-title', role: 'alert' },
        ...fp.lines.map((l) => h('li', {}, h('code', {}, l))),
      ),
      fp.text === undefined ? null : button(t('app:library.fixInStudio'), () => editText(fp.name, fp.text ?? '')),
    );
  };
  draw(session.getState().fileProblems);
  const off = session.subscribe((s) => s.fileProblems, draw);
  return {
    box: h(
      'section',
      { 'aria-labelledby': 'open-title' },
      h('h2', { id: 'open-title' }, t('app:library.ownScenario')),
      drop,
      problems,
    ),
    off,
  };
}

function settingsBox(): HTMLElement {
  const s = session.getState().settings;
  const speed = select(
    t('app:settings.defaultSpeed'),
    [1, 2, 4].map((n) => ({ value: String(n), text: `${n}×` })),
    String(s.defaultSpeed),
  );
  speed.input.addEventListener('change', () => updateSettings({ defaultSpeed: Number(speed.input.value) as Speed }));
  const palette = select(
    t('app:settings.palette'),
    [
      { value: 'standard', text: t('app:settings.standard') },
      { value: 'colorblind', text: t('app:settings.colorblind') },
    ],
    s.palette,
  );
  palette.input.addEventListener('change', () =>
    updateSettings({ palette: palette.input.value === 'colorblind' ? 'colorblind' : 'standard' }),
  );
  const sound = h('input', { type: 'checkbox', checked: s.sound });
  sound.addEventListener('change', () => updateSettings({ sound: sound.checked }));
  const language = select(
    t('app:language.label'),
    [
      { value: 'auto', text: t('app:language.auto', { name: LANGUAGE_NAMES[resolveLanguage('auto')] }) },
      ...LANGUAGES.map((l) => ({ value: l, text: LANGUAGE_NAMES[l] })),
    ],
    s.language,
    { id: 'language-select' },
  );
  for (const option of language.input.options) if (option.value !== 'auto') option.lang = option.value;
  language.input.addEventListener('change', () =>
    updateSettings({ language: language.input.value as LanguageSetting }),
  );
  return h(
    'section',
    { 'aria-labelledby': 'settings-title', class: 'settings' },
    h('h2', { id: 'settings-title' }, t('app:settings.title')),
    language.field,
    speed.field,
    palette.field,
    h('label', { class: 'check' }, sound, t('app:settings.sound')),
  );
}

function classBox(): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'class-title' },
    h('h2', { id: 'class-title' }, t('app:library.classroom')),
    h('p', { class: 'hint' }, t('app:library.classroomHint')),
    h(
      'div',
      { class: 'row class-links' },
      button(t('app:library.joinClass'), () => session.setState({ screen: 'join', notice: null })),
      button(t('app:library.runClass'), () => session.setState({ screen: 'console', notice: null })),
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
      h('header', { class: 'title' }, h('h1', {}, 'Skywatch'), h('p', {}, t('app:library.tagline'))),
      resume.box,
      h(
        'div',
        { class: 'cols' },
        h(
          'section',
          { 'aria-labelledby': 'lib-title', class: 'scenarios' },
          h('h2', { id: 'lib-title' }, t('app:library.title')),
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
