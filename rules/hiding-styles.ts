/**
 * Computed style values that hide a box's text although the box has a size and is on the page: a clip
 * that leaves nothing of it (the screen-reader-only pattern's `clip: rect(0 0 0 0)`, `clip-path:
 * inset(50%)`, a polygon of no area), and a text-indent that moves its one line out of sight (the image-replacement trick
 * `text-indent: -9999px`). Pure: the content script (entrypoints/scan.content/hidden.ts) reads the values
 * from the browser and passes them here with the box's size, so the rules are tested without a browser.
 * A value this code cannot read counts as not hiding: the text is then read as visible, as before.
 */
interface BoxSize {
  width: number;
  height: number;
}

/** What is left of a box narrower or lower than this shows no readable text. */
const NOTHING_LEFT_PX = 1;

/** A computed length: "12px", or a percentage of `percentOf`; NaN for anything else (calc(), keywords). */
function lengthPx(value: string, percentOf: number): number {
  if (value.endsWith('%')) return (Number.parseFloat(value) / 100) * percentOf;
  return value.endsWith('px') || value === '0' ? Number.parseFloat(value) : Number.NaN;
}

/** The inside of "name(...)" at the start of `value`, or null. */
function functionArgs(value: string, name: string): string | null {
  if (!value.startsWith(`${name}(`)) return null;
  const end = value.indexOf(')');
  return end < 0 ? null : value.slice(name.length + 1, end).trim();
}

/**
 * `clip-path` as computed: inset() that meets in the middle, a circle or an ellipse of no radius, or a
 * polygon with no area (all its points on one line, `polygon(0 0, 0 0, 0 0)`).
 */
export function clipPathHides(value: string, box: BoxSize): boolean {
  const polygon = functionArgs(value, 'polygon');
  if (polygon !== null) return polygonIsFlat(polygon, box);
  const inset = functionArgs(value, 'inset');
  if (inset !== null) {
    // "inset(10px 20% round 4px)": one to four lengths, as margin's shorthand; the rounding does not matter.
    const sides = inset.split(' round ')[0]!.trim().split(/\s+/);
    const [top, right = top, bottom = top, left = right] = sides;
    const across = lengthPx(left!, box.width) + lengthPx(right!, box.width);
    const down = lengthPx(top!, box.height) + lengthPx(bottom!, box.height);
    return box.width - across < NOTHING_LEFT_PX || box.height - down < NOTHING_LEFT_PX;
  }
  const round = functionArgs(value, 'circle') ?? functionArgs(value, 'ellipse');
  if (round === null) return false;
  const radii = round.split(' at ')[0]!.trim().split(/\s+/);
  return radii.some((radius) => lengthPx(radius, Math.min(box.width, box.height)) < NOTHING_LEFT_PX / 2);
}

/**
 * The inside of a computed polygon(): "evenodd, 0px 0px, 100% 0%, ..." (points as x y, percentages of the
 * box). Flat when every point lies within half a pixel of one line: what the polygon keeps of the box is
 * then a strip less than a pixel wide, whatever its fill rule. A point this code cannot read (calc())
 * counts as keeping something.
 */
function polygonIsFlat(args: string, box: BoxSize): boolean {
  const points = args
    .split(',')
    .map((point) => point.trim().split(/\s+/))
    .filter((point) => !FILL_RULES.has(point[0]!))
    .map(([x = '', y = '']) => ({ x: lengthPx(x, box.width), y: lengthPx(y, box.height) }));
  if (points.length === 0 || points.some((point) => Number.isNaN(point.x) || Number.isNaN(point.y))) return false;
  const start = points[0]!;
  // The point farthest from the first one gives the line the others must lie along.
  let far = start;
  let farDistance = 0;
  for (const point of points) {
    const distance = Math.hypot(point.x - start.x, point.y - start.y);
    if (distance > farDistance) [far, farDistance] = [point, distance];
  }
  if (farDistance < NOTHING_LEFT_PX) return true;
  const offLine = (point: { x: number; y: number }) =>
    Math.abs((far.x - start.x) * (point.y - start.y) - (far.y - start.y) * (point.x - start.x)) / farDistance;
  return points.every((point) => offLine(point) < NOTHING_LEFT_PX / 2);
}
const FILL_RULES = new Set(['nonzero', 'evenodd']);

/**
 * `clip` as computed, which applies only to a box positioned absolutely or fixed: "rect(top, right,
 * bottom, left)" whose edges leave nothing between them ("auto" is the box's own edge).
 */
