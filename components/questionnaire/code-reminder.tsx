import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { formatCode } from "@/lib/util/codes";

/** Shown under every question: the answers are kept under this code, so the resident can stop and come back. */
export function CodeReminder({ code, locale = DEFAULT_LOCALE }: { code: string; locale?: Locale }) {
  const t = translatorFor(locale, "questionnaire");
  return (
    <aside aria-labelledby="later-verder" className="space-y-2 rounded-xl bg-brand-50 p-4 sm:p-5">
      <h2 id="later-verder" className="text-lg font-bold">
        {t("reminder.heading")}
      </h2>
      <p>
        {t("reminder.text")}{" "}
        <strong className="inline-block font-mono text-xl tracking-wider" dir="ltr">
          {formatCode(code)}
        </strong>
      </p>
      <p>{t("reminder.later", { haveCode: translatorFor(locale, "home")("haveCode") })}</p>
    </aside>
  );
}
