/** The studio's edits: map and list changes applied to the scenario text in place. */
export { applyEdit, applyEdits } from './apply';
export { compact, detectStyle, render, type TextStyle } from './style';
export { insertElement, removeValue, setValue } from './text';
export * from './types';
