import { TableScroll, td as cell, th } from "@/components/admin/insight-tables";
import { formatMoment } from "@/lib/util/dates";

export interface SettingsHistoryRow {
  id: string;
  at: Date;
  actorName: string | null;
  /** the setting's key, shown with `setting` when the table mixes settings */
  key: string;
  before: unknown;
  after: unknown;
}

/**
 * The history of municipality settings (the general settings and the look): when, who, optionally which setting, what
 * it was and what it became. Empty: a sentence instead of an empty table. Scrolls sideways on its own at 320 px.
 */
export function SettingsHistoryTable({
  rows,
  caption,
  scrollLabel,
  setting,
  value,
}: {
  rows: readonly SettingsHistoryRow[];
  caption: string;
  scrollLabel: string;
  /** the setting's name in Dutch; without it the column is left out (a table of one setting) */
  setting?: (key: string) => string;
  value: (value: unknown, key: string) => string;
}) {
  if (rows.length === 0) return <p>Er is nog niets veranderd.</p>;
  const headings = setting ? ["Wanneer", "Wie", "Instelling", "Was", "Werd"] : ["Wanneer", "Wie", "Was", "Werd"];
  return (
    <TableScroll label={scrollLabel}>
      <table className="w-full min-w-[40rem] border-collapse text-base">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {headings.map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => (
            <tr key={h.id}>
              <td className={cell}>{formatMoment(h.at)}</td>
              <td className={cell}>{h.actorName ?? "onbekend"}</td>
              {setting ? <td className={cell}>{setting(h.key)}</td> : null}
              <td className={`${cell} [overflow-wrap:anywhere]`}>{value(h.before, h.key)}</td>
              <td className={`${cell} [overflow-wrap:anywhere]`}>{value(h.after, h.key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
