import type { Metadata } from "next";
import Link from "next/link";
import { CASE_STATUS_WORDS, RESERVATION_STATUS_WORDS, WAITLIST_STATUS_WORDS, countPhrase, countPhrases, statusWord } from "@/components/admin/labels";
import { buttonPrimary, buttonSecondary, card, fieldError, input, label, link } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { erasureReferenceSchema, firstParam } from "@/lib/schemas/admin";
import { getErasureRecord, type ErasureRecord } from "@/lib/server/privacy/get-erasure-record";
import { previewErasure, type ErasurePreview } from "@/lib/server/privacy/preview-erasure";
import { formatCode } from "@/lib/util/codes";
import { formatMoment } from "@/lib/util/dates";
import { EraseForm } from "./erase-form";

export const metadata: Metadata = { title: "Gegevens wissen" };
export const dynamic = "force-dynamic";

const KIND_WORDS = { "case.erase": "het gesprek", "reservation.erase": "de persoonsgegevens van de reservering", "waitlist.erase": "de persoonsgegevens van de inschrijving op de wachtlijst" } as const;

export default async function ErasePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const params = await searchParams;

  if (!can(actor, "case:erase")) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">Gegevens wissen op verzoek</h1>
        <p className="max-w-prose text-lg">
          Alleen een beheerder van de gemeente kan gegevens van inwoners wissen. De gemeente is verantwoordelijk voor deze gegevens. Stuur een verzoek door naar de beheerder van de gemeente van de inwoner.
        </p>
      </div>
    );
  }

  // After an erasure: the proof from the audit log.
  const erased = firstParam(params.gewist);
  let record: ErasureRecord | null = null;
  if (erased) {
    try {
      record = await getErasureRecord({ actor, reference: erased.slice(0, 40) });
    } catch (error) {
      if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
    }
  }

  const typed = (firstParam(params.referentie) ?? "").slice(0, 80);
  let lookupError: string | null = null;
  let preview: ErasurePreview | null = null;
  if (typed && !record) {
    const parsed = erasureReferenceSchema.safeParse(typed);
    if (!parsed.success) lookupError = parsed.error.issues[0]?.message ?? "Deze referentie klopt niet.";
    else {
      try {
        preview = await previewErasure({ actor, reference: parsed.data });
      } catch (error) {
        if (error instanceof AppError && error.code === "NOT_FOUND") lookupError = error.message;
        else throw error;
      }
    }
  }

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Gegevens wissen op verzoek</h1>
        <p className="max-w-prose text-lg">
          Vraagt een inwoner om zijn gegevens te wissen? Zoek het gesprek of de reservering op met de referentie. U ziet eerst wat er gewist wordt. Daarna wist u alles in één keer.
        </p>
        <p className="max-w-prose">Het wissen wordt vastgelegd in het auditlog: wanneer, door wie en hoeveel. Zonder persoonsgegevens. Wissen kan niet ongedaan worden gemaakt.</p>
      </div>

      {record ? (
        <section aria-labelledby="gewist" className="space-y-3 rounded-xl border-2 border-good-700 bg-good-50 p-4 sm:p-6">
          <h2 id="gewist" className="text-2xl font-bold text-good-700">
            Gewist
          </h2>
          <p>
            Op {formatMoment(record.at)} heeft {record.byName ?? "het systeem"} {KIND_WORDS[record.action]} met referentie{" "}
            <span className="font-mono font-semibold">{formatCode(record.reference)}</span> gewist.
          </p>
          <CountList counts={record.counts} />
          <p>U kunt de inwoner laten weten dat het gebeurd is.</p>
          <p>
            <Link className={`${link} inline-flex min-h-11 items-center`} href={`/beheer/audit?referentie=${encodeURIComponent(record.reference)}`}>
              Bekijk dit in het auditlog
            </Link>
          </p>
        </section>
      ) : null}

      <form method="get" action="/beheer/wissen" className={`${card} space-y-4`} role="search" aria-label="Zoek op referentie" noValidate>
        <div>
          <label className={label} htmlFor="referentie">
            Referentie
          </label>
          <p id="referentie-uitleg" className="text-base text-muted">
            De referentie staat op het verslag van het gesprek, of in de bevestiging van de reservering. Bijvoorbeeld KX7M-2QPD.
          </p>
          <input
            id="referentie"
            name="referentie"
            className={`${input} max-w-xs font-mono uppercase`}
            defaultValue={record ? "" : typed}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={!!lookupError}
            aria-describedby={`referentie-uitleg${lookupError ? " referentie-fout" : ""}`}
          />
          {lookupError ? (
            <p id="referentie-fout" className={fieldError} role="alert">
              {lookupError}
            </p>
          ) : null}
        </div>
        <button type="submit" className={buttonPrimary}>
          Opzoeken
        </button>
      </form>

      {preview ? <PreviewSection preview={preview} /> : null}
    </div>
  );
}

