import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { roleLabel } from "@/components/admin/labels";
import { MunicipalityFilter } from "@/components/admin/municipality-filter";
import { TableScroll } from "@/components/admin/insight-tables";
import { buttonDanger, buttonSecondary, card } from "@/components/ui/styles";
import { PLATFORM_ROLES, rolesAssignableBy } from "@/lib/auth/permissions";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { firstParam, recordIdSchema } from "@/lib/schemas/admin";
import { listAdministeredMunicipalities } from "@/lib/server/admin/list-municipalities";
import { listAdminCentres } from "@/lib/server/centres/list-admin-centres";
import { listPeople } from "@/lib/server/people/list-people";
import { formatMoment } from "@/lib/util/dates";
import { endSessionsAction, removePersonAction, revokeInvitationAction } from "./actions";
import { GrantForm } from "./grant-form";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Mensen" };
export const dynamic = "force-dynamic";

const MESSAGES: Record<string, { ok: boolean; text: string }> = {
  verwijderd: { ok: true, text: "Deze persoon kan niet meer inloggen. Alle sessies zijn beëindigd." },
  uitgelogd: { ok: true, text: "Alle sessies van deze persoon zijn beëindigd. Hij of zij moet opnieuw inloggen." },
  ingetrokken: { ok: true, text: "De uitnodiging is ingetrokken. De code werkt niet meer." },
  "rechten-gegeven": { ok: true, text: "De rechten zijn gegeven. Deze persoon kan nu inloggen met het gemeente-account en aan het werk." },
  "laatste-beheerder": { ok: false, text: "U bent de laatste beheerder. Nodig eerst een andere beheerder uit; daarna kunt u uzelf verwijderen." },
  "niet-gevonden": { ok: false, text: "Deze persoon of uitnodiging bestaat niet (meer), of hoort niet bij uw gemeente." },
};

