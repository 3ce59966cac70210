import { weekdayName } from "@/lib/util/dates";
import { formatSlots } from "@/lib/util/opening-times";

export function OpeningHours({ hours }: { hours: { weekday: number; opens: string; closes: string }[] }) {
  const days = [1, 2, 3, 4, 5, 6, 7];
  return (
    <table className="table-reflow text-base">
      <caption className="sr-only">Openingstijden</caption>
      <tbody>
        {days.map((day) => {
          const slots = hours.filter((h) => h.weekday === day);
          return (
            <tr key={day}>
              <th scope="row" className="pr-4 text-left font-normal capitalize">
                {weekdayName(day)}
              </th>
              <td>{formatSlots(slots)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
