import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonDanger, buttonPrimary, card, link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import type { CatalogueDiff } from "@/lib/catalogue/diff";
import type { VersionSummary } from "@/lib/catalogue/store";
import { AppError } from "@/lib/errors";
import { firstParam } from "@/lib/schemas/admin";
import { versionNumberSchema } from "@/lib/schemas/catalogue";
import { listEditableProducts } from "@/lib/server/catalogue/edit-product";
import { compareCatalogueVersions, listCatalogueVersions } from "@/lib/server/catalogue/manage-catalogue";
import { formatMoment } from "@/lib/util/dates";
import { publishVersionAction, rollbackVersionAction } from "./actions";

export const metadata: Metadata = { title: "Catalogus" };
export const dynamic = "force-dynamic";

const STATUS: Record<VersionSummary["status"], string> = { draft: "Concept", published: "Gepubliceerd", superseded: "Vervangen" };
const SOURCE: Record<VersionSummary["source"], string> = { import: "Import", seed: "Startcatalogus", rollback: "Teruggezet", editor: "Editor" };

function outcomeMessage(klaar: string | undefined, versie: string | undefined): { text: string; ok: boolean } | null {
  switch (klaar) {
    case "gepubliceerd":
      return { ok: true, text: `Versie ${versie} is gepubliceerd. Inwoners krijgen vanaf nu advies met deze versie.` };
    case "teruggezet":
      return { ok: true, text: `Versie ${versie} is gepubliceerd. Hij is gelijk aan de eerdere versie die u koos.` };
    case "gearchiveerd":
      return { ok: true, text: `Het hulpmiddel is uit concept versie ${versie} gehaald. Na publiceren krijgen inwoners het niet meer. Terughalen kan met "Terugzetten".` };
    case "kan-niet":
      return { ok: false, text: `Dat kan niet met versie ${versie}: de status is intussen veranderd. Kijk in de lijst hieronder.` };
    case "niet-gevonden":
      return { ok: false, text: "Deze versie bestaat niet. Kijk in de lijst hieronder." };
    default:
      return null;
  }
}

