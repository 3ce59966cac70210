import { getTranslations } from "next-intl/server";
import { slotsText, weekday } from "@/lib/i18n/lending-format";
import { getRequestLocale } from "@/lib/i18n/server";

/** A week of opening hours, Monday first, weekdays and times written in the resident's language. */
export async function OpeningHours({ hours }: { hours: { weekday: number; opens: string; closes: string }[] }) {
  const locale = await getRequestLocale();
  const t = await getTranslations("reservation");
  const days = [1, 2, 3, 4, 5, 6, 7];
  return (
    <table className="table-reflow text-base">
      <caption className="sr-only">{t("openingHours")}</caption>
      <tbody>
        {days.map((day) => {
          const slots = hours.filter((h) => h.weekday === day);
          return (
            <tr key={day}>
              <th scope="row" className="pe-4 text-start font-normal capitalize">
                {weekday(day, locale)}
              </th>
              <td>{slotsText(slots, locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
