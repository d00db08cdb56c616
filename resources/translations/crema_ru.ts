<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>QObject</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>Сумма строки</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Not authorised: %1</source>
        <translation>Нет прав: %1</translation>
    </message>
    <message>
        <source>choose 1</source>
        <translation>выберите 1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>по желанию</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>choose %1 to %2</source>
        <translation>выберите от %1 до %2</translation>
    </message>
    <message>
        <source>Crema — Welcome</source>
        <translation>Crema — Добро пожаловать</translation>
    </message>
</context>
<context>
    <name>crema::AddStaffDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN-код (4–8 цифр)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN-код ещё раз</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>The two PINs are not the same; type them again.</source>
        <translation>PIN-коды не совпадают; введите их ещё раз.</translation>
    </message>
</context>
<context>
    <name>crema::CartDelegate</name>
    <message>
        <source>discount</source>
        <translation>скидка</translation>
    </message>
</context>
<context>
    <name>crema::ChainScope</name>
    <message>
        <source>Whole chain (HQ)</source>
        <translation>Вся сеть (центр)</translation>
    </message>
    <message>
        <source>%1 (HQ)</source>
        <translation>%1 (центр)</translation>
    </message>
</context>
<context>
    <name>crema::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>Показать цифры таблицей</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the numbers as a CSV file</source>
        <translation>Сохранить цифры в файл CSV</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Save %1 as CSV</source>
        <translation>Сохранить «%1» в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV not saved</source>
        <translation>CSV не сохранён</translation>
    </message>
</context>
<context>
    <name>crema::CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Phone number or name</source>
        <translation>Номер телефона или имя</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый гость</translation>
    </message>
    <message>
        <source>Agrees to receive offers by SMS</source>
        <translation>Согласен получать предложения по SMS</translation>
    </message>
    <message>
        <source>Add and attach</source>
        <translation>Добавить и привязать</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>Эл. почта (по желанию)</translation>
    </message>
    <message>
        <source>Find a customer, or add a new one.</source>
        <translation>Найдите гостя или добавьте нового.</translation>
    </message>
    <message>
        <source>Attach to order</source>
        <translation>Привязать к заказу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Добавлен: %1.</translation>
    </message>
</context>
<context>
    <name>crema::DashboardWidget</name>
    <message>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>none in the previous period</source>
        <translation>в прошлом периоде нет данных</translation>
    </message>
    <message>
        <source>%1 %2 % vs previous</source>
        <translation>%1 %2 % к прошлому периоду</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Все точки</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>Перечитать цифры</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Продано позиций</translation>
    </message>
    <message>
        <source>Revenue over time</source>
        <translation>Выручка по времени</translation>
    </message>
    <message>
        <source>Orders by weekday and hour</source>
        <translation>Заказы по дням недели и часам</translation>
    </message>
    <message>
        <source>Top 10 products</source>
        <translation>Топ-10 товаров</translation>
    </message>
    <message>
        <source>Share by category</source>
        <translation>Доля по категориям</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Способы оплаты</translation>
    </message>
    <message>
        <source>Discounts and refunds</source>
        <translation>Скидки и возвраты</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Не удалось прочитать цифры: %1</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение: %1…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>%1 · %2 · compared with %3</source>
        <translation>%1 · %2 · в сравнении с %3</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Выручка (%1)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>по: %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message numerus="yes">
        <source>%n imported order(s) without a time</source>
        <translation>
            <numerusform>%n импортированный заказ без времени</numerusform>
            <numerusform>%n импортированных заказа без времени</numerusform>
            <numerusform>%n импортированных заказов без времени</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Refunds given</source>
        <translation>Сделано возвратов</translation>
    </message>
    <message>
        <source>%1 discounts, %2 refunds</source>
        <translation>Скидки: %1, возвраты: %2</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Прошлый</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Списано</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n активный участник</numerusform>
            <numerusform>%n активных участника</numerusform>
            <numerusform>%n активных участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Списано баллов</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Активные участники</translation>
    </message>
    <message>
        <source>Crema dashboard</source>
        <translation>Панель Crema</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удаётся записать %1</translation>
    </message>
    <message>
        <source>%1 — sales dashboard</source>
        <translation>%1 — панель продаж</translation>
    </message>
    <message>
        <source>Export the dashboard as PDF</source>
        <translation>Экспортировать панель в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF не сохранён</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>%1, your PIN: HQ checks it before it shows the chain&apos;s figures.</source>
        <translation>%1, ваш PIN: центр проверит его, прежде чем показать цифры сети.</translation>
    </message>
    <message>
        <source>The chain&apos;s figures need your PIN.</source>
        <translation>Для цифр сети нужен ваш PIN.</translation>
    </message>
    <message>
        <source>Asking HQ for %1…</source>
        <translation>Запрос в центр: %1…</translation>
    </message>
</context>
<context>
    <name>crema::ForecastWidget</name>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Best per product (auto)</source>
        <translation>Лучший для каждого товара (авто)</translation>
    </message>
    <message>
        <source>Same weekday, 4 weeks (seed)</source>
        <translation>Тот же день недели, 4 недели (базовый)</translation>
    </message>
    <message>
        <source>Recent weeks weigh more</source>
        <translation>Последние недели весомее</translation>
    </message>
    <message>
        <source>Same weekday, 8 weeks</source>
        <translation>Тот же день недели, 8 недель</translation>
    </message>
    <message>
        <source>Recent level × weekday shape</source>
        <translation>Недавний уровень × профиль дня недели</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>for</source>
        <translation>на</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Could not forecast: %1</source>
        <translation>Не удалось построить прогноз: %1</translation>
    </message>
    <message>
        <source>Not enough sales history yet to say how far to trust the forecast.</source>
        <translation>Пока мало истории продаж, чтобы оценить точность прогноза.</translation>
    </message>
    <message>
        <source>How far to trust it: over the 8 weeks before %1, a day&apos;s forecast was off by %2 of what sold (WAPE, all products).</source>
        <translation>Насколько можно доверять: за 8 недель до %1 прогноз на день отклонялся на %2 от продаж (WAPE, все товары).</translation>
    </message>
    <message>
        <source>%1 to %2: %3 ingredient(s) short of the forecast, %4 with less than 1.5 times it.</source>
        <translation>С %1 по %2: ингредиентов ниже прогноза — %3, с запасом меньше 1,5 прогноза — %4.</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ингредиент</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Forecast use</source>
        <translation>Прогноз расхода</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation>Рекомендуемый заказ</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>В день</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Погрешность</translation>
    </message>
    <message>
        <source>%1: sold and forecast, the last 8 weeks</source>
        <translation>%1: продажи и прогноз за последние 8 недель</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Forecast a day ahead</source>
        <translation>Прогноз на день вперёд</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>%1, your PIN: HQ checks it before it shows the chain&apos;s figures.</source>
        <translation>%1, ваш PIN: центр проверит его, прежде чем показать цифры сети.</translation>
    </message>
