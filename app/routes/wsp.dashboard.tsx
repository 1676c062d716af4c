import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { BudgetForms, BudgetTable } from "~/components/budget-forms";
import { DashboardBars } from "~/components/dashboard-charts";
import { ErrorSummary, SelectField } from "~/components/forms";
import { TableWrap } from "~/components/table-wrap";
import { leadStageLabel } from "~/content/lead-stages";
import { statusLabel } from "~/domain/case-status";
import { budgetYear, formatShare, formatWorkingDays, monthLabel } from "~/domain/dashboard";
import { changeBudget, reassignOpenWork, regionDashboard, regionStaffWithInactive } from "~/models/dashboard.server";
import { getRegion } from "~/models/region.server";
import { budgetSchema, dashboardQuerySchema, reassignSchema } from "~/schemas/dashboard";
import { notFound, requireRegionStaff } from "~/utils/auth.server";
import { formatCents, formatDate } from "~/utils/format";
import { parseForm, type FieldErrors } from "~/utils/forms";

export const meta: MetaFunction = () => [{ title: "Dashboard — Werkgeversportaal" }];

/** Coordinators only; the figures are always of the coordinator's own region (there is no region in the URL). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRegionStaff(request, ["coordinator"]);
  const region = await getRegion(user.regionId);
  if (!region) notFound();
  const query = dashboardQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const now = new Date();
  const [figures, staff] = await Promise.all([regionDashboard(region.id, now), regionStaffWithInactive(region.id)]);
  const savedBudget = query.opgeslagen ? figures.budgets.find((b) => b.instrumentId === query.opgeslagen) : undefined;
  return json({
    region: { name: region.name, wspName: region.wsp_name, serviceNormDays: region.service_norm_days },
    since: figures.since,
    year: figures.year,
    message: savedBudget
      ? `Het budget voor ${savedBudget.name} is opgeslagen.`
      : query.overgedragen !== undefined
        ? query.overgedragen === 0
          ? "Er was geen open werk om over te dragen."
          : `Het werk is overgedragen: ${query.overgedragen} ${query.overgedragen === 1 ? "item" : "items"}.`
        : null,
    scans: figures.scansPerMonth.map((m) => ({ ...m, label: monthLabel(m.month), shortLabel: monthLabel(m.month, true) })),
    leads: figures.leadsByStage.map((s) => ({ ...s, label: leadStageLabel(s.stage) })),
    requests: figures.requestsByStatus.map((s) => ({ ...s, label: statusLabel(s.status) })),
    firstContact: figures.firstContact,
    norm: figures.norm,
    budgets: figures.budgets,
    openWork: figures.openWork,
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
        errors: { budget: `Het budget kan niet lager zijn dan wat al is toegekend (${formatCents(result.reservedCents)}).` },
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
  return fail({ intent: String(intent), errors: { form: "Dit verzoek begrepen wij niet." }, values: {} });
}

const count = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export default function Dashboard() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const reassignErrors = actionData?.intent === "overdragen" ? actionData.errors : {};
  const totalScans = data.scans.reduce((sum, m) => sum + m.started, 0);
  const totalCompleted = data.scans.reduce((sum, m) => sum + m.completed, 0);
  const since = formatDate(data.since);
  const counted = data.norm.withinNorm + data.norm.missed;
  const median = data.firstContact.medianDays;
  const activeStaff = data.staff.filter((s) => s.active);
  const holders = data.staff.filter((s) => s.active || data.openWork.some((w) => w.userId === s.id));
  return (
    <>
      <h1>Dashboard {data.region.wspName}</h1>
      <p className="lead">
        Arbeidsmarktregio {data.region.name}. De cijfers over tijd gaan over de laatste 12 maanden, vanaf {since}.
      </p>
      {data.message ? (
        <p className="panel panel--ok" role="status">
          {data.message}
        </p>
      ) : null}
      <nav aria-label="Op deze pagina">
        <ul>
          <li>
            <a href="#scans">Toekomstscans per maand</a>
          </li>
          <li>
            <a href="#leads">Gedeelde scans per fase</a>
          </li>
          <li>
            <a href="#aanvragen">Aanvragen per status</a>
          </li>
          <li>
            <a href="#eerste-contact">Eerste contact</a>
          </li>
          <li>
            <a href="#servicenorm">Op tijd volgens de servicenorm</a>
          </li>
          <li>
            <a href="#budget">Budget per regeling</a>
          </li>
          <li>
            <a href="#werk">Open werk en werk overdragen</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="scans">
        <h2 id="scans">Toekomstscans per maand</h2>
        <p>
          In de laatste 12 maanden {count(totalScans, "scan", "scans")} gestart en {count(totalCompleted, "scan", "scans")} afgerond door
          werkgevers in uw regio.
        </p>
        <DashboardBars
          labels={data.scans.map((m) => m.shortLabel)}
          series={[
            { label: "Gestart", data: data.scans.map((m) => m.started) },
            { label: "Afgerond", data: data.scans.map((m) => m.completed) },
          ]}
          summary={`Staafdiagram: gestarte en afgeronde Toekomstscans per maand. Totaal ${totalScans} gestart en ${totalCompleted} afgerond.`}
        />
        <TableWrap label="Tabel Toekomstscans per maand">
          <table>
            <caption>Gestarte en afgeronde Toekomstscans per maand</caption>
            <thead>
              <tr>
                <th scope="col">Maand</th>
                <th scope="col">Gestart</th>
                <th scope="col">Afgerond</th>
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
                <th scope="row">Totaal</th>
                <td>{totalScans}</td>
                <td>{totalCompleted}</td>
              </tr>
            </tfoot>
          </table>
        </TableWrap>
      </section>

      <section aria-labelledby="leads">
        <h2 id="leads">Gedeelde scans per fase</h2>
        <p>Toekomstscans die werkgevers met u delen, en hoe ver de opvolging is. Het gaat om alle scans die nu gedeeld zijn.</p>
        <CountsChartAndTable
          rows={data.leads.map((s) => ({ key: s.stage, label: s.label, count: s.count }))}
          chartTitle="gedeelde scans per fase"
          caption="Gedeelde scans per fase van de opvolging"
          tableLabel="Tabel gedeelde scans per fase"
          keyHeader="Fase"
        />
      </section>

      <section aria-labelledby="aanvragen">
        <h2 id="aanvragen">Aanvragen per status</h2>
        <CountsChartAndTable
          rows={data.requests.map((s) => ({ key: s.status, label: s.label, count: s.count }))}
          chartTitle="aanvragen per status"
          caption="Alle aanvragen in uw regio per status"
          tableLabel="Tabel aanvragen per status"
          keyHeader="Status"
        />
      </section>

      <section aria-labelledby="eerste-contact">
        <h2 id="eerste-contact">Hoe snel is er eerste contact?</h2>
        {median === null ? (
          <p>Er is in de laatste 12 maanden nog geen eerste contact vastgelegd.</p>
        ) : (
          <>
            <p>
              De helft van de aanvragen en gedeelde scans kreeg{" "}
              <strong>{median === 0 ? "op dezelfde dag" : `binnen ${formatWorkingDays(median)}`}</strong> eerste contact. Bij de andere helft
              duurde het langer.
            </p>
            <p className="muted">
              Dit is de mediaan van {count(data.firstContact.count, "aanvraag of gedeelde scan", "aanvragen en gedeelde scans")} met eerste
              contact, binnengekomen vanaf {since}. Weekenden en feestdagen tellen niet mee.
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="servicenorm">
        <h2 id="servicenorm">Op tijd volgens de servicenorm</h2>
        <p>
          De servicenorm is: eerste contact binnen {formatWorkingDays(data.region.serviceNormDays)}.
        </p>
        {data.norm.share === null ? (
          <p>Er zijn in de laatste 12 maanden nog geen aanvragen of gedeelde scans die meetellen.</p>
        ) : (
          <p>
            <strong>{formatShare(data.norm.share)}</strong> kreeg op tijd eerste contact: {data.norm.withinNorm} van de {counted}{" "}
            aanvragen en gedeelde scans. {count(data.norm.missed, "was", "waren")} te laat.
          </p>
        )}
        <p className="muted">
          Nog niet meegeteld: {count(data.norm.pending, "aanvraag of scan", "aanvragen en scans")} zonder eerste contact die nog niet te laat{" "}
          {data.norm.pending === 1 ? "is" : "zijn"}.
        </p>
      </section>

      <section aria-labelledby="budget">
        <h2 id="budget">Budget per regeling in {data.year}</h2>
        <DashboardBars
          horizontal
          stacked
          money
          labels={data.budgets.map((b) => b.name)}
          series={[
            { label: "Toegekend", data: data.budgets.map((b) => b.reservedCents / 100) },
            { label: "Nog over", data: data.budgets.map((b) => Math.max(0, b.leftCents ?? 0) / 100) },
          ]}
          summary={`Staafdiagram: budget per regeling in ${data.year}, toegekend en nog over. ${data.budgets
            .map((b) => `${b.name}: ${formatCents(b.reservedCents)} toegekend, ${b.leftCents === null ? "geen grens" : `${formatCents(b.leftCents)} over`}`)
            .join("; ")}.`}
        />
        <BudgetTable budgets={data.budgets} caption={`Budget, toegekend en nog over per regeling in ${data.year}`} />

        <h3 id="budget-aanpassen">Budget aanpassen</h3>
        <p>
          Pas het budget voor {data.year} en het bedrag per toekenning aan. Vul bedragen in euro in, bijvoorbeeld 25000 of 25.000,50. Het budget
          kan niet lager zijn dan wat al is toegekend.
        </p>
        <BudgetForms budgets={data.budgets} year={data.year} failure={actionData} />
      </section>

      <section aria-labelledby="werk">
        <h2 id="werk">Open werk per medewerker</h2>
        <TableWrap label="Tabel open werk per medewerker">
          <table>
            <caption>Aanvragen en gedeelde scans die nog niet zijn afgerond</caption>
            <thead>
              <tr>
                <th scope="col">Medewerker</th>
                <th scope="col">Open aanvragen</th>
                <th scope="col">Open gedeelde scans</th>
                <th scope="col">Totaal</th>
              </tr>
            </thead>
            <tbody>
              {data.openWork.map((w) => (
                <tr key={w.userId ?? w.name}>
                  <th scope="row">
                    {w.name}
                    {w.userId && !w.active ? " (niet meer actief)" : null}
                  </th>
                  <td>{w.requests}</td>
                  <td>{w.leads}</td>
                  <td>{w.requests + w.leads}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>

        <h3 id="overdragen">Werk overdragen</h3>
        <p>
          Geef alle open aanvragen en gedeelde scans van een collega aan een andere collega, bijvoorbeeld bij ziekte of vertrek. Afgerond werk
          blijft staan.
        </p>
        <Form method="post" noValidate className="card" aria-labelledby="overdragen">
          <ErrorSummary errors={reassignErrors} labels={{ fromUserId: "Van", toUserId: "Naar" }} />
          <input type="hidden" name="intent" value="overdragen" />
          <SelectField
            name="fromUserId"
            label="Van wie is het werk?"
            placeholder="Kies een collega"
            options={holders.map((s) => ({ value: s.id, label: s.active ? s.name : `${s.name} (niet meer actief)` }))}
            error={reassignErrors.fromUserId}
            selectProps={{ defaultValue: actionData?.intent === "overdragen" ? actionData.values.fromUserId : undefined }}
          />
          <SelectField
            name="toUserId"
            label="Wie krijgt het werk?"
            placeholder="Kies een collega"
            options={activeStaff.map((s) => ({ value: s.id, label: s.name }))}
            error={reassignErrors.toUserId}
            selectProps={{ defaultValue: actionData?.intent === "overdragen" ? actionData.values.toUserId : undefined }}
          />
          <button type="submit" className="button">
            Werk overdragen
          </button>
        </Form>
      </section>
    </>
  );
}

/** Counts per label as a horizontal bar chart with the same figures (and their total) in a table. */
function CountsChartAndTable({
  rows,
  chartTitle,
  caption,
  tableLabel,
  keyHeader,
}: {
  rows: { key: string; label: string; count: number }[];
  chartTitle: string;
  caption: string;
  tableLabel: string;
  keyHeader: string;
}) {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <>
      <DashboardBars
        horizontal
        labels={rows.map((r) => r.label)}
        series={[{ label: "Aantal", data: rows.map((r) => r.count) }]}
        summary={`Staafdiagram: ${chartTitle}. ${rows.map((r) => `${r.label}: ${r.count}`).join(", ")}.`}
      />
      <TableWrap label={tableLabel}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{keyHeader}</th>
              <th scope="col">Aantal</th>
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
              <th scope="row">Totaal</th>
              <td>{total}</td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </>
  );
}
