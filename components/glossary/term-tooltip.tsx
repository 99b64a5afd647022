"use client";

import Link from "next/link";
import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { cn } from "@/lib/utils";

/** Pixels kept between the tooltip and the viewport's edges, and between the term and the tooltip. */
const EDGE = 8;
const GAP = 6;
/** How long the tooltip stays once the pointer leaves, so that the pointer can move onto it (WCAG 1.4.13). */
const CLOSE_DELAY_MS = 150;

const subscribeToNothing = () => () => {};

export interface TermTooltipProps {
  definition: string;
  children: ReactNode;
  /** Shown after the term, not underlined (a sort arrow). */
  suffix?: ReactNode;
  /** When given, the term is this link (a sortable column's header) rather than a button. */
  href?: string;
  /** The link's accessible name, when its text alone does not say what it does. */
  linkLabel?: string;
  className?: string;
}

/**
 * A term with its definition as a tooltip, shown while the term is hovered or
 * focused and dismissed with Escape. The tooltip is rendered into the body and
 * placed on the viewport, clamped to its edges: inside a table's scrolling box
 * it would be clipped, and anywhere near the right edge it would widen the
 * page on a phone. Outside the term, its text does not join the text of the
 * sentence or heading around it.
 */
export function TermTooltip({ definition, children, suffix, href, linkLabel, className }: TermTooltipProps) {
  const id = useId();
  // The body exists only in the browser: the tooltip and the reference to it appear once hydrated.
  const inBrowser = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const triggerRef = useRef<HTMLElement | null>(null);
  const tooltipRef = useRef<HTMLSpanElement | null>(null);
  const closeTimer = useRef<number | undefined>(undefined);
  const open = inBrowser && (hovered || focused || pinned) && !dismissed;

  const enter = () => {
    window.clearTimeout(closeTimer.current);
    setHovered(true);
    setDismissed(false);
  };
  const leave = () => {
    window.clearTimeout(closeTimer.current);
    closeTimer.current = window.setTimeout(() => setHovered(false), CLOSE_DELAY_MS);
  };

  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const trigger = triggerRef.current;
      const tooltip = tooltipRef.current;
      if (!trigger || !tooltip) return;
      const viewportWidth = document.documentElement.clientWidth;
      const viewportHeight = document.documentElement.clientHeight;
      const anchor = trigger.getBoundingClientRect();
      const box = tooltip.getBoundingClientRect();
      const left = Math.max(EDGE, Math.min(anchor.left, viewportWidth - EDGE - box.width));
      const below = anchor.bottom + GAP;
      const top = below + box.height <= viewportHeight - EDGE ? below : Math.max(EDGE, anchor.top - GAP - box.height);
      tooltip.style.left = `${left}px`;
      tooltip.style.top = `${top}px`;
    };
    place();
    window.addEventListener("resize", place);
    // Capture: a table's own scrolling box moves the term too.
    window.addEventListener("scroll", place, true);
    return () => {
      window.removeEventListener("resize", place);
      window.removeEventListener("scroll", place, true);
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const dismissOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape") setDismissed(true);
    };
    const unpinOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!triggerRef.current?.contains(target) && !tooltipRef.current?.contains(target)) setPinned(false);
    };
    document.addEventListener("keydown", dismissOnEscape);
    document.addEventListener("pointerdown", unpinOutside);
    return () => {
      document.removeEventListener("keydown", dismissOnEscape);
      document.removeEventListener("pointerdown", unpinOutside);
    };
  }, [open]);

  const triggerProps = {
    "aria-describedby": inBrowser ? id : undefined,
    onFocus: () => {
      setFocused(true);
      setDismissed(false);
    },
    onBlur: () => {
      setFocused(false);
      setPinned(false);
    },
    onMouseEnter: enter,
    onMouseLeave: leave,
    className: cn(
      "rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent",
      !href && "cursor-help",
      className,
    ),
  };
  const content = (
    <>
      <span className="underline decoration-dotted decoration-1 underline-offset-4">{children}</span>
      {suffix}
    </>
  );

  return (
    <>
      {href ? (
        <Link
          href={href}
          aria-label={linkLabel}
          ref={(node) => {
            triggerRef.current = node;
          }}
          {...triggerProps}
        >
          {content}
        </Link>
      ) : (
        <button
          type="button"
          ref={(node) => {
            triggerRef.current = node;
          }}
          // A tap on a touch screen has no hover (and Safari does not focus a tapped button): it opens the
          // definition until Escape or a tap elsewhere.
          onClick={() => {
            setPinned(true);
            setDismissed(false);
          }}
          {...triggerProps}
        >
          {content}
        </button>
      )}
      {inBrowser &&
        createPortal(
          <span
            ref={tooltipRef}
            id={id}
            role="tooltip"
            hidden={!open}
            data-testid="term-tooltip"
            onMouseEnter={enter}
            onMouseLeave={leave}
            className="fixed left-0 top-0 z-50 w-max max-w-[min(20rem,calc(100vw-2rem))] rounded-md border border-border bg-card px-3 py-2 text-left text-xs font-normal normal-case leading-snug tracking-normal text-foreground shadow-lg"
          >
            {definition}
          </span>,
          document.body,
        )}
    </>
  );
}
