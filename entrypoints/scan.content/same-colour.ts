import { colourAlpha, layerShowsNothing, textPaintHides, type StyleReader } from '@/rules/hiding-styles';
import { allInsideHide, type InsideReads } from './inner-elements';

/**
 * Text a reader cannot see for its colour: transparent, or exactly the solid colour of what lies behind it
 * (white on white). Part of hidden.ts's check, asked only on a page over its text budget and only about an
 * element the other checks found visible. For almost every element it reads two computed values, the
 * text's fill and the element's background colour (each element's once a snapshot); the rest (pictures,
 * effects, positions, what the element holds: inner-elements.ts) is read only when the colours match.
 * It errs towards visible: text over a picture (a background image anywhere between it and the colour),
 * with a shadow or an outline, drawn through a filter or a blend, moved by positioning or a transform, with
 * a ::before/::after box or a first line or letter of another colour, or holding anything in another
 * colour or of those kinds, counts as visible.
 */

/** The browser's own page colour under a top frame whose page sets none (light or no colour scheme). */
const LIGHT_CANVAS = 'rgb(255, 255, 255)';
/** What an element's text is seen against: the element with the nearest background colour (null: the page's canvas) and that colour (null: not known). */
interface Backdrop {
  holder: Element | null;
  colour: string | null;
}

const reader = (style: CSSStyleDeclaration): StyleReader => (property) => style.getPropertyValue(property);

/** The element a box is painted over: its slot when slotted, its parent, or its shadow root's host. */
function paintParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/**
 * A pseudo-element could show the text: a ::before or ::after box (which may paint under it), or a first
 * line or letter that a rule of its own paints otherwise (in a colour other than the element's, and not
 * the colour behind it).
 */
function pseudoMayShow(el: Element, style: CSSStyleDeclaration, backdrop: string | null): boolean {
  const boxed = ['::before', '::after'].some((pseudo) => {
    const content = getComputedStyle(el, pseudo).content;
    return content !== 'none' && content !== 'normal' && content !== '';
  });
  if (boxed) return true;
  const fill = style.getPropertyValue('-webkit-text-fill-color');
  return ['::first-line', '::first-letter'].some((pseudo) => {
    const own = getComputedStyle(el, pseudo);
    return own.getPropertyValue('-webkit-text-fill-color') !== fill && !textPaintHides(reader(own), backdrop);
  });
}

/**
 * The page's canvas is the browser's white: a top frame (a frame's canvas is transparent, the embedding
 * page shows through) that offers no dark colour scheme, by its root's style or its color-scheme meta tag.
 */
function isLightTopPage(): boolean {
  if (window.top !== window) return false;
  const meta = document.querySelector('meta[name="color-scheme" i]')?.getAttribute('content') ?? '';
  return !/dark/i.test(`${getComputedStyle(document.documentElement).colorScheme} ${meta.slice(0, 100)}`);
}

/** A checker for one snapshot: styles may change between snapshots, so nothing is kept longer. */
export function sameColourCheck(reads: InsideReads): (el: Element, style: CSSStyleDeclaration) => boolean {
  const backdrops = new Map<Element, Backdrop>();
  const plainLayers = new Map<Element, boolean>();
  let canvas: Backdrop | undefined;

  const canvasBackdrop = (): Backdrop => {
    canvas ??= { holder: null, colour: isLightTopPage() ? LIGHT_CANVAS : null };
    return canvas;
  };

  /** Iterative (hostile pages nest thousands deep); the ancestors were usually asked first and are known. */
  const backdropOf = (el: Element, style: CSSStyleDeclaration): Backdrop => {
    const path: Element[] = [];
    let backdrop: Backdrop | undefined;
    for (let node: Element | null = el; node && !backdrop; node = paintParent(node)) {
      backdrop = backdrops.get(node);
      if (backdrop) break;
      path.push(node);
      const colour = (node === el ? style : getComputedStyle(node)).backgroundColor;
      if (colourAlpha(colour) !== 0) backdrop = { holder: node, colour: colourAlpha(colour) === 1 ? colour : null };
    }
    backdrop ??= canvasBackdrop();
    for (const node of path) backdrops.set(node, backdrop);
    return backdrop;
  };

  /** Nothing between `el`'s text and its backdrop's colour shows the text (rules/hiding-styles.ts). */
  const plainUpTo = (el: Element, { holder, colour }: Backdrop): boolean => {
    for (let node: Element | null = el; node; node = paintParent(node)) {
      let plain = plainLayers.get(node);
      if (plain === undefined) {
        const style = getComputedStyle(node);
        plain = layerShowsNothing(reader(style), node === holder) && !pseudoMayShow(node, style, colour);
        plainLayers.set(node, plain);
      }
      if (!plain) return false;
      if (node === holder) return true;
    }
    return true;
  };

  /** Every element inside `el` paints its text, and its box, the same invisible way. */
  const insideShowsNothing = (el: Element, backdrop: string | null): boolean =>
    allInsideHide(el, reads, (inner, style) => {
      if (style.display === 'none') return 'hides all';
      const read = reader(style);
      const ownColour = style.backgroundColor;
      const plain = (colourAlpha(ownColour) === 0 || ownColour === backdrop) && textPaintHides(read, backdrop) && layerShowsNothing(read, false) && !pseudoMayShow(inner, style, backdrop);
      return plain ? 'hides' : 'may show';
    });

  return (el, style) => {
    const backdrop = backdropOf(el, style);
    return (
      textPaintHides(reader(style), backdrop.colour) &&
      plainUpTo(el, backdrop) &&
      insideShowsNothing(el, backdrop.colour)
    );
  };
}
