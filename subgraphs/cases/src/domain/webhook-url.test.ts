import { describe, expect, it } from 'vitest';
import { isInternalAddress, webhookUrlProblem } from './webhook-url';

describe('webhook URLs', () => {
  it('takes http and https only, without credentials', () => {
    expect(webhookUrlProblem('https://hooks.example.com/ime')).toBeNull();
    expect(webhookUrlProblem('http://hooks.example.com:8080/ime')).toBeNull();
    expect(webhookUrlProblem('ftp://hooks.example.com')?.problem).toBe('SCHEME');
    expect(webhookUrlProblem('file:///etc/passwd')?.problem).toBe('SCHEME');
    expect(webhookUrlProblem('javascript:alert(1)')?.problem).toBe('SCHEME');
    expect(webhookUrlProblem('hooks.example.com')?.problem).toBe('NOT_A_URL');
    expect(webhookUrlProblem('https://u:p@hooks.example.com')?.problem).toBe('CREDENTIALS');
  });

  it('calls loopback, private, link-local and special addresses internal', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1']) {
      expect(isInternalAddress(ip), ip).toBe(true);
    }
    for (const ip of ['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) expect(isInternalAddress(ip), ip).toBe(false);
  });
});
