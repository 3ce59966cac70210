/**
 * Reads the page's main content aloud with the browser's own speech synthesis, block by block (headings,
 * paragraphs, list items, labels, table cells), and highlights the block being read. Loaded only when the resident
 * presses "Lees voor" (dynamic import), so pages do not carry it.
 */
export const READING_CLASS = "ttv-wordt-voorgelezen";

const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,legend,label,blockquote,figcaption,summary,caption";

/** The blocks of `root` to read, in document order: visible, with text, not inside another block that is read. */
export function readableBlocks(root: Element): HTMLElement[] {
  const all = Array.from(root.querySelectorAll<HTMLElement>(BLOCKS));
  const chosen: HTMLElement[] = [];
  for (const el of all) {
    if (el.closest("[aria-hidden='true'],[data-niet-voorlezen],.sr-only,template,script,style")) continue;
    if (chosen.some((c) => c.contains(el))) continue;
    const text = (el.innerText ?? el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!text) continue;
    if (el.getClientRects().length === 0) continue;
    chosen.push(el);
  }
  return chosen;
}

export interface Reading {
  pause(): void;
  resume(): void;
  stop(): void;
}

/** Starts reading; `onEnd` is called when everything was read or reading stopped. */
export function startReading(root: Element, voice: SpeechSynthesisVoice, onEnd: () => void): Reading {
  const synth = window.speechSynthesis;
  const blocks = readableBlocks(root);
  let index = 0;
  let stopped = false;
  let current: HTMLElement | null = null;

  const unmark = () => {
    current?.classList.remove(READING_CLASS);
    current = null;
  };
  const finish = () => {
    unmark();
    onEnd();
  };
  const next = () => {
    unmark();
    if (stopped) return;
    const el = blocks[index++];
    if (!el) {
      finish();
      return;
    }
    current = el;
    el.classList.add(READING_CLASS);
    el.scrollIntoView({ block: "nearest" });
    const utterance = new SpeechSynthesisUtterance((el.innerText ?? el.textContent ?? "").replace(/\s+/g, " ").trim());
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    utterance.onend = () => next();
    utterance.onerror = () => next();
    synth.speak(utterance);
  };

  synth.cancel();
  next();
  return {
    pause: () => synth.pause(),
    resume: () => synth.resume(),
    stop: () => {
      stopped = true;
      synth.cancel();
      finish();
    },
  };
}
