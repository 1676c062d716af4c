import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { BudgetForms, BudgetTable } from "~/components/budget-forms";
import { DashboardBars } from "~/components/dashboard-charts";
import { ErrorSummary, SelectField } from "~/components/forms";
import { TableWrap } from "~/components/table-wrap";
import { leadStageLabel } from "~/content/lead-stages";
import { dashboardMessages } from "~/i18n/dashboard";
import { err } from "~/i18n/errors";
import { fmt } from "~/i18n/locale";
import { getLocale } from "~/i18n/locale.server";
import { pick } from "~/i18n/messages";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { statusLabel } from "~/domain/case-status";
import { budgetYear, formatShare, formatWorkingDays, monthLabel } from "~/domain/dashboard";
import { changeBudget, reassignOpenWork, regionDashboard, regionStaffWithInactive } from "~/models/dashboard.server";
import { getRegion } from "~/models/region.server";
import { budgetSchema, dashboardQuerySchema, reassignSchema } from "~/schemas/dashboard";
import { notFound, requireRegionStaff } from "~/utils/auth.server";
import { formatCents, formatDate } from "~/utils/format";
import { parseForm, type FieldErrors } from "~/utils/forms";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, dashboardMessages, (t) => t.title);

/** Coordinators only; the figures are always of the coordinator's own region (there is no region in the URL). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRegionStaff(request, ["coordinator"]);
  const region = await getRegion(user.regionId);
  if (!region) notFound();
  const query = dashboardQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const now = new Date();
  const [figures, staff, locale] = await Promise.all([regionDashboard(region.id, now), regionStaffWithInactive(region.id), getLocale(request)]);
  const t = pick(dashboardMessages, locale);
  const savedBudget = query.opgeslagen ? figures.budgets.find((b) => b.instrumentId === query.opgeslagen) : undefined;
  return json({
    region: { name: region.name, wspName: region.wsp_name, serviceNormDays: region.service_norm_days },
    since: figures.since,
    year: figures.year,
    message: savedBudget
      ? fmt(t.savedBudget, { name: savedBudget.name })
      : query.overgedragen !== undefined
        ? query.overgedragen === 0
          ? t.nothingMoved
          : fmt(query.overgedragen === 1 ? t.movedOne : t.movedMany, { count: query.overgedragen })
        : null,
    scans: figures.scansPerMonth.map((m) => ({ ...m, label: monthLabel(m.month, locale), shortLabel: monthLabel(m.month, locale, true) })),
    leads: figures.leadsByStage.map((s) => ({ ...s, label: leadStageLabel(s.stage, locale) })),
    requests: figures.requestsByStatus.map((s) => ({ ...s, label: statusLabel(s.status, locale) })),
    firstContact: figures.firstContact,
    norm: figures.norm,
    budgets: figures.budgets,
    openWork: figures.openWork.map((w) => ({ ...w, name: w.group === "staff" ? w.name : t.work[w.group] })),
    staff: staff.map((s) => ({ id: s.id, name: s.name, active: s.active === 1 })),
  });
}

type Failure = { intent: string; instrumentId?: string; errors: FieldErrors; values: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRegionStaff(request, ["coordinator"]);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const fail = (failure: Failure) => json(failure, { status: 400 });
  if (intent === "budget") {
    const parsed = parseForm(budgetSchema, formData);
    const instrumentId = String(formData.get("instrumentId") ?? "");
    if (!parsed.ok) return fail({ intent, instrumentId, errors: parsed.errors, values: parsed.values });
    const result = await changeBudget({
      regionId: user.regionId,
      actor: user,
      instrumentId: parsed.data.instrumentId,
      year: budgetYear(new Date()),
      budgetCents: parsed.data.budget,
      amountPerGrantCents: parsed.data.amountPerGrant,
    });
    if (!result.ok && result.reason === "not-found") notFound();
    if (!result.ok) {
      return fail({
        intent,
        instrumentId,
        errors: { budget: err("wsp", "budgetBelowGranted", { amount: formatCents(result.reservedCents) }) },
        values: Object.fromEntries([...formData.entries()].map(([k, v]) => [k, String(v)])),
      });
    }
    return redirect(`/wsp/dashboard?${new URLSearchParams({ opgeslagen: parsed.data.instrumentId })}`);
  }
  if (intent === "overdragen") {
    const parsed = parseForm(reassignSchema, formData);
    if (!parsed.ok) return fail({ intent, errors: parsed.errors, values: parsed.values });
    const moved = await reassignOpenWork({ regionId: user.regionId, actor: user, ...parsed.data });
    if (!moved) notFound();
    return redirect(`/wsp/dashboard?${new URLSearchParams({ overgedragen: String(moved.requests + moved.leads) })}`);
  }
  return fail({ intent: String(intent), errors: { form: err("wsp", "notUnderstood") }, values: {} });
}

/** The text for one or for many: `{ one: "1 scan", many: "{count} scans" }`. */
const count = (n: number, one: string, many: string) => (n === 1 ? one : fmt(many, { count: n }));