</context>
<context>
    <name>crema::ImportSalesDialog</name>
    <message>
        <source>Import sales history</source>
        <translation>Импорт истории продаж</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>A CSV export from your old till: one row per item sold.</source>
        <translation>Выгрузка CSV из старой кассы: одна строка на каждую проданную позицию.</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>определён</translation>
    </message>
    <message>
        <source>Qt notation, e.g. dd-MM-yyyy or M/d/yyyy</source>
        <translation>в нотации Qt, напр. dd-MM-yyyy или M/d/yyyy</translation>
    </message>
    <message>
        <source>e.g. H:mm:ss or h:mm AP</source>
        <translation>напр. H:mm:ss или h:mm AP</translation>
    </message>
    <message>
        <source>e.g. M/d/yyyy H:mm</source>
        <translation>напр. M/d/yyyy H:mm</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Формат даты</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>Формат времени</translation>
    </message>
    <message>
        <source>Date-time format</source>
        <translation>Формат даты и времени</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the others</source>
        <translation>Импортировать верные строки, остальные пропустить</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Sales history to import</source>
        <translation>История продаж для импорта</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n строка</numerusform>
            <numerusform>%1 — %n строки</numerusform>
            <numerusform>%1 — %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(нет в файле)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>from amount</source>
        <translation>из суммы</translation>
    </message>
    <message>
        <source>menu price</source>
        <translation>цена из меню</translation>
    </message>
    <message>
        <source>this store</source>
        <translation>эта точка</translation>
    </message>
    <message>
        <source>dates %1</source>
        <translation>даты %1</translation>
    </message>
    <message>
        <source>times %1</source>
        <translation>время %1</translation>
    </message>
    <message>
        <source>date-times %1</source>
        <translation>дата и время %1</translation>
    </message>
    <message>
        <source>Reading %1. %2 row(s), %3 with a problem.</source>
        <translation>Чтение: %1. Строк: %2, с проблемой: %3.</translation>
    </message>
    <message>
        <source> Fix the file or choose to skip them (the first is line %1).</source>
        <translation> Исправьте файл или выберите пропуск этих строк (первая — строка %1).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Imported %1 row(s) as %2 order(s).</source>
        <translation>Импортировано строк: %1, заказов: %2.</translation>
    </message>
    <message>
        <source> %1 order(s) were imported before and left as they were.</source>
        <translation> Заказов, импортированных ранее и оставленных как есть: %1.</translation>
    </message>
    <message>
        <source> %1 row(s) skipped.</source>
        <translation> Пропущено строк: %1.</translation>
    </message>
    <message>
        <source> %1 new product(s) in the Imported category, inactive until priced.</source>
        <translation> Новых товаров в категории «Импортированные»: %1; неактивны, пока не задана цена.</translation>
    </message>
</context>
<context>
    <name>crema::IngredientModel</name>
    <message>
        <source>block</source>
        <translation>запрет</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>разрешить</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ингредиент</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критич.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Bought as</source>
        <translation>Закупается как</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
</context>
<context>
    <name>crema::ItemChooserDialog</name>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>choose 1</source>
        <translation>выберите 1</translation>
    </message>
    <message>
        <source>Note for the barista, e.g. extra hot</source>
        <translation>Заметка для бариста, напр. погорячее</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Выберите: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>Add  %1</source>
        <translation>Добавить  %1</translation>
    </message>
    <message>
        <source>Update  %1</source>
        <translation>Изменить  %1</translation>
    </message>
</context>
<context>
    <name>crema::KitchenBoardWidget</name>
    <message>
        <source>Stations</source>
        <translation>Станции</translation>
    </message>
    <message>
        <source>Recall  (R)</source>
        <translation>Вернуть  (R)</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Всего за день</translation>
    </message>
    <message>
        <source>Page %1 of %2  (PgUp/PgDn)</source>
        <translation>Страница %1 из %2  (PgUp/PgDn)</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Эта касса</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9c8b7d&apos;&gt;Nothing waiting&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#9c8b7d&apos;&gt;Ничего не ждёт&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>crema::KitchenCardsView</name>
    <message>
        <source>No tickets waiting</source>
        <translation>Нет ожидающих заказов</translation>
    </message>
    <message>
        <source>CANCELLED · refunded</source>
        <translation>ОТМЕНЁН · возврат</translation>
    </message>
    <message>
        <source>MAKING</source>
        <translation>ГОТОВИТСЯ</translation>
    </message>
    <message>
        <source>ORDER READY</source>
        <translation>ЗАКАЗ ГОТОВ</translation>
    </message>
    <message>
        <source>READY · waits for %1</source>
        <translation>ГОТОВО · ждёт: %1</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>НОВЫЙ</translation>
    </message>
</context>
<context>
    <name>crema::LoginWidget</name>
    <message>
        <source>%1 · Enter your PIN</source>
        <translation>%1 · Введите PIN-код</translation>
    </message>
    <message>
        <source>PIN entered</source>
        <translation>Введённый PIN-код</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Стереть последнюю цифру</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN-код состоит из 4–8 цифр.</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Неверный PIN-код. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Use this language until the till locks</source>
        <translation>Использовать этот язык до блокировки кассы</translation>
    </message>
