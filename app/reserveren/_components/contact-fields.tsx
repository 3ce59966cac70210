import { fieldError, input, label } from "@/components/ui/styles";

function TextField(props: { id: string; type: "text" | "tel" | "email"; label: string; hint?: string; defaultValue?: string; error?: string; autoComplete: string; maxLength: number }) {
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
export function ContactFields({ values, errors }: { values?: Record<string, string>; errors?: Record<string, string[]> }) {
  return (
    <fieldset className="space-y-4">
      <legend className={`${label} text-xl`}>Uw gegevens</legend>
      <TextField id="name" type="text" label="Uw naam" defaultValue={values?.name} error={errors?.name?.[0]} autoComplete="name" maxLength={100} />
      <p id="contact-uitleg" className="text-base">
        Vul een telefoonnummer of een e-mailadres in, of allebei. Daar sturen wij de bevestiging en een herinnering heen.
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField id="phone" type="tel" label="Telefoonnummer" hint="Bijvoorbeeld 06 1234 5678." defaultValue={values?.phone} error={errors?.phone?.[0]} autoComplete="tel" maxLength={30} />
        <TextField id="email" type="email" label="E-mailadres" hint="Bijvoorbeeld naam@voorbeeld.nl." defaultValue={values?.email} error={errors?.email?.[0]} autoComplete="email" maxLength={200} />
      </div>
    </fieldset>
  );
}