/** A catalogue text with the `{name}` placeholder shown in bold. */
function Emphasis({ text, name, value }: { text: string; name: string; value: string }) {
  const [before, after = ""] = text.split(`{${name}}`);
  return (
    <>
      {before}
      <strong>{value}</strong>
      {after}
    </>
  );
}

export default function Dashboard() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useMessages(dashboardMessages);
  const locale = useLocale();
  const reassignErrors = actionData?.intent === "overdragen" ? actionData.errors : {};
  const totalScans = data.scans.reduce((sum, m) => sum + m.started, 0);
  const totalCompleted = data.scans.reduce((sum, m) => sum + m.completed, 0);
  const since = formatDate(data.since, locale);
  const counted = data.norm.withinNorm + data.norm.missed;
  const median = data.firstContact.medianDays;
  const days = (n: number) => formatWorkingDays(n, t.workingDays, locale);
  const inactive = (name: string) => fmt(t.work.inactive, { name });
  const activeStaff = data.staff.filter((s) => s.active);
  const holders = data.staff.filter((s) => s.active || data.openWork.some((w) => w.userId === s.id));
  return (
    <>
      <h1>{fmt(t.heading, { name: data.region.wspName })}</h1>
      <p className="lead">{fmt(t.lead, { region: data.region.name, since })}</p>
      {data.message ? (
        <p className="panel panel--ok" role="status">
          {data.message}
        </p>
      ) : null}
      <nav aria-label={t.onThisPage}>
        <ul>
          <li>
            <a href="#scans">{t.toc.scans}</a>
          </li>
          <li>
            <a href="#leads">{t.toc.leads}</a>
          </li>
          <li>
            <a href="#aanvragen">{t.toc.requests}</a>
          </li>
          <li>
            <a href="#eerste-contact">{t.toc.firstContact}</a>
          </li>
          <li>
            <a href="#servicenorm">{t.toc.norm}</a>
          </li>
          <li>
            <a href="#budget">{t.toc.budget}</a>
          </li>
          <li>
            <a href="#werk">{t.toc.work}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="scans">
        <h2 id="scans">{t.scans.heading}</h2>
        <p>
          {fmt(t.scans.summary, {
            started: count(totalScans, t.scans.scanOne, t.scans.scanMany),
            completed: count(totalCompleted, t.scans.scanOne, t.scans.scanMany),
          })}
        </p>
        <DashboardBars
          labels={data.scans.map((m) => m.shortLabel)}
          series={[
            { label: t.scans.started, data: data.scans.map((m) => m.started) },
            { label: t.scans.completed, data: data.scans.map((m) => m.completed) },
          ]}
          summary={fmt(t.scans.chart, { started: totalScans, completed: totalCompleted })}
        />
        <TableWrap label={t.scans.tableLabel}>
          <table>
            <caption>{t.scans.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.scans.month}</th>
                <th scope="col">{t.scans.started}</th>
                <th scope="col">{t.scans.completed}</th>
              </tr>
            </thead>
            <tbody>
              {data.scans.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.label}</th>
                  <td>{m.started}</td>
                  <td>{m.completed}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.total}</th>
                <td>{totalScans}</td>
                <td>{totalCompleted}</td>
              </tr>
            </tfoot>
          </table>
        </TableWrap>
      </section>

      <section aria-labelledby="leads">
        <h2 id="leads">{t.leads.heading}</h2>
        <p>{t.leads.intro}</p>
        <CountsChartAndTable rows={data.leads.map((s) => ({ key: s.stage, label: s.label, count: s.count }))} texts={t.leads} />
      </section>

      <section aria-labelledby="aanvragen">
        <h2 id="aanvragen">{t.requests.heading}</h2>
        <CountsChartAndTable rows={data.requests.map((s) => ({ key: s.status, label: s.label, count: s.count }))} texts={t.requests} />
      </section>

      <section aria-labelledby="eerste-contact">
        <h2 id="eerste-contact">{t.firstContact.heading}</h2>
        {median === null ? (
          <p>{t.firstContact.none}</p>
        ) : (
          <>
            <p>
              <Emphasis
                text={t.firstContact.median}
                name="time"
                value={median === 0 ? t.firstContact.sameDay : fmt(t.firstContact.within, { days: days(median) })}
              />
            </p>
            <p className="muted">
              {fmt(data.firstContact.count === 1 ? t.firstContact.noteOne : t.firstContact.noteMany, { count: data.firstContact.count, since })}{" "}
              {t.firstContact.noteDays}
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="servicenorm">
        <h2 id="servicenorm">{t.norm.heading}</h2>
        <p>{fmt(t.norm.normIs, { days: days(data.region.serviceNormDays) })}</p>
        {data.norm.share === null ? (
          <p>{t.norm.none}</p>
        ) : (
          <p>
            <Emphasis text={fmt(t.norm.share, { within: data.norm.withinNorm, counted })} name="share" value={formatShare(data.norm.share)} />{" "}
            {count(data.norm.missed, t.norm.lateOne, t.norm.lateMany)}
          </p>
        )}
        <p className="muted">{count(data.norm.pending, t.norm.pendingOne, t.norm.pendingMany)}</p>
      </section>

      <section aria-labelledby="budget">
        <h2 id="budget">{fmt(t.budget.heading, { year: data.year })}</h2>
        <DashboardBars
          horizontal
          stacked
          money
          labels={data.budgets.map((b) => b.name)}
          series={[
            { label: t.budget.granted, data: data.budgets.map((b) => b.reservedCents / 100) },
            { label: t.budget.left, data: data.budgets.map((b) => Math.max(0, b.leftCents ?? 0) / 100) },
          ]}
          summary={fmt(t.budget.chart, {
            year: data.year,
            values: data.budgets
              .map((b) =>
                b.leftCents === null
                  ? fmt(t.budget.chartItemNoLimit, { name: b.name, granted: formatCents(b.reservedCents) })
                  : fmt(t.budget.chartItem, { name: b.name, granted: formatCents(b.reservedCents), left: formatCents(b.leftCents) }),
              )
              .join("; "),
          })}
        />
        <BudgetTable budgets={data.budgets} caption={fmt(t.budget.caption, { year: data.year })} />

        <h3 id="budget-aanpassen">{t.budget.adjustHeading}</h3>
        <p>{fmt(t.budget.adjustIntro, { year: data.year })}</p>
        <BudgetForms budgets={data.budgets} year={data.year} failure={actionData} />
      </section>

      <section aria-labelledby="werk">
        <h2 id="werk">{t.work.heading}</h2>
        <TableWrap label={t.work.tableLabel}>
          <table>
            <caption>{t.work.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.work.staff}</th>
                <th scope="col">{t.work.openRequests}</th>
                <th scope="col">{t.work.openLeads}</th>
                <th scope="col">{t.total}</th>
              </tr>
            </thead>
            <tbody>
              {data.openWork.map((w) => (
                <tr key={w.userId ?? w.group}>
                  <th scope="row">{w.userId && !w.active ? inactive(w.name) : w.name}</th>
                  <td>{w.requests}</td>
                  <td>{w.leads}</td>
                  <td>{w.requests + w.leads}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>

        <h3 id="overdragen">{t.reassign.heading}</h3>
        <p>{t.reassign.intro}</p>
        <Form method="post" noValidate className="card" aria-labelledby="overdragen">
          <ErrorSummary errors={reassignErrors} labels={{ fromUserId: t.reassign.from, toUserId: t.reassign.to }} />
          <input type="hidden" name="intent" value="overdragen" />
          <SelectField
            name="fromUserId"
            label={t.reassign.fromLabel}
            placeholder={t.reassign.chooseColleague}
            options={holders.map((s) => ({ value: s.id, label: s.active ? s.name : inactive(s.name) }))}
            error={reassignErrors.fromUserId}
            selectProps={{ defaultValue: actionData?.intent === "overdragen" ? actionData.values.fromUserId : undefined }}
          />
          <SelectField
            name="toUserId"
            label={t.reassign.toLabel}
            placeholder={t.reassign.chooseColleague}
            options={activeStaff.map((s) => ({ value: s.id, label: s.name }))}
            error={reassignErrors.toUserId}
            selectProps={{ defaultValue: actionData?.intent === "overdragen" ? actionData.values.toUserId : undefined }}
          />
          <button type="submit" className="button">
            {t.reassign.submit}
          </button>
        </Form>
      </section>
    </>
  );
}

/** Counts per label as a horizontal bar chart with the same figures (and their total) in a table. */
function CountsChartAndTable({
  rows,
  texts,
}: {
  rows: { key: string; label: string; count: number }[];
  texts: { chartTitle: string; caption: string; tableLabel: string; keyHeader: string };
}) {
  const t = useMessages(dashboardMessages);
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <>
      <DashboardBars
        horizontal
        labels={rows.map((r) => r.label)}
        series={[{ label: t.counts.count, data: rows.map((r) => r.count) }]}
        summary={fmt(t.counts.chart, { title: texts.chartTitle, values: rows.map((r) => `${r.label}: ${r.count}`).join(", ") })}
      />
      <TableWrap label={texts.tableLabel}>
        <table>
          <caption>{texts.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.keyHeader}</th>
              <th scope="col">{t.counts.count}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.total}</th>
              <td>{total}</td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </>
  );
}
