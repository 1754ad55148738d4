/**
 * The studio and the classroom in Spanish, in real Chromium with the browser's language set to es-ES: the app picks
 * Spanish at start-up (`setLanguage(pickLanguage(navigator.languages))` in src/main.ts). The studio, the class
 * console, the join screen, a seat's status line and the class debrief show their Spanish words and none of a list of
 * their English ones. Screenshots go to test-results/screenshots/es-*.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { collectErrors } from './chromium';
import { type ClassServer, startClassServer } from './classServer';
import { closePages, noErrors, SIZES, shot, useBrowser } from './helpers';

const browser = useBrowser();
const opened: { close(): Promise<void> }[] = [];

/** A page in a fresh context whose browser language is Spanish (Spain). */
async function openSpanish(url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext({ viewport: SIZES[0], locale: 'es-ES', serviceWorkers: 'block' });
  opened.push(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  return { page, errors };
}

/**
 * What a person can read or hear in a part of the page (hidden panels included): its text, labels, titles and
 * placeholders. Left out: text inside `skip` (the scenario's own words: the editor, the timeline, problems) and
 * text directly in `own` (an inject's or a contact's words beside the app's button or numbers).
 */
async function words(page: Page, selector: string, skip = '', own = ''): Promise<string> {
  return page.locator(selector).evaluate(
    (root, [skipSel, ownSel]) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || (skipSel && parent.closest(skipSel)) || (ownSel && parent.matches(ownSel))) continue;
        out.push(n.textContent ?? '');
      }
      for (const e of Array.from(root.querySelectorAll('[aria-label], [title], [placeholder]'))) {
        if (skipSel && e.closest(skipSel)) continue;
        for (const a of ['aria-label', 'title', 'placeholder']) out.push(e.getAttribute(a) ?? '');
      }
      return out.join('\n');
    },
    [skip, own] as const,
  );
}

const STUDIO_SKIP = '.cm-editor, .timeline, .problem-list';

/** Buttons, tabs and table headers in `selector` whose words do not fit them, and whether the page scrolls sideways. */
async function cramped(page: Page, selector: string): Promise<{ clipped: string[]; overflow: boolean }> {
  return page.evaluate((sel) => {
    const clipped = Array.from(document.querySelectorAll(sel))
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent ?? '');
    return { clipped, overflow: document.documentElement.scrollWidth > window.innerWidth };
  }, selector);
}

/** The English words of a screen that must not be left over in Spanish (whole words or phrases, case-sensitive). */
function leftovers(text: string, english: readonly string[]): string[] {
  return english.filter((w) =>
    new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text),
  );
}

const STUDIO_ENGLISH = [
  'Undo',
  'Redo',
  'Save',
  'Play from here',
  'Facilitator preview',
  'Close',
  'Map and lists',
  'Contacts',
  'Injects',
  'Objectives',
  'Briefing',
  'Checks',
  'Paint',
  'Perimeter',
  'Path',
  'Terrain',
  'Scenario time',
  'Time',
  'No problems',
  'Scores',
  'Policy',
  'Playability warnings',
  'Timeline of the perfect run',
  'Studio',
  'Add drone',
  'Add message',
  'Add probe',
  'No injects yet.',
  'Text and rule',
  'Weight',
  'Situation',
  'Mission',
  'Instructor notes',
  'Drag over cells',
  'Scenario text',
  'perfect',
  'observer',
  'passes',
  'fails',
];

const CLASS_ENGLISH = [
  'Join code',
  'Join at',
  'Class controls',
  'Start',
  'End class',
  'Pause everyone',
  'Trainees',
  'Trainee',
  'Connected',
  'Their time',
  'Tracks marked',
  'Score so far',
  'Posture',
  'Devices',
  'Contact',
  'Spotted',
  'Reported',
  'Took cover in time',
  'The room’s picture',
  'Optional injects',
  'Fire',
  'class time',
  'Waiting to start',
  'Running',
  'not asked',
];

let server: ClassServer | null = null;
let base = '';

beforeAll(async () => {
  server = await startClassServer('es-class');
  base = server.base;
});

