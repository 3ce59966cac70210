import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { card, link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { newProductForm, slugFromName } from "@/lib/catalogue/product-form";
import { AppError } from "@/lib/errors";
import { firstParam } from "@/lib/schemas/admin";
import { versionNumberSchema } from "@/lib/schemas/catalogue";
import { getSubmissionForReview, type SubmissionForReview } from "@/lib/server/catalogue/submissions";
import { formatCode } from "@/lib/util/codes";
import { formatMoment } from "@/lib/util/dates";
import { ProductEditor } from "../../hulpmiddel/[slug]/editor-form";
import { SUBMISSION_STATUS_LABEL } from "@/lib/schemas/submission";
import { RejectForm } from "./reject-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Aanmelding bekijken" };
export const dynamic = "force-dynamic";

const ID = /^[a-z0-9]{20,40}$/;
const euro = (n: number) => `€ ${n}`;

/** The editor's form, filled in with what the supplier sent; the rules are for the editor to complete. */
function formFrom(s: SubmissionForReview) {
  const f = s.fields;
  const first = s.images[0];
  return newProductForm({
    slug: slugFromName(f.name),
    name: f.name,
    shortDescription: f.description,
    iso9999Code: f.iso9999Code,
    supplier: f.manufacturer || f.supplier,
    priceMinEuro: String(f.priceMinEuro),
    priceMaxEuro: String(f.priceMaxEuro),
    pricePeriod: f.pricePeriod,
    isMonitoring: f.isMonitoring ? "on" : "",
    monitoringRecords: f.monitoringRecords,
    monitoringWhoSees: f.monitoringWhoSees,
    monitoringHowToStop: f.monitoringHowToStop,
    imagePath: first?.path ?? "",
    imageAlt: first?.alt ?? "",
  });
}

export default async function SubmissionReviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("PLATFORM_ADMIN", "CATALOGUE_EDITOR");
  const { id } = await params;
  const query = await searchParams;
  if (!ID.test(id)) notFound();
  let s: SubmissionForReview;
  try {
    s = await getSubmissionForReview(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const f = s.fields;
  // after "Toevoegen aan het concept" (editProductAction redirects here): where the product went, and on to publishing
  const draft = versionNumberSchema.safeParse(firstParam(query.versie) ?? "");
  const addedTo = firstParam(query.klaar) === "concept" && s.status === "in_concept" && draft.success ? draft.data : null;
  return (
    <div className="space-y-6">
      <BackLink href="/beheer/catalogus/aanmeldingen">Terug naar de aanmeldingen</BackLink>
      <h1 className="text-3xl font-bold break-words">Aanmelding: {f.name}</h1>

      <div id="melding" role="status" aria-live="polite" tabIndex={-1}>
        {addedTo ? (
          <div className="space-y-2 rounded-lg border-2 border-good-700 bg-good-50 p-3 text-lg font-semibold break-words text-good-700">
            <p>
              {f.name} staat nu in concept versie {addedTo}. Inwoners krijgen het pas na publiceren.
            </p>
            <p>
              <Link href={`/beheer/catalogus?versie=${addedTo}#verschillen`} className={link}>
                Naar concept versie {addedTo} om te publiceren
              </Link>
            </p>
          </div>
        ) : null}
      </div>

      <section aria-labelledby="gegevens" className={`${card} space-y-3`}>
        <h2 id="gegevens" className="text-2xl font-bold">
          Wat de leverancier stuurde
        </h2>
        <dl className="grid gap-x-4 gap-y-1 break-words sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Status</dt>
          <dd>{SUBMISSION_STATUS_LABEL[s.status]}</dd>
          <dt className="font-semibold">Kenmerk</dt>
          <dd className="font-mono">{formatCode(s.reference)}</dd>
          <dt className="font-semibold">Aangemeld</dt>
          <dd>{formatMoment(s.createdAt)}</dd>
          <dt className="font-semibold">Uitleg</dt>
          <dd>{f.description}</dd>
          <dt className="font-semibold">ISO 9999-code</dt>
          <dd>{f.iso9999Code}</dd>
          <dt className="font-semibold">Leverancier</dt>
          <dd>{f.supplier}</dd>
          <dt className="font-semibold">Fabrikant</dt>
          <dd>{f.manufacturer || "(niet ingevuld)"}</dd>
          <dt className="font-semibold">Prijs</dt>
          <dd>
            {euro(f.priceMinEuro)} tot {euro(f.priceMaxEuro)} {f.pricePeriod === "month" ? "per maand" : "eenmalig"}
          </dd>
          <dt className="font-semibold">Legt iets vast</dt>
          <dd>{f.isMonitoring ? `Ja. Wat: ${f.monitoringRecords} Wie ziet het: ${f.monitoringWhoSees} Stoppen: ${f.monitoringHowToStop}` : "Nee"}</dd>
          <dt className="font-semibold">Contact</dt>
          <dd>
            {f.contactName}, {f.contactEmail}
          </dd>
          {s.rejectReason ? (
            <>
              <dt className="font-semibold">Reden van afwijzen</dt>
              <dd className="whitespace-pre-line">{s.rejectReason}</dd>
            </>
          ) : null}
          {s.productSlug ? (
            <>
              <dt className="font-semibold">In de catalogus als</dt>
              <dd>
                <Link href={`/beheer/catalogus/hulpmiddel/${s.productSlug}`} className={link}>
                  {s.productSlug}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
        <ul className="flex flex-wrap gap-4">
          {s.images.map((img) => (
            <li key={img.path}>
              <figure className="space-y-1">
                <img src={img.path} alt={img.alt} width={img.width} height={img.height} className="h-40 w-auto max-w-full rounded-lg border-2 border-gray-300 object-contain" />
                <figcaption className="max-w-xs text-sm break-words">{img.alt}</figcaption>
              </figure>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="dubbel" className={`${card} space-y-2`}>
        <h2 id="dubbel" className="text-2xl font-bold">
          Staat het al in de catalogus?
        </h2>
        {s.duplicates.length === 0 ? (
          <p>Wij vonden geen product met dezelfde naam, of met dezelfde ISO-code en leverancier.</p>
        ) : (
          <div className="space-y-2 rounded-lg border-4 border-bad-700 bg-bad-50 p-4 text-bad-700">
            <p className="font-bold">Let op: dit lijkt op een product dat er al is.</p>
            <ul className="list-disc pl-6">
              {s.duplicates.map((d) => (
                <li key={d.slug}>
                  <Link href={`/beheer/catalogus/hulpmiddel/${d.slug}`} className="font-semibold underline">
                    {d.name}
                  </Link>
                  : {d.reasons.map((r) => (r === "name" ? "dezelfde naam" : "dezelfde ISO-code en leverancier")).join(" en ")}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {s.status === "nieuw" ? (
        <>
          <section aria-labelledby="aanvullen" className="space-y-3">
            <h2 id="aanvullen" className="text-2xl font-bold">
              Regels aanvullen en in het concept zetten
            </h2>
            <p className="max-w-prose">
              Wij hebben het formulier ingevuld met wat de leverancier stuurde. Vul aan waar het bij helpt en wanneer niet. Kies dan <strong>Toevoegen aan het concept</strong>. Na
              publiceren staat het in de catalogus.
            </p>
            <ProductEditor initialValues={formFrom(s)} mode="submission" submissionId={s.id} />
          </section>
          <RejectForm id={s.id} />
        </>
      ) : null}
    </div>
  );
}
