import type { Metadata } from "next";
import Link from "next/link";
import { buttonPrimary, card, fieldError, input, label, link } from "@/components/ui/styles";
import { lookupByCode } from "@/lib/api/rate-limit";
import { firstParam } from "@/lib/schemas/admin";
import { submissionReferenceSchema } from "@/lib/schemas/submission";
import { getSubmissionStatus } from "@/lib/server/catalogue/submissions";
import { formatCode } from "@/lib/util/codes";
import { formatMoment } from "@/lib/util/dates";

export const metadata: Metadata = { title: "Status van uw aanmelding" };
export const dynamic = "force-dynamic";

export default async function SubmissionStatusPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const typed = firstParam(params.kenmerk) ?? "";
  const isNew = firstParam(params.nieuw) === "1";
  const parsed = typed ? submissionReferenceSchema.safeParse(typed) : null;
  const status = parsed?.success ? await lookupByCode(() => getSubmissionStatus(parsed.data), { mode: "page" }) : null;
  const error = parsed && !parsed.success ? (parsed.error.issues[0]?.message ?? "Dit kenmerk klopt niet.") : parsed && !status ? "Deze aanmelding kennen wij niet. Kijk of het kenmerk goed is." : null;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">Status van uw aanmelding</h1>
      {status ? (
        <section aria-labelledby="status-titel" className={`${card} space-y-3`}>
          {isNew ? (
            <p role="status" className="rounded-lg border-2 border-good-700 bg-good-50 p-3 text-lg font-semibold text-good-700">
              Dank u wel. Wij hebben uw aanmelding ontvangen. Bewaar uw kenmerk: {formatCode(status.reference)}.
            </p>
          ) : null}
          <h2 id="status-titel" className="text-2xl font-bold break-words">
            {status.productName}
          </h2>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Kenmerk</dt>
            <dd className="font-mono text-lg">{formatCode(status.reference)}</dd>
            <dt className="font-semibold">Aangemeld</dt>
            <dd>{formatMoment(new Date(status.submittedAt))}</dd>
            <dt className="font-semibold">Status</dt>
            <dd>{status.statusText}</dd>
            {status.reason ? (
              <>
                <dt className="font-semibold">Reden</dt>
                <dd className="break-words whitespace-pre-line">{status.reason}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
      <form method="get" action="/leveranciers/status" className={`${card} space-y-3`} noValidate>
        <div className="space-y-1">
          <label htmlFor="kenmerk" className={label}>
            Uw kenmerk
          </label>
          <p id="kenmerk-uitleg" className="text-muted">
            8 letters en cijfers, bijvoorbeeld BCDF-2345. U kreeg het na het aanmelden.
          </p>
          <input
            id="kenmerk"
            name="kenmerk"
            defaultValue={typed}
            autoComplete="off"
            className={`${input} max-w-xs font-mono`}
            aria-describedby={error ? "kenmerk-uitleg kenmerk-fout" : "kenmerk-uitleg"}
            aria-invalid={error ? true : undefined}
          />
          {error ? (
            <p id="kenmerk-fout" className={fieldError}>
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" className={buttonPrimary}>
          Status bekijken
        </button>
      </form>
      <p>
        <Link href="/leveranciers/aanmelden" className={`${link} inline-flex min-h-11 items-center`}>
          Een product aanmelden
        </Link>
      </p>
    </div>
  );
}
