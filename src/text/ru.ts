// Every string a user reads: menus, dialogs, toasts, sheet headers, messages. Kept together so the
// wording stays consistent and can be reviewed in one place.

export const MENU = {
  title: 'Дорожная карта',
  help: 'Справка',
} as const;

export const HELP = {
  title: 'Дорожная карта — справка',
  text:
    'Эта таблица ведёт дорожную карту школы: мероприятия, сроки, ответственных и отметки о выполнении.\n\n' +
    'Пункты меню «Дорожная карта» работают с листами этой таблицы; подробное описание — в README проекта.',
} as const;
