/** The server's minimum password length (contracts `Password`), checked here first to save a round trip. */
export const PASSWORD_MIN_LENGTH = 10;
