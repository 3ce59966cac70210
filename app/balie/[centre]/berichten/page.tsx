import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { listOutbox, OUTBOX_PAGE_SIZE, type OutboxRow } from "@/lib/server/desk/list-outbox";
import { formatCode } from "@/lib/util/codes";
import { formatMoment } from "@/lib/util/dates";
import { card } from "@/components/ui/styles";
import { orNotFound } from "../../_lib/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Berichten" };

const STATUS_TEXT: Record<OutboxRow["status"], string> = {
  PENDING: "Wacht op verzenden",
  SENT: "Verstuurd",
  KEPT: "Bewaard, niet verstuurd",
  FAILED: "Verzenden mislukt",
};

const KIND_TEXT: Record<string, string> = {
  reservation_confirmation: "Bevestiging van een reservering",
  pickup_reminder: "Herinnering: ophalen",
  return_reminder: "Herinnering: terugbrengen",
  waitlist_confirmation: "Bevestiging van de wachtlijst",
  waitlist_offer: "Aanbod van de wachtlijst",
};

export default async function OutboxPage({ params }: { params: Promise<{ centre: string }> }) {
  const actor = await requireRole("CENTRE_STAFF");
  const { centre: centreSlug } = await params;
  const { centre, messages, total } = await orNotFound(listOutbox({ actor, centreSlug }));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Berichten {centre.name}</h1>
      <p className="max-w-prose text-lg">
        Dit zijn de berichten aan inwoners over reserveringen bij dit uitleenpunt. Staat er &quot;Bewaard, niet verstuurd&quot;? Dan is er geen mailserver ingesteld. Het bericht is dan niet
        verstuurd. Bel de inwoner als het belangrijk is.
      </p>
      {total > messages.length ? (
        <p className="text-base">
          U ziet de nieuwste {OUTBOX_PAGE_SIZE} van {total} berichten.
        </p>
      ) : null}
      {messages.length === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-400 p-3 text-base text-muted">Er zijn nog geen berichten.</p>
      ) : (
        <ol className="space-y-4">
          {messages.map((m) => (
            <li key={m.id}>
              <article aria-labelledby={`bericht-${m.id}`} className={`${card} space-y-2`}>
                <h2 id={`bericht-${m.id}`} className="text-xl font-bold break-words">
                  {m.subject}
                </h2>
                <dl className="grid gap-x-4 gap-y-1 text-base sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">Aan</dt>
                  <dd className="break-all">
                    {m.toAddress} ({m.channel === "sms" ? "sms" : "e-mail"})
                  </dd>
                  <dt className="font-semibold">Soort</dt>
                  <dd>{KIND_TEXT[m.kind] ?? m.kind}</dd>
                  {m.reference ? (
                    <>
                      <dt className="font-semibold">Reservering</dt>
                      <dd>{formatCode(m.reference)}</dd>
                    </>
                  ) : null}
                  <dt className="font-semibold">Gemaakt</dt>
                  <dd>{formatMoment(m.createdAt)}</dd>
                  <dt className="font-semibold">Stand</dt>
                  <dd>
                    {STATUS_TEXT[m.status]}
                    {m.sentAt ? ` op ${formatMoment(m.sentAt)}` : ""}
                  </dd>
                </dl>
                <div>
                  <h3 className="sr-only">Tekst van het bericht</h3>
                  <pre className="rounded-lg border border-gray-300 bg-gray-50 p-3 font-sans text-base whitespace-pre-wrap break-words">{m.body}</pre>
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
