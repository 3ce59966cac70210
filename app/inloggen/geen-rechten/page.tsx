import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "U hebt nog geen rechten" };

/** After a sign-in through the municipality's identity provider without a mapped role (lib/server/oidc/flow.ts): no session, no access. */
export default function NoRightsPage() {
  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-3xl font-bold">U hebt nog geen rechten; vraag uw beheerder</h1>
      <p className="text-lg">
        U bent herkend met uw gemeente-account, maar u hebt nog geen rol in deze app. Vraag de beheerder van uw gemeente om u een rol te geven. Log daarna opnieuw in.
      </p>
      <p className="text-lg">
        <Link href="/inloggen" className="inline-block min-h-11 py-2 font-semibold text-blue-900 underline">
          Terug naar inloggen
        </Link>
      </p>
    </div>
  );
}
