import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import {
  useEffect,
  useMemo,
  useRef,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { useForm, type DefaultValues, type FieldValues, type FieldErrors as RhfErrors } from "react-hook-form";
import type { z } from "zod";
import type { FieldErrors } from "~/utils/forms";
import { commonMessages } from "~/i18n/common";
import { fmt } from "~/i18n/locale";
import { useErrorText, useMessages } from "~/i18n/use-messages";

type ActionErrors = { errors?: FieldErrors } | undefined | null;

/**
 * react-hook-form with the same zod schema the server uses. Without JavaScript
 * the form posts natively and the server answers with the same messages.
 */
export function useValidatedForm<S extends z.ZodType<FieldValues, z.ZodTypeDef, FieldValues>>(
  schema: S,
  options: { actionData?: ActionErrors; defaultValues?: Record<string, unknown> } = {},
) {
  const submit = useSubmit();
  const serverErrors = options.actionData?.errors;
  const errors = useMemo(() => {
    if (!serverErrors) return undefined;
    const out: Record<string, { type: string; message: string }> = {};
    for (const [k, message] of Object.entries(serverErrors)) out[k] = { type: "server", message };
    return out as RhfErrors<z.input<S>>;
  }, [serverErrors]);
  const form = useForm<z.input<S>>({
    resolver: zodResolver(schema),
    // Values come from the loader or from a rejected submission (strings, as posted).
    defaultValues: options.defaultValues as DefaultValues<z.input<S>> | undefined,
    errors,
    mode: "onTouched",
    shouldFocusError: false,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const target = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const button = submitter instanceof HTMLButtonElement ? submitter : null;
    // A button marked data-skip-validation (e.g. "save and continue later") posts what is there.
    if (button?.dataset.skipValidation !== undefined) {
      event.preventDefault();
      submit(button);
      return;
    }
    void form.handleSubmit(() => submit(button ?? target))(event);
  };
  const messages: FieldErrors = {};
  for (const [k, v] of Object.entries(form.formState.errors)) {
    const message = (v as { message?: unknown } | undefined)?.message;
    if (typeof message === "string") messages[k] = message;
  }
  return { form, onSubmit, errors: messages, submitCount: form.formState.submitCount };
}

/** The error summary at the top of a form: links to each field; takes focus when it appears. */
export function ErrorSummary({
  errors,
  labels,
  focusKey,
  prefix,
}: {
  errors: FieldErrors;
  labels: Record<string, string>;
  focusKey?: unknown;
  /** The same prefix as the form's fields, when a page has more than one form. */
  prefix?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const t = useMessages(commonMessages);
  const text = useErrorText();
  // In the order of the fields on the page (the order of `labels`), unknown keys last.
  const order = Object.keys(labels);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const entries = Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b));
  const hasErrors = entries.length > 0;
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors, focusKey]);
  if (!hasErrors) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t.errorSummaryTitle}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${fieldId(field, prefix)}`}>{labels[field] ? `${labels[field]}: ${text(message)}` : text(message)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}


/** The message next to a field, in the user's language (`message` may be a validation key). */
export function FieldError({ id, message }: { id: string; message: string }) {
  const t = useMessages(commonMessages);
  const text = useErrorText();
  return (
    <p id={id} className="field__error">
      <span className="visually-hidden">{t.errorPrefix}</span>
      {text(message)}
    </p>
  );
}

/** Label, hint and error message of a single field; the control goes inside. */
function FieldShell({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
      {children}
    </div>
  );
}

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

export const fieldId = (name: string, prefix = "veld") => `${prefix}-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

export function TextField({
  name,
  label,
  hint,
  error,
  inputProps,
  prefix,
}: {
  prefix?: string;
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
}) {
  const id = fieldId(name, prefix);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...inputProps}
      />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  options,
  placeholder,
  selectProps,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  options: { value: string; label: string }[];
  placeholder: string;
  selectProps?: SelectHTMLAttributes<HTMLSelectElement>;
}) {
  const id = fieldId(name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...selectProps}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function StepIndicator({ number, total }: { number: number; total: number }) {
  const t = useMessages(commonMessages);
  return (
    <div className="step-indicator">
      <p className="step-indicator__text">{fmt(t.step, { number, total })}</p>
      <div className="step-indicator__bar" aria-hidden="true">
        <span style={{ width: `${Math.round((number / total) * 100)}%` }} />
      </div>
    </div>
  );
}

export function RadioGroup({
  name,
  legend,
  hint,
  error,
  options,
  defaultValue,
  inputProps,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
}) {
  const base = fieldId(name);
  return (
    <fieldset className={`question${error ? " question--error" : ""}`} aria-describedby={describedBy(base, hint, error)}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${base}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={`${base}-error`} message={error} /> : null}
      <div className="radios">
        {options.map((o, i) => {
          const id = i === 0 ? base : `${base}-${o.value}`;
          return (
            <div key={o.value} className="radio">
              <input type="radio" id={id} name={name} value={o.value} defaultChecked={defaultValue === o.value} {...inputProps} />
              <label htmlFor={id}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function TextArea({
  name,
  label,
  hint,
  error,
  textareaProps,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  textareaProps?: TextareaHTMLAttributes<HTMLTextAreaElement>;
}) {
  const id = fieldId(name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea id={id} name={name} rows={5} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...textareaProps} />
    </FieldShell>
  );
}

/** A field only bots fill in (see `honeypot` in app/schemas/auth.ts); hidden from people and screen readers. */
export function Honeypot({ prefix }: { prefix?: string }) {
  const id = fieldId("website", prefix);
  const t = useMessages(commonMessages);
  return (
    <div className="hp">
      <label htmlFor={id}>{t.honeypot}</label>
      <input id={id} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
