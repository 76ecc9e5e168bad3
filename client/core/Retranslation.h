// Models have no changeEvent(): the widget that owns one calls this when the language changed, so
// its views re-read the headers and the translated roles in place (no reset: selection and scroll
// stay).
#pragma once

class QAbstractItemModel;

namespace okna {

// headerDataChanged for every column, dataChanged for every cell with the roles that carry
// translated text (display, tool tip).
void announceRetranslation(QAbstractItemModel *model);

} // namespace okna
