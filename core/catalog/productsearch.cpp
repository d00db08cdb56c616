#include "productsearch.h"

namespace crema {

QString ProductSearch::fold(const QString& s)
{
    const QString decomposed = s.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.toCaseFolded();
    }
    return out;
}

ProductSearch::ProductSearch(const Menu& menu)
{
    m_entries.reserve(menu.products.size());
    for (const Product& p : menu.products) {
        m_entries.append(Entry {p.id, fold(p.name)});
        for (const QString& code : p.barcodes)
            m_codes.insert(code, p.id);
        if (!p.sku.isEmpty())
            m_codes.insert(p.sku.toCaseFolded(), p.id);
    }
}

qint64 ProductSearch::byCode(const QString& code) const
{
    const QString c = code.trimmed();
    if (auto it = m_codes.constFind(c); it != m_codes.constEnd())
        return *it;
    return m_codes.value(c.toCaseFolded(), 0);
}

QList<qint64> ProductSearch::search(const QString& text, int limit) const
{
    QList<qint64> out;
    const QString needle = fold(text.trimmed());
    if (needle.isEmpty() || limit <= 0)
        return out;
    if (const qint64 code = byCode(text))
        out.append(code);
    // Three passes keep the ranking stable without sorting the whole menu.
    QList<qint64> word;
    QList<qint64> anywhere;
    for (const Entry& e : m_entries) {
        if (out.size() >= limit)
            break;
        const qsizetype at = e.folded.indexOf(needle);
        if (at < 0 || (!out.isEmpty() && out.first() == e.id))
            continue;
        if (at == 0)
            out.append(e.id);
        else if (!e.folded[at - 1].isLetterOrNumber())
            word.append(e.id);
        else
            anywhere.append(e.id);
    }
    for (const QList<qint64>* more : {&word, &anywhere}) {
        for (qint64 id : *more) {
            if (out.size() >= limit)
                return out;
            out.append(id);
        }
    }
    return out;
}

} // namespace crema
