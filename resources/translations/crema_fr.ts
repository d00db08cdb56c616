<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>Montant de la ligne</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Not authorised: %1</source>
        <translation>Non autorisé : %1</translation>
    </message>
    <message>
        <source>choose 1</source>
        <translation>choisir 1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>choose %1 to %2</source>
        <translation>choisir de %1 à %2</translation>
    </message>
    <message>
        <source>Crema — Welcome</source>
        <translation>Crema — Bienvenue</translation>
    </message>
</context>
<context>
    <name>crema::AddStaffDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>Code PIN (4 à 8 chiffres)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Confirmer le code PIN</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>The two PINs are not the same; type them again.</source>
        <translation>Les deux codes PIN ne sont pas identiques ; saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>crema::CartDelegate</name>
    <message>
        <source>discount</source>
        <translation>remise</translation>
    </message>
</context>
<context>
    <name>crema::ChainScope</name>
    <message>
        <source>Whole chain (HQ)</source>
        <translation>Toute la chaîne (siège)</translation>
    </message>
    <message>
        <source>%1 (HQ)</source>
        <translation>%1 (siège)</translation>
    </message>
</context>
<context>
    <name>crema::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>Afficher les chiffres sous forme de tableau</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the numbers as a CSV file</source>
        <translation>Enregistrer les chiffres dans un fichier CSV</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Save %1 as CSV</source>
        <translation>Enregistrer %1 en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV not saved</source>
        <translation>CSV non enregistré</translation>
    </message>
</context>
<context>
    <name>crema::CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone number or name</source>
        <translation>Numéro de téléphone ou nom</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Agrees to receive offers by SMS</source>
        <translation>Accepte de recevoir des offres par SMS</translation>
    </message>
    <message>
        <source>Add and attach</source>
        <translation>Ajouter et associer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>E-mail (facultatif)</translation>
    </message>
    <message>
        <source>Find a customer, or add a new one.</source>
        <translation>Recherchez un client ou ajoutez-en un nouveau.</translation>
    </message>
    <message>
        <source>Attach to order</source>
        <translation>Associer à la commande</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté(e).</translation>
    </message>
</context>
<context>
    <name>crema::DashboardWidget</name>
    <message>
        <source>no change</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>none in the previous period</source>
        <translation>rien sur la période précédente</translation>
    </message>
    <message>
        <source>%1 %2 % vs previous</source>
        <translation>%1 %2 % par rapport à la période précédente</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Toutes les boutiques</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>Relire les chiffres</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Articles vendus</translation>
    </message>
    <message>
        <source>Revenue over time</source>
        <translation>Chiffre d&apos;affaires dans le temps</translation>
    </message>
    <message>
        <source>Orders by weekday and hour</source>
        <translation>Commandes par jour et par heure</translation>
    </message>
    <message>
        <source>Top 10 products</source>
        <translation>Top 10 des produits</translation>
    </message>
    <message>
        <source>Share by category</source>
        <translation>Répartition par catégorie</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <source>Discounts and refunds</source>
        <translation>Remises et remboursements</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Impossible de lire les chiffres : %1</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 · %2 · compared with %3</source>
        <translation>%1 · %2 · comparé à %3</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Chiffre d&apos;affaires (%1)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message numerus="yes">
        <source>%n imported order(s) without a time</source>
        <translation>
            <numerusform>%n commande importée sans heure</numerusform>
            <numerusform>%n commandes importées sans heure</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Refunds given</source>
        <translation>Remboursements effectués</translation>
    </message>
    <message>
        <source>%1 discounts, %2 refunds</source>
        <translation>%1 de remises, %2 de remboursements</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Utilisés</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n membre actif</numerusform>
            <numerusform>%n membres actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points gagnés</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Points utilisés</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Membres actifs</translation>
    </message>
    <message>
        <source>Crema dashboard</source>
        <translation>Tableau de bord Crema</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>%1 — sales dashboard</source>
        <translation>%1 — tableau de bord des ventes</translation>
    </message>
    <message>
        <source>Export the dashboard as PDF</source>
        <translation>Exporter le tableau de bord en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF non enregistré</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>%1, your PIN: HQ checks it before it shows the chain&apos;s figures.</source>
        <translation>%1, votre code : le siège le vérifie avant de montrer les chiffres de la chaîne.</translation>
    </message>
    <message>
        <source>The chain&apos;s figures need your PIN.</source>
        <translation>Les chiffres de la chaîne demandent votre code.</translation>
    </message>
    <message>
        <source>Asking HQ for %1…</source>
        <translation>Demande au siège : %1…</translation>
    </message>
</context>
<context>
    <name>crema::ForecastWidget</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Best per product (auto)</source>
        <translation>Le meilleur par produit (auto)</translation>
    </message>
    <message>
        <source>Same weekday, 4 weeks (seed)</source>
        <translation>Même jour, 4 semaines (base)</translation>
    </message>
    <message>
        <source>Recent weeks weigh more</source>
        <translation>Semaines récentes pondérées</translation>
    </message>
    <message>
        <source>Same weekday, 8 weeks</source>
        <translation>Même jour, 8 semaines</translation>
    </message>
    <message>
        <source>Recent level × weekday shape</source>
        <translation>Niveau récent × profil du jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>for</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Could not forecast: %1</source>
        <translation>Prévision impossible : %1</translation>
    </message>
    <message>
        <source>Not enough sales history yet to say how far to trust the forecast.</source>
        <translation>Pas encore assez d&apos;historique de ventes pour juger de la fiabilité de la prévision.</translation>
    </message>
    <message>
        <source>How far to trust it: over the 8 weeks before %1, a day&apos;s forecast was off by %2 of what sold (WAPE, all products).</source>
        <translation>Fiabilité : sur les 8 semaines avant le %1, la prévision d&apos;une journée s&apos;est écartée de %2 des ventes (WAPE, tous produits).</translation>
    </message>
    <message>
        <source>%1 to %2: %3 ingredient(s) short of the forecast, %4 with less than 1.5 times it.</source>
        <translation>Du %1 au %2 : %3 ingrédient(s) en dessous de la prévision, %4 à moins de 1,5 fois celle-ci.</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Forecast use</source>
        <translation>Consommation prévue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation>Commande suggérée</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>%1: sold and forecast, the last 8 weeks</source>
        <translation>%1 : ventes et prévision, 8 dernières semaines</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Forecast a day ahead</source>
        <translation>Prévision à J-1</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>%1, your PIN: HQ checks it before it shows the chain&apos;s figures.</source>
        <translation>%1, votre code : le siège le vérifie avant de montrer les chiffres de la chaîne.</translation>
    </message>
