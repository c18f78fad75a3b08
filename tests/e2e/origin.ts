// Where the production build is served for the browser tests (see playwright.config.ts).
export const ORIGIN = `http://localhost:${process.env.FRONTIER_PORT ?? 4173}`;
