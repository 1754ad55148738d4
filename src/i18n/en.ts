/** The English, the default and the fallback: bundled with the app. */

import aar from './locales/en/aar.json';
import access from './locales/en/access.json';
import app from './locales/en/app.json';
import classroom from './locales/en/classroom.json';
import cli from './locales/en/cli.json';
import engine from './locales/en/engine.json';
import layout from './locales/en/layout.json';
import scenario from './locales/en/scenario.json';
import scoring from './locales/en/scoring.json';
import studio from './locales/en/studio.json';
import type { Catalog, Namespace } from './namespaces';

export const EN: Record<Namespace, Catalog> = {
  app,
  aar,
  access,
  layout,
  classroom,
  studio,
  scoring,
  scenario,
  cli,
  engine,
};