</context>
<context>
    <name>crema::ImportSalesDialog</name>
    <message>
        <source>Import sales history</source>
        <translation>Importer l&apos;historique des ventes</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>A CSV export from your old till: one row per item sold.</source>
        <translation>Un export CSV de votre ancienne caisse : une ligne par article vendu.</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>Qt notation, e.g. dd-MM-yyyy or M/d/yyyy</source>
        <translation>notation Qt, p. ex. dd-MM-yyyy ou M/d/yyyy</translation>
    </message>
    <message>
        <source>e.g. H:mm:ss or h:mm AP</source>
        <translation>p. ex. H:mm:ss ou h:mm AP</translation>
    </message>
    <message>
        <source>e.g. M/d/yyyy H:mm</source>
        <translation>p. ex. M/d/yyyy H:mm</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>Format d&apos;heure</translation>
    </message>
    <message>
        <source>Date-time format</source>
        <translation>Format date-heure</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the others</source>
        <translation>Importer les lignes valides et ignorer les autres</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Sales history to import</source>
        <translation>Historique des ventes à importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n ligne</numerusform>
            <numerusform>%1 — %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>from amount</source>
        <translation>selon le montant</translation>
    </message>
    <message>
        <source>menu price</source>
        <translation>prix de la carte</translation>
    </message>
    <message>
        <source>this store</source>
        <translation>cette boutique</translation>
    </message>
    <message>
        <source>dates %1</source>
        <translation>dates %1</translation>
    </message>
    <message>
        <source>times %1</source>
        <translation>heures %1</translation>
    </message>
    <message>
        <source>date-times %1</source>
        <translation>dates-heures %1</translation>
    </message>
    <message>
        <source>Reading %1. %2 row(s), %3 with a problem.</source>
        <translation>Lecture de %1. %2 ligne(s), dont %3 avec un problème.</translation>
    </message>
    <message>
        <source> Fix the file or choose to skip them (the first is line %1).</source>
        <translation> Corrigez le fichier ou choisissez de les ignorer (la première est à la ligne %1).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>Imported %1 row(s) as %2 order(s).</source>
        <translation>%1 ligne(s) importée(s) en %2 commande(s).</translation>
    </message>
    <message>
        <source> %1 order(s) were imported before and left as they were.</source>
        <translation> %1 commande(s) déjà importée(s), laissée(s) telle(s) quelle(s).</translation>
    </message>
    <message>
        <source> %1 row(s) skipped.</source>
        <translation> %1 ligne(s) ignorée(s).</translation>
    </message>
    <message>
        <source> %1 new product(s) in the Imported category, inactive until priced.</source>
        <translation> %1 nouveau(x) produit(s) dans la catégorie Importés, inactif(s) tant qu&apos;ils n&apos;ont pas de prix.</translation>
    </message>
</context>
<context>
    <name>crema::IngredientModel</name>
    <message>
        <source>block</source>
        <translation>bloquer</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>autoriser</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Niveau cible</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Bought as</source>
        <translation>Acheté en</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>crema::ItemChooserDialog</name>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>choose 1</source>
        <translation>choisir 1</translation>
    </message>
    <message>
        <source>Note for the barista, e.g. extra hot</source>
        <translation>Note pour le barista, p. ex. bien chaud</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choisissez %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Add  %1</source>
        <translation>Ajouter  %1</translation>
    </message>
    <message>
        <source>Update  %1</source>
        <translation>Modifier  %1</translation>
    </message>
</context>
<context>
    <name>crema::KitchenBoardWidget</name>
    <message>
        <source>Stations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Recall  (R)</source>
        <translation>Rappeler  (R)</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Page %1 of %2  (PgUp/PgDn)</source>
        <translation>Page %1 sur %2  (PgUp/PgDn)</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Cette caisse</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9c8b7d&apos;&gt;Nothing waiting&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#9c8b7d&apos;&gt;Rien en attente&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>crema::KitchenCardsView</name>
    <message>
        <source>No tickets waiting</source>
        <translation>Aucun bon en attente</translation>
    </message>
    <message>
        <source>CANCELLED · refunded</source>
        <translation>ANNULÉ · remboursé</translation>
    </message>
    <message>
        <source>MAKING</source>
        <translation>EN PRÉPARATION</translation>
    </message>
    <message>
        <source>ORDER READY</source>
        <translation>COMMANDE PRÊTE</translation>
    </message>
    <message>
        <source>READY · waits for %1</source>
        <translation>PRÊT · attend %1</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NOUVEAU</translation>
    </message>