</context>
<context>
    <name>crema::MainWindow</name>
    <message>
        <source>Crema — %1</source>
        <translation>Crema — %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Lock the till (Ctrl+L)</source>
        <translation>Заблокировать кассу (Ctrl+L)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <source>Import sales history…</source>
        <translation>Импорт продаж…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Кухня</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Управление</translation>
    </message>
    <message>
        <source>My PIN…</source>
        <translation>Мой PIN-код…</translation>
    </message>
    <message>
        <source>Change your own PIN</source>
        <translation>Сменить свой PIN-код</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Награды</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Налоги</translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <source>Stock items</source>
        <translation>Складские позиции</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Till settings</source>
        <translation>Настройки кассы</translation>
    </message>
    <message>
        <source>Kitchen stations</source>
        <translation>Кухонные станции</translation>
    </message>
    <message>
        <source>Store details</source>
        <translation>Данные точки</translation>
    </message>
    <message>
        <source>HQ online</source>
        <translation>Центр на связи</translation>
    </message>
    <message>
        <source>HQ offline since %1</source>
        <translation>Нет связи с центром с %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ожидает</numerusform>
            <numerusform>%n ожидают</numerusform>
            <numerusform>%n ожидают</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales have waited more than 24 hours to reach HQ: check the network or call whoever runs HQ.</source>
        <translation>Продажи больше 24 часов ждут отправки в центр: проверьте сеть или позвоните тому, кто отвечает за центр.</translation>
    </message>
    <message>
        <source>Sales, stock and points go to HQ, and the chain&apos;s changes come back.</source>
        <translation>Продажи, остатки и баллы уходят в центр, а изменения сети приходят обратно.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>crema::MenuEditorDelegate</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивен)</translation>
    </message>
    <message>
        <source>%1 · sold out</source>
        <translation>%1 · нет в наличии</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No recipe</source>
        <translation>Нет рецепта</translation>
    </message>
    <message>
        <source>1 ingredient</source>
        <translation>1 ингредиент</translation>
    </message>
    <message>
        <source>%1 ingredients</source>
        <translation>Ингредиентов: %1</translation>
    </message>
    <message>
        <source>%1, no cost for %2</source>
        <translation>%1, нет себестоимости для %2</translation>
    </message>
    <message>
        <source>no recipe effect</source>
        <translation>не влияет на рецепт</translation>
    </message>
    <message>
        <source>%1 · required, %2–%3</source>
        <translation>%1 · обязательно, %2–%3</translation>
    </message>
    <message>
        <source>%1 · up to %2</source>
        <translation>%1 · до %2</translation>
    </message>
</context>
<context>
    <name>crema::MenuEditorWidget</name>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Маржа, %</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Рецепт</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ингредиент</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Модификатор</translation>
    </message>
    <message>
        <source>Recipe effect</source>
        <translation>Влияние на рецепт</translation>
    </message>
    <message>
        <source>Modifier groups</source>
        <translation>Группы модификаторов</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Earlier on the till</source>
        <translation>Раньше на кассе</translation>
    </message>
    <message>
        <source>Later on the till</source>
        <translation>Позже на кассе</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>Filter: name, SKU or barcode</source>
        <translation>Фильтр: имя, артикул или штрихкод</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Показать неактивные</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>86 · sold out</source>
        <translation>86 · нет в наличии</translation>
    </message>
    <message>
        <source>Sold out until the business day ends, or until restored</source>
        <translation>Нет в наличии до конца рабочего дня или до восстановления</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивировать</translation>
    </message>
    <message>
        <source>Take it off the menu; its sales stay in the history</source>
        <translation>Убрать из меню; продажи остаются в истории</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>several: separate with commas</source>
        <translation>несколько — через запятую</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Штрихкоды</translation>
    </message>
    <message>
        <source>Its place on the till&apos;s grid within its category, smallest first</source>
        <translation>Место в сетке кассы внутри категории, меньшие — первыми</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Needs preparation</source>
        <translation>Требует приготовления</translation>
    </message>
    <message>
        <source>Place on grid</source>
        <translation>Место в сетке</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Размеры</translation>
    </message>
    <message>
        <source>Add size</source>
        <translation>Добавить размер</translation>
    </message>
    <message>
        <source>Remove size</source>
        <translation>Удалить размер</translation>
    </message>
    <message>
        <source>Chosen size</source>
        <translation>Выбранный размер</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Цена (%1)</translation>
    </message>
    <message>
        <source>e.g. 18 g, 1.5 kg, 250 ml</source>
        <translation>напр. 18 г, 1,5 кг, 250 мл</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <source>Add the ingredient to the recipe, or change its quantity</source>
        <translation>Добавить ингредиент в рецепт или изменить его количество</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Modifier groups offered</source>
        <translation>Предлагаемые группы модификаторов</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Большой</translation>
    </message>
    <message>
        <source>Size removed.</source>
        <translation>Размер удалён.</translation>
    </message>
    <message>
        <source>Size taken off sale; its sales stay.</source>
        <translation>Размер снят с продажи; его продажи сохранены.</translation>
    </message>
    <message>
        <source>%1 removed: it was never sold.</source>
        <translation>%1 удалён: его ни разу не продавали.</translation>
    </message>
    <message>
        <source>%1 deactivated: it is off the menu, its sales stay in the history.</source>
        <translation>%1 деактивирован: убран из меню, продажи остаются в истории.</translation>
    </message>
    <message>
        <source>%1 is on sale again.</source>
        <translation>%1 снова в продаже.</translation>
    </message>
    <message>
        <source>%1 is sold out until the business day ends.</source>
        <translation>%1 нет в наличии до конца рабочего дня.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Choose at least</source>
        <translation>Выбрать не менее</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>не более</translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation>Предлагается для</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Модификаторы</translation>
    </message>
    <message>
        <source>0 or -0.50</source>
        <translation>0 или -0.50</translation>
    </message>
    <message>
        <source>No recipe effect</source>
        <translation>Не влияет на рецепт</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Добавляет</translation>
    </message>
    <message>
        <source>Removes</source>
        <translation>Убирает</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Заменяет</translation>
    </message>
    <message>
        <source>quantity, e.g. 30 ml</source>
        <translation>количество, напр. 30 мл</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Изменение цены</translation>
    </message>
    <message>
        <source>in place of</source>
        <translation>вместо</translation>
    </message>
    <message>
        <source>Add modifier</source>
        <translation>Добавить модификатор</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Remove modifier</source>
        <translation>Удалить модификатор</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Сохранить группу</translation>
    </message>
    <message>
        <source>Kitchen station</source>
        <translation>Кухонная станция</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Ставка налога</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Другой…</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Цвет категории</translation>
    </message>
    <message>
        <source>Save category</source>
        <translation>Сохранить категорию</translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation>%1 деактивирован.</translation>
    </message>
    <message>
        <source>Another program changed the menu meanwhile. Your unsaved edits are kept; Save writes them, Revert shows the menu as it now is.</source>
        <translation>Тем временем другая программа изменила меню. Ваши несохранённые правки сохранены; «Сохранить» запишет их, «Отменить изменения» покажет меню в текущем виде.</translation>
    </message>
    <message>
        <source>The menu changed meanwhile. Your unsaved edits are kept; Save writes them, Revert shows the menu as it now is.</source>
        <translation>Тем временем меню изменилось. Ваши несохранённые правки сохранены; «Сохранить» запишет их, «Отменить изменения» покажет меню в текущем виде.</translation>
    </message>
    <message>
        <source>The menu could not be read: %1</source>
        <translation>Не удалось прочитать меню: %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивен)</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>Показан %n</numerusform>
            <numerusform>Показано %n</numerusform>
            <numerusform>Показано %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore (sold out today)</source>
        <translation>Вернуть в продажу (сегодня нет в наличии)</translation>
    </message>
    <message>
        <source>Modifiers that change nothing here:</source>
        <translation>Модификаторы, которые здесь ничего не меняют:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>В «%1» есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>The new product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>no product yet: tick the group on a product&apos;s form</source>
        <translation>пока нет товаров: отметьте группу в карточке товара</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>size &apos;%1&apos;: %2</source>
        <translation>размер «%1»: %2</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Нечего сохранять.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 сохранён.</translation>
    </message>
    <message>
        <source>%1 saved. Changes nothing in: %2</source>
        <translation>%1 сохранён. Ничего не меняет в: %2</translation>
    </message>
