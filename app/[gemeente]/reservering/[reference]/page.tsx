import { notFound } from "next/navigation";
import ReservationPage from "@/app/reservering/[reference]/page";
import { municipalitySlugFor } from "@/lib/server/theme/public-look";

export { generateMetadata } from "@/app/reservering/[reference]/page";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ gemeente: string; reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /<slug>/reservering/<code>: the link in messages; the same page, in the municipality's look. Another municipality's code: 404. */
export default async function MunicipalityReservationPage({ params, searchParams }: Props) {
  const { gemeente, reference } = await params;
  const slug = await municipalitySlugFor("reservation", reference);
  if (slug !== null && slug !== gemeente) notFound();
  return <ReservationPage params={Promise.resolve({ reference })} searchParams={searchParams} />;
}
