import { fieldError, label } from "@/components/ui/styles";
import type { FormTexts, PickupDayOption } from "./form-texts";

/** The opening days to pick up, as radio buttons with the opening times of each day (written on the server, in the resident's language). */
export function PickupDayField({ days, defaultValue, error, texts }: { days: PickupDayOption[]; defaultValue?: string; error?: string; texts: FormTexts }) {
  const chosen = defaultValue && days.some((d) => d.day === defaultValue) ? defaultValue : undefined;
  return (
    <fieldset id="dagen" tabIndex={-1} className="space-y-3" aria-describedby={error ? "dagen-fout dagen-uitleg" : "dagen-uitleg"}>
      <legend className={`${label} text-xl`}>{texts.pickupLegend}</legend>
      <p id="dagen-uitleg" className="text-base text-muted">
        {texts.pickupHint}
      </p>
      {error ? (
        <p id="dagen-fout" className={fieldError}>
          {error}
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {days.map((d, i) => (
          <label
            key={d.day}
            htmlFor={i === 0 ? "pickupDate" : `dag-${d.day}`}
            className="flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border-2 border-gray-500 bg-white px-4 py-3 text-lg has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input
              id={i === 0 ? "pickupDate" : `dag-${d.day}`}
              type="radio"
              name="pickupDate"
              value={d.day}
              required
              defaultChecked={d.day === chosen}
              aria-invalid={error ? true : undefined}
              className="mt-1 h-6 w-6 shrink-0 accent-brand-700"
            />
            <span>
              <span className="block font-semibold">{d.label}</span>
              <span className="block text-base text-muted">{d.times}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