</context>
<context>
    <name>crema::LoginWidget</name>
    <message>
        <source>%1 · Enter your PIN</source>
        <translation>%1 · Saisissez votre code PIN</translation>
    </message>
    <message>
        <source>PIN entered</source>
        <translation>Code PIN saisi</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Un code PIN comporte 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Code PIN erroné. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Use this language until the till locks</source>
        <translation>Utiliser cette langue jusqu&apos;au verrouillage de la caisse</translation>
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
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the till (Ctrl+L)</source>
        <translation>Verrouiller la caisse (Ctrl+L)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Import sales history…</source>
        <translation>Importer des ventes…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <source>My PIN…</source>
        <translation>Mon code PIN…</translation>
    </message>
    <message>
        <source>Change your own PIN</source>
        <translation>Changer votre propre code PIN</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation>Niveaux de stock</translation>
    </message>
    <message>
        <source>Stock items</source>
        <translation>Articles de stock</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Till settings</source>
        <translation>Réglages caisse</translation>
    </message>
    <message>
        <source>Kitchen stations</source>
        <translation>Postes de cuisine</translation>
    </message>
    <message>
        <source>Store details</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>HQ online</source>
        <translation>Siège en ligne</translation>
    </message>
    <message>
        <source>HQ offline since %1</source>
        <translation>Siège hors ligne depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales have waited more than 24 hours to reach HQ: check the network or call whoever runs HQ.</source>
        <translation>Des ventes attendent depuis plus de 24 heures d&apos;arriver au siège : vérifiez le réseau ou appelez la personne qui gère le siège.</translation>
    </message>
    <message>
        <source>Sales, stock and points go to HQ, and the chain&apos;s changes come back.</source>
        <translation>Les ventes, le stock et les points partent au siège, et les changements de la chaîne reviennent.</translation>
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
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>%1 · sold out</source>
        <translation>%1 · épuisé</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No recipe</source>
        <translation>Pas de recette</translation>
    </message>
    <message>
        <source>1 ingredient</source>
        <translation>1 ingrédient</translation>
    </message>
    <message>
        <source>%1 ingredients</source>
        <translation>%1 ingrédients</translation>
    </message>
    <message>
        <source>%1, no cost for %2</source>
        <translation>%1, sans coût pour %2</translation>
    </message>
    <message>
        <source>no recipe effect</source>
        <translation>sans effet sur la recette</translation>
    </message>
    <message>
        <source>%1 · required, %2–%3</source>
        <translation>%1 · obligatoire, %2–%3</translation>
    </message>
    <message>
        <source>%1 · up to %2</source>
        <translation>%1 · jusqu&apos;à %2</translation>
    </message>
