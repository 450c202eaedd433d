import { type ReactNode, useId } from 'react';
import table from '../styles/table.module.css';

export interface DataColumn<Row> {
  header: ReactNode;
  /** What a row shows in this column; the first column's cell is the row's heading. */
  cell: (row: Row) => ReactNode;
  /** For the heading and the cells alike (numbers aligned right, buttons kept on one line). */
  className?: string;
}

interface DataTableProps<Row> {
  caption: ReactNode;
  /** For a table whose section heading already says what it holds: screen readers still hear the caption. */
  captionHidden?: boolean;
  columns: DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  className?: string;
}

/**
 * A data table that scrolls sideways on a narrow screen: a region named by the caption, which
 * a keyboard can focus to scroll; column headings, and each row named by its first cell.
 */
export function DataTable<Row>({ caption, captionHidden = false, columns, rows, rowKey, className }: DataTableProps<Row>) {
  const captionId = useId();
  return (
    <div className={table.wrapper} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={className ? `${table.table} ${className}` : table.table}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className={column.className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={index} className={column.className}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
