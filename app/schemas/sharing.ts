import { z } from "zod";

const choice = (message: string) => z.enum(["ja", "nee"], { errorMap: () => ({ message }) });

/**
 * Sharing the report: always with the WSP; with the werkgeversorganisatie
 * too when the employer came through one of its campaigns. The form and the
 * server build the schema with the same flag.
 */
export function sharingSchema(withOrganisation: boolean) {
  return z.object({
    share: choice("Kies of u uw uitslag met uw Werkgeversservicepunt wilt delen."),
    shareOrganisation: withOrganisation
      ? choice("Kies of u uw uitslag met uw werkgeversorganisatie wilt delen.")
      : z.unknown().transform(() => undefined),
  });
}
