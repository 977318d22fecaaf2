// Runs a callback once, the first time an element comes into view (or focus enters it): for sections below the fold.

/**
 * Calls `run` once when `el` first intersects the viewport or focus enters `focusRoot` (default `el`; a wider root
 * lets a keyboard user tabbing towards the section load it before reaching it); at once without IntersectionObserver.
 */
export function whenShown(el: Element, run: () => void, focusRoot: Element = el): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    focusRoot.removeEventListener('focusin', once);
    run();
  };
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
          if (entries.some((e) => e.isIntersecting)) once();
        })
      : undefined;
  focusRoot.addEventListener('focusin', once);
  if (observer) observer.observe(el);
  else once();
}
