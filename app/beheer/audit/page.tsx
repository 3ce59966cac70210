import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TableScroll } from "@/components/admin/insight-tables";
import { actionLabel, countPhrases, entityLabel, roleLabel } from "@/components/admin/labels";
import { buttonPrimary, buttonSecondary, fieldError, input, label } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { auditFilterSchema, fieldErrorsOf, firstParam } from "@/lib/schemas/admin";
import { listAdministeredMunicipalities } from "@/lib/server/admin/list-municipalities";
import { listAuditActions, listAuditEvents, type AuditEventPage } from "@/lib/server/audit/list-audit-events";
import { formatCode } from "@/lib/util/codes";
import { formatMoment } from "@/lib/util/dates";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Auditlog" };
export const dynamic = "force-dynamic";

type Params = Record<string, string | string[] | undefined>;
const FIELDS = ["actie", "van", "tot", "referentie", "gemeente"] as const;

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const isPlatform = actor.role === "PLATFORM_ADMIN";
  const params = await searchParams;
  const raw = Object.fromEntries([...FIELDS, "na"].map((k) => [k, (firstParam(params[k]) ?? "").slice(0, 100)])) as Record<string, string>;
  if (!isPlatform) raw.gemeente = "";

  const parsed = auditFilterSchema.safeParse(raw);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const filter = parsed.success
    ? { action: parsed.data.actie, from: parsed.data.van, to: parsed.data.tot, reference: parsed.data.referentie, municipalityId: parsed.data.gemeente }
    : null;

  let page: AuditEventPage = { events: [], nextCursor: null };
  let actions: string[];
  try {
    actions = await listAuditActions({ actor, municipalityId: filter?.municipalityId });
    if (filter) page = await listAuditEvents({ actor, filter, cursor: parsed.success ? parsed.data.na : undefined });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const municipalities = isPlatform ? await listAdministeredMunicipalities({ actor }) : [];
  if (raw.actie && !actions.includes(raw.actie)) actions = [...actions, raw.actie];

  const keep = new URLSearchParams(Object.entries(raw).filter(([k, v]) => k !== "na" && v !== "") as [string, string][]);
  const olderHref = page.nextCursor ? `/beheer/audit?${new URLSearchParams([...keep, ["na", page.nextCursor]]).toString()}` : null;
  const newestHref = raw.na ? `/beheer/audit${keep.size ? `?${keep.toString()}` : ""}` : null;
  const hasErrors = Object.keys(errors).length > 0;
  const describedBy = (field: string, hint?: string) => [hint, errors[field] ? `${field}-fout` : undefined].filter(Boolean).join(" ") || undefined;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Auditlog</h1>
        <p className="max-w-prose text-lg">
          Hier ziet u wie gegevens van inwoners heeft bekeken of veranderd. U ziet ook wanneer, en vanaf welk internetadres (IP-adres).
          {isPlatform ? " U ziet de gebeurtenissen van alle gemeenten." : " U ziet alleen de gebeurtenissen van uw eigen gemeente."}
        </p>
        <p className="max-w-prose">Het lezen van dit auditlog wordt zelf niet vastgelegd. Wissen en het beëindigen van sessies wel.</p>
      </div>

      <form method="get" action="/beheer/audit" role="search" aria-label="Filter het auditlog" className="space-y-4 rounded-xl border border-gray-300 bg-white p-4 sm:p-6" noValidate>
        {hasErrors ? (
          <p role="alert" className={fieldError}>
            Het filter klopt nog niet. Kijk bij de velden hieronder.
          </p>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label className={label} htmlFor="actie">
              Handeling
            </label>
            <select id="actie" name="actie" className={input} defaultValue={raw.actie} aria-invalid={!!errors.actie} aria-describedby={describedBy("actie")}>
              <option value="">Alle handelingen</option>
              {actions.map((a) => (
                <option key={a} value={a}>
                  {actionLabel(a)}
                </option>
              ))}
            </select>
            {errors.actie ? (
              <p id="actie-fout" className={fieldError}>
                {errors.actie[0]}
              </p>
            ) : null}
          </div>
          <div>
            <label className={label} htmlFor="referentie">
              Referentie of code
            </label>
            <p id="referentie-uitleg" className="text-base text-muted">
              Bijvoorbeeld van een gesprek of reservering, zoals KX7M-2QPD.
            </p>
            <input
              id="referentie"
              name="referentie"
              className={input}
              defaultValue={raw.referentie}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={!!errors.referentie}
              aria-describedby={describedBy("referentie", "referentie-uitleg")}
            />
            {errors.referentie ? (
              <p id="referentie-fout" className={fieldError}>
                {errors.referentie[0]}
              </p>
            ) : null}
          </div>
          <div>
            <label className={label} htmlFor="van">
              Vanaf datum
            </label>
            <input id="van" name="van" type="date" className={input} defaultValue={raw.van} aria-invalid={!!errors.van} aria-describedby={describedBy("van")} />
            {errors.van ? (
              <p id="van-fout" className={fieldError}>
                {errors.van[0]}
              </p>
            ) : null}
          </div>
          <div>
            <label className={label} htmlFor="tot">
              Tot en met datum
            </label>
            <input id="tot" name="tot" type="date" className={input} defaultValue={raw.tot} aria-invalid={!!errors.tot} aria-describedby={describedBy("tot")} />
            {errors.tot ? (
              <p id="tot-fout" className={fieldError}>
                {errors.tot[0]}
              </p>
            ) : null}
          </div>
          {isPlatform ? (
            <div>
              <label className={label} htmlFor="gemeente">
                Gemeente
              </label>
              <select id="gemeente" name="gemeente" className={input} defaultValue={raw.gemeente} aria-invalid={!!errors.gemeente} aria-describedby={describedBy("gemeente")}>
                <option value="">Alle gemeenten</option>
                {municipalities.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
              {errors.gemeente ? (
                <p id="gemeente-fout" className={fieldError}>
                  {errors.gemeente[0]}
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonPrimary}>
            Filteren
          </button>
          <Link href="/beheer/audit" className={buttonSecondary}>
            Filter leegmaken
          </Link>
        </div>
      </form>

      <section aria-labelledby="gebeurtenissen" className="space-y-4">
        <h2 id="gebeurtenissen" className="text-2xl font-bold">
          Gebeurtenissen
        </h2>
        {hasErrors ? (
          <p>Pas eerst het filter aan.</p>
        ) : page.events.length === 0 ? (
          <p className="font-semibold">Er zijn geen gebeurtenissen gevonden{keep.size ? " met dit filter" : ""}.</p>
        ) : (
          <>
            <p>
              {raw.na ? "Oudere gebeurtenissen" : "De nieuwste gebeurtenissen staan bovenaan"}. Op deze pagina: {page.events.length}.
            </p>
            <TableScroll label="Tabel: gebeurtenissen in het auditlog">
              <table className="w-full min-w-[48rem] border-collapse text-base">
                <caption className="sr-only">Gebeurtenissen in het auditlog, nieuwste eerst</caption>
                <thead>
                  <tr>
                    {["Wanneer", "Wie", "Wat", "Welke gegevens", "IP-adres", ...(isPlatform ? ["Gemeente"] : [])].map((h) => (
                      <th key={h} scope="col" className="border-b-2 border-gray-400 px-2 py-2 text-left align-bottom font-semibold">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {page.events.map((e) => {
                    const counts = e.counts ? countPhrases(e.counts) : [];
                    return (
                      <tr key={e.id} className="align-top">
                        <td className="border-b border-gray-200 px-2 py-2 whitespace-nowrap">{formatMoment(e.at)}</td>
                        <td className="border-b border-gray-200 px-2 py-2">
                          {e.who}
                          {e.actorKind === "staff" && e.actorRole ? <span className="block text-muted">{roleLabel(e.actorRole)}</span> : null}
                        </td>
                        <td className="border-b border-gray-200 px-2 py-2">
                          {actionLabel(e.action)}
                          {counts.length ? <span className="block text-muted">{counts.join(", ")}</span> : null}
                        </td>
                        <td className="border-b border-gray-200 px-2 py-2">
                          {e.subject ? (
                            e.subject
                          ) : e.entityReference ? (
                            <>
                              {entityLabel(e.entityType)} <span className="font-mono">{formatCode(e.entityReference)}</span>
                            </>
                          ) : e.entityName ? (
                            `${entityLabel(e.entityType)} ${e.entityName}`
                          ) : (
                            <>
                              {entityLabel(e.entityType)} <span className="text-muted">(niet meer te vinden)</span>
                            </>
                          )}
                        </td>
                        <td className="border-b border-gray-200 px-2 py-2 font-mono text-sm">{e.ip ?? "onbekend"}</td>
                        {isPlatform ? <td className="border-b border-gray-200 px-2 py-2">{e.municipalityName ?? "geen"}</td> : null}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
        {olderHref || newestHref ? (
          <nav aria-label="Pagina's van het auditlog" className="flex flex-wrap gap-3">
            {newestHref ? (
              <Link className={buttonSecondary} href={newestHref}>
                Terug naar de nieuwste
              </Link>
            ) : null}
            {olderHref ? (
              <Link className={buttonSecondary} href={olderHref}>
                Oudere gebeurtenissen
              </Link>
            ) : null}
          </nav>
        ) : null}
        <BackLink href="/beheer">Terug naar het overzicht</BackLink>
      </section>
    </div>
  );
}
