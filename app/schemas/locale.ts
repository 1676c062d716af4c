/** The language switch form (`/taal`). */
import { z } from "zod";
import { LOCALES } from "~/i18n/locale";

export const localeSwitchSchema = z.object({
  locale: z.enum(LOCALES),
  redirectTo: z.string().max(2000).optional(),
});
