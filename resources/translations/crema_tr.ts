<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>QObject</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Tarih ve saat</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Birim fiyat</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>Satır tutarı</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Sipariş numarası</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Ödeme</translation>
    </message>
    <message>
        <source>Not authorised: %1</source>
        <translation>Yetkisiz: %1</translation>
    </message>
    <message>
        <source>choose 1</source>
        <translation>1 tane seçin</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>isteğe bağlı</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>en fazla %1</translation>
    </message>
    <message>
        <source>choose %1 to %2</source>
        <translation>%1 ile %2 arası seçin</translation>
    </message>
    <message>
        <source>Crema — Welcome</source>
        <translation>Crema — Hoş geldiniz</translation>
    </message>
</context>
<context>
    <name>crema::AddStaffDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Kişi ekle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (4–8 hane)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN tekrar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>The two PINs are not the same; type them again.</source>
        <translation>İki PIN aynı değil; tekrar girin.</translation>
    </message>
</context>
<context>
    <name>crema::CartDelegate</name>
    <message>
        <source>discount</source>
        <translation>indirim</translation>
    </message>
</context>
<context>
    <name>crema::ChainScope</name>
    <message>
        <source>Whole chain (HQ)</source>
        <translation>Tüm zincir (merkez)</translation>
    </message>
    <message>
        <source>%1 (HQ)</source>
        <translation>%1 (merkez)</translation>
    </message>
</context>
<context>
    <name>crema::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>Rakamları tablo olarak göster</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the numbers as a CSV file</source>
        <translation>Rakamları CSV dosyası olarak kaydet</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Save %1 as CSV</source>
        <translation>%1 CSV olarak kaydet</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>CSV not saved</source>
        <translation>CSV kaydedilmedi</translation>
    </message>
