// Every route is prerendered; the game itself runs in the browser.
export const prerender = true;
export const trailingSlash = 'never';
