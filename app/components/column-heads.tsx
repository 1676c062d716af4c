/** The header row of a data table: one `<th scope="col">` per column, in the order of the catalogue's `columns` group. */
export function ColumnHeads({ columns }: { columns: Record<string, string> }) {
  return (
    <thead>
      <tr>
        {Object.entries(columns).map(([key, label]) => (
          <th key={key} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
