/** The Spanish: loaded only when chosen (its own chunk in the build). */

import aar from './locales/es/aar.json';
import access from './locales/es/access.json';
import app from './locales/es/app.json';
import classroom from './locales/es/classroom.json';
import cli from './locales/es/cli.json';
import engine from './locales/es/engine.json';
import layout from './locales/es/layout.json';
import scenario from './locales/es/scenario.json';
import scoring from './locales/es/scoring.json';
import studio from './locales/es/studio.json';
import type { Catalog, Namespace } from './namespaces';

export const ES: Record<Namespace, Catalog> = {
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
