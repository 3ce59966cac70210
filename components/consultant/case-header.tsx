import Link from "next/link";
import { link } from "@/components/ui/styles";
import { CASE_STATUS_LABELS, type CaseStatusValue } from "@/lib/schemas/case";
import { formatCode } from "@/lib/util/codes";

export type CaseTab = "overzicht" | "vragen" | "notities" | "advies" | "afspraken" | "verslag";

const TABS: { id: CaseTab; label: string; path: string }[] = [
  { id: "overzicht", label: "Overzicht", path: "" },
  { id: "vragen", label: "Vragen", path: "/vragen/1" },
  { id: "notities", label: "Notities", path: "/notities" },
  { id: "advies", label: "Advies", path: "/advies" },
  { id: "afspraken", label: "Afspraken", path: "/afspraken" },
  { id: "verslag", label: "Verslag", path: "/verslag" },
];

export function casePath(reference: string, tab: CaseTab = "overzicht"): string {
  return `/consulent/${reference}${TABS.find((t) => t.id === tab)?.path ?? ""}`;
}

/** Above every page of a case: whose conversation this is, and the parts of the conversation as tabs. */
export function CaseHeader({ kase, current }: { kase: { reference: string; residentName: string; status: CaseStatusValue }; current: CaseTab }) {
  return (
    <div className="no-print space-y-3">
      <p>
        <Link href="/consulent" className={link}>
          Mijn gesprekken
        </Link>
      </p>
      <p className="text-lg">
        <span className="font-semibold">Gesprek met {kase.residentName}</span>
        <span className="text-muted">
          {" "}
          · kenmerk {formatCode(kase.reference)} · {CASE_STATUS_LABELS[kase.status]}
        </span>
      </p>
      <nav aria-label="Onderdelen van dit gesprek">
        <ul className="flex flex-wrap gap-2">
          {TABS.map((tab) => {
            const active = tab.id === current;
            return (
              <li key={tab.id}>
                <Link
                  href={casePath(kase.reference, tab.id)}
                  aria-current={active ? "page" : undefined}
                  className={`inline-flex min-h-12 items-center rounded-lg border-2 px-4 text-lg font-semibold no-underline ${
                    active ? "border-brand-700 bg-brand-700 text-white" : "border-brand-700 bg-white text-brand-800 hover:bg-brand-50"
                  }`}
                >
                  {tab.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
