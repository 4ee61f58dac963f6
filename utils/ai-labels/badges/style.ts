/**
 * Badge styles, inside the shadow root so neither the page's CSS reaches them nor theirs the page.
 * A solid violet pill with a white ring and a dark halo reads on light and dark pages alike.
 */
export const BADGE_CSS = `
:host { all: initial; }
.badge {
  position: absolute; box-sizing: border-box; pointer-events: auto; cursor: help;
  display: inline-flex; align-items: center; gap: 4px; height: 22px; padding: 0 8px;
  font: 700 12px/1 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; letter-spacing: .02em;
  color: #fff; background: #5b21b6; border: 2px solid #fff; border-radius: 999px;
  box-shadow: 0 0 0 1px rgba(0,0,0,.55), 0 2px 6px rgba(0,0,0,.35);
  white-space: nowrap; outline: none;
}
.badge[hidden] { display: none; }
.badge:focus-visible { box-shadow: 0 0 0 3px #facc15, 0 2px 6px rgba(0,0,0,.35); }
.badge .tip {
  position: absolute; top: calc(100% + 6px); left: 0; z-index: 1; min-width: 12em; max-width: 22em;
  padding: 6px 8px; border-radius: 6px; background: #111827; color: #f9fafb; border: 1px solid #f9fafb;
  font: 500 12px/1.4 system-ui, sans-serif; white-space: normal; visibility: hidden; opacity: 0;
  transition: opacity .12s;
}
.badge:hover .tip, .badge:focus .tip { visibility: visible; opacity: 1; }
.badge[data-revealed] { animation: candor-pulse 1s ease-in-out 3; background: #7c3aed; }
.ring {
  position: absolute; box-sizing: border-box; pointer-events: none; border: 3px solid #7c3aed;
  border-radius: 6px; box-shadow: 0 0 0 2px #fff, 0 0 0 5px rgba(0,0,0,.35);
}
@keyframes candor-pulse { 50% { transform: scale(1.25); } }
@media (prefers-reduced-motion: reduce) { .badge[data-revealed] { animation: none; } }
`;
