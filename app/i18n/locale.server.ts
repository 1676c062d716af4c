/**
 * The language of a request: the `taal` cookie set by the language switch
 * (`/taal`). Dutch when there is none; the browser's Accept-Language is not
 * used, so Dutch stays the default for everyone who did not choose.
 */
import { createCookie } from "@remix-run/node";
import { secureCookies } from "~/utils/env.server";
import { DEFAULT_LOCALE, parseLocale, type Locale } from "./locale";

const ONE_YEAR_S = 365 * 24 * 60 * 60;

export const localeCookie = () =>
  createCookie("taal", { path: "/", sameSite: "lax", httpOnly: true, secure: secureCookies(), maxAge: ONE_YEAR_S });

export async function getLocale(request: Request): Promise<Locale> {
  const header = request.headers.get("Cookie");
  if (!header?.includes("taal=")) return DEFAULT_LOCALE;
  return parseLocale(await localeCookie().parse(header));
}
