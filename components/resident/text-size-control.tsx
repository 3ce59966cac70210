import { setTextSize } from "./text-size-actions";
import { TEXT_SIZES, type TextSize } from "./text-size";

/**
 * Three buttons for the text size (a plain form: works without JavaScript). The chosen one is marked pressed.
 */
export function TextSizeControl({ current, texts }: { current: TextSize; texts: { label: string } & Record<TextSize, string> }) {
  const base = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border-2 px-3 py-1 font-semibold";
  const size: Record<TextSize, string> = { normaal: "text-base", groot: "text-lg", grootst: "text-xl" };
  return (
    <form action={setTextSize} className="flex flex-wrap items-center gap-2" data-niet-voorlezen>
      <span id="tekstgrootte-label" className="font-semibold">
        {texts.label}
      </span>
      <div role="group" aria-labelledby="tekstgrootte-label" className="flex flex-wrap gap-2">
        {TEXT_SIZES.map((s) => (
          <button
            key={s}
            type="submit"
            name="grootte"
            value={s}
            aria-pressed={current === s}
            className={`${base} ${size[s]} ${current === s ? "border-brand-700 bg-brand-700 text-white" : "border-brand-700 bg-white text-brand-800 hover:bg-brand-50"}`}
          >
            {texts[s]}
          </button>
        ))}
      </div>
    </form>
  );
}
