/**
 * Vocabulary codes inside debrief sentences, in the current language: English keeps the code as written
 * ("suspicious small multirotor", turned into plain words on screen), other languages give their own word.
 */
import { t } from '../i18n';

/** The kinds of code a debrief sentence may name. */
export type WordKind =
  | 'truth'
  | 'groundTruth'
  | 'size'
  | 'type'
  | 'kind'
  | 'assessment'
  | 'posture'
  | 'channel'
  | 'status'
  | 'emission'
  | 'light'
  | 'visibility'
  | 'wind';

/** A vocabulary code as a debrief sentence names it; the code itself when the catalog has no word for it. */
export function word(kind: WordKind, code: string): string {
  return t(`scoring:words.${kind}.${code}`, { defaultValue: code });
}
