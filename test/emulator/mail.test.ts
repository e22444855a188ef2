// MailApp on the emulator: the four signatures, Google's address and size checks, the daily recipient quota
// on the fake clock, authorization, and the sent mail written out as files.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator, SCOPES } from '../../emulator';
import { MAIL_ERRORS, MailApp, isDeliverableAddress } from '../../emulator/mail';

function setup(opts: Parameters<typeof createEmulator>[0] = {}) {
  const emu = createEmulator({ now: '2025-11-24T08:00', user: 'zavuch@school.example', ...opts });
  const mail = emu.globals.MailApp as MailApp;
  return { emu, mail };
}

describe('MailApp.sendEmail', () => {
  it('accepts the four documented signatures and records what was sent', () => {
    const { emu, mail } = setup();
    mail.sendEmail('a@school.example', 'Тема 1', 'Текст 1');
    mail.sendEmail('b@school.example', 'Тема 2', 'Текст 2', { htmlBody: '<b>HTML</b>', name: 'Дорожная карта', replyTo: 'coord@school.example', cc: 'c@school.example' });
    mail.sendEmail({ to: 'Иванова <d@school.example>', subject: 'Тема 3', body: 'Текст 3', bcc: 'e@school.example, f@school.example' });
    mail.sendEmail('g@school.example', 'reply@school.example', 'Тема 4', 'Текст 4');
    const sent = emu.mail.sent;
    expect(sent.map((m) => m.subject)).toEqual(['Тема 1', 'Тема 2', 'Тема 3', 'Тема 4']);
    expect(sent[1]).toMatchObject({ to: ['b@school.example'], cc: ['c@school.example'], htmlBody: '<b>HTML</b>', fromName: 'Дорожная карта', replyTo: 'coord@school.example', from: 'zavuch@school.example' });
    expect(sent[2]).toMatchObject({ to: ['d@school.example'], bcc: ['e@school.example', 'f@school.example'] });
    expect(sent[3]).toMatchObject({ to: ['g@school.example'], replyTo: 'reply@school.example', body: 'Текст 4' });
    expect(emu.mail.to('F@school.example')).toHaveLength(1);
    expect(emu.calls.byMethod()['MailApp.sendEmail']).toBe(4);
  });

  it('rejects a malformed address as Google does, before sending anything or spending quota', () => {
    const { emu, mail } = setup();
    for (const bad of ['petrov@school..example', 'petrov.@school.example', 'petrov@school', 'петров@школа.рф', 'a b@school.example']) {
      expect(() => mail.sendEmail(bad, 'Тема', 'Текст')).toThrow(MAIL_ERRORS.invalidEmail(bad));
    }
    expect(() => mail.sendEmail('ok@school.example', 'Тема', 'Текст', { cc: 'ok2@school.example, bad@@x.ru' })).toThrow('Invalid email: bad@@x.ru');
    expect(() => mail.sendEmail('ok@school.example', 'Тема', 'Текст', { replyTo: 'nobody' })).toThrow('Invalid email: nobody');
    expect(() => mail.sendEmail('', 'Тема', 'Текст')).toThrow('Failed to send email: no recipient');
    expect(emu.mail.sent).toHaveLength(0);
    expect(mail.getRemainingDailyQuota()).toBe(100);
    expect(isDeliverableAddress('ivan.petrov+roadmap@school-5.example.ru')).toBe(true);
  });

  it('throws the signature error for arguments of the wrong shape', () => {
    const { mail } = setup();
    expect(() => (mail.sendEmail as (...a: unknown[]) => void)('a@school.example', 5)).toThrow("The parameters (String,number) don't match the method signature for MailApp.sendEmail.");
  });

  it('limits recipients per message to 50 and the body to 200 KB on a consumer account, 400 KB on Workspace', () => {
    const { emu, mail } = setup();
    const many = Array.from({ length: 51 }, (_, i) => `p${i}@school.example`).join(',');
    expect(() => mail.sendEmail(many, 'Тема', 'Текст')).toThrow('Limit Exceeded: Email Recipients Per Message.');
    const big = 'я'.repeat(110 * 1024); // 2 bytes each in UTF-8: 220 KB
    expect(() => mail.sendEmail('a@school.example', 'Тема', big)).toThrow('Limit Exceeded: Email Body Size.');
    emu.mail.account = 'workspace';
    mail.sendEmail('a@school.example', 'Тема', big);
    expect(emu.mail.sent).toHaveLength(1);
  });
});

