"use client";

import { useFormStatus } from "react-dom";
import { bigButton } from "./styles";

/** A submit button that is disabled while the form is being saved. */
export function SubmitButton({ children, className = bigButton, name, value }: { children: React.ReactNode; className?: string; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} name={name} value={value} aria-disabled={pending}>
      {children}
    </button>
  );
}