</context>
<context>
    <name>crema::CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Phone number or name</source>
        <translation>Telefon numarası veya ad</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Yeni müşteri</translation>
    </message>
    <message>
        <source>Agrees to receive offers by SMS</source>
        <translation>SMS ile kampanya almayı kabul ediyor</translation>
    </message>
    <message>
        <source>Add and attach</source>
        <translation>Ekle ve bağla</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>E-posta (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Find a customer, or add a new one.</source>
        <translation>Bir müşteri bulun veya yenisini ekleyin.</translation>
    </message>
    <message>
        <source>Attach to order</source>
        <translation>Siparişe bağla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 eklendi.</translation>
    </message>
</context>
<context>
    <name>crema::DashboardWidget</name>
    <message>
        <source>no change</source>
        <translation>değişim yok</translation>
    </message>
    <message>
        <source>none in the previous period</source>
        <translation>önceki dönemde yok</translation>
    </message>
    <message>
        <source>%1 %2 % vs previous</source>
        <translation>önceki döneme göre %1 %%2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Hafta</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Çeyrek</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Özel aralık</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tüm mağazalar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>Rakamları yeniden oku</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF&apos;e aktar…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ciro</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Siparişler</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Ortalama fiş</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Satılan ürünler</translation>
    </message>
    <message>
        <source>Revenue over time</source>
        <translation>Zaman içinde ciro</translation>
    </message>
    <message>
        <source>Orders by weekday and hour</source>
        <translation>Gün ve saate göre siparişler</translation>
    </message>
    <message>
        <source>Top 10 products</source>
        <translation>En çok satan 10 ürün</translation>
    </message>
    <message>
        <source>Share by category</source>
        <translation>Kategoriye göre pay</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Ödeme yöntemleri</translation>
    </message>
    <message>
        <source>Discounts and refunds</source>
        <translation>İndirimler ve iadeler</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Sadakat</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Rakamlar okunamadı: %1</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Aralık başlamadan bitiyor.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 okunuyor…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2 · compared with %3</source>
        <translation>%1 · %2 · %3 ile karşılaştırma</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ciro (%1)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 bazında</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>İndirimler</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>İadeler</translation>
    </message>
    <message numerus="yes">
        <source>%n imported order(s) without a time</source>
        <translation>
            <numerusform>Saati olmayan %n içe aktarılmış sipariş</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Ödemeler</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Alınan</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Geri ödenen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Nakit</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <source>Refunds given</source>
        <translation>Yapılan iadeler</translation>
    </message>
    <message>
        <source>%1 discounts, %2 refunds</source>
        <translation>%1 indirim, %2 iade</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Bu dönem</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Önceki</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Kazanılan</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Kullanılan</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n aktif üye</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Kazanılan puan</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Kullanılan puan</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Aktif üyeler</translation>
    </message>
    <message>
        <source>Crema dashboard</source>
        <translation>Crema gösterge paneli</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 yazılamıyor</translation>
    </message>
    <message>
        <source>%1 — sales dashboard</source>
        <translation>%1 — satış gösterge paneli</translation>
    </message>
    <message>
        <source>Export the dashboard as PDF</source>
        <translation>Gösterge panelini PDF olarak dışa aktar</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF kaydedilmedi</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 kaydedildi</translation>
    </message>
    <message>
        <source>%1, your PIN: HQ checks it before it shows the chain&apos;s figures.</source>
        <translation>%1, PIN&apos;iniz: merkez zincirin rakamlarını göstermeden önce onu doğrular.</translation>
    </message>
    <message>
        <source>The chain&apos;s figures need your PIN.</source>
        <translation>Zincirin rakamları için PIN&apos;iniz gerekli.</translation>
    </message>
    <message>
        <source>Asking HQ for %1…</source>
        <translation>Merkezden isteniyor: %1…</translation>
    </message>
</context>
<context>
    <name>crema::ForecastWidget</name>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>Best per product (auto)</source>
        <translation>Ürün başına en iyisi (otomatik)</translation>
    </message>
    <message>
        <source>Same weekday, 4 weeks (seed)</source>
        <translation>Aynı gün, 4 hafta (başlangıç)</translation>
    </message>
    <message>
        <source>Recent weeks weigh more</source>
        <translation>Son haftalar daha ağır basar</translation>
    </message>
    <message>
        <source>Same weekday, 8 weeks</source>
        <translation>Aynı gün, 8 hafta</translation>
    </message>
    <message>
        <source>Recent level × weekday shape</source>
        <translation>Son düzey × gün profili</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>for</source>
        <translation>süre</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <source>Could not forecast: %1</source>
        <translation>Tahmin yapılamadı: %1</translation>
    </message>
    <message>
        <source>Not enough sales history yet to say how far to trust the forecast.</source>
        <translation>Tahmine ne kadar güvenileceğini söylemek için henüz yeterli satış geçmişi yok.</translation>
    </message>
    <message>
        <source>How far to trust it: over the 8 weeks before %1, a day&apos;s forecast was off by %2 of what sold (WAPE, all products).</source>
        <translation>Güvenilirlik: %1 öncesindeki 8 haftada bir günlük tahmin satılanın %2 kadar saptı (WAPE, tüm ürünler).</translation>
    </message>
    <message>
        <source>%1 to %2: %3 ingredient(s) short of the forecast, %4 with less than 1.5 times it.</source>
        <translation>%1 – %2: %3 malzeme tahminin altında, %4 malzeme tahminin 1,5 katından az.</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Malzeme</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Eldeki</translation>
    </message>
    <message>
        <source>Forecast use</source>
        <translation>Tahmini kullanım</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation>Önerilen sipariş</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Tahmin</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Günlük</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>%1: sold and forecast, the last 8 weeks</source>
        <translation>%1: satış ve tahmin, son 8 hafta</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Satılan</translation>
    </message>
    <message>
        <source>Forecast a day ahead</source>
        <translation>Bir gün önceden tahmin</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <source>%1, your PIN: HQ checks it before it shows the chain&apos;s figures.</source>
        <translation>%1, PIN&apos;iniz: merkez zincirin rakamlarını göstermeden önce onu doğrular.</translation>
    </message>
</context>
<context>
    <name>crema::ImportSalesDialog</name>
    <message>
        <source>Import sales history</source>
        <translation>Satış geçmişini içe aktar</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Dosya seç…</translation>
    </message>
    <message>
        <source>A CSV export from your old till: one row per item sold.</source>
        <translation>Eski kasanızdan bir CSV dışa aktarımı: satılan her ürün için bir satır.</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>algılandı</translation>
    </message>
    <message>
        <source>Qt notation, e.g. dd-MM-yyyy or M/d/yyyy</source>
        <translation>Qt gösterimi, ör. dd-MM-yyyy veya M/d/yyyy</translation>
    </message>
    <message>
        <source>e.g. H:mm:ss or h:mm AP</source>
        <translation>ör. H:mm:ss veya h:mm AP</translation>
    </message>
    <message>
        <source>e.g. M/d/yyyy H:mm</source>
        <translation>ör. M/d/yyyy H:mm</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Tarih biçimi</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>Saat biçimi</translation>
    </message>
    <message>
        <source>Date-time format</source>
        <translation>Tarih-saat biçimi</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the others</source>
        <translation>Geçerli satırları içe aktar, diğerlerini atla</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>Sales history to import</source>
        <translation>İçe aktarılacak satış geçmişi</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV dosyaları (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n satır</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(dosyada yok)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Birim fiyat</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Ödeme</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>from amount</source>
        <translation>tutardan</translation>
    </message>
    <message>
        <source>menu price</source>
        <translation>menü fiyatı</translation>
    </message>
    <message>
        <source>this store</source>
        <translation>bu mağaza</translation>
    </message>
    <message>
        <source>dates %1</source>
        <translation>tarihler %1</translation>
    </message>
    <message>
        <source>times %1</source>
        <translation>saatler %1</translation>
    </message>
    <message>
        <source>date-times %1</source>
        <translation>tarih-saatler %1</translation>
    </message>
    <message>
        <source>Reading %1. %2 row(s), %3 with a problem.</source>
        <translation>%1 okunuyor. %2 satır, %3 tanesinde sorun var.</translation>
    </message>
    <message>
        <source> Fix the file or choose to skip them (the first is line %1).</source>
        <translation> Dosyayı düzeltin veya bunları atlamayı seçin (ilki %1. satırda).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Hiçbir şey içe aktarılmadı: %1</translation>
    </message>
    <message>
        <source>Imported %1 row(s) as %2 order(s).</source>
        <translation>%1 satır %2 sipariş olarak içe aktarıldı.</translation>
    </message>
    <message>
        <source> %1 order(s) were imported before and left as they were.</source>
        <translation> %1 sipariş daha önce içe aktarılmıştı ve olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <source> %1 row(s) skipped.</source>
        <translation> %1 satır atlandı.</translation>
    </message>
    <message>
        <source> %1 new product(s) in the Imported category, inactive until priced.</source>
        <translation> İçe Aktarılanlar kategorisinde %1 yeni ürün; fiyat verilene kadar pasif.</translation>
    </message>
</context>
<context>
    <name>crema::IngredientModel</name>
    <message>
        <source>block</source>
        <translation>engelle</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>izin ver</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Malzeme</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Eldeki</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Kural</translation>
    </message>
    <message>
        <source>Bought as</source>
        <translation>Alış birimi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
</context>
<context>
    <name>crema::ItemChooserDialog</name>
    <message>
        <source>Size</source>
        <translation>Boy</translation>
    </message>
    <message>
        <source>choose 1</source>
        <translation>1 tane seçin</translation>
    </message>
    <message>
        <source>Note for the barista, e.g. extra hot</source>
        <translation>Barista için not, ör. ekstra sıcak</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 seçin</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ve </translation>
    </message>
    <message>
        <source>Add  %1</source>
        <translation>Ekle  %1</translation>
    </message>
    <message>
        <source>Update  %1</source>
        <translation>Güncelle  %1</translation>
    </message>
</context>
<context>
    <name>crema::KitchenBoardWidget</name>
    <message>
        <source>Stations</source>
        <translation>İstasyonlar</translation>
    </message>
    <message>
        <source>Recall  (R)</source>
        <translation>Geri çağır  (R)</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Gün boyu</translation>
    </message>
    <message>
        <source>Page %1 of %2  (PgUp/PgDn)</source>
        <translation>Sayfa %1 / %2  (PgUp/PgDn)</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Bu kasa</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9c8b7d&apos;&gt;Nothing waiting&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#9c8b7d&apos;&gt;Bekleyen yok&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>crema::KitchenCardsView</name>
    <message>
        <source>No tickets waiting</source>
        <translation>Bekleyen fiş yok</translation>
    </message>
    <message>
        <source>CANCELLED · refunded</source>
        <translation>İPTAL · iade edildi</translation>
    </message>
    <message>
        <source>MAKING</source>
        <translation>HAZIRLANIYOR</translation>
    </message>
    <message>
        <source>ORDER READY</source>
        <translation>SİPARİŞ HAZIR</translation>
    </message>
    <message>
        <source>READY · waits for %1</source>
        <translation>HAZIR · %1 bekleniyor</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>YENİ</translation>
    </message>
</context>
<context>
    <name>crema::LoginWidget</name>
    <message>
        <source>%1 · Enter your PIN</source>
        <translation>%1 · PIN kodunuzu girin</translation>
    </message>
    <message>
        <source>PIN entered</source>
        <translation>Girilen PIN</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Son rakamı sil</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN kodu 4 ile 8 haneli olmalıdır.</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Yanlış PIN. Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <source>Use this language until the till locks</source>
        <translation>Kasa kilitlenene kadar bu dili kullan</translation>
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
        <translation>Kilitle</translation>
    </message>
    <message>
        <source>Lock the till (Ctrl+L)</source>
        <translation>Kasayı kilitle (Ctrl+L)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Gösterge paneli</translation>
    </message>
    <message>
        <source>Import sales history…</source>
        <translation>Satışları içe aktar…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Tahmin</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Mutfak</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Yönetim</translation>
    </message>
    <message>
        <source>My PIN…</source>
        <translation>PIN kodum…</translation>
    </message>
    <message>
        <source>Change your own PIN</source>
        <translation>Kendi PIN kodunuzu değiştirin</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Satışlar</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Ödüller</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Vergiler</translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation>Stok seviyeleri</translation>
    </message>
    <message>
        <source>Stock items</source>
        <translation>Stok kalemleri</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Tedarikçiler</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Till settings</source>
        <translation>Kasa ayarları</translation>
    </message>
    <message>
        <source>Kitchen stations</source>
        <translation>Mutfak bölümleri</translation>
    </message>
    <message>
        <source>Store details</source>
        <translation>Mağaza bilgileri</translation>
    </message>
    <message>
        <source>HQ online</source>
        <translation>Merkez bağlı</translation>
    </message>
    <message>
        <source>HQ offline since %1</source>
        <translation>Merkez bağlantısı %1 saatinden beri yok</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales have waited more than 24 hours to reach HQ: check the network or call whoever runs HQ.</source>
        <translation>Satışlar 24 saatten uzun süredir merkeze gitmeyi bekliyor: ağı kontrol edin ya da merkezi yöneten kişiyi arayın.</translation>
    </message>
    <message>
        <source>Sales, stock and points go to HQ, and the chain&apos;s changes come back.</source>
        <translation>Satışlar, stok ve puanlar merkeze gider, zincirin değişiklikleri geri gelir.</translation>
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
        <translation>%1 (pasif)</translation>
    </message>
    <message>
        <source>%1 · sold out</source>
        <translation>%1 · tükendi</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>No recipe</source>
        <translation>Reçete yok</translation>
    </message>
    <message>
        <source>1 ingredient</source>
        <translation>1 malzeme</translation>
    </message>
    <message>
        <source>%1 ingredients</source>
        <translation>%1 malzeme</translation>
    </message>
    <message>
        <source>%1, no cost for %2</source>
        <translation>%1, %2 için maliyet yok</translation>
    </message>
    <message>
        <source>no recipe effect</source>
        <translation>reçeteye etkisi yok</translation>
    </message>
    <message>
        <source>%1 · required, %2–%3</source>
        <translation>%1 · zorunlu, %2–%3</translation>
    </message>
    <message>
        <source>%1 · up to %2</source>
        <translation>%1 · en fazla %2</translation>
    </message>
</context>
<context>
    <name>crema::MenuEditorWidget</name>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Fiyat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boy</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marj</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Marj %</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Reçete</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Malzeme</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Seçenek</translation>
    </message>
    <message>
        <source>Recipe effect</source>
        <translation>Reçeteye etkisi</translation>
    </message>
    <message>
        <source>Modifier groups</source>
        <translation>Seçenek grupları</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategoriler</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Yukarı</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <source>Earlier on the till</source>
        <translation>Kasada daha önde</translation>
    </message>
    <message>
        <source>Later on the till</source>
        <translation>Kasada daha geride</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Yeni ürün</translation>
    </message>
    <message>
        <source>Filter: name, SKU or barcode</source>
        <translation>Filtre: ad, SKU veya barkod</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Pasifleri göster</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>86 · sold out</source>
        <translation>86 · tükendi</translation>
    </message>
    <message>
        <source>Sold out until the business day ends, or until restored</source>
        <translation>İş günü bitene veya geri alınana kadar tükendi</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Pasifleştir</translation>
    </message>
    <message>
        <source>Take it off the menu; its sales stay in the history</source>
        <translation>Menüden kaldır; satışları geçmişte kalır</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>several: separate with commas</source>
        <translation>birden fazlaysa virgülle ayırın</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Barkodlar</translation>
    </message>
    <message>
        <source>Its place on the till&apos;s grid within its category, smallest first</source>
        <translation>Kategorisi içinde kasa ızgarasındaki yeri, küçük olan önce</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Needs preparation</source>
        <translation>Hazırlık gerekir</translation>
    </message>
    <message>
        <source>Place on grid</source>
        <translation>Izgaradaki yeri</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Boylar</translation>
    </message>
    <message>
        <source>Add size</source>
        <translation>Boy ekle</translation>
    </message>
    <message>
        <source>Remove size</source>
        <translation>Boyu kaldır</translation>
    </message>
    <message>
        <source>Chosen size</source>
        <translation>Seçilen boy</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Fiyat (%1)</translation>
    </message>
    <message>
        <source>e.g. 18 g, 1.5 kg, 250 ml</source>
        <translation>ör. 18 g, 1,5 kg, 250 ml</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ayarla</translation>
    </message>
    <message>
        <source>Add the ingredient to the recipe, or change its quantity</source>
        <translation>Malzemeyi reçeteye ekle veya miktarını değiştir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Modifier groups offered</source>
        <translation>Sunulan seçenek grupları</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Büyük</translation>
    </message>
    <message>
        <source>Size removed.</source>
        <translation>Boy kaldırıldı.</translation>
    </message>
    <message>
        <source>Size taken off sale; its sales stay.</source>
        <translation>Boy satıştan kaldırıldı; satışları korunur.</translation>
    </message>
    <message>
        <source>%1 removed: it was never sold.</source>
        <translation>%1 kaldırıldı: hiç satılmamıştı.</translation>
    </message>
    <message>
        <source>%1 deactivated: it is off the menu, its sales stay in the history.</source>
        <translation>%1 pasifleştirildi: menüden kalktı, satışları geçmişte kalır.</translation>
    </message>
    <message>
        <source>%1 is on sale again.</source>
        <translation>%1 yeniden satışta.</translation>
    </message>
    <message>
        <source>%1 is sold out until the business day ends.</source>
        <translation>%1 iş günü bitene kadar tükendi.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruplar</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Yeni grup</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Zorunlu</translation>
    </message>
    <message>
        <source>Choose at least</source>
        <translation>En az seçim</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>en fazla</translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation>Sunulduğu ürünler</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Seçenekler</translation>
    </message>
    <message>
        <source>0 or -0.50</source>
        <translation>0 veya -0,50</translation>
    </message>
    <message>
        <source>No recipe effect</source>
        <translation>Reçeteye etkisi yok</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Ekler</translation>
    </message>
    <message>
        <source>Removes</source>
        <translation>Çıkarır</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Yerine koyar</translation>
    </message>
    <message>
        <source>quantity, e.g. 30 ml</source>
        <translation>miktar, ör. 30 ml</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Fiyat farkı</translation>
    </message>
    <message>
        <source>in place of</source>
        <translation>yerine</translation>
    </message>
    <message>
        <source>Add modifier</source>
        <translation>Seçenek ekle</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <source>Remove modifier</source>
        <translation>Seçeneği kaldır</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Grubu kaydet</translation>
    </message>
    <message>
        <source>Kitchen station</source>
        <translation>Mutfak istasyonu</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>KDV oranı</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Renk</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Diğer…</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Kategori rengi</translation>
    </message>
    <message>
        <source>Save category</source>
        <translation>Kategoriyi kaydet</translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation>%1 pasifleştirildi.</translation>
    </message>
    <message>
        <source>Another program changed the menu meanwhile. Your unsaved edits are kept; Save writes them, Revert shows the menu as it now is.</source>
        <translation>Bu arada başka bir program menüyü değiştirdi. Kaydedilmemiş düzenlemeleriniz korunuyor; Kaydet bunları yazar, Geri al menüyü şimdiki hâliyle gösterir.</translation>
    </message>
    <message>
        <source>The menu changed meanwhile. Your unsaved edits are kept; Save writes them, Revert shows the menu as it now is.</source>
        <translation>Bu arada menü değişti. Kaydedilmemiş düzenlemeleriniz korunuyor; Kaydet bunları yazar, Geri al menüyü şimdiki hâliyle gösterir.</translation>
    </message>
    <message>
        <source>The menu could not be read: %1</source>
        <translation>Menü okunamadı: %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (pasif)</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n gösteriliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore (sold out today)</source>
        <translation>Geri al (bugün tükendi)</translation>
    </message>
    <message>
        <source>Modifiers that change nothing here:</source>
        <translation>Burada hiçbir şeyi değiştirmeyen seçenekler:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1 için kaydedilmemiş değişiklikler var.</translation>
    </message>
    <message>
        <source>The new product</source>
        <translation>Yeni ürün</translation>
    </message>
    <message>
        <source>no product yet: tick the group on a product&apos;s form</source>
        <translation>henüz ürün yok: grubu bir ürünün formunda işaretleyin</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <source>size &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; boyu: %2</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Kaydedilecek bir şey yok.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 kaydedildi.</translation>
    </message>
    <message>
        <source>%1 saved. Changes nothing in: %2</source>
        <translation>%1 kaydedildi. Şunlarda hiçbir şeyi değiştirmiyor: %2</translation>
    </message>
</context>
<context>
    <name>crema::MenuGridWidget</name>
    <message>
        <source>The menu could not be read: %1</source>
        <translation>Menü okunamadı: %1</translation>
    </message>
</context>
<context>
    <name>crema::OrdersDialog</name>
    <message>
        <source>Orders</source>
        <translation>Siparişler</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Geçersiz kıl</translation>
    </message>
    <message>
        <source>voided at the till</source>
        <translation>kasada geçersiz kılındı</translation>
    </message>
    <message>
        <source>Order voided.</source>
        <translation>Sipariş geçersiz kılındı.</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Bekletilen</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>İade nedeni</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>İade et</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Yeniden yazdır</translation>
    </message>
    <message>
        <source>Tick lines to refund only those:</source>
        <translation>Yalnızca bunları iade etmek için satırları işaretleyin:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <source>Choose an order to refund.</source>
        <translation>İade edilecek bir sipariş seçin.</translation>
    </message>
    <message>
        <source>Refunded %1 on receipt %2.</source>
        <translation>%2 numaralı fişte %1 iade edildi.</translation>
    </message>
</context>
<context>
    <name>crema::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Ödeme</translation>
    </message>
    <message>
        <source>Amount (empty: all that is due)</source>
        <translation>Tutar (boş: kalan tüm tutar)</translation>
    </message>
    <message>
        <source>Cash — exact</source>
        <translation>Nakit — tam tutar</translation>
    </message>
    <message>
        <source>Cash: typed amount</source>
        <translation>Nakit: girilen tutar</translation>
    </message>
    <message>
        <source>Card approval code (from the card machine)</source>
        <translation>Kart onay kodu (POS cihazından)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <source>Open a shift and take this payment</source>
        <translation>Vardiya açıp bu ödemeyi al</translation>
    </message>
    <message>
        <source>Cancel — back to the order</source>
        <translation>İptal — siparişe dön</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Fişi yazdır</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Sonraki müşteri</translation>
    </message>
    <message>
        <source>Give back what was taken</source>
        <translation>Alınanı geri ver</translation>
    </message>
    <message>
        <source>Keep taking payment</source>
        <translation>Ödeme almaya devam et</translation>
    </message>
    <message>
        <source>Given back — cancel the payment</source>
        <translation>Geri verildi — ödemeyi iptal et</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Sıfırdan büyük bir tutar girin.</translation>
    </message>
    <message>
        <source>Due  %1</source>
        <translation>Ödenecek  %1</translation>
    </message>
    <message>
        <source>• %1: refund it on the card machine%2</source>
        <translation>• %1: POS cihazından iade edin%2</translation>
    </message>
    <message>
        <source> (approval %1)</source>
        <translation> (onay %1)</translation>
    </message>
    <message>
        <source>• %1: hand it back from the drawer</source>
        <translation>• %1: çekmeceden geri verin</translation>
    </message>
    <message>
        <source>%1 of %2 was taken. Nothing has been sold, so give it back:

%3</source>
        <translation>%2 tutarın %1 kısmı alındı. Hiçbir şey satılmadı, bu yüzden geri verin:

%3</translation>
    </message>
    <message>
        <source>Cash %1</source>
        <translation>Nakit %1</translation>
    </message>
    <message>
        <source>A card payment cannot be more than what is due (%1).</source>
        <translation>Kartla ödeme kalan tutardan (%1) fazla olamaz.</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Kart %1</translation>
    </message>
    <message>
        <source>Change  %1</source>
        <translation>Para üstü  %1</translation>
    </message>
    <message>
        <source>Paid  %1</source>
        <translation>Ödendi  %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Fiş %1</translation>
    </message>
    <message>
        <source> · %1 points earned</source>
        <translation> · %1 puan kazanıldı</translation>
    </message>
</context>
<context>
    <name>crema::PinPromptDialog</name>
    <message>
        <source>Manager authorisation</source>
        <translation>Yönetici onayı</translation>
    </message>
    <message>
        <source>A manager can allow it with their PIN:</source>
        <translation>Bir yönetici PIN koduyla buna izin verebilir:</translation>
    </message>
    <message>
        <source>Authorise</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Sign in to HQ</source>
        <translation>Merkeze giriş</translation>
    </message>
    <message>
        <source>Your PIN:</source>
        <translation>PIN&apos;iniz:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Giriş yap</translation>
    </message>
</context>
<context>
    <name>crema::PosWidget</name>
    <message>
        <source>Search or scan a barcode  (Ctrl+F)</source>
        <translation>Ara veya barkod okut  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add customer  (Ctrl+U)</source>
        <translation>Müşteri ekle  (Ctrl+U)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Ara toplam</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>İndirimler</translation>
    </message>
    <message>
        <source>incl. tax</source>
        <translation>KDV dahil</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>KDV</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>İndirim</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Beklet</translation>
    </message>
    <message>
        <source>Park the order under a name (Ctrl+H)</source>
        <translation>Siparişi bir isimle beklet (Ctrl+H)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Siparişler</translation>
    </message>
    <message>
        <source>Parked and today&apos;s orders, refunds, reprints (Ctrl+O)</source>
        <translation>Bekletilen ve bugünkü siparişler, iadeler, yeniden yazdırma (Ctrl+O)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vardiya</translation>
    </message>
    <message>
        <source>Open or close the shift, cash in and out, X report</source>
        <translation>Vardiyayı aç veya kapat, kasaya para giriş-çıkışı, X raporu</translation>
    </message>
    <message>
        <source>Pay  (F12)</source>
        <translation>Öde  (F12)</translation>
    </message>
    <message>
        <source>Pay  %1</source>
        <translation>Öde  %1</translation>
    </message>
    <message>
        <source>%1 — change  (Ctrl+U)</source>
        <translation>%1 — değiştir  (Ctrl+U)</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>“%1” ile eşleşen ürün yok.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>“%1” ile eşleşen bir şey yok.</translation>
    </message>
    <message>
        <source>Discount on the whole order: a percentage like 10% or an amount like 2.50</source>
        <translation>Tüm siparişe indirim: yüzde 10 gibi bir oran veya 2.50 gibi bir tutar</translation>
    </message>
    <message>
        <source>The order is empty.</source>
        <translation>Sipariş boş.</translation>
    </message>
    <message>
        <source>Receipt %1 paid.</source>
        <translation>%1 numaralı fiş ödendi.</translation>
    </message>
    <message>
        <source>Payment cancelled; given back: %1. The order is still here.</source>
        <translation>Ödeme iptal edildi; geri verilen: %1. Sipariş hâlâ burada.</translation>
    </message>
    <message>
        <source>No shift is open on this till. Count the float into the drawer and open a shift; then this payment goes on.</source>
        <translation>Bu kasada açık vardiya yok. Kasa avansını çekmeceye sayıp bir vardiya açın; ardından bu ödeme devam eder.</translation>
    </message>
    <message>
        <source>No shift is open on this till. Count the float into the drawer and open a shift; then this refund goes on.</source>
        <translation>Bu kasada açık vardiya yok. Kasa avansını çekmeceye sayıp bir vardiya açın; ardından bu iade devam eder.</translation>
    </message>
    <message>
        <source>Park the order</source>
        <translation>Siparişi beklet</translation>
    </message>
    <message>
        <source>A name to find it by (table 4, Anna):</source>
        <translation>Bulmak için bir isim (masa 4, Ayşe):</translation>
    </message>
    <message>
        <source>Parked as “%1”.</source>
        <translation>“%1” olarak bekletildi.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <source>#%1 ready</source>
        <translation>#%1 hazır</translation>
    </message>
    <message>
        <source>#%1 %2 ready</source>
        <translation>#%1 %2 hazır</translation>
    </message>
    <message>
        <source>Order ready at the pass. Touch when it has been handed over.</source>
        <translation>Sipariş teslim noktasında hazır. Teslim edilince dokunun.</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 daha</translation>
    </message>
    <message>
        <source>%1 is sold out today (86). Hold its tile to put it back on sale.</source>
        <translation>%1 bugün tükendi (86). Yeniden satışa açmak için kutucuğunu basılı tutun.</translation>
    </message>
    <message>
        <source>%1 is back on sale.</source>
        <translation>%1 yeniden satışta.</translation>
    </message>
    <message>
        <source>%1 is sold out until the end of the day. Hold its tile again to undo.</source>
        <translation>%1 gün sonuna kadar tükendi. Geri almak için kutucuğunu yine basılı tutun.</translation>
    </message>
</context>
<context>
    <name>crema::ProductTileDelegate</name>
    <message>
        <source>from %1</source>
        <translation>%1 itibaren</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Tükendi</translation>
    </message>
</context>
<context>
    <name>crema::ReceiptOutput</name>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Fiş yazıcıya gönderildi.</translation>
    </message>
    <message>
        <source>The receipt printer did not print: %1</source>
        <translation>Fiş yazıcısı yazdırmadı: %1</translation>
    </message>
    <message>
        <source>Receipt sent to %1.</source>
        <translation>Fiş %1 yazıcısına gönderildi.</translation>
    </message>
    <message>
        <source>Receipt saved as %1.</source>
        <translation>Fiş %1 olarak kaydedildi.</translation>
    </message>
</context>
<context>
    <name>crema::RewardListModel</name>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>pasif</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Ödül</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puan</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Verdiği</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>crema::RewardsWidget</name>
    <message>
        <source>Reward</source>
        <translation>Ödül</translation>
    </message>
    <message>
        <source>A free item from a category</source>
        <translation>Bir kategoriden ücretsiz ürün</translation>
    </message>
    <message>
        <source>A free product</source>
        <translation>Ücretsiz bir ürün</translation>
    </message>
    <message>
        <source>An amount off the order</source>
        <translation>Siparişte tutar indirimi</translation>
    </message>
    <message>
        <source>A percentage off the order</source>
        <translation>Siparişte yüzde indirimi</translation>
    </message>
    <message>
        <source>Offered at the till</source>
        <translation>Kasada sunulur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puan</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Verdiği</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Pasifleştir</translation>
    </message>
    <message>
        <source>Rewards could not be read: %1</source>
        <translation>Ödüller okunamadı: %1</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Yüzde indirim</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Tutar indirimi</translation>
    </message>
    <message>
        <source>10 or 12.5</source>
        <translation>10 veya 12,5</translation>
    </message>
    <message>
        <source>2.50</source>
        <translation>2,50</translation>
    </message>
    <message>
        <source>Type the percentage off, such as 10 or 12.5.</source>
        <translation>İndirim yüzdesini girin, ör. 10 veya 12,5.</translation>
    </message>
    <message>
        <source>Type the amount off, such as 2.50.</source>
        <translation>İndirim tutarını girin, ör. 2,50.</translation>
    </message>
    <message>
        <source>Only the owner may change rewards (%1).</source>
        <translation>Ödülleri yalnızca işletme sahibi değiştirebilir (%1).</translation>
    </message>
    <message>
        <source>Saved: %1, %2.</source>
        <translation>Kaydedildi: %1, %2.</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>%1 artık sunulmuyor.</translation>
    </message>
</context>
<context>
    <name>crema::SettingsWidget</name>
    <message>
        <source>Receipt printer</source>
        <translation>Fiş yazıcısı</translation>
    </message>
    <message>
        <source>Receipt width (characters)</source>
        <translation>Fiş genişliği (karakter)</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>Fiş başlığı</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Fiş alt bilgisi</translation>
    </message>
    <message>
        <source>Lock after idle (seconds)</source>
        <translation>Boşta kalınca kilitle (saniye)</translation>
    </message>
    <message>
        <source>Cashier discount limit (basis points)</source>
        <translation>Kasiyer indirim sınırı (baz puan)</translation>
    </message>
    <message>
        <source>Points per 1.00 spent</source>
        <translation>Harcanan 1,00 başına puan</translation>
    </message>
    <message>
        <source>Serve kitchen screens on</source>
        <translation>Mutfak ekranlarının sunulduğu adres</translation>
    </message>
    <message>
        <source>Follow these tills</source>
        <translation>Bu kasaları izle</translation>
    </message>
    <message>
        <source>Store secret</source>
        <translation>Mağaza gizli anahtarı</translation>
    </message>
    <message>
        <source>Stations shown here</source>
        <translation>Burada gösterilen istasyonlar</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Fişler</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Sadakat</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Mutfak</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Deneme baskısı</translation>
    </message>
    <message>
        <source>Test print failed: %1</source>
        <translation>Deneme baskısı başarısız: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Varsayılan</translation>
    </message>
    <message>
        <source>Back to the default: %1</source>
        <translation>Varsayılana dön: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ayarlanmadı</translation>
    </message>
    <message>
        <source>set (type a new one to change it)</source>
        <translation>ayarlandı (değiştirmek için yenisini girin)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>varsayılan</translation>
    </message>
    <message>
        <source>a stored value was not valid and is ignored</source>
        <translation>kayıtlı bir değer geçersizdi ve yok sayıldı</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Yazdırılıyor…</translation>
    </message>
    <message>
        <source>Language of this till</source>
        <translation>Bu kasanın dili</translation>
    </message>
</context>
<context>
    <name>crema::ShiftDialog</name>
    <message>
        <source>Shift</source>
        <translation>Vardiya</translation>
    </message>
    <message>
        <source>Amount, e.g. 100.00</source>
        <translation>Tutar, ör. 100.00</translation>
    </message>
    <message>
        <source>Reason (for cash in or out)</source>
        <translation>Neden (para giriş veya çıkışı için)</translation>
    </message>
    <message>
        <source>Open shift with this float</source>
        <translation>Vardiyayı bu kasa avansıyla aç</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Kasaya para girişi</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Kasadan para çıkışı</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X raporu</translation>
    </message>
    <message>
        <source>Close shift: this is the cash counted</source>
        <translation>Vardiyayı kapat: sayılan nakit bu</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Raporu yazdır</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shift open&lt;/b&gt; since %1, by %2, float %3</source>
        <translation>&lt;b&gt;Vardiya açık&lt;/b&gt;: %1 saatinden beri, açan %2, kasa avansı %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;No shift open.&lt;/b&gt; Count the float into the drawer and open one.</source>
        <translation>&lt;b&gt;Açık vardiya yok.&lt;/b&gt; Kasa avansını çekmeceye sayıp bir vardiya açın.</translation>
    </message>
    <message>
        <source>Shift opened.</source>
        <translation>Vardiya açıldı.</translation>
    </message>
    <message>
        <source>Cash %1 recorded.</source>
        <translation>Nakit %1 kaydedildi.</translation>
    </message>
    <message>
        <source>Shift closed. The drawer is right.</source>
        <translation>Vardiya kapandı. Kasa tutuyor.</translation>
    </message>
    <message>
        <source>Shift closed. The drawer is %1 short.</source>
        <translation>Vardiya kapandı. Kasada %1 eksik var.</translation>
    </message>
    <message>
        <source>Shift closed. The drawer is %1 over.</source>
        <translation>Vardiya kapandı. Kasada %1 fazla var.</translation>
    </message>
</context>
<context>
    <name>crema::StaffModel</name>
    <message>
        <source>Cashier</source>
        <translation>Kasiyer</translation>
    </message>
    <message>
        <source>Barista</source>
        <translation>Barista</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Müdür</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>İşletme sahibi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Pasif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>crema::StaffPinDialog</name>
    <message>
        <source>Current PIN</source>
        <translation>Mevcut PIN</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits)</source>
        <translation>Yeni PIN (4–8 hane)</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Yeni PIN tekrar</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN belirle</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>PIN kodumu değiştir</translation>
    </message>
    <message>
        <source>%1: type your current PIN, then the new one twice.</source>
        <translation>%1: mevcut PIN kodunuzu, ardından yenisini iki kez girin.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same; type them again.</source>
        <translation>İki yeni PIN aynı değil; tekrar girin.</translation>
    </message>
</context>
<context>
    <name>crema::StaffWidget</name>
    <message>
        <source>Show inactive</source>
        <translation>Pasifleri göster</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Kişi ekle…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Rolü değiştir…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Pasifleştir</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>PIN sıfırla…</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>PIN kodumu değiştir…</translation>
    </message>
    <message>
        <source>%1 active · %2 inactive</source>
        <translation>%1 aktif · %2 pasif</translation>
    </message>
    <message>
        <source>Staff could not be read: %1</source>
        <translation>Personel okunamadı: %1</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Yeniden etkinleştir…</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1, %2 olarak eklendi.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolü değiştir</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>%1 için yeni rol:</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 artık %2.</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>%1 yeniden etkinleştir</translation>
    </message>
    <message>
        <source>%1 comes back with a new PIN (their old one may be someone else&apos;s by now).</source>
        <translation>%1 yeni bir PIN ile döner (eski PIN kodu artık başkasına ait olabilir).</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 yeniden aktif.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>%1 pasifleştir</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to log in; their sales and history stay.</source>
        <translation>%1 pasifleştirilsin mi? Artık giriş yapamayacak; satışları ve geçmişi korunur.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 pasifleştirildi.</translation>
    </message>
    <message>
        <source>Reset %1&apos;s PIN</source>
        <translation>%1 için PIN sıfırla</translation>
    </message>
    <message>
        <source>Type a new PIN for %1 twice. Any lock on their login is lifted.</source>
        <translation>%1 için yeni PIN kodunu iki kez girin. Girişindeki kilit kaldırılır.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 için yeni PIN belirlendi.</translation>
    </message>
    <message>
        <source>Your PIN is changed.</source>
        <translation>PIN kodunuz değiştirildi.</translation>
    </message>
</context>
<context>
    <name>crema::StationListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>İstasyon</translation>
    </message>
    <message>
        <source>Amber after</source>
        <translation>Sarı: süre</translation>
    </message>
    <message>
        <source>Red after</source>
        <translation>Kırmızı: süre</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategoriler</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Açık fişler</translation>
    </message>
</context>
<context>
    <name>crema::StationsWidget</name>
    <message>
        <source>Station</source>
        <translation>İstasyon</translation>
    </message>
    <message>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Amber after</source>
        <translation>Sarı: süre</translation>
    </message>
    <message>
        <source>Red after</source>
        <translation>Kırmızı: süre</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Yeniden adlandır</translation>
    </message>
    <message>
        <source>Save timing</source>
        <translation>Süreleri kaydet</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Stations could not be read: %1</source>
        <translation>İstasyonlar okunamadı: %1</translation>
    </message>
    <message>
        <source>Only the owner may change kitchen stations (%1).</source>
        <translation>Mutfak istasyonlarını yalnızca işletme sahibi değiştirebilir (%1).</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 eklendi.</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>Yeni adı: %1.</translation>
    </message>
    <message>
        <source>Renamed to %1; %2 now send their items there.</source>
        <translation>Yeni adı: %1; %2 artık ürünlerini oraya gönderiyor.</translation>
    </message>
    <message>
        <source>%1: amber after %2 s, red after %3 s.</source>
        <translation>%1: %2 sn sonra sarı, %3 sn sonra kırmızı.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>crema::StockItemsWidget</name>
    <message>
        <source>Ingredient</source>
        <translation>Malzeme</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Kural</translation>
    </message>
    <message>
        <source>Bought as</source>
        <translation>Alış birimi</translation>
    </message>
    <message>
        <source>Filter ingredients</source>
        <translation>Malzemeleri filtrele</translation>
    </message>
    <message>
        <source>New ingredient</source>
        <translation>Yeni malzeme</translation>
    </message>
    <message>
        <source>grams (g)</source>
        <translation>gram (g)</translation>
    </message>
    <message>
        <source>millilitres (ml)</source>
        <translation>mililitre (ml)</translation>
    </message>
    <message>
        <source>pieces (pc)</source>
        <translation>adet (ad)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Sayım birimi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Pasifleştir</translation>
    </message>
    <message>
        <source>Levels in %1</source>
        <translation>Seviyeler (%1)</translation>
    </message>
    <message>
        <source>Allow sales past stock</source>
        <translation>Stok bitse de satışa izin ver</translation>
    </message>
    <message>
        <source>Block sales past stock</source>
        <translation>Stok bitince satışı engelle</translation>
    </message>
    <message>
        <source>e.g. 5 kg</source>
        <translation>ör. 5 kg</translation>
    </message>
    <message>
        <source>e.g. 1 kg</source>
        <translation>ör. 1 kg</translation>
    </message>
    <message>
        <source>Par level</source>
        <translation>Hedef seviye</translation>
    </message>
    <message>
        <source>Critical level</source>
        <translation>Kritik seviye</translation>
    </message>
    <message>
        <source>Save levels</source>
        <translation>Seviyeleri kaydet</translation>
    </message>
    <message>
        <source>e.g. case of 6 x 1 l</source>
        <translation>ör. 6 x 1 l koli</translation>
    </message>
    <message>
        <source>e.g. 6 x 1 l</source>
        <translation>ör. 6 x 1 l</translation>
    </message>
    <message>
        <source>e.g. 10.80</source>
        <translation>ör. 10,80</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Tedarikçi</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>İçerik</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <source>Supplier SKU</source>
        <translation>Tedarikçi SKU</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Save unit</source>
        <translation>Birimi kaydet</translation>
    </message>
    <message>
        <source>Deactivate unit</source>
        <translation>Birimi pasifleştir</translation>
    </message>
    <message>
        <source>Stock items could not be read: %1</source>
        <translation>Stok kalemleri okunamadı: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ingredient(s)</source>
        <translation>
            <numerusform>%n malzeme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n inactive</source>
        <translation>
            <numerusform>, %n pasif</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipes or stock movements use it: the unit cannot change</source>
        <translation>Reçetelerde veya stok hareketlerinde kullanılıyor: birim değiştirilemez</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <source>%1 = %2 from %3, %4</source>
        <translation>%1 = %3 firmasından %2, %4</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(pasif)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>Deleted: nothing used it.</source>
        <translation>Silindi: hiçbir yerde kullanılmıyordu.</translation>
    </message>
    <message>
        <source>Levels saved.</source>
        <translation>Seviyeler kaydedildi.</translation>
    </message>
    <message>
        <source>Add a supplier first (Suppliers tab).</source>
        <translation>Önce bir tedarikçi ekleyin (Tedarikçiler sekmesi).</translation>
    </message>
</context>
<context>
    <name>crema::StockModel</name>
    <message>
        <source>Block sales</source>
        <translation>Satışı engelle</translation>
    </message>
    <message>
        <source>Allow negative</source>
        <translation>Eksiye izin ver</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Below par</source>
        <translation>Hedefin altında</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Tükendi</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Malzeme</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Eldeki</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>When out</source>
        <translation>Tükenince</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Tedarikçi</translation>
    </message>
</context>
<context>
    <name>crema::StockWidget</name>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Stock could not be read: %1</source>
        <translation>Stok okunamadı: %1</translation>
    </message>
    <message>
        <source>%1 ingredients · %2 out · %3 critical · %4 below par</source>
        <translation>%1 malzeme · %2 tükendi · %3 kritik · %4 hedefin altında</translation>
    </message>
</context>
<context>
    <name>crema::StoreDetailsWidget</name>
    <message>
        <source>Store details</source>
        <translation>Mağaza bilgileri</translation>
    </message>
    <message>
        <source>The name and address printed on receipts, and how this store writes money, dates and times.</source>
        <translation>Fişlere basılan ad ve adres ile bu mağazanın para, tarih ve saatleri yazış biçimi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>As printed at the top of receipts: up to 5 lines</source>
        <translation>Fişlerin üstüne basıldığı gibi: en fazla 5 satır</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Money and dates written as</source>
        <translation>Para ve tarih biçimi</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Saat dilimi</translation>
    </message>
    <message>
        <source>no decimals</source>
        <translation>ondalık yok</translation>
    </message>
    <message numerus="yes">
        <source>%n decimals</source>
        <translation>
            <numerusform>%n ondalık</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Menu prices include tax</source>
        <translation>Menü fiyatlarına KDV dahil</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>KDV</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Back to the details as saved</source>
        <translation>Kayıtlı bilgilere geri dön</translation>
    </message>
    <message>
        <source>The store&apos;s details could not be read: %1</source>
        <translation>Mağaza bilgileri okunamadı: %1</translation>
    </message>
    <message>
        <source>The store&apos;s orders could not be counted: %1</source>
        <translation>Mağazanın siparişleri sayılamadı: %1</translation>
    </message>
    <message numerus="yes">
        <source>The currency and whether prices include tax can no longer change: the store has %Ln order(s), and reports and refunds would mix amounts recorded one way with the other. A new way of pricing needs a new file.</source>
        <translation>
            <numerusform>Para birimi ve fiyatlara KDV&apos;nin dahil olup olmadığı artık değiştirilemez: mağazada %Ln sipariş var ve raporlar ile iadeler farklı biçimde kaydedilmiş tutarları karıştırırdı. Yeni bir fiyatlandırma biçimi için yeni bir dosya gerekir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The till shows the new details when it next locks.</source>
        <translation>Kaydedildi. Kasa yeni bilgileri bir sonraki kilitlenişte gösterir.</translation>
    </message>
</context>
<context>
    <name>crema::SupplierModel</name>
    <message>
        <source>any day</source>
        <translation>her gün</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Tedarikçi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>İlgili kişi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Teslim süresi</translation>
    </message>
    <message>
        <source>Delivers</source>
        <translation>Teslimat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
</context>
<context>
    <name>crema::SuppliersWidget</name>
    <message>
        <source>Contact</source>
        <translation>İlgili kişi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Teslim süresi</translation>
    </message>
    <message>
        <source>Filter suppliers</source>
        <translation>Tedarikçileri filtrele</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Yeni tedarikçi</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>e.g. 50.00</source>
        <translation>ör. 50,00</translation>
    </message>
    <message>
        <source>Order by</source>
        <translation>Sipariş saati</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Minimum sipariş</translation>
    </message>
    <message>
        <source>Delivers on</source>
        <translation>Teslimat günleri</translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation>Son sipariş saati</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Pasifleştir</translation>
    </message>
    <message>
        <source>Suppliers could not be read: %1</source>
        <translation>Tedarikçiler okunamadı: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
</context>
<context>
    <name>crema::TaxRateListModel</name>
    <message>
        <source>Tax rate</source>
        <translation>KDV oranı</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Oran</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Kullanan</translation>
    </message>
</context>
<context>
    <name>crema::TaxesWidget</name>
    <message>
        <source>Tax rate</source>
        <translation>KDV oranı</translation>
    </message>
    <message>
        <source>20 or 5.5</source>
        <translation>20 veya 5,5</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Oran (%)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Categories at this rate</source>
        <translation>Bu orandaki kategoriler</translation>
    </message>
    <message>
        <source>Move ticked categories here</source>
        <translation>İşaretli kategorileri buraya taşı</translation>
    </message>
    <message>
        <source>Tax rates could not be read: %1</source>
        <translation>KDV oranları okunamadı: %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (pasif)</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>İzin verilmiyor: %1</translation>
    </message>
    <message>
        <source>Type the rate as a percentage from 0 to 100, such as 20 or 5.5.</source>
        <translation>Oranı 0 ile 100 arasında yüzde olarak girin, ör. 20 veya 5,5.</translation>
    </message>
    <message>
        <source>Saved %1 at %2.</source>
        <translation>%1, %2 olarak kaydedildi.</translation>
    </message>
    <message>
        <source>Tick the categories to move to this rate.</source>
        <translation>Bu orana taşınacak kategorileri işaretleyin.</translation>
    </message>
    <message>
        <source>Moved to this rate: %1.</source>
        <translation>Bu orana taşındı: %1.</translation>
    </message>
</context>
<context>
    <name>crema::TimeZonePicker</name>
    <message>
        <source>Type to search, e.g. Paris</source>
        <translation>Aramak için yazın, ör. İstanbul</translation>
    </message>
</context>
<context>
    <name>crema::WelcomeWidget</name>
    <message>
        <source>Welcome to Crema</source>
        <translation>Crema&apos;ya hoş geldiniz</translation>
    </message>
    <message>
        <source>There is no café in %1 yet. Create yours, or look around the demo café first.</source>
        <translation>%1 içinde henüz kafe yok. Kendi kafenizi oluşturun veya önce demo kafeye göz atın.</translation>
    </message>
    <message>
        <source>Create a café</source>
        <translation>Kafe oluştur</translation>
    </message>
    <message>
        <source>Your café</source>
        <translation>Kafeniz</translation>
    </message>
    <message>
        <source>e.g. Bean There</source>
        <translation>ör. Kahve Durağı</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>As printed on receipts, one line each</source>
        <translation>Fişlerde basıldığı gibi, her biri bir satır</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>no decimals</source>
        <translation>ondalık yok</translation>
    </message>
    <message numerus="yes">
        <source>%n decimals</source>
        <translation>
            <numerusform>%n ondalık</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Include tax</source>
        <translation>KDV dahil</translation>
    </message>
    <message>
        <source>Tax added at the till</source>
        <translation>KDV kasada eklenir</translation>
    </message>
    <message>
        <source>Menu prices</source>
        <translation>Menü fiyatları</translation>
    </message>
    <message>
        <source>Time and language</source>
        <translation>Saat ve dil</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Saat dilimi</translation>
    </message>
    <message>
        <source>Money and dates written as</source>
        <translation>Para ve tarih biçimi</translation>
    </message>
    <message>
        <source>Language of this till</source>
        <translation>Bu kasanın dili</translation>
    </message>
    <message>
        <source>Owner and first till</source>
        <translation>İşletme sahibi ve ilk kasa</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>İşletme sahibinin adı</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4–8 hane</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>İşletme sahibinin PIN kodu</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Aynı PIN tekrar</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN tekrar</translation>
    </message>
    <message>
        <source>This till&apos;s name</source>
        <translation>Bu kasanın adı</translation>
    </message>
    <message>
        <source>Create the café</source>
        <translation>Kafeyi oluştur</translation>
    </message>
    <message>
        <source>Just looking?</source>
        <translation>Sadece göz mü atıyorsunuz?</translation>
    </message>
    <message>
        <source>The demo café has a menu, staff and 13 weeks of sales (PINs: cashier 1111, barista 2222, manager 3333, owner 4444). It is kept in its own file, %1, so %2 stays free for your café.</source>
        <translation>Demo kafede menü, personel ve 13 haftalık satış var (PIN kodları: kasiyer 1111, barista 2222, yönetici 3333, işletme sahibi 4444). Kendi dosyasında (%1) tutulur, böylece %2 kafeniz için boş kalır.</translation>
    </message>
    <message>
        <source>Open the demo café</source>
        <translation>Demo kafeyi aç</translation>
    </message>
    <message>
        <source>Make the demo café</source>
        <translation>Demo kafeyi oluştur</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Kasa 1</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>İki PIN aynı değil.</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Lütfen kırmızıyla işaretli alanları düzeltin.</translation>
    </message>
    <message>
        <source>The demo café cannot be made: Crema&apos;s command-line tool was not found at %1. Install cremactl beside crema, or create your own café above.</source>
        <translation>Demo kafe oluşturulamıyor: Crema&apos;nın komut satırı aracı %1 konumunda bulunamadı. cremactl aracını crema&apos;nın yanına kurun veya yukarıda kendi kafenizi oluşturun.</translation>
    </message>
    <message>
        <source>Making the demo café: menu, stock, staff and 13 weeks of sales. This takes a few seconds…</source>
        <translation>Demo kafe oluşturuluyor: menü, stok, personel ve 13 haftalık satış. Bu birkaç saniye sürer…</translation>
    </message>
    <message>
        <source>The demo café could not be made: %1</source>
        <translation>Demo kafe oluşturulamadı: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database file (default: $CREMA_DB, else $XDG_DATA_HOME/crema/crema.db, else ~/.local/share/crema/crema.db).</source>
        <translation>Veritabanı dosyası (varsayılan: $CREMA_DB, yoksa $XDG_DATA_HOME/crema/crema.db, yoksa ~/.local/share/crema/crema.db).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DOSYA</translation>
    </message>
    <message>
        <source>Window size, e.g. 1024x768 (default: maximised).</source>
        <translation>Pencere boyutu, ör. 1024x768 (varsayılan: tam ekran).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>GxY</translation>
    </message>
    <message>
        <source>Kitchen screen mode: full screen tickets only, no login (for a PC at the pass).</source>
        <translation>Mutfak ekranı modu: yalnızca tam ekran fişler, giriş yok (teslim noktasındaki bir bilgisayar için).</translation>
    </message>
    <message>
        <source>Crema point of sale, kitchen display and back office.</source>
        <translation>Crema satış noktası, mutfak ekranı ve yönetim.</translation>
    </message>
    <message>
        <source>Crema</source>
        <translation>Crema</translation>
    </message>
    <message>
        <source>Crema cannot open its database.

%1</source>
        <translation>Crema veritabanını açamıyor.

%1</translation>
    </message>
    <message>
        <source>Crema Kitchen — %1</source>
        <translation>Crema Mutfak — %1</translation>
    </message>
</context>
</TS>
