/** The studio screen: the text and the map and lists side by side, live checks, play, save; drafts as you type. */
import './studio.css';
import { t } from '../../i18n';
import type { Problem } from '../../scenario/result';
import { closeStudio, keepStudioDocument, playFromStudio, type StudioDocument } from '../../store/studio';
import { createDrafts } from '../drafts';
import { idbStore } from '../idbStore';
import type { StudioModel } from '../model';
import { placeProblems } from '../places';
import { createPlaytester } from '../playtest/client';
import { briefingPanel } from './briefingPanel';
import { checksPanel } from './checksPanel';
import { contactsPanel } from './contactsPanel';
import { createDoc } from './doc';
import { btn, el } from './dom';
import { injectsPanel } from './injectsTable';
import { cellsOf } from './mapModel';
import { mapTab } from './mapTab';
import { objectivesPanel } from './objectivesPanel';
import { saveText } from './save';
import { mountTextView, type TextView } from './textView';

const TABS = ['Map', 'Contacts', 'Injects', 'Objectives', 'Briefing', 'Checks'] as const;
type Tab = (typeof TABS)[number];

/** Each tab's name as shown (its id stays English). */
const TAB_NAME: Record<Tab, () => string> = {
  Map: () => t('studio:tabs.map'),
  Contacts: () => t('studio:tabs.contacts'),
  Injects: () => t('studio:tabs.injects'),
  Objectives: () => t('studio:tabs.objectives'),
  Briefing: () => t('studio:tabs.briefing'),
  Checks: () => t('studio:tabs.checks'),
};

/** Redraws a panel keeping the keyboard focus on the same control (found again by its label). */
function keepingFocus(box: HTMLElement, draw: () => void): void {
  const active = document.activeElement;
  const label = active instanceof HTMLElement && box.contains(active) ? active.getAttribute('aria-label') : null;
  draw();
  if (label) (box.querySelector(`[aria-label="${CSS.escape(label)}"]`) as HTMLElement | null)?.focus();
}

