import "server-only";
import { db } from "@/lib/db";

export interface HomeOverview {
  productCount: number;
  municipalities: { slug: string; name: string; centreCount: number }[];
}

/** Public figures for the home page: no personal data. */
export async function getHomeOverview(): Promise<HomeOverview> {
  const [productCount, municipalities] = await Promise.all([
    db.product.count({ where: { active: true } }),
    db.municipality.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true, _count: { select: { centres: { where: { closedAt: null } } } } } }),
  ]);
  return {
    productCount,
    municipalities: municipalities.map((m) => ({ slug: m.slug, name: m.name, centreCount: m._count.centres })),
  };
}
