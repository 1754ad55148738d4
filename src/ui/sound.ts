/** A short, quiet tone for new messages when the trainee turned sound on. */

let context: AudioContext | null = null;

/** Plays a short beep; does nothing where the browser has no Web Audio. */
export function beep(): void {
  try {
    context ??= new AudioContext();
    const osc = context.createOscillator();
    const gain = context.createGain();
    gain.gain.value = 0.05;
    osc.frequency.value = 880;
    osc.connect(gain).connect(context.destination);
    osc.start();
    osc.stop(context.currentTime + 0.12);
  } catch {
    context = null;
  }
}
