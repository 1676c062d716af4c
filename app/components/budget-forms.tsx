import { Form } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/forms";
import { ColumnHeads } from "~/components/column-heads";
import { TableWrap } from "~/components/table-wrap";
import { centsToEuroInput } from "~/domain/dashboard";
import { budgetMessages } from "~/i18n/budgets";
import { fmt } from "~/i18n/locale";
import { useMessages } from "~/i18n/use-messages";
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
  const t = useMessages(budgetMessages);
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
                  budget: fmt(t.budgetShort, { name: b.name }),
                  amountPerGrant: fmt(t.amountShort, { name: b.name }),
                }}
              />
              <input type="hidden" name="intent" value="budget" />
              <input type="hidden" name="instrumentId" value={b.instrumentId} />
              <TextField
                prefix={prefix}
                name="budget"
                label={fmt(t.budgetLabel, { year, name: b.name })}
                hint={fmt(t.reservedHint, { amount: formatCents(b.reservedCents) })}
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
                label={fmt(t.amountLabel, { name: b.name })}
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
                {t.save}
                <span className="visually-hidden"> {fmt(t.saveFor, { name: b.name })}</span>
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
  const t = useMessages(budgetMessages);
  return (
    <TableWrap label={t.table}>
      <table>
        <caption>{caption}</caption>
        <ColumnHeads columns={t.columns} />
        <tbody>
          {budgets.map((b) => (
            <tr key={b.instrumentId}>
              <th scope="row">{b.name}</th>
              <td>{b.budgetCents === null ? t.noLimit : formatCents(b.budgetCents)}</td>
              <td>{formatCents(b.reservedCents)}</td>
              <td>
                {b.leftCents === null ? t.noLimit : formatCents(b.leftCents)}
                {b.leftCents !== null && b.leftCents < 0 ? ` ${t.overspent}` : null}
              </td>
              <td>{b.grants}</td>
              <td>{b.amountPerGrantCents === null ? t.notSet : formatCents(b.amountPerGrantCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
