import { fieldError, input, label as labelClass } from "@/components/ui/styles";

interface FieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  type?: "text" | "email" | "tel" | "date" | "search";
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  autoComplete?: string;
  maxLength?: number;
  list?: string;
  className?: string;
}

/** A labelled text field with its hint and error linked through aria-describedby. */
export function Field({ id, name, label, hint, error, defaultValue, type = "text", multiline, rows = 4, required, autoComplete = "off", maxLength, list, className }: FieldProps) {
  const describedBy = [hint ? `${id}-uitleg` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    defaultValue,
    required,
    maxLength,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    className: `${input} text-lg`,
  } as const;
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label className={`${labelClass} text-lg`} htmlFor={id}>
        {label}
        {required ? null : <span className="font-normal text-muted"> (mag leeg blijven)</span>}
      </label>
      {hint ? (
        <p id={`${id}-uitleg`} className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea {...common} rows={rows} /> : <input {...common} type={type} autoComplete={autoComplete} list={list} />}
      {error ? (
        <p id={`${id}-fout`} className={fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