</context>
<context>
    <name>crema::MenuGridWidget</name>
    <message>
        <source>The menu could not be read: %1</source>
        <translation>Не удалось прочитать меню: %1</translation>
    </message>
</context>
<context>
    <name>crema::OrdersDialog</name>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <source>voided at the till</source>
        <translation>аннулирован на кассе</translation>
    </message>
    <message>
        <source>Order voided.</source>
        <translation>Заказ аннулирован.</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Отложенные</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Причина возврата</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Печать копии</translation>
    </message>
    <message>
        <source>Tick lines to refund only those:</source>
        <translation>Отметьте строки, чтобы вернуть только их:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Choose an order to refund.</source>
        <translation>Выберите заказ для возврата.</translation>
    </message>
    <message>
        <source>Refunded %1 on receipt %2.</source>
        <translation>Возвращено %1 по чеку %2.</translation>
    </message>
</context>
<context>
    <name>crema::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Amount (empty: all that is due)</source>
        <translation>Сумма (пусто — вся сумма к оплате)</translation>
    </message>
    <message>
        <source>Cash — exact</source>
        <translation>Наличные — без сдачи</translation>
    </message>
    <message>
        <source>Cash: typed amount</source>
        <translation>Наличные: введённая сумма</translation>
    </message>
    <message>
        <source>Card approval code (from the card machine)</source>
        <translation>Код авторизации (с платёжного терминала)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Open a shift and take this payment</source>
        <translation>Открыть смену и принять эту оплату</translation>
    </message>
    <message>
        <source>Cancel — back to the order</source>
        <translation>Отмена — назад к заказу</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Печать чека</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Следующий гость</translation>
    </message>
    <message>
        <source>Give back what was taken</source>
        <translation>Вернуть принятое</translation>
    </message>
    <message>
        <source>Keep taking payment</source>
        <translation>Продолжить приём оплаты</translation>
    </message>
    <message>
        <source>Given back — cancel the payment</source>
        <translation>Возвращено — отменить оплату</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Введите сумму больше нуля.</translation>
    </message>
    <message>
        <source>Due  %1</source>
        <translation>К оплате  %1</translation>
    </message>
    <message>
        <source>• %1: refund it on the card machine%2</source>
        <translation>• %1: верните на платёжном терминале%2</translation>
    </message>
    <message>
        <source> (approval %1)</source>
        <translation> (код авторизации %1)</translation>
    </message>
    <message>
        <source>• %1: hand it back from the drawer</source>
        <translation>• %1: выдайте из денежного ящика</translation>
    </message>
    <message>
        <source>%1 of %2 was taken. Nothing has been sold, so give it back:

%3</source>
        <translation>Принято %1 из %2. Ничего не продано, поэтому верните:

%3</translation>
    </message>
    <message>
        <source>Cash %1</source>
        <translation>Наличные %1</translation>
    </message>
    <message>
        <source>A card payment cannot be more than what is due (%1).</source>
        <translation>Оплата картой не может превышать сумму к оплате (%1).</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Карта %1</translation>
    </message>
    <message>
        <source>Change  %1</source>
        <translation>Сдача  %1</translation>
    </message>
    <message>
        <source>Paid  %1</source>
        <translation>Оплачено  %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Чек %1</translation>
    </message>
    <message>
        <source> · %1 points earned</source>
        <translation> · начислено баллов: %1</translation>
    </message>