</context>
<context>
    <name>crema::MenuEditorWidget</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Marge %</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Recipe effect</source>
        <translation>Effet sur la recette</translation>
    </message>
    <message>
        <source>Modifier groups</source>
        <translation>Groupes d&apos;options</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Earlier on the till</source>
        <translation>Plus tôt sur la caisse</translation>
    </message>
    <message>
        <source>Later on the till</source>
        <translation>Plus tard sur la caisse</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Filter: name, SKU or barcode</source>
        <translation>Filtre : nom, SKU ou code-barres</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Afficher les inactifs</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>86 · sold out</source>
        <translation>86 · épuisé</translation>
    </message>
    <message>
        <source>Sold out until the business day ends, or until restored</source>
        <translation>Épuisé jusqu&apos;à la fin de la journée, ou jusqu&apos;au rétablissement</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Take it off the menu; its sales stay in the history</source>
        <translation>Le retirer de la carte ; ses ventes restent dans l&apos;historique</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>several: separate with commas</source>
        <translation>plusieurs : séparez par des virgules</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Codes-barres</translation>
    </message>
    <message>
        <source>Its place on the till&apos;s grid within its category, smallest first</source>
        <translation>Sa position dans la grille de la caisse, au sein de sa catégorie, la plus petite d&apos;abord</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Needs preparation</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <source>Place on grid</source>
        <translation>Position dans la grille</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tailles</translation>
    </message>
    <message>
        <source>Add size</source>
        <translation>Ajouter une taille</translation>
    </message>
    <message>
        <source>Remove size</source>
        <translation>Retirer la taille</translation>
    </message>
    <message>
        <source>Chosen size</source>
        <translation>Taille choisie</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Prix (%1)</translation>
    </message>
    <message>
        <source>e.g. 18 g, 1.5 kg, 250 ml</source>
        <translation>p. ex. 18 g, 1.5 kg, 250 ml</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Add the ingredient to the recipe, or change its quantity</source>
        <translation>Ajouter l&apos;ingrédient à la recette, ou modifier sa quantité</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Modifier groups offered</source>
        <translation>Groupes d&apos;options proposés</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grand</translation>
    </message>
    <message>
        <source>Size removed.</source>
        <translation>Taille retirée.</translation>
    </message>
    <message>
        <source>Size taken off sale; its sales stay.</source>
        <translation>Taille retirée de la vente ; ses ventes restent.</translation>
    </message>
    <message>
        <source>%1 removed: it was never sold.</source>
        <translation>%1 retiré : il n&apos;a jamais été vendu.</translation>
    </message>
    <message>
        <source>%1 deactivated: it is off the menu, its sales stay in the history.</source>
        <translation>%1 désactivé : retiré de la carte, ses ventes restent dans l&apos;historique.</translation>
    </message>
    <message>
        <source>%1 is on sale again.</source>
        <translation>%1 est de nouveau en vente.</translation>
    </message>
    <message>
        <source>%1 is sold out until the business day ends.</source>
        <translation>%1 est épuisé jusqu&apos;à la fin de la journée.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Choose at least</source>
        <translation>Choisir au moins</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation>Proposé sur</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>0 or -0.50</source>
        <translation>0 ou -0.50</translation>
    </message>
    <message>
        <source>No recipe effect</source>
        <translation>Sans effet sur la recette</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Ajoute</translation>
    </message>
    <message>
        <source>Removes</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>quantity, e.g. 30 ml</source>
        <translation>quantité, p. ex. 30 ml</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Variation de prix</translation>
    </message>
    <message>
        <source>in place of</source>
        <translation>à la place de</translation>
    </message>
    <message>
        <source>Add modifier</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Remove modifier</source>
        <translation>Retirer l&apos;option</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Enregistrer le groupe</translation>
    </message>
    <message>
        <source>Kitchen station</source>
        <translation>Poste de cuisine</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Couleur de la catégorie</translation>
    </message>
    <message>
        <source>Save category</source>
        <translation>Enregistrer la catégorie</translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation>%1 désactivé.</translation>
    </message>
    <message>
        <source>Another program changed the menu meanwhile. Your unsaved edits are kept; Save writes them, Revert shows the menu as it now is.</source>
        <translation>Un autre programme a modifié la carte entre-temps. Vos modifications non enregistrées sont conservées ; Enregistrer les écrit, Rétablir affiche la carte actuelle.</translation>
    </message>
    <message>
        <source>The menu changed meanwhile. Your unsaved edits are kept; Save writes them, Revert shows the menu as it now is.</source>
        <translation>La carte a changé entre-temps. Vos modifications non enregistrées sont conservées ; Enregistrer les écrit, Rétablir affiche la carte actuelle.</translation>
    </message>
    <message>
        <source>The menu could not be read: %1</source>
        <translation>Impossible de lire la carte : %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affiché</numerusform>
            <numerusform>%n affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore (sold out today)</source>
        <translation>Rétablir (épuisé aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Modifiers that change nothing here:</source>
        <translation>Options sans effet ici :</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1 a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>The new product</source>
        <translation>Le nouveau produit</translation>
    </message>
    <message>
        <source>no product yet: tick the group on a product&apos;s form</source>
        <translation>aucun produit pour l&apos;instant : cochez le groupe dans la fiche d&apos;un produit</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>size &apos;%1&apos;: %2</source>
        <translation>taille « %1 » : %2</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>%1 saved. Changes nothing in: %2</source>
        <translation>%1 enregistré. Sans effet sur : %2</translation>
    </message>
</context>
<context>
    <name>crema::MenuGridWidget</name>
    <message>
        <source>The menu could not be read: %1</source>
        <translation>Impossible de lire la carte : %1</translation>
    </message>
</context>
<context>
    <name>crema::OrdersDialog</name>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>voided at the till</source>
        <translation>annulée en caisse</translation>
    </message>
    <message>
        <source>Order voided.</source>
        <translation>Commande annulée.</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Motif du remboursement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>Tick lines to refund only those:</source>
        <translation>Cochez des lignes pour ne rembourser que celles-ci :</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Choose an order to refund.</source>
        <translation>Choisissez une commande à rembourser.</translation>
    </message>
    <message>
        <source>Refunded %1 on receipt %2.</source>
        <translation>%1 remboursé(s) sur le ticket %2.</translation>
    </message>
</context>
<context>
    <name>crema::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Amount (empty: all that is due)</source>
        <translation>Montant (vide : tout le restant dû)</translation>
    </message>
    <message>
        <source>Cash — exact</source>
        <translation>Espèces — compte juste</translation>
    </message>
    <message>
        <source>Cash: typed amount</source>
        <translation>Espèces : montant saisi</translation>
    </message>
    <message>
        <source>Card approval code (from the card machine)</source>
        <translation>Code d&apos;autorisation (du terminal de paiement)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Open a shift and take this payment</source>
        <translation>Ouvrir un service et encaisser ce paiement</translation>
    </message>
    <message>
        <source>Cancel — back to the order</source>
        <translation>Annuler — retour à la commande</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Client suivant</translation>
    </message>
    <message>
        <source>Give back what was taken</source>
        <translation>Rendre ce qui a été encaissé</translation>
    </message>
    <message>
        <source>Keep taking payment</source>
        <translation>Continuer l&apos;encaissement</translation>
    </message>
    <message>
        <source>Given back — cancel the payment</source>
        <translation>Rendu — annuler le paiement</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Due  %1</source>
        <translation>À payer  %1</translation>
    </message>
    <message>
        <source>• %1: refund it on the card machine%2</source>
        <translation>• %1 : remboursez-le sur le terminal de paiement%2</translation>
    </message>
    <message>
        <source> (approval %1)</source>
        <translation> (autorisation %1)</translation>
    </message>
    <message>
        <source>• %1: hand it back from the drawer</source>
        <translation>• %1 : rendez-le depuis le tiroir-caisse</translation>
    </message>
    <message>
        <source>%1 of %2 was taken. Nothing has been sold, so give it back:

%3</source>
        <translation>%1 sur %2 ont été encaissés. Rien n&apos;a été vendu, rendez donc :

%3</translation>
    </message>
    <message>
        <source>Cash %1</source>
        <translation>Espèces %1</translation>
    </message>
    <message>
        <source>A card payment cannot be more than what is due (%1).</source>
        <translation>Un paiement par carte ne peut pas dépasser le montant dû (%1).</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Carte %1</translation>
    </message>
    <message>
        <source>Change  %1</source>
        <translation>Monnaie  %1</translation>
    </message>
    <message>
        <source>Paid  %1</source>
        <translation>Payé  %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source> · %1 points earned</source>
        <translation> · %1 points gagnés</translation>
    </message>
</context>
<context>
    <name>crema::PinPromptDialog</name>
    <message>
        <source>Manager authorisation</source>
        <translation>Autorisation du responsable</translation>
    </message>
    <message>
        <source>A manager can allow it with their PIN:</source>
        <translation>Un responsable peut l&apos;autoriser avec son code PIN :</translation>
    </message>
    <message>
        <source>Authorise</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Sign in to HQ</source>
        <translation>Connexion au siège</translation>
    </message>
    <message>
        <source>Your PIN:</source>
        <translation>Votre code :</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>crema::PosWidget</name>
    <message>
        <source>Search or scan a barcode  (Ctrl+F)</source>
        <translation>Rechercher ou scanner un code-barres  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add customer  (Ctrl+U)</source>
        <translation>Ajouter un client  (Ctrl+U)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>incl. tax</source>
        <translation>dont TVA</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Park the order under a name (Ctrl+H)</source>
        <translation>Mettre la commande en attente sous un nom (Ctrl+H)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Parked and today&apos;s orders, refunds, reprints (Ctrl+O)</source>
        <translation>Commandes en attente et du jour, remboursements, réimpressions (Ctrl+O)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Open or close the shift, cash in and out, X report</source>
        <translation>Ouvrir ou clôturer le service, entrées et sorties de caisse, rapport X</translation>
    </message>
    <message>
        <source>Pay  (F12)</source>
        <translation>Payer  (F12)</translation>
    </message>
    <message>
        <source>Pay  %1</source>
        <translation>Payer  %1</translation>
    </message>
    <message>
        <source>%1 — change  (Ctrl+U)</source>
        <translation>%1 — changer  (Ctrl+U)</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Aucun produit ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Rien ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Discount on the whole order: a percentage like 10% or an amount like 2.50</source>
        <translation>Remise sur toute la commande : un pourcentage comme 10% ou un montant comme 2.50</translation>
    </message>
    <message>
        <source>The order is empty.</source>
        <translation>La commande est vide.</translation>
    </message>
    <message>
        <source>Receipt %1 paid.</source>
        <translation>Ticket %1 payé.</translation>
    </message>
    <message>
        <source>Payment cancelled; given back: %1. The order is still here.</source>
        <translation>Paiement annulé ; rendu : %1. La commande est toujours là.</translation>
    </message>
    <message>
        <source>No shift is open on this till. Count the float into the drawer and open a shift; then this payment goes on.</source>
        <translation>Aucun service n&apos;est ouvert sur cette caisse. Comptez le fond de caisse dans le tiroir et ouvrez un service ; le paiement reprendra ensuite.</translation>
    </message>
    <message>
        <source>No shift is open on this till. Count the float into the drawer and open a shift; then this refund goes on.</source>
        <translation>Aucun service n&apos;est ouvert sur cette caisse. Comptez le fond de caisse dans le tiroir et ouvrez un service ; le remboursement reprendra ensuite.</translation>
    </message>
    <message>
        <source>Park the order</source>
        <translation>Mettre la commande en attente</translation>
    </message>
    <message>
        <source>A name to find it by (table 4, Anna):</source>
        <translation>Un nom pour la retrouver (table 4, Anna) :</translation>
    </message>
    <message>
        <source>Parked as “%1”.</source>
        <translation>Mise en attente sous « %1 ».</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>#%1 ready</source>
        <translation>n° %1 prête</translation>
    </message>
    <message>
        <source>#%1 %2 ready</source>
        <translation>n° %1 %2 prête</translation>
    </message>
    <message>
        <source>Order ready at the pass. Touch when it has been handed over.</source>
        <translation>Commande prête au passe. Touchez une fois remise.</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 autres</translation>
    </message>
    <message>
        <source>%1 is sold out today (86). Hold its tile to put it back on sale.</source>
        <translation>%1 est épuisé aujourd&apos;hui (86). Maintenez sa tuile appuyée pour le remettre en vente.</translation>
    </message>
    <message>
        <source>%1 is back on sale.</source>
        <translation>%1 est de nouveau en vente.</translation>
    </message>
    <message>
        <source>%1 is sold out until the end of the day. Hold its tile again to undo.</source>
        <translation>%1 est épuisé jusqu&apos;à la fin de la journée. Maintenez à nouveau sa tuile pour annuler.</translation>
    </message>
</context>
<context>
    <name>crema::ProductTileDelegate</name>
    <message>
        <source>from %1</source>
        <translation>dès %1</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Épuisé</translation>
    </message>
</context>
<context>
    <name>crema::ReceiptOutput</name>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Ticket envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The receipt printer did not print: %1</source>
        <translation>L&apos;imprimante à tickets n&apos;a pas imprimé : %1</translation>
    </message>
    <message>
        <source>Receipt sent to %1.</source>
        <translation>Ticket envoyé à %1.</translation>
    </message>
    <message>
        <source>Receipt saved as %1.</source>
        <translation>Ticket enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>crema::RewardListModel</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Avantage</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>crema::RewardsWidget</name>
    <message>
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
    <message>
        <source>A free item from a category</source>
        <translation>Un article offert d&apos;une catégorie</translation>
    </message>
    <message>
        <source>A free product</source>
        <translation>Un produit offert</translation>
    </message>
    <message>
        <source>An amount off the order</source>
        <translation>Un montant de remise sur la commande</translation>
    </message>
    <message>
        <source>A percentage off the order</source>
        <translation>Un pourcentage de remise sur la commande</translation>
    </message>
    <message>
        <source>Offered at the till</source>
        <translation>Proposée en caisse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Avantage</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Rewards could not be read: %1</source>
        <translation>Impossible de lire les récompenses : %1</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Remise en %</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Montant de remise</translation>
    </message>
    <message>
        <source>10 or 12.5</source>
        <translation>10 ou 12.5</translation>
    </message>
    <message>
        <source>2.50</source>
        <translation>2.50</translation>
    </message>
    <message>
        <source>Type the percentage off, such as 10 or 12.5.</source>
        <translation>Saisissez le pourcentage de remise, p. ex. 10 ou 12.5.</translation>
    </message>
    <message>
        <source>Type the amount off, such as 2.50.</source>
        <translation>Saisissez le montant de remise, p. ex. 2.50.</translation>
    </message>
    <message>
        <source>Only the owner may change rewards (%1).</source>
        <translation>Seul le propriétaire peut modifier les récompenses (%1).</translation>
    </message>
    <message>
        <source>Saved: %1, %2.</source>
        <translation>Enregistré : %1, %2.</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>%1 n&apos;est plus proposée.</translation>
    </message>
</context>
<context>
    <name>crema::SettingsWidget</name>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante à tickets</translation>
    </message>
    <message>
        <source>Receipt width (characters)</source>
        <translation>Largeur du ticket (caractères)</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>En-tête du ticket</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Pied du ticket</translation>
    </message>
    <message>
        <source>Lock after idle (seconds)</source>
        <translation>Verrouiller après inactivité (secondes)</translation>
    </message>
    <message>
        <source>Cashier discount limit (basis points)</source>
        <translation>Remise max. du caissier (points de base)</translation>
    </message>
    <message>
        <source>Points per 1.00 spent</source>
        <translation>Points par 1.00 dépensé</translation>
    </message>
    <message>
        <source>Serve kitchen screens on</source>
        <translation>Servir les écrans de cuisine sur</translation>
    </message>
    <message>
        <source>Follow these tills</source>
        <translation>Suivre ces caisses</translation>
    </message>
    <message>
        <source>Store secret</source>
        <translation>Clé secrète de la boutique</translation>
    </message>
    <message>
        <source>Stations shown here</source>
        <translation>Postes affichés ici</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impression test</translation>
    </message>
    <message>
        <source>Test print failed: %1</source>
        <translation>Échec de l&apos;impression test : %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Back to the default: %1</source>
        <translation>Retour à la valeur par défaut : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>set (type a new one to change it)</source>
        <translation>défini (saisissez-en un nouveau pour le changer)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>a stored value was not valid and is ignored</source>
        <translation>une valeur enregistrée n&apos;était pas valide et est ignorée</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Language of this till</source>
        <translation>Langue de cette caisse</translation>
    </message>
</context>
<context>
    <name>crema::ShiftDialog</name>
    <message>
        <source>Shift</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Amount, e.g. 100.00</source>
        <translation>Montant, p. ex. 100.00</translation>
    </message>
    <message>
        <source>Reason (for cash in or out)</source>
        <translation>Motif (entrée ou sortie de caisse)</translation>
    </message>
    <message>
        <source>Open shift with this float</source>
        <translation>Ouvrir le service avec ce fond de caisse</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entrée de caisse</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Sortie de caisse</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Rapport X</translation>
    </message>
    <message>
        <source>Close shift: this is the cash counted</source>
        <translation>Clôturer le service : voici l&apos;espèce comptée</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shift open&lt;/b&gt; since %1, by %2, float %3</source>
        <translation>&lt;b&gt;Service ouvert&lt;/b&gt; depuis %1, par %2, fond de caisse %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;No shift open.&lt;/b&gt; Count the float into the drawer and open one.</source>
        <translation>&lt;b&gt;Aucun service ouvert.&lt;/b&gt; Comptez le fond de caisse dans le tiroir et ouvrez-en un.</translation>
    </message>
    <message>
        <source>Shift opened.</source>
        <translation>Service ouvert.</translation>
    </message>
    <message>
        <source>Cash %1 recorded.</source>
        <translation>Mouvement de caisse %1 enregistré.</translation>
    </message>
    <message>
        <source>Shift closed. The drawer is right.</source>
        <translation>Service clôturé. La caisse est juste.</translation>
    </message>
    <message>
        <source>Shift closed. The drawer is %1 short.</source>
        <translation>Service clôturé. Il manque %1 dans la caisse.</translation>
    </message>
    <message>
        <source>Shift closed. The drawer is %1 over.</source>
        <translation>Service clôturé. La caisse a %1 en trop.</translation>
    </message>
</context>
<context>
    <name>crema::StaffModel</name>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Barista</source>
        <translation>Barista</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>crema::StaffPinDialog</name>
    <message>
        <source>Current PIN</source>
        <translation>Code PIN actuel</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits)</source>
        <translation>Nouveau code PIN (4 à 8 chiffres)</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Confirmer le nouveau code PIN</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Définir le code PIN</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Changer mon code PIN</translation>
    </message>
    <message>
        <source>%1: type your current PIN, then the new one twice.</source>
        <translation>%1 : saisissez votre code PIN actuel, puis le nouveau deux fois.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same; type them again.</source>
        <translation>Les deux nouveaux codes PIN ne sont pas identiques ; saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>crema::StaffWidget</name>
    <message>
        <source>Show inactive</source>
        <translation>Afficher les inactifs</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Changer de rôle…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Réinitialiser le PIN…</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>Changer mon code PIN…</translation>
    </message>
    <message>
        <source>%1 active · %2 inactive</source>
        <translation>%1 actif(s) · %2 inactif(s)</translation>
    </message>
    <message>
        <source>Staff could not be read: %1</source>
        <translation>Impossible de lire l&apos;équipe : %1</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Réactiver…</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 ajouté(e) comme %2.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>Nouveau rôle pour %1 :</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <source>%1 comes back with a new PIN (their old one may be someone else&apos;s by now).</source>
        <translation>%1 revient avec un nouveau code PIN (l&apos;ancien est peut-être déjà celui de quelqu&apos;un d&apos;autre).</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 est de nouveau actif(ve).</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to log in; their sales and history stay.</source>
        <translation>Désactiver %1 ? Cette personne ne pourra plus se connecter ; ses ventes et son historique restent.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 est désactivé(e).</translation>
    </message>
    <message>
        <source>Reset %1&apos;s PIN</source>
        <translation>Réinitialiser le code PIN de %1</translation>
    </message>
    <message>
        <source>Type a new PIN for %1 twice. Any lock on their login is lifted.</source>
        <translation>Saisissez deux fois un nouveau code PIN pour %1. Tout blocage de sa connexion est levé.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 a un nouveau code PIN.</translation>
    </message>
    <message>
        <source>Your PIN is changed.</source>
        <translation>Votre code PIN a été changé.</translation>
    </message>
