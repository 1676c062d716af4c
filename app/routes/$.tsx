import { notFound } from "~/utils/auth.server";

export function loader() {
  notFound();
}

export default function NotFound() {
  return null;
}