</context>
<context>
    <name>crema::PinPromptDialog</name>
    <message>
        <source>Manager authorisation</source>
        <translation>Разрешение менеджера</translation>
    </message>
    <message>
        <source>A manager can allow it with their PIN:</source>
        <translation>Менеджер может разрешить это своим PIN-кодом:</translation>
    </message>
    <message>
        <source>Authorise</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <source>Sign in to HQ</source>
        <translation>Вход в центр</translation>
    </message>
    <message>
        <source>Your PIN:</source>
        <translation>Ваш PIN:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>crema::PosWidget</name>
    <message>
        <source>Search or scan a barcode  (Ctrl+F)</source>
        <translation>Поиск или сканирование штрихкода  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add customer  (Ctrl+U)</source>
        <translation>Добавить гостя  (Ctrl+U)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Подытог</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <source>incl. tax</source>
        <translation>в т. ч. НДС</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Park the order under a name (Ctrl+H)</source>
        <translation>Отложить заказ под именем (Ctrl+H)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Parked and today&apos;s orders, refunds, reprints (Ctrl+O)</source>
        <translation>Отложенные и сегодняшние заказы, возвраты, копии чеков (Ctrl+O)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Open or close the shift, cash in and out, X report</source>
        <translation>Открыть или закрыть смену, внесение и изъятие, X-отчёт</translation>
    </message>
    <message>
        <source>Pay  (F12)</source>
        <translation>Оплатить  (F12)</translation>
    </message>
    <message>
        <source>Pay  %1</source>
        <translation>Оплатить  %1</translation>
    </message>
    <message>
        <source>%1 — change  (Ctrl+U)</source>
        <translation>%1 — изменить  (Ctrl+U)</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Нет товаров по запросу «%1».</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <source>Discount on the whole order: a percentage like 10% or an amount like 2.50</source>
        <translation>Скидка на весь заказ: процент, например 10%, или сумма, например 2.50</translation>
    </message>
    <message>
        <source>The order is empty.</source>
        <translation>Заказ пуст.</translation>
    </message>
    <message>
        <source>Receipt %1 paid.</source>
        <translation>Чек %1 оплачен.</translation>
    </message>
    <message>
        <source>Payment cancelled; given back: %1. The order is still here.</source>
        <translation>Оплата отменена; возвращено: %1. Заказ остался на месте.</translation>
    </message>
    <message>
        <source>No shift is open on this till. Count the float into the drawer and open a shift; then this payment goes on.</source>
        <translation>На этой кассе нет открытой смены. Положите размен в денежный ящик и откройте смену; затем оплата продолжится.</translation>
    </message>
    <message>
        <source>No shift is open on this till. Count the float into the drawer and open a shift; then this refund goes on.</source>
        <translation>На этой кассе нет открытой смены. Положите размен в денежный ящик и откройте смену; затем возврат продолжится.</translation>
    </message>
    <message>
        <source>Park the order</source>
        <translation>Отложить заказ</translation>
    </message>
    <message>
        <source>A name to find it by (table 4, Anna):</source>
        <translation>Имя, по которому его найти (стол 4, Анна):</translation>
    </message>
    <message>
        <source>Parked as “%1”.</source>
        <translation>Отложен как «%1».</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>#%1 ready</source>
        <translation>№ %1 готов</translation>
    </message>
    <message>
        <source>#%1 %2 ready</source>
        <translation>№ %1 %2 готов</translation>
    </message>
    <message>
        <source>Order ready at the pass. Touch when it has been handed over.</source>
        <translation>Заказ готов на выдаче. Нажмите, когда его отдадут.</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>ещё +%1</translation>
    </message>
    <message>
        <source>%1 is sold out today (86). Hold its tile to put it back on sale.</source>
        <translation>%1 сегодня нет в наличии (86). Удерживайте плитку, чтобы вернуть в продажу.</translation>
    </message>
    <message>
        <source>%1 is back on sale.</source>
        <translation>%1 снова в продаже.</translation>
    </message>
    <message>
        <source>%1 is sold out until the end of the day. Hold its tile again to undo.</source>
        <translation>%1 нет в наличии до конца дня. Удерживайте плитку ещё раз, чтобы отменить.</translation>
    </message>
</context>
<context>
    <name>crema::ProductTileDelegate</name>
    <message>
        <source>from %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Нет в наличии</translation>
    </message>
</context>
<context>
    <name>crema::ReceiptOutput</name>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Чек отправлен на принтер.</translation>
    </message>
    <message>
        <source>The receipt printer did not print: %1</source>
        <translation>Принтер чеков не напечатал: %1</translation>
    </message>
    <message>
        <source>Receipt sent to %1.</source>
        <translation>Чек отправлен на %1.</translation>
    </message>
    <message>
        <source>Receipt saved as %1.</source>
        <translation>Чек сохранён как %1.</translation>
    </message>
</context>
<context>
    <name>crema::RewardListModel</name>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивна</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Награда</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Даёт</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>crema::RewardsWidget</name>
    <message>
        <source>Reward</source>
        <translation>Награда</translation>
    </message>
    <message>
        <source>A free item from a category</source>
        <translation>Бесплатная позиция из категории</translation>
    </message>
    <message>
        <source>A free product</source>
        <translation>Бесплатный товар</translation>
    </message>
    <message>
        <source>An amount off the order</source>
        <translation>Скидка суммой на заказ</translation>
    </message>
    <message>
        <source>A percentage off the order</source>
        <translation>Скидка в процентах на заказ</translation>
    </message>
    <message>
        <source>Offered at the till</source>
        <translation>Предлагается на кассе</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Даёт</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивировать</translation>
    </message>
    <message>
        <source>Rewards could not be read: %1</source>
        <translation>Не удалось прочитать награды: %1</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Скидка суммой</translation>
    </message>
    <message>
        <source>10 or 12.5</source>
        <translation>10 или 12.5</translation>
    </message>
    <message>
        <source>2.50</source>
        <translation>2.50</translation>
    </message>
    <message>
        <source>Type the percentage off, such as 10 or 12.5.</source>
        <translation>Введите процент скидки, например 10 или 12.5.</translation>
    </message>
    <message>
        <source>Type the amount off, such as 2.50.</source>
        <translation>Введите сумму скидки, например 2.50.</translation>
    </message>
    <message>
        <source>Only the owner may change rewards (%1).</source>
        <translation>Изменять награды может только владелец (%1).</translation>
    </message>
    <message>
        <source>Saved: %1, %2.</source>
        <translation>Сохранено: %1, %2.</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>%1 больше не предлагается.</translation>
    </message>
</context>
<context>
    <name>crema::SettingsWidget</name>
    <message>
        <source>Receipt printer</source>
        <translation>Принтер чеков</translation>
    </message>
    <message>
        <source>Receipt width (characters)</source>
        <translation>Ширина чека (символов)</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>Заголовок чека</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Нижняя строка чека</translation>
    </message>
    <message>
        <source>Lock after idle (seconds)</source>
        <translation>Блокировка при простое (секунд)</translation>
    </message>
    <message>
        <source>Cashier discount limit (basis points)</source>
        <translation>Лимит скидки кассира (базисные пункты)</translation>
    </message>
    <message>
        <source>Points per 1.00 spent</source>
        <translation>Баллов за каждые потраченные 1.00</translation>
    </message>
    <message>
        <source>Serve kitchen screens on</source>
        <translation>Адрес для кухонных экранов</translation>
    </message>
    <message>
        <source>Follow these tills</source>
        <translation>Следить за кассами</translation>
    </message>
    <message>
        <source>Store secret</source>
        <translation>Секрет точки</translation>
    </message>
    <message>
        <source>Stations shown here</source>
        <translation>Станции на этом экране</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Чеки</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Кухня</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Пробная печать</translation>
    </message>
    <message>
        <source>Test print failed: %1</source>
        <translation>Пробная печать не удалась: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Back to the default: %1</source>
        <translation>Вернуть значение по умолчанию: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>set (type a new one to change it)</source>
        <translation>задан (введите новый, чтобы изменить)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>a stored value was not valid and is ignored</source>
        <translation>сохранённое значение неверно и игнорируется</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Language of this till</source>
        <translation>Язык этой кассы</translation>
    </message>
