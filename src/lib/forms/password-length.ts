/** The shortest password an account takes, checked by the server and hinted by the browser. */
export const MIN_PASSWORD_LENGTH = 12;