afterAll(async () => {
  for (const c of opened.splice(0)) await c.close();
  await closePages();
  await server?.stop();
});

test('the studio speaks Spanish: bar, tabs, map tools, lists, briefing and checks', { timeout: 120_000 }, async () => {
  const { page, errors } = await openSpanish(inject('appUrl'));
  await page.getByRole('heading', { name: 'Escribir un escenario' }).waitFor();
  await page.getByLabel('Empezar desde').selectOption('12x8');
  await page.getByRole('button', { name: 'Nuevo escenario' }).click();
  await page.getByRole('tab', { name: 'Mapa' }).waitFor();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Estudio: New scenario');
  await expect
    .poll(() => page.getByLabel('Puntuaciones de las estrategias').textContent(), { timeout: 30_000 })
    .toMatch(/^Puntuaciones: perfecta \d+ · observadora \d+ · adivina \d+ · inactiva \d+$/);
  await shot(page, 'es-studio-map');
  const seen: string[] = [await words(page, '.studio', STUDIO_SKIP)];
  for (const [tab, ready] of [
    ['Contactos', 'Añadir dron'],
    ['Inyecciones', 'Añadir mensaje'],
    ['Objetivos', 'Añadir objetivo: Detectar'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('button', { name: ready }).click();
    await page.waitForTimeout(300);
    seen.push(await words(page, '.studio', STUDIO_SKIP));
    await shot(page, `es-studio-${tab.toLowerCase()}`);
  }
  await page.getByRole('tab', { name: 'Instrucciones' }).click();
  await page.getByLabel('Situación').waitFor();
  seen.push(await words(page, '.studio', STUDIO_SKIP));
  await shot(page, 'es-studio-instrucciones');
  await page.getByRole('tab', { name: 'Revisión' }).click();
  await expect
    .poll(() => page.getByRole('table', { name: 'Puntuaciones de las cuatro estrategias' }).textContent())
    .toMatch(/Perfecta/);
  seen.push(await words(page, '.studio', STUDIO_SKIP));
  await shot(page, 'es-studio-revision');
  await page.setViewportSize(SIZES[1]);
  await page.getByRole('tab', { name: 'Mapa' }).click();
  await shot(page, 'es-studio-map');
  expect(await cramped(page, '.studio button, .studio th, .studio label')).toEqual({ clipped: [], overflow: false });
  const text = seen.join('\n');
  for (const spanish of [
    'Deshacer',
    'Guardar',
    'Jugar desde aquí',
    'Vista del facilitador',
    'Pintar',
    'Perímetro',
    'Hora del escenario',
    'Texto y regla',
    'Notas del instructor',
    '¿Es lo esperado?',
  ]) {
    expect(text).toContain(spanish);
  }
  expect(leftovers(text, STUDIO_ENGLISH)).toEqual([]);
  noErrors(errors);
});

test('the class console, the join screen, a seat and the class debrief speak Spanish', {
  timeout: 150_000,
}, async () => {
  const { page: teacher, errors } = await openSpanish(`${base}/?classroom=instructor`);
  await teacher.getByRole('heading', { name: 'Dirigir una clase' }).waitFor();
  await shot(teacher, 'es-class-create');
  expect(
    leftovers(await words(teacher, '.classroom'), [
      'Run a class',
      'Create a class',
      'Built-in scenario',
      'Create class',
      'Or create it',
    ]),
  ).toEqual([]);
  await teacher.getByLabel('Escenario incluido').selectOption('full-shift.json');
  await teacher.getByRole('button', { name: 'Crear la clase' }).click();
  const codeBox = teacher.getByLabel('Código para unirse');
  await expect.poll(() => codeBox.textContent()).toMatch(/^[A-Z2-9]{6}$/);
  const code = (await codeBox.textContent()) ?? '';

  const { page: seat, errors: seatErrors } = await openSpanish(`${base}/?join=${code}`);
  await seat.getByRole('heading', { name: 'Unirse a una clase' }).waitFor();
  await expect.poll(() => seat.getByLabel('Código de la clase').inputValue()).toBe(code);
  await shot(seat, 'es-class-join');
  expect(
    leftovers(await words(seat, '.classroom'), [
      'Join a class',
      'Class code',
      'Your name',
      'Join',
      'Back to the library',
      'Type the code',
    ]),
  ).toEqual([]);
  await seat.getByRole('button', { name: 'Unirse' }).click();
  await expect.poll(() => seat.locator('.join-error').textContent()).toBe('Escribe tu nombre (de 1 a 40 caracteres).');
  await seat.getByLabel('Tu nombre').fill('Lucía');
  await seat.getByRole('button', { name: 'Unirse' }).click();
  await expect.poll(() => seat.locator('.seat-status').textContent()).toBe('Esperando a que el instructor empiece');
  await expect.poll(() => seat.locator('.seat-who').textContent()).toBe(`Clase ${code} · Lucía`);

  await expect.poll(() => teacher.getByRole('table', { name: /^Alumnos/ }).textContent()).toMatch(/Lucía/);
  await teacher.getByRole('button', { name: 'Empezar' }).click();
  await expect.poll(() => teacher.locator('.phase').textContent()).toMatch(/^En marcha · hora de la clase /);
  await expect.poll(() => seat.locator('.seat-status').textContent()).toBe('En marcha con la clase');
  await shot(teacher, 'es-class-console');
  await teacher.setViewportSize(SIZES[1]);
  await shot(teacher, 'es-class-console');
  expect(await cramped(teacher, '.classroom button, .classroom th')).toEqual({ clipped: [], overflow: false });
  await shot(seat, 'es-class-seat');
  const consoleText = await words(teacher, '.classroom', '', '.injects li, table.contacts td:first-child');
  expect(await words(seat, '.seat-bar')).not.toMatch(/Class|Running|Waiting/);
  await expect
    .poll(() => teacher.locator('table.contacts tbody td:nth-child(2)').allTextContents())
    .toEqual(expect.arrayContaining(['0 de 1']));
  for (const spanish of [
    'Código para unirse',
    'Controles de la clase',
    'Trazas marcadas',
    'Puntuación hasta ahora',
    'A cubierto a tiempo',
    'Inyecciones opcionales',
    'Lanzar',
  ]) {
    expect(consoleText).toContain(spanish);
  }
  expect(leftovers(consoleText, CLASS_ENGLISH)).toEqual([]);

  await teacher.getByRole('button', { name: 'Pausar a todos' }).click();
  await expect.poll(() => seat.locator('.seat-status').textContent()).toBe('En pausa por el instructor');
  await teacher.getByRole('button', { name: 'Terminar la clase' }).click();
  await teacher.getByRole('button', { name: 'Sí, terminar la clase' }).click();
  const debrief = teacher.getByRole('heading', { name: 'Informe de la clase: A full shift' });
  await debrief.waitFor({ timeout: 30_000 });
  await expect
    .poll(() => teacher.locator('.class-debrief .meta').textContent())
    .toMatch(/^Clase [A-Z2-9]{6} · 1 alumno · 0 aprobados · puntuación media \d+(,\d)? /);
  const misses = await teacher.locator('ol.misses li').allTextContents();
  expect(misses.length).toBeGreaterThan(0);
  for (const miss of misses) expect(miss).toMatch(/^1 de 1 (nunca |no |se |[a-zá-ú]+(ó|aron) )/);
  await shot(teacher, 'es-class-debrief');
  const debriefText = await words(teacher, '.class-debrief', 'ol.misses, .ratings tbody th, .answers');
  for (const spanish of [
    'Fallos más comunes',
    'Calificaciones por objetivo',
    'Informe y repetición',
    'Resultados de la clase (CSV)',
  ]) {
    expect(debriefText).toContain(spanish);
  }
  expect(
    leftovers(debriefText, [
      'Commonest misses',
      'Ratings per objective',
      'Trainees',
      'Not passed',
      'Debrief and replay',
      'Run file',
      'Exports',
      'Print',
      'mean score',
      'passed',
    ]),
  ).toEqual([]);
  noErrors(errors);
  noErrors(seatErrors);
});
