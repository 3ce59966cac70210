import { OUTCOME_REASON_CODES, OUTCOME_REASONS, type OutcomeReasonCode } from "@/lib/learning/outcome-codes";
import {
  HELPED_KEYS,
  LEARNING_KEYS,
  REASON_KEYS,
  RESULT_KEYS,
  UNIT_STATUS_ORDER,
  percentage,
  type CentreUnitsRow,
  type HelpedKey,
  type LearningKey,
  type ReasonKey,
  type ResultKey,
  type ShownOutcomeRow,
  type UnitStatusKey,
} from "@/lib/server/admin/insight-tables";
import { SMALL_COUNT_THRESHOLD, type ShownCount } from "@/lib/server/admin/small-counts";
import { UNIT_STATUS_WORDS } from "./labels";

/** Header and body cell styles of the admin tables (also the settings history, settings-history-table.tsx). */
export const th = "border-b-2 border-gray-400 px-2 py-2 text-left align-bottom font-semibold";
export const td = "border-b border-gray-200 px-2 py-2 align-top";
const num = "border-b border-gray-200 px-2 py-2 text-right align-top tabular-nums";

/** A wrapper that lets a wide table scroll on a small screen; focusable so keyboard users can scroll it too. */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative max-w-full overflow-x-auto rounded-lg border border-gray-300 bg-white">
      {children}
    </div>
  );
}

