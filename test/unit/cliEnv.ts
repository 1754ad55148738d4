/** The environment for spawning the command-line tools in English, whatever the developer's own locale is. */
export const ENGLISH_ENV: NodeJS.ProcessEnv = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' };
