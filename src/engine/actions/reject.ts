/** Building rejections: the value an action handler returns when it refuses. */
import type { Rejection, RejectionCode } from '../types';

/** A rejection with its code and a message the UI can show. */
export function reject(code: RejectionCode, message: string): Rejection {
  return { rejected: code, message };
}
