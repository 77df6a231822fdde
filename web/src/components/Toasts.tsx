import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';

export interface ToastInput {
  message: string;
  tone?: 'success' | 'error' | 'info';
  /** One action, typically "Undo". */
  action?: { label: string; run: () => void | Promise<void> };
  /** Milliseconds before it goes away; errors and toasts with an action stay longer. */
  duration?: number;
}

interface Toast extends ToastInput {
  id: number;
}

interface ToastApi {
  show: (t: ToastInput) => void;
  success: (message: string, action?: ToastInput['action']) => void;
  error: (e: unknown) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error('useToast outside ToastProvider');
  return ctx;
}

function messageOf(e: unknown, fallback: string): string {
  if (e instanceof Error && e.message) return e.message;
  return fallback;
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((x) => x.id !== id));
    const timer = timers.current.get(id);
    if (timer) clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const show = useCallback(
    (input: ToastInput) => {
      const id = nextId.current++;
      const duration =
        input.duration ?? (input.action ? 8000 : input.tone === 'error' ? 8000 : 4000);
      // At most three on screen, the oldest goes first; and only the latest undo is offered, so
      // "Undo" always means the last thing done.
      setToasts((list) => {
        const kept = input.action ? list.filter((x) => !x.action) : list;
        return [...kept.slice(-2), { ...input, id }];
      });
      timers.current.set(
        id,
        setTimeout(() => dismiss(id), duration),
      );
    },
    [dismiss],
  );

  const api = useMemo<ToastApi>(
    () => ({
      show,
      success: (message, action) => show({ message, tone: 'success', action }),
      error: (e) => show({ message: messageOf(e, t('errors.unknown')), tone: 'error' }),
    }),
    [show, t],
  );

  const polite = toasts.filter((x) => x.tone !== 'error');
  const assertive = toasts.filter((x) => x.tone === 'error');

  const render = (toast: Toast) => (
    <div key={toast.id} className={`toast toast-${toast.tone ?? 'info'}`}>
      <span className="toast-message">{toast.message}</span>
      {toast.action ? (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            const action = toast.action;
            dismiss(toast.id);
            void Promise.resolve()
              .then(() => action?.run())
              .catch((e: unknown) => api.error(e));
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        className="icon-button toast-close"
        onClick={() => dismiss(toast.id)}
        aria-label={t('common.dismiss')}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );

  return (
    <ToastContext.Provider value={api}>
      {children}
      <section className="toasts" aria-label={t('common.notifications')}>
        <div role="status" aria-live="polite" className="toast-stack">
          {polite.map(render)}
        </div>
        <div role="alert" aria-live="assertive" className="toast-stack">
          {assertive.map(render)}
        </div>
      </section>
    </ToastContext.Provider>
  );
}
