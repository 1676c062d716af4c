import { z } from "zod";

export const shareSchema = z.object({
  share: z.enum(["ja", "nee"], { errorMap: () => ({ message: "Kies of u uw uitslag wilt delen." }) }),
});
