/**
 * Where privacy questions and accessibility feedback go. One place, so an organisation running the
 * service changes it once; the statements and the footer read it from here.
 */
export const PRIVACY_CONTACT_EMAIL = 'tietosuoja@mentorointi.example';
