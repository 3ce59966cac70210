import { buttonSecondary, input, label } from "@/components/ui/styles";
import type { MunicipalityOption } from "@/lib/server/admin/list-municipalities";

/** For platform administrators: choose one municipality or all of them (a GET form, works without JavaScript). */
export function MunicipalityFilter({ municipalities, selected, action }: { municipalities: MunicipalityOption[]; selected?: string; action: string }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label="Kies een gemeente">
      <div className="min-w-0 flex-1 sm:max-w-xs">
        <label className={label} htmlFor="gemeente">
          Gemeente
        </label>
        <select id="gemeente" name="gemeente" className={input} defaultValue={selected ?? ""}>
          <option value="">Alle gemeenten</option>
          {municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonSecondary}>
        Tonen
      </button>
    </form>
  );
}

/** A platform administrator's page before a municipality is chosen: the title, what to do, and the choice. */
export function ChooseMunicipalityFirst({ title, text, municipalities, action }: { title: string; text: string; municipalities: MunicipalityOption[]; action: string }) {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="text-lg">{text}</p>
      <MunicipalityFilter municipalities={municipalities} action={action} />
    </div>
  );
}
