import { RESULT_KEYS, HELPED_KEYS, UNIT_STATUS_ORDER, percentage, type CentreUnitsRow, type ShownOutcomeRow, type UnitStatusKey } from "@/lib/server/admin/insight-tables";
import { SMALL_COUNT_THRESHOLD, type ShownCount } from "@/lib/server/admin/small-counts";
import { UNIT_STATUS_WORDS } from "./labels";

const th = "border-b-2 border-gray-400 px-2 py-2 text-left align-bottom font-semibold";
const td = "border-b border-gray-200 px-2 py-2 align-top";
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

const HELPED_WORDS: Record<(typeof HELPED_KEYS)[number], string> = { yes: "Ja", partly: "Een beetje", no: "Nee" };
const RESULT_WORDS: Record<(typeof RESULT_KEYS)[number], string> = { kept: "Houdt het", returned: "Teruggebracht", bought: "Zelf gekocht" };

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

/** Per product: did it help, and what happened to it. Numbers only; no resident is named, counts below 10 are hidden. */
export function OutcomesTable({ rows }: { rows: ShownOutcomeRow[] }) {
  return (
    <TableScroll label="Tabel: resultaten per hulpmiddel">
      <table className="w-full min-w-[44rem] border-collapse text-base">
        <caption className="sr-only">Resultaten per hulpmiddel: hielp het, en wat gebeurde er daarna mee</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className={th}>
              Hulpmiddel
            </th>
            <th scope="col" rowSpan={2} className={`${th} text-right`}>
              Aantal
            </th>
            <th scope="colgroup" colSpan={3} className={`${th} border-b border-gray-300 text-center`}>
              Hielp het?
            </th>
            <th scope="colgroup" colSpan={3} className={`${th} border-b border-gray-300 text-center`}>
              Wat gebeurde er daarna?
            </th>
          </tr>
          <tr>
            {HELPED_KEYS.map((k) => (
              <th key={k} scope="col" className={`${th} text-right`}>
                {HELPED_WORDS[k]}
              </th>
            ))}
            {RESULT_KEYS.map((k) => (
              <th key={k} scope="col" className={`${th} text-right`}>
                {RESULT_WORDS[k]}
              </th>
            ))}
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
              {HELPED_KEYS.map((k) => (
                <td key={k} className={num}>
                  <Count value={row.helped[k]} />
                </td>
              ))}
              {RESULT_KEYS.map((k) => (
                <td key={k} className={num}>
                  <Count value={row.result[k]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
