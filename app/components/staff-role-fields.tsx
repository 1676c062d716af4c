import type { UseFormRegister } from "react-hook-form";
import { RadioGroup, SelectField } from "~/components/forms";
import { roleLabel } from "~/content/navigation";
import { adminMessages } from "~/i18n/admin";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { scopeOfRole } from "~/schemas/admin";
import { staffRoles, type StaffRole } from "~db/schema";
import type { FieldErrors } from "~/utils/forms";

type Option = { id: string; name: string };

/**
 * Role with the region or organisation it needs. Without JavaScript both
 * lists are shown and the server keeps the one the role needs; with
 * JavaScript only the list that fits the chosen role is shown.
 */
export function StaffRoleFields({
  register,
  role,
  errors,
  values,
  regions,
  organisations,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by two forms with different field sets
  register: UseFormRegister<any>;
  role: string | undefined;
  errors: FieldErrors;
  values: Record<string, string>;
  regions: Option[];
  organisations: Option[];
}) {
  const t = useMessages(adminMessages);
  const locale = useLocale();
  const scope = staffRoles.includes(role as StaffRole) ? scopeOfRole(role as StaffRole) : undefined;
  return (
    <>
      <RadioGroup
        name="role"
        legend={t.invite.labels.role}
        error={errors.role}
        defaultValue={values.role}
        options={staffRoles.map((r) => ({ value: r, label: roleLabel(r, locale) }))}
        inputProps={register("role")}
      />
      {scope === undefined || scope === "region" ? (
        <SelectField
          name="regionId"
          label={t.invite.labels.regionId}
          hint={t.roleFields.regionHint}
          placeholder={t.roleFields.regionPlaceholder}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          error={errors.regionId}
          selectProps={{ ...register("regionId"), defaultValue: values.regionId }}
        />
      ) : null}
      {scope === undefined || scope === "organisation" ? (
        <SelectField
          name="organisationId"
          label={t.invite.labels.organisationId}
          hint={t.roleFields.organisationHint}
          placeholder={t.roleFields.organisationPlaceholder}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          error={errors.organisationId}
          selectProps={{ ...register("organisationId"), defaultValue: values.organisationId }}
        />
      ) : null}
    </>
  );
}
