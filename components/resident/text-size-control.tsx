import { setTextSize } from "./text-size-actions";
import { TEXT_SIZES, type TextSize } from "./text-size";

/**
 * Three buttons for the text size (a plain form: works without JavaScript). The chosen one is marked pressed.
 */
export function TextSizeControl({ current, texts }: { current: TextSize; texts: { label: string } & Record<TextSize, string> }) {
  // one short row: three "A"s in growing sizes, each named in full for screen readers and as a tooltip
  const base = "inline-flex min-h-10 min-w-10 items-center justify-center rounded-lg border-2 px-2 font-bold leading-none";
  const size: Record<TextSize, string> = { normaal: "text-base", groot: "text-xl", grootst: "text-2xl" };
  return (
    <form action={setTextSize} className="flex flex-wrap items-center gap-x-2 gap-y-1" data-niet-voorlezen>
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
            aria-label={texts[s]}
            title={texts[s]}
            className={`${base} ${size[s]} ${current === s ? "border-brand-700 bg-brand-700 text-white" : "border-brand-700 bg-white text-brand-800 hover:bg-brand-50"}`}
          >
            <span aria-hidden="true">A</span>
          </button>
        ))}
      </div>
    </form>
  );
}
