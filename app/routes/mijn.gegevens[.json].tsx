import type { LoaderFunctionArgs } from "@remix-run/node";
import { amsterdamDate } from "~/domain/working-days";
import { exportEmployerData } from "~/models/privacy.server";
import { requireEmployer } from "~/utils/auth.server";

/** "Download al mijn gegevens": everything about the signed-in employer as one JSON file (AVG right of access). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const data = await exportEmployerData(user.employerId);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8", // i18n-ignore: a header, not text
      // The file name is the same in both languages, like the JSON keys inside it.
      "Content-Disposition": `attachment; filename="mijn-gegevens-${amsterdamDate(new Date())}.json"`, // i18n-ignore: a header
      "Cache-Control": "no-store",
    },
  });
}
