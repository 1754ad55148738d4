/** The playtest Web Worker: plays each text it is sent and answers with the request's id. */
import { answer, type PlaytestRequest, type PlaytestResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PlaytestRequest>) => void) | null;
  postMessage(message: PlaytestResponse): void;
};
scope.onmessage = (e) => scope.postMessage(answer(e.data));
