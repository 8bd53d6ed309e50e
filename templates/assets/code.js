// Adds a copy button to each highlighted code block. Without JavaScript there is no button, and the code reads
// and selects as usual. The copied text is the code's own (line numbers are CSS counters, never text).
(function () {
  function copied(button) {
    button.textContent = 'Copied';
    button.setAttribute('data-copied', '');
    setTimeout(function () { button.textContent = 'Copy'; button.removeAttribute('data-copied'); }, 1500);
  }
  function fallback(code, button) {
    var range = document.createRange();
    range.selectNodeContents(code);
    var selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    if (document.execCommand('copy')) copied(button);
    selection.removeAllRanges();
  }
  document.querySelectorAll('.code-block').forEach(function (block) {
    var code = block.querySelector('code');
    if (!code) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'code-copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy the code');
    button.addEventListener('click', function () {
      var text = code.textContent;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { copied(button); }, function () { fallback(code, button); });
      } else {
        fallback(code, button);
      }
    });
    block.appendChild(button);
  });
})();
