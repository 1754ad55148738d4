/** The authoring studio's non-visual core: edits, model, history, playtest, drafts and templates. */
export * from './drafts';
export * from './edits';
export * from './history';
export { idbStore } from './idbStore';
export { modelOf, type StudioModel } from './model';
export * from './partial';
export * from './places';
export * from './playtest';
export * from './scrub';
export * from './templates';
