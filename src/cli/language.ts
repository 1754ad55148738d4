/**
 * The language a command-line tool speaks: its `--lang en|es` option, else the locale of the environment
 * (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first one set), else English. Only the human text changes:
 * codes, pointers, positions, exit codes and the keys of `--json` output are the same in every language.
 */
import { isLanguage, LANGUAGES, type Language, pickLanguage, setLanguage, t } from '../i18n';

/** The command line without its `--lang` option, and the language chosen (or why the option is wrong). */
export interface LanguageChoice {
  language: Language;
  args: string[];
  /** Set when `--lang` is missing its value (asked is null) or names a language the tools do not speak. */
  error: { asked: string | null } | null;
}

/** The environment's language, as POSIX programs choose it: the first of LC_ALL, LC_MESSAGES, LANG that is set. */
export function environmentLanguage(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return pickLanguage([locale]);
}

/** Reads `--lang X` or `--lang=X` out of the arguments; the environment's language when there is none. */
export function chooseLanguage(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): LanguageChoice {
  const rest: string[] = [];
  let asked: string | null | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--lang') {
      const next = args[i + 1];
      asked = next === undefined || next.startsWith('-') ? null : next;
      if (asked !== null) i++;
    } else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  const fallback = environmentLanguage(env);
  if (asked === undefined) return { language: fallback, args: rest, error: null };
  if (isLanguage(asked)) return { language: asked, args: rest, error: null };
  return { language: fallback, args: rest, error: { asked } };
}

/** The message for a wrong `--lang`, in the language already chosen. */
export function languageError({ asked }: { asked: string | null }): string {
  const languages = LANGUAGES.join(', ');
  return asked === null ? t('cli:lang.missing', { languages }) : t('cli:lang.unknown', { language: asked, languages });
}

/**
 * Runs a command in the chosen language: `main` gets the arguments without `--lang`; a wrong `--lang` prints
 * its message and the command's usage to stderr and exits 1, as any other usage error.
 */
export async function runInLanguage(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  main: (args: readonly string[]) => number,
  usage: () => string,
): Promise<number> {
  const choice = chooseLanguage(args, env);
  await setLanguage(choice.language);
  if (choice.error !== null) {
    process.stderr.write(`${languageError(choice.error)}\n${usage()}\n`);
    return 1;
  }
  return main(choice.args);
}
