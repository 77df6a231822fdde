import { useEffect, useRef } from 'react';

/** Single-key shortcuts a page can take over while it is shown (`l` on a person, `/` on People). */
type Handler = () => void;
const pageHandlers = new Map<string, Handler[]>();

export function useShortcut(key: string, handler: Handler, enabled = true): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    if (!enabled) return;
    const h: Handler = () => ref.current();
    const list = pageHandlers.get(key) ?? [];
    list.push(h);
    pageHandlers.set(key, list);
    return () => {
      const l = pageHandlers.get(key) ?? [];
      pageHandlers.set(
        key,
        l.filter((x) => x !== h),
      );
    };
  }, [key, enabled]);
}

/** Runs the latest page handler for a key; false when no page claims it. */
export function runPageShortcut(key: string): boolean {
  const list = pageHandlers.get(key);
  const h = list?.[list.length - 1];
  if (!h) return false;
  h();
  return true;
}

/** True while the user is typing somewhere, or a dialog is open: shortcuts stay quiet then. */
export function shouldIgnoreKey(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return true;
  const el = e.target instanceof HTMLElement ? e.target : null;
  if (el) {
    const tag = el.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable) {
      return true;
    }
  }
  return document.querySelector('dialog[open]') !== null;
}

/** Set by `/` on another page: People focuses its search box when it opens. */
let focusSearchOnArrival = false;
export function requestSearchFocus(): void {
  focusSearchOnArrival = true;
}
export function takeSearchFocusRequest(): boolean {
  const v = focusSearchOnArrival;
  focusSearchOnArrival = false;
  return v;
}
