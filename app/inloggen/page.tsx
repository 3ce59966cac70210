import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser, homeFor } from "@/lib/auth/session";
import { listOidcMunicipalities } from "@/lib/server/oidc/config";

export const metadata: Metadata = { title: "Inloggen voor medewerkers" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { error, gemeente } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user.role));
  const oidcMunicipalities = await listOidcMunicipalities();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Inloggen voor medewerkers</h1>
      <p className="max-w-prose text-lg">
        Voor Wmo-consulenten, medewerkers van uitleenpunten en beheerders van de gemeente. Inwoners hebben geen account nodig.
      </p>
      {gemeente === "mislukt" || gemeente === "niet-beschikbaar" ? (
        <p role="alert" className="max-w-prose rounded border-2 border-red-700 bg-red-50 p-4 text-lg text-red-900">
          {gemeente === "mislukt"
            ? "Inloggen met uw gemeente-account is niet gelukt. Probeer het opnieuw. Lukt het weer niet? Vraag uw beheerder om hulp."
            : "Inloggen met een gemeente-account kan nu niet voor deze gemeente. Probeer het later opnieuw of vraag uw beheerder om hulp."}
        </p>
      ) : null}
      {oidcMunicipalities.length > 0 ? (
        <section aria-labelledby="gemeente-account" className="max-w-prose space-y-3">
          <h2 id="gemeente-account" className="text-2xl font-bold">Inloggen met uw gemeente-account</h2>
          <p className="text-lg">Kies uw gemeente. U logt dan in met het account waarmee u ook op uw werk inlogt.</p>
          <ul className="space-y-2">
            {oidcMunicipalities.map((m) => (
              <li key={m.slug}>
                <a href={`/api/oidc/${m.slug}/start`} className="inline-block min-h-11 rounded border-2 border-blue-800 px-4 py-2 text-lg font-semibold text-blue-900 underline-offset-4 hover:underline focus:outline-3 focus:outline-offset-2">
                  Inloggen met uw gemeente-account van {m.name}
                </a>
              </li>
            ))}
          </ul>
          <h2 className="pt-4 text-2xl font-bold">Of log in met e-mailadres en wachtwoord</h2>
        </section>
      ) : null}
      <SignInForm initialError={typeof error === "string" ? error.slice(0, 40) : undefined} />
    </div>
  );
}
