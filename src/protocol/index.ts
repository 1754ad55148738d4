/** The classroom protocol shared by the server and the browser: join options, messages, HTTP bodies. */
export * from './http';
export * from './join';
export * from './messages';
