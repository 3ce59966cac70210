import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";

/** Advice without a device ("Tips zonder apparaat"); `empty` is the line when there are none (default: in `locale`). */
export function TipsList({ tips, empty, locale = DEFAULT_LOCALE }: { tips: string[]; empty?: string; locale?: Locale }) {
  if (tips.length === 0) return <p>{empty ?? translatorFor(locale, "advice")("noTips")}</p>;
  return (
    <ul className="max-w-prose list-disc space-y-2 ps-6 text-lg">
      {tips.map((tip) => (
        <li key={tip} dir="auto">
          {tip}
        </li>
      ))}
    </ul>
  );
}
