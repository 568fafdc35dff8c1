// Loads the bundle long after the page has loaded and painted: the card must take
// over in place. A dynamic import, because assigning a script's `src` is a Trusted
// Types sink that the strict test pages refuse.
window.addEventListener('load', () => {
  setTimeout(() => {
    window.__afterTop.push(['before-bundle', document.getElementById('after')?.getBoundingClientRect().top]);
    void import('/dist/compound-card.js');
  }, 300);
});
