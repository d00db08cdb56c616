<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>QObject</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Бірлік бағасы</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>Жол сомасы</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Тапсырыс нөмірі</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Дүкен</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Төлем</translation>
    </message>
    <message>
        <source>Not authorised: %1</source>
        <translation>Рұқсат жоқ: %1</translation>
    </message>
    <message>
        <source>choose 1</source>
        <translation>1 таңдаңыз</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>%1 дейін</translation>
    </message>
    <message>
        <source>choose %1 to %2</source>
        <translation>%1 бастап %2 дейін таңдаңыз</translation>
    </message>
    <message>
        <source>Crema — Welcome</source>
        <translation>Crema — Қош келдіңіз</translation>
    </message>
</context>
<context>
    <name>crema::AddStaffDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Қызметкер қосу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN код (4–8 цифр)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN кодты қайталаңыз</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>The two PINs are not the same; type them again.</source>
        <translation>Екі PIN код сәйкес емес; қайта енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>crema::CartDelegate</name>
    <message>
        <source>discount</source>
        <translation>жеңілдік</translation>
    </message>
</context>
<context>
    <name>crema::ChainScope</name>
    <message>
        <source>Whole chain (HQ)</source>
        <translation>Бүкіл желі (орталық)</translation>
    </message>
    <message>
        <source>%1 (HQ)</source>
        <translation>%1 (орталық)</translation>
    </message>
</context>
<context>
    <name>crema::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>Сандарды кесте түрінде көрсету</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the numbers as a CSV file</source>
        <translation>Сандарды CSV файлына сақтау</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Save %1 as CSV</source>
        <translation>«%1» CSV ретінде сақтау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>CSV not saved</source>
        <translation>CSV сақталмады</translation>
    </message>
</context>
<context>
    <name>crema::CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Phone number or name</source>
        <translation>Телефон нөмірі немесе аты</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Жаңа клиент</translation>
    </message>
    <message>
        <source>Agrees to receive offers by SMS</source>
        <translation>SMS арқылы ұсыныстар алуға келіседі</translation>
    </message>
    <message>
        <source>Add and attach</source>
        <translation>Қосу және тіркеу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>Эл. пошта (міндетті емес)</translation>
    </message>
    <message>
        <source>Find a customer, or add a new one.</source>
        <translation>Клиентті табыңыз немесе жаңасын қосыңыз.</translation>
    </message>
    <message>
        <source>Attach to order</source>
        <translation>Тапсырысқа тіркеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 қосылды.</translation>
    </message>
</context>
<context>
    <name>crema::DashboardWidget</name>
    <message>
        <source>no change</source>
        <translation>өзгеріс жоқ</translation>
    </message>
    <message>
        <source>none in the previous period</source>
        <translation>алдыңғы кезеңде жоқ</translation>
    </message>
    <message>
        <source>%1 %2 % vs previous</source>
        <translation>алдыңғы кезеңмен салыстырғанда %1 %2 %</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Өз кезеңі</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Барлық дүкендер</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>Сандарды қайта оқу</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF-ке экспорттау…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Дүкен</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Түсім</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Тапсырыстар</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Орташа чек</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Сатылған тауарлар</translation>
    </message>
    <message>
        <source>Revenue over time</source>
        <translation>Уақыт бойынша түсім</translation>
    </message>
    <message>
        <source>Orders by weekday and hour</source>
        <translation>Апта күндері мен сағаттар бойынша тапсырыстар</translation>
    </message>
    <message>
        <source>Top 10 products</source>
        <translation>Үздік 10 тауар</translation>
    </message>
    <message>
        <source>Share by category</source>
        <translation>Санат бойынша үлес</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Төлем тәсілдері</translation>
    </message>
    <message>
        <source>Discounts and refunds</source>
        <translation>Жеңілдіктер мен қайтарулар</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Адалдық бағдарламасы</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Сандарды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Кезең басталмай жатып аяқталады.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2 · compared with %3</source>
        <translation>%1 · %2 · %3 салыстырғанда</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Түсім (%1)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 бойынша</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Жеңілдіктер</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Қайтарулар</translation>
    </message>
    <message numerus="yes">
        <source>%n imported order(s) without a time</source>
        <translation>
            <numerusform>Уақыты жоқ %n импортталған тапсырыс</numerusform>
            <numerusform>Уақыты жоқ %n импортталған тапсырыс</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлес</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Тәсіл</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Төлемдер</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Таза</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Қолма-қол</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Refunds given</source>
        <translation>Жасалған қайтарулар</translation>
    </message>
    <message>
        <source>%1 discounts, %2 refunds</source>
        <translation>Жеңілдіктер: %1, қайтарулар: %2</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Осы кезең</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Алдыңғы</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Жинақталды</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Жұмсалды</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n белсенді мүше</numerusform>
            <numerusform>%n белсенді мүше</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Жинақталған ұпай</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Жұмсалған ұпай</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Белсенді мүшелер</translation>
    </message>
    <message>
        <source>Crema dashboard</source>
        <translation>Crema бақылау тақтасы</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 жазу мүмкін емес</translation>
    </message>
    <message>
        <source>%1 — sales dashboard</source>
        <translation>%1 — сату тақтасы</translation>
    </message>
    <message>
        <source>Export the dashboard as PDF</source>
        <translation>Бақылау тақтасын PDF-ке экспорттау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF сақталмады</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 сақталды</translation>
    </message>
    <message>
        <source>%1, your PIN: HQ checks it before it shows the chain&apos;s figures.</source>
        <translation>%1, PIN кодыңыз: орталық желінің көрсеткіштерін көрсетпес бұрын оны тексереді.</translation>
    </message>
    <message>
        <source>The chain&apos;s figures need your PIN.</source>
        <translation>Желінің көрсеткіштері үшін PIN кодыңыз керек.</translation>
    </message>
    <message>
        <source>Asking HQ for %1…</source>
        <translation>Орталықтан сұралуда: %1…</translation>
    </message>
</context>
<context>
    <name>crema::ForecastWidget</name>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Best per product (auto)</source>
        <translation>Әр тауарға ең жақсысы (авто)</translation>
    </message>
    <message>
        <source>Same weekday, 4 weeks (seed)</source>
        <translation>Апталың сол күні, 4 апта (базалық)</translation>
    </message>
    <message>
        <source>Recent weeks weigh more</source>
        <translation>Соңғы апталар салмақтырақ</translation>
    </message>
    <message>
        <source>Same weekday, 8 weeks</source>
        <translation>Апталың сол күні, 8 апта</translation>
    </message>
    <message>
        <source>Recent level × weekday shape</source>
        <translation>Соңғы деңгей × апта күнінің бейіні</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>for</source>
        <translation>мерзімі</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Тәсіл</translation>
    </message>
    <message>
        <source>Could not forecast: %1</source>
        <translation>Болжам жасау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Not enough sales history yet to say how far to trust the forecast.</source>
        <translation>Болжамның қаншалықты сенімді екенін айту үшін сату тарихы әлі жеткіліксіз.</translation>
    </message>
    <message>
        <source>How far to trust it: over the 8 weeks before %1, a day&apos;s forecast was off by %2 of what sold (WAPE, all products).</source>
        <translation>Сенімділігі: %1 алдындағы 8 аптада бір күндік болжам сатылғаннан %2 ауытқыды (WAPE, барлық тауарлар).</translation>
    </message>
    <message>
        <source>%1 to %2: %3 ingredient(s) short of the forecast, %4 with less than 1.5 times it.</source>
        <translation>%1 – %2: болжамнан аз ингредиенттер — %3, болжамның 1,5 еселігінен аз — %4.</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ингредиент</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Қолда бар</translation>
    </message>
    <message>
        <source>Forecast use</source>
        <translation>Болжамды шығын</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation>Ұсынылған тапсырыс</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Болжам</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Күніне</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қателік</translation>
    </message>
    <message>
        <source>%1: sold and forecast, the last 8 weeks</source>
        <translation>%1: соңғы 8 аптадағы сату және болжам</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Сатылды</translation>
    </message>
    <message>
        <source>Forecast a day ahead</source>
        <translation>Бір күн алдын болжам</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Дүкен</translation>
    </message>
    <message>
        <source>%1, your PIN: HQ checks it before it shows the chain&apos;s figures.</source>
        <translation>%1, PIN кодыңыз: орталық желінің көрсеткіштерін көрсетпес бұрын оны тексереді.</translation>
    </message>
