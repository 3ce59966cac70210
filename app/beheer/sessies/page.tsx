import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { roleLabel } from "@/components/admin/labels";
import { MunicipalityFilter } from "@/components/admin/municipality-filter";
import { TableScroll } from "@/components/admin/insight-tables";
import { buttonDanger, buttonSecondary, card } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { firstParam, recordIdSchema } from "@/lib/schemas/admin";
import { listAdministeredMunicipalities } from "@/lib/server/admin/list-municipalities";
import { listSessions, type UserWithSessions } from "@/lib/server/sessions/list-sessions";
import { formatMoment } from "@/lib/util/dates";
import { revokeSessionAction, revokeUserSessionsAction } from "./actions";

export const metadata: Metadata = { title: "Sessies" };
export const dynamic = "force-dynamic";

function outcomeMessage(klaar: string | undefined, aantal: string | undefined): { text: string; ok: boolean } | null {
  switch (klaar) {
    case "sessie":
      return { ok: true, text: "De sessie is beëindigd. Deze medewerker is nu uitgelogd." };
    case "alle": {
      const n = Number(aantal);
      return { ok: true, text: `Alle sessies van deze medewerker zijn beëindigd${Number.isInteger(n) && n >= 0 ? ` (${n})` : ""}. Hij of zij is nu uitgelogd.` };
    }
    case "niet-gevonden":
      return { ok: false, text: "Deze sessie bestaat niet meer, of hij was al beëindigd. Kijk in de lijst hieronder." };
    default:
      return null;
  }
}

export default async function SessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const params = await searchParams;
  const isPlatform = actor.role === "PLATFORM_ADMIN";
  const requested = recordIdSchema.safeParse(firstParam(params.gemeente) ?? "");
  const municipalityId = isPlatform && requested.success ? requested.data : undefined;

  let users: UserWithSessions[];
  try {
    users = await listSessions({ actor, municipalityId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const municipalities = isPlatform ? await listAdministeredMunicipalities({ actor }) : [];
  const message = outcomeMessage(firstParam(params.klaar), firstParam(params.aantal));
  const total = users.reduce((n, u) => n + u.sessions.length, 0);

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Sessies</h1>
        <p className="max-w-prose text-lg">
          Een sessie begint als iemand inlogt. Vertrouwt u een sessie niet? Bijvoorbeeld omdat iemand een laptop kwijt is? Beëindig de sessie dan. De medewerker is dan meteen uitgelogd en moet opnieuw inloggen.
        </p>
        {isPlatform ? <MunicipalityFilter municipalities={municipalities} selected={municipalityId} action="/beheer/sessies" /> : null}
      </div>

      <div role="status" aria-live="polite">
        {message ? (
          <p className={`rounded-lg border-2 p-4 font-semibold ${message.ok ? "border-good-700 bg-good-50 text-good-700" : "border-bad-700 bg-bad-50 text-bad-700"}`}>{message.text}</p>
        ) : null}
      </div>

      <p>
        {total === 1 ? "Er is nu 1 actieve sessie" : `Er zijn nu ${total} actieve sessies`}
        {isPlatform ? "." : " van medewerkers van uw gemeente."}
      </p>

      <ul className="space-y-6">
        {users.map((user) => {
          const isSelf = user.userId === actor.userId;
          return (
            <li key={user.userId} className={`${card} space-y-4`}>
              <div>
                <h2 className="text-xl font-bold">
                  {user.name}
                  {isSelf ? " (uzelf)" : ""}
                </h2>
                <p className="text-muted">
                  {roleLabel(user.role)}
                  {user.municipalityName ? `, ${user.municipalityName}` : ""}
                </p>
              </div>
              <TableScroll label={`Tabel: sessies van ${user.name}`}>
                <table className="w-full min-w-[40rem] border-collapse text-base">
                  <caption className="sr-only">Actieve sessies van {user.name}</caption>
                  <thead>
                    <tr>
                      {["Begonnen", "Laatst gezien", "Verloopt", "Actie"].map((h) => (
                        <th key={h} scope="col" className="border-b-2 border-gray-400 px-2 py-2 text-left font-semibold">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {user.sessions.map((s) => (
                      <tr key={s.id} className="align-middle">
                        <td className="border-b border-gray-200 px-2 py-2">{formatMoment(s.createdAt)}</td>
                        <td className="border-b border-gray-200 px-2 py-2">{formatMoment(s.lastSeenAt)}</td>
                        <td className="border-b border-gray-200 px-2 py-2">{formatMoment(s.expiresAt)}</td>
                        <td className="border-b border-gray-200 px-2 py-2">
                          {s.isCurrent ? (
                            <span className="font-semibold">Dit is uw eigen sessie</span>
                          ) : (
                            <form action={revokeSessionAction}>
                              <input type="hidden" name="sessie" value={s.id} />
                              <button type="submit" className={buttonDanger}>
                                Sessie beëindigen<span className="sr-only"> van {user.name}, begonnen {formatMoment(s.createdAt)}</span>
                              </button>
                            </form>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              {!isSelf ? (
                <form action={revokeUserSessionsAction}>
                  <input type="hidden" name="gebruiker" value={user.userId} />
                  <button type="submit" className={buttonSecondary}>
                    Alle sessies van deze gebruiker beëindigen<span className="sr-only"> ({user.name})</span>
                  </button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
