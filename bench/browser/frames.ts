/** Frame-time sampling shared by the bench pages: the ms between animation frames over a sample. */

declare global {
  interface Window {
    /** Set once the page has drawn its first frame. */
    benchReady?: boolean;
    /** Samples for `ms` and resolves with every delta between animation frames. */
    benchFrames?: (ms: number) => Promise<number[]>;
  }
}

/** Installs window.benchFrames. */
export function installFrameSampler(): void {
  window.benchFrames = (ms: number) =>
    new Promise((resolve) => {
      const deltas: number[] = [];
      const start = performance.now();
      let last = start;
      const tick = (now: number) => {
        deltas.push(now - last);
        last = now;
        if (now - start < ms) requestAnimationFrame(tick);
        else resolve(deltas);
      };
      requestAnimationFrame(tick);
    });
}
