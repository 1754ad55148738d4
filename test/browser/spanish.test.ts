/**
 * The trainee app in Spanish: a browser whose language is Spanish opens the app in Spanish, plays a built-in scenario
 * to its debrief with no English left in the screens' own texts, and the language setting switches back to English
 * and keeps it over a reload. Screenshots of each screen in Spanish go to /work/wt/shots/i18n-ui/ when it exists.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { collectErrors } from './chromium';
import { noErrors, openPage, SIZES, useBrowser } from './helpers';

const browser = useBrowser();
const SHOTS = existsSync('/work/wt/shots') ? '/work/wt/shots/i18n-ui' : 'test-results/screenshots/spanish';

/**
 * English phrases of the app's own texts (not of scenarios, nor of the scores' sentences, which another part of the
 * app words): none may show while the app is in Spanish.
 */
const ENGLISH = [
  'Scenario library',
  'Open briefing',
  'Your own scenario',
  'Open scenario file',
  'Settings',
  'Default speed',
  'Sound cues',
  'Your results',
  'Join a class',
  'Notice small drones',
  'Colour-blind',
  'Learning record store',
  'Open run file',
  'Back to library',
  'Authorized flights',
  'Reporting',
  'Objectives',
  'Situation',
  'Mission',
  'None announced',
  'White line',
  'Skip to end',
  'Team posture',
  'Emissions',
  'Devices OFF',
  'Devices ON',
  'Take cover',
  'Messages',
  'Reports filed',
  'Tracks',
  'No focus',
  'Focus sector',
  'Clock',
  'Running',
  'Help ?',
  'Facilitator view',
  'Message log',
  'Classification of',
  'Send report',
  'Send on',
  'Size of each',
  'Direction of travel',
  'Operator location',
  'Time first seen',
  'Prefilled with',
  'Keyboard',
  'Map key',
  'Close help',
  'Pause or resume',
  'Arrow keys',
  'A faded counter',
  'Debrief',
  'Play again',
  'Print report',
  'Timeline',
  'Exports',
  'Strengths',
  'Areas for improvement',
  'Replay',
  'Download run',
  'Score card',
  'Results history',
  'Overall score',
  'Passed',
  'Not passed',
  'pass mark',
  'Capabilities and objectives',
  'What happened',
  'Performed without',
  'Trainee',
  'Next time',
];

/** Button texts that are English words a scenario may also use in its own texts: checked on buttons only. */
const ENGLISH_BUTTONS = ['Start', 'Pause', 'Resume', 'Leave', 'Edit', 'Dismiss', 'Acknowledge', 'Classify', 'Close'];

/** The English phrases found in the page's visible text, its labels, titles and placeholders, and its buttons. */
async function englishOn(page: Page): Promise<string[]> {
  const { text, buttons } = await page.evaluate(() => {
    const attrs = Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]')).flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    const options = Array.from(document.querySelectorAll('option')).map((o) => o.textContent ?? '');
    const shown = Array.from(document.querySelectorAll('button')).filter((b) => b.checkVisibility());
    return {
      // biome-ignore lint/performance/useDomNodeTextContent: what is checked is the text shown, as laid out
      text: [document.body.innerText, ...attrs, ...options].join('\n'),
      buttons: shown.map((b) => (b.textContent ?? '').trim()),
    };
  });
  const found = ENGLISH.filter((phrase) => new RegExp(`\\b${phrase.replace(/[?]/g, '\\?')}`).test(text));
  return [...found, ...ENGLISH_BUTTONS.filter((word) => buttons.includes(word)).map((word) => `button ${word}`)];
}

async function look(page: Page, name: string): Promise<void> {
  await expect(englishOn(page)).resolves.toEqual([]);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('a Spanish browser plays in Spanish to the debrief; the setting switches back to English and keeps it', async () => {
  const context = await browser().newContext({ viewport: SIZES[0], locale: 'es-ES', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${inject('appUrl')}?speed=32`);
    await page.getByRole('heading', { name: 'Biblioteca de escenarios' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await expect(page.getByLabel('Idioma').locator('option').first().textContent()).resolves.toBe(
      'Idioma del navegador (Español)',
    );
    await look(page, 'library');

    await page
      .locator('article[aria-labelledby="card-first-watch"]')
      .getByRole('button', { name: /^Abrir instrucciones/ })
      .click();
    await page.getByRole('heading', { name: 'Objetivos' }).waitFor();
    await look(page, 'briefing');

    await page.getByRole('button', { name: 'Comenzar' }).click();
    await page.getByLabel('Reloj', { exact: true }).waitFor();
    await expect.poll(() => page.locator('.hud .status').textContent()).toMatch(/^En marcha \d+×$/);
    await page.keyboard.press('?');
    await page.getByRole('heading', { name: 'Leyenda del mapa' }).waitFor();
    await look(page, 'help');
    await page.keyboard.press('Escape');

    // Plays on until something is in sight, then marks it and opens the report form for it.
    await expect
      .poll(
        async () => {
          await page.keyboard.press('i');
          return page.locator('.readout').textContent();
        },
        { timeout: 60_000, interval: 250 },
      )
      .toContain('hay algo aquí');
    await page.getByRole('button', { name: 'Pausa', exact: true }).click();
    await page.keyboard.press('m');
    await page.getByRole('button', { name: /^Pista T1/, pressed: true }).waitFor();
    await page.keyboard.press('r');
    await page.getByRole('button', { name: 'Enviar reporte' }).waitFor();
    await look(page, 'play-report');
    await page.getByRole('button', { name: 'Cerrar', exact: true }).click();
    await page.keyboard.press('g');
    await page.getByRole('heading', { name: 'Vista del facilitador: no para el alumno' }).waitFor();
    await look(page, 'play-facilitator');
    await page.keyboard.press('g');
    await page.getByRole('button', { name: 'Salir', exact: true }).click();
    await page.getByRole('heading', { name: '¿Abandonar esta partida?' }).waitFor();
    await look(page, 'play-leave');
    await page.getByRole('button', { name: 'Seguir jugando' }).click();

    await page.getByRole('button', { name: 'Saltar al final' }).click();
    await page.getByRole('heading', { name: /^Informe: / }).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Cronología' }).waitFor();
    await look(page, 'debrief');

    await page.getByRole('button', { name: 'Volver a la biblioteca' }).click();
    await page.getByRole('button', { name: /^Reabrir el informe: / }).waitFor();
    await look(page, 'library-results');
    await page.getByLabel('Idioma').focus();
    await page.getByLabel('Idioma').selectOption('en');
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('language-select');
    await page.reload();
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await expect(page.getByLabel('Language').inputValue()).resolves.toBe('en');
    await expect(page.getByLabel('Language').locator('option').first().textContent()).resolves.toBe(
      'Browser language (Español)',
    );
    noErrors(errors);
  } finally {
    await context.close();
  }
});

test('?lang=es opens an English browser in Spanish', async () => {
  const { page, errors } = await openPage(browser(), `${inject('appUrl')}?lang=es`);
  await page.getByRole('heading', { name: 'Biblioteca de escenarios' }).waitFor();
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
  noErrors(errors);
});
