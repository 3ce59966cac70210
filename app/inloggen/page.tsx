import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser, homeFor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Inloggen voor medewerkers" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { error } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user.role));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Inloggen voor medewerkers</h1>
      <p className="max-w-prose text-lg">
        Voor Wmo-consulenten, medewerkers van uitleenpunten en beheerders van de gemeente. Inwoners hebben geen account nodig.
      </p>
      <SignInForm initialError={typeof error === "string" ? error.slice(0, 40) : undefined} />
    </div>
  );
}