</context>
<context>
    <name>crema::ImportSalesDialog</name>
    <message>
        <source>Import sales history</source>
        <translation>Сату тарихын импорттау</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <source>A CSV export from your old till: one row per item sold.</source>
        <translation>Ескі кассаңыздан CSV экспорты: сатылған әр тауарға бір жол.</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>анықталды</translation>
    </message>
    <message>
        <source>Qt notation, e.g. dd-MM-yyyy or M/d/yyyy</source>
        <translation>Qt жазбасы, мыс. dd-MM-yyyy немесе M/d/yyyy</translation>
    </message>
    <message>
        <source>e.g. H:mm:ss or h:mm AP</source>
        <translation>мыс. H:mm:ss немесе h:mm AP</translation>
    </message>
    <message>
        <source>e.g. M/d/yyyy H:mm</source>
        <translation>мыс. M/d/yyyy H:mm</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Күн пішімі</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>Уақыт пішімі</translation>
    </message>
    <message>
        <source>Date-time format</source>
        <translation>Күн мен уақыт пішімі</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the others</source>
        <translation>Дұрыс жолдарды импорттау, қалғанын өткізіп жіберу</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Sales history to import</source>
        <translation>Импортталатын сату тарихы</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV файлдары (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n жол</numerusform>
            <numerusform>%1 — %n жол</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(файлда жоқ)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Бірлік бағасы</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Тапсырыс</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Дүкен</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Төлем</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>from amount</source>
        <translation>сомадан</translation>
    </message>
    <message>
        <source>menu price</source>
        <translation>мәзір бағасы</translation>
    </message>
    <message>
        <source>this store</source>
        <translation>осы дүкен</translation>
    </message>
    <message>
        <source>dates %1</source>
        <translation>күндер %1</translation>
    </message>
    <message>
        <source>times %1</source>
        <translation>уақыт %1</translation>
    </message>
    <message>
        <source>date-times %1</source>
        <translation>күн мен уақыт %1</translation>
    </message>
    <message>
        <source>Reading %1. %2 row(s), %3 with a problem.</source>
        <translation>%1 оқылуда. Жолдар: %2, мәселесі барлары: %3.</translation>
    </message>
    <message>
        <source> Fix the file or choose to skip them (the first is line %1).</source>
        <translation> Файлды түзетіңіз немесе оларды өткізіп жіберуді таңдаңыз (біріншісі — %1-жол).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ештеңе импортталмады: %1</translation>
    </message>
    <message>
        <source>Imported %1 row(s) as %2 order(s).</source>
        <translation>%1 жол %2 тапсырыс ретінде импортталды.</translation>
    </message>
    <message>
        <source> %1 order(s) were imported before and left as they were.</source>
        <translation> Бұрын импортталып, өзгеріссіз қалдырылған тапсырыстар: %1.</translation>
    </message>
    <message>
        <source> %1 row(s) skipped.</source>
        <translation> Өткізілген жолдар: %1.</translation>
    </message>
    <message>
        <source> %1 new product(s) in the Imported category, inactive until priced.</source>
        <translation> «Импортталған» санатында %1 жаңа тауар; бағасы қойылғанша белсенді емес.</translation>
    </message>
</context>
<context>
    <name>crema::IngredientModel</name>
    <message>
        <source>block</source>
        <translation>тыйым</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>рұқсат</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ингредиент</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Қолда бар</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Шекті</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <source>Bought as</source>
        <translation>Сатып алу бірлігі</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
</context>
<context>
    <name>crema::ItemChooserDialog</name>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>choose 1</source>
        <translation>1 таңдаңыз</translation>
    </message>
    <message>
        <source>Note for the barista, e.g. extra hot</source>
        <translation>Бариста үшін ескертпе, мыс. өте ыстық</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Таңдаңыз: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> және </translation>
    </message>
    <message>
        <source>Add  %1</source>
        <translation>Қосу  %1</translation>
    </message>
    <message>
        <source>Update  %1</source>
        <translation>Жаңарту  %1</translation>
    </message>
</context>
<context>
    <name>crema::KitchenBoardWidget</name>
    <message>
        <source>Stations</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Recall  (R)</source>
        <translation>Қайтару  (R)</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Күні бойы</translation>
    </message>
    <message>
        <source>Page %1 of %2  (PgUp/PgDn)</source>
        <translation>%1-бет, барлығы %2  (PgUp/PgDn)</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Осы касса</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9c8b7d&apos;&gt;Nothing waiting&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#9c8b7d&apos;&gt;Күтіп тұрған ештеңе жоқ&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>crema::KitchenCardsView</name>
    <message>
        <source>No tickets waiting</source>
        <translation>Күтіп тұрған тапсырыс жоқ</translation>
    </message>
    <message>
        <source>CANCELLED · refunded</source>
        <translation>БАС ТАРТЫЛДЫ · қайтарылды</translation>
    </message>
    <message>
        <source>MAKING</source>
        <translation>ДАЙЫНДАЛУДА</translation>
    </message>
    <message>
        <source>ORDER READY</source>
        <translation>ТАПСЫРЫС ДАЙЫН</translation>
    </message>
    <message>
        <source>READY · waits for %1</source>
        <translation>ДАЙЫН · күтуде: %1</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>ЖАҢА</translation>
    </message>
</context>
<context>
    <name>crema::LoginWidget</name>
    <message>
        <source>%1 · Enter your PIN</source>
        <translation>%1 · PIN кодыңызды енгізіңіз</translation>
    </message>
    <message>
        <source>PIN entered</source>
        <translation>Енгізілген PIN код</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Соңғы цифрды өшіру</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN код 4–8 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN код қате. Қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Use this language until the till locks</source>
        <translation>Касса құлыпталғанша осы тілді қолдану</translation>
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
        <translation>Құлыптау</translation>
    </message>
    <message>
        <source>Lock the till (Ctrl+L)</source>
        <translation>Кассаны құлыптау (Ctrl+L)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Бақылау тақтасы</translation>
    </message>
    <message>
        <source>Import sales history…</source>
        <translation>Сатуды импорттау…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Болжам</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Қойма</translation>
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
        <translation>Асхана</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Басқару</translation>
    </message>
    <message>
        <source>My PIN…</source>
        <translation>Менің PIN кодым…</translation>
    </message>
    <message>
        <source>Change your own PIN</source>
        <translation>Өз PIN кодыңызды өзгерту</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Сату</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Мәзір</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Сыйлықтар</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Салықтар</translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation>Қойма қалдықтары</translation>
    </message>
    <message>
        <source>Stock items</source>
        <translation>Қойма тауарлары</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Жеткізушілер</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Till settings</source>
        <translation>Касса баптаулары</translation>
    </message>
    <message>
        <source>Kitchen stations</source>
        <translation>Асхана бөлімдері</translation>
    </message>
    <message>
        <source>Store details</source>
        <translation>Дүкен деректері</translation>
    </message>
    <message>
        <source>HQ online</source>
        <translation>Орталықпен байланыс бар</translation>
    </message>
    <message>
        <source>HQ offline since %1</source>
        <translation>Орталықпен байланыс %1 бастап жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n күтуде</numerusform>
            <numerusform>%n күтуде</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales have waited more than 24 hours to reach HQ: check the network or call whoever runs HQ.</source>
        <translation>Сатылымдар орталыққа жетуді 24 сағаттан астам күтуде: желіні тексеріңіз немесе орталыққа жауаптыға хабарласыңыз.</translation>
    </message>
    <message>
        <source>Sales, stock and points go to HQ, and the chain&apos;s changes come back.</source>
        <translation>Сатылымдар, қор және ұпайлар орталыққа кетеді, ал желінің өзгерістері қайта келеді.</translation>
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
        <translation>%1 (белсенді емес)</translation>
    </message>
    <message>
        <source>%1 · sold out</source>
        <translation>%1 · таусылды</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No recipe</source>
        <translation>Рецепт жоқ</translation>
    </message>
    <message>
        <source>1 ingredient</source>
        <translation>1 ингредиент</translation>
    </message>
    <message>
        <source>%1 ingredients</source>
        <translation>%1 ингредиент</translation>
    </message>
    <message>
        <source>%1, no cost for %2</source>
        <translation>%1, %2 үшін өзіндік құн жоқ</translation>
    </message>
    <message>
        <source>no recipe effect</source>
        <translation>рецептке әсері жоқ</translation>
    </message>
    <message>
        <source>%1 · required, %2–%3</source>
        <translation>%1 · міндетті, %2–%3</translation>
    </message>
    <message>
        <source>%1 · up to %2</source>
        <translation>%1 · %2 дейін</translation>
    </message>
</context>
<context>
    <name>crema::MenuEditorWidget</name>
    <message>
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Өзіндік құн</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Маржа %</translation>
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
        <translation>Саны</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Модификатор</translation>
    </message>
    <message>
        <source>Recipe effect</source>
        <translation>Рецептке әсері</translation>
    </message>
    <message>
        <source>Modifier groups</source>
        <translation>Модификатор топтары</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Earlier on the till</source>
        <translation>Кассада ертерек</translation>
    </message>
    <message>
        <source>Later on the till</source>
        <translation>Кассада кейінірек</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Жаңа тауар</translation>
    </message>
    <message>
        <source>Filter: name, SKU or barcode</source>
        <translation>Сүзгі: атауы, SKU немесе штрихкод</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Белсенді еместерді көрсету</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <source>86 · sold out</source>
        <translation>86 · таусылды</translation>
    </message>
    <message>
        <source>Sold out until the business day ends, or until restored</source>
        <translation>Жұмыс күні аяқталғанша немесе қалпына келтірілгенше таусылды</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Белсенсіз ету</translation>
    </message>
    <message>
        <source>Take it off the menu; its sales stay in the history</source>
        <translation>Мәзірден алып тастау; сатылымдары тарихта қалады</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>several: separate with commas</source>
        <translation>бірнешеу болса: үтірмен бөліңіз</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Штрихкодтар</translation>
    </message>
    <message>
        <source>Its place on the till&apos;s grid within its category, smallest first</source>
        <translation>Санаты ішіндегі касса торындағы орны, ең кішісі бірінші</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Needs preparation</source>
        <translation>Дайындауды қажет етеді</translation>
    </message>
    <message>
        <source>Place on grid</source>
        <translation>Тордағы орны</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Өлшемдер</translation>
    </message>
    <message>
        <source>Add size</source>
        <translation>Өлшем қосу</translation>
    </message>
    <message>
        <source>Remove size</source>
        <translation>Өлшемді өшіру</translation>
    </message>
    <message>
        <source>Chosen size</source>
        <translation>Таңдалған өлшем</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Бағасы (%1)</translation>
    </message>
    <message>
        <source>e.g. 18 g, 1.5 kg, 250 ml</source>
        <translation>мыс. 18 g, 1.5 kg, 250 ml</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Орнату</translation>
    </message>
    <message>
        <source>Add the ingredient to the recipe, or change its quantity</source>
        <translation>Ингредиентті рецептке қосу немесе санын өзгерту</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Modifier groups offered</source>
        <translation>Ұсынылатын модификатор топтары</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Үлкен</translation>
    </message>
    <message>
        <source>Size removed.</source>
        <translation>Өлшем өшірілді.</translation>
    </message>
    <message>
        <source>Size taken off sale; its sales stay.</source>
        <translation>Өлшем сатылымнан алынды; сатылымдары сақталады.</translation>
    </message>
    <message>
        <source>%1 removed: it was never sold.</source>
        <translation>%1 өшірілді: ол ешқашан сатылмаған.</translation>
    </message>
    <message>
        <source>%1 deactivated: it is off the menu, its sales stay in the history.</source>
        <translation>%1 белсенсіз етілді: мәзірде жоқ, сатылымдары тарихта қалады.</translation>
    </message>
    <message>
        <source>%1 is on sale again.</source>
        <translation>%1 қайтадан сатылымда.</translation>
    </message>
    <message>
        <source>%1 is sold out until the business day ends.</source>
        <translation>%1 жұмыс күні аяқталғанша таусылды.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Жаңа топ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <source>Choose at least</source>
        <translation>Кемінде таңдау</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>көп дегенде</translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation>Ұсынылатын тауарлар</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Модификаторлар</translation>
    </message>
    <message>
        <source>0 or -0.50</source>
        <translation>0 немесе -0.50</translation>
    </message>
    <message>
        <source>No recipe effect</source>
        <translation>Рецептке әсері жоқ</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Қосады</translation>
    </message>
    <message>
        <source>Removes</source>
        <translation>Алып тастайды</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ауыстырады</translation>
    </message>
    <message>
        <source>quantity, e.g. 30 ml</source>
        <translation>саны, мыс. 30 ml</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Баға өзгерісі</translation>
    </message>
    <message>
        <source>in place of</source>
        <translation>орнына</translation>
    </message>
    <message>
        <source>Add modifier</source>
        <translation>Модификатор қосу</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Remove modifier</source>
        <translation>Модификаторды өшіру</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Топты сақтау</translation>
    </message>
    <message>
        <source>Kitchen station</source>
        <translation>Асхана бөлімі</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Салық мөлшерлемесі</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Түсі</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Басқа…</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Санат түсі</translation>
    </message>
    <message>
        <source>Save category</source>
        <translation>Санатты сақтау</translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation>%1 белсенсіз етілді.</translation>
    </message>
    <message>
        <source>Another program changed the menu meanwhile. Your unsaved edits are kept; Save writes them, Revert shows the menu as it now is.</source>
        <translation>Осы уақытта басқа бағдарлама мәзірді өзгертті. Сақталмаған өзгерістеріңіз қалды; «Сақтау» оларды жазады, «Болдырмау» мәзірдің қазіргі күйін көрсетеді.</translation>
    </message>
    <message>
        <source>The menu changed meanwhile. Your unsaved edits are kept; Save writes them, Revert shows the menu as it now is.</source>
        <translation>Осы уақытта мәзір өзгерді. Сақталмаған өзгерістеріңіз қалды; «Сақтау» оларды жазады, «Болдырмау» мәзірдің қазіргі күйін көрсетеді.</translation>
    </message>
    <message>
        <source>The menu could not be read: %1</source>
        <translation>Мәзірді оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (белсенді емес)</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n көрсетілген</numerusform>
            <numerusform>%n көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore (sold out today)</source>
        <translation>Қалпына келтіру (бүгін таусылды)</translation>
    </message>
    <message>
        <source>Modifiers that change nothing here:</source>
        <translation>Мұнда ештеңе өзгертпейтін модификаторлар:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1: сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <source>The new product</source>
        <translation>Жаңа тауар</translation>
    </message>
    <message>
        <source>no product yet: tick the group on a product&apos;s form</source>
        <translation>әзірге тауар жоқ: тауар пішінінде топты белгілеңіз</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 және тағы %n</numerusform>
            <numerusform>%1 және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>size &apos;%1&apos;: %2</source>
        <translation>«%1» өлшемі: %2</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Сақтайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 сақталды.</translation>
    </message>
    <message>
        <source>%1 saved. Changes nothing in: %2</source>
        <translation>%1 сақталды. Мыналарда ештеңе өзгертпейді: %2</translation>
    </message>
</context>
<context>
    <name>crema::MenuGridWidget</name>
    <message>
        <source>The menu could not be read: %1</source>
        <translation>Мәзірді оқу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>crema::OrdersDialog</name>
    <message>
        <source>Orders</source>
        <translation>Тапсырыстар</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Күшін жою</translation>
    </message>
    <message>
        <source>voided at the till</source>
        <translation>кассада күші жойылды</translation>
    </message>
    <message>
        <source>Order voided.</source>
        <translation>Тапсырыстың күші жойылды.</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Кейінге қалдырылған</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Қайтару себебі</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Қайта басып шығару</translation>
    </message>
    <message>
        <source>Tick lines to refund only those:</source>
        <translation>Тек соларды қайтару үшін жолдарды белгілеңіз:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(атаусыз)</translation>
    </message>
    <message>
        <source>Choose an order to refund.</source>
        <translation>Қайтарылатын тапсырысты таңдаңыз.</translation>
    </message>
    <message>
        <source>Refunded %1 on receipt %2.</source>
        <translation>%2 чегі бойынша %1 қайтарылды.</translation>
    </message>
</context>
<context>
    <name>crema::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Төлем</translation>
    </message>
    <message>
        <source>Amount (empty: all that is due)</source>
        <translation>Сома (бос болса — төленетін бүкіл сома)</translation>
    </message>
    <message>
        <source>Cash — exact</source>
        <translation>Қолма-қол — дәл сома</translation>
    </message>
    <message>
        <source>Cash: typed amount</source>
        <translation>Қолма-қол: енгізілген сома</translation>
    </message>
    <message>
        <source>Card approval code (from the card machine)</source>
        <translation>Карта растау коды (төлем терминалынан)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Open a shift and take this payment</source>
        <translation>Ауысым ашып, осы төлемді қабылдау</translation>
    </message>
    <message>
        <source>Cancel — back to the order</source>
        <translation>Бас тарту — тапсырысқа оралу</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Чекті басып шығару</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Келесі клиент</translation>
    </message>
    <message>
        <source>Give back what was taken</source>
        <translation>Қабылданғанды қайтару</translation>
    </message>
    <message>
        <source>Keep taking payment</source>
        <translation>Төлем қабылдауды жалғастыру</translation>
    </message>
    <message>
        <source>Given back — cancel the payment</source>
        <translation>Қайтарылды — төлемнен бас тарту</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Нөлден үлкен соманы енгізіңіз.</translation>
    </message>
    <message>
        <source>Due  %1</source>
        <translation>Төлеуге  %1</translation>
    </message>
    <message>
        <source>• %1: refund it on the card machine%2</source>
        <translation>• %1: төлем терминалында қайтарыңыз%2</translation>
    </message>
    <message>
        <source> (approval %1)</source>
        <translation> (растау коды %1)</translation>
    </message>
    <message>
        <source>• %1: hand it back from the drawer</source>
        <translation>• %1: ақша жәшігінен қайтарыңыз</translation>
    </message>
    <message>
        <source>%1 of %2 was taken. Nothing has been sold, so give it back:

%3</source>
        <translation>%2 сомасының %1 бөлігі қабылданды. Ештеңе сатылған жоқ, сондықтан қайтарыңыз:

%3</translation>
    </message>
    <message>
        <source>Cash %1</source>
        <translation>Қолма-қол %1</translation>
    </message>
    <message>
        <source>A card payment cannot be more than what is due (%1).</source>
        <translation>Картамен төлем төленетін сомадан (%1) көп бола алмайды.</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Карта %1</translation>
    </message>
    <message>
        <source>Change  %1</source>
        <translation>Қайтарым  %1</translation>
    </message>
    <message>
        <source>Paid  %1</source>
        <translation>Төленді  %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Чек %1</translation>
    </message>
    <message>
        <source> · %1 points earned</source>
        <translation> · %1 ұпай жинақталды</translation>
    </message>
</context>
<context>
    <name>crema::PinPromptDialog</name>
    <message>
        <source>Manager authorisation</source>
        <translation>Менеджер рұқсаты</translation>
    </message>
    <message>
        <source>A manager can allow it with their PIN:</source>
        <translation>Менеджер өз PIN кодымен рұқсат бере алады:</translation>
    </message>
    <message>
        <source>Authorise</source>
        <translation>Рұқсат беру</translation>
    </message>
    <message>
        <source>Sign in to HQ</source>
        <translation>Орталыққа кіру</translation>
    </message>
    <message>
        <source>Your PIN:</source>
        <translation>PIN кодыңыз:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
</context>
<context>
    <name>crema::PosWidget</name>
    <message>
        <source>Search or scan a barcode  (Ctrl+F)</source>
        <translation>Іздеу немесе штрихкодты сканерлеу  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add customer  (Ctrl+U)</source>
        <translation>Клиент қосу  (Ctrl+U)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Аралық жиын</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Жеңілдіктер</translation>
    </message>
    <message>
        <source>incl. tax</source>
        <translation>ҚҚС қоса</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>ҚҚС</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Жеңілдік</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Park the order under a name (Ctrl+H)</source>
        <translation>Тапсырысты атаумен кейінге қалдыру (Ctrl+H)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Тапсырыстар</translation>
    </message>
    <message>
        <source>Parked and today&apos;s orders, refunds, reprints (Ctrl+O)</source>
        <translation>Кейінге қалдырылған және бүгінгі тапсырыстар, қайтарулар, қайта басып шығару (Ctrl+O)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ауысым</translation>
    </message>
    <message>
        <source>Open or close the shift, cash in and out, X report</source>
        <translation>Ауысымды ашу не жабу, ақша салу мен алу, X-есеп</translation>
    </message>
    <message>
        <source>Pay  (F12)</source>
        <translation>Төлеу  (F12)</translation>
    </message>
    <message>
        <source>Pay  %1</source>
        <translation>Төлеу  %1</translation>
    </message>
    <message>
        <source>%1 — change  (Ctrl+U)</source>
        <translation>%1 — өзгерту  (Ctrl+U)</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>«%1» сәйкес тауар жоқ.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>«%1» бойынша ештеңе табылмады.</translation>
    </message>
    <message>
        <source>Discount on the whole order: a percentage like 10% or an amount like 2.50</source>
        <translation>Бүкіл тапсырысқа жеңілдік: 10% сияқты пайыз немесе 2.50 сияқты сома</translation>
    </message>
    <message>
        <source>The order is empty.</source>
        <translation>Тапсырыс бос.</translation>
    </message>
    <message>
        <source>Receipt %1 paid.</source>
        <translation>%1 чегі төленді.</translation>
    </message>
    <message>
        <source>Payment cancelled; given back: %1. The order is still here.</source>
        <translation>Төлемнен бас тартылды; қайтарылды: %1. Тапсырыс әлі осында.</translation>
    </message>
    <message>
        <source>No shift is open on this till. Count the float into the drawer and open a shift; then this payment goes on.</source>
        <translation>Бұл кассада ашық ауысым жоқ. Ұсақ ақшаны жәшікке санап салып, ауысым ашыңыз; содан кейін бұл төлем жалғасады.</translation>
    </message>
    <message>
        <source>No shift is open on this till. Count the float into the drawer and open a shift; then this refund goes on.</source>
        <translation>Бұл кассада ашық ауысым жоқ. Ұсақ ақшаны жәшікке санап салып, ауысым ашыңыз; содан кейін бұл қайтару жалғасады.</translation>
    </message>
    <message>
        <source>Park the order</source>
        <translation>Тапсырысты кейінге қалдыру</translation>
    </message>
    <message>
        <source>A name to find it by (table 4, Anna):</source>
        <translation>Оны табуға арналған атау (4-үстел, Анна):</translation>
    </message>
    <message>
        <source>Parked as “%1”.</source>
        <translation>«%1» ретінде кейінге қалдырылды.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(атаусыз)</translation>
    </message>
    <message>
        <source>#%1 ready</source>
        <translation>№ %1 дайын</translation>
    </message>
    <message>
        <source>#%1 %2 ready</source>
        <translation>№ %1 %2 дайын</translation>
    </message>
    <message>
        <source>Order ready at the pass. Touch when it has been handed over.</source>
        <translation>Тапсырыс беру орнында дайын. Берілген соң басыңыз.</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>тағы +%1</translation>
    </message>
    <message>
        <source>%1 is sold out today (86). Hold its tile to put it back on sale.</source>
        <translation>%1 бүгін таусылды (86). Қайта сатылымға қою үшін тақтайшасын басып тұрыңыз.</translation>
    </message>
    <message>
        <source>%1 is back on sale.</source>
        <translation>%1 қайтадан сатылымда.</translation>
    </message>
    <message>
        <source>%1 is sold out until the end of the day. Hold its tile again to undo.</source>
        <translation>%1 күн соңына дейін таусылды. Болдырмау үшін тақтайшасын қайта басып тұрыңыз.</translation>
    </message>
</context>
<context>
    <name>crema::ProductTileDelegate</name>
    <message>
        <source>from %1</source>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Таусылды</translation>
    </message>
</context>
<context>
    <name>crema::ReceiptOutput</name>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Чек принтерге жіберілді.</translation>
    </message>
    <message>
        <source>The receipt printer did not print: %1</source>
        <translation>Чек принтері басып шығармады: %1</translation>
    </message>
    <message>
        <source>Receipt sent to %1.</source>
        <translation>Чек %1 құрылғысына жіберілді.</translation>
    </message>
    <message>
        <source>Receipt saved as %1.</source>
        <translation>Чек %1 ретінде сақталды.</translation>
    </message>
</context>
<context>
    <name>crema::RewardListModel</name>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>белсенді емес</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Сыйлық</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Ұпай</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Береді</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>crema::RewardsWidget</name>
    <message>
        <source>Reward</source>
        <translation>Сыйлық</translation>
    </message>
    <message>
        <source>A free item from a category</source>
        <translation>Санаттан тегін тауар</translation>
    </message>
    <message>
        <source>A free product</source>
        <translation>Тегін тауар</translation>
    </message>
    <message>
        <source>An amount off the order</source>
        <translation>Тапсырыстан сома жеңілдігі</translation>
    </message>
    <message>
        <source>A percentage off the order</source>
        <translation>Тапсырыстан пайыздық жеңілдік</translation>
    </message>
    <message>
        <source>Offered at the till</source>
        <translation>Кассада ұсынылады</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Ұпай</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Береді</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Белсенсіз ету</translation>
    </message>
    <message>
        <source>Rewards could not be read: %1</source>
        <translation>Сыйлықтарды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Пайыздық жеңілдік</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Сома жеңілдігі</translation>
    </message>
    <message>
        <source>10 or 12.5</source>
        <translation>10 немесе 12.5</translation>
    </message>
    <message>
        <source>2.50</source>
        <translation>2.50</translation>
    </message>
    <message>
        <source>Type the percentage off, such as 10 or 12.5.</source>
        <translation>Жеңілдік пайызын енгізіңіз, мыс. 10 немесе 12.5.</translation>
    </message>
    <message>
        <source>Type the amount off, such as 2.50.</source>
        <translation>Жеңілдік сомасын енгізіңіз, мыс. 2.50.</translation>
    </message>
    <message>
        <source>Only the owner may change rewards (%1).</source>
        <translation>Сыйлықтарды тек иесі өзгерте алады (%1).</translation>
    </message>
    <message>
        <source>Saved: %1, %2.</source>
        <translation>Сақталды: %1, %2.</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>%1 енді ұсынылмайды.</translation>
    </message>
</context>
<context>
    <name>crema::SettingsWidget</name>
    <message>
        <source>Receipt printer</source>
        <translation>Чек принтері</translation>
    </message>
    <message>
        <source>Receipt width (characters)</source>
        <translation>Чек ені (таңба)</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>Чек тақырыбы</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Чек соңындағы мәтін</translation>
    </message>
    <message>
        <source>Lock after idle (seconds)</source>
        <translation>Әрекетсіздіктен кейін құлыптау (секунд)</translation>
    </message>
    <message>
        <source>Cashier discount limit (basis points)</source>
        <translation>Кассир жеңілдігінің шегі (базистік пункт)</translation>
    </message>
    <message>
        <source>Points per 1.00 spent</source>
        <translation>Жұмсалған әр 1.00 үшін ұпай</translation>
    </message>
    <message>
        <source>Serve kitchen screens on</source>
        <translation>Асхана экрандарына арналған адрес</translation>
    </message>
    <message>
        <source>Follow these tills</source>
        <translation>Осы кассаларды бақылау</translation>
    </message>
    <message>
        <source>Store secret</source>
        <translation>Дүкеннің құпия кілті</translation>
    </message>
    <message>
        <source>Stations shown here</source>
        <translation>Мұнда көрсетілетін бөлімдер</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Чектер</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Адалдық бағдарламасы</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Асхана</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Сынақ басып шығару</translation>
    </message>
    <message>
        <source>Test print failed: %1</source>
        <translation>Сынақ басып шығару сәтсіз: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Әдепкі</translation>
    </message>
    <message>
        <source>Back to the default: %1</source>
        <translation>Әдепкіге қайтару: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>орнатылмаған</translation>
    </message>
    <message>
        <source>set (type a new one to change it)</source>
        <translation>орнатылған (өзгерту үшін жаңасын енгізіңіз)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>әдепкі</translation>
    </message>
    <message>
        <source>a stored value was not valid and is ignored</source>
        <translation>сақталған мән жарамсыз, ескерілмейді</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <source>Language of this till</source>
        <translation>Осы кассаның тілі</translation>
    </message>
</context>
<context>
    <name>crema::ShiftDialog</name>
    <message>
        <source>Shift</source>
        <translation>Ауысым</translation>
    </message>
    <message>
        <source>Amount, e.g. 100.00</source>
        <translation>Сома, мыс. 100.00</translation>
    </message>
    <message>
        <source>Reason (for cash in or out)</source>
        <translation>Себебі (ақша салу не алу үшін)</translation>
    </message>
    <message>
        <source>Open shift with this float</source>
        <translation>Ауысымды осы ұсақ ақшамен ашу</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Ақша салу</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Ақша алу</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-есеп</translation>
    </message>
    <message>
        <source>Close shift: this is the cash counted</source>
        <translation>Ауысымды жабу: бұл саналған қолма-қол ақша</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Есепті басып шығару</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shift open&lt;/b&gt; since %1, by %2, float %3</source>
        <translation>&lt;b&gt;Ауысым ашық&lt;/b&gt;: %1 бастап, ашқан %2, ұсақ ақша %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;No shift open.&lt;/b&gt; Count the float into the drawer and open one.</source>
        <translation>&lt;b&gt;Ашық ауысым жоқ.&lt;/b&gt; Ұсақ ақшаны жәшікке санап салып, ауысым ашыңыз.</translation>
    </message>
    <message>
        <source>Shift opened.</source>
        <translation>Ауысым ашылды.</translation>
    </message>
    <message>
        <source>Cash %1 recorded.</source>
        <translation>%1 қолма-қол операциясы жазылды.</translation>
    </message>
    <message>
        <source>Shift closed. The drawer is right.</source>
        <translation>Ауысым жабылды. Касса сәйкес келеді.</translation>
    </message>
    <message>
        <source>Shift closed. The drawer is %1 short.</source>
        <translation>Ауысым жабылды. Кассада %1 жетіспейді.</translation>
    </message>
    <message>
        <source>Shift closed. The drawer is %1 over.</source>
        <translation>Ауысым жабылды. Кассада %1 артық.</translation>
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
        <translation>Иесі</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Белсенді емес</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>crema::StaffPinDialog</name>
    <message>
        <source>Current PIN</source>
        <translation>Ағымдағы PIN код</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits)</source>
        <translation>Жаңа PIN код (4–8 цифр)</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Жаңа PIN кодты қайталаңыз</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN кодты орнату</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>PIN кодымды өзгерту</translation>
    </message>
    <message>
        <source>%1: type your current PIN, then the new one twice.</source>
        <translation>%1: ағымдағы PIN кодыңызды, содан кейін жаңасын екі рет енгізіңіз.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same; type them again.</source>
        <translation>Екі жаңа PIN код сәйкес емес; қайта енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>crema::StaffWidget</name>
    <message>
        <source>Show inactive</source>
        <translation>Белсенді еместерді көрсету</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Қызметкер қосу…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Рөлді өзгерту…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Белсенсіз ету</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>PIN кодты ауыстыру…</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>PIN кодымды өзгерту…</translation>
    </message>
    <message>
        <source>%1 active · %2 inactive</source>
        <translation>%1 белсенді · %2 белсенді емес</translation>
    </message>
    <message>
        <source>Staff could not be read: %1</source>
        <translation>Қызметкерлерді оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Қайта белсендіру…</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 қосылды, рөлі: %2.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Рөлді өзгерту</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>%1 үшін жаңа рөл:</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 енді: %2.</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>%1: қайта белсендіру</translation>
    </message>
    <message>
        <source>%1 comes back with a new PIN (their old one may be someone else&apos;s by now).</source>
        <translation>%1 жаңа PIN кодпен оралады (ескісі қазір басқа біреудікі болуы мүмкін).</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 қайтадан белсенді.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>%1: белсенсіз ету</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to log in; their sales and history stay.</source>
        <translation>%1 белсенсіз етілсін бе? Ол енді жүйеге кіре алмайды; сатылымдары мен тарихы сақталады.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 белсенсіз етілді.</translation>
    </message>
    <message>
        <source>Reset %1&apos;s PIN</source>
        <translation>%1: PIN кодты ауыстыру</translation>
    </message>
    <message>
        <source>Type a new PIN for %1 twice. Any lock on their login is lifted.</source>
        <translation>%1 үшін жаңа PIN кодты екі рет енгізіңіз. Кіру құлпы алынады.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 жаңа PIN код алды.</translation>
    </message>
    <message>
        <source>Your PIN is changed.</source>
        <translation>PIN кодыңыз өзгертілді.</translation>
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
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Amber after</source>
        <translation>Сарыға өту</translation>
    </message>
    <message>
        <source>Red after</source>
        <translation>Қызылға өту</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Ашық тапсырыстар</translation>
    </message>
