/** The playtest Web Worker: plays each text it is sent and answers twice (scores, then everything) with the request's id. */
import { answers, type PlaytestRequest, type PlaytestResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PlaytestRequest>) => void) | null;
  postMessage(message: PlaytestResponse): void;
};
scope.onmessage = (e) => {
  for (const response of answers(e.data)) scope.postMessage(response);
};
