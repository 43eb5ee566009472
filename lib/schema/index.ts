export * from './ticket';
export * from './messages';
export * from './settings';
