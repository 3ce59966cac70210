import type { Metadata } from "next";
import { AcceptForm } from "./accept-form";

export const metadata: Metadata = { title: "Uitnodiging aannemen", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/** Where an invited colleague enters the one-time code (or arrives through the link) and chooses a password. */
export default async function InvitationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const raw = Array.isArray(params.code) ? params.code[0] : params.code;
  const code = typeof raw === "string" ? raw.slice(0, 40) : "";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Uitnodiging aannemen</h1>
      <p className="max-w-prose text-lg">
        U bent uitgenodigd om mee te werken in Thuis Technologie Verkenner. Vul de code in die u kreeg en kies zelf een wachtwoord. Daarna logt u in.
      </p>
      <AcceptForm code={code} />
    </div>
  );
}
