import { describe, expect, it } from 'vitest';
import { clipPathHides, clipRectHides, colourAlpha, indentHides, layerShowsNothing, textPaintHides, type IndentedBox } from '../../../rules/hiding-styles.ts';

const box = { width: 600, height: 300 };

describe('clip-path that leaves nothing of the box', () => {
  it.each(['inset(50%)', 'inset(50% 0%)', 'inset(0px 300px)', 'inset(0px 0px 300px)', 'inset(100%)', 'inset(10px 60% 0px 40%)', 'inset(50% round 4px)', 'circle(0px at 50% 50%)', 'ellipse(0px 0px at 50% 50%)'])(
    '%s hides the box',
    (value) => expect(clipPathHides(value, box)).toBe(true),
  );

  it.each(['none', 'inset(0px)', 'inset(10%)', 'inset(0px 0px 290px)', 'circle(50% at 50% 50%)', 'circle(closest-side at 50% 50%)', 'inset(calc(50% - 2px))', 'url("#clip")', 'polygon(0% 0%, 100% 0%, 100% 100%)'])(
    '%s leaves something to read',
    (value) => expect(clipPathHides(value, box)).toBe(false),
  );
});

describe('clip-path: polygon() with no area', () => {
  it.each([
    'polygon(0px 0px, 0px 0px, 0px 0px)',
    'polygon(evenodd, 0px 0px, 0px 0px, 0px 0px)',
    'polygon(0% 0%, 50% 50%, 100% 100%)',
    'polygon(0px 10px, 600px 10.3px, 300px 10px)',
    'polygon(100% 0%, 100% 100%)',
  ])('%s hides the box', (value) => expect(clipPathHides(value, box)).toBe(true));

  it.each([
    'polygon(0% 0%, 100% 0%, 100% 100%)',
    'polygon(0px 0px, 600px 0px, 600px 2px)',
    // A bow tie: its signed area is zero, yet both halves show.
    'polygon(0% 0%, 100% 100%, 100% 0%, 0% 100%)',
    'polygon(nonzero, 0px 0px, 0px 0px, calc(100% - 1px) 100%)',
    'polygon(0px 0px, 10em 0px, 0px 0px)',
  ])('%s leaves something to read', (value) => expect(clipPathHides(value, box)).toBe(false));
});

describe('clip: rect() that leaves nothing', () => {
  it('hides an absolutely positioned or fixed box clipped to nothing (the screen-reader-only pattern)', () => {
    expect(clipRectHides('rect(0px, 0px, 0px, 0px)', 'absolute')).toBe(true);
    expect(clipRectHides('rect(1px, 1px, 1px, 1px)', 'fixed')).toBe(true);
    expect(clipRectHides('rect(0px 0px 0px 0px)', 'absolute')).toBe(true);
  });

  it('leaves a clip with room, an auto edge, or a box where clip does not apply', () => {
    expect(clipRectHides('rect(0px, 200px, 100px, 0px)', 'absolute')).toBe(false);
    expect(clipRectHides('rect(auto, auto, auto, auto)', 'absolute')).toBe(false);
    expect(clipRectHides('rect(0px, 0px, 0px, 0px)', 'static')).toBe(false);
    expect(clipRectHides('auto', 'absolute')).toBe(false);
  });
});

describe('text-indent that moves the one line out of sight', () => {
  const line: IndentedBox = { width: 200, height: 20, pageRight: 220, textIndent: '-9999px', oneLine: true, clips: false };

  it('hides a line moved left of the page by more than the box is wide, or past the right edge of a box that clips', () => {
    expect(indentHides(line)).toBe(true);
    expect(indentHides({ ...line, textIndent: '-220px' })).toBe(true);
    expect(indentHides({ ...line, textIndent: '100%', clips: true })).toBe(true);
    expect(indentHides({ ...line, textIndent: '250px', clips: true })).toBe(true);
  });

  it('leaves a usual indent, text on several lines, and a box that lets the line overflow', () => {
    expect(indentHides({ ...line, textIndent: '2em' })).toBe(false);
    expect(indentHides({ ...line, textIndent: '-1.5px' })).toBe(false);
    expect(indentHides({ ...line, textIndent: '-100px' })).toBe(false);
    expect(indentHides({ ...line, oneLine: false })).toBe(false);
    expect(indentHides({ ...line, textIndent: '100%' })).toBe(false);
  });
});