</context>
<context>
    <name>crema::ShiftDialog</name>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Amount, e.g. 100.00</source>
        <translation>Сумма, напр. 100.00</translation>
    </message>
    <message>
        <source>Reason (for cash in or out)</source>
        <translation>Причина (для внесения или изъятия)</translation>
    </message>
    <message>
        <source>Open shift with this float</source>
        <translation>Открыть смену с этим разменом</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <source>Close shift: this is the cash counted</source>
        <translation>Закрыть смену: это пересчитанная наличность</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Печать отчёта</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shift open&lt;/b&gt; since %1, by %2, float %3</source>
        <translation>&lt;b&gt;Смена открыта&lt;/b&gt; с %1, открыл(а) %2, размен %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;No shift open.&lt;/b&gt; Count the float into the drawer and open one.</source>
        <translation>&lt;b&gt;Смена не открыта.&lt;/b&gt; Положите размен в денежный ящик и откройте смену.</translation>
    </message>
    <message>
        <source>Shift opened.</source>
        <translation>Смена открыта.</translation>
    </message>
    <message>
        <source>Cash %1 recorded.</source>
        <translation>Операция с наличными %1 записана.</translation>
    </message>
    <message>
        <source>Shift closed. The drawer is right.</source>
        <translation>Смена закрыта. Касса сходится.</translation>
    </message>
    <message>
        <source>Shift closed. The drawer is %1 short.</source>
        <translation>Смена закрыта. Недостача в кассе: %1.</translation>
    </message>
    <message>
        <source>Shift closed. The drawer is %1 over.</source>
        <translation>Смена закрыта. Излишек в кассе: %1.</translation>
    </message>
</context>
<context>
    <name>crema::StaffModel</name>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Barista</source>
        <translation>Бариста</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивен</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>crema::StaffPinDialog</name>
    <message>
        <source>Current PIN</source>
        <translation>Текущий PIN-код</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits)</source>
        <translation>Новый PIN-код (4–8 цифр)</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Новый PIN-код ещё раз</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Задать PIN-код</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Сменить мой PIN-код</translation>
    </message>
    <message>
        <source>%1: type your current PIN, then the new one twice.</source>
        <translation>%1: введите текущий PIN-код, затем дважды новый.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same; type them again.</source>
        <translation>Новые PIN-коды не совпадают; введите их ещё раз.</translation>
    </message>
</context>
<context>
    <name>crema::StaffWidget</name>
    <message>
        <source>Show inactive</source>
        <translation>Показать неактивных</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Добавить сотрудника…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Сменить роль…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивировать</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Сбросить PIN-код…</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>Сменить мой PIN-код…</translation>
    </message>
    <message>
        <source>%1 active · %2 inactive</source>
        <translation>Активных: %1 · неактивных: %2</translation>
    </message>
    <message>
        <source>Staff could not be read: %1</source>
        <translation>Не удалось прочитать список персонала: %1</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Вернуть…</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 добавлен(а) с ролью «%2».</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Сменить роль</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>Новая роль для %1:</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 теперь с ролью «%2».</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Вернуть: %1</translation>
    </message>
    <message>
        <source>%1 comes back with a new PIN (their old one may be someone else&apos;s by now).</source>
        <translation>%1 вернётся с новым PIN-кодом (старый уже может принадлежать другому).</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 снова активен(на).</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Деактивировать: %1</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to log in; their sales and history stay.</source>
        <translation>Деактивировать: %1? Вход станет невозможен; продажи и история сохранятся.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 деактивирован(а).</translation>
    </message>
    <message>
        <source>Reset %1&apos;s PIN</source>
        <translation>Сбросить PIN-код: %1</translation>
    </message>
    <message>
        <source>Type a new PIN for %1 twice. Any lock on their login is lifted.</source>
        <translation>Дважды введите новый PIN-код для %1. Блокировка входа будет снята.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>У %1 новый PIN-код.</translation>
    </message>
    <message>
        <source>Your PIN is changed.</source>
        <translation>Ваш PIN-код изменён.</translation>
    </message>
</context>
<context>
    <name>crema::StationListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source>Amber after</source>
        <translation>Жёлтый через</translation>
    </message>
    <message>
        <source>Red after</source>
        <translation>Красный через</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Открытые заказы</translation>
    </message>
</context>
<context>
    <name>crema::StationsWidget</name>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Amber after</source>
        <translation>Жёлтый через</translation>
    </message>
    <message>
        <source>Red after</source>
        <translation>Красный через</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Save timing</source>
        <translation>Сохранить время</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Stations could not be read: %1</source>
        <translation>Не удалось прочитать станции: %1</translation>
    </message>
    <message>
        <source>Only the owner may change kitchen stations (%1).</source>
        <translation>Изменять кухонные станции может только владелец (%1).</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Добавлен: %1.</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>Переименовано в %1.</translation>
    </message>
    <message>
        <source>Renamed to %1; %2 now send their items there.</source>
        <translation>Переименовано в %1; %2 теперь отправляют туда свои позиции.</translation>
    </message>
    <message>
        <source>%1: amber after %2 s, red after %3 s.</source>
        <translation>%1: жёлтый через %2 с, красный через %3 с.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
