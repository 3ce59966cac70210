import type { Metadata } from "next";
import Link from "next/link";
import { CaseList } from "@/components/consultant/case-list";
import { bigButton, pageHeading } from "@/components/consultant/styles";
import { CASE_STATUSES, CASE_STATUS_LABELS, type CaseStatusValue } from "@/lib/schemas/case";
import { listCases } from "@/lib/server/cases/list-cases";
import { requireConsultant } from "./_lib/load";
import { searchCases } from "./actions";

export const metadata: Metadata = { title: "Mijn gesprekken", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ status?: string; wie?: string }> };

export default async function ConsultantHomePage({ searchParams }: Props) {
  const actor = await requireConsultant();
  const params = await searchParams;
  const status = (CASE_STATUSES as readonly string[]).includes(params.status ?? "") ? (params.status as CaseStatusValue) : undefined;
  const everyone = params.wie === "iedereen";
  const rows = await listCases({ actor, status, everyone });

  const filterHref = (s?: CaseStatusValue, all = everyone) => {
    const q = new URLSearchParams();
    if (s) q.set("status", s);
    if (all) q.set("wie", "iedereen");
    const qs = q.toString();
    return `/consulent${qs ? `?${qs}` : ""}`;
  };
  const pill = (active: boolean) =>
    `inline-flex min-h-12 items-center rounded-lg border-2 border-brand-700 px-4 text-lg font-semibold no-underline ${active ? "bg-brand-700 text-white" : "bg-white text-brand-800 hover:bg-brand-50"}`;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-2">
          <h1 className={pageHeading}>{everyone ? "Alle gesprekken" : "Mijn gesprekken"}</h1>
          <p className="text-lg text-muted">
            {actor.name}. U ziet alleen gesprekken van uw eigen gemeente. Gesprekken met nazorg die bijna moeten, staan bovenaan.
          </p>
        </div>
        <Link href="/consulent/nieuw" className={bigButton}>
          Nieuw gesprek starten
        </Link>
      </div>

      <nav aria-label="Welke gesprekken" className="space-y-3">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href={filterHref(undefined)} className={pill(!status)} aria-current={!status ? "page" : undefined}>
              Alle statussen
            </Link>
          </li>
          {CASE_STATUSES.map((s) => (
            <li key={s}>
              <Link href={filterHref(s)} className={pill(status === s)} aria-current={status === s ? "page" : undefined}>
                {CASE_STATUS_LABELS[s]}
              </Link>
            </li>
          ))}
        </ul>
        <p>
          <Link href={filterHref(status, !everyone)} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
            {everyone ? "Toon alleen mijn eigen gesprekken" : "Toon ook de gesprekken van mijn collega's"}
          </Link>
        </p>
      </nav>

      <CaseList initialRows={rows} status={status ?? ""} everyone={everyone} search={searchCases} />
    </div>
  );
}
