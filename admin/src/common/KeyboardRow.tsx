import { forwardRef, useCallback, useLayoutEffect, useRef, type ForwardedRef, type KeyboardEvent } from 'react';
import { DataTableRow, useDataTableCallbacksContext, useResourceDefinition, type DataTableRowProps } from 'react-admin';

/**
 * react-admin 5.15's row checkbox puts its name ("Select this row") on the checkbox's wrapper, where assistive
 * technology ignores it (axe: aria-prohibited-attr, label), and leaves the input itself nameless: the name moves to
 * the input.
 */
function nameTheRowCheckbox(row: HTMLTableRowElement | null) {
  const wrapper = row?.querySelector(':scope > td > .select-item[aria-label]');
  const input = wrapper?.querySelector('input');
  if (!wrapper || !input) return;
  input.setAttribute('aria-label', wrapper.getAttribute('aria-label')!);
  wrapper.removeAttribute('aria-label');
}

function assign<T>(ref: ForwardedRef<T>, value: T) {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * A table row that opens its record from the keyboard as it does with the mouse (WCAG 2.1.1 Keyboard): a row that
 * opens something on click is in the tab order, and Enter or Space opens it. react-admin's rows answer clicks
 * only. Rows that open nothing stay out of the tab order. Every DataTable uses it (common/theme.ts).
 */
export const KeyboardRow = forwardRef<HTMLTableRowElement, DataTableRowProps>((props, ref) => {
  const { rowClick } = useDataTableCallbacksContext();
  const { hasShow, hasEdit } = useResourceDefinition();
  const own = useRef<HTMLTableRowElement | null>(null);
  const setRef = useCallback(
    (row: HTMLTableRowElement | null) => {
      own.current = row;
      assign(ref, row);
    },
    [ref],
  );
  useLayoutEffect(() => nameTheRowCheckbox(own.current));
  const opens = rowClick === undefined ? hasShow || hasEdit : rowClick !== false && rowClick !== 'toggleSelection' && rowClick !== 'expand';
  if (!opens) return <DataTableRow ref={setRef} {...props} />;
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    // Only the row itself: Enter on a checkbox or a link inside keeps its own meaning.
    if (event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    event.currentTarget.click();
  };
  return (
    <DataTableRow
      ref={setRef}
      tabIndex={0}
      onKeyDown={onKeyDown}
      {...props}
      sx={{ '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: '-2px' }, ...props.sx }}
    />
  );
});
KeyboardRow.displayName = 'KeyboardRow';