function CountList({ counts }: { counts: Record<string, number> }) {
  const phrases = countPhrases(counts);
  if (phrases.length === 0) return <p>Er waren geen gegevens meer over om te wissen.</p>;
  return (
    <ul className="list-disc space-y-1 pl-6">
      {phrases.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

function PreviewSection({ preview }: { preview: ErasurePreview }) {
  const ref = formatCode(preview.reference);
  if (preview.kind === "case") {
    const c = preview.counts;
    const deleted = (["notes", "choices", "steps", "consents", "assessments"] as const).map((k) => countPhrase(k, c[k]));
    // outcomes and the saved advice hold no personal data: they stay, unlinked from the conversation, for learning
    const kept = (["outcomes", "adviceSnapshots"] as const).map((k) => countPhrase(k, c[k]));
    return (
      <section aria-labelledby="voorbeeld" className={`${card} space-y-4`}>
        <h2 id="voorbeeld" className="text-2xl font-bold">
          Gesprek {ref}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">Gestart op</dt>
          <dd>{formatMoment(preview.createdAt)}</dd>
          <dt className="font-semibold">Consulent</dt>
          <dd>{preview.consultantName}</dd>
          <dt className="font-semibold">Status</dt>
          <dd>{statusWord(CASE_STATUS_WORDS, preview.status)}</dd>
        </dl>
        {preview.hasApplication ? (
          <p className="rounded-lg border-2 border-warn-700 bg-warn-50 p-3 font-semibold text-warn-700">
            Bij dit gesprek is een aanvraag gedaan. De aanvraag zelf staat in het systeem van de gemeente en wordt hier niet gewist. Overleg met de afdeling die de aanvraag behandelt.
          </p>
        ) : null}
        <h3 className="text-xl font-bold">Dit wordt helemaal gewist</h3>
        <ul className="list-disc space-y-1 pl-6">
          <li>Het gesprek met de naam en het contact van de inwoner</li>
          {deleted.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <h3 className="text-xl font-bold">Dit blijft, zonder persoonsgegevens en los van het gesprek</h3>
        <p>Wat er van een hulpmiddel kwam en welk advies erbij hoorde, zonder naam of contact en zonder de toelichting van de consulent. Zo leert het advies van uitkomsten.</p>
        <ul className="list-disc space-y-1 pl-6">
          {kept.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <h3 className="text-xl font-bold">Hiervan worden naam, telefoon en e-mail gewist</h3>
        <p>De rij zelf blijft, zodat het uitleenpunt weet waar een hulpmiddel was.</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>{countPhrase("reservations", c.reservations)}</li>
          <li>{countPhrase("waitlistEntries", c.waitlistEntries)}</li>
        </ul>
        <EraseForm reference={preview.reference} kind="case" confirmText={`Ik heb gecontroleerd dat dit het gesprek is van de inwoner die om wissen vraagt (${ref}).`} buttonText="Gesprek definitief wissen" />
        <p>
          <Link className={buttonSecondary} href="/beheer/wissen">
            Annuleren
          </Link>
        </p>
      </section>
    );
  }

  const isReservation = preview.kind === "reservation";
  const what = isReservation ? "Reservering" : "Inschrijving op de wachtlijst";
  return (
    <section aria-labelledby="voorbeeld" className={`${card} space-y-4`}>
      <h2 id="voorbeeld" className="text-2xl font-bold">
        {what} {ref}
      </h2>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Hulpmiddel</dt>
        <dd>{preview.productName}</dd>
        <dt className="font-semibold">Uitleenpunt</dt>
        <dd>{preview.centreName}</dd>
        <dt className="font-semibold">Gemaakt op</dt>
        <dd>{formatMoment(preview.createdAt)}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{statusWord(isReservation ? RESERVATION_STATUS_WORDS : WAITLIST_STATUS_WORDS, preview.status)}</dd>
      </dl>
      {preview.alreadyErased ? (
        <p className="font-semibold">De persoonsgegevens hiervan zijn al gewist. Er is niets meer te doen.</p>
      ) : (
        <>
          {preview.kind === "reservation" && preview.caseReference ? (
            <p className="rounded-lg border-2 border-warn-700 bg-warn-50 p-3">
              Deze reservering hoort bij gesprek <span className="font-mono font-semibold">{formatCode(preview.caseReference)}</span>. Wil de inwoner alles laten wissen?{" "}
              <Link className={link} href={`/beheer/wissen?referentie=${encodeURIComponent(preview.caseReference)}`}>
                Wis dan het gesprek
              </Link>
              . Daarmee worden ook de gegevens van deze reservering gewist.
            </p>
          ) : null}
          <h3 className="text-xl font-bold">Dit wordt gewist</h3>
          <ul className="list-disc space-y-1 pl-6">
            <li>De naam, het telefoonnummer en het e-mailadres van de inwoner</li>
            <li>Het adres en de tekst van berichten die de inwoner hierover kreeg</li>
            {isReservation ? <li>Dezelfde gegevens op de wachtlijst, als de reservering daar vandaan kwam</li> : <li>Dezelfde gegevens in de reservering die hieruit kwam</li>}
          </ul>
          <p>De {isReservation ? "reservering" : "inschrijving"} zelf blijft bestaan, zonder naam. Zo weet het uitleenpunt waar een hulpmiddel was.</p>
          <EraseForm
            reference={preview.reference}
            kind={preview.kind}
            confirmText={`Ik heb gecontroleerd dat dit de ${isReservation ? "reservering" : "inschrijving"} is van de inwoner die om wissen vraagt (${ref}).`}
            buttonText="Persoonsgegevens definitief wissen"
          />
        </>
      )}
      <p>
        <Link className={buttonSecondary} href="/beheer/wissen">
          Annuleren
        </Link>
      </p>
    </section>
  );
}

