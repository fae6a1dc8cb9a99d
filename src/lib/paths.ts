/**
 * The site may live under a sub-path (`/briefings-desk/`), so no link is written as a bare `/...`.
 * Astro (and Vite, in client scripts) provide the base as `import.meta.env.BASE_URL`; code run
 * directly by Node, such as the checker, sees none and gets `/`.
 */
export function basePath(): string {
  // Written out in full: Vite replaces `import.meta.env` only where it appears literally.
  return asFolder(typeof import.meta.env === 'object' ? import.meta.env.BASE_URL : '/');
}

/** A base path as a folder, ending in `/`: Astro keeps `base: '/desk'` as written. */
export function asFolder(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** A path inside the site, from its root: `href('sources/kcna/')` is `/briefings-desk/sources/kcna/`. */
export function href(path: string): string {
  return `${basePath()}${path.replace(/^\//, '')}`;
}