function newDraftId(): string {
  return `d${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Mounts the studio on `opened` in `root`; returns a function that unmounts it. */
export function mountStudio(root: HTMLElement, opened: StudioDocument): () => void {
  const draftId = opened.draftId ?? newDraftId();
  keepStudioDocument({ draftId });
  const drafts = createDrafts(idbStore(), { delayMs: 400 });
  const status = el('p', { class: 'studio-status', role: 'status', 'aria-live': 'polite' });
  const tell = (text: string) => {
    status.textContent = text;
  };
  const mapState = { tMs: 0, contact: null as string | null };
  let text: TextView | null = null;
  const doc = createDoc(opened.text, (next) => text?.replaceWith(next, 'input.studio'));
  const edit = (e: Parameters<typeof doc.edit>[0]) => {
    const why = doc.edit(e);
    tell(why ? t('studio:notMade', { why }) : '');
  };
  const reveal = (p: Problem) => text?.reveal(p.line, p.column);

  const checks = checksPanel(reveal);
  const map = mapTab(edit, tell, mapState);
  const contacts = contactsPanel(
    edit,
    () => mapState.tMs,
    () => mapState.contact,
    (id) => {
      mapState.contact = id;
    },
  );
  const injects = injectsPanel(edit, () => mapState.tMs);
  const objectives = objectivesPanel(edit);
  const briefing = briefingPanel(edit);
  const panels: Record<Tab, HTMLElement> = {
    Map: map.box,
    Contacts: contacts.box,
    Injects: injects.box,
    Objectives: objectives.box,
    Briefing: briefing.box,
    Checks: checks.box,
  };
  const tabBar = el('div', { class: 'studio-tabs', role: 'tablist', 'aria-label': t('studio:mapAndLists') });
  const tabButtons = TABS.map((tab) => {
    const b = btn(TAB_NAME[tab](), () => show(tab), {
      role: 'tab',
      id: `studio-tab-${tab}`,
      'aria-controls': `studio-panel-${tab}`,
    });
    tabBar.append(b);
    return b;
  });
  const panelHost = el('div', { class: 'studio-panels' });
  for (const tab of TABS) {
    panels[tab].id = `studio-panel-${tab}`;
    panels[tab].setAttribute('role', 'tabpanel');
    panels[tab].setAttribute('aria-labelledby', `studio-tab-${tab}`);
    panels[tab].tabIndex = 0;
    panelHost.append(panels[tab]);
  }
  function show(tab: Tab): void {
    TABS.forEach((other, i) => {
      panels[other].hidden = other !== tab;
      tabButtons[i].setAttribute('aria-selected', String(other === tab));
      tabButtons[i].tabIndex = other === tab ? 0 : -1;
    });
  }
  tabBar.addEventListener('keydown', (e) => {
    const i = tabButtons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0 || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
    const next = (i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    show(TABS[next]);
    tabButtons[next].focus();
  });
  show('Map');

  const undo = btn(t('studio:bar.undo'), () => doc.undo(), { title: t('studio:bar.undoTitle') });
  const redo = btn(t('studio:bar.redo'), () => doc.redo(), { title: t('studio:bar.redoTitle') });
  const title = el('h1', {}, t('studio:bar.studio'));
  const save = async () => tell(await saveText(opened.name, doc.text(), opened.handle));
  const play = (facilitator: boolean) => {
    const m = doc.model();
    if (!m.scenario) {
      tell(t('studio:fixFirst'));
      show('Checks');
      return;
    }
    void drafts.flush();
    keepStudioDocument({ text: doc.text() });
    playFromStudio(opened.name, doc.text(), facilitator);
  };
  const textHost = el('section', { class: 'studio-text', 'aria-label': t('studio:textSide') });
  root.append(
    el(
      'div',
      { class: 'studio' },
      el(
        'header',
        { class: 'studio-bar' },
        title,
        el('span', { class: 'file-name' }, opened.name),
        undo,
        redo,
        btn(t('studio:bar.save'), () => void save(), { title: t('studio:bar.saveTitle') }),
        btn(t('studio:bar.play'), () => play(false), { class: 'primary' }),
        btn(t('studio:bar.facilitator'), () => play(true)),
        btn(t('studio:bar.close'), () => {
          void drafts.flush();
          closeStudio();
        }),
      ),
      el('div', { class: 'studio-checkrow' }, checks.summary, status),
      el(
        'div',
        { class: 'studio-cols' },
        textHost,
        el('section', { class: 'studio-visual', 'aria-label': t('studio:mapAndLists') }, tabBar, panelHost),
      ),
    ),
  );

  const playtester = createPlaytester({
    onReport: (report) => checks.playtest(report),
    onBusy: (on) => checks.busy(on),
  });
  let lastTitle = '';
  const drawModel = (m: StudioModel) => {
    if (m.partial.readable || m.partial.title) lastTitle = m.partial.title;
    title.textContent = t('studio:bar.title', { title: lastTitle || t('studio:bar.untitled') });
    checks.problems(m.problems);
    text?.showProblems(m.problems);
    const marks = placeProblems(m.partial, m.problems).flatMap(({ problem, cells }) =>
      cellsOf(cells).map((cell) => ({ cell, severity: problem.severity, message: problem.message })),
    );
    map.draw(m.partial, m.scenario, marks);
    keepingFocus(contacts.box, () => contacts.draw(m.partial));
    keepingFocus(injects.box, () => injects.draw(m.partial));
    keepingFocus(objectives.box, () => objectives.draw(m.partial));
    keepingFocus(briefing.box, () => briefing.draw(m.partial));
    undo.disabled = !doc.canUndo();
    redo.disabled = !doc.canRedo();
    playtester.request(m.text);
  };
  const offModel = doc.onModel(drawModel);
  const offText = doc.onText((next) => {
    undo.disabled = !doc.canUndo();
    redo.disabled = !doc.canRedo();
    keepStudioDocument({ text: next });
    drafts.saveSoon({
      id: draftId,
      title: doc.model().partial.title || opened.name,
      text: next,
      origin: opened.origin,
    });
  });
  text = mountTextView(textHost, opened.text, { changed: (next) => doc.typed(next), undo: doc.undo, redo: doc.redo });
  drawModel(doc.model());

  const keys = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    const inField = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (mod && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void save();
    } else if (mod && !inField && !text?.view.hasFocus && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      if (e.shiftKey) doc.redo();
      else doc.undo();
    } else if (mod && !inField && !text?.view.hasFocus && e.key.toLowerCase() === 'y') {
      e.preventDefault();
      doc.redo();
    }
  };
  const flush = () => void drafts.flush();
  document.addEventListener('keydown', keys);
  addEventListener('pagehide', flush);
  return () => {
    void drafts.flush();
    document.removeEventListener('keydown', keys);
    removeEventListener('pagehide', flush);
    offModel();
    offText();
    playtester.dispose();
    doc.destroy();
    text?.destroy();
  };
}