export function clipRectHides(value: string, position: string): boolean {
  if (position !== 'absolute' && position !== 'fixed') return false;
  const rect = functionArgs(value, 'rect');
  if (rect === null) return false;
  const [top, right, bottom, left] = rect.split(/[\s,]+/).map((edge) => (edge === 'auto' ? Number.NaN : lengthPx(edge, 0)));
  return bottom! - top! < NOTHING_LEFT_PX || right! - left! < NOTHING_LEFT_PX;
}

export interface IndentedBox extends BoxSize {
  /** The box's right edge in page coordinates (scrolling included). */
  pageRight: number;
  /** Computed text-indent: "-9999px", "100%". */
  textIndent: string;
  /** The text is kept on one line (white-space: nowrap), or the box clips it to its first line. */
  oneLine: boolean;
  /** The box clips what overflows it (overflow other than visible). */
  clips: boolean;
}

/**
 * A text-indent that moves the box's one line out of sight: left of the page's start by more than the
 * box is wide (`-9999px`), or, in a box that clips, past its right edge (`100%` with nowrap). Text on
 * several lines is not hidden: only the first line moves.
 */
export function indentHides(box: IndentedBox): boolean {
  if (!box.oneLine) return false;
  const indent = lengthPx(box.textIndent, box.width);
  return indent <= -box.pageRight || (box.clips && indent >= box.width);
}

/** Reads one computed style property of an element by its CSS name ("background-image"). */
export type StyleReader = (property: string) => string;

/** The alpha of a computed colour: 1 for "rgb(…)", a for "rgba(r, g, b, a)" and "…(… / a)"; NaN when unreadable. */
export function colourAlpha(value: string): number {
  if (value === 'transparent') return 0;
  const open = value.indexOf('(');
  const close = value.lastIndexOf(')');
  if (open <= 0 || close < open) return Number.NaN;
  const args = value.slice(open + 1, close);
  const slash = args.lastIndexOf('/');
  const commas = args.split(',');
  const alpha = slash >= 0 ? args.slice(slash + 1) : commas.length === 4 ? commas[3]! : null;
  if (alpha === null) return 1;
  const number = Number.parseFloat(alpha);
  return alpha.trim().endsWith('%') ? number / 100 : number;
}

/**
 * Whether an element's own text cannot be seen because of its colour: filled with a colour of alpha 0
 * (`color: transparent`, `-webkit-text-fill-color`, which paints the glyphs), or with exactly the solid
 * colour of the `background` behind it (null: not known), with no shadow or outline to draw it. Colours
 * that are only close count as different: a page may set light grey on white on purpose. The fill is read
 * first and alone: for almost every element it differs, and nothing else is read.
 */
export function textPaintHides(read: StyleReader, background: string | null): boolean {
  const fill = read('-webkit-text-fill-color');
  const alpha = colourAlpha(fill);
  if (alpha !== 0 && !(alpha === 1 && fill === background)) return false;
  return read('text-shadow') === 'none' && Number.parseFloat(read('-webkit-text-stroke-width')) === 0;
}

/** What an element paints besides its background colour and text that could show text of the colour behind it, with the computed value that paints nothing. */
const PAINTS_NOTHING: Record<string, string> = {
  'background-image': 'none',
  filter: 'none',
  'backdrop-filter': 'none',
  'mix-blend-mode': 'normal',
  'box-shadow': 'none',
};
/** What moves an element's text from over its parent's box to over whatever else lies there. */
const STAYS_PUT: Record<string, string> = { position: 'static', transform: 'none', translate: 'none', rotate: 'none', scale: 'none' };
const holds = (read: StyleReader, values: Record<string, string>) =>
  // A property the browser does not know reads as "": it paints nothing either.
  Object.entries(values).every(([property, plain]) => {
    const value = read(property);
    return value === plain || value === '';
  });

/**
 * Whether an element, between some text and the background colour behind it, leaves that colour as
 * the only thing the text is seen against: no picture (a background image, even a gradient), no filter
 * or blending that changes colours, no shadow inside its box, no background clipped to the text. An
 * element other than the one with the background (`isBackdrop`) must also stay in its place in the flow:
 * a box positioned or transformed may sit over anything.
 */
export function layerShowsNothing(read: StyleReader, isBackdrop: boolean): boolean {
  if (!holds(read, PAINTS_NOTHING) || read('background-clip') === 'text') return false;
  return isBackdrop || holds(read, STAYS_PUT);
}
