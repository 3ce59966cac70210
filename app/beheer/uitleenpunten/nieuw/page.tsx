import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { firstParam, recordIdSchema } from "@/lib/schemas/admin";
import { saveCentreAction } from "../actions";
import { CentreForm } from "../centre-form";

export const metadata: Metadata = { title: "Nieuw uitleenpunt" };
export const dynamic = "force-dynamic";

export default async function NewCentrePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const requested = recordIdSchema.safeParse(firstParam((await searchParams).gemeente) ?? "");
  const municipalityId = actor.role === "PLATFORM_ADMIN" ? (requested.success ? requested.data : null) : actor.municipalityId;
  if (!municipalityId) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Nieuw uitleenpunt</h1>
      <CentreForm action={saveCentreAction.bind(null, null, municipalityId)} submitText="Uitleenpunt toevoegen" />
    </div>
  );
}
