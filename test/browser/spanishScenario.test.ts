/** A browser in Spanish sees a translated built-in's library card and briefing in Spanish, and English ones as written. */
import { expect, inject, test } from 'vitest';
import { collectErrors } from './chromium';
import { noErrors, SIZES, useBrowser } from './helpers';

const browser = useBrowser();

test('with the browser in Spanish, the guided introduction is briefed in Spanish', async () => {
  const context = await browser().newContext({ viewport: SIZES[0], locale: 'es-ES', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${inject('appUrl')}`);
    await expect.poll(() => page.locator('body').textContent()).toContain('Introducción guiada');
    const library = (await page.locator('body').textContent()) ?? '';
    expect(library).toContain('Primera guardia');
    expect(library).toContain('Una mañana tranquila en el Puesto Alfa');
    expect(library).not.toContain('Guided introduction');
    await page.screenshot({ path: '/work/wt/shots/i18n-score/library-es.png', fullPage: true });
    await page
      .getByRole('button', { name: /Introducción guiada/ })
      .first()
      .click();
    await expect.poll(() => page.locator('body').textContent()).toContain('Es el observador del Puesto Alfa');
    const briefing = (await page.locator('body').textContent()) ?? '';
    expect(briefing).toContain('Pause cuando quiera con la barra espaciadora');
    expect(briefing).toContain('Marcar cada contacto en vuelo en menos de un minuto y medio');
    expect(briefing).not.toContain('You are the observer at Post Alpha');
    await page.screenshot({ path: '/work/wt/shots/i18n-score/briefing-es.png', fullPage: true });
    noErrors(errors);
  } finally {
    await context.close();
  }
});
