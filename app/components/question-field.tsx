import type { UseFormRegister, FieldValues } from "react-hook-form";
import type { Question } from "~/content/questionnaire/schema";
import { fmt } from "~/i18n/locale";
import { scanMessages } from "~/i18n/scan";
import { useMessages } from "~/i18n/use-messages";
import { FieldError, fieldId } from "./forms";

/** One scan question: a fieldset of radio buttons with "Waarom vragen we dit?". */
export function QuestionField({
  question,
  number,
  total,
  error,
  selected,
  register,
}: {
  question: Question;
  number: number;
  total: number;
  error?: string;
  selected?: string;
  register: UseFormRegister<FieldValues>;
}) {
  const base = fieldId(question.id);
  const t = useMessages(scanMessages).question;
  return (
    <fieldset className={`question${error ? " question--error" : ""}`} aria-describedby={error ? `${base}-error` : undefined}>
      <legend>
        <span className="question__number">{fmt(t.number, { number, total })}</span>
        {question.text}
      </legend>
      <details className="why">
        <summary>{t.why}</summary>
        <p>{question.why}</p>
      </details>
      {error ? <FieldError id={`${base}-error`} message={error} /> : null}
      <div className="radios">
        {question.options.map((option, i) => {
          const id = i === 0 ? base : `${base}-${option.id}`;
          return (
            <div key={option.id} className={`radio${"unknown" in option ? " radio--unknown" : ""}`}>
              <input
                type="radio"
                id={id}
                value={option.id}
                defaultChecked={selected === option.id}
                {...register(question.id)}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
