import { useEffect, useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** The element to focus when the dialog opens; else the first focusable one. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** A line under the title, read as the dialog's description. */
  description?: ReactNode;
  /** Close on a click outside the panel (menus, help); forms keep their content. */
  closeOnBackdrop?: boolean;
  size?: 'small' | 'medium';
  role?: 'dialog' | 'alertdialog';
}

/**
 * A modal dialog on the native <dialog> element: the rest of the page is inert while it is open,
 * Escape closes it, and focus returns to where it was.
 */
export function Dialog({
  title,
  onClose,
  children,
  initialFocus,
  description,
  closeOnBackdrop = false,
  size = 'medium',
  role = 'dialog',
}: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const target = initialFocus?.current;
    if (target) target.focus();
    return () => {
      if (dialog.open) dialog.close();
      // Back to the control that opened the dialog, when it is still on the page.
      if (previous && previous.isConnected) previous.focus();
    };
    // Opening is a mount-time effect: initialFocus is read once.
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancel = (e: Event) => {
      e.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => dialog.removeEventListener('cancel', onCancel);
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      role={role}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descId : undefined}
      onClick={(e) => {
        if (closeOnBackdrop && e.target === e.currentTarget) onClose();
      }}
    >
      <div className="dialog-panel">
        <header className="dialog-header">
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          <button
            type="button"
            className="icon-button dialog-close"
            onClick={onClose}
            aria-label={t('common.close')}
          >
            <span aria-hidden="true">×</span>
          </button>
        </header>
        {description ? (
          <p id={descId} className="dialog-description">
            {description}
          </p>
        ) : null}
        {children}
      </div>
    </dialog>
  );
}
