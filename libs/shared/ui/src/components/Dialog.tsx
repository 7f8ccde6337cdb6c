import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react';
import { useUiTexts } from '../i18n';
import { cx } from '../internal/cx';
import { tabbables } from '../internal/focusable';

export interface DialogProps {
  open: boolean;
  /** Called on the close button, Esc and the phone's back gesture; the caller sets open={false}. */
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  /** Actions at the bottom, e.g. Cancel and Confirm buttons. */
  actions?: ReactNode;
  className?: string;
}

/**
 * A modal on the native <dialog>: the browser makes the rest of the page inert and shows it in the
 * top layer. On open, focus goes to the element marked autoFocus/data-autofocus or else to the
 * title (so the dialog is read from its start); Tab cycles inside; on close, focus returns to the
 * element that opened it.
 */
export function Dialog({ open, onClose, title, children, actions, className }: DialogProps) {
  const { t } = useUiTexts();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Latest onClose without re-running the open/close effect when the parent re-renders.
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Environments without showModal (older browsers, jsdom) get a plain open dialog plus the
    // Tab trap below.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    const initial = dialog.querySelector<HTMLElement>('[autofocus], [data-autofocus]') ?? dialog.querySelector<HTMLElement>('.lx-dialog__title');
    initial?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  const handleKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      // Handled here so the browser's own close does not run and React state stays the truth.
      event.preventDefault();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = tabbables(ref.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !ref.current.contains(active) || active === ref.current.querySelector('.lx-dialog__title'))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  // The back gesture on Android and Esc in some browsers arrive as a cancel event only.
  const handleCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onCloseRef.current();
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a modal dialog must handle Esc and trap Tab
    <dialog ref={ref} className={cx('lx-dialog', className)} aria-labelledby={titleId} onKeyDown={handleKeyDown} onCancel={handleCancel}>
      {open && (
        <div className="lx-dialog__body">
          <div className="lx-dialog__header">
            <h2 className="lx-dialog__title" id={titleId} tabIndex={-1}>
              {title}
            </h2>
            <button type="button" className="lx-button lx-button--secondary lx-dialog__close" onClick={() => onCloseRef.current()}>
              {t('close')}
            </button>
          </div>
          <div className="lx-dialog__content">{children}</div>
          {actions && <div className="lx-dialog__actions">{actions}</div>}
        </div>
      )}
    </dialog>
  );
}
