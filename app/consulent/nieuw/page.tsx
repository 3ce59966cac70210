import type { Metadata } from "next";
import Link from "next/link";
import { StartCaseForm } from "@/components/consultant/start-case-form";
import { pageHeading } from "@/components/consultant/styles";
import { link } from "@/components/ui/styles";
import { CASE_CONSENT_VERSION, caseConsentSections } from "@/lib/server/cases/consent";
import { loadMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { requireConsultant } from "../_lib/load";
import { startCase } from "../actions";

export const metadata: Metadata = { title: "Nieuw gesprek: eerst toestemming", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/** Starting a conversation: the resident hears what is stored, why, how long and who sees it, and decides. */
export default async function NewCasePage() {
  const consultant = await requireConsultant();
  // the municipality's own retention period (its settings), the same one createCase uses
  const sections = caseConsentSections((await loadMunicipalitySettings(consultant.municipalityId ?? "")).retentionDays);
  return (
    <div className="space-y-8">
      <p className="no-print">
        <Link href="/consulent" className={link}>
          Mijn gesprekken
        </Link>
      </p>
      <div className="space-y-3">
        <h1 className={pageHeading}>Mogen wij iets opschrijven?</h1>
        <p className="max-w-prose text-xl">
          Lees dit samen met de inwoner. Vraag daarna of het goed is dat wij het gesprek bewaren. Nee zeggen mag. Dan krijgt de inwoner
          toch advies.
        </p>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        {sections.map((s) => (
          <section key={s.heading} aria-labelledby={`toestemming-${s.heading}`} className="rounded-xl border border-gray-300 bg-white p-5">
            <h2 id={`toestemming-${s.heading}`} className="text-2xl font-bold">
              {s.heading}
            </h2>
            <ul className="mt-2 list-disc space-y-2 pl-6 text-xl">
              {s.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>

      <StartCaseForm action={startCase} consentVersion={CASE_CONSENT_VERSION} />
    </div>
  );
}
