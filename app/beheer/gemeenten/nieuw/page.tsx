import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { MunicipalityForm } from "./municipality-form";

export const metadata: Metadata = { title: "Nieuwe gemeente" };
export const dynamic = "force-dynamic";

export default async function NewMunicipalityPage() {
  await requireRole("PLATFORM_ADMIN");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Nieuwe gemeente</h1>
      <p className="max-w-prose text-lg">Vul de gegevens van de gemeente in en nodig de eerste beheerder uit. Die regelt daarna de uitleenpunten, de medewerkers en de instellingen.</p>
      <MunicipalityForm />
    </div>
  );
}
