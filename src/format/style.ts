/**
 * The few text styles formatters use. Formatters take a Style so they stay plain functions of
 * their input; the CLI passes chalk on a colour terminal and `plainStyle` otherwise, so a run
 * piped to a file never loads chalk.
 */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  underline(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  blue(s: string): string;
}

const same = (s: string) => s;
export const plainStyle: Style = {
  bold: same, dim: same, underline: same, red: same, yellow: same, green: same, cyan: same, blue: same,
};

/** chalk, at the basic 16-colour level every terminal has. */
export async function colorStyle(): Promise<Style> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}

export function styleFor(color: boolean): Promise<Style> {
  return color ? colorStyle() : Promise.resolve(plainStyle);
}
