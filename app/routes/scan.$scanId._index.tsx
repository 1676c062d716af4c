import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { firstIncompleteStep } from "~/domain/wizard";
import { loadAnswers } from "~/models/scan.server";
import { requireOwnScan } from "~/utils/scan-access.server";

/** Resumes a scan at the first page with an unanswered question. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scan, definition } = await requireOwnScan(request, params.scanId);
  if (scan.status !== "in_progress") throw redirect(`/rapport/${scan.id}`);
  const answers = await loadAnswers(scan.id);
  throw redirect(`/scan/${scan.id}/${firstIncompleteStep(definition, answers)}`);
}
