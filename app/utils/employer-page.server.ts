import { getEmployerOverview } from "~/models/employer.server";
import { notFound, requireEmployer } from "./auth.server";

/** Every employer page: the signed-in employer with company data and their one contact. */
export async function requireEmployerPage(request: Request) {
  const user = await requireEmployer(request);
  const overview = await getEmployerOverview(user.employerId);
  if (!overview) notFound();
  return { user, ...overview };
}
