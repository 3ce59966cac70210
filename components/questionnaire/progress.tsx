/**
 * Where the resident is in the questionnaire: "Vraag 3 van 11" and the part ("Uw huis"), with a bar for sighted users.
 * On the first screen the total is not known yet: it depends on what is chosen.
 */
export function QuestionProgress({ current, total, section, label }: { current: number; total: number | null; section: string; label?: string }) {
  const share = total ? Math.min(100, Math.round((current / total) * 100)) : Math.min(15, current * 5);
  return (
    <div className="space-y-2">
      <p className="text-base font-semibold text-muted">
        {label ?? (total ? `Vraag ${current} van ${total}` : `Vraag ${current}`)}
        <span aria-hidden="true"> · </span>
        <span className="sr-only">, </span>
        {section}
      </p>
      <div className="h-3 w-full overflow-hidden rounded-full bg-gray-200" aria-hidden="true">
        <div className="h-full rounded-full bg-brand-700" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}
