import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { BudgetForms, BudgetTable, type BudgetFailure } from "~/components/budget-forms";
import { SelectField } from "~/components/forms";
import { budgetYear } from "~/domain/dashboard";
import { adminMessages } from "~/i18n/admin";
import { err } from "~/i18n/errors";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useMessages } from "~/i18n/use-messages";
import { changeBudget, regionBudgets } from "~/models/dashboard.server";
import { getRegion } from "~/models/region.server";
import { budgetQuerySchema } from "~/schemas/admin";
import { budgetSchema } from "~/schemas/dashboard";
import { notFound, requireAdmin } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatCents } from "~/utils/format";
import { formDataToObject, parseForm } from "~/utils/forms";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, adminMessages, (t) => t.budgets.title);

/** Last year (to close it off), this year and next year (to prepare it). */
const selectableYears = (now: Date) => [budgetYear(now) - 1, budgetYear(now), budgetYear(now) + 1];

/** The region and year from the query string; a year outside the selectable ones is not found. */
async function selection(request: Request) {
  const url = new URL(request.url);
  const query = budgetQuerySchema.parse(Object.fromEntries(url.searchParams));
  const years = selectableYears(new Date());
  const year = query.jaar ?? budgetYear(new Date());
  if (!years.includes(year)) notFound();
  const region = query.regio ? await getRegion(query.regio) : undefined;
  if (query.regio && !region) notFound();
  return { region, year, years, saved: url.searchParams.get("opgeslagen") };
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { region, year, years, saved } = await selection(request);
  const regions = await db().selectFrom("regions").select(["id", "name"]).orderBy("name").execute();
  const budgets = region ? await regionBudgets(region.id, year) : [];
  return json({
    regions,
    years,
    year,
    region: region ? { id: region.id, name: region.name, wspName: region.wsp_name } : null,
    budgets,
    saved: budgets.find((b) => b.instrumentId === saved)?.name ?? null,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAdmin(request);
  const { region, year } = await selection(request);
  const formData = await request.formData();
  const instrumentId = String(formData.get("instrumentId") ?? "");
  if (!region) {
    return json<BudgetFailure>({ intent: "budget", instrumentId, errors: { form: err("admin", "budgetNeedsRegion") }, values: {} }, { status: 400 });
  }
  const parsed = parseForm(budgetSchema, formData);
  if (!parsed.ok) return json<BudgetFailure>({ intent: "budget", instrumentId, errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await changeBudget({
    regionId: region.id,
    actor: user,
    instrumentId: parsed.data.instrumentId,
    year,
    budgetCents: parsed.data.budget,
    amountPerGrantCents: parsed.data.amountPerGrant,
  });
  if (!result.ok && result.reason === "not-found") notFound();
  if (!result.ok) {
    return json<BudgetFailure>(
      {
        intent: "budget",
        instrumentId,
        errors: { budget: err("admin", "budgetBelowReserved", { amount: formatCents(result.reservedCents) }) },
        values: formDataToObject(formData),
      },
      { status: 400 },
    );
  }
  return redirect(`/beheer/budgetten?${new URLSearchParams({ regio: region.id, jaar: String(year), opgeslagen: instrumentId })}`);
}

export default function Budgets() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const all = useMessages(adminMessages);
  const t = all.budgets;
  return (
    <>
      <Link className="back-link" to="/beheer/instrumenten">
        {all.instrument.backToInstruments}
      </Link>
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      <Form method="get" className="filters" aria-label={t.choose}>
        <SelectField
          name="regio"
          label={t.regionLabel}
          placeholder={t.regionPlaceholder}
          options={data.regions.map((r) => ({ value: r.id, label: r.name }))}
          selectProps={{ defaultValue: data.region?.id ?? "" }}
        />
        <SelectField
          name="jaar"
          label={t.yearLabel}
          placeholder={t.yearPlaceholder}
          options={data.years.map((y) => ({ value: String(y), label: String(y) }))}
          selectProps={{ defaultValue: String(data.year) }}
        />
        <button type="submit" className="button button--secondary">
          {t.show}
        </button>
      </Form>
      {data.saved ? (
        <p className="panel panel--ok" role="status">
          {fmt(t.saved, { name: data.saved })}
        </p>
      ) : null}
      {data.region ? (
        <>
          <h2>{fmt(t.heading, { wsp: data.region.wspName, year: data.year })}</h2>
          <BudgetTable budgets={data.budgets} caption={fmt(t.caption, { region: data.region.name, year: data.year })} />
          <h3>{t.change}</h3>
          <p>{t.changeText}</p>
          <BudgetForms budgets={data.budgets} year={data.year} failure={actionData} />
        </>
      ) : (
        <p>{t.chooseFirst}</p>
      )}
    </>
  );
}