/** A value from the diff as short text. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(leeg)";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)} …` : text;
}

function DiffView({ diff, title }: { diff: CatalogueDiff; title: string }) {
  const none = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <section aria-labelledby="verschillen" className={`${card} space-y-4`}>
      <h2 id="verschillen" className="text-2xl font-bold">
        {title}
      </h2>
      <p>
        {diff.added.length} nieuw, {diff.changed.length} gewijzigd, {diff.removed.length} weg, {diff.unchanged} hetzelfde.
      </p>
      {none ? <p>Er is niets veranderd.</p> : null}
      {diff.added.length ? (
        <div>
          <h3 className="text-xl font-bold">Nieuw</h3>
          <ul className="list-disc pl-6">
            {diff.added.map((p) => (
              <li key={p.slug}>{p.name}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {diff.removed.length ? (
        <div>
          <h3 className="text-xl font-bold">Weg</h3>
          <ul className="list-disc pl-6">
            {diff.removed.map((p) => (
              <li key={p.slug}>{p.name}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {diff.changed.length ? (
        <div className="space-y-3">
          <h3 className="text-xl font-bold">Gewijzigd</h3>
          {diff.changed.map((p) => (
            <div key={p.slug} className="space-y-1">
              <h4 className="font-bold">{p.name}</h4>
              <ul className="space-y-2 pl-2">
                {p.fields.map((f) => (
                  <li key={f.field} className="break-words">
                    <span className="font-semibold">{f.field}</span>
                    <br />
                    was: <span className="font-mono text-sm">{show(f.before)}</span>
                    <br />
                    wordt: <span className="font-mono text-sm">{show(f.after)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ) : null}
    </section>
  );
}

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("PLATFORM_ADMIN", "CATALOGUE_EDITOR");
  const params = await searchParams;

  let versions: VersionSummary[];
  try {
    versions = await listCatalogueVersions(actor);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const published = versions.find((v) => v.status === "published") ?? null;
  const editable = await listEditableProducts(actor);
  const message = outcomeMessage(firstParam(params.klaar), firstParam(params.versie));

  // the version to compare: a draft with the published version (what publishing would change), others with the one before
  const chosen = versionNumberSchema.safeParse(firstParam(params.versie) ?? "");
  const selected = chosen.success ? versions.find((v) => v.number === chosen.data) : undefined;
  let comparison: { diff: CatalogueDiff; title: string } | null = null;
  if (selected) {
    const base = selected.status === "draft" ? published : versions.find((v) => v.number < selected.number && v.status !== "draft");
    if (base && base.number !== selected.number) {
      comparison = { diff: await compareCatalogueVersions(actor, base.number, selected.number), title: `Versie ${selected.number} vergeleken met versie ${base.number}` };
    }
  }

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Catalogus</h1>
        <p className="max-w-prose text-lg">
          De catalogus is de lijst met hulpmiddelen en de regels voor het advies. Elke wijziging is een nieuwe versie. Inwoners krijgen advies met de
          gepubliceerde versie. Een concept kunt u eerst bekijken en dan publiceren. Ging er iets mis? Zet dan een eerdere versie terug.
        </p>
        <p className="max-w-prose">Een nieuwe versie maakt u met een bestand (JSON of CSV), op de server:</p>
        <p>
          <code className="inline-block rounded bg-gray-100 px-2 py-1">npm run catalogue:import -- bestand.json</code>
        </p>
      </div>

      <div id="melding" role="status" aria-live="polite" tabIndex={-1}>
        {message ? (
          <p className={`rounded-lg border-2 p-4 font-semibold ${message.ok ? "border-good-700 bg-good-50 text-good-700" : "border-bad-700 bg-bad-50 text-bad-700"}`}>{message.text}</p>
        ) : null}
      </div>

      {comparison ? <DiffView diff={comparison.diff} title={comparison.title} /> : null}

      <section aria-labelledby="aanpassen" className="space-y-3">
        <h2 id="aanpassen" className="text-2xl font-bold">
          Hulpmiddelen aanpassen
        </h2>
        <p className="max-w-prose">
          {editable.draft
            ? `Wijzigingen komen in concept versie ${editable.draft.number}. Publiceer dat concept hieronder als u klaar bent.`
            : "Als u iets opslaat, maken wij een concept van de gepubliceerde versie. Inwoners merken pas iets als u het concept publiceert."}
        </p>
        <p className="flex flex-wrap gap-3">
          <Link href="/beheer/catalogus/nieuw" className={buttonPrimary}>
            Nieuw hulpmiddel toevoegen
          </Link>
          <Link href="/beheer/catalogus/aanmeldingen" className={`${link} inline-flex min-h-11 items-center`}>
            Aanmeldingen van leveranciers bekijken
          </Link>
        </p>
        <ul className="grid gap-x-6 sm:grid-cols-2">
          {editable.products.map((p) => (
            <li key={p.slug}>
              <Link href={`/beheer/catalogus/hulpmiddel/${p.slug}`} className={`${link} inline-flex min-h-11 items-center break-words`}>
                {p.name}
                {p.changedInDraft ? " (gewijzigd in concept)" : ""}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="versies" className="space-y-4">
        <h2 id="versies" className="text-2xl font-bold">
          Versies
        </h2>
        {versions.length === 0 ? <p>Er is nog geen versie.</p> : null}
        <ul className="space-y-4">
          {versions.map((v) => (
            <li key={v.id} className={`${card} space-y-3`}>
              <h3 className="text-xl font-bold">
                Versie {v.number}: {STATUS[v.status]}
              </h3>
              <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">Waarom</dt>
                <dd className="break-words">{v.note}</dd>
                <dt className="font-semibold">Gemaakt</dt>
                <dd>
                  {formatMoment(v.createdAt)} ({SOURCE[v.source]}
                  {v.restoredFrom ? `, gelijk aan versie ${v.restoredFrom}` : ""})
                </dd>
                {v.publishedAt ? (
                  <>
                    <dt className="font-semibold">Gepubliceerd</dt>
                    <dd>{formatMoment(v.publishedAt)}</dd>
                  </>
                ) : null}
                <dt className="font-semibold">Hulpmiddelen</dt>
                <dd>{v.productCount}</dd>
              </dl>
              <div className="flex flex-wrap items-center gap-3">
                {v.number > 1 || v.status === "draft" ? (
                  <Link href={`/beheer/catalogus?versie=${v.number}#verschillen`} className={`${link} inline-flex min-h-11 items-center`}>
                    Bekijk wat er anders is<span className="sr-only"> in versie {v.number}</span>
                  </Link>
                ) : null}
                {v.status === "draft" ? (
                  <form action={publishVersionAction}>
                    <input type="hidden" name="versie" value={v.number} />
                    <button type="submit" className={buttonPrimary}>
                      Versie {v.number} publiceren
                    </button>
                  </form>
                ) : null}
                {v.status === "superseded" ? (
                  <form action={rollbackVersionAction}>
                    <input type="hidden" name="versie" value={v.number} />
                    <button type="submit" className={buttonDanger}>
                      Terugzetten naar versie {v.number}
                    </button>
                  </form>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
