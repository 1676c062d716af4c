/**
 * The language switch: POST { locale, redirectTo } sets the `taal` cookie (and,
 * for a signed-in user, their language for e-mails) and goes back to the page.
 * A plain form post, so it works without JavaScript.
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { localeCookie } from "~/i18n/locale.server";
import { setUserLocale } from "~/models/user.server";
import { localeSwitchSchema } from "~/schemas/locale";
import { parseForm } from "~/utils/forms";
import { badRequest } from "~/utils/http.server";
import { safeRedirect } from "~/utils/redirect";
import { getSessionUser } from "~/utils/session.server";

export const loader = () => redirect("/");

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(localeSwitchSchema, await request.formData());
  if (!parsed.ok) return badRequest(parsed.errors, parsed.values);
  const user = await getSessionUser(request);
  if (user) await setUserLocale(user.id, parsed.data.locale);
  return redirect(safeRedirect(parsed.data.redirectTo), {
    status: 303,
    headers: { "Set-Cookie": await localeCookie().serialize(parsed.data.locale) },
  });
}