</context>
<context>
    <name>crema::StationsWidget</name>
    <message>
        <source>Station</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Amber after</source>
        <translation>Сарыға өту</translation>
    </message>
    <message>
        <source>Red after</source>
        <translation>Қызылға өту</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Атын өзгерту</translation>
    </message>
    <message>
        <source>Save timing</source>
        <translation>Уақытты сақтау</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Stations could not be read: %1</source>
        <translation>Бөлімдерді оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Only the owner may change kitchen stations (%1).</source>
        <translation>Асхана бөлімдерін тек иесі өзгерте алады (%1).</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 қосылды.</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>Жаңа атауы: %1.</translation>
    </message>
    <message>
        <source>Renamed to %1; %2 now send their items there.</source>
        <translation>Жаңа атауы: %1; %2 енді тауарларын осында жібереді.</translation>
    </message>
    <message>
        <source>%1: amber after %2 s, red after %3 s.</source>
        <translation>%1: %2 с кейін сары, %3 с кейін қызыл.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 өшірілді.</translation>
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
        <translation>Ереже</translation>
    </message>
    <message>
        <source>Bought as</source>
        <translation>Сатып алу бірлігі</translation>
    </message>
    <message>
        <source>Filter ingredients</source>
        <translation>Ингредиенттерді сүзу</translation>
    </message>
    <message>
        <source>New ingredient</source>
        <translation>Жаңа ингредиент</translation>
    </message>
    <message>
        <source>grams (g)</source>
        <translation>грамм (g)</translation>
    </message>
    <message>
        <source>millilitres (ml)</source>
        <translation>миллилитр (ml)</translation>
    </message>
    <message>
        <source>pieces (pc)</source>
        <translation>дана (pc)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Есеп бірлігі</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Белсенсіз ету</translation>
    </message>
    <message>
        <source>Levels in %1</source>
        <translation>Деңгейлер: %1</translation>
    </message>
    <message>
        <source>Allow sales past stock</source>
        <translation>Қалдықтан артық сатуға рұқсат ету</translation>
    </message>
    <message>
        <source>Block sales past stock</source>
        <translation>Қалдықтан артық сатуға тыйым салу</translation>
    </message>
    <message>
        <source>e.g. 5 kg</source>
        <translation>мыс. 5 kg</translation>
    </message>
    <message>
        <source>e.g. 1 kg</source>
        <translation>мыс. 1 kg</translation>
    </message>
    <message>
        <source>Par level</source>
        <translation>Норма деңгейі</translation>
    </message>
    <message>
        <source>Critical level</source>
        <translation>Шекті деңгей</translation>
    </message>
    <message>
        <source>Save levels</source>
        <translation>Деңгейлерді сақтау</translation>
    </message>
    <message>
        <source>e.g. case of 6 x 1 l</source>
        <translation>мыс. 6 x 1 l қорап</translation>
    </message>
    <message>
        <source>e.g. 6 x 1 l</source>
        <translation>мыс. 6 x 1 l</translation>
    </message>
    <message>
        <source>e.g. 10.80</source>
        <translation>мыс. 10.80</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Жеткізуші</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Ішіндегісі</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Өзіндік құн</translation>
    </message>
    <message>
        <source>Supplier SKU</source>
        <translation>Жеткізуші SKU</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Save unit</source>
        <translation>Бірлікті сақтау</translation>
    </message>
    <message>
        <source>Deactivate unit</source>
        <translation>Бірлікті белсенсіз ету</translation>
    </message>
    <message>
        <source>Stock items could not be read: %1</source>
        <translation>Қойма тауарларын оқу мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ingredient(s)</source>
        <translation>
            <numerusform>%n ингредиент</numerusform>
            <numerusform>%n ингредиент</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n inactive</source>
        <translation>
            <numerusform>, %n белсенді емес</numerusform>
            <numerusform>, %n белсенді емес</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipes or stock movements use it: the unit cannot change</source>
        <translation>Оны рецептер не қойма қозғалыстары пайдаланады: бірлікті өзгерту мүмкін емес</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>%1 = %2 from %3, %4</source>
        <translation>%1 = %2, жеткізуші %3, %4</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(белсенді емес)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Deleted: nothing used it.</source>
        <translation>Жойылды: оны ештеңе пайдаланбаған.</translation>
    </message>
    <message>
        <source>Levels saved.</source>
        <translation>Деңгейлер сақталды.</translation>
    </message>
    <message>
        <source>Add a supplier first (Suppliers tab).</source>
        <translation>Алдымен жеткізуші қосыңыз («Жеткізушілер» қойындысы).</translation>
    </message>