</context>
<context>
    <name>crema::StationListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Amber after</source>
        <translation>Orange après</translation>
    </message>
    <message>
        <source>Red after</source>
        <translation>Rouge après</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets ouverts</translation>
    </message>
</context>
<context>
    <name>crema::StationsWidget</name>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Amber after</source>
        <translation>Orange après</translation>
    </message>
    <message>
        <source>Red after</source>
        <translation>Rouge après</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Save timing</source>
        <translation>Enregistrer les délais</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stations could not be read: %1</source>
        <translation>Impossible de lire les postes : %1</translation>
    </message>
    <message>
        <source>Only the owner may change kitchen stations (%1).</source>
        <translation>Seul le propriétaire peut modifier les postes de cuisine (%1).</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté(e).</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>Renommé en %1.</translation>
    </message>
    <message>
        <source>Renamed to %1; %2 now send their items there.</source>
        <translation>Renommé en %1 ; %2 y envoient désormais leurs articles.</translation>
    </message>
    <message>
        <source>%1: amber after %2 s, red after %3 s.</source>
        <translation>%1 : orange après %2 s, rouge après %3 s.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 retiré.</translation>
    </message>
</context>
<context>
    <name>crema::StockItemsWidget</name>
    <message>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Bought as</source>
        <translation>Acheté en</translation>
    </message>
    <message>
        <source>Filter ingredients</source>
        <translation>Filtrer les ingrédients</translation>
    </message>
    <message>
        <source>New ingredient</source>
        <translation>Nouvel ingrédient</translation>
    </message>
    <message>
        <source>grams (g)</source>
        <translation>grammes (g)</translation>
    </message>
    <message>
        <source>millilitres (ml)</source>
        <translation>millilitres (ml)</translation>
    </message>
    <message>
        <source>pieces (pc)</source>
        <translation>pièces (pc)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Compté en</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Levels in %1</source>
        <translation>Niveaux en %1</translation>
    </message>
    <message>
        <source>Allow sales past stock</source>
        <translation>Autoriser la vente sans stock</translation>
    </message>
    <message>
        <source>Block sales past stock</source>
        <translation>Bloquer la vente sans stock</translation>
    </message>
    <message>
        <source>e.g. 5 kg</source>
        <translation>p. ex. 5 kg</translation>
    </message>
    <message>
        <source>e.g. 1 kg</source>
        <translation>p. ex. 1 kg</translation>
    </message>
    <message>
        <source>Par level</source>
        <translation>Niveau cible</translation>
    </message>
    <message>
        <source>Critical level</source>
        <translation>Niveau critique</translation>
    </message>
    <message>
        <source>Save levels</source>
        <translation>Enregistrer les niveaux</translation>
    </message>
    <message>
        <source>e.g. case of 6 x 1 l</source>
        <translation>p. ex. carton de 6 x 1 l</translation>
    </message>
    <message>
        <source>e.g. 6 x 1 l</source>
        <translation>p. ex. 6 x 1 l</translation>
    </message>
    <message>
        <source>e.g. 10.80</source>
        <translation>p. ex. 10.80</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Supplier SKU</source>
        <translation>Réf. fournisseur</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Save unit</source>
        <translation>Enregistrer l&apos;unité</translation>
    </message>
    <message>
        <source>Deactivate unit</source>
        <translation>Désactiver l&apos;unité</translation>
    </message>
    <message>
        <source>Stock items could not be read: %1</source>
        <translation>Impossible de lire les articles de stock : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ingredient(s)</source>
        <translation>
            <numerusform>%n ingrédient</numerusform>
            <numerusform>%n ingrédients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n inactive</source>
        <translation>
            <numerusform>, %n inactif</numerusform>
            <numerusform>, %n inactifs</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipes or stock movements use it: the unit cannot change</source>
        <translation>Utilisé par des recettes ou des mouvements de stock : l&apos;unité ne peut pas changer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>%1 = %2 from %3, %4</source>
        <translation>%1 = %2 chez %3, %4</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inactif)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Deleted: nothing used it.</source>
        <translation>Supprimé : rien ne l&apos;utilisait.</translation>
    </message>
    <message>
        <source>Levels saved.</source>
        <translation>Niveaux enregistrés.</translation>
    </message>
    <message>
        <source>Add a supplier first (Suppliers tab).</source>
        <translation>Ajoutez d&apos;abord un fournisseur (onglet Fournisseurs).</translation>
    </message>
