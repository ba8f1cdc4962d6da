/**
 * TEMPORARY, for the coordination handler only until it is converted to the turn port
 * (./turn/turn.ts): the SDK turn helpers it still uses. New code takes a `Turn` instead.
 */
export { conversationKind, setTurnLogger, turnLogger, type TurnContext } from './turn/sdkTurn';
export { plainText } from './turn/plainText';
