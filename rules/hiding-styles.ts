/**
 * Computed style values that hide a box's text although the box has a size and is on the page: a clip
 * that leaves nothing of it (the screen-reader-only pattern's `clip: rect(0 0 0 0)`, `clip-path:
 * inset(50%)`, a polygon of no area), and a text-indent that moves its one line out of sight (the image-replacement trick
 * `text-indent: -9999px`). Pure: the content script (entrypoints/scan.content/hidden.ts) reads the values
 * from the browser and passes them here with the box's size, so the rules are tested without a browser.
 * A value this code cannot read counts as not hiding: the text is then read as visible, as before.
 */
export interface BoxSize {
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
