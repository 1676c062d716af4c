import type { Role } from "~db/schema";
import { commonMessages } from "~/i18n/common";
import type { Locale } from "~/i18n/locale";
import { pick } from "~/i18n/messages";

type NavKey = keyof (typeof commonMessages)["nl"]["nav"];

export interface NavItem {
  to: string;
  /** Key of the label in `commonMessages.nav`. */
  label: NavKey;
  end?: boolean;
}

export const roleLabel = (role: Role, locale: Locale = "nl") => pick(commonMessages, locale).roles[role];

export function navigationFor(role: Role | null): NavItem[] {
  switch (role) {
    case "employer":
      return [
        { to: "/mijn", label: "myOverview", end: true },
        { to: "/scan", label: "scan" },
      ];
    case "accountmanager":
      return [{ to: "/wsp", label: "workQueue", end: true }];
    case "coordinator":
      return [
        { to: "/wsp", label: "workQueue", end: true },
        { to: "/wsp/dashboard", label: "dashboard" },
      ];
    case "organisation":
      return [
        { to: "/organisatie", label: "campaigns", end: true },
        { to: "/organisatie/inzicht", label: "outcomes" },
      ];
    case "admin":
      return [
        { to: "/beheer", label: "admin", end: true },
        { to: "/beheer/gemeenten", label: "municipalities" },
        { to: "/beheer/instrumenten", label: "instruments" },
        { to: "/beheer/vragenlijsten", label: "questionnaires" },
        { to: "/beheer/gebruikers", label: "users" },
      ];
    case null:
      return [
        { to: "/", label: "home", end: true },
        { to: "/scan", label: "scan" },
      ];
  }
}
