"use client";

import { useEffect, useRef } from "react";

/** Where each field's error points to (the first radio of the pickup days has its own id). */
const TARGET: Record<string, string> = { pickupDate: "dagen", monitoringAgreed: "monitoringAgreed-ja" };

/** The summary's words in the resident's language: its two titles and the names of the fields. */
export interface ErrorSummaryTexts {
  checkTitle: string;
  failedTitle: string;
  fields: Record<string, string>;
}

/**
 * The problems of a form at the top, as links to the fields. It takes the focus when it appears, so a screen reader
 * reads it and a keyboard user starts there.
 */
export function ErrorSummary({ errors, message, texts }: { errors?: Record<string, string[]>; message?: string; texts: ErrorSummaryTexts }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {}).filter(([, list]) => list.length);
  const show = entries.length > 0 || !!message;
  useEffect(() => {
    if (show) ref.current?.focus();
  }, [show, errors, message]);
  if (!show) return null;
  return (
    <div ref={ref} tabIndex={-1} className="space-y-2 rounded-xl border-2 border-bad-700 bg-bad-50 p-4" aria-labelledby="fouten-titel">
      <h2 id="fouten-titel" className="text-xl font-bold text-bad-700">
        {entries.length ? texts.checkTitle : texts.failedTitle}
      </h2>
      {message ? <p className="text-lg">{message}</p> : null}
      {entries.length ? (
        <ul className="list-disc space-y-1 ps-6 text-lg">
          {entries.map(([field, list]) => (
            <li key={field}>
              <a className="font-semibold text-bad-700 underline" href={`#${TARGET[field] ?? field}`}>
                {texts.fields[field] ?? texts.fields.form}: {list[0]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