</context>
<context>
    <name>crema::StockItemsWidget</name>
    <message>
        <source>Ingredient</source>
        <translation>Ингредиент</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Bought as</source>
        <translation>Закупается как</translation>
    </message>
    <message>
        <source>Filter ingredients</source>
        <translation>Фильтр ингредиентов</translation>
    </message>
    <message>
        <source>New ingredient</source>
        <translation>Новый ингредиент</translation>
    </message>
    <message>
        <source>grams (g)</source>
        <translation>граммы (г)</translation>
    </message>
    <message>
        <source>millilitres (ml)</source>
        <translation>миллилитры (мл)</translation>
    </message>
    <message>
        <source>pieces (pc)</source>
        <translation>штуки (шт.)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Учёт в</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивировать</translation>
    </message>
    <message>
        <source>Levels in %1</source>
        <translation>Уровни в %1</translation>
    </message>
    <message>
        <source>Allow sales past stock</source>
        <translation>Разрешать продажу сверх остатка</translation>
    </message>
    <message>
        <source>Block sales past stock</source>
        <translation>Запрещать продажу сверх остатка</translation>
    </message>
    <message>
        <source>e.g. 5 kg</source>
        <translation>напр. 5 кг</translation>
    </message>
    <message>
        <source>e.g. 1 kg</source>
        <translation>напр. 1 кг</translation>
    </message>
    <message>
        <source>Par level</source>
        <translation>Норма запаса</translation>
    </message>
    <message>
        <source>Critical level</source>
        <translation>Критический уровень</translation>
    </message>
    <message>
        <source>Save levels</source>
        <translation>Сохранить уровни</translation>
    </message>
    <message>
        <source>e.g. case of 6 x 1 l</source>
        <translation>напр. упаковка 6 x 1 л</translation>
    </message>
    <message>
        <source>e.g. 6 x 1 l</source>
        <translation>напр. 6 x 1 л</translation>
    </message>
    <message>
        <source>e.g. 10.80</source>
        <translation>напр. 10.80</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Содержит</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Supplier SKU</source>
        <translation>Артикул поставщика</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Save unit</source>
        <translation>Сохранить единицу</translation>
    </message>
    <message>
        <source>Deactivate unit</source>
        <translation>Деактивировать единицу</translation>
    </message>
    <message>
        <source>Stock items could not be read: %1</source>
        <translation>Не удалось прочитать складские позиции: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ingredient(s)</source>
        <translation>
            <numerusform>%n ингредиент</numerusform>
            <numerusform>%n ингредиента</numerusform>
            <numerusform>%n ингредиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n inactive</source>
        <translation>
            <numerusform>, %n неактивный</numerusform>
            <numerusform>, %n неактивных</numerusform>
            <numerusform>, %n неактивных</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipes or stock movements use it: the unit cannot change</source>
        <translation>Используется в рецептах или движениях склада: единицу изменить нельзя</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>%1 = %2 from %3, %4</source>
        <translation>%1 = %2 от %3, %4</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(неактивен)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Deleted: nothing used it.</source>
        <translation>Удалено: нигде не использовалось.</translation>
    </message>
    <message>
        <source>Levels saved.</source>
        <translation>Уровни сохранены.</translation>
    </message>
    <message>
        <source>Add a supplier first (Suppliers tab).</source>
        <translation>Сначала добавьте поставщика (вкладка «Поставщики»).</translation>
    </message>
</context>
<context>
    <name>crema::StockModel</name>
    <message>
        <source>Block sales</source>
        <translation>Запрещать продажу</translation>
    </message>
    <message>
        <source>Allow negative</source>
        <translation>Разрешать минус</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Below par</source>
        <translation>Ниже нормы</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критич.</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Нет в наличии</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ингредиент</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>When out</source>
        <translation>Когда нет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
</context>
<context>
    <name>crema::StockWidget</name>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Stock could not be read: %1</source>
        <translation>Не удалось прочитать остатки: %1</translation>
    </message>
    <message>
        <source>%1 ingredients · %2 out · %3 critical · %4 below par</source>
        <translation>Ингредиентов: %1 · нет в наличии: %2 · критично: %3 · ниже нормы: %4</translation>
    </message>
</context>
<context>
    <name>crema::StoreDetailsWidget</name>
    <message>
        <source>Store details</source>
        <translation>Данные точки</translation>
    </message>
    <message>
        <source>The name and address printed on receipts, and how this store writes money, dates and times.</source>
        <translation>Название и адрес, которые печатаются на чеках, и то, как эта точка записывает суммы, даты и время.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>As printed at the top of receipts: up to 5 lines</source>
        <translation>Как печатается вверху чека: не более 5 строк</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Money and dates written as</source>
        <translation>Формат денег и дат</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>no decimals</source>
        <translation>без десятичных знаков</translation>
    </message>
    <message numerus="yes">
        <source>%n decimals</source>
        <translation>
            <numerusform>%n десятичный знак</numerusform>
            <numerusform>%n десятичных знака</numerusform>
            <numerusform>%n десятичных знаков</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Menu prices include tax</source>
        <translation>Цены в меню включают НДС</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Back to the details as saved</source>
        <translation>Вернуть сохранённые данные</translation>
    </message>
    <message>
        <source>The store&apos;s details could not be read: %1</source>
        <translation>Не удалось прочитать данные точки: %1</translation>
    </message>
    <message>
        <source>The store&apos;s orders could not be counted: %1</source>
        <translation>Не удалось подсчитать заказы точки: %1</translation>
    </message>
    <message numerus="yes">
        <source>The currency and whether prices include tax can no longer change: the store has %Ln order(s), and reports and refunds would mix amounts recorded one way with the other. A new way of pricing needs a new file.</source>
        <translation>
            <numerusform>Валюту и то, включают ли цены НДС, больше нельзя изменить: у точки %Ln заказ, и отчёты и возвраты смешали бы суммы, записанные по-разному. Для другого способа назначения цен нужен новый файл.</numerusform>
            <numerusform>Валюту и то, включают ли цены НДС, больше нельзя изменить: у точки %Ln заказа, и отчёты и возвраты смешали бы суммы, записанные по-разному. Для другого способа назначения цен нужен новый файл.</numerusform>
            <numerusform>Валюту и то, включают ли цены НДС, больше нельзя изменить: у точки %Ln заказов, и отчёты и возвраты смешали бы суммы, записанные по-разному. Для другого способа назначения цен нужен новый файл.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The till shows the new details when it next locks.</source>
        <translation>Сохранено. Касса покажет новые данные при следующей блокировке.</translation>
    </message>
</context>
<context>
    <name>crema::SupplierModel</name>
    <message>
        <source>any day</source>
        <translation>любой день</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>Delivers</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
</context>
<context>
    <name>crema::SuppliersWidget</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>Filter suppliers</source>
        <translation>Фильтр поставщиков</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Новый поставщик</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>e.g. 50.00</source>
        <translation>напр. 50.00</translation>
    </message>
    <message>
        <source>Order by</source>
        <translation>Заказ до</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Минимальный заказ</translation>
    </message>
    <message>
        <source>Delivers on</source>
        <translation>Дни доставки</translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивировать</translation>
    </message>
    <message>
        <source>Suppliers could not be read: %1</source>
        <translation>Не удалось прочитать поставщиков: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>crema::TaxRateListModel</name>
    <message>
        <source>Tax rate</source>
        <translation>Ставка налога</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Где используется</translation>
    </message>
