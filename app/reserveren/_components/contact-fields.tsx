import { fieldError, input, label } from "@/components/ui/styles";
import type { FormTexts } from "./form-texts";

function TextField(props: { id: string; type: "text" | "tel" | "email"; label: string; hint?: string; defaultValue?: string; error?: string; autoComplete: string; maxLength: number; ltr?: boolean }) {
  const describedBy = [props.hint ? `${props.id}-uitleg` : null, props.error ? `${props.id}-fout` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className={label}>
        {props.label}
      </label>
      {props.hint ? (
        <p id={`${props.id}-uitleg`} className="text-base text-muted">
          {props.hint}
        </p>
      ) : null}
      <input
        id={props.id}
        name={props.id}
        type={props.type}
        defaultValue={props.defaultValue}
        autoComplete={props.autoComplete}
        maxLength={props.maxLength}
        dir={props.ltr ? "ltr" : "auto"}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        className={input}
      />
      {props.error ? (
        <p id={`${props.id}-fout`} className={fieldError}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** Name plus a phone number or an e-mail address: where the confirmation and the reminders go. */
export function ContactFields({ values, errors, texts }: { values?: Record<string, string>; errors?: Record<string, string[]>; texts: FormTexts }) {
  return (
    <fieldset className="space-y-4">
      <legend className={`${label} text-xl`}>{texts.yourDetails}</legend>
      <TextField id="name" type="text" label={texts.name} defaultValue={values?.name} error={errors?.name?.[0]} autoComplete="name" maxLength={100} />
      <p id="contact-uitleg" className="text-base">
        {texts.contactHint}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {/* a phone number and an e-mail address read left to right, also in Arabic */}
        <TextField id="phone" type="tel" label={texts.phone} hint={texts.phoneHint} defaultValue={values?.phone} error={errors?.phone?.[0]} autoComplete="tel" maxLength={30} ltr />
        <TextField id="email" type="email" label={texts.email} hint={texts.emailHint} defaultValue={values?.email} error={errors?.email?.[0]} autoComplete="email" maxLength={200} ltr />
      </div>
    </fieldset>
  );
}