</context>
<context>
    <name>crema::StockModel</name>
    <message>
        <source>Block sales</source>
        <translation>Bloquer les ventes</translation>
    </message>
    <message>
        <source>Allow negative</source>
        <translation>Autoriser le négatif</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Below par</source>
        <translation>Sous le niveau cible</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Niveau cible</translation>
    </message>
    <message>
        <source>When out</source>
        <translation>En rupture</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
</context>
<context>
    <name>crema::StockWidget</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Stock could not be read: %1</source>
        <translation>Impossible de lire le stock : %1</translation>
    </message>
    <message>
        <source>%1 ingredients · %2 out · %3 critical · %4 below par</source>
        <translation>%1 ingrédients · %2 épuisés · %3 critiques · %4 sous le niveau cible</translation>
    </message>
</context>
<context>
    <name>crema::StoreDetailsWidget</name>
    <message>
        <source>Store details</source>
        <translation>Détails de la boutique</translation>
    </message>
    <message>
        <source>The name and address printed on receipts, and how this store writes money, dates and times.</source>
        <translation>Le nom et l’adresse imprimés sur les tickets, et la façon dont cette boutique écrit les montants, les dates et les heures.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>As printed at the top of receipts: up to 5 lines</source>
        <translation>Tel qu’imprimé en haut des tickets : 5 lignes au plus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Money and dates written as</source>
        <translation>Format des montants et des dates</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>no decimals</source>
        <translation>sans décimales</translation>
    </message>
    <message numerus="yes">
        <source>%n decimals</source>
        <translation>
            <numerusform>%n décimale</numerusform>
            <numerusform>%n décimales</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Menu prices include tax</source>
        <translation>Les prix de la carte sont TTC</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Back to the details as saved</source>
        <translation>Revenir aux détails enregistrés</translation>
    </message>
    <message>
        <source>The store&apos;s details could not be read: %1</source>
        <translation>Les détails de la boutique n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The store&apos;s orders could not be counted: %1</source>
        <translation>Les commandes de la boutique n’ont pas pu être comptées : %1</translation>
    </message>
    <message numerus="yes">
        <source>The currency and whether prices include tax can no longer change: the store has %Ln order(s), and reports and refunds would mix amounts recorded one way with the other. A new way of pricing needs a new file.</source>
        <translation>
            <numerusform>La devise et l’inclusion de la TVA dans les prix ne peuvent plus changer : la boutique a %Ln commande, et les rapports et les remboursements mélangeraient des montants enregistrés de deux façons. Une nouvelle façon de fixer les prix demande un nouveau fichier.</numerusform>
            <numerusform>La devise et l’inclusion de la TVA dans les prix ne peuvent plus changer : la boutique a %Ln commandes, et les rapports et les remboursements mélangeraient des montants enregistrés de deux façons. Une nouvelle façon de fixer les prix demande un nouveau fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The till shows the new details when it next locks.</source>
        <translation>Enregistré. La caisse affiche les nouveaux détails à son prochain verrouillage.</translation>
    </message>
