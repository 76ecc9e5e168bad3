#include "orders/OrderValidator.h"

#include "phone/PhoneNumber.h"

#include <QCoreApplication>

namespace okna::server {

namespace {

const QString kClientName = QStringLiteral("client_name");
const QString kPhone = QStringLiteral("phone");
const QString kAddress = QStringLiteral("address");
const QString kLocationId = QStringLiteral("location_id");
const QString kComment = QStringLiteral("comment");

} // namespace

OrderInput OrderValidator::read(FieldReader &body, bool forCreate)
{
    OrderInput input;
    if (!forCreate) {
        // In a PATCH, null would mean "clear", and none of these fields can be cleared.
        for (const QString &key : {kClientName, kPhone, kAddress, kLocationId, kComment}) {
            if (body.has(key) && body.isNull(key))
                body.badType(key, QCoreApplication::translate("OrderValidator", "must not be null"));
        }
    }
    input.clientName =
        forCreate ? body.requiredText(kClientName, kMaxClientName) : body.optionalText(kClientName, kMaxClientName);
    input.address = forCreate ? body.requiredText(kAddress, kMaxAddress) : body.optionalText(kAddress, kMaxAddress);

    if (const auto phone = body.string(kPhone)) {
        const auto normalized = normalizePhone(*phone);
        if (normalized)
            input.phone = normalized.value();
        else
            body.invalid(kPhone, normalized.error().fields().value(kPhone, normalized.error().message()));
    } else if (forCreate && !body.has(kPhone)) {
        body.missing(kPhone);
    } else if (forCreate && body.isNull(kPhone)) {
        body.missing(kPhone);
    }

    if (const auto locationId = body.integer(kLocationId)) {
        if (*locationId > 0)
            input.locationId = *locationId;
        else
            body.invalid(kLocationId, QCoreApplication::translate("OrderValidator", "is not a known location"));
    } else if (forCreate && (!body.has(kLocationId) || body.isNull(kLocationId))) {
        body.missing(kLocationId);
    }

    if (const auto comment = body.string(kComment)) {
        const QString trimmed = comment->trimmed();
        if (trimmed.size() > kMaxComment)
            body.invalid(
                kComment,
                QCoreApplication::translate("OrderValidator", "must be at most %1 characters").arg(kMaxComment));
        else
            input.comment = trimmed;
    } else if (forCreate) {
        input.comment = QString();
    }
    return input;
}

} // namespace okna::server
