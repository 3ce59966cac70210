import { describe, expect, it } from "vitest";
import { refusalCode, signInErrorMessage, WRONG_CREDENTIALS } from "./sign-in-messages";

describe("signInErrorMessage", () => {
  it.each([
    ["CredentialsSignin", WRONG_CREDENTIALS],
    [undefined, WRONG_CREDENTIALS],
    [refusalCode("invalid"), WRONG_CREDENTIALS],
    [refusalCode("wait", 4), "Het wachtwoord klopte een paar keer niet. Wacht 4 seconden en probeer het dan opnieuw."],
    [refusalCode("wait", 1), "Het wachtwoord klopte een paar keer niet. Wacht 1 seconde en probeer het dan opnieuw."],
    [refusalCode("locked", 900), expect.stringContaining("over 15 minuten weer inloggen")],
    [refusalCode("client_locked", 61), expect.stringContaining("over 2 minuten opnieuw")],
    ["TTV_SOMETHING_ELSE", WRONG_CREDENTIALS],
  ])("%s", (code, message) => {
    expect(signInErrorMessage(code)).toEqual(message);
  });
});
