import { z } from "zod";
import { err } from "~/i18n/errors";

const choice = (message: string) => z.enum(["ja", "nee"], { errorMap: () => ({ message }) });

/**
 * Sharing the report: always with the WSP; with the werkgeversorganisatie
 * too when the employer came through one of its campaigns. The form and the
 * server build the schema with the same flag.
 */
export function sharingSchema(withOrganisation: boolean) {
  return z.object({
    share: choice(err("privacy", "shareWsp")),
    shareOrganisation: withOrganisation
      ? choice(err("privacy", "shareOrganisation"))
      : z.unknown().transform(() => undefined),
  });
}