/** Units per status for the whole municipality, as plain bars with the number written out. */
export function UnitStatusBars({ totals, total }: { totals: Record<UnitStatusKey, number>; total: number }) {
  return (
    <ul className="space-y-2">
      {UNIT_STATUS_ORDER.map((status) => {
        const n = totals[status];
        const pct = percentage(n, total);
        return (
          <li key={status} className="grid items-center gap-1 sm:grid-cols-[14rem_1fr] sm:gap-3">
            <span>{UNIT_STATUS_WORDS[status]}</span>
            <span className="flex items-center gap-2">
              <span aria-hidden="true" className="block h-4 rounded bg-brand-600" style={{ width: `${Math.max(pct, n > 0 ? 2 : 0)}%` }} />
              <span className="whitespace-nowrap font-semibold tabular-nums">
                {n} <span className="font-normal text-muted">({pct}%)</span>
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function UnitsPerCentreTable({ rows, totals, total }: { rows: CentreUnitsRow[]; totals: Record<UnitStatusKey, number>; total: number }) {
  return (
    <TableScroll label="Tabel: hulpmiddelen per uitleenpunt">
      <table className="w-full min-w-[40rem] border-collapse text-base">
        <caption className="sr-only">Aantal hulpmiddelen per uitleenpunt en per status</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Uitleenpunt
            </th>
            {UNIT_STATUS_ORDER.map((s) => (
              <th key={s} scope="col" className={`${th} text-right`}>
                {UNIT_STATUS_WORDS[s]}
              </th>
            ))}
            <th scope="col" className={`${th} text-right`}>
              Totaal
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.centreId}>
              <th scope="row" className={`${td} text-left font-normal`}>
                {row.centreName}
              </th>
              {UNIT_STATUS_ORDER.map((s) => (
                <td key={s} className={num}>
                  {row.byStatus[s]}
                </td>
              ))}
              <td className={`${num} font-semibold`}>{row.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className={`${td} text-left`}>
              Totaal
            </th>
            {UNIT_STATUS_ORDER.map((s) => (
              <td key={s} className={`${num} font-semibold`}>
                {totals[s]}
              </td>
            ))}
            <td className={`${num} font-bold`}>{total}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

const HELPED_WORDS: Record<HelpedKey, string> = { yes: "Ja", partly: "Een beetje", no: "Nee", not_asked: "Niet gevraagd" };
const RESULT_WORDS: Record<ResultKey, string> = {
  kept: "Blijft het gebruiken",
  returned_positive: "Terug, positief",
  returned_negative: "Terug, negatief",
  returned_unsaid: "Terug, zonder reden",
  will_buy: "Gaat het kopen",
  bought_elsewhere: "Ergens anders gekocht",
  bought: "Zelf gekocht (gesprek)",
};
const REASON_WORDS: Record<ReasonKey, string> = {
  ...(Object.fromEntries(OUTCOME_REASON_CODES.map((c) => [c, OUTCOME_REASONS[c].label])) as Record<OutcomeReasonCode, string>),
  none: "Geen reden",
};
const LEARNING_WORDS: Record<LearningKey, string> = { learned: "Telt mee", not_learned: "Telt niet mee" };

/** A count of residents: the number, or "< 10" (read out as "minder dan 10") when it is hidden. */
function Count({ value }: { value: ShownCount }) {
  if (value !== null) return <>{value}</>;
  return (
    <>
      <span aria-hidden="true">&lt; {SMALL_COUNT_THRESHOLD}</span>
      <span className="sr-only">minder dan {SMALL_COUNT_THRESHOLD}</span>
    </>
  );
}

interface ColumnGroup {
  title: string;
  keys: readonly string[];
  words: Record<string, string>;
  counts: (row: ShownOutcomeRow) => Record<string, ShownCount>;
}

/** One table of outcome counts per product: the total and one or more groups of columns that each add up to it. */
function OutcomeCountsTable({ rows, label, caption, groups }: { rows: ShownOutcomeRow[]; label: string; caption: string; groups: ColumnGroup[] }) {
  const columns = groups.reduce((n, g) => n + g.keys.length, 0);
  return (
    <TableScroll label={label}>
      <table className="w-full border-collapse text-base" style={{ minWidth: `${12 + 7 * columns}rem` }}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className={th}>
              Hulpmiddel
            </th>
            <th scope="col" rowSpan={2} className={`${th} text-right`}>
              Aantal
            </th>
            {groups.map((g) => (
              <th key={g.title} scope="colgroup" colSpan={g.keys.length} className={`${th} border-b border-gray-300 text-center`}>
                {g.title}
              </th>
            ))}
          </tr>
          <tr>
            {groups.flatMap((g) =>
              g.keys.map((k) => (
                <th key={`${g.title}-${k}`} scope="col" className={`${th} text-right`}>
                  {g.words[k]}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.productId}>
              <th scope="row" className={`${td} text-left font-normal`}>
                {row.productName}
              </th>
              <td className={`${num} font-semibold`}>
                <Count value={row.total} />
              </td>
              {groups.flatMap((g) => {
                const counts = g.counts(row);
                return g.keys.map((k) => (
                  <td key={`${g.title}-${k}`} className={num}>
                    <Count value={counts[k] ?? null} />
                  </td>
                ));
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * Per product, in three tables over the same outcomes: what happened to it (a return split into positive, negative
 * and without a reason), why, and whether it helped (the consultant's question) and counts in the learning. Numbers
 * only; no resident is named, counts below 10 are hidden together with whatever would give them away.
 */
export function OutcomesTable({ rows }: { rows: ShownOutcomeRow[] }) {
  return (
    <div className="space-y-6">
      <h3 className="text-xl font-bold">Wat gebeurde er met het hulpmiddel?</h3>
      <OutcomeCountsTable
        rows={rows}
        label="Tabel: wat gebeurde er per hulpmiddel"
        caption="Resultaten per hulpmiddel: wat gebeurde er na het lenen"
        groups={[{ title: "Wat gebeurde er?", keys: RESULT_KEYS, words: RESULT_WORDS, counts: (r) => r.result }]}
      />
      <h3 className="text-xl font-bold">Waarom?</h3>
      <OutcomeCountsTable
        rows={rows}
        label="Tabel: redenen per hulpmiddel"
        caption="Resultaten per hulpmiddel: de reden die erbij werd gegeven"
        groups={[{ title: "Reden", keys: REASON_KEYS, words: REASON_WORDS, counts: (r) => r.reason }]}
      />
      <h3 className="text-xl font-bold">Hielp het, en telt het mee bij het leren?</h3>
      <OutcomeCountsTable
        rows={rows}
        label="Tabel: hielp het en telt het mee bij leren, per hulpmiddel"
        caption="Resultaten per hulpmiddel: hielp het volgens het gesprek, en is bekend waarvoor het geleend werd"
        groups={[
          { title: "Hielp het? (gesprek)", keys: HELPED_KEYS, words: HELPED_WORDS, counts: (r) => r.helped },
          { title: "Telt mee bij leren?", keys: LEARNING_KEYS, words: LEARNING_WORDS, counts: (r) => r.learning },
        ]}
      />
    </div>
  );
}