/** A computed style: `values` over the browser's values for an element that paints nothing special. */
function computed(values: Record<string, string> = {}) {
  const plain: Record<string, string> = {
    '-webkit-text-fill-color': 'rgb(28, 28, 28)', 'text-shadow': 'none', '-webkit-text-stroke-width': '0px',
    'background-image': 'none', 'background-clip': 'border-box', filter: 'none', 'backdrop-filter': 'none', 'mix-blend-mode': 'normal',
    'box-shadow': 'none', position: 'static', transform: 'none', translate: 'none', rotate: 'none', scale: 'none',
  };
  const read: string[] = [];
  return {
    read,
    reader: (property: string) => {
      read.push(property);
      return values[property] ?? plain[property] ?? '';
    },
  };
}

describe('the alpha of a computed colour', () => {
  it.each([
    ['rgb(255, 255, 255)', 1],
    ['rgba(0, 0, 0, 0)', 0],
    ['rgba(10, 20, 30, 0.5)', 0.5],
    ['transparent', 0],
    ['color(srgb 1 1 1 / 0)', 0],
    ['oklch(0.5 0.1 20 / 25%)', 0.25],
    ['color(srgb 1 1 1)', 1],
  ])('%s has alpha %s', (value, alpha) => expect(colourAlpha(value)).toBe(alpha));

  it('is unknown for what is no colour function', () => expect(colourAlpha('currentcolor')).toBeNaN());
});

describe('text that cannot be seen for its colour', () => {
  const white = 'rgb(255, 255, 255)';

  it('is text of exactly the colour behind it, or of no colour at all', () => {
    expect(textPaintHides(computed({ '-webkit-text-fill-color': white }).reader, white)).toBe(true);
    expect(textPaintHides(computed({ '-webkit-text-fill-color': 'rgba(0, 0, 0, 0)' }).reader, white)).toBe(true);
    // Transparent text hides whatever lies behind it, known or not.
    expect(textPaintHides(computed({ '-webkit-text-fill-color': 'rgba(28, 28, 28, 0)' }).reader, null)).toBe(true);
  });

  it('is not text of a colour only close to the background, or translucent, or over a background not known', () => {
    expect(textPaintHides(computed({ '-webkit-text-fill-color': 'rgb(254, 255, 255)' }).reader, white)).toBe(false);
    expect(textPaintHides(computed({ '-webkit-text-fill-color': 'rgba(255, 255, 255, 0.99)' }).reader, 'rgba(255, 255, 255, 0.99)')).toBe(false);
    expect(textPaintHides(computed({ '-webkit-text-fill-color': white }).reader, null)).toBe(false);
  });

  it('is not text that a shadow or an outline draws', () => {
    expect(textPaintHides(computed({ '-webkit-text-fill-color': white, 'text-shadow': 'rgb(0, 0, 0) 1px 1px 0px' }).reader, white)).toBe(false);
    expect(textPaintHides(computed({ '-webkit-text-fill-color': 'rgba(0, 0, 0, 0)', '-webkit-text-stroke-width': '1px' }).reader, white)).toBe(false);
  });

  it('reads only the fill of text whose colour differs from the background (almost all text)', () => {
    const style = computed();
    expect(textPaintHides(style.reader, white)).toBe(false);
    expect(style.read).toEqual(['-webkit-text-fill-color']);
  });
});

describe('what lies between text and the colour behind it', () => {
  it('shows nothing when it paints no picture or effect and stays in its place', () => {
    expect(layerShowsNothing(computed().reader, false)).toBe(true);
    // A property the browser does not know reads as "".
    expect(layerShowsNothing(computed({ 'backdrop-filter': '', translate: '' }).reader, false)).toBe(true);
  });

  it.each([
    ['background-image', 'linear-gradient(rgb(27, 42, 65), rgb(27, 42, 65))'],
    ['background-image', 'url("https://example.org/photo.jpg")'],
    ['background-clip', 'text'],
    ['filter', 'invert(1)'],
    ['backdrop-filter', 'invert(1)'],
    ['mix-blend-mode', 'difference'],
    ['box-shadow', 'rgb(0, 0, 0) 0px 0px 0px 1000px inset'],
  ])('may show the text when %s is %s', (property, value) => {
    expect(layerShowsNothing(computed({ [property]: value }).reader, false)).toBe(false);
    expect(layerShowsNothing(computed({ [property]: value }).reader, true)).toBe(false);
  });

  it.each([
    ['position', 'absolute'],
    ['position', 'relative'],
    ['transform', 'matrix(1, 0, 0, 1, 0, -200)'],
    ['translate', '0px -200px'],
  ])('may sit over something else when %s is %s, unless it holds the background itself', (property, value) => {
    expect(layerShowsNothing(computed({ [property]: value }).reader, false)).toBe(false);
    expect(layerShowsNothing(computed({ [property]: value }).reader, true)).toBe(true);
  });
});