const th = "border-b-2 border-gray-400 px-2 py-2 text-left font-semibold";
const td = "border-b border-gray-200 px-2 py-2 align-top";

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const params = await searchParams;
  const isPlatform = actor.role === "PLATFORM_ADMIN";
  const requested = recordIdSchema.safeParse(firstParam(params.gemeente) ?? "");
  const municipalityId = isPlatform ? (requested.success ? requested.data : null) : actor.municipalityId;

  let data;
  let centres;
  try {
    data = await listPeople({ actor, municipalityId });
    centres = municipalityId ? await listAdminCentres({ actor, municipalityId, includeClosed: false }) : [];
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const municipalities = isPlatform ? await listAdministeredMunicipalities({ actor }) : [];
  // a platform administrator without a chosen municipality can only invite platform roles (administrator, catalogue editor)
  const roles = municipalityId ? rolesAssignableBy(actor) : rolesAssignableBy(actor).filter((r) => PLATFORM_ROLES.includes(r));
  const message = MESSAGES[firstParam(params.klaar) ?? ""];
  const waiting = data.people.filter((p) => p.awaitingRights);
  // nobody gives more rights than they have; an account of a municipality never becomes a platform administrator
  const grantRoles = rolesAssignableBy(actor).filter((r) => r === "CONSULTANT" || r === "CENTRE_STAFF" || r === "MUNICIPALITY_ADMIN");
  const waitingMunicipalities = [...new Set(waiting.flatMap((p) => (p.municipalityId ? [p.municipalityId] : [])))];
  const centresByMunicipality = new Map<string, { id: string; name: string }[]>();
  for (const id of waitingMunicipalities) {
    centresByMunicipality.set(id, id === municipalityId ? centres.map((c) => ({ id: c.id, name: c.name })) : (await listAdminCentres({ actor, municipalityId: id, includeClosed: false })).map((c) => ({ id: c.id, name: c.name })));
  }
  const back = isPlatform && municipalityId ? municipalityId : "";

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Mensen</h1>
        <p className="max-w-prose text-lg">Wie werkt er met Thuis Technologie Verkenner? Nodig nieuwe collega&apos;s uit, beëindig sessies, of haal iemand eraf die niet meer bij u werkt.</p>
        {isPlatform ? <MunicipalityFilter municipalities={municipalities} selected={municipalityId ?? undefined} action="/beheer/mensen" /> : null}
      </div>
      <div role="status">
        {message ? (
          <p className={`rounded-lg border-2 p-4 font-semibold ${message.ok ? "border-good-700 bg-good-50 text-good-700" : "border-bad-700 bg-bad-50 text-bad-700"}`}>{message.text}</p>
        ) : null}
      </div>

      {waiting.length ? (
        <section aria-labelledby="wachten-op-rechten" className="space-y-4">
          <h2 id="wachten-op-rechten" className="text-2xl font-bold">
            Wachten op rechten ({waiting.length})
          </h2>
          <p className="max-w-prose">
            Deze mensen logden in met het account van de gemeente, maar hun groep is nog niet aan een rol gekoppeld. Geef ze hier een rol, of koppel hun groep bij
            Instellingen, Inloggen met het gemeente-account. Daarna loggen ze opnieuw in en kunnen ze aan het werk.
          </p>
          <ul className="grid gap-4 md:grid-cols-2">
            {waiting.map((p) => (
              <li key={p.id} className={`${card} space-y-3`}>
                <h3 className="text-xl font-bold [overflow-wrap:anywhere]">
                  {p.name}
                  <span className="block text-base font-normal text-muted">
                    {p.email}
                    {p.municipalityName && isPlatform && !municipalityId ? `, ${p.municipalityName}` : ""}
                  </span>
                </h3>
                <GrantForm userId={p.id} name={p.name} back={back} roles={grantRoles} centres={p.municipalityId ? (centresByMunicipality.get(p.municipalityId) ?? []) : []} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="accounts" className="space-y-4">
        <h2 id="accounts" className="text-2xl font-bold">
          Accounts ({data.people.length})
        </h2>
        <TableScroll label="Tabel: accounts">
          <table className="w-full min-w-[44rem] border-collapse text-base">
            <caption className="sr-only">Accounts</caption>
            <thead>
              <tr>
                {["Naam", "Rol", "Laatst ingelogd", "Acties"].map((h) => (
                  <th key={h} scope="col" className={th}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.people.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className={`${td} text-left font-semibold`}>
                    {p.name}
                    {p.isSelf ? " (uzelf)" : ""}
                    <span className="block font-normal text-muted [overflow-wrap:anywhere]">{p.email}</span>
                  </th>
                  <td className={td}>
                    {p.awaitingRights ? "Nog geen rechten (gemeente-account; geef een rol onder Wachten op rechten)" : roleLabel(p.role)}
                    {p.municipalityName && isPlatform && !municipalityId ? `, ${p.municipalityName}` : ""}
                    {p.centres.length ? <span className="block text-muted">{p.centres.join(", ")}</span> : null}
                  </td>
                  <td className={td}>
                    {p.lastSignInAt ? formatMoment(p.lastSignInAt) : "nog nooit"}
                    <span className="block text-muted">{p.activeSessions === 1 ? "1 actieve sessie" : `${p.activeSessions} actieve sessies`}</span>
                  </td>
                  <td className={td}>
                    <div className="flex flex-wrap gap-2">
                      {!p.isSelf && p.activeSessions > 0 ? (
                        <form action={endSessionsAction}>
                          <input type="hidden" name="gebruiker" value={p.id} />
                          <input type="hidden" name="terug-gemeente" value={back} />
                          <button type="submit" className={buttonSecondary}>
                            Uitloggen<span className="sr-only"> ({p.name})</span>
                          </button>
                        </form>
                      ) : null}
                      {rolesAssignableBy(actor).includes(p.role) ? (
                        <form action={removePersonAction}>
                          <input type="hidden" name="gebruiker" value={p.id} />
                          <input type="hidden" name="terug-gemeente" value={back} />
                          <button type="submit" className={buttonDanger}>
                            Verwijderen<span className="sr-only"> ({p.name})</span>
                          </button>
                        </form>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      {data.invitations.length ? (
        <section aria-labelledby="open-uitnodigingen" className="space-y-4">
          <h2 id="open-uitnodigingen" className="text-2xl font-bold">
            Open uitnodigingen
          </h2>
          <ul className="space-y-3">
            {data.invitations.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-3">
                <span>
                  <strong>{i.name}</strong> ({roleLabel(i.role)}), geldig tot {formatMoment(i.expiresAt)}
                </span>
                <form action={revokeInvitationAction}>
                  <input type="hidden" name="uitnodiging" value={i.id} />
                  <input type="hidden" name="terug-gemeente" value={back} />
                  <button type="submit" className={buttonSecondary}>
                    Intrekken<span className="sr-only"> (uitnodiging van {i.name})</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="uitnodigen" className="space-y-4">
        <h2 id="uitnodigen" className="text-2xl font-bold">
          Iemand uitnodigen
        </h2>
        <p className="max-w-prose">
          De nieuwe collega krijgt een bericht met een link. U ziet daarna één keer een code: geef die aan deze persoon. Met de code kiest hij of zij zelf een wachtwoord.
        </p>
        <InviteForm roles={roles} centres={centres.map((c) => ({ id: c.id, name: c.name }))} municipalityId={isPlatform ? municipalityId : null} />
      </section>
    </div>
  );
}
