/** The playtest Web Worker: plays each text it is sent, in the page's language, and answers twice (scores, then everything) with the request's id. */
import { setLanguage } from '../../i18n';
import { answers, type PlaytestRequest, type PlaytestResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PlaytestRequest>) => void) | null;
  postMessage(message: PlaytestResponse): void;
};
scope.onmessage = async (e) => {
  await setLanguage(e.data.language ?? 'en');
  for (const response of answers(e.data)) scope.postMessage(response);
};
