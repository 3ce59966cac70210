"use client";

import Link from "next/link";
import { useActionState } from "react";
import { input, label } from "@/components/ui/styles";
import { CASE_STATUS_LABELS } from "@/lib/schemas/case";
import type { CaseListItem } from "@/lib/server/cases/list-cases";
import { formatCode } from "@/lib/util/codes";
import { formatDayLong } from "@/lib/util/dates";
import { SubmitButton } from "./submit-button";
import { badge, bigButtonSecondary } from "./styles";

interface SearchState {
  query: string;
  rows: CaseListItem[] | null;
  message?: string;
}

/** The case list with a search on name or reference (sent as POST, so names stay out of addresses). */
export function CaseList({
  initialRows,
  status,
  everyone,
  search,
}: {
  initialRows: CaseListItem[];
  status: string;
  everyone: boolean;
  search: (state: SearchState, formData: FormData) => Promise<SearchState>;
}) {
  const [state, formAction] = useActionState<SearchState, FormData>(search, { query: "", rows: null });
  const rows = state.rows ?? initialRows;
  const searching = state.rows !== null && state.query !== "";

  return (
    <div className="space-y-6">
      <form action={formAction} role="search" aria-label="Gesprekken zoeken" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="status" value={status} />
        <input type="hidden" name="wie" value={everyone ? "iedereen" : "ik"} />
        <div className="min-w-0 flex-1 space-y-1" style={{ minWidth: "min(100%, 16rem)" }}>
          <label htmlFor="zoek" className={`${label} text-lg`}>
            Zoek op naam of kenmerk
          </label>
          <input
            id="zoek"
            name="zoek"
            type="search"
            className={`${input} text-lg`}
            defaultValue={state.query}
            maxLength={80}
            autoComplete="off"
            aria-describedby={state.message ? "zoek-fout" : undefined}
            aria-invalid={state.message ? true : undefined}
          />
        </div>
        <SubmitButton className={bigButtonSecondary}>Zoeken</SubmitButton>
        {state.message ? (
          <p id="zoek-fout" className="w-full font-semibold text-bad-700">
            {state.message}
          </p>
        ) : null}
      </form>

      <div role="status" className="text-lg">
        {searching ? `${rows.length} ${rows.length === 1 ? "gesprek" : "gesprekken"} gevonden voor "${state.query}".` : null}
      </div>

      {rows.length === 0 ? (
        <p className="text-lg">{searching ? "Geen gesprekken gevonden. Probeer een ander woord." : "Er zijn nog geen gesprekken. Start een nieuw gesprek."}</p>
      ) : (
        <ul className="space-y-3" aria-label="Gesprekken">
          {rows.map((row) => (
            <li key={row.reference} className="rounded-xl border border-gray-300 bg-white p-4">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0 space-y-1">
                  <p className="text-xl font-bold">
                    <Link href={`/consulent/${row.reference}`} className="text-brand-800 underline underline-offset-2">
                      {row.residentName}
                    </Link>
                  </p>
                  <p className="text-base text-muted">
                    Kenmerk {formatCode(row.reference)}
                    {row.mine ? "" : ` · consulent: ${row.consultantName}`}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <span className={`${badge} bg-gray-100 text-ink`}>{CASE_STATUS_LABELS[row.status]}</span>
                  {row.followUpOverdue ? <span className={`${badge} bg-bad-50 text-bad-700`}>Nazorg nodig</span> : null}
                  {row.outcomesAsked > 0 ? <span className={`${badge} bg-warn-50 text-warn-700`}>Vraag: hielp het?</span> : null}
                  {row.hasResidentResponse ? <span className={`${badge} bg-brand-50 text-brand-800`}>Reactie van inwoner</span> : null}
                </div>
              </div>
              {row.followUpDue ? (
                <p className="mt-2 text-lg">
                  <span className="font-semibold">Nazorg: </span>
                  {formatDayLong(row.followUpDue)}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
