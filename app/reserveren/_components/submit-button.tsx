"use client";

import { useFormStatus } from "react-dom";
import { buttonPrimary } from "@/components/ui/styles";

/** A submit button that says it is busy while the form is being sent (and cannot be pressed twice). */
export function SubmitButton({ children, name, value, className = buttonPrimary, busy }: { children: React.ReactNode; name?: string; value?: string; className?: string; busy: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={className}>
      {pending ? busy : children}
    </button>
  );
}
