// Every file-system error a school meets has a Russian message naming the path.
import { fsErrorMessage, isFsError } from '../../src/node/fs-messages';

const err = (code: string, path?: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: boom`), { code, path });

describe('fsErrorMessage', () => {
  it.each([
    ['EACCES', 'Нет прав на запись'], ['EPERM', 'Нет прав на запись'], ['EEXIST', 'это файл, а здесь нужна папка'],
    ['ENOTDIR', 'это файл, а здесь нужна папка'], ['ENOSPC', 'не хватает места'], ['EBUSY', 'занят другой программой'],
    ['EROFS', 'только для чтения'], ['ENAMETOOLONG', 'Слишком длинный путь'], ['ENOENT', 'Не найден'], ['EIO', 'ошибка системы EIO'],
  ])('%s', (code, text) => {
    const m = fsErrorMessage(err(code, '/школа/план.xlsx'), '/другое');
    expect(m).toContain(text);
    expect(m).toContain('«/школа/план.xlsx»');
    expect(m).not.toContain('boom');
  });

  it('names the path being worked on when the error names none, and tells reading from writing', () => {
    expect(fsErrorMessage(err('EACCES'), '/школа/план.xlsx', false)).toBe('Нет прав на чтение «/школа/план.xlsx». Попросите доступ у администратора или скопируйте файл в свою папку.');
  });

  it('knows a system error from a bug', () => {
    expect(isFsError(err('ENOSPC'))).toBe(true);
    expect(isFsError(new TypeError('x is undefined'))).toBe(false);
    expect(isFsError(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBe(false);
  });
});
