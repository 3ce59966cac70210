import type { ReactNode } from "react";
import { fieldError } from "@/components/ui/styles";

export interface MonitoringChoiceProps {
  /** the explanation (components/advice/monitoring-explanation), rendered on the server in the resident's language */
  explanation: ReactNode;
  /** "yes" / "no" as chosen before (kept when the form comes back with an error) */
  value?: string;
  error?: string;
}

/** The choice's words in the resident's language (heading and legend name the product). */
export interface MonitoringChoiceTexts {
  heading: string;
  legend: string;
  lead: string;
  yes: string;
  no: string;
}

/**
 * Before a resident can reserve a product that records something: the same explanation the consultant goes through
 * (what it records, who sees it, how to stop) and an explicit choice, nothing pre-selected. The server refuses the
 * reservation without the "yes" (lib/server/lending/reserve-unit.ts).
 */
export function MonitoringChoice({ explanation, value, error, texts }: MonitoringChoiceProps & { texts: MonitoringChoiceTexts }) {
  const describedBy = error ? "monitoringAgreed-fout" : undefined;
  return (
    <section aria-labelledby="bijhouden" className="space-y-4">
      <h2 id="bijhouden" className="sr-only">
        {texts.heading}
      </h2>
      {explanation}
      <input type="hidden" name="monitoringQuestion" value="1" />
      <fieldset className="space-y-3 rounded-xl border border-gray-300 bg-white p-4" aria-describedby={describedBy}>
        <legend className="px-1 text-xl font-bold">{texts.legend}</legend>
        <p className="text-lg">{texts.lead}</p>
        {[
          { id: "monitoringAgreed-ja", value: "yes", label: texts.yes },
          { id: "monitoringAgreed-nee", value: "no", label: texts.no },
        ].map((option) => (
          <label key={option.value} htmlFor={option.id} className="flex min-h-11 cursor-pointer items-center gap-3 text-lg">
            <input
              id={option.id}
              type="radio"
              name="monitoringAgreed"
              value={option.value}
              defaultChecked={value === option.value}
              aria-invalid={error ? true : undefined}
              className="h-6 w-6 shrink-0 accent-brand-700"
            />
            <span className="font-semibold">{option.label}</span>
          </label>
        ))}
        {error ? (
          <p id="monitoringAgreed-fout" className={fieldError}>
            {error}
          </p>
        ) : null}
      </fieldset>
    </section>
  );
}
