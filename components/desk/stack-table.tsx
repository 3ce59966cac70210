import type { ReactNode } from "react";

export interface StackColumn {
  key: string;
  label: string;
}

export interface StackRow {
  key: string;
  cells: Record<string, ReactNode>;
}

/**
 * A table on wide screens; on small screens (under 640 px) every row becomes a card and each value gets its label
 * in front, so nothing scrolls sideways at 320 px. One set of elements for both, so there are no duplicates.
 */
export function StackTable({ caption, columns, rows, captionHidden = true }: { caption: string; columns: StackColumn[]; rows: StackRow[]; captionHidden?: boolean }) {
  return (
    <table className="block w-full text-base sm:table sm:border-collapse">
      <caption className={captionHidden ? "sr-only" : "mb-2 text-left font-semibold"}>{caption}</caption>
      <thead className="hidden sm:table-header-group">
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className="border-b-2 border-gray-400 px-2 py-2 text-left font-semibold">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="block space-y-3 sm:table-row-group sm:space-y-0">
        {rows.map((row) => (
          <tr key={row.key} className="block rounded-xl border border-gray-300 bg-white p-3 sm:table-row sm:rounded-none sm:border-0 sm:border-b sm:p-0">
            {columns.map((c) => (
              <td key={c.key} className="block py-0.5 break-words sm:table-cell sm:px-2 sm:py-2 sm:align-top">
                <span className="font-semibold sm:hidden">{c.label}: </span>
                {row.cells[c.key] ?? ""}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
