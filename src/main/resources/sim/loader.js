// Loads the simulations' bundle: WebAssembly GC where the browser has it, else the JavaScript build.
// `?sim=js` on the page's address forces the JavaScript build (for tests and comparisons).
(function () {
  "use strict";
  var here = document.currentScript.src.replace(/[^/]*$/, "");
  var root = document.documentElement;

  // The smallest module with a GC struct type: only browsers with Wasm GC validate it.
  function hasWasmGc() {
    try {
      return typeof WebAssembly === "object" && WebAssembly.validate(new Uint8Array(
          [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 0x5f, 1, 0x7f, 0]));
    } catch (e) {
      return false;
    }
  }

  function script(name) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = here + name;
      s.onload = resolve;
      s.onerror = function () { reject(new Error("cannot load " + name)); };
      document.head.appendChild(s);
    });
  }

  // The bundle is fetched when a figure comes within a screen or so of the viewport, not with the page: a figure
  // far down an essay costs nothing until the reader nears it.
  function start() {
    var figures = document.querySelectorAll("figure[data-sim]");
    if (!figures.length) {
      return;
    }
    if (!("IntersectionObserver" in window)) {
      load();
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        observer.disconnect();
        load();
      }
    }, { rootMargin: "800px 0px" });
    figures.forEach(function (f) { observer.observe(f); });
  }

  function load() {
    var useWasm = hasWasmGc() && !/[?&]sim=js\b/.test(location.search);
    root.setAttribute("data-sim-engine", useWasm ? "wasm-gc" : "js");
    var loaded = useWasm
        ? script("sim.wasm-runtime.js")
            .then(function () { return TeaVM.wasmGC.load(here + "sim.wasm"); })
            .then(function (teavm) { teavm.exports.main([]); })
        : script("sim.js").then(function () { main([]); });
    loaded.catch(function (e) {
      root.setAttribute("data-sim-engine", "failed");
      console.error("simulations: " + e.message);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
