/** Services read time through a clock so tests can fix it ("24 hours before" without waiting). */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
