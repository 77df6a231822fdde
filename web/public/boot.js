// Runs before the first paint: applies the saved theme and language so the page does not flash.
// Kept in its own file because the server's Content-Security-Policy forbids inline scripts.
(function () {
  var root = document.documentElement;
  try {
    var theme = localStorage.getItem('tongxing.theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    var lang = localStorage.getItem('tongxing.lang');
    if (lang !== 'zh' && lang !== 'en') {
      lang = /^zh/i.test(navigator.language || '') ? 'zh' : 'en';
    }
    root.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
  } catch {
    // Storage can be unavailable (private modes); the app falls back to the defaults.
  }
})();
