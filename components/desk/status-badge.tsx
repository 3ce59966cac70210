import { UNIT_STATUS_LABELS, type UnitStatus } from "@/lib/server/desk/unit-transitions";

const COLOURS: Record<UnitStatus, string> = {
  AVAILABLE: "border-good-700 bg-good-50 text-good-700",
  RESERVED: "border-brand-700 bg-brand-50 text-brand-800",
  ON_LOAN: "border-gray-600 bg-gray-100 text-ink",
  CLEANING: "border-warn-700 bg-warn-50 text-warn-700",
  REPAIR: "border-bad-700 bg-bad-50 text-bad-700",
  RETIRED: "border-gray-500 bg-white text-muted",
};

/** The status of a unit in words (colour only supports the text). */
export function StatusBadge({ status }: { status: UnitStatus }) {
  return <span className={`inline-block rounded-full border px-3 py-0.5 text-base font-semibold whitespace-nowrap ${COLOURS[status]}`}>{UNIT_STATUS_LABELS[status]}</span>;
}
