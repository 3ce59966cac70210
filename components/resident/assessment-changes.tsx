import { getTranslations } from "next-intl/server";
import { buttonSecondary } from "@/components/ui/styles";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { ALL_DIFFICULTIES } from "@/lib/questions/questionnaire";
import type { AssessmentHistory } from "@/lib/server/assessments/reassess";

const labelOf = (code: string) => ALL_DIFFICULTIES.find((d) => d.code === code)?.label ?? code;

/** "Wat is er veranderd?": the newest answers against the last round, and what was tried since. */
export async function AssessmentChangesSection({ history, locale }: { history: AssessmentHistory; locale: Locale }) {
  if (!history.changes || !history.since) return null;
  const t = await getTranslations("words.reassess");
  const c = history.changes;
  const lists: { key: string; title: string; codes: string[] }[] = [
    { key: "nieuw", title: t("added"), codes: c.added },
    { key: "beter", title: t("better"), codes: c.better },
    { key: "nog", title: t("still"), codes: c.still },
  ];
  return (
    <section aria-labelledby="veranderd" className="space-y-3 rounded-xl border-2 border-brand-700 bg-white p-4 sm:p-6">
      <h2 id="veranderd" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="text-lg">{t("since", { date: formatDate(history.since, locale, "dayMonthYear") })}</p>
      {c.unchanged ? <p className="text-lg">{t("unchanged")}</p> : null}
      <div className="grid gap-4 md:grid-cols-3">
        {lists
          .filter((l) => l.codes.length > 0)
          .map((l) => (
            <div key={l.key} className="space-y-1">
              <h3 id={`veranderd-${l.key}`} className="text-lg font-bold">
                {l.title}
              </h3>
              <ul aria-labelledby={`veranderd-${l.key}`} className="list-disc space-y-1 ps-6 text-lg">
                {l.codes.map((code) => (
                  <li key={code}>{labelOf(code)}</li>
                ))}
              </ul>
            </div>
          ))}
      </div>
      {c.context.length > 0 ? <p>{t("context")}</p> : null}
      <h3 className="text-lg font-bold">{t("triedHeading")}</h3>
      {history.tried.length === 0 ? (
        <p>{t("triedNone")}</p>
      ) : (
        <ul className="list-disc space-y-1 ps-6 text-lg">
          {history.tried.map((item) => (
            <li key={item.productName}>
              <span className="font-semibold">{item.productName}</span>: {t(`status.${item.status}`)}
              {item.helped ? ` ${t(`helped.${item.helped}`)}` : ""}
              {item.note ? <span dir="auto"> ({item.note})</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Later opnieuw invullen": keeps the answers so far and starts the questions again (plain form, no JavaScript needed). */
export async function ReassessForm({ action }: { action: () => Promise<void> }) {
  const t = await getTranslations("words.reassess");
  return (
    <section aria-labelledby="opnieuw" className="no-print space-y-3">
      <h2 id="opnieuw" className="text-2xl font-bold sm:text-3xl">
        {t("againHeading")}
      </h2>
      <p className="max-w-prose text-lg">{t("againText")}</p>
      <form action={action}>
        <button type="submit" className={buttonSecondary}>
          {t("againButton")}
        </button>
      </form>
    </section>
  );
}