</context>
<context>
    <name>crema::StockModel</name>
    <message>
        <source>Block sales</source>
        <translation>Сатуға тыйым салу</translation>
    </message>
    <message>
        <source>Allow negative</source>
        <translation>Минусқа рұқсат беру</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Below par</source>
        <translation>Нормадан төмен</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Шекті</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ингредиент</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Қолда бар</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>When out</source>
        <translation>Біткенде</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Жеткізуші</translation>
    </message>
</context>
<context>
    <name>crema::StockWidget</name>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Stock could not be read: %1</source>
        <translation>Қойманы оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>%1 ingredients · %2 out · %3 critical · %4 below par</source>
        <translation>%1 ингредиент · %2 таусылды · %3 шекті деңгейде · %4 нормадан төмен</translation>
    </message>
</context>
<context>
    <name>crema::StoreDetailsWidget</name>
    <message>
        <source>Store details</source>
        <translation>Дүкен деректері</translation>
    </message>
    <message>
        <source>The name and address printed on receipts, and how this store writes money, dates and times.</source>
        <translation>Чектерде басылатын атау мен мекенжай және бұл дүкеннің ақшаны, күндер мен уақытты жазу тәсілі.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>As printed at the top of receipts: up to 5 lines</source>
        <translation>Чектің жоғарғы жағында басылатындай: 5 жолдан аспайды</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Money and dates written as</source>
        <translation>Ақша мен күн пішімі</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <source>no decimals</source>
        <translation>ондық таңбасыз</translation>
    </message>
    <message numerus="yes">
        <source>%n decimals</source>
        <translation>
            <numerusform>%n ондық таңба</numerusform>
            <numerusform>%n ондық таңба</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Menu prices include tax</source>
        <translation>Мәзір бағаларына ҚҚС кіреді</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>ҚҚС</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Back to the details as saved</source>
        <translation>Сақталған деректерге қайту</translation>
    </message>
    <message>
        <source>The store&apos;s details could not be read: %1</source>
        <translation>Дүкен деректерін оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The store&apos;s orders could not be counted: %1</source>
        <translation>Дүкеннің тапсырыстарын санау мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>The currency and whether prices include tax can no longer change: the store has %Ln order(s), and reports and refunds would mix amounts recorded one way with the other. A new way of pricing needs a new file.</source>
        <translation>
            <numerusform>Валютаны және бағаларға ҚҚС-тың кіретінін енді өзгерту мүмкін емес: дүкенде %Ln тапсырыс бар, ал есептер мен қайтарымдар әртүрлі жазылған сомаларды араластырар еді. Басқа баға белгілеу тәсілі үшін жаңа файл керек.</numerusform>
            <numerusform>Валютаны және бағаларға ҚҚС-тың кіретінін енді өзгерту мүмкін емес: дүкенде %Ln тапсырыс бар, ал есептер мен қайтарымдар әртүрлі жазылған сомаларды араластырар еді. Басқа баға белгілеу тәсілі үшін жаңа файл керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The till shows the new details when it next locks.</source>
        <translation>Сақталды. Касса жаңа деректерді келесі құлыпталғанда көрсетеді.</translation>
    </message>
