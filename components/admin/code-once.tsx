import { formatInvitationCode } from "@/lib/invitations/format";

/** The one-time invitation code, shown once after inviting: it is not stored and cannot be shown again. */
export function CodeOnce({ name, email, code, link, expiresAt }: { name: string; email: string; code: string; link: string; expiresAt: string }) {
  return (
    <div className="space-y-3 rounded-xl border-2 border-good-700 bg-good-50 p-4 sm:p-6">
      <p className="text-lg font-bold text-good-700">Uitnodiging gemaakt voor {name}.</p>
      <p>
        Er staat een bericht klaar voor <strong className="[overflow-wrap:anywhere]">{email}</strong> met de link naar de pagina <em>Uitnodiging aannemen</em>. Geef deze
        persoon ook de code hieronder, bijvoorbeeld door te bellen. <strong>U ziet de code maar één keer.</strong>
      </p>
      <p className="text-lg">
        Eenmalige code: <strong className="whitespace-nowrap font-mono text-2xl tracking-wider" data-testid="uitnodigingscode">{formatInvitationCode(code)}</strong>
      </p>
      <p className="[overflow-wrap:anywhere]">
        Of stuur deze link: <span className="font-mono">{link}</span>
      </p>
      <p>Geldig tot {expiresAt}.</p>
    </div>
  );
}
