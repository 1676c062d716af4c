import { stringify } from "csv-stringify/sync";

/**
 * A CSV download that opens correctly in Dutch Excel: UTF-8 with BOM, `;` as
 * separator, CRLF line ends. Cells that Excel would read as a formula get a
 * leading apostrophe (CSV injection).
 */
export function csvResponse(filename: string, columns: string[], rows: (string | number | null)[][]): Response {
  const safe = rows.map((row) =>
    row.map((cell) => {
      if (cell === null) return "";
      const text = String(cell);
      return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    }),
  );
  const body = "\uFEFF" + stringify([columns, ...safe], { delimiter: ";", record_delimiter: "\r\n" });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
