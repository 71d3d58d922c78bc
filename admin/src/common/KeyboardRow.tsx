import { forwardRef, type KeyboardEvent } from 'react';
import { DataTableRow, useDataTableCallbacksContext, useResourceDefinition, type DataTableRowProps } from 'react-admin';

/**
 * A table row that opens its record from the keyboard as it does with the mouse (WCAG 2.1.1 Keyboard): a row that
 * opens something on click is in the tab order, and Enter or Space opens it. react-admin's rows answer clicks
 * only. Rows that open nothing stay out of the tab order. Every DataTable uses it (common/theme.ts).
 */
export const KeyboardRow = forwardRef<HTMLTableRowElement, DataTableRowProps>((props, ref) => {
  const { rowClick } = useDataTableCallbacksContext();
  const { hasShow, hasEdit } = useResourceDefinition();
  const opens = rowClick === undefined ? hasShow || hasEdit : rowClick !== false && rowClick !== 'toggleSelection' && rowClick !== 'expand';
  if (!opens) return <DataTableRow ref={ref} {...props} />;
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    // Only the row itself: Enter on a checkbox or a link inside keeps its own meaning.
    if (event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    event.currentTarget.click();
  };
  return <DataTableRow ref={ref} tabIndex={0} onKeyDown={onKeyDown} {...props} sx={{ '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: '-2px' }, ...props.sx }} />;
});
KeyboardRow.displayName = 'KeyboardRow';
