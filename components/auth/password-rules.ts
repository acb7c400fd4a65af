// Said before submit, on every form that sets a password; the server's rule (CONTRACT §2:
// at least 12 characters, refused when a strength estimator scores it weak) decides.
export const PASSWORD_RULES = "At least 12 characters and hard to guess: a few unrelated words work well; avoid names, dates, common passwords and keyboard patterns.";
