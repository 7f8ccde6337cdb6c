import { useId, type ReactNode } from 'react';
import { cx } from '../internal/cx';

export interface TableColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** This column names the row (e.g. the person or the date): rendered as <th scope="row">. */
  rowHeader?: boolean;
  /** 'end' for numbers and money, so digits line up. */
  align?: 'start' | 'end';
}

export interface TableProps<Row> {
  /** Required: the caption names the table for screen readers and sighted users alike. */
  caption: ReactNode;
  /** Keeps the caption for screen readers only, when a heading right above says the same. */
  captionHidden?: boolean;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown in a single cell when there are no rows. */
  empty?: ReactNode;
  className?: string;
}

/**
 * A data table with caption and scoped headers. On narrow screens it scrolls sideways inside a
 * focusable region, so keyboard users can scroll it too.
 */
export function Table<Row>({ caption, captionHidden = false, columns, rows, rowKey, empty, className }: TableProps<Row>) {
  const captionId = useId();
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <div className="lx-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={cx('lx-table', className)}>
        <caption id={captionId} className={cx('lx-table__caption', captionHidden && 'lx-visually-hidden')}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={cx(column.align === 'end' && 'lx-table__cell--end')}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty !== undefined ? (
            <tr>
              <td colSpan={columns.length} className="lx-table__empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => {
                  const cellClass = cx(column.align === 'end' && 'lx-table__cell--end');
                  return column.rowHeader ? (
                    <th key={column.key} scope="row" className={cellClass}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={cellClass || undefined}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
