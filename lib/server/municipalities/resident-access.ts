import "server-only";
import { db } from "@/lib/db";
import { wmoDeskOf, type WmoDesk } from "./wmo-desk";


export interface ResidentAccess {
  municipalityName: string;
  /** "paused": the municipality stopped for now; "closed": this lending centre closed for good */
  state: "open" | "paused" | "closed";
  wmoDesk: WmoDesk;
}

const select = { name: true, status: true, wmoDeskPhone: true, wmoDeskUrl: true, wmoDeskHours: true } as const;

function access(m: { name: string; status: string; wmoDeskPhone: string; wmoDeskUrl: string; wmoDeskHours: string }, closed = false): ResidentAccess {
  return {
    municipalityName: m.name,
    state: m.status === "paused" ? "paused" : closed ? "closed" : "open",
    wmoDesk: wmoDeskOf(m),
  };
}

/** Public: may residents of this municipality use the questionnaire? null for an unknown municipality. */
export async function residentAccessForMunicipality({ slug }: { slug: string }): Promise<ResidentAccess | null> {
  const m = await db.municipality.findUnique({ where: { slug }, select });
  return m ? access(m) : null;
}

/** Public: may residents reserve at this lending centre (its municipality not paused, the centre not closed)? */
export async function residentAccessForCentre({ centreSlug }: { centreSlug: string }): Promise<ResidentAccess | null> {
  const c = await db.lendingCentre.findUnique({ where: { slug: centreSlug }, select: { closedAt: true, municipality: { select } } });
  return c ? access(c.municipality, c.closedAt !== null) : null;
}
