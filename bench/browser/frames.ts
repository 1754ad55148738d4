/** Frame-time sampling shared by the bench pages: median ms between animation frames. */

declare global {
  interface Window {
    /** Set once the page has drawn its first frame. */
    benchReady?: boolean;
    /** Samples frame deltas for `ms` and resolves with their median. */
    benchFrames?: (ms: number) => Promise<number>;
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
        else {
          deltas.sort((a, b) => a - b);
          resolve(deltas[Math.floor(deltas.length / 2)]);
        }
      };
      requestAnimationFrame(tick);
    });
}
