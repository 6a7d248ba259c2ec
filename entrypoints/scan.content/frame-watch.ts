import { frameDocument, MAX_FRAMES_READ } from '@/rules/page-frames';

/**
 * The page's frames of the same origin (rules/page-frames.ts frameDocument: about:blank, srcdoc and javascript:
 * frames the page writes into by script), watched like the page itself: the snapshot reads their text, so text
 * a script writes into one later is a change of the page. A frame that gets a new document (`frame.src =
 * 'about:blank'`, a javascript: address) fires `load`: its new document is watched then, and the text it holds
 * is a change.
 * Returns a look for frames not watched yet (call it when the page added a frame): the length of the text in
 * the frame documents it found.
 */
export function frameWatcher(doc: Document, watch: (frameDoc: Document) => void, onFrameLoad: (textChars: number) => void): () => number {
  const frames = new WeakSet<Element>();
  const documents = new WeakSet<Document>();

  const look = (): number => {
    let seen = 0;
    let textChars = 0;
    const visit = (within: Document) => {
      for (const frame of within.getElementsByTagName('iframe')) {
        if (++seen > MAX_FRAMES_READ) return;
        if (!frames.has(frame)) {
          frames.add(frame);
          frame.addEventListener('load', onLoad);
        }
        const inner = frameDocument(frame);
        if (inner === null) continue;
        if (!documents.has(inner)) {
          documents.add(inner);
          watch(inner);
          textChars += inner.body?.textContent?.length ?? 0;
        }
        visit(inner);
      }
    };
    visit(doc);
    return textChars;
  };
  const onLoad = () => onFrameLoad(look());
  return look;
}
