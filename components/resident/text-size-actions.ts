"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { TEXT_SIZE_COOKIE, TEXT_SIZE_COOKIE_MAX_AGE, TEXT_SIZES } from "./text-size";

const sizeSchema = z.enum(TEXT_SIZES);

/** The page to go back to: the same-origin path the form was on (Referer), else the home page. */
function backPath(referer: string | null, host: string | null): string {
  if (!referer || !host) return "/";
  try {
    const url = new URL(referer);
    if (url.host !== host) return "/";
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}

/** "Tekstgrootte": keeps the choice in a cookie and shows the same page again, now at that size. */
export async function setTextSize(formData: FormData): Promise<void> {
  const parsed = sizeSchema.safeParse(formData.get("grootte"));
  const h = await headers();
  if (parsed.success) {
    (await cookies()).set(TEXT_SIZE_COOKIE, parsed.data, { path: "/", maxAge: TEXT_SIZE_COOKIE_MAX_AGE, sameSite: "lax", httpOnly: true });
  }
  redirect(backPath(h.get("referer"), h.get("host")));
}
