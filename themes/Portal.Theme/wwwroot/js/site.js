// Initialises the design system's components (accordions, menus, alerts). Kept out of the page
// because the content security policy allows scripts from files only.
if (window.DKFDS && typeof window.DKFDS.init === "function") {
  window.DKFDS.init();
}

// A button marked data-print prints the page (with the theme's print styles). It is hidden until
// this script runs, since without it the button could do nothing.
for (const button of document.querySelectorAll("button[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
