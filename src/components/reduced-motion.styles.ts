import { css } from 'lit';

/**
 * Part of every element's styles: when the system asks for reduced motion, nothing in the
 * element's shadow tree moves by itself — no transition, animation or smooth scrolling, whether
 * from these styles or from a page's `::part()` rules. (The drawing never animates: every layout
 * runs with `animate: false` and the view jumps rather than glides.)
 */
export const reducedMotion = css`
  @media (prefers-reduced-motion: reduce) {
    :host,
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
