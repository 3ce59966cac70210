import "server-only";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import { getAvailability } from "./get-availability";

export interface CentreAvailabilityRow {
  centre: { slug: string; name: string; address: string; district: string };
  /** units free right now */
  available: number;
  /** "YYYY-MM-DD" one is expected back when none is free; null when one is free now (or nothing is expected) */
  nextAvailableDate: string | null;
  /** people on the waiting list for it at this centre */
  waiting: number;
}

export interface ProductAvailability {
  product: { slug: string; name: string; lendable: boolean; loanPeriodDays: number };
  municipality: { slug: string; name: string };
  /** the municipality's centres that lend this product, by name */
  centres: CentreAvailabilityRow[];
}

/**
 * Availability of one product in the centres of one municipality (GET /api/v1/availability), from getAvailability,
 * the one source the advice and the desk use too. Unknown product or municipality -> NOT_FOUND.
 */
export async function listCentreAvailability(input: { productSlug: string; municipalitySlug: string }): Promise<ProductAvailability> {
  const [product, municipality] = await Promise.all([
    db.product.findFirst({ where: { slug: input.productSlug, active: true }, select: { id: true, slug: true, name: true, lendable: true, loanPeriodDays: true } }),
    db.municipality.findUnique({
      where: { slug: input.municipalitySlug },
      select: { id: true, slug: true, name: true, centres: { select: { id: true, slug: true, name: true, street: true, postcode: true, city: true, district: true } } },
    }),
  ]);
  if (!product) throw appError("NOT_FOUND", "staff.availabilityProductUnknown", { params: { slug: input.productSlug }, fieldMessage: { field: "product", key: "staff.unknownProductShort" } });
  if (!municipality) throw appError("NOT_FOUND", "staff.availabilityMunicipalityUnknown", { params: { slug: input.municipalitySlug }, fieldMessage: { field: "municipality", key: "staff.unknownMunicipalityShort" } });

  const centreIds = municipality.centres.map((c) => c.id);
  const [rows, waiting] = await Promise.all([
    getAvailability({ centreIds, productIds: [product.id] }),
    db.waitlistEntry.groupBy({ by: ["centreId"], where: { productId: product.id, centreId: { in: centreIds }, status: "WAITING" }, _count: true }),
  ]);
  const waitingBy = new Map(waiting.map((w) => [w.centreId, w._count]));
  const centreById = new Map(municipality.centres.map((c) => [c.id, c]));
  const centres = rows
    .flatMap((row) => {
      const c = centreById.get(row.centreId);
      if (!c) return [];
      return [
        {
          centre: { slug: c.slug, name: c.name, address: `${c.street}, ${c.postcode} ${c.city}`, district: c.district },
          available: row.available,
          nextAvailableDate: row.nextAvailableDate,
          waiting: waitingBy.get(c.id) ?? 0,
        },
      ];
    })
    .sort((a, b) => a.centre.name.localeCompare(b.centre.name, "nl"));
  const { id: _id, ...productOut } = product;
  return { product: productOut, municipality: { slug: municipality.slug, name: municipality.name }, centres };
}
