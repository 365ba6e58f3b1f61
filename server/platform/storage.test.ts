import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalFileStorage } from './storage';

describe('LocalFileStorage', () => {
  it('puts, gets and deletes a file by key, leaving no temporary files', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'trygg-storage-'));
    const storage = new LocalFileStorage(root);
    const key = '0195f0a1-aaaa-7bbb-8ccc-000000000001/photo-1.jpg';
    await storage.put(key, Buffer.from('jpeg bytes'), 'image/jpeg');
    expect(await storage.get(key)).toEqual({ bytes: Buffer.from('jpeg bytes'), contentType: 'image/jpeg' });
    await storage.put(key, Buffer.from('replaced'), 'image/jpeg');
    expect((await storage.get(key))?.bytes.toString()).toBe('replaced');
    expect(await readdir(path.join(root, '0195f0a1-aaaa-7bbb-8ccc-000000000001'))).toEqual(['photo-1.jpg']);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key);
  });

  it('refuses keys that could leave its directory', async () => {
    const storage = new LocalFileStorage(await mkdtemp(path.join(tmpdir(), 'trygg-storage-')));
    for (const key of ['../x.jpg', '/etc/passwd.txt', 'a/../../b.jpg', 'a//b.jpg', 'noextension']) {
      await expect(storage.put(key, Buffer.from('x'), 'image/jpeg')).rejects.toThrow(/invalid storage key/);
    }
  });
});