</context>
<context>
    <name>crema::SupplierModel</name>
    <message>
        <source>any day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai de livraison</translation>
    </message>
    <message>
        <source>Delivers</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>crema::SuppliersWidget</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai de livraison</translation>
    </message>
    <message>
        <source>Filter suppliers</source>
        <translation>Filtrer les fournisseurs</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>e.g. 50.00</source>
        <translation>p. ex. 50.00</translation>
    </message>
    <message>
        <source>Order by</source>
        <translation>Commander avant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Commande minimum</translation>
    </message>
    <message>
        <source>Delivers on</source>
        <translation>Jours de livraison</translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation>Heure limite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Suppliers could not be read: %1</source>
        <translation>Impossible de lire les fournisseurs : %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>crema::TaxRateListModel</name>
    <message>
        <source>Tax rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
</context>
<context>
    <name>crema::TaxesWidget</name>
    <message>
        <source>Tax rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>20 or 5.5</source>
        <translation>20 ou 5.5</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Taux (%)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Categories at this rate</source>
        <translation>Catégories à ce taux</translation>
    </message>
    <message>
        <source>Move ticked categories here</source>
        <translation>Déplacer les catégories cochées ici</translation>
    </message>
    <message>
        <source>Tax rates could not be read: %1</source>
        <translation>Impossible de lire les taux de TVA : %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé : %1</translation>
    </message>
    <message>
        <source>Type the rate as a percentage from 0 to 100, such as 20 or 5.5.</source>
        <translation>Saisissez le taux en pourcentage de 0 à 100, p. ex. 20 ou 5.5.</translation>
    </message>
    <message>
        <source>Saved %1 at %2.</source>
        <translation>Enregistré : %1 à %2.</translation>
    </message>
    <message>
        <source>Tick the categories to move to this rate.</source>
        <translation>Cochez les catégories à passer à ce taux.</translation>
    </message>
    <message>
        <source>Moved to this rate: %1.</source>
        <translation>Passé(es) à ce taux : %1.</translation>
    </message>
