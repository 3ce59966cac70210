"use client";

import { useEffect, useRef, useState } from "react";
import type { Reading } from "./read-aloud-engine";

export interface ReadAloudTexts {
  read: string;
  pause: string;
  resume: string;
  stop: string;
}

/** A voice of the device that speaks `lang` ("nl" matches "nl-NL" and "nl-BE"), or null. */
function voiceFor(lang: string): SpeechSynthesisVoice | null {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return null;
  const base = lang.toLowerCase().split("-")[0];
  const voices = window.speechSynthesis.getVoices();
  return voices.find((v) => v.lang.toLowerCase().replace("_", "-").split("-")[0] === base && v.localService) ??
    voices.find((v) => v.lang.toLowerCase().replace("_", "-").split("-")[0] === base) ??
    null;
}

/**
 * "Lees voor": reads the page's main content (#inhoud) in the page's language with the browser's speech synthesis,
 * with pause and stop; the block being read is highlighted. Shown only when the device has a voice for the language
 * (nothing is rendered on the server or without one). The reading code itself is loaded on the first press.
 */
export function ReadAloud({ lang, texts }: { lang: string; texts: ReadAloudTexts }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [state, setState] = useState<"idle" | "reading" | "paused">("idle");
  const reading = useRef<Reading | null>(null);

  useEffect(() => {
    if (!("speechSynthesis" in window)) return;
    const update = () => setVoice(voiceFor(lang));
    update();
    window.speechSynthesis.addEventListener?.("voiceschanged", update);
    return () => {
      window.speechSynthesis.removeEventListener?.("voiceschanged", update);
      reading.current?.stop();
    };
  }, [lang]);

  if (!voice) return null;

  async function start() {
    const root = document.getElementById("inhoud");
    if (!root || !voice) return;
    const { startReading } = await import("./read-aloud-engine");
    setState("reading");
    reading.current = startReading(root, voice, () => {
      reading.current = null;
      setState("idle");
    });
  }

  const button =
    "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border-2 border-brand-700 bg-white px-4 py-1 text-base font-semibold text-brand-800 hover:bg-brand-50";
  return (
    <div className="flex flex-wrap items-center gap-2" data-niet-voorlezen>
      {state === "idle" ? (
        <button type="button" className={button} onClick={start}>
          <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" className="shrink-0">
            <path d="M3 8h3l4-4v12l-4-4H3z" fill="currentColor" />
            <path d="M13 6.5a5 5 0 0 1 0 7M15.5 4a8.5 8.5 0 0 1 0 12" stroke="currentColor" strokeWidth="1.6" fill="none" />
          </svg>
          {texts.read}
        </button>
      ) : (
        <>
          {state === "reading" ? (
            <button type="button" className={button} onClick={() => { reading.current?.pause(); setState("paused"); }}>
              {texts.pause}
            </button>
          ) : (
            <button type="button" className={button} onClick={() => { reading.current?.resume(); setState("reading"); }}>
              {texts.resume}
            </button>
          )}
          <button type="button" className={button} onClick={() => reading.current?.stop()}>
            {texts.stop}
          </button>
        </>
      )}
    </div>
  );
}
