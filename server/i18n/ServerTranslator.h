// The one translator the server installs on QCoreApplication: it answers from the Russian
// catalogue (translations/okna_server_ru.ts, embedded) only while the calling thread answers a
// Russian request (RequestLanguage), and otherwise leaves the English source text. A plain
// QTranslator cannot do this: installed translators are process-wide.
#pragma once

#include <QTranslator>

namespace okna::server {

class ServerTranslator : public QTranslator
{
    Q_OBJECT

public:
    explicit ServerTranslator(QObject *parent = nullptr);

    // Loads the embedded catalogues; false if the Russian one is missing (answers stay English).
    bool loadCatalogues();

    // Called by QCoreApplication::translate from any thread; reads only.
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override;

private:
    QTranslator m_russian;
};

} // namespace okna::server