</context>
<context>
    <name>crema::TaxesWidget</name>
    <message>
        <source>Tax rate</source>
        <translation>Ставка налога</translation>
    </message>
    <message>
        <source>20 or 5.5</source>
        <translation>20 или 5.5</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Ставка (%)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Categories at this rate</source>
        <translation>Категории с этой ставкой</translation>
    </message>
    <message>
        <source>Move ticked categories here</source>
        <translation>Перенести отмеченные категории сюда</translation>
    </message>
    <message>
        <source>Tax rates could not be read: %1</source>
        <translation>Не удалось прочитать ставки налога: %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивна)</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Не разрешено: %1</translation>
    </message>
    <message>
        <source>Type the rate as a percentage from 0 to 100, such as 20 or 5.5.</source>
        <translation>Введите ставку в процентах от 0 до 100, например 20 или 5.5.</translation>
    </message>
    <message>
        <source>Saved %1 at %2.</source>
        <translation>Сохранено: %1 — %2.</translation>
    </message>
    <message>
        <source>Tick the categories to move to this rate.</source>
        <translation>Отметьте категории для переноса на эту ставку.</translation>
    </message>
    <message>
        <source>Moved to this rate: %1.</source>
        <translation>Перенесено на эту ставку: %1.</translation>
    </message>
</context>
<context>
    <name>crema::TimeZonePicker</name>
    <message>
        <source>Type to search, e.g. Paris</source>
        <translation>Начните вводить, напр. Москва</translation>
    </message>
</context>
<context>
    <name>crema::WelcomeWidget</name>
    <message>
        <source>Welcome to Crema</source>
        <translation>Добро пожаловать в Crema</translation>
    </message>
    <message>
        <source>There is no café in %1 yet. Create yours, or look around the demo café first.</source>
        <translation>В %1 пока нет кафе. Создайте своё или сначала осмотритесь в демо-кафе.</translation>
    </message>
    <message>
        <source>Create a café</source>
        <translation>Создать кафе</translation>
    </message>
    <message>
        <source>Your café</source>
        <translation>Ваше кафе</translation>
    </message>
    <message>
        <source>e.g. Bean There</source>
        <translation>напр. Кофейня у дома</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>As printed on receipts, one line each</source>
        <translation>Как в чеке, по одной строке</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>no decimals</source>
        <translation>без десятичных знаков</translation>
    </message>
    <message numerus="yes">
        <source>%n decimals</source>
        <translation>
            <numerusform>%n десятичный знак</numerusform>
            <numerusform>%n десятичных знака</numerusform>
            <numerusform>%n десятичных знаков</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Include tax</source>
        <translation>Включают налог</translation>
    </message>
    <message>
        <source>Tax added at the till</source>
        <translation>Налог добавляется на кассе</translation>
    </message>
    <message>
        <source>Menu prices</source>
        <translation>Цены в меню</translation>
    </message>
    <message>
        <source>Time and language</source>
        <translation>Время и язык</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Money and dates written as</source>
        <translation>Формат денег и дат</translation>
    </message>
    <message>
        <source>Language of this till</source>
        <translation>Язык этой кассы</translation>
    </message>
    <message>
        <source>Owner and first till</source>
        <translation>Владелец и первая касса</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Имя владельца</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>от 4 до 8 цифр</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>PIN-код владельца</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Тот же PIN-код ещё раз</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN-код ещё раз</translation>
    </message>
    <message>
        <source>This till&apos;s name</source>
        <translation>Название этой кассы</translation>
    </message>
    <message>
        <source>Create the café</source>
        <translation>Создать кафе</translation>
    </message>
    <message>
        <source>Just looking?</source>
        <translation>Просто посмотреть?</translation>
    </message>
    <message>
        <source>The demo café has a menu, staff and 13 weeks of sales (PINs: cashier 1111, barista 2222, manager 3333, owner 4444). It is kept in its own file, %1, so %2 stays free for your café.</source>
        <translation>В демо-кафе есть меню, персонал и 13 недель продаж (PIN-коды: кассир 1111, бариста 2222, менеджер 3333, владелец 4444). Оно хранится в отдельном файле %1, так что %2 остаётся свободным для вашего кафе.</translation>
    </message>
    <message>
        <source>Open the demo café</source>
        <translation>Открыть демо-кафе</translation>
    </message>
    <message>
        <source>Make the demo café</source>
        <translation>Создать демо-кафе</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Касса 1</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>The demo café cannot be made: Crema&apos;s command-line tool was not found at %1. Install cremactl beside crema, or create your own café above.</source>
        <translation>Не удаётся создать демо-кафе: утилита командной строки Crema не найдена в %1. Установите cremactl рядом с crema или создайте своё кафе выше.</translation>
    </message>
    <message>
        <source>Making the demo café: menu, stock, staff and 13 weeks of sales. This takes a few seconds…</source>
        <translation>Создаём демо-кафе: меню, склад, персонал и 13 недель продаж. Это займёт несколько секунд…</translation>
    </message>
    <message>
        <source>The demo café could not be made: %1</source>
        <translation>Не удалось создать демо-кафе: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database file (default: $CREMA_DB, else $XDG_DATA_HOME/crema/crema.db, else ~/.local/share/crema/crema.db).</source>
        <translation>Файл базы данных (по умолчанию: $CREMA_DB, иначе $XDG_DATA_HOME/crema/crema.db, иначе ~/.local/share/crema/crema.db).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Window size, e.g. 1024x768 (default: maximised).</source>
        <translation>Размер окна, напр. 1024x768 (по умолчанию — развёрнуто).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>ШxВ</translation>
    </message>
    <message>
        <source>Kitchen screen mode: full screen tickets only, no login (for a PC at the pass).</source>
        <translation>Режим кухонного экрана: только заказы во весь экран, без входа (для ПК на выдаче).</translation>
    </message>
    <message>
        <source>Crema point of sale, kitchen display and back office.</source>
        <translation>Crema: касса, кухонный экран и управление.</translation>
    </message>
    <message>
        <source>Crema</source>
        <translation>Crema</translation>
    </message>
    <message>
        <source>Crema cannot open its database.

%1</source>
        <translation>Crema не может открыть свою базу данных.

%1</translation>
    </message>
    <message>
        <source>Crema Kitchen — %1</source>
        <translation>Crema Кухня — %1</translation>
    </message>
</context>
</TS>
