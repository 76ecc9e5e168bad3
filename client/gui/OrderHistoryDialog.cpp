#include "gui/OrderHistoryDialog.h"

#include "core/ApiClient.h"
#include "json/JsonList.h"
#include "json/OrderHistoryEntry.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace okna {

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

OrderHistoryDialog::OrderHistoryDialog(ApiClient *api, qint64 orderId, qint64 number,
                                       const QHash<qint64, QString> &userNames, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("History of order No. %1").arg(number));
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After")});
    m_tree->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(720, 400);

    api->get(QStringLiteral("/orders/%1/history").arg(orderId), {}, this,
             [this, userNames](const Result<QJsonValue> &result) {
                 if (!result) {
                     new QTreeWidgetItem(m_tree, {result.error().message()});
                     emit loaded();
                     return;
                 }
                 auto entries = listFromJson<OrderHistoryEntry>(result->toArray(), QStringLiteral("history"));
                 if (!entries)
                     return;
                 for (const auto &entry : std::as_const(*entries)) {
                     const QString who =
                         entry.userId ? userNames.value(*entry.userId, QString::number(*entry.userId)) : tr("system");
                     auto *item = new QTreeWidgetItem(
                         m_tree, {QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat), who, entry.action});
                     for (auto it = entry.changes.cbegin(); it != entry.changes.cend(); ++it)
                         new QTreeWidgetItem(
                             item, {QString(), QString(), it.key(), jsonText(it->oldValue), jsonText(it->newValue)});
                 }
                 m_tree->expandAll();
                 emit loaded();
             });
}

} // namespace okna
