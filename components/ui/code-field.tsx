import { fieldError, input, label as labelStyle } from "@/components/ui/styles";

/**
 * The field where a resident types a short code (questionnaire, reservation or waiting list, report): label, an
 * example under it, the error under the field and tied to it. Left to right in every language, upper case, no
 * spelling help; dashes, spaces and lower case are fine (the server normalises). id "code", so an error summary can
 * link to it.
 */
export function CodeField({
  name = "code",
  label,
  hint,
  error,
  defaultValue,
  maxLength = 20,
}: {
  name?: string;
  label: string;
  hint: string;
  error?: string;
  defaultValue?: string;
  maxLength?: number;
}) {
  return (
    <div className="space-y-1">
      <label className={labelStyle} htmlFor="code">
        {label}
      </label>
      <p id="code-uitleg" className="text-base text-muted">
        {hint}
      </p>
      <input
        key={`code-${defaultValue ?? ""}`}
        id="code"
        name={name}
        type="text"
        dir="ltr"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-describedby={`code-uitleg${error ? " code-fout" : ""}`}
        aria-invalid={error ? true : undefined}
        className={`${input} font-mono text-xl uppercase tracking-wider`}
      />
      {error ? (
        <p id="code-fout" className={fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