</context>
<context>
    <name>crema::SupplierModel</name>
    <message>
        <source>any day</source>
        <translation>кез келген күні</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Жеткізуші</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Жеткізу мерзімі</translation>
    </message>
    <message>
        <source>Delivers</source>
        <translation>Жеткізеді</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
</context>
<context>
    <name>crema::SuppliersWidget</name>
    <message>
        <source>Contact</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Жеткізу мерзімі</translation>
    </message>
    <message>
        <source>Filter suppliers</source>
        <translation>Жеткізушілерді сүзу</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Жаңа жеткізуші</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>e.g. 50.00</source>
        <translation>мыс. 50.00</translation>
    </message>
    <message>
        <source>Order by</source>
        <translation>Соңғы тапсырыс</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Ең аз тапсырыс</translation>
    </message>
    <message>
        <source>Delivers on</source>
        <translation>Жеткізу күндері</translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation>Соңғы мерзім</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Белсенсіз ету</translation>
    </message>
    <message>
        <source>Suppliers could not be read: %1</source>
        <translation>Жеткізушілерді оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>crema::TaxRateListModel</name>
    <message>
        <source>Tax rate</source>
        <translation>Салық мөлшерлемесі</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Мөлшерлеме</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Қолданатындар</translation>
    </message>
