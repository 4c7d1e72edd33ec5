// Initialises the design system's components (accordions, menus, alerts). Kept out of the page
// because the content security policy allows scripts from files only.
if (window.DKFDS && typeof window.DKFDS.init === "function") {
  window.DKFDS.init();
}
