export * from './message';
export * from './message-codes';
export * from './format-message';
export { MESSAGES_EN } from './messages.en';
export { MESSAGES_NL } from './messages.nl';
export { MESSAGES_IT } from './messages.it';
