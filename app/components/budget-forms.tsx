import { Form } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/forms";
import { TableWrap } from "~/components/table-wrap";
import { centsToEuroInput } from "~/domain/dashboard";
import { formatCents } from "~/utils/format";
import type { FieldErrors } from "~/utils/forms";

type Budget = {
  instrumentId: string;
  name: string;
  budgetCents: number | null;
  amountPerGrantCents: number | null;
  reservedCents: number;
};
export type BudgetFailure = {
  intent: string;
  instrumentId?: string;
  errors: FieldErrors;
  values: Record<string, string>;
};

/** One form per instrument: the year's budget and the amount per grant (budgetSchema; used by coordinators and administrators). */
export function BudgetForms({ budgets, year, failure }: { budgets: Budget[]; year: number; failure: BudgetFailure | undefined }) {
  return (
    <ul className="cards">
      {budgets.map((b) => {
        const failed = failure?.intent === "budget" && failure.instrumentId === b.instrumentId ? failure : null;
        const errors = failed?.errors ?? {};
        const prefix = `budget-${b.instrumentId}`;
        return (
          <li key={`${b.instrumentId}-${b.budgetCents}-${b.amountPerGrantCents}`} className="card">
            <h4 id={`${prefix}-titel`}>{b.name}</h4>
            <Form method="post" noValidate aria-labelledby={`${prefix}-titel`}>
              <ErrorSummary
                errors={errors}
                prefix={prefix}
                labels={{
                  budget: `Budget ${b.name}`,
                  amountPerGrant: `Bedrag per toekenning ${b.name}`,
                }}
              />
              <input type="hidden" name="intent" value="budget" />
              <input type="hidden" name="instrumentId" value={b.instrumentId} />
              <TextField
                prefix={prefix}
                name="budget"
                label={`Budget ${year} voor ${b.name} (euro)`}
                hint={`Al toegekend: ${formatCents(b.reservedCents)}.`}
                error={errors.budget}
                inputProps={{
                  inputMode: "decimal",
                  autoComplete: "off",
                  className: "field__input field__input--short",
                  defaultValue: failed?.values.budget ?? (b.budgetCents === null ? "" : centsToEuroInput(b.budgetCents)),
                }}
              />
              <TextField
                prefix={prefix}
                name="amountPerGrant"
                label={`Bedrag per toekenning voor ${b.name} (euro)`}
                error={errors.amountPerGrant}
                inputProps={{
                  inputMode: "decimal",
                  autoComplete: "off",
                  className: "field__input field__input--short",
                  defaultValue:
                    failed?.values.amountPerGrant ?? (b.amountPerGrantCents === null ? "" : centsToEuroInput(b.amountPerGrantCents)),
                }}
              />
              <button type="submit" className="button button--secondary">
                Budget opslaan
                <span className="visually-hidden"> voor {b.name}</span>
              </button>
            </Form>
          </li>
        );
      })}
    </ul>
  );
}

/** Budget, granted and left per instrument, with the number of grants (the table next to the chart and the forms). */
export function BudgetTable({ budgets, caption }: { budgets: (Budget & { leftCents: number | null; grants: number })[]; caption: string }) {
  return (
    <TableWrap label="Tabel budget per regeling">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Regeling</th>
            <th scope="col">Budget</th>
            <th scope="col">Toegekend</th>
            <th scope="col">Nog over</th>
            <th scope="col">Aantal toekenningen</th>
            <th scope="col">Bedrag per toekenning</th>
          </tr>
        </thead>
        <tbody>
          {budgets.map((b) => (
            <tr key={b.instrumentId}>
              <th scope="row">{b.name}</th>
              <td>{b.budgetCents === null ? "Geen grens" : formatCents(b.budgetCents)}</td>
              <td>{formatCents(b.reservedCents)}</td>
              <td>
                {b.leftCents === null ? "Geen grens" : formatCents(b.leftCents)}
                {b.leftCents !== null && b.leftCents < 0 ? " (meer toegekend dan het budget)" : null}
              </td>
              <td>{b.grants}</td>
              <td>{b.amountPerGrantCents === null ? "Niet ingesteld" : formatCents(b.amountPerGrantCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
