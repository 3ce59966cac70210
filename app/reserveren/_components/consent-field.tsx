import { fieldError } from "@/components/ui/styles";
import type { ConsentText } from "@/lib/server/lending/consent-text";

/** What we store, why, who sees it and for how long, in plain words, with the checkbox to agree. */
export function ConsentField({ text, name = "consent", error, title }: { text: ConsentText; name?: string; error?: string; title: string }) {
  return (
    <div className="space-y-3 rounded-xl border border-gray-300 bg-white p-4">
      <h2 className="text-xl font-bold">{title}</h2>
      <dl className="space-y-2 text-lg">
        {text.points.map((p) => (
          <div key={p.question}>
            <dt className="font-semibold">{p.question}</dt>
            <dd>{p.answer}</dd>
          </div>
        ))}
      </dl>
      <label htmlFor={name} className="flex min-h-11 cursor-pointer items-start gap-3 text-lg">
        <input
          id={name}
          name={name}
          type="checkbox"
          className="mt-1 h-6 w-6 shrink-0 accent-brand-700"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${name}-fout` : undefined}
        />
        <span className="font-semibold">{text.agree}</span>
      </label>
      {error ? (
        <p id={`${name}-fout`} className={fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
