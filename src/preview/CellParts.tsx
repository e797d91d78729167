/** In-cell editor and the list dropdown of the selected cell. */
import { forwardRef, useLayoutEffect, useRef, useState } from "react";
import type { Lang } from "../i18n/strings";
import { pt } from "./strings";

export interface CellEditorProps {
  lang: Lang;
  address: string;
  initial: string;
  className: string;
  /** Returns false when the value was refused (the editor stays open). */
  onCommit: (text: string, then: [number, number] | null) => boolean;
  onCancel: () => void;
}

/** Enter commits and moves down, Tab commits and moves right, Alt+Enter adds a line, Esc cancels. */
export function CellEditor({ lang, address, initial, className, onCommit, onCancel }: CellEditorProps) {
  const [text, setText] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const finish = (then: [number, number] | null) => {
    if (done.current) return;
    done.current = true;
    if (!onCommit(text, then)) done.current = false;
  };
  return (
    <textarea
      ref={ref}
      aria-label={pt(lang, "edit", { address })}
      className={className}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        // Leaving the cell commits; a refused value is dropped (the alert says why).
        if (done.current) return;
        done.current = true;
        if (!onCommit(text, null)) onCancel();
      }}
      onKeyDown={(e) => {
        if (e.nativeEvent.isComposing) return;
        if (e.key === "Enter" && e.altKey) {
          e.preventDefault();
          setText((t) => `${t}\n`);
        } else if (e.key === "Enter" || e.key === "Tab") {
          e.preventDefault();
          finish(e.key === "Tab" ? [0, e.shiftKey ? -1 : 1] : [e.shiftKey ? -1 : 1, 0]);
        } else if (e.key === "Escape") {
          e.preventDefault();
          done.current = true;
          onCancel();
        }
      }}
    />
  );
}

export interface ListDropdownProps {
  lang: Lang;
  address: string;
  items: string[];
  value: string;
  className: string;
  onPick: (value: string) => void;
}

/** The in-cell dropdown of a list validation; the pick is typed into the cell. */
export const ListDropdown = forwardRef<HTMLSelectElement, ListDropdownProps>(function ListDropdown(
  { lang, address, items, value, className, onPick },
  ref,
) {
  return (
    <select
      ref={ref}
      aria-label={pt(lang, "dropdown", { address })}
      className={className}
      value={items.includes(value) ? value : ""}
      onMouseDown={(e) => e.stopPropagation()}
      onKeyDown={(e) => e.stopPropagation()}
      onChange={(e) => onPick(e.target.value)}
    >
      <option value="" disabled style={{ color: "#666" }}>
        {pt(lang, "choose")}
      </option>
      {items.map((item) => (
        <option key={item} value={item} style={{ color: "#000" }}>
          {item}
        </option>
      ))}
    </select>
  );
});