</context>
<context>
    <name>crema::TimeZonePicker</name>
    <message>
        <source>Type to search, e.g. Paris</source>
        <translation>Tapez pour chercher, p. ex. Paris</translation>
    </message>
</context>
<context>
    <name>crema::WelcomeWidget</name>
    <message>
        <source>Welcome to Crema</source>
        <translation>Bienvenue dans Crema</translation>
    </message>
    <message>
        <source>There is no café in %1 yet. Create yours, or look around the demo café first.</source>
        <translation>Il n&apos;y a pas encore de café dans %1. Créez le vôtre, ou découvrez d&apos;abord le café de démonstration.</translation>
    </message>
    <message>
        <source>Create a café</source>
        <translation>Créer un café</translation>
    </message>
    <message>
        <source>Your café</source>
        <translation>Votre café</translation>
    </message>
    <message>
        <source>e.g. Bean There</source>
        <translation>p. ex. Bean There</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>As printed on receipts, one line each</source>
        <translation>Tel qu&apos;imprimé sur les tickets, une ligne chacun</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>no decimals</source>
        <translation>sans décimales</translation>
    </message>
    <message numerus="yes">
        <source>%n decimals</source>
        <translation>
            <numerusform>%n décimale</numerusform>
            <numerusform>%n décimales</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Include tax</source>
        <translation>TVA incluse</translation>
    </message>
    <message>
        <source>Tax added at the till</source>
        <translation>TVA ajoutée en caisse</translation>
    </message>
    <message>
        <source>Menu prices</source>
        <translation>Prix de la carte</translation>
    </message>
    <message>
        <source>Time and language</source>
        <translation>Heure et langue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Money and dates written as</source>
        <translation>Format des montants et des dates</translation>
    </message>
    <message>
        <source>Language of this till</source>
        <translation>Langue de cette caisse</translation>
    </message>
    <message>
        <source>Owner and first till</source>
        <translation>Propriétaire et première caisse</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Nom du propriétaire</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 à 8 chiffres</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>Code PIN du propriétaire</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Le même code PIN à nouveau</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Confirmer le code PIN</translation>
    </message>
    <message>
        <source>This till&apos;s name</source>
        <translation>Nom de cette caisse</translation>
    </message>
    <message>
        <source>Create the café</source>
        <translation>Créer le café</translation>
    </message>
    <message>
        <source>Just looking?</source>
        <translation>Juste pour voir ?</translation>
    </message>
    <message>
        <source>The demo café has a menu, staff and 13 weeks of sales (PINs: cashier 1111, barista 2222, manager 3333, owner 4444). It is kept in its own file, %1, so %2 stays free for your café.</source>
        <translation>Le café de démonstration a une carte, une équipe et 13 semaines de ventes (codes PIN : caissier 1111, barista 2222, responsable 3333, propriétaire 4444). Il est conservé dans son propre fichier, %1, pour que %2 reste libre pour votre café.</translation>
    </message>
    <message>
        <source>Open the demo café</source>
        <translation>Ouvrir le café de démo</translation>
    </message>
    <message>
        <source>Make the demo café</source>
        <translation>Créer le café de démo</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Caisse 1</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes PIN ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Veuillez corriger les champs marqués en rouge.</translation>
    </message>
    <message>
        <source>The demo café cannot be made: Crema&apos;s command-line tool was not found at %1. Install cremactl beside crema, or create your own café above.</source>
        <translation>Impossible de créer le café de démo : l&apos;outil en ligne de commande de Crema est introuvable dans %1. Installez cremactl à côté de crema, ou créez votre propre café ci-dessus.</translation>
    </message>
    <message>
        <source>Making the demo café: menu, stock, staff and 13 weeks of sales. This takes a few seconds…</source>
        <translation>Création du café de démo : carte, stock, équipe et 13 semaines de ventes. Cela prend quelques secondes…</translation>
    </message>
    <message>
        <source>The demo café could not be made: %1</source>
        <translation>Impossible de créer le café de démo : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database file (default: $CREMA_DB, else $XDG_DATA_HOME/crema/crema.db, else ~/.local/share/crema/crema.db).</source>
        <translation>Le fichier de base de données (par défaut : $CREMA_DB, sinon $XDG_DATA_HOME/crema/crema.db, sinon ~/.local/share/crema/crema.db).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Window size, e.g. 1024x768 (default: maximised).</source>
        <translation>Taille de la fenêtre, p. ex. 1024x768 (par défaut : agrandie).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Kitchen screen mode: full screen tickets only, no login (for a PC at the pass).</source>
        <translation>Mode écran de cuisine : bons en plein écran uniquement, sans connexion (pour un PC au passe).</translation>
    </message>
    <message>
        <source>Crema point of sale, kitchen display and back office.</source>
        <translation>Crema : caisse, écran de cuisine et gestion.</translation>
    </message>
    <message>
        <source>Crema</source>
        <translation>Crema</translation>
    </message>
    <message>
        <source>Crema cannot open its database.

%1</source>
        <translation>Crema ne peut pas ouvrir sa base de données.

%1</translation>
    </message>
    <message>
        <source>Crema Kitchen — %1</source>
        <translation>Crema Cuisine — %1</translation>
    </message>
</context>
</TS>
