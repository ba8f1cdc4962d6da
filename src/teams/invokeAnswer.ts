/**
 * TEMPORARY, for the coordination handler only until it is converted to the turn port: converted
 * capabilities return their card from a verb table and app.ts answers the click.
 */
export { answerForThisUser } from './turn/sdkTurn';
