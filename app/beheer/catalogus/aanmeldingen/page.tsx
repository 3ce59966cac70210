import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { card, link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { firstParam } from "@/lib/schemas/admin";
import { SUBMISSION_STATUS_LABEL, SUBMISSION_STATUSES, type SubmissionStatus } from "@/lib/schemas/submission";
import { listSubmissions, type SubmissionSummary } from "@/lib/server/catalogue/submissions";
import { formatCode } from "@/lib/util/codes";
import { formatMoment } from "@/lib/util/dates";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Aanmeldingen van leveranciers" };
export const dynamic = "force-dynamic";

export default async function SubmissionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("PLATFORM_ADMIN", "CATALOGUE_EDITOR");
  const params = await searchParams;
  const wanted = firstParam(params.status);
  const status = (SUBMISSION_STATUSES as readonly string[]).includes(wanted ?? "") ? (wanted as SubmissionStatus) : "nieuw";
  let rows: SubmissionSummary[];
  try {
    rows = await listSubmissions(actor, status);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const done = firstParam(params.klaar);
  return (
    <div className="space-y-6">
      <BackLink href="/beheer/catalogus">Terug naar de catalogus</BackLink>
      <h1 className="text-3xl font-bold">Aanmeldingen van leveranciers</h1>
      <p className="max-w-prose text-lg">
        Leveranciers melden hier producten aan. Open een aanmelding, vul de regels voor het advies aan en zet het product in het concept. Of wijs het af met een
        reden: de leverancier krijgt die per e-mail.
      </p>
      <div id="melding" role="status">
        {done === "afgewezen" ? <p className="rounded-lg border-2 border-good-700 bg-good-50 p-3 font-semibold text-good-700">De aanmelding is afgewezen. De leverancier krijgt een e-mail met de reden.</p> : null}
      </div>
      <nav aria-label="Status van aanmeldingen">
        <ul className="flex flex-wrap gap-x-4">
          {SUBMISSION_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/beheer/catalogus/aanmeldingen?status=${s}`} aria-current={s === status ? "page" : undefined} className={`${link} inline-flex min-h-11 items-center ${s === status ? "no-underline" : ""}`}>
                {SUBMISSION_STATUS_LABEL[s]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="lijst" className="space-y-3">
        <h2 id="lijst" className="text-2xl font-bold">
          {SUBMISSION_STATUS_LABEL[status]} ({rows.length})
        </h2>
        {rows.length === 0 ? <p>Er zijn geen aanmeldingen met deze status.</p> : null}
        <ul className="space-y-3">
          {rows.map((r) => (
            <li key={r.id} className={card}>
              <Link href={`/beheer/catalogus/aanmeldingen/${r.id}`} className={`${link} inline-flex min-h-11 items-center text-lg break-words`}>
                {r.name}
              </Link>
              <p className="break-words">
                {r.supplier} · kenmerk {formatCode(r.reference)} · aangemeld {formatMoment(r.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
