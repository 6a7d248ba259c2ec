import { useEffect, useRef, useState } from 'preact/hooks';
import { GUARDIAN_FRAME_HEIGHT_MESSAGE } from '@/rules/status';

export interface GuardianFrameProps {
  /** guardian-call.html of this extension. */
  src: string;
  /** What the frame holds, for screen readers. */
  title: string;
}

// Two lines of the banner's text: right for most names and numbers until the frame reports its height.
const INITIAL_HEIGHT = 60;
const MAX_HEIGHT = 240;

/**
 * The guardian's name and number inside the in-page banner, in a frame of the extension's own origin so
 * that the page's scripts cannot read them. The frame posts its height; only a message from that frame,
 * from the extension's origin, is believed.
 */
export function GuardianFrame({ src, title }: GuardianFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(INITIAL_HEIGHT);
  useEffect(() => {
    const origin = new URL(src).origin;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.current?.contentWindow || event.origin !== origin) return;
      const data = event.data as { type?: unknown; height?: unknown } | null;
      if (data?.type !== GUARDIAN_FRAME_HEIGHT_MESSAGE || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
      setHeight(Math.min(MAX_HEIGHT, Math.max(1, Math.ceil(data.height))));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [src]);
  return <iframe ref={frame} class="banner-guardian" src={src} title={title} style={{ height: `${height}px` }} data-testid="banner-guardian" />;
}