describe('MailApp quota', () => {
  it('counts recipients, refuses the message that would exceed the day, and resets 24 hours after first use', () => {
    const { emu, mail } = setup();
    expect(mail.getRemainingDailyQuota()).toBe(100);
    emu.clock.set('2025-11-24T08:30');
    mail.sendEmail('a@school.example', 'Тема', 'Текст', { cc: 'b@school.example' });
    expect(mail.getRemainingDailyQuota()).toBe(98);
    emu.mail.spend(97);
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(() => mail.sendEmail('a@school.example', 'Тема', 'Текст', { cc: 'b@school.example' })).toThrow('Service invoked too many times for one day: email.');
    mail.sendEmail('a@school.example', 'Тема', 'Текст');
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(() => mail.sendEmail('a@school.example', 'Тема', 'Текст')).toThrow(MAIL_ERRORS.overQuota);
    emu.clock.set('2025-11-25T08:29');
    expect(mail.getRemainingDailyQuota()).toBe(0);
    emu.clock.set('2025-11-25T08:30');
    expect(mail.getRemainingDailyQuota()).toBe(100);
  });

  it('keeps a quota per sending user and gives Workspace accounts 1,500', () => {
    const { emu, mail } = setup();
    emu.mail.spend(100);
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(emu.withContext('menu', () => mail.getRemainingDailyQuota(), { activeUser: 'teacher@school.example' })).toBe(100);
    emu.mail.account = 'workspace';
    expect(mail.getRemainingDailyQuota()).toBe(1400);
  });
});

describe('MailApp authorization', () => {
  it('gives a simple trigger the permission error, and needs script.send_mail in the manifest', () => {
    const { emu, mail } = setup();
    const err = 'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail';
    expect(() => emu.withContext('simple', () => mail.sendEmail('a@school.example', 'Тема', 'Текст'))).toThrow(err);
    emu.env.context.grantedScopes = [SCOPES.sheetsCurrent];
    expect(() => mail.sendEmail('a@school.example', 'Тема', 'Текст')).toThrow(err);
    expect(() => mail.getRemainingDailyQuota()).toThrow('You do not have permission to call MailApp.getRemainingDailyQuota.');
    emu.env.context.grantedScopes = [SCOPES.sheetsCurrent, SCOPES.sendMail];
    mail.sendEmail('a@school.example', 'Тема', 'Текст');
    expect(emu.mail.sent).toHaveLength(1);
  });
});

describe('sent mail as files', () => {
  it('writes each message as .html, .txt and a multipart .eml with encoded Russian headers', () => {
    const { emu, mail } = setup();
    mail.sendEmail('ivanova@school.example', 'Дорожная карта: 2 просрочено', 'Текст письма', { htmlBody: '<p>Письмо</p>', name: 'Дорожная карта', replyTo: 'coord@school.example' });
    mail.sendEmail('ivanova@school.example', 'Второе', 'Только текст');
    const dir = mkdtempSync(join(tmpdir(), 'emu-mail-'));
    try {
      expect(emu.mail.writeFiles(dir)).toEqual(['ivanova@school.example', 'ivanova@school.example-2']);
      expect(readdirSync(dir).sort()).toHaveLength(6);
      expect(readFileSync(join(dir, 'ivanova@school.example.html'), 'utf8')).toBe('<p>Письмо</p>');
      expect(readFileSync(join(dir, 'ivanova@school.example.txt'), 'utf8')).toBe('Текст письма');
      const eml = readFileSync(join(dir, 'ivanova@school.example.eml'), 'utf8');
      expect(eml).toContain('Content-Type: multipart/alternative');
      expect(eml).toContain('Reply-To: coord@school.example');
      expect(eml).toContain(`Subject: =?UTF-8?B?${Buffer.from('Дорожная карта: 2 просрочено').toString('base64')}?=`);
      expect(readFileSync(join(dir, 'ivanova@school.example-2.html'), 'utf8')).toBe('<pre>Только текст</pre>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
