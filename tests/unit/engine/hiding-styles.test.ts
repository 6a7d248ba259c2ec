import { describe, expect, it } from 'vitest';
import { clipPathHides, clipRectHides, indentHides, type IndentedBox } from '../../../rules/hiding-styles.ts';

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