</context>
<context>
    <name>crema::TaxesWidget</name>
    <message>
        <source>Tax rate</source>
        <translation>Салық мөлшерлемесі</translation>
    </message>
    <message>
        <source>20 or 5.5</source>
        <translation>20 немесе 5.5</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Мөлшерлеме (%)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Categories at this rate</source>
        <translation>Осы мөлшерлемедегі санаттар</translation>
    </message>
    <message>
        <source>Move ticked categories here</source>
        <translation>Белгіленген санаттарды осында ауыстыру</translation>
    </message>
    <message>
        <source>Tax rates could not be read: %1</source>
        <translation>Салық мөлшерлемелерін оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (белсенді емес)</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Рұқсат етілмейді: %1</translation>
    </message>
    <message>
        <source>Type the rate as a percentage from 0 to 100, such as 20 or 5.5.</source>
        <translation>Мөлшерлемені 0-ден 100-ге дейінгі пайызбен енгізіңіз, мыс. 20 немесе 5.5.</translation>
    </message>
    <message>
        <source>Saved %1 at %2.</source>
        <translation>%1 сақталды: %2.</translation>
    </message>
    <message>
        <source>Tick the categories to move to this rate.</source>
        <translation>Осы мөлшерлемеге ауыстырылатын санаттарды белгілеңіз.</translation>
    </message>
    <message>
        <source>Moved to this rate: %1.</source>
        <translation>Осы мөлшерлемеге ауыстырылды: %1.</translation>
    </message>
