import { Form, useNavigation } from "@remix-run/react";
import { ErrorSummary, TextField, useValidatedForm } from "~/components/forms";
import { accountMessages } from "~/i18n/account";
import { useMessages } from "~/i18n/use-messages";
import { totpCodeSchema } from "~/schemas/auth";
import type { FieldErrors } from "~/utils/forms";

/** Recovery codes, shown once right after they were made. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useMessages(accountMessages).recoveryCodes;
  return (
    <section className="panel panel--warn" aria-labelledby="herstelcodes-titel">
      <h2 id="herstelcodes-titel">{t.title}</h2>
      <p>
        <strong>{t.keep}</strong> {t.text}
      </p>
      <ul className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A form that asks for the current code from the app (confirm set-up, new recovery codes, turn off). */
export function TotpCodeForm({
  intent,
  button,
  hint,
  errors: serverErrors,
  secondary = false,
}: {
  intent: "bevestigen" | "herstelcodes" | "uitzetten";
  button: string;
  hint: string;
  /** The server's field errors for this form, if its last submission was refused. */
  errors?: FieldErrors | null;
  secondary?: boolean;
}) {
  const t = useMessages(accountMessages).recoveryCodes;
  const labels = { code: t.codeLabel };
  const busy = useNavigation().state !== "idle";
  const { form, onSubmit, errors, submitCount } = useValidatedForm(totpCodeSchema, {
    actionData: serverErrors ? { errors: serverErrors } : undefined,
    defaultValues: { intent, code: "" },
  });
  return (
    <Form method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} prefix={intent} />
      <input type="hidden" {...form.register("intent")} value={intent} />
      <TextField
        prefix={intent}
        name="code"
        label={t.codeLabel}
        hint={hint}
        error={errors.code}
        inputProps={{ ...form.register("code"), inputMode: "numeric", autoComplete: "one-time-code" }}
      />
      <button type="submit" className={secondary ? "button button--secondary" : "button"} disabled={busy}>
        {button}
      </button>
    </Form>
  );
}
