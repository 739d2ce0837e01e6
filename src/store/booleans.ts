// Booleans are stored as 0/1 integers on both engines (SQLite has no boolean type).
export const toFlag = (value: boolean): number => (value ? 1 : 0);
export const fromFlag = (value: number | boolean | null | undefined): boolean =>
  value === 1 || value === true;
