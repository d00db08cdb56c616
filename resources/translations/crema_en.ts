<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>crema::DashboardWidget</name>
    <message numerus="yes">
        <source>%n imported order(s) without a time</source>
        <translation>
            <numerusform>%n imported order without a time</numerusform>
            <numerusform>%n imported orders without a time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n active member</numerusform>
            <numerusform>%n active members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crema::ImportSalesDialog</name>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n row</numerusform>
            <numerusform>%1 — %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crema::MainWindow</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crema::MenuEditorWidget</name>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crema::StockItemsWidget</name>
    <message numerus="yes">
        <source>%n ingredient(s)</source>
        <translation>
            <numerusform>%n ingredient</numerusform>
            <numerusform>%n ingredients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n inactive</source>
        <translation>
            <numerusform>, %n inactive</numerusform>
            <numerusform>, %n inactive</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crema::StoreDetailsWidget</name>
    <message numerus="yes">
        <source>%n decimals</source>
        <translation>
            <numerusform>%n decimal</numerusform>
            <numerusform>%n decimals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The currency and whether prices include tax can no longer change: the store has %Ln order(s), and reports and refunds would mix amounts recorded one way with the other. A new way of pricing needs a new file.</source>
        <translation>
            <numerusform>The currency and whether prices include tax can no longer change: the store has %Ln order, and reports and refunds would mix amounts recorded one way with the other. A new way of pricing needs a new file.</numerusform>
            <numerusform>The currency and whether prices include tax can no longer change: the store has %Ln orders, and reports and refunds would mix amounts recorded one way with the other. A new way of pricing needs a new file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crema::WelcomeWidget</name>
    <message numerus="yes">
        <source>%n decimals</source>
        <translation>
            <numerusform>%n decimal</numerusform>
            <numerusform>%n decimals</numerusform>
        </translation>
    </message>
</context>
</TS>