</context>
<context>
    <name>crema::TimeZonePicker</name>
    <message>
        <source>Type to search, e.g. Paris</source>
        <translation>Іздеу үшін теріңіз, мыс. Almaty</translation>
    </message>
</context>
<context>
    <name>crema::WelcomeWidget</name>
    <message>
        <source>Welcome to Crema</source>
        <translation>Crema-ға қош келдіңіз</translation>
    </message>
    <message>
        <source>There is no café in %1 yet. Create yours, or look around the demo café first.</source>
        <translation>%1 ішінде әлі кафе жоқ. Өз кафеңізді құрыңыз немесе алдымен демо кафені қарап шығыңыз.</translation>
    </message>
    <message>
        <source>Create a café</source>
        <translation>Кафе құру</translation>
    </message>
    <message>
        <source>Your café</source>
        <translation>Сіздің кафеңіз</translation>
    </message>
    <message>
        <source>e.g. Bean There</source>
        <translation>мыс. Bean There</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>As printed on receipts, one line each</source>
        <translation>Чекте басылатындай, әрқайсысы бір жолда</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>no decimals</source>
        <translation>ондық таңбасыз</translation>
    </message>
    <message numerus="yes">
        <source>%n decimals</source>
        <translation>
            <numerusform>%n ондық таңба</numerusform>
            <numerusform>%n ондық таңба</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Include tax</source>
        <translation>Салықты қамтиды</translation>
    </message>
    <message>
        <source>Tax added at the till</source>
        <translation>Салық кассада қосылады</translation>
    </message>
    <message>
        <source>Menu prices</source>
        <translation>Мәзір бағалары</translation>
    </message>
    <message>
        <source>Time and language</source>
        <translation>Уақыт және тіл</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <source>Money and dates written as</source>
        <translation>Ақша мен күн пішімі</translation>
    </message>
    <message>
        <source>Language of this till</source>
        <translation>Осы кассаның тілі</translation>
    </message>
    <message>
        <source>Owner and first till</source>
        <translation>Иесі және алғашқы касса</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Атыңыз</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Иесінің аты</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4–8 цифр</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>Иесінің PIN коды</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Сол PIN кодты қайталаңыз</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN кодты қайталаңыз</translation>
    </message>
    <message>
        <source>This till&apos;s name</source>
        <translation>Осы кассаның атауы</translation>
    </message>
    <message>
        <source>Create the café</source>
        <translation>Кафені құру</translation>
    </message>
    <message>
        <source>Just looking?</source>
        <translation>Жай қарап жүрсіз бе?</translation>
    </message>
    <message>
        <source>The demo café has a menu, staff and 13 weeks of sales (PINs: cashier 1111, barista 2222, manager 3333, owner 4444). It is kept in its own file, %1, so %2 stays free for your café.</source>
        <translation>Демо кафеде мәзір, қызметкерлер және 13 апталық сату бар (PIN кодтар: кассир 1111, бариста 2222, менеджер 3333, иесі 4444). Ол жеке %1 файлында сақталады, сондықтан %2 сіздің кафеңіз үшін бос қалады.</translation>
    </message>
    <message>
        <source>Open the demo café</source>
        <translation>Демо кафені ашу</translation>
    </message>
    <message>
        <source>Make the demo café</source>
        <translation>Демо кафені жасау</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Касса 1</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Екі PIN код сәйкес емес.</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Қызылмен белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <source>The demo café cannot be made: Crema&apos;s command-line tool was not found at %1. Install cremactl beside crema, or create your own café above.</source>
        <translation>Демо кафені жасау мүмкін емес: Crema пәрмен жолы құралы %1 жолында табылмады. cremactl құралын crema жанына орнатыңыз немесе жоғарыда өз кафеңізді құрыңыз.</translation>
    </message>
    <message>
        <source>Making the demo café: menu, stock, staff and 13 weeks of sales. This takes a few seconds…</source>
        <translation>Демо кафе жасалуда: мәзір, қойма, қызметкерлер және 13 апталық сату. Бұл бірнеше секунд алады…</translation>
    </message>
    <message>
        <source>The demo café could not be made: %1</source>
        <translation>Демо кафені жасау мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database file (default: $CREMA_DB, else $XDG_DATA_HOME/crema/crema.db, else ~/.local/share/crema/crema.db).</source>
        <translation>Дерекқор файлы (әдепкі: $CREMA_DB, болмаса $XDG_DATA_HOME/crema/crema.db, болмаса ~/.local/share/crema/crema.db).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Window size, e.g. 1024x768 (default: maximised).</source>
        <translation>Терезе өлшемі, мыс. 1024x768 (әдепкі: жайылған).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>ЕxБ</translation>
    </message>
    <message>
        <source>Kitchen screen mode: full screen tickets only, no login (for a PC at the pass).</source>
        <translation>Асхана экраны режимі: тек толық экрандағы тапсырыстар, кірусіз (беру орнындағы компьютер үшін).</translation>
    </message>
    <message>
        <source>Crema point of sale, kitchen display and back office.</source>
        <translation>Crema: касса, асхана экраны және басқару.</translation>
    </message>
    <message>
        <source>Crema</source>
        <translation>Crema</translation>
    </message>
    <message>
        <source>Crema cannot open its database.

%1</source>
        <translation>Crema дерекқорын аша алмайды.

%1</translation>
    </message>
    <message>
        <source>Crema Kitchen — %1</source>
        <translation>Crema Асхана — %1</translation>
    </message>
</context>
</TS>
