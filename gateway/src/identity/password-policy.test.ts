import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, isCommonPassword, passwordProblem } from './password-policy';

describe('the password rule (NIST SP 800-63B §3.1.1.2)', () => {
  it('asks for 15 characters, counting Unicode code points, and allows up to 200', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(15);
    expect(passwordProblem('fourteen chars')).toMatch(/at least 15 characters/);
    expect(passwordProblem('fifteen chars!!')).toBeNull();
    // 15 code points, 30 UTF-16 units: emoji count once each.
    expect(passwordProblem('🐢🐇🐢🐇🐢🐇🐢🐇🐢🐇🐢🐇🐢🐇🦊')).toBeNull();
    expect(passwordProblem('🐢🐇🐢🐇🐢🐇🐢🐇🐢🐇🐢🐇🦊')).toMatch(/at least 15/);
    expect(passwordProblem('x'.repeat(100) + ' y'.repeat(50))).toBeNull();
    expect(passwordProblem('xy '.repeat(67))).toMatch(/at most 200/);
  });

  it('has no composition rules: lower-case words and spaces are fine', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('ένα άλογο τρέχει γρήγορα')).toBeNull();
  });

  it('refuses passwords of the shipped common-password list, whatever their case or spacing', () => {
    expect(isCommonPassword('password')).toBe(true);
    expect(isCommonPassword('1qaz2wsx3edc4rfv')).toBe(true);
    expect(isCommonPassword('correct horse battery staple')).toBe(false);
    expect(passwordProblem('1qaz2wsx3edc4rfv')).toMatch(/commonly used or breached/);
    expect(passwordProblem('1QAZ2WSX3EDC4RFV')).toMatch(/commonly used or breached/);
    expect(passwordProblem('1qaz 2wsx 3edc 4rfv')).toMatch(/commonly used or breached/);
  });

  it('refuses repetitions and runs', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toMatch(/repeated/);
    expect(passwordProblem('abcabcabcabcabcabc')).toMatch(/repeated/);
    expect(passwordProblem('passwordpasswordpassword')).toMatch(/repeated/);
    expect(passwordProblem('abcdefghijklmnop')).toMatch(/run/);
    expect(passwordProblem('987654321')).toMatch(/at least/);
    expect(passwordProblem('zyxwvutsrqponmlk')).toMatch(/run/);
  });

  it("refuses the user's own e-mail address or name", () => {
    const owner = { email: 'Jordan.Whitfield-Ames@claims.example', name: 'Jordan Whitfield Ames' };
    expect(passwordProblem('jordan.whitfield-ames@claims.example', owner)).toMatch(/e-mail address or your name/);
    expect(passwordProblem('my jordan.whitfield-ames@claims.example!', owner)).toMatch(/e-mail address or your name/);
    expect(passwordProblem('Jordan.Whitfield-Ames', owner)).toMatch(/e-mail address or your name/);
    expect(passwordProblem('jordan whitfield ames', owner)).toMatch(/e-mail address or your name/);
    expect(passwordProblem('jordan whitfield ames', {})).toBeNull();
    expect(passwordProblem('jordan walks the claims dog', owner)).toBeNull();
  });
});
